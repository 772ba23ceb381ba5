package dev.llmadvisor.sizing;

import java.util.Objects;

/**
 * The architecture of a decoder-only transformer, as far as memory and speed depend on it. Field
 * meanings follow Hugging Face config.json; {@code arch} is the llama.cpp architecture name
 * (llama, qwen2, qwen3, qwen3moe, gemma3, deepseek2, phi3, starcoder2, llama4, ...).
 */
public record ModelArch(
        String arch,
        int layers,
        int hiddenSize,
        int heads,
        int kvHeads,
        int headDimK,
        int headDimV,
        int ffnSize,
        int vocabSize,
        boolean tiedEmbeddings,
        Attention attention,
        FeedForward feedForward,
        Bias bias,
        boolean qkNorm,
        boolean postNorms,
        Moe moe,
        Mla mla,
        SlidingWindow slidingWindow,
        LinearAttention linearAttention,
        int maxContext) {

    /** How the attention projections are stored. */
    public enum Attention { SEPARATE_QKV, FUSED_QKV, MLA }

    /** GATED: gate, up and down (SwiGLU/GeGLU); PLAIN: up and down only (StarCoder2, GPT-2 style). */
    public enum FeedForward { GATED, PLAIN }

    /** Which linear layers carry biases (they are tiny, but weights are matched exactly). */
    public enum Bias { NONE, QKV, ALL }

    /** Mixture of experts. {@code moeEvery}: every n-th layer is MoE (Llama 4 Maverick: 2); 1 for all. */
    public record Moe(int experts, int expertsUsed, int expertFfnSize, int sharedExperts, int sharedFfnSize,
                      int leadingDenseLayers, int moeEvery) {
        public Moe {
            if (experts < 1 || expertsUsed < 1 || expertsUsed > experts) throw new IllegalArgumentException("bad expert counts " + expertsUsed + "/" + experts);
            if (expertFfnSize < 1) throw new IllegalArgumentException("expert FFN size must be positive");
            if (moeEvery < 1) moeEvery = 1;
        }

        /** The record's own text, written out: see {@link ModelArch#toString}. */
        @Override
        public String toString() {
            return "Moe[experts=" + experts + ", expertsUsed=" + expertsUsed + ", expertFfnSize=" + expertFfnSize
                    + ", sharedExperts=" + sharedExperts + ", sharedFfnSize=" + sharedFfnSize
                    + ", leadingDenseLayers=" + leadingDenseLayers + ", moeEvery=" + moeEvery + "]";
        }
    }

    /** DeepSeek multi-head latent attention. qLoraRank 0 means a plain Q projection (V2-Lite). */
    public record Mla(int qLoraRank, int kvLoraRank, int ropeDim, int nopeDim, int vHeadDim) {
        /** The record's own text, written out: see {@link ModelArch#toString}. */
        @Override
        public String toString() {
            return "Mla[qLoraRank=" + qLoraRank + ", kvLoraRank=" + kvLoraRank + ", ropeDim=" + ropeDim + ", nopeDim=" + nopeDim
                    + ", vHeadDim=" + vHeadDim + "]";
        }
    }

    /**
     * Sliding-window (or chunked) attention. {@code pattern} n: every n-th layer is global and the others
     * use the window; 0: every layer uses the window.
     */
    public record SlidingWindow(int window, int pattern, boolean chunked) {
        /** The record's own text, written out: see {@link ModelArch#toString}. */
        @Override
        public String toString() {
            return "SlidingWindow[window=" + window + ", pattern=" + pattern + ", chunked=" + chunked + "]";
        }
    }

    /**
     * Gated DeltaNet linear attention interleaved with full attention (Qwen3-Next, Qwen3.5, Qwen3.6): every
     * {@code fullEvery}-th layer is a full-attention layer with a KV cache; the others keep a fixed-size recurrent state
     * per sequence instead of one (a convolution window over the last {@code convKernel - 1} tokens of the Q/K/V
     * channels, and one keyHeadDim x valueHeadDim matrix per value head), so they add no KV cache whatever the context.
     * {@code gatedQuery}: the full-attention layers' Q projection also produces an output gate of its own width
     * (the configs' attn_output_gate).
     */
    public record LinearAttention(int fullEvery, int keyHeads, int valueHeads, int keyHeadDim, int valueHeadDim, int convKernel,
                                  boolean gatedQuery) {
        public LinearAttention {
            if (fullEvery < 1) throw new IllegalArgumentException("full-attention interval must be positive: " + fullEvery);
            if (keyHeads < 1 || valueHeads < 1 || keyHeadDim < 1 || valueHeadDim < 1 || convKernel < 1) {
                throw new IllegalArgumentException("linear-attention dimensions must be positive");
            }
        }

        /** Width of the linear layers' K (and Q) projection: all key heads. */
        public long keyDim() { return (long) keyHeads * keyHeadDim; }

        /** Width of the linear layers' V projection and of their output: all value heads. */
        public long valueDim() { return (long) valueHeads * valueHeadDim; }

        /** Channels of the short convolution over Q, K and V. */
        public long convDim() { return 2 * keyDim() + valueDim(); }

        /**
         * Values of one sequence's recurrent state in one linear layer, as llama.cpp sizes it (n_embd_r + n_embd_s of
         * its hybrid memory): the convolution window and the DeltaNet state matrices.
         */
        public long stateValues() { return (long) (convKernel - 1) * convDim() + (long) keyHeadDim * valueDim(); }

        /** The record's own text, written out: see {@link ModelArch#toString}. */
        @Override
        public String toString() {
            return "LinearAttention[fullEvery=" + fullEvery + ", keyHeads=" + keyHeads + ", valueHeads=" + valueHeads
                    + ", keyHeadDim=" + keyHeadDim + ", valueHeadDim=" + valueHeadDim + ", convKernel=" + convKernel
                    + ", gatedQuery=" + gatedQuery + "]";
        }
    }

    public ModelArch {
        Objects.requireNonNull(arch, "arch");
        check(layers, "layers", 1, 1_000);
        check(hiddenSize, "hidden size", 1, 1_000_000);
        check(heads, "attention heads", 1, 10_000);
        check(kvHeads, "KV heads", 1, heads);
        check(headDimK, "head dim", 1, 100_000);
        check(headDimV, "V head dim", 1, 100_000);
        check(ffnSize, "FFN size", 1, 10_000_000);
        check(vocabSize, "vocabulary", 1, 100_000_000);
        if (maxContext < 1) throw new IllegalArgumentException("max context must be positive");
        if (attention == null) attention = mla != null ? Attention.MLA : Attention.SEPARATE_QKV;
        if (feedForward == null) feedForward = FeedForward.GATED;
        if (bias == null) bias = Bias.NONE;
        if (attention == Attention.MLA && mla == null) throw new IllegalArgumentException("MLA attention needs MLA dimensions");
    }

    private static void check(int v, String what, int min, int max) {
        if (v < min || v > max) throw new IllegalArgumentException(what + " out of range: " + v);
    }

    /**
     * The text a record's toString gives, written out. It is what the precomputed profiles are keyed by (ProfileTable
     * digests it for every catalog architecture at each start), and JDK 17 makes a record's own toString through
     * String.format, and links it through method handles at first use: several times the cost. ModelArchTest checks
     * that every component is here, in the record's format.
     */
    @Override
    public String toString() {
        return "ModelArch[arch=" + arch + ", layers=" + layers + ", hiddenSize=" + hiddenSize + ", heads=" + heads + ", kvHeads=" + kvHeads
                + ", headDimK=" + headDimK + ", headDimV=" + headDimV + ", ffnSize=" + ffnSize + ", vocabSize=" + vocabSize
                + ", tiedEmbeddings=" + tiedEmbeddings + ", attention=" + attention + ", feedForward=" + feedForward + ", bias=" + bias
                + ", qkNorm=" + qkNorm + ", postNorms=" + postNorms + ", moe=" + moe + ", mla=" + mla + ", slidingWindow=" + slidingWindow
                + ", linearAttention=" + linearAttention + ", maxContext=" + maxContext + "]";
    }

    public boolean isMoe() { return moe != null; }

    /** The same architecture with another number of layers (a stand-in scaled to a size). */
    public ModelArch withLayers(int n) {
        return new ModelArch(arch, n, hiddenSize, heads, kvHeads, headDimK, headDimV, ffnSize, vocabSize, tiedEmbeddings,
                attention, feedForward, bias, qkNorm, postNorms, moe, mla, slidingWindow, linearAttention, maxContext);
    }

    /** The same architecture with other experts (a MoE stand-in built on a dense base). */
    public ModelArch withMoe(Moe m) {
        return new ModelArch(arch, layers, hiddenSize, heads, kvHeads, headDimK, headDimV, ffnSize, vocabSize, tiedEmbeddings,
                attention, feedForward, bias, qkNorm, postNorms, m, mla, slidingWindow, linearAttention, maxContext);
    }

    /** Whether layer {@code il} holds routed experts. */
    public boolean isMoeLayer(int il) {
        if (moe == null || il < moe.leadingDenseLayers()) return false;
        return (il + 1) % moe.moeEvery() == 0;
    }

    /** Whether layer {@code il} attends through the sliding window only. */
    public boolean isSlidingLayer(int il) {
        if (slidingWindow == null) return false;
        int p = slidingWindow.pattern();
        return p == 0 || (il + 1) % p != 0;
    }

    /** Whether layer {@code il} is a linear-attention layer: a fixed recurrent state, no KV cache. */
    public boolean isLinearLayer(int il) {
        return linearAttention != null && (il + 1) % linearAttention.fullEvery() != 0;
    }

    /** Width of one token's K cache row in layer il (all KV heads); none in a linear-attention layer. */
    public long kvWidthK(int il) {
        if (isLinearLayer(il)) return 0;
        return mla != null ? (long) mla.kvLoraRank() + mla.ropeDim() : (long) kvHeads * headDimK;
    }

    /** Width of one token's V cache row in layer il; MLA reads V as a view of the latent K row and stores none. */
    public long kvWidthV(int il) {
        if (isLinearLayer(il)) return 0;
        return mla != null ? 0 : (long) kvHeads * headDimV;
    }

    public static Builder builder(String arch) { return new Builder(arch); }

    /** Fluent construction, since most architectures set only a few of the optional parts. */
    public static final class Builder {
        private final String arch;
        private int layers, hidden, heads, kvHeads, headDimK, headDimV, ffn, vocab, maxContext = 4096;
        private boolean tied, qkNorm, postNorms;
        private Attention attention;
        private FeedForward feedForward;
        private Bias bias;
        private Moe moe;
        private Mla mla;
        private SlidingWindow swa;
        private LinearAttention linear;

        private Builder(String arch) { this.arch = arch; }

        public Builder layers(int v) { layers = v; return this; }
        public Builder hidden(int v) { hidden = v; return this; }
        public Builder heads(int v) { heads = v; return this; }
        public Builder kvHeads(int v) { kvHeads = v; return this; }
        public Builder headDim(int k, int v) { headDimK = k; headDimV = v; return this; }
        public Builder ffn(int v) { ffn = v; return this; }
        public Builder vocab(int v) { vocab = v; return this; }
        public Builder maxContext(int v) { maxContext = v; return this; }
        public Builder tied(boolean v) { tied = v; return this; }
        public Builder qkNorm(boolean v) { qkNorm = v; return this; }
        public Builder postNorms(boolean v) { postNorms = v; return this; }
        public Builder attention(Attention v) { attention = v; return this; }
        public Builder feedForward(FeedForward v) { feedForward = v; return this; }
        public Builder bias(Bias v) { bias = v; return this; }
        public Builder moe(Moe v) { moe = v; return this; }
        public Builder mla(Mla v) { mla = v; return this; }
        public Builder slidingWindow(SlidingWindow v) { swa = v; return this; }
        public Builder linearAttention(LinearAttention v) { linear = v; return this; }

        public ModelArch build() {
            int hk = headDimK > 0 ? headDimK : (heads > 0 ? hidden / heads : 0);
            int hv = headDimV > 0 ? headDimV : hk;
            return new ModelArch(arch, layers, hidden, heads, kvHeads > 0 ? kvHeads : heads, hk, hv, ffn, vocab, tied,
                    attention, feedForward, bias, qkNorm, postNorms, moe, mla, swa, linear, maxContext);
        }
    }
}
