package dev.llmadvisor.facts;

/**
 * The kind of machine, as the platform notes of the guidance distinguish them. ASCEND: Huawei Ascend NPUs (CANN);
 * MOORE_THREADS: Moore Threads MTT cards (MUSA).
 */
public enum Platform {
    NVIDIA, AMD, INTEL, APPLE, ASCEND, MOORE_THREADS, CPU_ONLY, MIXED, UNKNOWN;

    /** Whether Ollama has a build for it: none for CANN (Ascend) or MUSA (Moore Threads), which llama.cpp supports. */
    public boolean ollamaRuns() {
        return this != ASCEND && this != MOORE_THREADS;
    }
}
