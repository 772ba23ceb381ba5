package dev.llmadvisor.eval.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the sizing core with what real engines allocated: published llama.cpp / Ollama load logs
 * ({@code eval/accuracy/llamacpp-logs.yaml}), published GGUF file sizes ({@code eval/accuracy/gguf-file-sizes.yaml}) and the runs
 * of a real llama.cpp CPU build ({@code eval/accuracy/llamacpp-probe.csv}). Each record is mapped to a knowledge-base
 * architecture and its run settings are reproduced with {@link Sizer#place}; what cannot be mapped is listed as
 * skipped with the reason. Pure functions from files to records; no printing.
 */
public final class AccuracyEvaluation {

    /** A compared part and the issue's target for its median absolute error, in percent. */
    public enum Part {
        WEIGHTS(2.0), KV(1.0), COMPUTE(20.0), TOTAL(5.0);

        private final double targetPct;

        Part(double targetPct) { this.targetPct = targetPct; }

        public double targetPct() { return targetPct; }
    }

    /** One figure: published (or measured) vs ours, in MiB; {@code device} null for the sum over all devices. */
    public record Comparison(Part part, String device, double publishedMib, double oursMib) {
        /** Signed relative error of ours against the published figure, in percent. */
        public double errorPct() {
            if (publishedMib == 0) return oursMib == 0 ? 0 : 100;
            return (oursMib - publishedMib) / publishedMib * 100;
        }
    }

    /** A record the evaluator reproduced. {@code parts} are sums over devices; {@code devices} the per-device split. */
    public record Evaluated(String set, String id, String model, String mapping, String settings,
                            List<Comparison> parts, List<Comparison> devices, String note) {
        public Optional<Comparison> part(Part p) {
            return parts.stream().filter(c -> c.part() == p).findFirst();
        }
    }

    public record Skipped(String set, String id, String reason) { }

    /** Absolute errors of one part over one set. {@code withinTarget}: share of records within the target. */
    public record Summary(String set, Part part, int count, double medianPct, double p90Pct, double maxPct,
                          double withinTarget, double targetPct) {
        public boolean medianMeetsTarget() { return count > 0 && medianPct <= targetPct; }
    }

    public record SetResult(String set, String file, int records, List<Evaluated> evaluated, List<Skipped> skipped,
                            List<Summary> summaries) {
        public Optional<Summary> summary(Part p) {
            return summaries.stream().filter(s -> s.part() == p).findFirst();
        }

        public Optional<Evaluated> find(String id) {
            return evaluated.stream().filter(e -> e.id().equals(id)).findFirst();
        }
    }

    /**
     * What a figure is evidence of. Independent: a published file size or a published engine log, or the real
     * engine's own allocation. Self-check: compared with something derived from our own output (the probe's GGUF
     * files are written from our tensor layout, so their weights match by construction). In-sample: the real
     * engine's figure, but the sizing terms were fitted on these same runs (the CPU compute buffer).
     */
    public static String evidence(String set, Part part) {
        if (!set.equals(PROBE) && !set.equals(PROBE_HELD_OUT)) return "independent";
        return switch (part) {
            case WEIGHTS -> "self-check";
            case KV -> "independent";
            case COMPUTE -> set.equals(PROBE) ? "in-sample" : "held-out";
            case TOTAL -> "mixed";
        };
    }

    public static final String LOGS = "logs";
    public static final String SIZES = "file-sizes";
    public static final String PROBE = "probe";
    /** Real llama.cpp runs of architectures the CPU compute terms were not fitted on, named by their knowledge id. */
    public static final String PROBE_HELD_OUT = "probe-held-out";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final double HUGE_GIB = 1024;

    /**
     * Models whose config.json is architecturally identical to a knowledge-base entry (same layers, widths,
     * heads, experts, vocabulary): a different fine-tune or release of the same network.
     */
    static final Map<String, String> SAME_ARCHITECTURE = Map.of(
            // DeepSeek-R1 was trained from DeepSeek-V3-Base; both configs are DeepseekV3ForCausalLM with the same dimensions.
            "deepseek-ai/DeepSeek-V3-0324", "deepseek-r1",
            // Phi-3.5-mini-instruct keeps Phi-3-mini-128k's network (32 x 3072, 32 heads, ffn 8192, vocab 32064, longrope).
            "microsoft/Phi-3-mini-128k-instruct", "phi-3.5-mini-instruct",
            // The 2507 refresh changes the weights and the trained context, not the network.
            "Qwen/Qwen3-30B-A3B-Thinking-2507", "qwen3-30b-a3b");

    /**
     * Probe rows name the shape ModelShapes wrote (test sources); each maps to a knowledge entry with that
     * network, and the row's printed shape columns are checked against it before use.
     */
    static final Map<String, String> PROBE_SHAPES = Map.ofEntries(
            Map.entry("Llama-3-8B", "llama3-8b-instruct"),
            Map.entry("Qwen2.5-7B", "qwen2.5-7b-instruct"),
            Map.entry("Qwen3-8B", "qwen3-8b"),
            Map.entry("Gemma-3-12B", "gemma3-12b-it"),
            Map.entry("Phi-3-mini-4k", "phi-3.5-mini-instruct"),
            Map.entry("StarCoder2-7B", "starcoder2-7b"),
            Map.entry("Qwen3-30B-A3B", "qwen3-30b-a3b"),
            Map.entry("DeepSeek-V2-Lite", "deepseek-coder-v2-lite-instruct"),
            Map.entry("Qwen2.5-0.5B", "qwen2.5-coder-0.5b-instruct"),
            Map.entry("Gemma-3-1B", "gemma3-1b-it"),
            Map.entry("Llama-3.2-1B", "llama3.2-1b-instruct"));

    /**
     * Weight formats not printed in a log record but pinned down by it: the model buffers of this record add up
     * to 17.28 GiB, the printed file size of Qwen3-30B-A3B Q4_K_M in record qwen3-30b-a3b-q4km-2gpu-expertscpu-16k.
     */
    static final Map<String, WeightFormat> INFERRED_FORMAT = Map.of(
            "qwen3-30b-a3b-partial-offload-30of49-4k", WeightFormat.Q4_K_M);

    /** What a record's build did differently from current llama.cpp, checked against the record's own figures. */
    static final Map<String, String> BUILD_NOTES = Map.of(
            "deepseek-v3-0324-q2kxl-4gpu-ot-16k-fa-mla",
            "this build (May 2025) stored a 512-wide MLA V row beside the 576-wide K row (K 1098 + V 976 MiB);"
                    + " current llama.cpp (the b10257 probe) keeps only K",
            "llama-8b-q4km-rocm-ollama-4x2k",
            "this build (llama_kv_cache_init) had one unified cache of 8192 cells: ROCm0 compute 572 MiB ="
                    + " 32 heads x 8192 cells x 512 x 4 B (512 MiB) + mask (16 MiB) + 44 MiB of other tensors, not one 2048-cell stream per sequence");

    private AccuracyEvaluation() { }

    // ------------------------------------------------------------------------------------------------ logs

    public static SetResult logs(Path yaml, Knowledge k) {
        JsonNode root = readYaml(yaml);
        List<Evaluated> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int n = 0;
        for (String group : new String[] {"records", "partial_records"}) {
            for (JsonNode r : root.path(group)) {
                n++;
                try {
                    Object out = logRecord(r, k, group.equals("partial_records"));
                    if (out instanceof Evaluated e) done.add(e); else skipped.add((Skipped) out);
                } catch (RuntimeException e) {
                    // A record the code cannot handle is a bug to fix, not a record to skip quietly.
                    throw new IllegalStateException("log record " + r.path("id").asText() + " could not be evaluated: " + e, e);
                }
            }
        }
        return new SetResult(LOGS, yaml.toString(), n, done, skipped, summarize(LOGS, done));
    }

    private static Object logRecord(JsonNode r, Knowledge k, boolean partial) {
        String id = r.path("id").asText();
        JsonNode model = r.path("model");
        JsonNode run = r.path("run");
        JsonNode rep = r.path("reported");
        String fork = r.path("fork").asText("");
        if (forkWithOwnAllocator(fork)) {
            return new Skipped(LOGS, id, "llama.cpp fork " + fork + " (its own KV/compute accounting)");
        }
        String hf = repoOf(model.path("hf_config").asText(""));
        if (hf.isEmpty()) return new Skipped(LOGS, id, "unknown architecture: " + model.path("name").asText("no name"));
        Optional<ModelEntry> entry = resolve(hf, k);
        if (entry.isEmpty()) return new Skipped(LOGS, id, "architecture not in the knowledge base: " + hf);
        ModelEntry m = entry.get();
        ModelArch a = m.arch();

        // Parts the record holds.
        Map<String, Double> wRep = mib(rep.path("model_buffers_mib"));
        Map<String, Double> kvRep = mib(rep.path("kv_buffers_mib"));
        Map<String, Double> cRep = mib(rep.path("compute_buffers_mib"));
        List<String> notes = new ArrayList<>();
        if (!fork.isEmpty()) notes.add("packaging of mainline llama.cpp (" + fork + ")");
        if (cRep.isEmpty() && rep.has("compute_failed_alloc_bytes")) {
            // A failed compute allocation prints the size the graph needed.
            for (Iterator<Map.Entry<String, JsonNode>> it = rep.path("compute_failed_alloc_bytes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                cRep.put(f.getKey(), f.getValue().asDouble() / Units.MIB);
            }
            notes.add("compute = the size of the allocation that failed; n_ubatch 512 and flash attention off are that build's defaults");
        }

        // Format: printed, or pinned by the record, or irrelevant when no weights are compared.
        WeightFormat format = formatOf(model.path("file_type").asText(""));
        if (format == null) format = INFERRED_FORMAT.get(id);
        if (format == null) {
            if (!wRep.isEmpty()) return new Skipped(LOGS, id, "weight format not printed");
            format = WeightFormat.Q4_K_M;
            notes.add("weight format not printed; weights not compared");
        }
        if (INFERRED_FORMAT.containsKey(id)) notes.add("format " + format + " inferred from the model buffers' sum");

        // Run settings.
        int nSeq = run.path("n_seq_max").asInt(1);
        int ctxSeq = run.has("n_ctx_per_seq") ? run.path("n_ctx_per_seq").asInt()
                : run.path("n_ctx").asInt(0) / Math.max(1, nSeq);
        if (ctxSeq <= 0) return new Skipped(LOGS, id, "n_ctx not printed");
        int ubatch = run.path("n_ubatch").asInt(512);
        boolean fa = run.path("flash_attn").asText("false").matches("(?i)true|1|on|enabled");
        String tk = run.path("type_k").asText("f16");
        String tv = run.path("type_v").asText("f16");
        if (!tk.equalsIgnoreCase(tv)) return new Skipped(LOGS, id, "different K and V cache types (" + tk + "/" + tv + ")");
        KvCacheType kv = KvCacheType.parse(tk).orElseThrow(() -> new IllegalArgumentException("cache type " + tk));
        RunConfig rc = new RunConfig(ctxSeq, Math.max(2048, ubatch), ubatch, nSeq, kv, fa);

        // Devices: the GPUs named in the buffer lines, with the layer split llama.cpp chose read from the KV lines.
        TreeMap<Integer, String> gpuNames = new TreeMap<>();
        for (Map<String, Double> mm : List.of(wRep, kvRep, cRep)) {
            for (String d : mm.keySet()) {
                Dev dev = Dev.of(d);
                if (!dev.host()) gpuNames.putIfAbsent(dev.index(), dev.name());
            }
        }
        Map<Integer, Double> kvPerGpu = new HashMap<>();
        kvRep.forEach((d, v) -> { Dev dev = Dev.of(d); if (!dev.host()) kvPerGpu.merge(dev.index(), v, Double::sum); });
        double kvGpuSum = kvPerGpu.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Device> gpus = new ArrayList<>();
        for (Map.Entry<Integer, String> g : gpuNames.entrySet()) {
            double share = gpuNames.size() > 1 && kvGpuSum > 0 ? kvPerGpu.getOrDefault(g.getKey(), 0.0) / kvGpuSum : 1.0 / gpuNames.size();
            gpus.add(Device.gpu(g.getValue(), backend(g.getValue()), Math.max(1, HUGE_GIB * share), 500));
        }
        Hardware hw = Hardware.of(gpus, Units.gib(HUGE_GIB));
        int gpuLayers;
        String off = run.path("offloaded").asText("");
        Matcher om = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)").matcher(off);
        if (om.find()) gpuLayers = Integer.parseInt(om.group(1));
        else gpuLayers = gpus.isEmpty() ? 0 : a.layers() + 1;
        String experts = run.path("experts_on_cpu").asText("false");
        boolean partialExperts = experts.equals("partial");
        int cpuMoe = experts.equals("true") ? a.layers() : 0;
        ModelSpec spec = ModelSpec.of(m.id(), a, format);
        Estimate e = Sizer.place(spec, rc, hw, gpuLayers, cpuMoe);

        boolean compareWeights = !wRep.isEmpty() && !partialExperts;
        boolean compareCompute = !cRep.isEmpty() && !partialExperts;
        if (partialExperts) notes.add("weights and compute not compared: -ot tensor overrides split the experts over "
                + gpus.size() + " GPUs and the CPU, which Sizer.place cannot express");
        List<Comparison> parts = new ArrayList<>();
        List<Comparison> devices = new ArrayList<>();
        long ourW = e.devices().stream().mapToLong(Estimate.DeviceUse::weights).sum();
        if (compareWeights) parts.add(new Comparison(Part.WEIGHTS, null, sum(wRep), Units.toMib(ourW)));
        if (!kvRep.isEmpty()) parts.add(new Comparison(Part.KV, null, sum(kvRep), Units.toMib(e.kvBytes())));
        if (compareCompute) parts.add(new Comparison(Part.COMPUTE, null, sum(cRep), Units.toMib(e.computeBytes())));
        if (compareWeights && !kvRep.isEmpty() && compareCompute) {
            parts.add(new Comparison(Part.TOTAL, null, sum(wRep) + sum(kvRep) + sum(cRep),
                    Units.toMib(ourW + e.kvBytes() + e.computeBytes())));
        }
        if (compareWeights) devices.addAll(perDevice(Part.WEIGHTS, wRep, e, Estimate.DeviceUse::weights));
        if (!kvRep.isEmpty() && !partialExperts) devices.addAll(perDevice(Part.KV, kvRep, e, Estimate.DeviceUse::kv));
        if (compareCompute) devices.addAll(perDevice(Part.COMPUTE, cRep, e, Estimate.DeviceUse::compute));
        double fileMib = model.path("file_size_gib").asDouble(0) * 1024;
        if (compareWeights && fileMib > 0 && sum(wRep) > fileMib * 1.005) {
            notes.add(String.format(Locale.ROOT, "the model buffers add up to %.0f MiB, more than the %.0f MiB file: the mmapped"
                    + " CPU_Mapped buffer spans a file range that also holds tensors copied to the GPU (ours vs file size: %+.2f%%)",
                    sum(wRep), fileMib, (Units.toMib(spec.profile().fileBytes()) - fileMib) / fileMib * 100));
        }
        if (parts.isEmpty()) return new Skipped(LOGS, id, "no comparable part (missing " + r.path("missing") + ")");
        if (partial) notes.add(0, "partial record (missing " + r.path("missing") + ")");
        if (BUILD_NOTES.containsKey(id)) notes.add(BUILD_NOTES.get(id));
        String settings = settings(rc, gpuLayers, cpuMoe, gpus.size());
        return new Evaluated(LOGS, id, m.name() + " " + format, hf + " -> " + m.id(), settings, parts, devices,
                String.join("; ", notes));
    }

    private static boolean forkWithOwnAllocator(String fork) {
        String f = fork.toLowerCase(Locale.ROOT);
        return f.contains("ik_llama") || f.contains("llamafile") || f.contains("koboldcpp");
    }

    /** Per-device comparison when the part sits on more than one device. */
    private static List<Comparison> perDevice(Part part, Map<String, Double> rep, Estimate e,
                                              java.util.function.ToLongFunction<Estimate.DeviceUse> f) {
        Map<String, Double> byDev = new LinkedHashMap<>();
        rep.forEach((d, v) -> byDev.merge(Dev.of(d).label(), v, Double::sum));
        if (byDev.size() < 2) return List.of();
        List<Estimate.DeviceUse> gpuUses = e.devices().stream().filter(u -> !u.isHost()).toList();
        Estimate.DeviceUse host = e.devices().stream().filter(Estimate.DeviceUse::isHost).findFirst().orElseThrow();
        List<Comparison> out = new ArrayList<>();
        for (Map.Entry<String, Double> d : byDev.entrySet()) {
            boolean isHost = d.getKey().equals(Dev.HOST);
            int index = isHost ? -1 : Dev.of(d.getKey()).index();
            Estimate.DeviceUse u = isHost ? host : index < gpuUses.size() ? gpuUses.get(index) : null;
            out.add(new Comparison(part, d.getKey(), d.getValue(), u == null ? 0 : Units.toMib(f.applyAsLong(u))));
        }
        return out;
    }

    /** A buffer name as logged: CUDA0, CUDA0_swa, CUDA_Host, CPU_Mapped, ROCm0, Vulkan0, Metal. */
    record Dev(String name, boolean host, int index) {
        static final String HOST = "host";

        static Dev of(String s) {
            String n = s.replaceFirst("(?i)_swa$", "");
            boolean host = n.startsWith("CPU") || n.endsWith("_Host");
            Matcher m = Pattern.compile("(\\d+)$").matcher(n);
            return new Dev(n, host, host ? -1 : m.find() ? Integer.parseInt(m.group(1)) : 0);
        }

        /** Host buffers (CPU, CPU_Mapped, *_Host) are one device: system RAM. */
        String label() { return host ? HOST : name; }
    }

    private static Device.Backend backend(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("ROCM")) return Device.Backend.ROCM;
        if (n.startsWith("VULKAN")) return Device.Backend.VULKAN;
        if (n.startsWith("METAL")) return Device.Backend.METAL;
        if (n.startsWith("SYCL")) return Device.Backend.SYCL;
        return Device.Backend.CUDA;
    }

    // ------------------------------------------------------------------------------------------- file sizes

    public static SetResult fileSizes(Path yaml, Knowledge k) {
        JsonNode root = readYaml(yaml);
        List<Evaluated> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int n = 0;
        int i = 0;
        for (JsonNode f : root.path("files")) {
            n++;
            i++;
            String hf = f.path("model_hf").asText("").replaceFirst("\\s*\\(.*$", "").trim();
            String quant = f.path("quant").asText("");
            String id = "#" + i + " " + hf + " " + quant.replaceFirst("\\s*\\(.*$", "");
            String q = quant.toLowerCase(Locale.ROOT);
            if (q.contains("ik_llama")) { skipped.add(new Skipped(SIZES, id, "ik_llama.cpp-only quant type")); continue; }
            if (q.contains("mix")) { skipped.add(new Skipped(SIZES, id, "custom per-tensor mix: " + quant)); continue; }
            WeightFormat format = formatOf(quant);
            if (format == null) { skipped.add(new Skipped(SIZES, id, "weight format not modelled: " + quant)); continue; }
            Optional<ModelEntry> entry = resolve(hf, k);
            if (entry.isEmpty()) { skipped.add(new Skipped(SIZES, id, "architecture not in the knowledge base: " + hf)); continue; }
            double published;
            String unit;
            if (f.has("size_gib")) { published = f.path("size_gib").asDouble() * 1024; unit = "GiB as printed"; }
            // Decimal GB: the BF16 row (29.54 GB) is exactly 2 bytes x Qwen3-14B's 14.77e9 parameters.
            else if (f.has("size_gb")) { published = f.path("size_gb").asDouble() * 1e9 / Units.MIB; unit = "GB (1e9 bytes) as printed"; }
            else if (f.has("size_bytes_approx")) { published = f.path("size_bytes_approx").asDouble() / Units.MIB; unit = "bytes, 3 significant digits"; }
            else { skipped.add(new Skipped(SIZES, id, "no size")); continue; }
            ModelEntry m = entry.get();
            ModelSpec spec = ModelSpec.of(m.id(), m.arch(), format);
            Comparison c = new Comparison(Part.WEIGHTS, null, published, Units.toMib(spec.profile().fileBytes()));
            done.add(new Evaluated(SIZES, id, m.name() + " " + format, hf + " -> " + m.id(), "file size, " + unit,
                    List.of(c), List.of(), f.path("file").asText(f.path("gguf_repo").asText(""))));
        }
        return new SetResult(SIZES, yaml.toString(), n, done, skipped, summarize(SIZES, done));
    }

    // ------------------------------------------------------------------------------------------------ probe

    public static SetResult probe(Path csv, Knowledge k) {
        return probe(PROBE, csv, k);
    }

    /** Real llama.cpp CPU runs; a row's label is a {@link #PROBE_SHAPES} shape or, in the held-out set, a knowledge id. */
    public static SetResult probe(String set, Path csv, Knowledge k) {
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            rows = it.readAll();
        } catch (IOException | RuntimeException e) {
            throw new InputError("cannot read " + csv + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new InputError(csv + " has no runs");
        List<String> missing = PROBE_COLUMNS.stream().filter(c -> !rows.get(0).containsKey(c)).toList();
        if (!missing.isEmpty()) throw new InputError(csv + " lacks the columns " + String.join(", ", missing) + " (see LlamaCppCalibration.HEADER)");
        List<Evaluated> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Hardware cpuOnly = Hardware.of(List.of(), Units.gib(HUGE_GIB));
        Map<String, ModelSpec> specs = new HashMap<>();
        int n = 0;
        try {
            for (Map<String, String> row : rows) {
                if (row.values().stream().allMatch(String::isBlank)) continue;
                n++;
                String shape = row.getOrDefault("model_shape", "");
                String label = shape.replaceFirst("\\[.*$", "");
                int nCtx = Integer.parseInt(row.get("n_ctx"));
                int ub = Integer.parseInt(row.get("n_ubatch"));
                int np = Integer.parseInt(row.get("n_parallel"));
                boolean fa = row.get("flash_attn").equals("on");
                boolean unified = Boolean.parseBoolean(row.getOrDefault("kv_unified", "false"));
                String id = String.format(Locale.ROOT, "%s ctx=%d ub=%d np=%d fa=%s kv=%s%s", label, nCtx, ub, np,
                        fa ? "on" : "off", row.get("type_k"), unified ? " unified" : "");
                String error = row.getOrDefault("error", "");
                if (!error.isBlank()) {
                    skipped.add(new Skipped(set, id, "llama.cpp refused the run: " + error.replaceFirst("^exit \\d+: ", "").replaceFirst(" \\|.*$", "")));
                    continue;
                }
                String kid = PROBE_SHAPES.getOrDefault(label, set.equals(PROBE_HELD_OUT) ? label : null);
                Optional<ModelEntry> entry = kid == null ? Optional.empty() : k.models().byId(kid);
                if (entry.isEmpty()) { skipped.add(new Skipped(set, id, "shape not mapped to the knowledge base: " + label)); continue; }
                ModelArch a = entry.get().arch();
                String mismatch = shapeMismatch(a, row);
                if (mismatch != null) { skipped.add(new Skipped(set, id, "knowledge entry " + kid + " differs from the probed shape: " + mismatch)); continue; }
                if (!row.get("type_k").equals(row.get("type_v"))) { skipped.add(new Skipped(set, id, "different K and V cache types")); continue; }
                WeightFormat format = WeightFormat.parse(row.get("format")).orElseThrow();
                ModelSpec spec = specs.computeIfAbsent(kid + "/" + format, x -> ModelSpec.of(kid, a, format));
                KvCacheType kv = KvCacheType.parse(row.get("type_k")).orElseThrow();
                // llama.cpp's n_ctx is the total over the sequences; our context is per sequence.
                RunConfig rc = new RunConfig(Math.max(1, nCtx / np), Math.max(2048, ub), ub, np, kv, fa);
                Estimate e = Sizer.place(spec, rc, cpuOnly, 0, 0);
                Estimate.DeviceUse host = e.devices().stream().filter(Estimate.DeviceUse::isHost).findFirst().orElseThrow();
                double w = Double.parseDouble(row.get("model_buf_mib"));
                double kvm = Double.parseDouble(row.get("kv_mib_total"));
                double cm = Double.parseDouble(row.get("compute_mib"));
                List<Comparison> parts = List.of(
                        new Comparison(Part.WEIGHTS, null, w, Units.toMib(host.weights())),
                        new Comparison(Part.KV, null, kvm, Units.toMib(host.kv())),
                        new Comparison(Part.COMPUTE, null, cm, Units.toMib(host.compute())),
                        new Comparison(Part.TOTAL, null, w + kvm + cm, Units.toMib(host.weights() + host.kv() + host.compute())));
                String note = unified ? "kv_unified: one stream of n_ctx cells" : np > 1 ? np + " streams of n_ctx_seq " + row.get("n_ctx_seq") + " cells" : "";
                done.add(new Evaluated(set, id, label + " " + format, label + " -> " + kid,
                        settings(rc, 0, 0, 0) + " (CPU only)", parts, List.of(), note));
            }
        } catch (NumberFormatException | java.util.NoSuchElementException e) {
            // a hand-edited or foreign CSV: say which run, not a stack trace
            throw new InputError(csv + ": run " + n + " has a value that is not a number, format or cache type (" + e.getMessage() + ")", e);
        }
        return new SetResult(set, csv.toString(), n, done, skipped, summarize(set, done));
    }

    /** The columns a probe row is read by; the shape columns are optional (checked when present). */
    private static final List<String> PROBE_COLUMNS = List.of("model_shape", "format", "n_ctx", "n_ubatch", "n_parallel", "flash_attn",
            "type_k", "type_v", "model_buf_mib", "kv_mib_total", "compute_mib", "error");

    /** Null when the knowledge architecture has the probed row's printed shape; else what differs. */
    static String shapeMismatch(ModelArch a, Map<String, String> row) {
        List<String> diff = new ArrayList<>();
        check(diff, "n_layer", a.layers(), row);
        check(diff, "n_embd", a.hiddenSize(), row);
        check(diff, "n_head", a.heads(), row);
        check(diff, "n_head_kv", a.kvHeads(), row);
        check(diff, "head_dim_k", a.headDimK(), row);
        check(diff, "n_ff", a.ffnSize(), row);
        check(diff, "n_vocab", a.vocabSize(), row);
        check(diff, "n_swa", a.slidingWindow() == null ? 0 : a.slidingWindow().window(), row);
        check(diff, "n_expert", a.moe() == null ? 0 : a.moe().experts(), row);
        return diff.isEmpty() ? null : String.join(", ", diff);
    }

    private static void check(List<String> diff, String col, int ours, Map<String, String> row) {
        String v = row.get(col);
        if (v == null || v.isBlank()) return;
        if (Integer.parseInt(v) != ours) diff.add(col + " " + v + " vs " + ours);
    }

    // ---------------------------------------------------------------------------------------------- summary

    public static List<Summary> summarize(String set, List<Evaluated> done) {
        List<Summary> out = new ArrayList<>();
        for (Part p : Part.values()) {
            List<Double> errs = new ArrayList<>();
            for (Evaluated e : done) e.part(p).ifPresent(c -> errs.add(Math.abs(c.errorPct())));
            if (errs.isEmpty()) continue;
            errs.sort(Comparator.naturalOrder());
            long within = errs.stream().filter(x -> x <= p.targetPct()).count();
            out.add(new Summary(set, p, errs.size(), median(errs), percentile(errs, 90), errs.get(errs.size() - 1),
                    (double) within / errs.size(), p.targetPct()));
        }
        return out;
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile of a sorted list. */
    static double percentile(List<Double> sorted, int pct) {
        int rank = (int) Math.ceil(pct / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static JsonNode readYaml(Path file) {
        try {
            JsonNode n = YAML.readTree(Files.readString(file));
            if (n == null || !n.isObject()) throw new InputError(file + " must hold a YAML mapping");
            return n;
        } catch (IOException e) {
            throw new InputError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** "https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json" -> "openai/gpt-oss-20b". */
    static String repoOf(String url) {
        Matcher m = Pattern.compile("huggingface\\.co/([^/]+/[^/]+)").matcher(url);
        return m.find() ? m.group(1) : "";
    }

    static Optional<ModelEntry> resolve(String repo, Knowledge k) {
        String same = SAME_ARCHITECTURE.get(repo);
        if (same != null) return k.models().byId(same);
        return k.models().find(repo).map(ModelMatch::model);
    }

    /** "MXFP4 MoE (printed F16)" -> MXFP4, "Q2_K (printed ...)" -> Q2_K, "Q6_K_L" -> null (not a standard mix). */
    static WeightFormat formatOf(String printed) {
        String s = printed.replaceFirst("\\s*\\(.*$", "").replaceFirst("(?i)\\s+MoE$", "").trim();
        if (s.isEmpty()) return null;
        String u = s.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (WeightFormat f : WeightFormat.values()) if (f.name().equals(u)) return f;
        return null;
    }

    private static Map<String, Double> mib(JsonNode n) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            m.put(f.getKey(), f.getValue().asDouble());
        }
        return m;
    }

    private static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String settings(RunConfig r, int gpuLayers, int cpuMoe, int gpus) {
        return String.format(Locale.ROOT, "ctx %dx%d ub %d fa %s kv %s%s", r.context(), r.parallel(), r.ubatch(),
                r.flashAttention() ? "on" : "off", r.kvType().label(),
                gpus == 0 ? "" : " ngl " + gpuLayers + (cpuMoe > 0 ? " cpu-moe " + cpuMoe : "") + " gpus " + gpus);
    }
}
