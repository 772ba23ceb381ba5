package dev.llmadvisor.sizing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A model's weights summed once per layer and class, so placing it on a machine never walks the tensor
 * table again. {@code output} is the output head and norm on a GPU: for tied embeddings that includes the
 * embedding matrix, which llama.cpp loads a second time there. {@code hostOutput} is the same on the CPU,
 * where a tied head reuses the token embedding already in RAM.
 */
public record Profile(long[] dense, long[] experts, long tokenEmbedding, long output, long hostOutput, long fileBytes,
                      long parameters, long activeParameters, Map<TensorClass, Long> byClass) {

    public static Profile of(ModelArch a, TensorTable table) {
        return of(a, table.tensors(), Tensor::bytes);
    }

    /** The profile of tensors whose stored size is {@code bytesOf}: a type's block layout, or a bit rate ({@link ExlQuant}). */
    static Profile of(ModelArch a, List<Tensor> tensors, ToLongFunction<Tensor> bytesOf) {
        int n = a.layers();
        long[] dense = new long[n];
        long[] experts = new long[n];
        long emb = 0, head = 0, out = 0, other = 0, active = 0, file = 0, params = 0;
        Map<TensorClass, Long> byClass = new EnumMap<>(TensorClass.class);
        for (TensorClass c : TensorClass.values()) byClass.put(c, 0L);
        for (Tensor t : tensors) {
            long b = bytesOf.applyAsLong(t);
            file += b;
            params += t.elements();
            byClass.merge(t.cls(), b, Long::sum);
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
        return new Profile(dense, experts, emb, (out > 0 ? out : head) + other, out + other, file, params, active,
                Collections.unmodifiableMap(byClass));
    }
}
