package dev.llmadvisor.sizing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weight tensors of a model with their storage types: read from a GGUF file, or generated from an
 * architecture with llama.cpp's tensor names and shapes and typed by {@link Quantizer}.
 */
public record TensorTable(List<Tensor> tensors) {

    public TensorTable {
        tensors = List.copyOf(tensors);
    }

    /** The untyped tensors llama.cpp would create for this architecture (type F32 as a placeholder). */
    public static List<Tensor> layout(ModelArch a) {
        List<Tensor> out = new ArrayList<>();
        long e = a.hiddenSize();
        out.add(t("token_embd.weight", TensorClass.TOKEN_EMBEDDING, -1, e, a.vocabSize()));
        if (learnedPositions(a)) out.add(t("position_embd.weight", TensorClass.TOKEN_EMBEDDING, -1, e, a.maxContext()));
        out.add(t("output_norm.weight", TensorClass.NORM, -1, e));
        if (a.feedForward() == ModelArch.FeedForward.PLAIN && a.bias() == ModelArch.Bias.ALL) {
            out.add(t("output_norm.bias", TensorClass.NORM, -1, e));
        }
        if (!a.tiedEmbeddings()) out.add(t("output.weight", TensorClass.OUTPUT, -1, e, a.vocabSize()));
        for (int il = 0; il < a.layers(); il++) {
            addAttention(a, il, out);
            addFeedForward(a, il, out);
        }
        return out;
    }

    /**
     * Whether the architecture adds a learned absolute position table (context x hidden) to the token embedding, as
     * llama.cpp's gpt2 does (pos_embd, an input tensor like tok_embd). GPT-BigCode (llama.cpp "starcoder") has one too
     * but has so far been sized without it (0.3% of StarCoder 15.5B).
     */
    static boolean learnedPositions(ModelArch a) {
        return a.arch().equals("gpt2");
    }

    private static void addAttention(ModelArch a, int il, List<Tensor> out) {
        long e = a.hiddenSize();
        String p = "blk." + il + ".";
        boolean allBias = a.bias() == ModelArch.Bias.ALL;
        out.add(t(p + "attn_norm.weight", TensorClass.NORM, il, e));
        if (allBias) out.add(t(p + "attn_norm.bias", TensorClass.NORM, il, e));
        if (a.isLinearLayer(il)) {
            addLinearAttention(a.linearAttention(), e, il, p, out);
            return;
        }
        // Qwen3-Next / Qwen3.5: the Q projection also yields the output gate, one more value per query value
        long qOut = (long) a.heads() * a.headDimK() * (a.linearAttention() != null && a.linearAttention().gatedQuery() ? 2 : 1);
        long kOut = (long) a.kvHeads() * a.headDimK();
        long vOut = (long) a.kvHeads() * a.headDimV();
        switch (a.attention()) {
            case MLA -> {
                ModelArch.Mla m = a.mla();
                long qHead = (long) m.nopeDim() + m.ropeDim();
                if (m.qLoraRank() > 0) {
                    out.add(t(p + "attn_q_a.weight", TensorClass.ATTENTION, il, e, m.qLoraRank()));
                    out.add(t(p + "attn_q_a_norm.weight", TensorClass.NORM, il, m.qLoraRank()));
                    out.add(t(p + "attn_q_b.weight", TensorClass.ATTENTION, il, m.qLoraRank(), a.heads() * qHead));
                } else {
                    out.add(t(p + "attn_q.weight", TensorClass.ATTENTION, il, e, a.heads() * qHead));
                }
                out.add(t(p + "attn_kv_a_mqa.weight", TensorClass.ATTENTION, il, e, (long) m.kvLoraRank() + m.ropeDim()));
                out.add(t(p + "attn_kv_a_norm.weight", TensorClass.NORM, il, m.kvLoraRank()));
                out.add(t(p + "attn_kv_b.weight", TensorClass.ATTENTION, il, m.kvLoraRank(),
                        (long) a.heads() * (m.nopeDim() + m.vHeadDim())));
                out.add(t(p + "attn_output.weight", TensorClass.ATTENTION, il, (long) a.heads() * m.vHeadDim(), e));
            }
            case FUSED_QKV -> {
                out.add(t(p + "attn_qkv.weight", TensorClass.ATTENTION, il, e, qOut + kOut + vOut));
                if (a.bias() != ModelArch.Bias.NONE) out.add(t(p + "attn_qkv.bias", TensorClass.ATTENTION, il, qOut + kOut + vOut));
                out.add(t(p + "attn_output.weight", TensorClass.ATTENTION, il, (long) a.heads() * a.headDimV(), e));
            }
            case SEPARATE_QKV -> {
                out.add(t(p + "attn_q.weight", TensorClass.ATTENTION, il, e, qOut));
                out.add(t(p + "attn_k.weight", TensorClass.ATTENTION, il, e, kOut));
                out.add(t(p + "attn_v.weight", TensorClass.ATTENTION, il, e, vOut));
                if (a.bias() != ModelArch.Bias.NONE) {
                    out.add(t(p + "attn_q.bias", TensorClass.ATTENTION, il, qOut));
                    out.add(t(p + "attn_k.bias", TensorClass.ATTENTION, il, kOut));
                    out.add(t(p + "attn_v.bias", TensorClass.ATTENTION, il, vOut));
                }
                out.add(t(p + "attn_output.weight", TensorClass.ATTENTION, il, (long) a.heads() * a.headDimV(), e));
            }
        }
        if (allBias) out.add(t(p + "attn_output.bias", TensorClass.ATTENTION, il, e));
        if (a.qkNorm()) {
            out.add(t(p + "attn_q_norm.weight", TensorClass.NORM, il, a.headDimK()));
            out.add(t(p + "attn_k_norm.weight", TensorClass.NORM, il, a.headDimK()));
        }
        if (a.postNorms()) out.add(t(p + "post_attention_norm.weight", TensorClass.NORM, il, e));
    }

