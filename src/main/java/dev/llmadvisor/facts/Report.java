package dev.llmadvisor.facts;

import java.util.Set;

/**
 * What the person says about a setup they already run: a speed they see, memory they see in use, what goes
 * wrong, and a pasted log. A reported working setup is a fact to improve on, never to contradict.
 *
 * @param tokensPerSecond a speed they observed ("runs at 4 tok/s"), or null
 * @param usedGb          memory they see in use ("it only uses 7GB"), or null; never a capacity
 * @param usedOnGpu       that memory is GPU memory ("uses 20GB of VRAM", 显存占用 15G): the model is loaded on the GPU
 * @param works           they say it runs (possibly slowly)
 * @param fails           they say it does not run ("unable to run", 跑不起来), however it fails
 * @param wholeOnGpu      their code moves the whole model onto a GPU (.cuda(), .to("cuda"), device_map="cuda") with no
 *                        device_map="auto" that could leave layers in RAM
 * @param log             engine output pasted into the question, or null
 */
public record Report(Double tokensPerSecond, Double usedGb, boolean usedOnGpu, Set<Symptom> symptoms, boolean works, boolean fails, boolean wholeOnGpu,
                     String log) {

    /** What goes wrong, as people describe it. */
    public enum Symptom {
        /** "slow", "1 token per second", "卡", "很慢" */
        SLOW,
        /** "out of memory", "OOM", "爆显存", "CUDA error: out of memory" */
        OUT_OF_MEMORY,
        /** "not using my GPU", "runs on CPU", "GPU usage 0%" */
        GPU_NOT_USED,
        /** "only half the VRAM used", "second GPU idle" */
        PARTIAL_VRAM,
        /** "context too long", "max_model_len", "exceeds context" */
        CONTEXT_LIMIT,
        /** "crashes", "segfault", "killed" */
        CRASH,
        /**
         * The run is split between the GPU and the CPU: "running slow on gpu+cpu", ollama ps's "48%/52% CPU/GPU",
         * "partially offloaded to the CPU", 一部分在内存里, CPU和GPU一起跑. Told, not asked or planned.
         */
        SPLIT,
        /** A run over several GPUs told no faster than one: "multi-GPU is 10x slower than a single GPU", 双卡性能下降 */
        SEVERAL_NO_FASTER,
        /** A quantized model told slower than the 16-bit one: "load_in_8bit is slower than fp16", int4比bf16慢 */
        QUANTIZED_SLOWER,
        /** A model told slower than another of at least its size: "Qwen1.5-72b is much slower than Qwen-72b", 比Qwen2 7B还慢 */
        MODEL_NO_FASTER,
        /**
         * The same model told slower in this engine than in another on the same machine: "MLX is ~50% slower than LM Studio",
         * "However, in LM Studio I'm getting over 120 t/s", "GGUF: 7.68 tokens/sec. MLX: 0.42 tokens/sec", 比mindie慢了一半多
         */
        ENGINE_SLOWER,
        /**
         * A run of theirs told wholly on the GPU: llama.cpp's or Ollama's "offloaded 33/33 layers to GPU", ollama ps's
         * "100% GPU", "in llama.cpp the model runs entirely on the 2060", 全部加载到GPU. Told, not asked or planned.
         */
        ALL_ON_GPU,
        /**
         * The model told to fit the card's memory: "(model fits in vram, and works in mainline)", "despite the entire model
         * fitting on my gpu". What the card holds, told, whether or not the engine used the card; not asked or planned.
         */
        FITS_GPU_TOLD,
        /**
         * The speed told is one wished for, not one seen ("I hope to get like 5-6t/s", 希望每秒20个token): kept as the speed
         * when no other is told, so an answer holds it against the estimate as a target, never as what they see.
         */
        SPEED_WISHED
    }

    public static final Report NONE = new Report(null, null, false, Set.of(), false, false, false, null);

    public Report {
        symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
        if (log != null && log.isBlank()) log = null;
    }

    public boolean isEmpty() {
        return tokensPerSecond == null && usedGb == null && symptoms.isEmpty() && !works && log == null;
    }

    public boolean has(Symptom s) { return symptoms.contains(s); }

    /** A failure told: it does not run, it ran out of memory, or it crashed. */
    public boolean failureTold() { return fails || has(Symptom.OUT_OF_MEMORY) || has(Symptom.CRASH); }
}
