package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelArch.Attention;
import dev.llmadvisor.sizing.ModelArch.Bias;
import dev.llmadvisor.sizing.ModelArch.FeedForward;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a Hugging Face config.json to a {@link ModelArch} with llama.cpp's architecture name and tensor
 * layout choices. Keys omitted from a config take the transformers defaults of the config class.
 */
public final class HfConfigReader {

    /** Made on first use (a config.json file): the knowledge base's configs are trees already, and an ObjectMapper costs a cold start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    /** Published configs are 1-10 KB; multimodal ones with processor settings stay under 100 KB. */
    static final long MAX_CONFIG_BYTES = 4L << 20;
    private static final Set<String> KNOWN = Set.of("llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3",
            "qwen3_moe", "gemma", "gemma2", "gemma3", "gemma3_text", "phi3", "phi", "starcoder2", "deepseek", "deepseek_v2",
            "deepseek_v3", "deepseek_v32", "llama4", "llama4_text", "gpt_oss", "cohere", "cohere2", "chatglm", "qwen", "baichuan",
            "internlm", "internlm2", "internlm3", "glm4", "glm4_moe", "kimi_k2", "minimax_m2", "gpt2", "glm_moe_dsa", "glm4_moe_lite",
            "qwen3_next", "olmo3", "exaone4");

    private HfConfigReader() { }

