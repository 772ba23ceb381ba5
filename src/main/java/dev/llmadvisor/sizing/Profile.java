package dev.llmadvisor.sizing;

import java.util.Map;

/**
 * A model's weights summed once per layer and class, so placing it on a machine never walks the tensor
 * table again. {@code output} is the output head and norm on a GPU: for tied embeddings that includes the
 * embedding matrix, which llama.cpp loads a second time there. {@code hostOutput} is the same on the CPU,
 * where a tied head reuses the token embedding already in RAM.
 */
public record Profile(long[] dense, long[] experts, long tokenEmbedding, long output, long hostOutput, long fileBytes,
                      long parameters, long activeParameters, Map<TensorClass, Long> byClass) {

    public static Profile of(ModelArch a, TensorTable table) {
        int n = a.layers();
        long[] dense = new long[n];
        long[] experts = new long[n];
        long emb = 0, head = 0, out = 0, other = 0, active = 0;
        for (Tensor t : table.tensors()) {
            long b = t.bytes();
            long e = t.elements();
            boolean routed = t.name().contains("_exps");
            active += routed && a.moe() != null ? e / a.moe().experts() * a.moe().expertsUsed() : e;
            if (t.layer() >= 0 && t.layer() < n) {
                if (routed) experts[t.layer()] += b; else dense[t.layer()] += b;
            } else if (t.cls() == TensorClass.TOKEN_EMBEDDING) {
                emb += b;
                // a tied head reuses the token table, not a learned position table beside it (GPT-2)
                if (!t.name().startsWith("position_embd")) head += b;
            } else if (t.cls() == TensorClass.OUTPUT) {
                out += b;
            } else {
                other += b;
            }
        }
        return new Profile(dense, experts, emb, (out > 0 ? out : head) + other, out + other, table.totalBytes(),
                table.parameterCount(), active, table.bytesByClass());
    }
}
