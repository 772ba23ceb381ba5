package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.GpuCatalog;
import dev.llmadvisor.sizing.RecordHash;

import java.util.List;

/**
 * The NVIDIA card of the lowest compute capability among those named, as the catalog names it, and that capability.
 * One card too old is enough: an engine that finds an unsupported card may leave all of them unused (dhiltgen,
 * ollama #2034: "we'll disable GPU mode if we detect any GPU that isn't supported"), and a tensor-parallel run needs
 * every card to run the format's kernels.
 *
 * @param name the card's catalog name, or null when no named card is known
 * @param cc   its compute capability, or 0 when unknown
 */
public record OldestCard(String name, double cc) {

    public static final OldestCard NONE = new OldestCard(null, 0);

    /** The oldest of the cards named, from the catalog; {@link #NONE} when no named card is a known NVIDIA card. */
    public static OldestCard of(GpuCatalog catalog, List<String> names) {
        OldestCard min = NONE;
        for (String n : names) {
            var match = catalog.find(n);
            double cc = match.map(m -> m.gpu().computeCapabilityValue()).orElse(0.0);
            if (cc > 0 && (min.cc() == 0 || cc < min.cc())) min = new OldestCard(match.get().gpu().name(), cc);
        }
        return min;
    }

    /**
     * The lowest compute capability the engine's CUDA builds run on: 7.0 for vLLM (its installation guide: "GPU: compute
     * capability 7.0 or higher"); 5.0 otherwise, since CUDA 12 builds no code for Kepler (3.x) and Ollama supports
     * "compute capability 5.0+" (Ollama GPU docs; rick-github in ollama #9124).
     */
    public static double engineMinimum(Engine engine) { return engine == Engine.VLLM ? 7.0 : 5.0; }

    /**
     * A Pascal die other than GP100 (compute capability 6.1: Tesla P40 and P4, GTX 10xx): no bf16, and fp16 arithmetic at
     * 1/64 of its fp32 rate (CUDA C++ Programming Guide, throughput of native arithmetic instructions: 2 half-precision
     * results per clock per multiprocessor against 128 single-precision).
     */
    public boolean slowHalfPrecision() { return Math.abs(cc - 6.1) < 1e-9; }

    /** This card is older than the engine's builds support. */
    public boolean tooOldFor(Engine engine) { return cc > 0 && cc < engineMinimum(engine); }

    /** The implicit hash code, without its cost at a cold start (every question's {@link Ask} hashes it): see {@link RecordHash}. */
    @Override
    public int hashCode() {
        return RecordHash.of(name, cc);
    }
}
