package dev.llmadvisor.sizing;

/** Architectures of published models, from their config.json (URLs in each comment). */
final class Archs {
    private Archs() { }

    /** https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json */
    static ModelArch llama3_8b() {
        return ModelArch.builder("llama").layers(32).hidden(4096).heads(32).kvHeads(8).ffn(14336)
                .vocab(128256).maxContext(8192).build();
    }

    /** https://huggingface.co/meta-llama/Meta-Llama-3-70B/blob/main/config.json */
    static ModelArch llama3_70b() {
        return ModelArch.builder("llama").layers(80).hidden(8192).heads(64).kvHeads(8).ffn(28672)
                .vocab(128256).maxContext(8192).build();
    }

    /** https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json */
    static ModelArch qwen3_30b_a3b() {
        return ModelArch.builder("qwen3moe").layers(48).hidden(2048).heads(32).kvHeads(4).headDim(128, 128)
                .ffn(6144).vocab(151936).qkNorm(true).maxContext(40960)
                .moe(new ModelArch.Moe(128, 8, 768, 0, 0, 0, 1)).build();
    }

    /** https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json (text_config) */
    static ModelArch gemma3_12b() {
        return ModelArch.builder("gemma3").layers(48).hidden(3840).heads(16).kvHeads(8).headDim(256, 256)
                .ffn(15360).vocab(262208).tied(true).qkNorm(true).postNorms(true).maxContext(131072)
                .slidingWindow(new ModelArch.SlidingWindow(1024, 6, false)).build();
    }

    /** https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json */
    static ModelArch deepseekV3() {
        return ModelArch.builder("deepseek2").layers(61).hidden(7168).heads(128).kvHeads(128).headDim(192, 128)
                .ffn(18432).vocab(129280).maxContext(163840)
                .mla(new ModelArch.Mla(1536, 512, 64, 128, 128))
                .moe(new ModelArch.Moe(256, 8, 2048, 1, 2048, 3, 1)).build();
    }
}
