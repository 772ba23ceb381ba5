package dev.llmadvisor.engine;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelArch.Attention;
import dev.llmadvisor.sizing.ModelArch.Bias;
import dev.llmadvisor.sizing.ModelArch.FeedForward;
import dev.llmadvisor.sizing.ModelArch.Mla;
import dev.llmadvisor.sizing.ModelArch.Moe;
import dev.llmadvisor.sizing.ModelArch.SlidingWindow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real model shapes, taken from the config.json published on Hugging Face for each model (the repository is
 * named at each entry). Used to write zero-weight GGUF files that a real llama.cpp loads.
 */
public final class ModelShapes {

    private ModelShapes() { }

    /** meta-llama/Meta-Llama-3-8B config.json: hidden 4096, 32 layers, 32 heads, 8 KV, ffn 14336, vocab 128256, 8192 ctx. */
    public static ModelArch llama3_8b() {
        return ModelArch.builder("llama").layers(32).hidden(4096).heads(32).kvHeads(8).ffn(14336).vocab(128256)
                .maxContext(8192).build();
    }

    /** Qwen/Qwen2.5-7B config.json: hidden 3584, 28 layers, 28 heads, 4 KV, ffn 18944, vocab 152064, QKV biases. */
    public static ModelArch qwen25_7b() {
        return ModelArch.builder("qwen2").layers(28).hidden(3584).heads(28).kvHeads(4).ffn(18944).vocab(152064)
                .bias(Bias.QKV).maxContext(131072).build();
    }

    /** Qwen/Qwen3-8B config.json: hidden 4096, 36 layers, 32 heads, 8 KV, head_dim 128, ffn 12288, vocab 151936, q/k norms. */
    public static ModelArch qwen3_8b() {
        return ModelArch.builder("qwen3").layers(36).hidden(4096).heads(32).kvHeads(8).headDim(128, 128).ffn(12288)
                .vocab(151936).qkNorm(true).maxContext(40960).build();
    }

    /**
     * google/gemma-3-12b-it config.json (text_config): hidden 3840, 48 layers, 16 heads, 8 KV, head_dim 256,
     * ffn 15360, vocab 262208, sliding_window 1024, sliding_window_pattern 6, tied embeddings, q/k norms and
     * post-attention / post-FFN norms.
     */
    public static ModelArch gemma3_12b() {
        return ModelArch.builder("gemma3").layers(48).hidden(3840).heads(16).kvHeads(8).headDim(256, 256).ffn(15360)
                .vocab(262208).tied(true).qkNorm(true).postNorms(true)
                .slidingWindow(new SlidingWindow(1024, 6, false)).maxContext(131072).build();
    }

    /** microsoft/Phi-3-mini-4k-instruct config.json: hidden 3072, 32 layers, 32 heads (MHA), ffn 8192, vocab 32064, fused qkv. */
    public static ModelArch phi3_mini() {
        return ModelArch.builder("phi3").layers(32).hidden(3072).heads(32).kvHeads(32).ffn(8192).vocab(32064)
                .attention(Attention.FUSED_QKV).maxContext(4096).build();
    }

    /** bigcode/starcoder2-7b config.json: hidden 4608, 32 layers, 36 heads, 4 KV, ffn 18432, vocab 49152, biases, plain GELU FFN. */
    public static ModelArch starcoder2_7b() {
        return ModelArch.builder("starcoder2").layers(32).hidden(4608).heads(36).kvHeads(4).ffn(18432).vocab(49152)
                .feedForward(FeedForward.PLAIN).bias(Bias.ALL).maxContext(16384).build();
    }

    /**
     * Qwen/Qwen3-30B-A3B config.json: hidden 2048, 48 layers, 32 heads, 4 KV, head_dim 128, 128 experts, 8 used,
     * moe_intermediate_size 768, intermediate_size 6144, vocab 151936, q/k norms.
     */
    public static ModelArch qwen3moe_30b_a3b() {
        return ModelArch.builder("qwen3moe").layers(48).hidden(2048).heads(32).kvHeads(4).headDim(128, 128).ffn(6144)
                .vocab(151936).qkNorm(true).moe(new Moe(128, 8, 768, 0, 0, 0, 1)).maxContext(40960).build();
    }

    /**
     * deepseek-ai/DeepSeek-V2-Lite config.json: hidden 2048, 27 layers, 16 heads, q_lora_rank null, kv_lora_rank 512,
     * qk_nope_head_dim 128, qk_rope_head_dim 64, v_head_dim 128, intermediate 10944, moe_intermediate 1408,
     * 64 routed experts, 6 used, 2 shared, first_k_dense_replace 1, vocab 102400, max_position 163840.
     */
    public static ModelArch deepseekV2Lite() {
        return ModelArch.builder("deepseek2").layers(27).hidden(2048).heads(16).kvHeads(16).headDim(192, 128)
                .ffn(10944).vocab(102400).mla(new Mla(0, 512, 64, 128, 128))
                .moe(new Moe(64, 6, 1408, 2, 1408, 1, 1)).maxContext(163840).build();
    }

    /** Small models for long-context calibration. Qwen/Qwen2.5-0.5B config.json: hidden 896, 24 layers, 14 heads, 2 KV, ffn 4864, vocab 151936, tied. */
    public static ModelArch qwen25_05b() {
        return ModelArch.builder("qwen2").layers(24).hidden(896).heads(14).kvHeads(2).ffn(4864).vocab(151936)
                .bias(Bias.QKV).tied(true).maxContext(32768).build();
    }

    /** google/gemma-3-1b-it config.json: hidden 1152, 26 layers, 4 heads, 1 KV, head_dim 256, ffn 6912, vocab 262144, window 512, pattern 6, tied. */
    public static ModelArch gemma3_1b() {
        return ModelArch.builder("gemma3").layers(26).hidden(1152).heads(4).kvHeads(1).headDim(256, 256).ffn(6912)
                .vocab(262144).tied(true).qkNorm(true).postNorms(true)
                .slidingWindow(new SlidingWindow(512, 6, false)).maxContext(32768).build();
    }

    /** meta-llama/Llama-3.2-1B config.json: hidden 2048, 16 layers, 32 heads, 8 KV, head_dim 64, ffn 8192, vocab 128256, tied. */
    public static ModelArch llama32_1b() {
        return ModelArch.builder("llama").layers(16).hidden(2048).heads(32).kvHeads(8).ffn(8192).vocab(128256)
                .tied(true).maxContext(131072).build();
    }

    /** The eight architectures the real-engine test covers, by label. */
    public static Map<String, ModelArch> main() {
        Map<String, ModelArch> m = new LinkedHashMap<>();
        m.put("Llama-3-8B", llama3_8b());
        m.put("Qwen2.5-7B", qwen25_7b());
        m.put("Qwen3-8B", qwen3_8b());
        m.put("Gemma-3-12B", gemma3_12b());
        m.put("Phi-3-mini-4k", phi3_mini());
        m.put("StarCoder2-7B", starcoder2_7b());
        m.put("Qwen3-30B-A3B", qwen3moe_30b_a3b());
        m.put("DeepSeek-V2-Lite", deepseekV2Lite());
        return m;
    }
}
