package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * The resources under hf/ are the published config.json files:
 * <ul>
 * <li>llama-3.1-8b.json: https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json</li>
 * <li>qwen3-30b-a3b.json: https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json</li>
 * <li>deepseek-v3.json: https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json</li>
 * <li>gemma-3-27b-it.json: https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json</li>
 * <li>phi-3.5-mini-instruct.json: https://huggingface.co/microsoft/Phi-3.5-mini-instruct/blob/main/config.json
 * (the 48-value long_factor/short_factor lists of rope_scaling are left out; they do not affect sizing)</li>
 * </ul>
 */
class HfConfigReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path resource(String name) {
        try {
            return Path.of(HfConfigReaderTest.class.getResource("/hf/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long params(ModelArch a) {
        return new TensorTable(TensorTable.layout(a)).parameterCount();
    }

    private static ModelArch json(String text) {
        try {
            return HfConfigReader.read(JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void llama31_8b() {
        ModelArch a = HfConfigReader.read(resource("llama-3.1-8b.json"));
        assertThat(a.arch()).isEqualTo("llama");
        assertThat(a.layers()).isEqualTo(32);
        assertThat(a.kvHeads()).isEqualTo(8);
        assertThat(a.headDimK()).isEqualTo(128);
        assertThat(a.tiedEmbeddings()).isFalse();
        assertThat(a.maxContext()).isEqualTo(131072);
        assertThat(a.slidingWindow()).isNull();
        // Model card: 8,030,261,248 parameters; the llama.cpp layout has exactly these tensors.
        assertThat(params(a)).isEqualTo(8_030_261_248L);
    }

    @Test
    void qwen3_30b_a3b() {
        ModelArch a = HfConfigReader.read(resource("qwen3-30b-a3b.json"));
        assertThat(a.arch()).isEqualTo("qwen3moe");
        assertThat(a.qkNorm()).isTrue();
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(128, 8, 768, 0, 0, 0, 1));
        assertThat(a.isMoeLayer(0)).isTrue();
        assertThat(a.kvHeads()).isEqualTo(4);
        assertThat(a.headDimK()).isEqualTo(128);
        // Model card: 30.5B in total.
        assertThat((double) params(a)).isCloseTo(30.5e9, withPercentage(1));
    }

    @Test
    void deepseekV3() {
        ModelArch a = HfConfigReader.read(resource("deepseek-v3.json"));
        assertThat(a.arch()).isEqualTo("deepseek2");
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.MLA);
        assertThat(a.mla()).isEqualTo(new ModelArch.Mla(1536, 512, 64, 128, 128));
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(256, 8, 2048, 1, 2048, 3, 1));
        assertThat(a.isMoeLayer(2)).isFalse();
        assertThat(a.isMoeLayer(3)).isTrue();
        assertThat(a.kvWidthK(0)).isEqualTo(576);
        assertThat(a.maxContext()).isEqualTo(163840);
        // README: 671B main model weights (the 685B on the hub add the 14B multi-token-prediction module).
        assertThat((double) params(a)).isCloseTo(671e9, withPercentage(1));
    }

    @Test
    void gemma3_27b_takesTextConfigAndHfDefaults() {
        ModelArch a = HfConfigReader.read(resource("gemma-3-27b-it.json"));
        assertThat(a.arch()).isEqualTo("gemma3");
        assertThat(a.layers()).isEqualTo(62);
        assertThat(a.heads()).isEqualTo(32);
        assertThat(a.kvHeads()).isEqualTo(16);
        assertThat(a.headDimK()).isEqualTo(128);
        // Omitted in the config: Gemma3TextConfig defaults.
        assertThat(a.vocabSize()).isEqualTo(262_208);
        assertThat(a.maxContext()).isEqualTo(131_072);
        assertThat(a.tiedEmbeddings()).isTrue();
        assertThat(a.qkNorm()).isTrue();
        assertThat(a.postNorms()).isTrue();
        assertThat(a.slidingWindow()).isEqualTo(new ModelArch.SlidingWindow(1024, 6, false));
        assertThat(a.isSlidingLayer(4)).isTrue();
        assertThat(a.isSlidingLayer(5)).isFalse();
        // Gemma 3 technical report, table 1: 27B = 1,416M embedding + 25,600M non-embedding parameters
        // (plus the 417M vision encoder, which llama.cpp keeps in a separate mmproj file).
        assertThat((double) params(a)).isCloseTo(27.016e9, withPercentage(1));
    }

    @Test
    void phi35mini() {
        ModelArch a = HfConfigReader.read(resource("phi-3.5-mini-instruct.json"));
        assertThat(a.arch()).isEqualTo("phi3");
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.FUSED_QKV);
        assertThat(a.slidingWindow()).isNull();
        assertThat(TensorTable.layout(a)).extracting(Tensor::name).contains("blk.0.attn_qkv.weight");
        // Model card: 3.8B parameters.
        assertThat((double) params(a)).isCloseTo(3.82e9, withPercentage(1));
    }

    @Test
    void mistralAndMixtralAreLlamaWithoutWindow() {
        ModelArch mistral = json("""
                {"model_type": "mistral", "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 32000,
                 "max_position_embeddings": 32768, "sliding_window": 4096}""");
        assertThat(mistral.arch()).isEqualTo("llama");
        assertThat(mistral.slidingWindow()).isNull();
        ModelArch mixtral = json("""
                {"model_type": "mixtral", "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 32000,
                 "max_position_embeddings": 32768, "num_local_experts": 8, "num_experts_per_tok": 2}""");
        assertThat(mixtral.arch()).isEqualTo("llama");
        assertThat(mixtral.moe()).isEqualTo(new ModelArch.Moe(8, 2, 14336, 0, 0, 0, 1));
        // Mixtral 8x7B: 46.7B parameters.
        assertThat((double) params(mixtral)).isCloseTo(46.7e9, withPercentage(1));
    }

    @Test
    void explicitHeadDimAndUnknownWrappers() {
        // Mistral Nemo: head_dim 128 although hidden/heads is 160; Mistral 7B v0.3 writes "head_dim": null.
        String nemo = """
                {"model_type": "mistral", "hidden_size": 5120, "intermediate_size": 14336, "num_hidden_layers": 40,
                 "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": %s, "vocab_size": 131072,
                 "max_position_embeddings": 1024000}""";
        assertThat(json(nemo.formatted("128")).headDimK()).isEqualTo(128);
        assertThat(json(nemo.formatted("null")).headDimK()).isEqualTo(160);
        // Mistral Small 3.1 wraps a "mistral" text model in "mistral3".
        ModelArch wrapped = json("""
                {"model_type": "mistral3", "text_config": {"model_type": "mistral", "hidden_size": 5120,
                 "intermediate_size": 32768, "num_hidden_layers": 40, "num_attention_heads": 32,
                 "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 131072, "max_position_embeddings": 131072}}""");
        assertThat(wrapped.arch()).isEqualTo("llama");
        assertThat(wrapped.layers()).isEqualTo(40);
    }

    @Test
    void qwen2HasQkvBiasAndSmallOnesTie() {
        ModelArch a = json("""
                {"model_type": "qwen2", "hidden_size": 896, "intermediate_size": 4864, "num_hidden_layers": 24,
                 "num_attention_heads": 14, "num_key_value_heads": 2, "vocab_size": 151936,
                 "max_position_embeddings": 32768, "tie_word_embeddings": true, "sliding_window": 32768,
                 "use_sliding_window": false}""");
        assertThat(a.arch()).isEqualTo("qwen2");
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat(a.tiedEmbeddings()).isTrue();
        // Qwen2.5-0.5B: 0.49B parameters.
        assertThat((double) params(a)).isCloseTo(0.494e9, withPercentage(1));
    }

    @Test
    void qwen2MoeSharedExpert() {
        ModelArch a = json("""
                {"model_type": "qwen2_moe", "hidden_size": 2048, "intermediate_size": 5632, "num_hidden_layers": 24,
                 "num_attention_heads": 16, "num_key_value_heads": 16, "vocab_size": 151936,
                 "max_position_embeddings": 8192, "num_experts": 60, "num_experts_per_tok": 4,
                 "moe_intermediate_size": 1408, "shared_expert_intermediate_size": 5632, "decoder_sparse_step": 1}""");
        assertThat(a.arch()).isEqualTo("qwen2moe");
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(60, 4, 1408, 1, 5632, 0, 1));
        // Qwen1.5-MoE-A2.7B: 14.3B parameters.
        assertThat((double) params(a)).isCloseTo(14.3e9, withPercentage(1.5));
    }