    public static ModelArch read(Path file) {
        JsonNode root;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) throw new InputError(file.getFileName() + " is not a regular file");
            long size = Files.size(file);
            if (size > MAX_CONFIG_BYTES) {
                throw new InputError(file.getFileName() + " is " + size + " bytes; a config.json is a few KB (at most " + (MAX_CONFIG_BYTES >> 20) + " MiB is read)");
            }
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputError(file.getFileName() + " is not valid JSON" + where, e);
        } catch (NoSuchFileException e) {
            throw new InputError("no such file: " + file, e);
        } catch (IOException e) {
            throw new InputError("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new InputError(file.getFileName() + " is not a JSON object");
        try {
            return read(root);
        } catch (InputError e) {
            throw new InputError(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static ModelArch read(JsonNode config) {
        if (config == null || !config.isObject()) throw new InputError("config must be a JSON object");
        Cfg c = new Cfg(textConfig(config));
        String type = c.text("model_type", "");
        try {
            return switch (type) {
                // Ministral 3 (ministral3, under mistral3's text_config) is Mistral's dense layout with YaRN scaling
                case "llama", "mistral", "mixtral", "ministral3" -> llama(c);
                case "qwen2" -> dense(c, "qwen2").bias(Bias.QKV).build();
                case "qwen2_moe" -> qwen2Moe(c);
                // Qwen3-VL's language models (text_config) are Qwen3's dense and MoE layouts
                case "qwen3", "qwen3_vl_text" -> dense(c, "qwen3").qkNorm(true).build();
                case "qwen3_moe", "qwen3_vl_moe_text" -> qwen3Moe(c);
                // Qwen3-Next (top-level keys) and Qwen3.5 / Qwen3.6 (the language model under text_config of qwen3_5 and
                // qwen3_5_moe): Gated DeltaNet linear attention in the layers between full-attention ones
                case "qwen3_next", "qwen3_5_text", "qwen3_5_moe_text" -> qwen3Hybrid(c);
                case "gemma" -> dense(c, "gemma").tied(c.bool("tie_word_embeddings", true)).build();
                case "gemma2" -> gemma2(c);
                case "gemma3", "gemma3_text" -> gemma3(c);
                case "phi3" -> dense(c, "phi3").attention(Attention.FUSED_QKV).build();
                case "phi" -> dense(c, "phi2").feedForward(FeedForward.PLAIN).bias(Bias.ALL).build();
                case "starcoder2" -> starcoder2(c);
                // V3.2 adds DeepSeek Sparse Attention's indexer (index_n_heads x index_head_dim per layer, about 0.85B
                // parameters and a 128-value key per token and layer), which this sizing leaves out; GLM-5
                // (glm_moe_dsa) is the same MLA + DSA + MoE layout under GLM's name, GLM-4.7-Flash (glm4_moe_lite)
                // the MLA + MoE layout without the indexer
                case "deepseek" -> deepseekMoe(c);
                case "deepseek_v2", "deepseek_v3", "deepseek_v32", "kimi_k2", "glm_moe_dsa", "glm4_moe_lite" -> deepseek(c);
                case "llama4", "llama4_text" -> llama4(c);
                case "gpt_oss" -> gptOss(c);
                case "cohere" -> dense(c, "command-r").tied(c.bool("tie_word_embeddings", true)).build();
                case "cohere2" -> dense(c, "cohere2").tied(c.bool("tie_word_embeddings", true))
                        .slidingWindow(new ModelArch.SlidingWindow(c.positive("sliding_window", 4096),
                                c.positive("sliding_window_pattern", 4), false)).build();
                // Families added with the catalog-models2 entries (Falcon, StarCoder 1, OLMo, Granite, SmolLM3,
                // MiniCPM, EXAONE, DBRX, ERNIE 4.5, Grok-1, Phi-3 small/MoE, Nemotron).
                case "falcon", "RefinedWeb", "RefinedWebModel" -> falcon(c);
                case "gpt_bigcode" -> gptBigCode(c);
                case "gpt2" -> gpt2(c);
                case "olmo2" -> dense(c, "olmo2").qkNorm(true).postNorms(true).build();
                // OLMo 3: OLMo 2's layout with a sliding window on three of every four layers (layer_types); llama.cpp
                // converts it as olmo2 with SWA, so only the full-attention layers hold a whole context's KV cache
                case "olmo3" -> dense(c, "olmo2").qkNorm(true).postNorms(true)
                        .slidingWindow(new ModelArch.SlidingWindow(c.positive("sliding_window", 4096),
                                c.has("layer_types") ? c.patternOf("layer_types") : 4, false)).build();
                case "exaone4" -> exaone4(c);
                case "olmoe" -> dense(c, "olmoe").qkNorm(true)
                        .moe(moe(c, "num_experts", "num_experts_per_tok", c.positive("intermediate_size"), 0, 0, 0, 1)).build();
                case "granite", "smollm3" -> dense(c, type).tied(c.bool("tie_word_embeddings", false)).build();
                case "granitemoe" -> dense(c, "granitemoe")
                        .moe(moe(c, "num_local_experts", "num_experts_per_tok", c.positive("intermediate_size"), 0, 0, 0, 1)).build();
                case "minicpm" -> dense(c, "minicpm").tied(c.bool("tie_word_embeddings", true)).build();
                case "minicpm3" -> minicpm3(c);
                case "exaone" -> dense(renamed(c, "num_layers", "num_hidden_layers"), "exaone")
                        .tied(c.bool("tie_word_embeddings", true)).build();
                case "dbrx" -> dbrx(c);
                case "ernie4_5" -> dense(c, "ernie4_5").tied(c.bool("tie_word_embeddings", true))
                        .bias(c.bool("use_bias", false) ? Bias.ALL : Bias.NONE).build();
                case "ernie4_5_moe" -> ernie45Moe(c);
                case "grok-1", "grok" -> dense(c, "grok").tied(c.bool("tie_word_embeddings", true))
                        .moe(moe(c, "num_experts", "num_experts_per_tok", c.positive("intermediate_size"), 0, 0, 0, 1)).build();
                case "phimoe" -> dense(c, "phimoe").bias(c.bool("attention_bias", true) ? Bias.QKV : Bias.NONE)
                        .moe(moe(c, "num_local_experts", "num_experts_per_tok", c.positive("intermediate_size"), 0, 0, 0, 1)).build();
                case "phi3small" -> dense(renamed(c, "ff_intermediate_size", "intermediate_size"), "phi3small")
                        .attention(Attention.FUSED_QKV).tied(c.bool("tie_word_embeddings", true)).build();
                case "nemotron" -> dense(c, "nemotron").feedForward(FeedForward.PLAIN).build();
                case "chatglm" -> chatglm(c);
                case "qwen" -> qwen1(c);
                case "baichuan" -> baichuan(c);
                // InternLM (v1) is Llama-shaped; its bias flag adds Q/K/V/O biases (true in 7B, false in 20B), the O
                // bias being one hidden-size vector per layer
                case "internlm" -> dense(c, "llama").bias(c.bool("bias", true) ? Bias.QKV : Bias.NONE).build();
                case "internlm2" -> internlm2(c);
                // llama.cpp converts InternLM3 as "llama"; qkv_bias is false in the released model.
                case "internlm3" -> dense(c, "llama").bias(c.bool("qkv_bias", false) ? Bias.QKV : Bias.NONE).build();
                case "glm4" -> glm4(c);
                // GLM-4.5V's language model (text_config of glm4v_moe) is GLM-4.5-Air's layout
                case "glm4_moe", "glm4v_moe_text" -> glm4Moe(c);
                case "minimax_m2" -> minimaxM2(c);
                // Qwen2-VL and Qwen2.5-VL keep the language model's keys at the top level (newer transformers
                // re-save them under text_config as *_text): Qwen2's layout with Q/K/V biases, llama.cpp "qwen2vl"
                case "qwen2_vl", "qwen2_5_vl", "qwen2_vl_text", "qwen2_5_vl_text" -> dense(c, "qwen2vl").bias(Bias.QKV).build();
                case "minicpmv", "minicpmo" -> miniCpmV(c, type);
                // GPT-J and CodeGen key names (MOSS-moon-003 is CodeGen-shaped; the later moss-base-7b is Llama-shaped)
                case "gptj", "codegen" -> gptj(c, type);
                case "moss" -> c.has("n_embd") ? gptj(c, "codegen") : dense(c, "llama").build();
                // GPT-NeoX (20B, Pythia): fused QKV, plain GELU MLP, biases and LayerNorm everywhere, untied head
                case "gpt_neox" -> dense(c, "gptneox").attention(Attention.FUSED_QKV).feedForward(FeedForward.PLAIN)
                        .bias(Bias.ALL).build();
                case "mpt" -> mpt(c);
                case "bloom" -> bloom(c);
                // Seed-OSS: Llama-shaped with Q/K/V biases (attention_bias) and none on the output projection
                case "seed_oss" -> dense(c, "seed_oss").bias(c.bool("attention_bias", true) ? Bias.QKV : Bias.NONE).build();
                default -> unknown(c, type);
            };
        } catch (IllegalArgumentException e) {
            throw new InputError("model_type " + type + ": " + e.getMessage(), e);
        }
    }

    /**
     * Multimodal configs keep the language model under text_config; the outer keys only matter when the
     * inner ones are missing (model_type, tie_word_embeddings). Gemma 3 gets Gemma3TextConfig's defaults,
     * since its published configs omit vocab_size, max_position_embeddings and more.
     */
    private static JsonNode textConfig(JsonNode root) {
        JsonNode text = root.get("text_config");
        boolean nested = text != null && text.isObject();
        String outer = root.path("model_type").asText("");
        String inner = nested ? text.path("model_type").asText("") : "";
        // A wrapper we do not know (mistral3, llava...) around a language model we know: use the inner type.
        String type = KNOWN.contains(outer) || inner.isEmpty() ? outer : inner;
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (type.equals("gemma3") || type.equals("gemma3_text")) {
            // transformers Gemma3TextConfig.__init__ defaults (models/gemma3/configuration_gemma3.py)
            merged.put("vocab_size", 262_208);
            merged.put("hidden_size", 2304);
            merged.put("intermediate_size", 9216);
            merged.put("num_hidden_layers", 26);
            merged.put("num_attention_heads", 8);
            merged.put("num_key_value_heads", 4);
            merged.put("head_dim", 256);
            merged.put("max_position_embeddings", 131_072);
            merged.put("sliding_window", 4096);
            merged.put("sliding_window_pattern", 6);
            merged.put("tie_word_embeddings", true);
        }
        if (nested && root.has("tie_word_embeddings")) merged.set("tie_word_embeddings", root.get("tie_word_embeddings"));
        for (Iterator<Map.Entry<String, JsonNode>> it = (nested ? text : root).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            merged.set(e.getKey(), e.getValue());
        }
        // The outer type names the family; the inner one may be missing or the "_text" variant.
        merged.put("model_type", type);
        return merged;
    }

    /** The keys every decoder-only config shares; tied defaults to false as in LlamaConfig. */
    private static ModelArch.Builder dense(Cfg c, String arch) {
        return dense(c, arch, c.positive("max_position_embeddings"));
    }

    private static ModelArch.Builder dense(Cfg c, String arch, int maxContext) {
        int hidden = c.positive("hidden_size");
        int heads = c.positive("num_attention_heads");
        int kvHeads = c.positive("num_key_value_heads", heads);
        if (heads % kvHeads != 0) {
            throw new InputError("num_attention_heads (" + heads + ") is not a multiple of num_key_value_heads (" + kvHeads + ")");
        }
        int headDim = c.isNull("head_dim") ? 0 : c.positive("head_dim");
        if (headDim == 0) {
            if (hidden % heads != 0) {
                throw new InputError("hidden_size (" + hidden + ") is not divisible by num_attention_heads (" + heads + ") and head_dim is missing");
            }
            headDim = hidden / heads;
        }
        return ModelArch.builder(arch)
                .layers(c.positive("num_hidden_layers"))
                .hidden(hidden)
                .heads(heads)
                .kvHeads(kvHeads)
                .headDim(headDim, headDim)
                .ffn(c.positive("intermediate_size"))
                .vocab(c.positive("vocab_size"))
                .maxContext(maxContext)
                .tied(c.bool("tie_word_embeddings", false));
    }

    private static ModelArch llama(Cfg c) {
        // llama.cpp runs Mistral and Mixtral as "llama"; it ignores Mistral's sliding_window.
        ModelArch.Builder b = dense(c, "llama");
        if (c.bool("attention_bias", false)) b.bias(Bias.QKV);
        if (c.has("num_local_experts")) {
            int ffn = c.positive("intermediate_size");
            b.moe(moe(c, "num_local_experts", "num_experts_per_tok", ffn, 0, 0, 0, 1));
        }
        return b.build();
    }

    private static ModelArch qwen2Moe(Cfg c) {
        int shared = c.positive("shared_expert_intermediate_size", 0);
        return dense(c, "qwen2moe").bias(Bias.QKV)
                .moe(moe(c, "num_experts", "num_experts_per_tok", c.positive("moe_intermediate_size"),
                        shared > 0 ? 1 : 0, shared, 0, c.positive("decoder_sparse_step", 1)))
                .build();
    }

    private static ModelArch qwen3Moe(Cfg c) {
        return dense(c, "qwen3moe").qkNorm(true)
                .moe(moe(c, "num_experts", "num_experts_per_tok", c.positive("moe_intermediate_size"),
                        0, 0, 0, c.positive("decoder_sparse_step", 1)))
                .build();
    }

    /**
     * Qwen3-Next / Qwen3.5: Qwen3's attention (QK norm, GQA, gated Q) on every full_attention_interval-th layer, Gated
     * DeltaNet linear attention on the others (layer_types, where the file lists them, must follow that interval); a
     * dense SwiGLU FFN (qwen3_5_text) or routed experts plus one gated shared expert (qwen3_next, qwen3_5_moe_text).
     * llama.cpp's architectures: qwen3next, qwen35, qwen35moe.
     */
    private static ModelArch qwen3Hybrid(Cfg c) {
        String type = c.text("model_type", "");
        int every = c.has("layer_types") ? c.patternOf("layer_types") : c.positive("full_attention_interval", 4);
        if (every == 0) throw new InputError("layer_types has no full_attention layer");
        if (c.has("layer_types") && c.has("full_attention_interval") && c.positive("full_attention_interval") != every) {
            throw new InputError("layer_types does not follow full_attention_interval " + c.positive("full_attention_interval"));
        }
        ModelArch.LinearAttention linear = new ModelArch.LinearAttention(every, c.positive("linear_num_key_heads"),
                c.positive("linear_num_value_heads"), c.positive("linear_key_head_dim"), c.positive("linear_value_head_dim"),
                c.positive("linear_conv_kernel_dim", 4), c.bool("attn_output_gate", true));
        boolean moe = c.has("num_experts") && !c.isNull("num_experts");
        // MoE configs carry no dense intermediate_size (Qwen3.5-MoE) or an unused one (Qwen3-Next): size the FFN
        // field by the expert width so the record stays valid
        Cfg sized = moe ? withDefaults(c, "intermediate_size", c.positive("moe_intermediate_size")) : c;
        ModelArch.Builder b = dense(sized, type.equals("qwen3_next") ? "qwen3next" : moe ? "qwen35moe" : "qwen35").qkNorm(true)
                .linearAttention(linear);
        if (moe) {
            int shared = c.positive("shared_expert_intermediate_size", 0);
            b.moe(moe(c, "num_experts", "num_experts_per_tok", c.positive("moe_intermediate_size"), shared > 0 ? 1 : 0, shared, 0,
                    c.positive("decoder_sparse_step", 1)));
        }
        return b.build();
    }

    private static ModelArch gemma2(Cfg c) {
        // Gemma 2 alternates: even layers use the window, every 2nd layer is global.
        return dense(c, "gemma2").tied(c.bool("tie_word_embeddings", true)).postNorms(true)
                .slidingWindow(new ModelArch.SlidingWindow(c.positive("sliding_window", 4096), 2, false))
                .build();
    }

    private static ModelArch gemma3(Cfg c) {
        int pattern = c.has("layer_types") ? c.patternOf("layer_types") : c.positive("sliding_window_pattern", 6);
        return dense(c, "gemma3").tied(c.bool("tie_word_embeddings", true)).qkNorm(true).postNorms(true)
                .slidingWindow(new ModelArch.SlidingWindow(c.positive("sliding_window", 4096), pattern, false))
                .build();
    }

    /**
     * EXAONE 4.0 (transformers exaone4): QK-norm and norms after attention and MLP (its "QK-Reorder-Norm"); the 32B
     * combines sliding-window and global layers 3:1, written as sliding_window_pattern 4 or "LLLG" (or layer_types),
     * and the 1.2B, whose sliding_window is null, attends globally in every layer.
     */
    private static ModelArch exaone4(Cfg c) {
        ModelArch.Builder b = dense(c, "exaone4").tied(c.bool("tie_word_embeddings", false)).qkNorm(true).postNorms(true);
        if (c.has("sliding_window") && !c.isNull("sliding_window")) {
            int pattern = c.has("layer_types") ? c.patternOf("layer_types") : exaone4Pattern(c);
            if (pattern > 1) b.slidingWindow(new ModelArch.SlidingWindow(c.positive("sliding_window"), pattern, false));
        }
        return b.build();
    }

    /** The global-layer period of EXAONE 4's sliding_window_pattern: a number, or letters "LLLG" (L local, G global). */
    private static int exaone4Pattern(Cfg c) {
        if (!c.has("sliding_window_pattern") || c.isNull("sliding_window_pattern")) return 4;
        String text = c.text("sliding_window_pattern", "");
        if (text.matches("\\d+")) return c.positive("sliding_window_pattern");
        if (!text.matches("L*G")) throw new InputError("sliding_window_pattern must be a number or letters L...G, got " + text);
        return text.length();
    }

    private static ModelArch starcoder2(Cfg c) {
        // llama.cpp's starcoder2 graph has no sliding window; biases follow use_bias (true in all releases).
        return dense(c, "starcoder2").tied(c.bool("tie_word_embeddings", true))
                .feedForward(FeedForward.PLAIN).bias(c.bool("use_bias", true) ? Bias.ALL : Bias.NONE)
                .build();
    }

    /**
     * DeepSeekMoE (model_type deepseek, DeepSeek-MoE 16B): full multi-head attention as Llama's, and DeepSeek-V2's expert
     * layout before its latent attention: n_routed_experts of moe_intermediate_size with n_shared_experts of the same width,
     * the first first_k_dense_replace layers dense (intermediate_size), then every moe_layer_freq-th layer MoE
     * (configuration_deepseek.py's DeepseekConfig keys).
     */
    private static ModelArch deepseekMoe(Cfg c) {
        int expertFfn = c.positive("moe_intermediate_size");
        return dense(c, "deepseek")
                .moe(moe(c, "n_routed_experts", "num_experts_per_tok", expertFfn, c.positive("n_shared_experts", 0), expertFfn,
                        c.positive("first_k_dense_replace", 0), c.positive("moe_layer_freq", 1)))
                .build();
    }

    private static ModelArch deepseek(Cfg c) {
        int nope = c.positive("qk_nope_head_dim");
        int rope = c.positive("qk_rope_head_dim");
        int vDim = c.positive("v_head_dim");
        // V2-Lite has no Q compression: q_lora_rank is null.
        int qLora = c.isNull("q_lora_rank") ? 0 : c.positive("q_lora_rank");
        ModelArch.Mla mla = new ModelArch.Mla(qLora, c.positive("kv_lora_rank"), rope, nope, vDim);
        int expertFfn = c.positive("moe_intermediate_size");
        int shared = c.positive("n_shared_experts", 0);
        ModelArch.Builder b = ModelArch.builder("deepseek2")
                .layers(c.positive("num_hidden_layers"))
                .hidden(c.positive("hidden_size"))
                .heads(c.positive("num_attention_heads"))
                .kvHeads(c.positive("num_attention_heads"))
                .headDim(nope + rope, vDim)
                .ffn(c.positive("intermediate_size"))
                .vocab(c.positive("vocab_size"))
                .maxContext(c.positive("max_position_embeddings"))
                .tied(c.bool("tie_word_embeddings", false))
                .attention(Attention.MLA)
                .mla(mla);
        if (c.has("n_routed_experts") && !c.isNull("n_routed_experts")) {
            b.moe(moe(c, "n_routed_experts", "num_experts_per_tok", expertFfn, shared, expertFfn,
                    c.positive("first_k_dense_replace", 0), c.positive("moe_layer_freq", 1)));
        }
        return b.build();
    }

    private static ModelArch llama4(Cfg c) {
        // intermediate_size is the expert (and shared expert) width; intermediate_size_mlp the dense layers'.
        int expertFfn = c.positive("intermediate_size");
        int step = c.positive("interleave_moe_layer_step", 1);
        ModelArch.Builder b = dense(c, "llama4").ffn(c.positive("intermediate_size_mlp", expertFfn))
                .moe(moe(c, "num_local_experts", "num_experts_per_tok", expertFfn, 1, expertFfn, 0, step));
        // Chunked attention on three of four layers (every 4th layer is global, without RoPE).
        if (c.has("attention_chunk_size") && !c.isNull("attention_chunk_size")) {
            b.slidingWindow(new ModelArch.SlidingWindow(c.positive("attention_chunk_size"), 4, true));
        }
        return b.build();
    }

    private static ModelArch gptOss(Cfg c) {
        int pattern = c.has("layer_types") ? c.patternOf("layer_types") : 2;
        int ffn = c.positive("intermediate_size");
        return dense(c, "gpt-oss").bias(c.bool("attention_bias", true) ? Bias.QKV : Bias.NONE)
                .moe(moe(c, "num_local_experts", "num_experts_per_tok", ffn, 0, 0, 0, 1))
                .slidingWindow(new ModelArch.SlidingWindow(c.positive("sliding_window", 128), pattern, false))
                .build();
    }

    /**
     * Falcon (7B/40B/180B, Falcon2): fused QKV, plain GELU MLP, no linear biases. The KV head count is
     * num_kv_heads with the new decoder architecture (40B/180B), else 1 for multi-query (7B) or the head
     * count. Old RefinedWeb configs use n_head/n_layer/n_head_kv; transformers' FalconConfig defaults
     * apply (ffn 4x hidden, tied embeddings).
     */
    private static ModelArch falcon(Cfg c) {
        c = renamed(c, "n_head", "num_attention_heads", "n_layer", "num_hidden_layers", "n_head_kv", "num_kv_heads",
                "n_embed", "hidden_size");
        int hidden = c.positive("hidden_size");
        int heads = c.positive("num_attention_heads");
        int kvHeads = c.bool("new_decoder_architecture", false) ? c.positive("num_kv_heads", heads)
                : c.bool("multi_query", true) ? 1 : heads;
        Cfg d = withDefaults(c, "num_key_value_heads", kvHeads, "intermediate_size", c.positive("ffn_hidden_size", 4 * hidden),
                "vocab_size", 65024, "max_position_embeddings", 2048);
        return dense(d, "falcon").tied(c.bool("tie_word_embeddings", true))
                .attention(Attention.FUSED_QKV).feedForward(FeedForward.PLAIN)
                .bias(c.bool("bias", false) ? Bias.ALL : Bias.NONE).build();
    }

    /**
     * GPT-BigCode (StarCoder 1, WizardCoder 15B): GPT-2 key names, multi-query attention, fused QKV, plain
     * GELU MLP, biases everywhere, tied embeddings. The learned position table (n_positions x n_embd, 0.3% of
     * StarCoder) has no tensor in the layout.
     */
    private static ModelArch gptBigCode(Cfg c) {
        c = renamed(c, "n_embd", "hidden_size", "n_layer", "num_hidden_layers", "n_head", "num_attention_heads",
                "n_positions", "max_position_embeddings", "n_inner", "intermediate_size");
        int hidden = c.positive("hidden_size");
        int heads = c.positive("num_attention_heads");
        Cfg d = withDefaults(c, "num_key_value_heads", c.bool("multi_query", true) ? 1 : heads, "intermediate_size", 4 * hidden);
        return dense(d, "starcoder").tied(c.bool("tie_word_embeddings", true))
                .attention(Attention.FUSED_QKV).feedForward(FeedForward.PLAIN).bias(Bias.ALL).build();
    }

    /**
     * GPT-2 (OpenAI's gpt2, gpt2-medium, gpt2-large, gpt2-xl and their fine-tunes): GPT-2 key names, full multi-head
     * attention in one fused c_attn, plain GELU MLP of n_inner (null: 4 x n_embd), biases and LayerNorm everywhere,
     * tied embeddings (GPT2Config does not set tie_word_embeddings, so PretrainedConfig's true applies) and a learned
     * position table of n_positions rows, which llama.cpp's "gpt2" loads as position_embd.
     */
    private static ModelArch gpt2(Cfg c) {
        Cfg d = gpt2Keys(c, 1024);
        return dense(d, "gpt2").tied(c.bool("tie_word_embeddings", true))
                .attention(Attention.FUSED_QKV).feedForward(FeedForward.PLAIN).bias(Bias.ALL).build();
    }

    /**
     * GPT-2's key names (n_embd, n_layer, n_head, n_positions, n_inner) as the common ones, with GPT-2's defaults: an
     * MLP 4 x n_embd wide when n_inner is null, {@code positions} when n_positions is missing.
     */
    private static Cfg gpt2Keys(Cfg c, int positions) {
        Cfg r = renamed(c, "n_embd", "hidden_size", "n_layer", "num_hidden_layers", "n_head", "num_attention_heads",
                "n_positions", "max_position_embeddings", "n_inner", "intermediate_size");
        return withDefaults(r, "intermediate_size", 4 * r.positive("hidden_size"), "max_position_embeddings", positions);
    }

    /** MiniCPM3: DeepSeek-style latent attention (MLA) in a dense decoder; v_head_dim is hidden / heads. */
    private static ModelArch minicpm3(Cfg c) {
        int hidden = c.positive("hidden_size");
        int heads = c.positive("num_attention_heads");
        int nope = c.positive("qk_nope_head_dim");
        int rope = c.positive("qk_rope_head_dim");
        int vDim = c.positive("v_head_dim", hidden / heads);
        int qLora = c.isNull("q_lora_rank") ? 0 : c.positive("q_lora_rank");
        return ModelArch.builder("minicpm3")
                .layers(c.positive("num_hidden_layers"))
                .hidden(hidden)
                .heads(heads)
                .kvHeads(heads)
                .headDim(nope + rope, vDim)
                .ffn(c.positive("intermediate_size"))
                .vocab(c.positive("vocab_size"))
                .maxContext(c.positive("max_position_embeddings"))
                .tied(c.bool("tie_word_embeddings", true))
                .attention(Attention.MLA)
                .mla(new ModelArch.Mla(qLora, c.positive("kv_lora_rank"), rope, nope, vDim))
                .build();
    }

    /** DBRX: MPT key names with attn_config / ffn_config sub-objects; fused Wqkv, 16 experts, 4 per token. */
    private static ModelArch dbrx(Cfg c) {
        JsonNode attn = c.n().path("attn_config");
        JsonNode ffn = c.n().path("ffn_config");
        ObjectNode flat = ((ObjectNode) c.n()).deepCopy();
        flat.set("num_key_value_heads", attn.get("kv_n_heads"));
        flat.set("intermediate_size", ffn.get("ffn_hidden_size"));
        flat.set("num_local_experts", ffn.get("moe_num_experts"));
        flat.set("num_experts_per_tok", ffn.get("moe_top_k"));
        Cfg d = renamed(new Cfg(flat), "d_model", "hidden_size", "n_heads", "num_attention_heads", "n_layers",
                "num_hidden_layers", "max_seq_len", "max_position_embeddings");
        return dense(d, "dbrx").attention(Attention.FUSED_QKV)
                .moe(moe(d, "num_local_experts", "num_experts_per_tok", d.positive("intermediate_size"), 0, 0, 0, 1))
                .build();
    }

    /**
     * ERNIE 4.5 MoE: dense layers before moe_layer_start_index, then routed experts plus
     * moe_num_shared_experts shared ones of the expert width (llama.cpp stacks them into one shared FFN).
     */
    private static ModelArch ernie45Moe(Cfg c) {
        int expertFfn = c.positive("moe_intermediate_size");
        // 0 shared experts is valid (300B-A47B).
        int shared = c.n().path("moe_num_shared_experts").asInt(0) == 0 ? 0 : c.positive("moe_num_shared_experts");
        return dense(c, "ernie4_5-moe").tied(c.bool("tie_word_embeddings", true))
                .bias(c.bool("use_bias", false) ? Bias.ALL : Bias.NONE)
                .moe(moe(c, "moe_num_experts", "moe_k", expertFfn, shared, expertFfn,
                        c.positive("moe_layer_start_index", 1), c.positive("moe_layer_interval", 1)))
                .build();
    }

    /** A copy of the config where each (from, to) key pair fills {@code to} from {@code from} when {@code to} is absent. */
    private static Cfg renamed(Cfg c, String... fromTo) {
        ObjectNode copy = ((ObjectNode) c.n()).deepCopy();
        for (int i = 0; i + 1 < fromTo.length; i += 2) {
            if (copy.hasNonNull(fromTo[i]) && !copy.hasNonNull(fromTo[i + 1])) copy.set(fromTo[i + 1], copy.get(fromTo[i]));
        }
        return new Cfg(copy);
    }

    /** A copy of the config with (key, value) defaults for keys the file leaves out. */
    private static Cfg withDefaults(Cfg c, Object... keyValue) {
        ObjectNode copy = ((ObjectNode) c.n()).deepCopy();
        for (int i = 0; i + 1 < keyValue.length; i += 2) {
            String key = (String) keyValue[i];
            if (!copy.hasNonNull(key)) copy.put(key, (Integer) keyValue[i + 1]);
        }
        return new Cfg(copy);
    }

    /**
     * ChatGLM (model_type chatglm). ChatGLM2/3 and GLM-4-9B (2024) use GLM's own keys: num_layers,
     * padded_vocab_size (the embedding and output rows), ffn_hidden_size, kv_channels (head dim),
     * multi_query_group_num KV heads when multi_query_attention is set, seq_length; one fused QKV matrix
     * with bias (add_qkv_bias). llama.cpp's "chatglm" keeps that attn_qkv and fuses gate and up into one
     * ffn_up of twice the width, the same bytes as separate gate and up. ChatGLM-6B (v1) has none of these
     * keys: a GLM block with LayerNorm, a plain GELU MLP of inner_hidden_size and biases everywhere;
     * llama.cpp does not run it, so it is sized as that plain layout.
     */
    private static ModelArch chatglm(Cfg c) {
        int hidden = c.positive("hidden_size");
        int heads = c.positive("num_attention_heads");
        if (!c.has("ffn_hidden_size") && c.has("inner_hidden_size")) {
            // PretrainedConfig ties word embeddings unless told otherwise; ChatGLMConfig (v1) does not.
            return ModelArch.builder("chatglm-6b").layers(c.positive("num_layers")).hidden(hidden).heads(heads)
                    .kvHeads(heads).ffn(c.positive("inner_hidden_size")).vocab(c.positive("vocab_size"))
                    .maxContext(c.positive("max_sequence_length", 2048)).tied(c.bool("tie_word_embeddings", true))
                    .attention(Attention.FUSED_QKV).feedForward(FeedForward.PLAIN).bias(Bias.ALL).build();
        }
        int kvHeads = c.bool("multi_query_attention", false) ? c.positive("multi_query_group_num", 1) : heads;
        if (heads % kvHeads != 0) {
            throw new InputError("num_attention_heads (" + heads + ") is not a multiple of multi_query_group_num (" + kvHeads + ")");
        }
        int headDim = c.positive("kv_channels", hidden / heads);
        Bias bias = c.bool("add_bias_linear", false) ? Bias.ALL : c.bool("add_qkv_bias", false) ? Bias.QKV : Bias.NONE;
        return ModelArch.builder("chatglm").layers(c.positive("num_layers")).hidden(hidden).heads(heads).kvHeads(kvHeads)
                .headDim(headDim, headDim).ffn(c.positive("ffn_hidden_size"))
                .vocab(c.has("padded_vocab_size") ? c.positive("padded_vocab_size") : c.positive("vocab_size"))
                .maxContext(c.positive("seq_length")).tied(c.bool("tie_word_embeddings", false))
                .attention(Attention.FUSED_QKV).bias(bias).build();
    }

    /**
     * Qwen (1.0, model_type qwen): one fused c_attn with bias, and intermediate_size counts both halves of
     * the SwiGLU (w1 and w2 are intermediate_size / 2 wide each), as llama.cpp's "qwen" writes n_ff.
     * kv_channels is the head dim; no_bias (true in all releases) drops the other biases.
     */
    private static ModelArch qwen1(Cfg c) {
        int hidden = c.positive("hidden_size");
        int heads = c.positive("num_attention_heads");
        int headDim = c.positive("kv_channels", hidden / heads);
        int context = c.has("max_position_embeddings") ? c.positive("max_position_embeddings") : c.positive("seq_length");
        return ModelArch.builder("qwen").layers(c.positive("num_hidden_layers")).hidden(hidden).heads(heads).kvHeads(heads)
                .headDim(headDim, headDim).ffn(c.positive("intermediate_size") / 2).vocab(c.positive("vocab_size"))
                .maxContext(context).tied(c.bool("tie_word_embeddings", false)).attention(Attention.FUSED_QKV)
                .bias(c.bool("no_bias", true) ? Bias.QKV : Bias.ALL).build();
    }

    /**
     * Baichuan 1 and 2: a fused W_pack QKV without bias that llama.cpp's converter splits into Q, K and V.
     * The 7B models use RoPE with max_position_embeddings; the 13B models use ALiBi and give only
     * model_max_length. Sizes do not depend on the position scheme.
     */
    private static ModelArch baichuan(Cfg c) {
        int context = c.has("max_position_embeddings") ? c.positive("max_position_embeddings") : c.positive("model_max_length");
        return dense(c, "baichuan", context).build();
    }

    /** InternLM2/2.5: a fused wqkv (GQA) that llama.cpp's converter splits into Q, K and V; bias false in all releases. */
    private static ModelArch internlm2(Cfg c) {
        return dense(c, "internlm2").bias(c.bool("bias", false) ? Bias.QKV : Bias.NONE).build();
    }

    /** GLM-4-0414 (model_type glm4): Q/K/V biases, and extra norms after attention and after the MLP. */
    private static ModelArch glm4(Cfg c) {
        return dense(c, "glm4").bias(c.bool("attention_bias", true) ? Bias.QKV : Bias.NONE).postNorms(true).build();
    }

    /**
     * GLM-4.5 (model_type glm4_moe): first_k_dense_replace dense layers of intermediate_size, then routed
     * experts of moe_intermediate_size plus n_shared_experts of the same width; Q/K/V biases; QK norm when
     * use_qk_norm. The multi-token-prediction layer (num_nextn_predict_layers) is not used for decoding.
     */
    private static ModelArch glm4Moe(Cfg c) {
        int expertFfn = c.positive("moe_intermediate_size");
        int shared = c.positive("n_shared_experts", 0);
        return dense(c, "glm4moe").bias(c.bool("attention_bias", false) ? Bias.QKV : Bias.NONE)
                .qkNorm(c.bool("use_qk_norm", false))
                .moe(moe(c, "n_routed_experts", "num_experts_per_tok", expertFfn, shared, expertFfn,
                        c.positive("first_k_dense_replace", 0), 1))
                .build();
    }

    /**
     * MiniMax-M2 (model_type minimax_m2): full attention in every layer, routed experts of
     * intermediate_size in every layer, no shared expert. Its QK norm spans all heads (per_layer); the
     * per-head norm weights used here differ by a few thousand parameters per layer.
     */
    private static ModelArch minimaxM2(Cfg c) {
        int ffn = c.positive("intermediate_size");
        return dense(c, "minimax-m2").qkNorm(c.bool("use_qk_norm", false))
                .moe(moe(c, "num_local_experts", "num_experts_per_tok", ffn, 0, 0, 0, 1))
                .build();
    }

    /**
     * MiniCPM-V / MiniCPM-o (model_type minicpmv, minicpmo): the language model's keys sit at the top level,
     * and the language model changed between releases. MiniCPM-V 2.6 (version 2.6) and MiniCPM-o 2.6 are
     * Qwen2 (Q/K/V biases; llama.cpp converts them as "qwen2"); MiniCPM-Llama3-V 2.5 is Llama 3 8B and
     * MiniCPM-V 2.0 is MiniCPM-2B, both without biases. The vision tower (and MiniCPM-o's audio and speech
     * parts) are left out, as for every vision-language model here.
     */
    private static ModelArch miniCpmV(Cfg c, String type) {
        boolean qwen2 = type.equals("minicpmo") || c.n().path("version").asDouble(0) >= 2.6;
        return qwen2 ? dense(c, "qwen2").bias(Bias.QKV).build() : dense(c, "llama").build();
    }

    /**
     * GPT-J and CodeGen (MOSS-moon-003): GPT-2 key names (n_embd, n_layer, n_head, n_positions, n_inner null = 4 x
     * n_embd), full multi-head attention with Q/K/V/O projections without bias (CodeGen fuses them into one
     * qkv_proj), a plain GELU MLP whose fc_in/fc_out biases are left out here (a few hundred thousand parameters),
     * LayerNorm, partial rotary embeddings (rotary_dim) and an untied output head. llama.cpp runs neither.
     */
    private static ModelArch gptj(Cfg c, String arch) {
        Cfg d = gpt2Keys(c, 2048);
        return dense(d, arch).tied(c.bool("tie_word_embeddings", false))
                .attention(arch.equals("gptj") ? Attention.SEPARATE_QKV : Attention.FUSED_QKV)
                .feedForward(FeedForward.PLAIN).build();
    }

    /**
     * MPT (MosaicML): d_model, n_heads, n_layers, max_seq_len; the MLP is expansion_ratio x d_model wide (plain
     * GELU); one fused Wqkv; no biases when no_bias (true in the released models); ALiBi, so no position table;
     * tied embeddings. GQA variants carry attn_config.kv_n_heads.
     */
    private static ModelArch mpt(Cfg c) {
        ObjectNode flat = ((ObjectNode) c.n()).deepCopy();
        JsonNode kv = c.n().path("attn_config").get("kv_n_heads");
        if (kv != null && kv.isNumber() && !flat.has("num_key_value_heads")) flat.set("num_key_value_heads", kv);
        Cfg d = renamed(new Cfg(flat), "d_model", "hidden_size", "n_heads", "num_attention_heads", "n_layers",
                "num_hidden_layers", "max_seq_len", "max_position_embeddings");
        int ratio = d.positive("expansion_ratio", 4);
        d = withDefaults(d, "intermediate_size", ratio * d.positive("hidden_size"), "max_position_embeddings", 2048);
        return dense(d, "mpt").tied(c.bool("tie_word_embeddings", true)).attention(Attention.FUSED_QKV)
                .feedForward(FeedForward.PLAIN).bias(c.bool("no_bias", true) ? Bias.NONE : Bias.ALL).build();
    }

    /**
     * BLOOM: hidden_size (older files n_embed), n_layer, n_head (or num_attention_heads); fused QKV, plain GELU MLP of
     * 4 x hidden, biases and LayerNorm everywhere, ALiBi (no position table, no fixed context: 2,048 in training),
     * tied embeddings.
     */
    private static ModelArch bloom(Cfg c) {
        c = renamed(c, "n_embed", "hidden_size", "n_layer", "num_hidden_layers", "n_head", "num_attention_heads",
                "seq_length", "max_position_embeddings");
        Cfg d = withDefaults(c, "intermediate_size", 4 * c.positive("hidden_size"), "max_position_embeddings", 2048);
        return dense(d, "bloom").tied(c.bool("tie_word_embeddings", true)).attention(Attention.FUSED_QKV)
                .feedForward(FeedForward.PLAIN).bias(Bias.ALL).build();
    }

    /** Unknown families with the common keys are sized as a plain llama-like decoder. */
    private static ModelArch unknown(Cfg c, String type) {
        boolean usable = c.has("num_hidden_layers") && c.has("hidden_size") && c.has("num_attention_heads")
                && c.has("intermediate_size") && c.has("vocab_size");
        if (!usable) {
            throw new InputError(type.isEmpty()
                    ? "model_type is missing and the config lacks num_hidden_layers, hidden_size, num_attention_heads, intermediate_size or vocab_size"
                    : "model_type " + type + " is not supported and the config lacks num_hidden_layers, hidden_size, num_attention_heads, intermediate_size or vocab_size");
        }
        return dense(c, type.isEmpty() ? "llama" : type).build();
    }

    private static ModelArch.Moe moe(Cfg c, String expertsKey, String usedKey, int expertFfn, int shared,
                                     int sharedFfn, int leadingDense, int every) {
        int experts = c.positive(expertsKey);
        int used = c.positive(usedKey);
        if (used > experts) throw new InputError(usedKey + " (" + used + ") exceeds " + expertsKey + " (" + experts + ")");
        return new ModelArch.Moe(experts, used, expertFfn, shared, sharedFfn, leadingDense, every);
    }

    /** Typed access to config keys with errors that name the key. */
    private record Cfg(JsonNode n) {

        boolean has(String key) { return n.has(key); }


        boolean isNull(String key) { return !n.has(key) || n.get(key).isNull(); }

        String text(String key, String dflt) {
            JsonNode v = n.get(key);
            return v == null || v.isNull() ? dflt : v.asText();
        }

        boolean bool(String key, boolean dflt) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) return dflt;
            if (!v.isBoolean()) throw new InputError(key + " must be true or false, got " + v);
            return v.booleanValue();
        }

        int positive(String key) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) throw new InputError(key + " is missing");
            return positiveValue(key, v);
        }

        int positive(String key, int dflt) {
            JsonNode v = n.get(key);
            return v == null || v.isNull() ? dflt : positiveValue(key, v);
        }

        private static int positiveValue(String key, JsonNode v) {
            if (!v.isNumber() || !v.canConvertToInt() || v.doubleValue() != Math.rint(v.doubleValue())) {
                throw new InputError(key + " must be a whole number, got " + v);
            }
            int i = v.intValue();
            if (i <= 0) throw new InputError(key + " must be positive, got " + i);
            return i;
        }

        /** The global-layer period of a layer_types list ("sliding_attention"... "full_attention"). */
        int patternOf(String key) {
            JsonNode v = n.get(key);
            if (!v.isArray() || v.isEmpty()) throw new InputError(key + " must be a non-empty list");
            int first = -1;
            for (int i = 0; i < v.size(); i++) {
                if (v.get(i).asText().startsWith("full")) { first = i; break; }
            }
            if (first < 0) return 0;
            int p = first + 1;
            for (int i = 0; i < v.size(); i++) {
                boolean full = v.get(i).asText().startsWith("full");
                if (full != ((i + 1) % p == 0)) throw new InputError(key + " has no regular sliding/full pattern");
            }
            return p;
        }
    }

    /** The format a config.json's quantization_config states, if the sizing core knows it. */
    public static Optional<WeightFormat> statedFormat(JsonNode config, List<String> notes) {
        JsonNode q = config.get("quantization_config");
        if (q == null || !q.isObject()) q = config.path("text_config").get("quantization_config");
        if (q == null || !q.isObject()) return Optional.empty();
        String method = q.path("quant_method").asText("").toLowerCase(Locale.ROOT);
        int bits = q.path("bits").asInt(q.path("w_bit").asInt(0));
        switch (method) {
            case "gptq":
                if (bits == 4) return Optional.of(WeightFormat.GPTQ_INT4);
                if (bits == 8) return Optional.of(WeightFormat.GPTQ_INT8);
                break;
            case "awq":
                if (bits == 4 || bits == 0) return Optional.of(WeightFormat.AWQ_INT4);
                break;
            case "fp8":
                return Optional.of(WeightFormat.FP8);
            case "mxfp4":
                return Optional.of(WeightFormat.MXFP4);
            case "modelopt": {
                // NVIDIA ModelOpt checkpoints: quant_algo NVFP4 (or W4A16_NVFP4, weight-only) or FP8
                String algo = q.path("quant_algo").asText("").toUpperCase(Locale.ROOT);
                if (algo.endsWith("NVFP4")) return Optional.of(WeightFormat.NVFP4);
                if (algo.equals("FP8")) return Optional.of(WeightFormat.FP8);
                break;
            }
            case "compressed-tensors": {
                for (JsonNode group : q.path("config_groups")) {
                    JsonNode w = group.path("weights");
                    int n = w.path("num_bits").asInt(0);
                    String type = w.path("type").asText("");
                    if (n == 8 && type.equals("float")) return Optional.of(WeightFormat.FP8);
                    // LLM Compressor's NVFP4 scheme: 4-bit floats in groups of 16
                    if (n == 4 && type.equals("float")) return Optional.of(WeightFormat.NVFP4);
                    if (n == 4 && type.equals("int")) return Optional.of(WeightFormat.GPTQ_INT4);
                    if (n == 8 && type.equals("int")) return Optional.of(WeightFormat.GPTQ_INT8);
                }
                break;
            }
            default:
                break;
        }
        notes.add("quantization_config " + (method.isEmpty() ? "without quant_method" : method + (bits > 0 ? " " + bits + "-bit" : ""))
                + " is not a format the sizing core knows; sized as the format asked for");
        return Optional.empty();
    }
}
