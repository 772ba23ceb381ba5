package dev.llmadvisor.sizing;

/**
 * KV cache bytes layer by layer, as llama.cpp allocates them: K and V rows of
 * {@code n_kv_heads x head_dim} values per cell (MLA: one latent row of kv_lora_rank + rope dims for K
 * and kv_lora_rank for V), in the cache type's real block size; the cell count padded to 256; sliding-window
 * layers hold only window x sequences + ubatch cells.
 */
public final class KvCache {

    /** llama.cpp pads the KV cache size to a multiple of this. */
    public static final int PAD = 256;

    private KvCache() { }

    public static long pad(long n, int to) {
        return (n + to - 1) / to * to;
    }

    /** Cells of the full-attention cache. */
    public static long fullCells(RunConfig run, WeightFormat.Engine engine) {
        long cells = run.totalCells();
        return engine == WeightFormat.Engine.VLLM ? pad(cells, 16) : pad(cells, PAD);
    }

    /** Cells of a sliding-window layer's cache, never more than the full cache. */
    public static long slidingCells(ModelArch a, RunConfig run, WeightFormat.Engine engine) {
        long full = fullCells(run, engine);
        if (a.slidingWindow() == null) return full;
        long swa = pad((long) a.slidingWindow().window() * run.parallel() + run.ubatch(), PAD);
        return Math.min(full, swa);
    }

    public static long cells(ModelArch a, int il, RunConfig run, WeightFormat.Engine engine) {
        return a.isSlidingLayer(il) ? slidingCells(a, run, engine) : fullCells(run, engine);
    }

    /** Bytes of one row of {@code width} values in the cache type; f16 when the width is not whole blocks. */
    public static long rowBytes(KvCacheType type, long width) {
        long b = type.type().rowBytes(width);
        return b >= 0 ? b : GgmlType.F16.rowBytes(width);
    }

    /** K plus V bytes of layer {@code il}. */
    public static long layerBytes(ModelArch a, int il, RunConfig run, WeightFormat.Engine engine) {
        long cells = cells(a, il, run, engine);
        return cells * (rowBytes(run.kvType(), a.kvWidthK(il)) + rowBytes(run.kvType(), a.kvWidthV(il)));
    }

    /** K plus V bytes per token of context in layer il (what decoding reads per cached token). */
    public static long bytesPerToken(ModelArch a, int il, KvCacheType type) {
        return rowBytes(type, a.kvWidthK(il)) + rowBytes(type, a.kvWidthV(il));
    }

    public static long totalBytes(ModelArch a, RunConfig run, WeightFormat.Engine engine) {
        long s = 0;
        for (int il = 0; il < a.layers(); il++) s += layerBytes(a, il, run, engine);
        return s;
    }
}
