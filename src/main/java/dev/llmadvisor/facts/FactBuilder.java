package dev.llmadvisor.facts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.llmadvisor.knowledge.FormatEntry;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a question into facts: resolves cards and models against the knowledge base, and sizes every
 * candidate (model x weight format) on the machine with the sizing core.
 */
public final class FactBuilder {

    /** The formats offered when the user names none: the documents' ladder from FP16 down to Q2_K. */
    public static final List<WeightFormat> LADDER = List.of(WeightFormat.F16, WeightFormat.Q8_0, WeightFormat.Q6_K,
            WeightFormat.Q5_K_M, WeightFormat.Q4_K_M, WeightFormat.Q3_K_M, WeightFormat.Q2_K);
    /** Context sized when the user gives none (Ollama's own default is smaller; 8k suits real chats). */
    public static final int DEFAULT_CONTEXT = 8192;
    /** RAM assumed when the user gives none, said in the answer. */
    public static final double DEFAULT_RAM_GB = 32;
    /** Bandwidth assumed for a card known only by its memory size: a mid-range card. */
    static final double UNKNOWN_CARD_BANDWIDTH = 400;

    private final Knowledge knowledge;
    private final Map<String, ModelSpec> specs = new ConcurrentHashMap<>();

    public FactBuilder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Knowledge knowledge() { return knowledge; }

