package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.Locale;
import java.util.Optional;

/**
 * The inference engine a person runs or names. Sizing and commands differ per engine: the llama.cpp family
 * (llama.cpp, Ollama, LM Studio) loads GGUF files layer by layer and can keep layers in RAM; vLLM and SGLang
 * reserve a fixed share of GPU memory and fill what is left with KV-cache blocks; transformers loads
 * safetensors in 16-bit (or bitsandbytes 8/4-bit); MLX runs on Apple's unified memory; KTransformers keeps
 * MoE experts in RAM with attention on the GPU.
 */
public enum Engine {
    LLAMA_CPP("llama.cpp", "llama.cpp"),
    OLLAMA("ollama", "Ollama"),
    LM_STUDIO("lm-studio", "LM Studio"),
    VLLM("vllm", "vLLM"),
    SGLANG("sglang", "SGLang"),
    TGI("tgi", "TGI"),
    TRANSFORMERS("transformers", "transformers"),
    MLX("mlx", "MLX"),
    KTRANSFORMERS("ktransformers", "KTransformers"),
    EXLLAMA("exllama", "ExLlama"),
    OTHER("other", "another engine");

    private final String id;
    private final String display;

    Engine(String id, String display) {
        this.id = id;
        this.display = display;
    }

    /** The name used in JSON and scenario files: "llama.cpp", "lm-studio", "vllm". */
    public String id() { return id; }

    public String display() { return display; }

    /** The name in the person's language: only "another engine" is words rather than a program's name. */
    public String display(Lang lang) { return this == OTHER && lang == Lang.ZH ? "其他推理引擎" : display; }

    /** Engines that run GGUF files through llama.cpp and can split layers between GPU and RAM. */
    public boolean runsGguf() { return this == LLAMA_CPP || this == OLLAMA || this == LM_STUDIO; }

    /**
     * Loads a model's weights as the repository publishes them (bf16/fp16 safetensors) unless told to quantize: the
     * format it runs when none is named. GGUF engines pull a quantized file by default (Ollama's tags are Q4_K_M).
     */
    public boolean loadsPublishedWeights() { return this == TRANSFORMERS || this == VLLM || this == SGLANG || this == TGI; }

    /**
     * Places the layers itself: Ollama counts how many fit the GPU from its own memory estimate and runs the rest from
     * system RAM (its num_gpu option), so a model larger than the GPU memory runs there with part of it in RAM, and an
     * out-of-memory while loading it is that estimate running short (fewer GPU layers fix it), not the hardware's limit.
     */
    public boolean placesLayersItself() { return this == OLLAMA; }

    /**
     * Engines that hold the whole model in GPU memory and put no layers in system RAM: vLLM, SGLang and TGI (vLLM
     * moves weights to RAM only when told to with --cpu-offload-gb), MLX (everything in Apple's unified memory) and
     * ExLlama (no CPU offload). What runs on them runs on the GPU; what does not fit does not run.
     */
    public boolean keepsModelOnGpu() { return this == VLLM || this == SGLANG || this == TGI || this == MLX || this == EXLLAMA; }

    /**
     * The engine a format llama.cpp does not load is sized on when the person names none (FP8, AWQ, GPTQ, bitsandbytes,
     * NVFP4 on vLLM; MLX's own formats on MLX; EXL2/EXL3 on ExLlama); null for a GGUF format, which llama.cpp and Ollama load.
     */
    public static Engine servingFormat(WeightFormat f) {
        if (f == null || f.isGguf()) return null;
        return switch (f.engine()) {
            case MLX -> MLX;
            case EXLLAMA -> EXLLAMA;
            default -> VLLM;
        };
    }

    public static Optional<Engine> ofId(String id) {
        if (id == null) return Optional.empty();
        String k = id.trim().toLowerCase(Locale.ROOT);
        for (Engine e : values()) if (e.id.equals(k) || e.name().equalsIgnoreCase(k)) return Optional.of(e);
        return Optional.empty();
    }
}
