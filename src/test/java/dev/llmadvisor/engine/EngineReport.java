package dev.llmadvisor.engine;

import java.util.List;
import java.util.Map;

/**
 * What a real llama.cpp reported allocating for one model and context, in MiB as it logs them
 * ({@code load_tensors: ... model buffer size}, {@code llama_kv_cache: ... KV buffer size},
 * {@code sched_reserve: ... compute buffer size}), keyed by buffer name (CPU_Mapped, CPU, ...).
 */
public record EngineReport(Map<String, Double> modelMib, List<KvBuffer> kv, Map<String, Double> computeMib, int nCtx,
                           int nCtxSeq, int nSeqMax, String flashAttn, String build, List<String> lines) {

    /** One KV buffer; {@code swa} marks the sliding-window cache of an iSWA model. cells/layers -1 when not logged. */
    public record KvBuffer(String name, double mib, int cells, int layers, boolean swa) { }

    public double modelTotalMib() { return modelMib.values().stream().mapToDouble(Double::doubleValue).sum(); }

    public double computeTotalMib() { return computeMib.values().stream().mapToDouble(Double::doubleValue).sum(); }

    public double kvTotalMib() { return kv.stream().mapToDouble(KvBuffer::mib).sum(); }

    public double kvMib(boolean swa) { return kv.stream().filter(b -> b.swa() == swa).mapToDouble(KvBuffer::mib).sum(); }

    public int kvCells(boolean swa) { return kv.stream().filter(b -> b.swa() == swa).mapToInt(KvBuffer::cells).max().orElse(0); }
}
