package dev.llmadvisor.sizing;

/** Where a model ends up. */
public enum Placement {
    /** Everything on one GPU. */
    GPU,
    /** Layers split across several GPUs. */
    MULTI_GPU,
    /** Some layers or the MoE experts kept in system RAM. */
    OFFLOAD,
    /** Only the CPU: no GPU, or no layer fits on one. */
    CPU,
    /** Does not fit in GPU memory and system RAM together. */
    NONE
}
