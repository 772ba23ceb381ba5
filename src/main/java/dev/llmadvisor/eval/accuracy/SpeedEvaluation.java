package dev.llmadvisor.eval.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmadvisor.knowledge.GpuEntry;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.MemoryPlatform;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.SpeedModel;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The speed model against published measurements (eval/accuracy/speed-measurements.yaml). Each record is rebuilt
 * as the sizing core sees it — the knowledge-base model in the printed weight format, the catalog's GPUs (or the
 * stated variant's bandwidth), RAM bandwidth from the stated channels and speed ({@link MemoryPlatform}), the
 * stated placement through {@link Sizer#reads} — and the decode speed is predicted with {@link SpeedModel}.
 * Records are split once by id into a fitting set and a held-out set; {@link SpeedCalibration} fits on the first
 * only. A record that cannot be rebuilt is an error, never a silent skip. Pure: files in, records out.
 */
public final class SpeedEvaluation {

    public static final String FITTING = "fitting";
    public static final String HELD_OUT = "held-out";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final double HUGE_GIB = 4096;

    private SpeedEvaluation() { }

    /** How decode is spread: llama.cpp's turn-taking devices, or vLLM's tensor parallelism over n GPUs. */
    public record Case(String id, String set, String source, String hardwareClass, String engine, String label,
                       SpeedModel.Runtime runtime, Sizer.Reads reads, int tensorParallel, MemoryPlatform ram, double measured,
                       Double ppMeasured, double ppFp16Tflops, long activeParameters, SpeedModel.Kind ppKind) {

        /** Predicted decode tokens/s at the record's position, and the range the advisor would show. */
        public double predicted(SpeedModel.Params p) { return SpeedModel.perSecond(seconds(reads.full(), p)); }

        public double low(SpeedModel.Params p) { return SpeedModel.low(predicted(p), p); }

        public double high(SpeedModel.Params p) {
            List<SpeedModel.Share> shares = shares(reads.empty(), p);
            double ceiling = tensorParallel > 1 ? SpeedModel.tensorParallelCeiling(shares.get(0), tensorParallel) : SpeedModel.ceiling(shares);
            return SpeedModel.high(SpeedModel.perSecond(seconds(reads.empty(), p)), ceiling, p);
        }

        double seconds(List<SpeedModel.Share> stated, SpeedModel.Params p) {
            List<SpeedModel.Share> shares = shares(stated, p);
            if (tensorParallel > 1) {
                SpeedModel.Share gpu = shares.get(0);
                return SpeedModel.tensorParallelSeconds(gpu, tensorParallel, runtime, p);
            }
            return SpeedModel.seconds(shares, runtime, p);
        }

        /** The stated reads with the RAM bandwidth the advisor derives from the platform (sockets per the fitted scaling). */
        private List<SpeedModel.Share> shares(List<SpeedModel.Share> stated, SpeedModel.Params p) {
            if (ram == null) return stated;
            double bw = SpeedModel.ramBandwidthGBs(ram, p);
            return stated.stream().map(s -> s.kind() == SpeedModel.Kind.CPU
                    ? new SpeedModel.Share(s.kind(), bw, s.bytes(), s.layers()) : s).toList();
        }

        public Double ppPredicted(SpeedModel.Params p) {
            if (ppMeasured == null || !(ppFp16Tflops > 0)) return null;
            return SpeedModel.promptTokensPerSecond(ppFp16Tflops, activeParameters, ppKind, p);
        }
    }

    /** One record's result under a set of constants. */
    public record Result(String id, String set, String source, String hardwareClass, String engine, String label,
                         double measured, double predicted, double low, double high, Double ppMeasured, Double ppPredicted) {
        public double errorPct() { return (predicted - measured) / measured * 100; }

        public boolean inRange() { return measured >= low && measured <= high; }

        public Double ppErrorPct() {
            return ppMeasured == null || ppPredicted == null ? null : (ppPredicted - ppMeasured) / ppMeasured * 100;
        }
    }

    /** Decode (and prompt) error over one set. */
    public record Summary(String set, int count, double medianPct, double p90Pct, double maxPct, double withinRange,
                          int ppCount, double ppMedianPct) { }

    public record Report(String file, int records, List<Result> results, List<Summary> summaries, SpeedModel.Params params) {
        public Summary summary(String set) {
            return summaries.stream().filter(s -> s.set().equals(set)).findFirst().orElseThrow();
        }

        /** The largest misses of a set, worst first. */
        public List<Result> worst(String set, int n) {
            return results.stream().filter(r -> r.set().equals(set))
                    .sorted(Comparator.comparingDouble((Result r) -> -Math.abs(Math.log(r.predicted() / r.measured()))))
                    .limit(n).toList();
        }
    }

    /** Held out when the first byte of SHA-256 of the id, modulo 10, is below 3 (as eval/real-questions). */
    public static String setOf(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) % 10 < 3 ? HELD_OUT : FITTING;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the file as a case; any record that cannot be rebuilt throws, naming it. */
    public static List<Case> cases(Path yaml, Knowledge k) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(yaml));
        } catch (IOException e) {
            throw new InputError("cannot read " + yaml + ": " + e.getMessage());
        }
        List<Case> out = new ArrayList<>();
        for (JsonNode r : root.path("measurements")) {
            String id = r.path("id").asText();
            try {
                out.add(toCase(r, k));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("speed record " + id + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The cases with their results under {@code params}. */
    public static Report evaluate(Path yaml, List<Case> cases, SpeedModel.Params params) {
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            results.add(new Result(c.id(), c.set(), c.source(), c.hardwareClass(), c.engine(), c.label(), c.measured(),
                    c.predicted(params), c.low(params), c.high(params), c.ppMeasured(), c.ppPredicted(params)));
        }
        List<Summary> sums = List.of(summarize(FITTING, results), summarize(HELD_OUT, results));
        return new Report(yaml.toString(), cases.size(), results, sums, params);
    }

    /** Loads, and evaluates with the shipped constants. */
    public static Report run(Path yaml, Knowledge k) {
        return evaluate(yaml, cases(yaml, k), SpeedModel.FITTED);
    }

    private static Summary summarize(String set, List<Result> all) {
        List<Result> rs = all.stream().filter(r -> r.set().equals(set)).toList();
        double[] err = rs.stream().mapToDouble(r -> Math.abs(r.errorPct())).sorted().toArray();
        double within = rs.isEmpty() ? 0 : rs.stream().filter(Result::inRange).count() / (double) rs.size();
        double[] pp = rs.stream().map(Result::ppErrorPct).filter(java.util.Objects::nonNull).mapToDouble(Math::abs).sorted().toArray();
        return new Summary(set, rs.size(), quantile(err, 0.5), quantile(err, 0.9), err.length == 0 ? 0 : err[err.length - 1],
                within, pp.length, quantile(pp, 0.5));
    }

    /** Linear-interpolated quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return 0;
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }

    // ------------------------------------------------------------------------------------------------ records

    private static Case toCase(JsonNode r, Knowledge k) {
        String id = r.path("id").asText();
        if (id.isBlank()) throw new IllegalArgumentException("no id");
        String engine = text(r, "engine");
        SpeedModel.Runtime runtime = SpeedModel.Runtime.of(engine);
        ModelEntry m = k.models().find(text(r, "model")).map(ModelMatch::model)
                .orElseThrow(() -> new IllegalArgumentException("model not in the knowledge base: " + r.path("model").asText()));
        if (!m.id().equals(text(r, "model"))) throw new IllegalArgumentException("model id " + text(r, "model") + " resolves to " + m.id());
        WeightFormat format = WeightFormat.parse(text(r, "format"))
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + r.path("format").asText()));
        String placement = text(r, "placement");
        int context = r.path("context").asInt(0);
        if (context < 1) throw new IllegalArgumentException("no context");
        double measured = r.path("tg").asDouble(0);
        if (!(measured > 0)) throw new IllegalArgumentException("no tg");

        // The GPUs as the catalog knows them; the stated variant's bandwidth and the stated backend win.
        JsonNode hwNode = r.path("hardware");
        List<Device> gpus = new ArrayList<>();
        boolean unified = false;
        double unifiedBandwidth = 0, unifiedGib = 0;
        double tflops = 0;
        String gpuLabel = "";
        Device.Backend backendOverride = r.has("backend") ? Device.Backend.valueOf(text(r, "backend").toUpperCase(Locale.ROOT)) : null;
        for (JsonNode g : hwNode.path("gpus")) {
            Double mem = g.has("memory_gb") ? g.path("memory_gb").asDouble() : null;
            GpuMatch match = k.gpus().find(text(g, "name"), mem)
                    .orElseThrow(() -> new IllegalArgumentException("GPU not in the catalog: " + g.path("name").asText()));
            GpuEntry entry = match.gpu();
            if (!entry.name().equals(text(g, "name"))) throw new IllegalArgumentException("GPU " + text(g, "name") + " resolves to " + entry.name());
            Device d = entry.toDevice(mem);
            double bw = g.has("bandwidth_gbs") ? g.path("bandwidth_gbs").asDouble() : d.bandwidthGBs();
            Device.Backend b = backendOverride != null ? backendOverride : d.backend();
            int count = Math.max(1, g.path("count").asInt(1));
            // Memory is not what is measured here: every card gets room for its share, so the stated placement holds.
            for (int i = 0; i < count; i++) {
                gpus.add(new Device(d.name() + (count > 1 ? " #" + (i + 1) : ""), b, Units.gib(HUGE_GIB), Units.gib(HUGE_GIB), bw));
            }
            if (entry.isUnified()) {
                unified = true;
                unifiedBandwidth = bw;
                unifiedGib = Units.toGib(d.memoryBytes());
            }
            if (entry.fp16Tflops() != null) tflops = entry.fp16Tflops();
            gpuLabel = (count > 1 ? count + "x " : "") + entry.name();
        }
        double ramBandwidth;
        String cpuLabel = "";
        MemoryPlatform mp = null;
        if (hwNode.has("ram")) {
            JsonNode ram = hwNode.path("ram");
            int sockets = hwNode.path("sockets").asInt(1);
            mp = new MemoryPlatform(text(ram, "type"), ram.path("mts").asInt(), ram.path("channels").asInt(), sockets, "stated");
            ramBandwidth = mp.bandwidthGBs();
            cpuLabel = hwNode.path("cpu").asText("CPU") + (sockets > 1 ? " x" + sockets : "") + ", " + mp.channels() + "x "
                    + mp.type() + "-" + mp.mts();
        } else if (unified) {
            ramBandwidth = unifiedBandwidth;
        } else if (Set.of("gpu", "multi_gpu", "tensor_parallel").contains(text(r, "placement"))) {
            ramBandwidth = Hardware.DEFAULT_RAM_BANDWIDTH_GBS; // nothing a token reads lives there
        } else {
            throw new IllegalArgumentException("no RAM stated and no unified memory");
        }

        // Placement.
        int layers = m.arch().layers();
        int gpuLayers;
        int cpuMoe = 0;
        int tp = 1;
        switch (placement) {
            case "gpu", "multi_gpu" -> gpuLayers = layers + 1;
            case "tensor_parallel" -> {
                gpuLayers = layers + 1;
                tp = gpus.size();
                gpus = List.of(gpus.get(0));
            }
            case "offload" -> gpuLayers = r.path("ngl").asInt(-1);
            case "experts_cpu" -> {
                gpuLayers = layers + 1;
                String n = r.path("cpu_moe").asText("all");
                cpuMoe = n.equals("all") ? layers : Integer.parseInt(n);
            }
            case "cpu" -> {
                gpuLayers = 0;
                gpus = List.of();
            }
            default -> throw new IllegalArgumentException("unknown placement " + placement);
        }
        if (gpuLayers < 0) throw new IllegalArgumentException("offload without ngl");
        if (!placement.equals("cpu") && gpus.isEmpty()) throw new IllegalArgumentException("placement " + placement + " without a GPU");
        if (placement.equals("gpu") && gpus.size() > 1) throw new IllegalArgumentException("placement gpu with several GPUs");

        KvCacheType kv = r.has("kv_type") ? KvCacheType.parse(text(r, "kv_type")).orElseThrow() : KvCacheType.F16;
        RunConfig run = RunConfig.of(context).withKvType(kv);
        double ramGib = unified ? unifiedGib : HUGE_GIB;
        Hardware hw = new Hardware(gpus, Units.gib(Math.max(ramGib, 1)), ramBandwidth, unified && placement.equals("gpu"));
        ModelSpec spec = ModelSpec.of(m.id(), m.arch(), format);
        Sizer.Reads reads = Sizer.reads(spec, run, hw, gpuLayers, cpuMoe);

        Double pp = r.has("pp") && r.path("pp_tokens").asInt(0) >= 256 && (placement.equals("gpu") || placement.equals("multi_gpu"))
                ? r.path("pp").asDouble() : null;
        SpeedModel.Kind ppKind = gpus.isEmpty() ? SpeedModel.Kind.CPU : SpeedModel.Kind.of(gpus.get(0).backend());
        String hwClass = hardwareClass(placement, gpus, unified, runtime, backendOverride);
        String label = m.id() + " " + format + " on " + (gpuLabel.isEmpty() ? "" : gpuLabel)
                + (cpuLabel.isEmpty() || placement.equals("gpu") || placement.equals("multi_gpu") || placement.equals("tensor_parallel")
                ? "" : (gpuLabel.isEmpty() ? "" : " + ") + cpuLabel)
                + " (" + placement + (r.has("ngl") ? " ngl " + r.path("ngl").asInt() : "") + (tp > 1 ? " tp " + tp : "") + ", " + engine + ")";
        return new Case(id, setOf(id), text(r, "source"), hwClass, engine, label, runtime, reads, tp, mp, measured, pp, tflops,
                spec.profile().activeParameters(), ppKind);
    }

    /** The class a record counts under in the report. */
    static String hardwareClass(String placement, List<Device> gpus, boolean unified, SpeedModel.Runtime rt, Device.Backend override) {
        if (placement.equals("cpu")) return "cpu only";
        if (placement.equals("experts_cpu")) return "GPU + experts in RAM";
        if (placement.equals("offload")) return "GPU + layers in RAM";
        if (placement.equals("tensor_parallel")) return "multi-GPU tensor parallel";
        if (placement.equals("multi_gpu")) return "multi-GPU layer split";
        if (unified) return rt == SpeedModel.Runtime.MLX ? "Apple (MLX)" : gpus.get(0).name().startsWith("Apple") ? "Apple (Metal)" : "AMD APU";
        Device.Backend b = gpus.get(0).backend();
        String vendor = gpus.get(0).name().startsWith("Radeon") ? "AMD" : gpus.get(0).name().startsWith("Arc") ? "Intel" : "NVIDIA";
        return vendor + " one GPU" + (override == Device.Backend.VULKAN ? " (Vulkan)" : b == Device.Backend.ROCM ? " (ROCm)" : "");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("missing " + field);
        return v.asText();
    }

    /** Counts of records per hardware class and set, for the report. */
    public static List<String[]> countsByClass(Report rep) {
        java.util.Map<String, int[]> m = new java.util.TreeMap<>();
        for (Result r : rep.results()) m.computeIfAbsent(r.hardwareClass(), x -> new int[2])[r.set().equals(FITTING) ? 0 : 1]++;
        List<String[]> out = new ArrayList<>();
        m.forEach((c, n) -> out.add(new String[] {c, String.valueOf(n[0]), String.valueOf(n[1])}));
        return out;
    }

    static Optional<Double> none() { return Optional.empty(); }
}
