package dev.llmadvisor.sizing.engine;

import dev.llmadvisor.sizing.ModelArch;

import java.util.Optional;

/**
 * Tensor- and pipeline-parallel sizes for a safetensors serving engine, and whether a model admits them.
 * vLLM splits attention by heads: the attention heads must divide by the tensor-parallel size, and the KV
 * heads must either divide by it or, when there are fewer KV heads than ranks, the size must be a multiple
 * of them, each KV head then being replicated on tp / kv ranks ({@code QKVParallelLinear.__init__} in
 * vllm/model_executor/layers/linear.py: {@code divide(total_num_heads, tp_size)}, and
 * {@code num_kv_head_replicas = divide(tp_size, total_num_kv_heads)} when tp_size >= total_num_kv_heads).
 * Pipeline parallelism splits the layers into stages, one per GPU group or node.
 */
public record Parallelism(int tp, int pp) {

    public Parallelism {
        if (tp < 1 || pp < 1) throw new IllegalArgumentException("parallel sizes must be positive: tp " + tp + ", pp " + pp);
    }

    public int gpus() { return tp * pp; }

    /** KV heads each rank holds: the heads divided by tp, or one replicated head when tp exceeds them. */
    public static int kvHeadsPerRank(ModelArch a, int tp) {
        if (a.mla() != null) return 1;
        return a.kvHeads() >= tp ? a.kvHeads() / tp : 1;
    }

    /** How many ranks hold a copy of each KV head (1 unless tp exceeds the KV heads). */
    public static int kvReplicas(ModelArch a, int tp) {
        if (a.mla() != null) return tp;
        return a.kvHeads() >= tp ? 1 : tp / a.kvHeads();
    }

    /** Why vLLM refuses this tensor-parallel size for the model, or empty when it accepts it. */
    public static Optional<Remark> refusal(ModelArch a, int tp) {
        if (a.heads() % tp != 0) {
            return Optional.of(new Remark(
                    "the model has " + a.heads() + " attention heads, which do not divide by a tensor-parallel size of " + tp,
                    "模型有 " + a.heads() + " 个注意力头，不能被张量并行数 " + tp + " 整除"));
        }
        if (a.mla() == null) {
            int kv = a.kvHeads();
            if (kv >= tp ? kv % tp != 0 : tp % kv != 0) {
                return Optional.of(new Remark(
                        "the model has " + kv + " KV heads: a tensor-parallel size of " + tp + " neither divides them nor is a multiple of them",
                        "模型有 " + kv + " 个 KV 头：张量并行数 " + tp + " 既不能整除它，也不是它的整数倍"));
            }
        }
        return Optional.empty();
    }

    /** A caution when tp replicates KV heads: the KV cache per GPU stops shrinking beyond tp = KV heads. */
    public static Optional<Remark> replicationNote(ModelArch a, int tp) {
        if (a.mla() != null || tp <= a.kvHeads()) return Optional.empty();
        int kv = a.kvHeads(), copies = tp / kv;
        return Optional.of(new Remark(
                "tensor-parallel size " + tp + " is more than the model's " + kv + " KV heads: vLLM replicates each KV head on "
                        + copies + " GPUs, so KV memory per GPU stops shrinking beyond tp " + kv + "; tp " + kv + " x pp " + copies
                        + " uses the same GPUs without the copies",
                "张量并行数 " + tp + " 超过了模型的 " + kv + " 个 KV 头：vLLM 会把每个 KV 头复制到 " + copies
                        + " 张卡上，tp 超过 " + kv + " 后每张卡的 KV 内存不再减少；改用 tp " + kv + " × pp " + copies
                        + " 用的是同样的卡，却没有这些副本"));
    }

    /**
     * The split of {@code gpus} identical cards a serving engine would be started with: the largest
     * tensor-parallel size the model admits that divides the card count (at most {@code maxTpPerNode}, the
     * GPUs of one node), the rest as pipeline stages. Empty when no split works (more stages than layers).
     */
    public static Optional<Parallelism> choose(ModelArch a, int gpus, int maxTpPerNode) {
        if (gpus < 1) return Optional.empty();
        // First without replicated KV heads (their copies waste KV memory), then with.
        for (boolean replicate : new boolean[] {false, true}) {
            for (int tp = Math.min(gpus, Math.max(1, maxTpPerNode)); tp >= 1; tp--) {
                if (gpus % tp != 0 || refusal(a, tp).isPresent()) continue;
                if (!replicate && a.mla() == null && tp > a.kvHeads()) continue;
                int pp = gpus / tp;
                if (pp > a.layers()) continue;
                return Optional.of(new Parallelism(tp, pp));
            }
        }
        return Optional.empty();
    }
}