    @Test
    void gemma2AlternatesWindow() {
        ModelArch a = json("""
                {"model_type": "gemma2", "hidden_size": 3584, "intermediate_size": 14336, "num_hidden_layers": 42,
                 "num_attention_heads": 16, "num_key_value_heads": 8, "head_dim": 256, "vocab_size": 256000,
                 "max_position_embeddings": 8192, "sliding_window": 4096}""");
        assertThat(a.arch()).isEqualTo("gemma2");
        assertThat(a.tiedEmbeddings()).isTrue();
        assertThat(a.postNorms()).isTrue();
        assertThat(a.slidingWindow()).isEqualTo(new ModelArch.SlidingWindow(4096, 2, false));
        assertThat(a.isSlidingLayer(0)).isTrue();
        assertThat(a.isSlidingLayer(1)).isFalse();
        // Gemma 2 9B: 9.24B parameters.
        assertThat((double) params(a)).isCloseTo(9.24e9, withPercentage(1));
    }

    @Test
    void starcoder2IsPlainWithAllBiases() {
        ModelArch a = json("""
                {"model_type": "starcoder2", "hidden_size": 3072, "intermediate_size": 12288, "num_hidden_layers": 30,
                 "num_attention_heads": 24, "num_key_value_heads": 2, "vocab_size": 49152,
                 "max_position_embeddings": 16384, "sliding_window": 4096, "use_bias": true}""");
        assertThat(a.arch()).isEqualTo("starcoder2");
        assertThat(a.feedForward()).isEqualTo(ModelArch.FeedForward.PLAIN);
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.ALL);
        assertThat(a.tiedEmbeddings()).isTrue();
        assertThat(a.slidingWindow()).isNull();
        // StarCoder2-3B: 3.03B parameters.
        assertThat((double) params(a)).isCloseTo(3.03e9, withPercentage(1));
    }

    @Test
    void deepseekV2LiteHasNoQCompression() {
        ModelArch a = json("""
                {"model_type": "deepseek_v2", "hidden_size": 2048, "intermediate_size": 10944, "num_hidden_layers": 27,
                 "num_attention_heads": 16, "num_key_value_heads": 16, "vocab_size": 102400,
                 "max_position_embeddings": 163840, "q_lora_rank": null, "kv_lora_rank": 512,
                 "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "v_head_dim": 128, "n_routed_experts": 64,
                 "num_experts_per_tok": 6, "moe_intermediate_size": 1408, "n_shared_experts": 2,
                 "first_k_dense_replace": 1, "moe_layer_freq": 1}""");
        assertThat(a.mla().qLoraRank()).isZero();
        assertThat(a.moe().sharedExperts()).isEqualTo(2);
        // DeepSeek-V2-Lite: 15.7B parameters.
        assertThat((double) params(a)).isCloseTo(15.7e9, withPercentage(1.5));
    }

    @Test
    void llama4ScoutAndMaverick() {
        String common = """
                "model_type": "llama4", "text_config": {"model_type": "llama4_text", "hidden_size": 5120,
                 "intermediate_size": 8192, "intermediate_size_mlp": 16384, "num_hidden_layers": 48,
                 "num_attention_heads": 40, "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 202048,
                 "max_position_embeddings": 10485760, "num_experts_per_tok": 1, "attention_chunk_size": 8192,""";
        ModelArch scout = json("{" + common + "\"num_local_experts\": 16, \"interleave_moe_layer_step\": 1}}");
        assertThat(scout.arch()).isEqualTo("llama4");
        assertThat(scout.moe()).isEqualTo(new ModelArch.Moe(16, 1, 8192, 1, 8192, 0, 1));
        assertThat(scout.slidingWindow()).isEqualTo(new ModelArch.SlidingWindow(8192, 4, true));
        assertThat(scout.isSlidingLayer(3)).isFalse();
        // Llama 4 Scout: 109B total parameters (language model about 107.8B).
        assertThat((double) params(scout)).isCloseTo(107.8e9, withPercentage(1.5));
        ModelArch maverick = json("{" + common.replace("\"max_position_embeddings\": 10485760", "\"max_position_embeddings\": 1048576")
                + "\"num_local_experts\": 128, \"interleave_moe_layer_step\": 2}}");
        assertThat(maverick.isMoeLayer(0)).isFalse();
        assertThat(maverick.isMoeLayer(1)).isTrue();
        assertThat(maverick.ffnSize()).isEqualTo(16384);
        // Llama 4 Maverick: 400B total parameters (about 2B of them in the vision tower).
        assertThat((double) params(maverick)).isCloseTo(398e9, withPercentage(1.5));
    }

    @Test
    void gptOss20b() {
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < 24; i++) types.append(i > 0 ? "," : "").append(i % 2 == 0 ? "\"sliding_attention\"" : "\"full_attention\"");
        ModelArch a = json("""
                {"model_type": "gpt_oss", "hidden_size": 2880, "intermediate_size": 2880, "num_hidden_layers": 24,
                 "num_attention_heads": 64, "num_key_value_heads": 8, "head_dim": 64, "vocab_size": 201088,
                 "max_position_embeddings": 131072, "num_local_experts": 32, "num_experts_per_tok": 4,
                 "sliding_window": 128, "attention_bias": true, "tie_word_embeddings": false, "layer_types": [%s]}"""
                .formatted(types));
        assertThat(a.arch()).isEqualTo("gpt-oss");
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat(a.slidingWindow()).isEqualTo(new ModelArch.SlidingWindow(128, 2, false));
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(32, 4, 2880, 0, 0, 0, 1));
        // gpt-oss-20b: 20.9B parameters (model card, 21B).
        assertThat((double) params(a)).isCloseTo(20.9e9, withPercentage(1.5));
    }

    @Test
    void badValuesNameTheField() {
        String base = """
                {"model_type": "llama", "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": %s,
                 "num_attention_heads": %s, "num_key_value_heads": 8, "vocab_size": 128256,
                 "max_position_embeddings": 8192}""";
        assertThatThrownBy(() -> json(base.formatted("0", "32"))).isInstanceOf(InputError.class)
                .hasMessageContaining("num_hidden_layers").hasMessageContaining("positive");
        assertThatThrownBy(() -> json(base.formatted("-3", "32"))).isInstanceOf(InputError.class)
                .hasMessageContaining("num_hidden_layers");
        assertThatThrownBy(() -> json(base.formatted("\"32\"", "32"))).isInstanceOf(InputError.class)
                .hasMessageContaining("num_hidden_layers").hasMessageContaining("whole number");
        assertThatThrownBy(() -> json(base.formatted("32", "30"))).isInstanceOf(InputError.class)
                .hasMessageContaining("num_key_value_heads");
        assertThatThrownBy(() -> json(base.formatted("32", "12"))).isInstanceOf(InputError.class)
                .hasMessageContaining("num_key_value_heads");
        assertThatThrownBy(() -> json("{\"model_type\": \"llama\", \"hidden_size\": 4096}")).isInstanceOf(InputError.class)
                .hasMessageContaining("is missing");
        assertThatThrownBy(() -> json("{\"model_type\": \"mamba\", \"d_model\": 768}")).isInstanceOf(InputError.class)
                .hasMessageContaining("mamba").hasMessageContaining("not supported");
        assertThatThrownBy(() -> json("[1, 2]")).isInstanceOf(InputError.class);
    }

    @Test
    void headsMustDivideHiddenWithoutHeadDim() {
        assertThatThrownBy(() -> json("""
                {"model_type": "qwen3", "hidden_size": 1000, "intermediate_size": 3000, "num_hidden_layers": 2,
                 "num_attention_heads": 16, "num_key_value_heads": 8, "vocab_size": 1000,
                 "max_position_embeddings": 4096}""")).isInstanceOf(InputError.class)
                .hasMessageContaining("hidden_size").hasMessageContaining("head_dim");
    }

    @Test
    void unknownTypeWithUsableFieldsIsSizedAsLlamaLike() {
        ModelArch a = json("""
                {"model_type": "olmo2", "hidden_size": 4096, "intermediate_size": 11008, "num_hidden_layers": 32,
                 "num_attention_heads": 32, "vocab_size": 100352, "max_position_embeddings": 4096}""");
        assertThat(a.arch()).isEqualTo("olmo2");
        assertThat(a.kvHeads()).isEqualTo(32);
    }

    @Test
    void malformedFileGivesLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("config.json");
        Files.writeString(f, "{\n  \"model_type\": \"llama\",\n  \"hidden_size\": 4096,,\n}");
        assertThatThrownBy(() -> HfConfigReader.read(f)).isInstanceOf(InputError.class)
                .hasMessageContaining("config.json is not valid JSON: line 3, column");
        assertThatThrownBy(() -> HfConfigReader.read(dir.resolve("absent.json"))).isInstanceOf(InputError.class)
                .hasMessageContaining("absent.json");
    }

    @Test
    void gemma3TextStandaloneUsesDefaultsToo() {
        JsonNode n = JSON.createObjectNode().put("model_type", "gemma3_text").put("num_hidden_layers", 26)
                .put("hidden_size", 1152).put("intermediate_size", 6912).put("num_attention_heads", 4)
                .put("num_key_value_heads", 1).put("vocab_size", 262144).put("max_position_embeddings", 32768)
                .put("sliding_window", 512);
        ModelArch a = HfConfigReader.read(n);
        assertThat(a.headDimK()).isEqualTo(256);
        assertThat(a.slidingWindow().pattern()).isEqualTo(6);
        // Gemma 3 1B: 1.0B parameters.
        assertThat((double) params(a)).isCloseTo(1.0e9, within(0.01e9));
    }

    @Test
    void chatglm3UsesGlmKeysAndFusedQkv() {
        // THUDM/chatglm3-6b config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "chatglm", "architectures": ["ChatGLMModel"], "num_layers": 28, "hidden_size": 4096,
                 "ffn_hidden_size": 13696, "kv_channels": 128, "num_attention_heads": 32, "multi_query_attention": true,
                 "multi_query_group_num": 2, "padded_vocab_size": 65024, "vocab_size": 65024, "seq_length": 8192,
                 "add_bias_linear": false, "add_qkv_bias": true, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("chatglm");
        assertThat(a.layers()).isEqualTo(28);
        assertThat(a.kvHeads()).isEqualTo(2);
        assertThat(a.headDimK()).isEqualTo(128);
        assertThat(a.ffnSize()).isEqualTo(13696);
        assertThat(a.maxContext()).isEqualTo(8192);
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.FUSED_QKV);
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat(a.tiedEmbeddings()).isFalse();
        assertThat(TensorTable.layout(a)).extracting(Tensor::name).contains("blk.0.attn_qkv.weight", "blk.0.attn_qkv.bias");
        // 4096 + 2 x 2 x 128 = 4608 rows of fused QKV.
        assertThat(TensorTable.layout(a).stream().filter(t -> t.name().equals("blk.0.attn_qkv.weight")).findFirst()
                .orElseThrow().elements()).isEqualTo(4096L * 4608);
        // ChatGLM2/3-6B: 6.24B parameters.
        assertThat((double) params(a)).isCloseTo(6.24e9, withPercentage(1));
    }

    @Test
    void chatglmDefaultsAndGlm4_9b() {
        // Without multi_query_attention every head has its own K and V; kv_channels defaults to hidden / heads;
        // padded_vocab_size falls back to vocab_size.
        ModelArch mha = json("""
                {"model_type": "chatglm", "num_layers": 2, "hidden_size": 1024, "ffn_hidden_size": 2048,
                 "num_attention_heads": 16, "vocab_size": 1000, "seq_length": 2048}""");
        assertThat(mha.kvHeads()).isEqualTo(16);
        assertThat(mha.headDimK()).isEqualTo(64);
        assertThat(mha.vocabSize()).isEqualTo(1000);
        assertThat(mha.bias()).isEqualTo(ModelArch.Bias.NONE);
        // THUDM/glm-4-9b-chat: the same layout with 40 layers and a 151,552-token vocabulary; card: 9.4B.
        ModelArch glm4 = json("""
                {"model_type": "chatglm", "num_layers": 40, "hidden_size": 4096, "ffn_hidden_size": 13696,
                 "kv_channels": 128, "num_attention_heads": 32, "multi_query_attention": true, "multi_query_group_num": 2,
                 "padded_vocab_size": 151552, "seq_length": 131072, "add_qkv_bias": true, "tie_word_embeddings": false}""");
        assertThat(glm4.maxContext()).isEqualTo(131072);
        assertThat((double) params(glm4)).isCloseTo(9.40e9, withPercentage(1));
    }

    @Test
    void chatglm6bV1IsAPlainGlmBlock() {
        // THUDM/chatglm-6b (v1) config.json: none of the v2 keys.
        ModelArch a = json("""
                {"model_type": "chatglm", "architectures": ["ChatGLMModel"], "hidden_size": 4096, "inner_hidden_size": 16384,
                 "num_layers": 28, "num_attention_heads": 32, "vocab_size": 130528, "max_sequence_length": 2048,
                 "position_encoding_2d": true}""");
        assertThat(a.arch()).isEqualTo("chatglm-6b");
        assertThat(a.feedForward()).isEqualTo(ModelArch.FeedForward.PLAIN);
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.ALL);
        assertThat(a.kvHeads()).isEqualTo(32);
        assertThat(a.tiedEmbeddings()).isTrue();
        assertThat(a.maxContext()).isEqualTo(2048);
        // Card: 6.2B parameters.
        assertThat((double) params(a)).isCloseTo(6.2e9, withPercentage(1));
    }

    @Test
    void qwen1HalvesIntermediateSizeAndFusesQkv() {
        // Qwen/Qwen-7B-Chat config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "qwen", "architectures": ["QWenLMHeadModel"], "hidden_size": 4096, "intermediate_size": 22016,
                 "num_hidden_layers": 32, "num_attention_heads": 32, "kv_channels": 128, "vocab_size": 151936,
                 "max_position_embeddings": 32768, "seq_length": 8192, "no_bias": true, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("qwen");
        assertThat(a.ffnSize()).isEqualTo(11008);
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.FUSED_QKV);
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat(a.kvHeads()).isEqualTo(32);
        assertThat(a.maxContext()).isEqualTo(32768);
        // Qwen-7B: 7.72B parameters.
        assertThat((double) params(a)).isCloseTo(7.72e9, withPercentage(1));
        // Without max_position_embeddings the context is seq_length; kv_channels defaults to hidden / heads.
        ModelArch small = json("""
                {"model_type": "qwen", "hidden_size": 2048, "intermediate_size": 11008, "num_hidden_layers": 24,
                 "num_attention_heads": 16, "vocab_size": 151936, "seq_length": 8192}""");
        assertThat(small.maxContext()).isEqualTo(8192);
        assertThat(small.headDimK()).isEqualTo(128);
        assertThat((double) params(small)).isCloseTo(1.84e9, withPercentage(1));
    }

    @Test
    void baichuan7bUsesRopeAnd13bOnlyModelMaxLength() {
        ModelArch b7 = json("""
                {"model_type": "baichuan", "architectures": ["BaichuanForCausalLM"], "hidden_size": 4096,
                 "intermediate_size": 11008, "num_hidden_layers": 32, "num_attention_heads": 32, "vocab_size": 125696,
                 "max_position_embeddings": 4096, "model_max_length": 4096, "tie_word_embeddings": false}""");
        assertThat(b7.arch()).isEqualTo("baichuan");
        assertThat(b7.attention()).isEqualTo(ModelArch.Attention.SEPARATE_QKV);
        assertThat(b7.bias()).isEqualTo(ModelArch.Bias.NONE);
        // Baichuan2-7B: 7.5B parameters.
        assertThat((double) params(b7)).isCloseTo(7.51e9, withPercentage(1));
        // The 13B models use ALiBi: no max_position_embeddings, only model_max_length.
        ModelArch b13 = json("""
                {"model_type": "baichuan", "architectures": ["BaichuanForCausalLM"], "hidden_size": 5120,
                 "intermediate_size": 13696, "num_hidden_layers": 40, "num_attention_heads": 40, "vocab_size": 125696,
                 "model_max_length": 4096, "tie_word_embeddings": false}""");
        assertThat(b13.maxContext()).isEqualTo(4096);
        // Baichuan2-13B: 13.9B parameters.
        assertThat((double) params(b13)).isCloseTo(13.9e9, withPercentage(1));
        assertThatThrownBy(() -> json("""
                {"model_type": "baichuan", "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
                 "num_attention_heads": 4, "vocab_size": 100}""")).isInstanceOf(InputError.class)
                .hasMessageContaining("model_max_length");
    }

    @Test
    void internlm2And3() {
        // internlm/internlm2_5-7b-chat config.json: GQA behind a fused wqkv that llama.cpp splits.
        ModelArch a = json("""
                {"model_type": "internlm2", "architectures": ["InternLM2ForCausalLM"], "hidden_size": 4096,
                 "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
                 "vocab_size": 92544, "max_position_embeddings": 32768, "bias": false, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("internlm2");
        assertThat(a.kvHeads()).isEqualTo(8);
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.NONE);
        // InternLM2.5-7B: 7.74B parameters.
        assertThat((double) params(a)).isCloseTo(7.74e9, withPercentage(1));
        // internlm/internlm3-8b-instruct config.json: llama layout with head_dim 128 and 2 KV heads.
        ModelArch b = json("""
                {"model_type": "internlm3", "architectures": ["InternLM3ForCausalLM"], "hidden_size": 4096,
                 "intermediate_size": 10240, "num_hidden_layers": 48, "num_attention_heads": 32, "num_key_value_heads": 2,
                 "head_dim": 128, "vocab_size": 128512, "max_position_embeddings": 32768, "bias": false,
                 "qkv_bias": false, "tie_word_embeddings": false}""");
        assertThat(b.arch()).isEqualTo("llama");
        assertThat(b.bias()).isEqualTo(ModelArch.Bias.NONE);
        assertThat((double) params(b)).isCloseTo(8.80e9, withPercentage(1));
    }

    @Test
    void glm4_0414HasPostNormsAndQkvBias() {
        // THUDM/GLM-4-32B-0414 config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "glm4", "architectures": ["Glm4ForCausalLM"], "hidden_size": 6144, "intermediate_size": 23040,
                 "num_hidden_layers": 61, "num_attention_heads": 48, "num_key_value_heads": 2, "head_dim": 128,
                 "vocab_size": 151552, "max_position_embeddings": 32768, "attention_bias": true,
                 "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("glm4");
        assertThat(a.postNorms()).isTrue();
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat(a.kvWidthK(0)).isEqualTo(256);
        // Card: 32B parameters.
        assertThat((double) params(a)).isCloseTo(32.6e9, withPercentage(1));
    }

    @Test
    void glm45AirMoe() {
        // zai-org/GLM-4.5-Air config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "glm4_moe", "architectures": ["Glm4MoeForCausalLM"], "hidden_size": 4096,
                 "intermediate_size": 10944, "moe_intermediate_size": 1408, "num_hidden_layers": 46,
                 "num_attention_heads": 96, "num_key_value_heads": 8, "head_dim": 128, "n_routed_experts": 128,
                 "n_shared_experts": 1, "num_experts_per_tok": 8, "first_k_dense_replace": 1, "vocab_size": 151552,
                 "max_position_embeddings": 131072, "attention_bias": true, "use_qk_norm": false,
                 "num_nextn_predict_layers": 1, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("glm4moe");
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(128, 8, 1408, 1, 1408, 1, 1));
        assertThat(a.isMoeLayer(0)).isFalse();
        assertThat(a.isMoeLayer(1)).isTrue();
        assertThat(a.ffnSize()).isEqualTo(10944);
        assertThat(a.qkNorm()).isFalse();
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat(a.kvWidthK(0)).isEqualTo(1024);
        // Card: 106B total (the multi-token-prediction layer is not part of the decoder).
        assertThat((double) params(a)).isCloseTo(106e9, withPercentage(1.5));
    }

    @Test
    void kimiK2IsDeepseekV3Shaped() {
        // moonshotai/Kimi-K2-Instruct config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "kimi_k2", "architectures": ["DeepseekV3ForCausalLM"], "hidden_size": 7168,
                 "intermediate_size": 18432, "moe_intermediate_size": 2048, "num_hidden_layers": 61,
                 "num_attention_heads": 64, "num_key_value_heads": 64, "n_routed_experts": 384, "n_shared_experts": 1,
                 "num_experts_per_tok": 8, "first_k_dense_replace": 1, "moe_layer_freq": 1, "kv_lora_rank": 512,
                 "q_lora_rank": 1536, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128,
                 "vocab_size": 163840, "max_position_embeddings": 131072, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("deepseek2");
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.MLA);
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(384, 8, 2048, 1, 2048, 1, 1));
        assertThat(a.kvWidthK(0)).isEqualTo(576);
        // Card: 1T total parameters (about 1.03T by the layout).
        assertThat((double) params(a)).isCloseTo(1.026e12, withPercentage(1));
    }

    @Test
    void minimaxM2() {
        // MiniMaxAI/MiniMax-M2 config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "minimax_m2", "architectures": ["MiniMaxM2ForCausalLM"], "hidden_size": 3072,
                 "intermediate_size": 1536, "num_hidden_layers": 62, "num_attention_heads": 48, "num_key_value_heads": 8,
                 "head_dim": 128, "num_local_experts": 256, "num_experts_per_tok": 8, "vocab_size": 200064,
                 "max_position_embeddings": 196608, "use_qk_norm": true, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("minimax-m2");
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(256, 8, 1536, 0, 0, 0, 1));
        assertThat(a.qkNorm()).isTrue();
        assertThat(a.slidingWindow()).isNull();
        // Card: 230B total.
        assertThat((double) params(a)).isCloseTo(230e9, withPercentage(1.5));
    }

    @Test
    void internlmV1IsLlamaShaped() {
        // internlm/internlm-20b config.json (memory-relevant keys): full multi-head attention, no biases.
        ModelArch a = json("""
                {"model_type": "internlm", "architectures": ["InternLMForCausalLM"], "hidden_size": 5120,
                 "intermediate_size": 13824, "num_hidden_layers": 60, "num_attention_heads": 40, "num_key_value_heads": 40,
                 "vocab_size": 103168, "max_position_embeddings": 4096, "bias": false, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("llama");
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.NONE);
        assertThat(a.kvWidthK(0)).isEqualTo(5120);
        // Card: 20B.
        assertThat((double) params(a)).isCloseTo(20.09e9, withPercentage(1));
    }

    @Test
    void glm5IsMlaMoe() {
        // zai-org/GLM-5 (transformers GlmMoeDsaConfig defaults, memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "glm_moe_dsa", "architectures": ["GlmMoeDsaForCausalLM"], "hidden_size": 6144,
                 "intermediate_size": 12288, "moe_intermediate_size": 2048, "num_hidden_layers": 78,
                 "num_attention_heads": 64, "num_key_value_heads": 64, "n_routed_experts": 256, "n_shared_experts": 1,
                 "num_experts_per_tok": 8, "first_k_dense_replace": 3, "kv_lora_rank": 512, "q_lora_rank": 2048,
                 "qk_rope_head_dim": 64, "qk_nope_head_dim": 192, "v_head_dim": 256, "vocab_size": 154880,
                 "max_position_embeddings": 202752, "tie_word_embeddings": false}""");
        assertThat(a.arch()).isEqualTo("deepseek2");
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.MLA);
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(256, 8, 2048, 1, 2048, 3, 1));
        assertThat(a.kvWidthK(0)).isEqualTo(576);
        // Repository: 744B total (the indexer and the multi-token-prediction layer are not counted).
        assertThat((double) params(a)).isCloseTo(744e9, withPercentage(1.5));
    }

    @Test
    void glm45vTakesItsLanguageModelFromTextConfig() {
        // zai-org/GLM-4.5V (transformers Glm4vMoeConfig defaults): GLM-4.5-Air's decoder under text_config.
        ModelArch a = json("""
                {"model_type": "glm4v_moe", "architectures": ["Glm4vMoeForConditionalGeneration"],
                 "tie_word_embeddings": false, "vision_config": {"model_type": "glm4v_moe", "depth": 24},
                 "text_config": {"model_type": "glm4v_moe_text", "hidden_size": 4096, "intermediate_size": 10944,
                   "moe_intermediate_size": 1408, "num_hidden_layers": 46, "num_attention_heads": 96,
                   "num_key_value_heads": 8, "head_dim": 128, "n_routed_experts": 128, "n_shared_experts": 1,
                   "num_experts_per_tok": 8, "first_k_dense_replace": 1, "vocab_size": 151424,
                   "max_position_embeddings": 65536, "attention_bias": true}}""");
        assertThat(a.arch()).isEqualTo("glm4moe");
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(128, 8, 1408, 1, 1408, 1, 1));
        assertThat(a.bias()).isEqualTo(ModelArch.Bias.QKV);
        assertThat((double) params(a)).isCloseTo(106e9, withPercentage(1.5));
    }

    @Test
    void qwen3VlTakesQwen3LanguageModelsFromTextConfig() {
        // Qwen/Qwen3-VL-8B-Instruct config.json (memory-relevant keys): Qwen3-8B's shapes, 256K positions.
        ModelArch dense = json("""
                {"model_type": "qwen3_vl", "architectures": ["Qwen3VLForConditionalGeneration"], "tie_word_embeddings": false,
                 "vision_config": {"depth": 27, "hidden_size": 1152},
                 "text_config": {"model_type": "qwen3_vl_text", "hidden_size": 4096, "intermediate_size": 12288,
                   "num_hidden_layers": 36, "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 128,
                   "vocab_size": 151936, "max_position_embeddings": 262144, "attention_bias": false}}""");
        assertThat(dense.arch()).isEqualTo("qwen3");
        assertThat(dense.qkNorm()).isTrue();
        assertThat(dense.maxContext()).isEqualTo(262144);
        assertThat((double) params(dense)).isCloseTo(8.19e9, withPercentage(1));
        // Qwen/Qwen3-VL-30B-A3B-Instruct: Qwen3-30B-A3B's experts.
        ModelArch moe = json("""
                {"model_type": "qwen3_vl_moe", "architectures": ["Qwen3VLMoeForConditionalGeneration"], "tie_word_embeddings": false,
                 "text_config": {"model_type": "qwen3_vl_moe_text", "hidden_size": 2048, "intermediate_size": 6144,
                   "moe_intermediate_size": 768, "num_hidden_layers": 48, "num_attention_heads": 32, "num_key_value_heads": 4,
                   "head_dim": 128, "num_experts": 128, "num_experts_per_tok": 8, "decoder_sparse_step": 1,
                   "mlp_only_layers": [], "vocab_size": 151936, "max_position_embeddings": 262144}}""");
        assertThat(moe.arch()).isEqualTo("qwen3moe");
        assertThat(moe.moe()).isEqualTo(new ModelArch.Moe(128, 8, 768, 0, 0, 0, 1));
        assertThat((double) params(moe)).isCloseTo(30.5e9, withPercentage(1));
    }

    @Test
    void glm47FlashIsMlaMoeWithoutIndexer() {
        // zai-org/GLM-4.7-Flash config.json (memory-relevant keys).
        ModelArch a = json("""
                {"model_type": "glm4_moe_lite", "architectures": ["Glm4MoeLiteForCausalLM"], "hidden_size": 2048,
                 "intermediate_size": 10240, "moe_intermediate_size": 1536, "num_hidden_layers": 47,
                 "num_attention_heads": 20, "num_key_value_heads": 20, "n_routed_experts": 64, "n_shared_experts": 1,
                 "num_experts_per_tok": 4, "first_k_dense_replace": 1, "kv_lora_rank": 512, "q_lora_rank": 768,
                 "qk_rope_head_dim": 64, "qk_nope_head_dim": 192, "v_head_dim": 256, "vocab_size": 154880,
                 "max_position_embeddings": 202752, "tie_word_embeddings": false}""");
        assertThat(a.attention()).isEqualTo(ModelArch.Attention.MLA);
        assertThat(a.moe()).isEqualTo(new ModelArch.Moe(64, 4, 1536, 1, 1536, 1, 1));
        assertThat(a.kvWidthK(0)).isEqualTo(576);
        // Card: 30B-A3B.
        assertThat((double) params(a)).isCloseTo(30e9, withPercentage(1.5));
    }
}
