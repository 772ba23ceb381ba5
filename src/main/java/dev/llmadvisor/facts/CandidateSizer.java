package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.FormatEntry;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sizes one option (a model in a weight format) on a machine with the sizing core and turns the estimate
 * into a {@link Candidate} the rules judge. Tensor tables are built once per model and format and reused.
 */
public final class CandidateSizer {

    private final Knowledge knowledge;
    private final Map<String, ModelSpec> specs = new ConcurrentHashMap<>();

    public CandidateSizer(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Candidate candidate(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested) {
        ModelSpec spec = specs.computeIfAbsent(m.id() + "@" + f, k -> ModelSpec.of(m.id(), m.arch(), f));
        Estimate e = Sizer.estimate(spec, run, hw);
        String quality = knowledge.formats().get(f).map(FormatEntry::quality).orElse("balanced");
        double ramCapacity = e.devices().stream().filter(Estimate.DeviceUse::isHost).mapToDouble(d -> gb(d.capacity())).sum();
        return new Candidate(m.id() + "@" + f, m.id(), m.name(), m.family(), m.paramsB(), m.activeParamsB(), m.isMoe(),
                m.uses(), Set.copyOf(m.languages()), tier(m.paramsB()), f, f.nominalBits(), quality, requested,
                run.context(), m.maxContext(), e.placement(), gb(spec.profile().fileBytes()), gb(e.weights().allocated()),
                gb(e.kvBytes()), gb(e.computeBytes()), gb(e.overheadBytes()), gb(e.totalBytes()), gb(e.gpuBytes()),
                gpuCapacity(e), gb(e.ramBytes()), ramCapacity, e.gpuLayers(), e.layers(), e.expertsInRam(),
                e.speed().lowTokensPerSecond(), e.speed().highTokensPerSecond());
    }

    /** What the GPUs offer the model: their memory less the share the display, driver and runtime keep. */
    private static double gpuCapacity(Estimate e) {
        return e.devices().stream().filter(d -> !d.isHost()).mapToDouble(d -> gb(d.capacity())).sum();
    }

    /** The size tier of document 000's table that a model falls in. */
    public static double tier(double paramsB) {
        if (paramsB <= 3) return 1.5;
        if (paramsB <= 7.5) return 7;
        if (paramsB <= 10) return 8;
        if (paramsB <= 20) return 14;
        if (paramsB <= 45) return 32;
        if (paramsB <= 200) return 70;
        return 671;
    }

    private static double gb(long bytes) { return Units.toGib(bytes); }
}
