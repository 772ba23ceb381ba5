package dev.llmadvisor.sizing;

/**
 * KV cache bytes layer by layer, as llama.cpp allocates them (checked exactly against a real llama.cpp,
 * eval/accuracy/llamacpp-probe.md): one stream per parallel sequence; per stream, the context padded to 256 cells;
 * sliding-window layers hold pad256(min(context, window + ubatch)) cells per stream; K and V rows of
 * n_kv_heads x head_dim values (MLA: one latent K row of kv_lora_rank + rope dims and no V) in the cache
 * type's real block size. Linear-attention layers (Qwen3-Next, Qwen3.5) hold a fixed recurrent state per sequence instead.
 */
public final class KvCache {

    /** llama.cpp pads each stream's cache to a multiple of this. */
    public static final int PAD = 256;
    /** vLLM's paged cache allocates blocks of this many tokens. */
    static final int VLLM_BLOCK = 16;

    private KvCache() { }

    public static long pad(long n, int to) {
        return (n + to - 1) / to * to;
    }

    private static int padding(WeightFormat.Engine engine) {
        return engine == WeightFormat.Engine.VLLM ? VLLM_BLOCK : PAD;
    }

    /** Cells of a full-attention layer in one stream (one sequence's context). */
    public static long fullCells(RunConfig run, WeightFormat.Engine engine) {
        return pad(run.context(), padding(engine));
    }

    /** Cells of a sliding-window layer in one stream, never more than a full layer's. */
    public static long slidingCells(ModelArch a, RunConfig run, WeightFormat.Engine engine) {
        long full = fullCells(run, engine);
        if (a.slidingWindow() == null) return full;
        return Math.min(full, pad((long) a.slidingWindow().window() + run.ubatch(), padding(engine)));
    }

    public static long cells(ModelArch a, int il, RunConfig run, WeightFormat.Engine engine) {
        return a.isSlidingLayer(il) ? slidingCells(a, run, engine) : fullCells(run, engine);
    }

    /** Bytes of one row of {@code width} values in the cache type; f16 when the width is not whole blocks. */
    public static long rowBytes(KvCacheType type, long width) {
        if (width == 0) return 0;
        long b = type.type().rowBytes(width);
        return b >= 0 ? b : GgmlType.F16.rowBytes(width);
    }

    /** K plus V bytes per cached token in layer il. */
    public static long bytesPerToken(ModelArch a, int il, KvCacheType type) {
        return rowBytes(type, a.kvWidthK(il)) + rowBytes(type, a.kvWidthV(il));
    }

    /**
     * K plus V bytes of layer {@code il}, over all streams. A linear-attention layer holds its recurrent state instead,
     * one per sequence and independent of the context, in F32 as llama.cpp's hybrid memory keeps it (its r and s
     * tensors are F32 whatever the KV cache type).
     */
    public static long layerBytes(ModelArch a, int il, RunConfig run, WeightFormat.Engine engine) {
        if (a.isLinearLayer(il)) return run.parallel() * a.linearAttention().stateValues() * Float.BYTES;
        return run.parallel() * cells(a, il, run, engine) * bytesPerToken(a, il, run.kvType());
    }

    public static long totalBytes(ModelArch a, RunConfig run, WeightFormat.Engine engine) {
        long s = 0;
        for (int il = 0; il < a.layers(); il++) s += layerBytes(a, il, run, engine);
        return s;
    }
}
