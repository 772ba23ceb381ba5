package dev.llmadvisor.facts;

/**
 * The kind of machine, as the platform notes of the guidance distinguish them. ASCEND: Huawei Ascend NPUs (CANN);
 * MOORE_THREADS: Moore Threads MTT cards (MUSA); PHONE: a phone, whose apps run models on its CPU from the memory its SoC
 * shares, as a machine without a GPU does.
 */
public enum Platform {
    NVIDIA, AMD, INTEL, APPLE, ASCEND, MOORE_THREADS, CPU_ONLY, PHONE, MIXED, UNKNOWN;

    /** Whether Ollama has a build for it: none for CANN (Ascend) or MUSA (Moore Threads), which llama.cpp supports. */
    public boolean ollamaRuns() {
        return this != ASCEND && this != MOORE_THREADS;
    }

    /** Models run on the CPU from system memory: a machine without a GPU, or a phone. */
    public boolean onCpu() {
        return this == CPU_ONLY || this == PHONE;
    }

    /**
     * The model and everything else share one memory: Apple's unified memory, RAM alone on a machine without a GPU or a
     * phone. There is no GPU memory apart from RAM to be too small for, nor system RAM to put part of the model in.
     */
    public boolean oneMemory() {
        return this == APPLE || onCpu();
    }
}