    public Facts build(Question q) {
        List<Facts.Problem> problems = new ArrayList<>();
        Machine machine = machine(q, problems);
        // A model named twice ("llama 3.1 70b ... the 70B") is one candidate set, and a model named exactly
        // wins over loose mentions (a size, a maker's line) in the same message.
        Set<ModelEntry> named = new LinkedHashSet<>();
        Set<ModelEntry> loose = new LinkedHashSet<>();
        WeightFormat tagFormat = null;
        for (String text : q.models()) {
            Optional<ModelMatch> m = knowledge.models().find(text);
            if (m.isPresent()) {
                named.add(m.get().model());
                if (m.get().format().isPresent()) tagFormat = m.get().format().get();
                continue;
            }
            List<ModelEntry> family = family(text);
            if (family.isEmpty()) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.UNKNOWN_MODEL, text, knowledge.models().suggest(text, 3)));
            } else {
                loose.addAll(family);
            }
        }
        if (named.isEmpty()) named = loose;
        WeightFormat format = q.format() != null ? q.format() : tagFormat;
        int context = q.context() != null ? q.context() : DEFAULT_CONTEXT;
        Intent intent = q.intent();
        Ask ask = new Ask(q.lang(), intent, q.useCase(), q.topics(), q.preference(),
                named.size() == 1 ? named.iterator().next().id() : null, format, context, q.context() != null,
                machine.platform, machine.label, machine.hw.gpus().size(), gb(machine.hw.totalGpuBytes()),
                machine.hw.gpus().stream().mapToDouble(d -> gb(d.usableBytes())).max().orElse(0), gb(machine.hw.ramBytes()));
        if (!problems.isEmpty()) return new Facts(ask, List.of(), problems);

        List<ModelEntry> models = named.isEmpty() ? knowledge.models().all() : List.copyOf(named);
        Set<WeightFormat> formats = new LinkedHashSet<>();
        if (format != null) formats.add(format);
        if (format == null || !named.isEmpty()) formats.addAll(LADDER);
        RunConfig run = RunConfig.of(context).withKvType(q.kvType() != null ? q.kvType() : KvCacheType.F16);
        List<Candidate> candidates = new ArrayList<>();
        for (ModelEntry m : models) {
            boolean requested = named.contains(m);
            for (WeightFormat f : formats) {
                Candidate c = candidate(m, f, run, machine.hw, requested);
                // An open question asks what runs: a model the machine cannot hold at all is no option,
                // and leaving it out keeps the rules' work proportional to the real choices.
                if (requested || c.fits()) candidates.add(c);
            }
        }
        // Open questions: options that cannot be a model's best do not reach the rules (OpenQuestions).
        return new Facts(ask, named.isEmpty() ? OpenQuestions.filter(candidates) : candidates, problems);
    }

    /**
     * Models a loose mention stands for: a bare size ("32b": the models of about that size) or a family
     * ("deepseek", "qwen3", "llama 3": the models whose family or id starts with it).
     */
    private List<ModelEntry> family(String text) {
        String n = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        List<ModelEntry> out = new ArrayList<>();
        if (n.matches("\\d{1,4}(\\.\\d)?b")) {
            double size = Double.parseDouble(n.substring(0, n.length() - 1));
            for (ModelEntry m : knowledge.models().all()) {
                if (m.paramsB() >= size * 0.9 && m.paramsB() <= size * 1.15) out.add(m);
            }
            return out;
        }
        if (n.length() < 3) return List.of();
        for (ModelEntry m : knowledge.models().all()) {
            String fam = m.family().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
            String id = m.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
            if (fam.startsWith(n) || id.startsWith(n)) out.add(m);
        }
        return out;
    }

    /** What sizing one model in one format on one machine gave; questions about the same machine reuse it. */
    private record SizingKey(String modelId, WeightFormat format, RunConfig run, Hardware hw, boolean requested) { }

    private final Cache<SizingKey, Candidate> sized = Caffeine.newBuilder().maximumSize(50_000).build();

    public Candidate candidate(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested) {
        return sized.get(new SizingKey(m.id(), f, run, hw, requested), k -> size(m, f, run, hw, requested));
    }

    private Candidate size(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested) {
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

    private record Machine(Hardware hw, Platform platform, String label) { }

    private Machine machine(Question q, List<Facts.Problem> problems) {
        List<Device> gpus = new ArrayList<>();
        Set<String> vendors = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        boolean unified = false;
        double unifiedRam = 0;
        for (GpuMention g : q.gpus()) {
            Optional<GpuMatch> match = knowledge.gpus().find(g.text());
            if (match.isEmpty()) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.UNKNOWN_GPU, g.text(), knowledge.gpus().suggest(g.text(), 3)));
                continue;
            }
            GpuMatch m = match.get();
            Double mem = g.memoryGb() != null ? g.memoryGb() : m.memoryGb().orElse(null);
            Device d = m.gpu().toDevice(mem);
            if (m.gpu().isUnified()) {
                unified = true;
                unifiedRam = gb(d.memoryBytes());
            }
            vendors.add(m.gpu().vendor());
            for (int i = 0; i < g.count(); i++) {
                gpus.add(g.count() > 1 ? new Device(d.name() + " #" + (i + 1), d.backend(), d.memoryBytes(), d.usableBytes(), d.bandwidthGBs()) : d);
            }
            String size = m.gpu().isUnified() ? "" : String.format(Locale.ROOT, " (%.0f GB%s)", gb(d.memoryBytes()),
                    m.assumed() ? (q.lang() == Lang.ZH ? "，按此版本估算" : ", assumed variant") : "");
            labels.add((g.count() > 1 ? g.count() + "x " : "") + d.name() + size);
        }
        if (q.gpus().isEmpty() && q.vramGb() != null && !q.cpuOnly()) {
            if (q.vramGb() <= 0 || q.vramGb() > 2048) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.BAD_VALUE, q.vramGb() + " GB", List.of()));
            } else {
                gpus.add(Device.gpu(String.format(Locale.ROOT, "%.0f GB GPU", q.vramGb()), Device.Backend.CUDA, q.vramGb(), UNKNOWN_CARD_BANDWIDTH));
                labels.add(String.format(Locale.ROOT, "a %.0f GB GPU", q.vramGb()));
                vendors.add("unknown");
            }
        }
        double ramGb = q.ramGb() != null && q.ramGb() > 0 && q.ramGb() <= 65536 ? q.ramGb() : unified ? unifiedRam : DEFAULT_RAM_GB;
        Platform platform = gpus.isEmpty() ? (q.cpuOnly() || q.hasHardware() ? Platform.CPU_ONLY : Platform.UNKNOWN)
                : vendors.size() > 1 ? Platform.MIXED
                : switch (vendors.iterator().next()) {
                    case "nvidia" -> Platform.NVIDIA;
                    case "amd" -> Platform.AMD;
                    case "intel" -> Platform.INTEL;
                    case "apple" -> Platform.APPLE;
                    default -> Platform.UNKNOWN;
                };
        boolean ramGiven = q.ramGb() != null && q.ramGb() > 0;
        String label = (labels.isEmpty() ? "CPU only" : String.join(" + ", labels))
                + (unified ? "" : String.format(Locale.ROOT, ", %.0f GB RAM%s", ramGb, ramGiven ? "" : " (assumed)"));
        // Unified memory: the CPU reads the same memory at the same bandwidth as the GPU.
        double ramBandwidth = unified ? gpus.get(0).bandwidthGBs() : Hardware.DEFAULT_RAM_BANDWIDTH_GBS;
        Hardware hw = new Hardware(gpus, Units.gib(ramGb), ramBandwidth, unified);
        return new Machine(hw, platform, label);
    }

    private static double gb(long bytes) { return Units.toGib(bytes); }
}
