package dev.llmadvisor.sizing;

/**
 * The compute (graph) buffer one device needs, as ggml's graph allocator sizes it: memory is reused
 * between ops, so the buffer is the largest set of intermediate tensors alive at once, not their sum.
 * Three phases compete: attention (without flash attention, the f32 KQ scores of heads x cells x ubatch
 * and the mask), the feed-forward (its f32 activations), and the output head (f32 logits for a ubatch).
 * GPU terms match published CUDA logs (Llama 3 8B at 8192: 560.00 MiB without and 258.50 MiB with flash
 * attention); CPU terms are fitted on a real llama.cpp CPU build (eval/accuracy/llamacpp-probe.md, median error 0%)
 * and checked on 14 architectures held out from that fit (section 5 there: median 0%, p90 4%, worst 12% on MPT).
 */
public final class ComputeBuffers {

    private ComputeBuffers() { }

    /**
     * Which parts of the graph run on the device: feed-forward ({@code hasLayers}), attention (not on a host
     * that only holds MoE experts), the output head. {@code cpu}: the CPU backend runs them (its ops keep more
     * f32 intermediates than CUDA's fused kernels); {@code hostInputs}: the device also holds the graph
     * inputs (token embeddings, positions, mask), as the host does when a GPU runs layers.
     */
    public record Share(boolean hasLayers, boolean attention, boolean hasFullAttentionLayer, boolean hasOutput, boolean cpu,
                        boolean hostInputs) { }

    public static long bytes(ModelArch a, RunConfig run, WeightFormat.Engine engine, Share share) {
        long ub = Math.min(run.ubatch(), (long) run.context() * run.parallel());
        if (engine == WeightFormat.Engine.VLLM) return vllm(a, share);
        long embd = a.hiddenSize();
        long phase = 0;
        if (share.hasLayers()) {
            long full = KvCache.fullCells(run, engine);
            long swa = KvCache.slidingCells(a, run, engine);
            long cells = share.hasFullAttentionLayer() ? full : swa;
            long attention = share.attention() ? attention(a, run, cells, swa, ub, share.cpu()) : 0;
            phase = Math.max(attention, feedForward(a, ub, share.cpu()));
        }
        if (share.hasOutput()) phase = Math.max(phase, ub * (4L * a.vocabSize() + (share.cpu() ? 8 : 4) * embd));
        if (share.hostInputs()) phase += hostInputs(a, run, engine, ub);
        return phase;
    }

    private static long attention(ModelArch a, RunConfig run, long cells, long swaCells, long ub, boolean cpu) {
        // a full-attention layer's width: in a hybrid (Qwen3.5) the first layers are linear and cache nothing
        int full = a.linearAttention() == null ? 0 : a.linearAttention().fullEvery() - 1;
        long kvWidth = a.kvWidthK(full) + a.kvWidthV(full);
        if (cpu) {
            if (run.flashAttention()) return 0;
            long qkv = a.attention() == ModelArch.Attention.FUSED_QKV ? 0 : 2L * a.kvHeads() * a.headDimK();
            long swa = a.slidingWindow() != null ? 4L * swaCells : 0;
            return ub * (4L * (a.heads() + 1) * cells + 4L * (5L * a.hiddenSize() + qkv) + swa);
        }
        long residual = 4L * a.hiddenSize() * ub * 4;
        long mask = cells * KvCache.pad(ub, 64) * (run.flashAttention() ? 2 : 4);
        if (!run.flashAttention()) return (long) a.heads() * cells * ub * 4 + mask + residual;
        // Quantized K/V are converted to f16 for the flash-attention kernel.
        long convert = run.kvType().isQuantized() ? cells * kvWidth * 2 : 0;
        return mask + convert + residual;
    }

    private static long feedForward(ModelArch a, long ub, boolean cpu) {
        long embd = a.hiddenSize();
        int ffnCopies = a.feedForward() == ModelArch.FeedForward.PLAIN ? 1 : (cpu ? 3 : 2);
        long dense = cpu ? ub * 4 * ((long) ffnCopies * a.ffnSize() + 7 * embd)
                : ub * 4 * ((long) ffnCopies * a.ffnSize() + 4 * embd);
        if (a.moe() == null) return dense;
        ModelArch.Moe m = a.moe();
        long experts = ub * 4 * ((long) ffnCopies * m.expertFfnSize() * m.expertsUsed() + embd * m.expertsUsed()
                + m.experts() + (cpu ? 7 : 4) * embd);
        long shared = ub * 4L * ffnCopies * m.sharedExperts() * m.sharedFfnSize();
        return Math.max(dense, experts + shared);
    }

    /** Inputs kept in host memory: the token embeddings read with get_rows and the KQ mask. */
    private static long hostInputs(ModelArch a, RunConfig run, WeightFormat.Engine engine, long ub) {
        long cells = KvCache.fullCells(run, engine);
        return (long) a.hiddenSize() * ub * 4 + cells * ub * (run.flashAttention() ? 2 : 4);
    }

    /** vLLM profiles a forward pass of its token budget; CUDA graphs take a further fixed share. */
    private static long vllm(ModelArch a, Share share) {
        if (share.cpu()) return 0;
        long tokens = 2048;
        long act = tokens * ((long) a.hiddenSize() * 2 * 6 + 2L * Math.max(a.ffnSize(), moeFfn(a)) * 2);
        long logits = share.hasOutput() ? tokens * a.vocabSize() * 4L : 0;
        return Math.max(act, logits) + Units.mib(512);
    }

    private static long moeFfn(ModelArch a) {
        return a.moe() == null ? 0 : (long) a.moe().expertFfnSize() * a.moe().expertsUsed();
    }
}