    /**
     * A Gated DeltaNet layer as llama.cpp's qwen3next / qwen35 builds it: one projection to the convolved Q, K and V
     * channels, the output gate (z), beta and alpha per value head, the short convolution, the per-head decay (A) and
     * time-step bias, the gated norm and the output projection. No KV cache; its state is in {@link KvCache}.
     */
    private static void addLinearAttention(ModelArch.LinearAttention la, long e, int il, String p, List<Tensor> out) {
        out.add(t(p + "attn_qkv.weight", TensorClass.ATTENTION, il, e, la.convDim()));
        out.add(t(p + "attn_gate.weight", TensorClass.ATTENTION, il, e, la.valueDim()));
        out.add(t(p + "ssm_ba.weight", TensorClass.ATTENTION, il, e, 2L * la.valueHeads()));
        out.add(t(p + "ssm_conv1d.weight", TensorClass.ATTENTION, il, la.convKernel(), la.convDim()));
        out.add(t(p + "ssm_dt.bias", TensorClass.NORM, il, la.valueHeads()));
        out.add(t(p + "ssm_a", TensorClass.NORM, il, la.valueHeads()));
        out.add(t(p + "ssm_norm.weight", TensorClass.NORM, il, la.valueHeadDim()));
        out.add(t(p + "ssm_out.weight", TensorClass.ATTENTION, il, la.valueDim(), e));
    }

    private static void addFeedForward(ModelArch a, int il, List<Tensor> out) {
        long e = a.hiddenSize();
        String p = "blk." + il + ".";
        boolean allBias = a.bias() == ModelArch.Bias.ALL;
        out.add(t(p + "ffn_norm.weight", TensorClass.NORM, il, e));
        if (allBias) out.add(t(p + "ffn_norm.bias", TensorClass.NORM, il, e));
        if (a.isMoeLayer(il)) {
            ModelArch.Moe m = a.moe();
            long n = m.experts();
            long f = m.expertFfnSize();
            out.add(t(p + "ffn_gate_inp.weight", TensorClass.EXPERTS, il, e, n));
            if (a.feedForward() == ModelArch.FeedForward.GATED) out.add(t(p + "ffn_gate_exps.weight", TensorClass.EXPERTS, il, e, f, n));
            out.add(t(p + "ffn_up_exps.weight", TensorClass.EXPERTS, il, e, f, n));
            out.add(t(p + "ffn_down_exps.weight", TensorClass.EXPERTS, il, f, e, n));
            if (m.sharedExperts() > 0) {
                long s = (long) m.sharedExperts() * m.sharedFfnSize();
                out.add(t(p + "ffn_gate_shexp.weight", TensorClass.FEED_FORWARD, il, e, s));
                out.add(t(p + "ffn_up_shexp.weight", TensorClass.FEED_FORWARD, il, e, s));
                out.add(t(p + "ffn_down_shexp.weight", TensorClass.FEED_FORWARD, il, s, e));
            }
        } else {
            long f = a.ffnSize();
            if (a.feedForward() == ModelArch.FeedForward.GATED) out.add(t(p + "ffn_gate.weight", TensorClass.FEED_FORWARD, il, e, f));
            out.add(t(p + "ffn_up.weight", TensorClass.FEED_FORWARD, il, e, f));
            if (allBias) out.add(t(p + "ffn_up.bias", TensorClass.FEED_FORWARD, il, f));
            out.add(t(p + "ffn_down.weight", TensorClass.FEED_FORWARD, il, f, e));
            if (allBias) out.add(t(p + "ffn_down.bias", TensorClass.FEED_FORWARD, il, e));
        }
        if (a.postNorms()) out.add(t(p + "post_ffw_norm.weight", TensorClass.NORM, il, e));
    }

    private static Tensor t(String name, TensorClass cls, int layer, long... shape) {
        return new Tensor(name, cls, layer, shape, GgmlType.F32);
    }

    public long totalBytes() {
        long s = 0;
        for (Tensor t : tensors) s += t.bytes();
        return s;
    }

    public long parameterCount() {
        long s = 0;
        for (Tensor t : tensors) s += t.elements();
        return s;
    }

    public Map<TensorClass, Long> bytesByClass() {
        Map<TensorClass, Long> m = new EnumMap<>(TensorClass.class);
        for (TensorClass c : TensorClass.values()) m.put(c, 0L);
        for (Tensor t : tensors) m.merge(t.cls(), t.bytes(), Long::sum);
        return Collections.unmodifiableMap(m);
    }

    public Tensor find(String name) {
        for (Tensor t : tensors) if (t.name().equals(name)) return t;
        return null;
    }

}
