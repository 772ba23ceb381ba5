package dev.llmadvisor.sizing;

/**
 * How the model is run. {@code context} is the context per sequence, as Ollama's num_ctx; with
 * {@code parallel} sequences the cache holds context x parallel cells (what Ollama allocates, and what
 * llama.cpp allocates for -c context*parallel -np parallel).
 */
public record RunConfig(int context, int batch, int ubatch, int parallel, KvCacheType kvType, boolean flashAttention) {

    public static final int MAX_CONTEXT = 16 * 1024 * 1024;

    public RunConfig {
        if (context < 1 || context > MAX_CONTEXT) throw new IllegalArgumentException("context must be between 1 and " + MAX_CONTEXT + " tokens, got " + context);
        if (ubatch < 1 || ubatch > 65536) throw new IllegalArgumentException("ubatch out of range: " + ubatch);
        if (batch < ubatch) batch = ubatch;
        if (parallel < 1 || parallel > 1024) throw new IllegalArgumentException("parallel sequences out of range: " + parallel);
        if (kvType == null) kvType = KvCacheType.F16;
        if (kvType.isQuantized()) flashAttention = true;
    }

    /** llama.cpp defaults: batch 2048, ubatch 512, one sequence, f16 cache, flash attention on (auto on GPUs). */
    public static RunConfig of(int context) {
        return new RunConfig(context, 2048, 512, 1, KvCacheType.F16, true);
    }

    public RunConfig withContext(int c) { return new RunConfig(c, batch, ubatch, parallel, kvType, flashAttention); }

    public RunConfig withKvType(KvCacheType t) { return new RunConfig(context, batch, ubatch, parallel, t, flashAttention); }

    public RunConfig withFlashAttention(boolean fa) { return new RunConfig(context, batch, ubatch, parallel, kvType, fa); }

    public RunConfig withParallel(int p) { return new RunConfig(context, batch, ubatch, p, kvType, flashAttention); }

    public long totalCells() { return (long) context * parallel; }

    /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
    @Override
    public int hashCode() { return RecordHash.of(context, batch, ubatch, parallel, kvType, flashAttention); }
}
