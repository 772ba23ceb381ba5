package dev.llmadvisor.sizing;

/**
 * The compute (graph) buffer one device needs, as ggml's graph allocator sizes it: memory is reused
 * between ops, so the buffer is the largest set of intermediate tensors alive at once, not their sum.
 * Three phases compete: attention (the f32 KQ matrix of heads x cells x ubatch without flash attention),
 * the feed-forward (gate and up activations), and the output head (f32 logits for a whole ubatch).
 * Calibrated on published llama.cpp logs and on a real llama.cpp (eval/llamacpp-probe.md).
 */
public final class ComputeBuffers {

    /** Hidden-state-sized f32 tensors alive beside each phase (residual, norm output, Q/K/V views). */
    static final int RESIDUAL_TENSORS = 4;

    private ComputeBuffers() { }

    /** Which parts of the graph run on the device. */
    public record Share(boolean hasLayers, boolean hasFullAttentionLayer, boolean hasOutput, boolean isHost) { }

    public static long bytes(ModelArch a, RunConfig run, WeightFormat.Engine engine, Share share) {
        long ub = Math.min(run.ubatch(), run.totalCells());
        if (engine == WeightFormat.Engine.VLLM) return vllm(a, share);
        long embd = (long) a.hiddenSize() * ub * 4;
        long phase = 0;
        if (share.hasLayers()) {
            long cells = share.hasFullAttentionLayer() ? KvCache.fullCells(run, engine) : KvCache.slidingCells(a, run, engine);
            phase = Math.max(attention(a, run, cells, ub), feedForward(a, ub));
            phase += RESIDUAL_TENSORS * embd;
        }
        if (share.hasOutput()) phase = Math.max(phase, (long) a.vocabSize() * ub * 4 + embd);
        if (share.isHost()) phase += hostInputs(a, run, engine, ub);
        return phase;
    }

    private static long attention(ModelArch a, RunConfig run, long cells, long ub) {
        long mask = cells * KvCache.pad(ub, 64) * (run.flashAttention() ? 2 : 4);
        if (!run.flashAttention()) return (long) a.heads() * cells * ub * 4 + mask;
        long convert = 0;
        if (run.kvType().isQuantized()) {
            // Quantized K/V are converted to f16 for the flash-attention kernel.
            convert = cells * (a.kvWidthK(0) + a.kvWidthV(0)) * 2;
        }
        return mask + convert;
    }

    private static long feedForward(ModelArch a, long ub) {
        long dense = 2L * a.ffnSize() * ub * 4;
        if (a.moe() == null) return dense;
        ModelArch.Moe m = a.moe();
        long experts = 2L * m.expertFfnSize() * m.expertsUsed() * ub * 4
                + (long) a.hiddenSize() * m.expertsUsed() * ub * 4
                + (long) m.experts() * ub * 4;
        long shared = 2L * m.sharedExperts() * m.sharedFfnSize() * ub * 4;
        return Math.max(dense, experts + shared);
    }

    /** Inputs kept in host memory: the token embeddings read with get_rows and the KQ mask. */
    private static long hostInputs(ModelArch a, RunConfig run, WeightFormat.Engine engine, long ub) {
        long cells = KvCache.fullCells(run, engine);
        return (long) a.hiddenSize() * ub * 4 + cells * ub * (run.flashAttention() ? 2 : 4);
    }

    /** vLLM profiles a forward pass of its token budget; CUDA graphs take a further fixed share. */
    private static long vllm(ModelArch a, Share share) {
        if (share.isHost()) return 0;
        long tokens = 2048;
        long act = tokens * ((long) a.hiddenSize() * 2 * 6 + 2L * Math.max(a.ffnSize(), moeFfn(a)) * 2);
        long logits = share.hasOutput() ? tokens * a.vocabSize() * 4L : 0;
        return Math.max(act, logits) + Units.mib(512);
    }

    private static long moeFfn(ModelArch a) {
        return a.moe() == null ? 0 : (long) a.moe().expertFfnSize() * a.moe().expertsUsed();
    }
}
