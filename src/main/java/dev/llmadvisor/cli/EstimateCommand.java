package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.knowledge.GgufModel;
import dev.llmadvisor.knowledge.GgufReader;
import dev.llmadvisor.knowledge.HfConfigReader;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.TensorClass;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Sizes one model on one machine and prints the figures, as a table or JSON. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Memory and speed of one model in one format on your hardware.")
final class EstimateCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--model", paramLabel = "ID", description = "a model of the knowledge base, e.g. qwen3-14b or qwen3:14b")
        String model;
        @Option(names = "--config", paramLabel = "FILE", description = "a Hugging Face config.json")
        Path config;
        @Option(names = "--gguf", paramLabel = "FILE", description = "a GGUF file (only its header is read)")
        Path gguf;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--quant", paramLabel = "FORMAT", description = "weight format: Q4_K_M, Q8_0, F16, AWQ, ... (default Q4_K_M)")
    String quant;

    @Option(names = "--ctx", paramLabel = "TOKENS", description = "context per sequence (default 8192)")
    int ctx = 8192;

    @Option(names = "--kv-type", paramLabel = "TYPE", description = "KV cache type: f16, q8_0, q4_0 (default f16)")
    String kvType = "f16";

    @Option(names = "--parallel", description = "parallel sequences (Ollama's OLLAMA_NUM_PARALLEL; default 1)")
    int parallel = 1;

    @Option(names = "--ubatch", description = "physical batch (llama.cpp -ub; default 512)")
    int ubatch = 512;

    @Option(names = "--no-flash-attn", description = "size without flash attention")
    boolean noFlashAttention;

    @Option(names = "--ngl", paramLabel = "N", description = "layers to offload, as llama.cpp -ngl (default: the best placement)")
    Integer ngl;

    @Option(names = "--cpu-moe", paramLabel = "N", description = "keep the experts of the first N layers in RAM (llama.cpp --n-cpu-moe)")
    int cpuMoe;

    @Mixin
    SourceOptions sources;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Mixin
    HardwareOptions hardware;

    @Override
    public Integer call() throws Exception {
        Knowledge k = sources.knowledge();
        ModelSpec spec = spec(k);
        KvCacheType kv = KvCacheType.parse(kvType).orElseThrow(() -> new InputError("unknown KV cache type \"" + kvType + "\"; use f16, q8_0 or q4_0"));
        RunConfig run;
        try {
            run = new RunConfig(ctx, Math.max(2048, ubatch), ubatch, parallel, kv, !noFlashAttention);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        Hardware hw = hardware.resolve(k);
        Estimate e = ngl != null || cpuMoe > 0
                ? Sizer.place(spec, run, hw, ngl != null ? ngl : 999, cpuMoe)
                : Sizer.estimate(spec, run, hw);
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(e)));
        } else {
            print(spec, e);
        }
        return 0;
    }

    private ModelSpec spec(Knowledge k) {
        WeightFormat format = quant == null ? null : WeightFormat.parse(quant)
                .orElseThrow(() -> new InputError("unknown weight format \"" + quant + "\"; try Q4_K_M, Q8_0, F16, AWQ"));
        if (source.gguf != null) {
            GgufModel g = GgufReader.read(source.gguf);
            return ModelSpec.of(g.name(), g.arch(), g.format().orElse(null), g.tensors());
        }
        if (source.config != null) {
            ModelArch a = HfConfigReader.read(source.config);
            return ModelSpec.of(source.config.getFileName().toString(), a, format != null ? format : WeightFormat.Q4_K_M);
        }
        ModelMatch m = k.models().find(source.model).orElseThrow(() -> new InputError("unknown model \"" + source.model + "\""
                + HardwareOptions.suggestions(k.models().suggest(source.model, 3))));
        WeightFormat f = format != null ? format : m.format().orElse(WeightFormat.Q4_K_M);
        return ModelSpec.of(m.model().id(), m.model().arch(), f);
    }

    private static void print(ModelSpec spec, Estimate e) {
        RunConfig r = e.run();
        System.out.printf(Locale.ROOT, "%s  %s  context %d x %d  KV %s%s%n", spec.id(), e.format() == null ? "GGUF" : e.format().label(),
                r.context(), r.parallel(), r.kvType().name().toLowerCase(Locale.ROOT), r.flashAttention() ? "  flash attention" : "");
        System.out.printf(Locale.ROOT, "parameters %.2fB (%.2fB active), file %s%n", e.weights().parameters() / 1e9,
                e.weights().activeParameters() / 1e9, Units.gb(e.weights().fileBytes()));
        List<String> classes = new ArrayList<>();
        for (Map.Entry<TensorClass, Long> c : e.weights().byClass().entrySet()) {
            if (c.getValue() > 0) classes.add(c.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + Units.gb(c.getValue()));
        }
        System.out.println("weights: " + String.join(", ", classes));
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %9s %9s %7s%n", "device", "weights", "KV", "compute", "runtime", "total", "capacity", "layers");
        for (Estimate.DeviceUse d : e.devices()) {
            System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %9.2f %9.2f %9.2f %9s %7d%n", truncate(d.device(), 22),
                    Units.toGib(d.weights()), Units.toGib(d.kv()), Units.toGib(d.compute()), Units.toGib(d.overhead()),
                    Units.toGib(d.total()), d.capacity() > 0 ? String.format(Locale.ROOT, "%.2f", Units.toGib(d.capacity())) : "-", d.layers());
        }
        System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %9.2f %9.2f %9.2f   (GB)%n", "total", Units.toGib(e.weights().allocated()),
                Units.toGib(e.kvBytes()), Units.toGib(e.computeBytes()), Units.toGib(e.overheadBytes()), Units.toGib(e.totalBytes()));
        System.out.println(verdict(e));
        if (e.placement() == Placement.NONE) return;
        System.out.printf(Locale.ROOT, "placement: %s, offloaded %d/%d layers to GPU (llama.cpp counts the output head as a layer)%s%n", e.placement(), e.gpuLayers(), e.layers() + 1,
                e.expertsInRam() ? ", MoE experts in RAM" : "");
        System.out.printf(Locale.ROOT, "decode speed: %.0f-%.0f tokens/s (full to empty context)%n",
                e.speed().lowTokensPerSecond(), e.speed().highTokensPerSecond());
    }

    /** The plain answer: fits (and where) or does not fit (and by how much). */
    static String verdict(Estimate e) {
        double capacity = e.devices().stream().mapToLong(Estimate.DeviceUse::capacity).sum();
        return switch (e.placement()) {
            case GPU -> "fits: entirely in GPU memory";
            case MULTI_GPU -> "fits: split across the GPUs";
            case OFFLOAD -> e.expertsInRam() ? "fits: GPU, with the MoE experts in system RAM" : "fits: partly on the GPU, the rest in system RAM (slower)";
            case CPU -> "fits: in system RAM, on the CPU";
            case NONE -> String.format(Locale.ROOT, "does not fit: needs %.2f GB, the machine offers %.2f GB (GPU memory and RAM usable for a model)",
                    Units.toGib(e.totalBytes()), Units.toGib((long) capacity));
        };
    }

    private static String truncate(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    static Map<String, Object> toJson(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", e.model());
        m.put("format", e.format() == null ? null : e.format().label());
        m.put("context", e.run().context());
        m.put("parallel", e.run().parallel());
        m.put("kv_type", e.run().kvType().name().toLowerCase(Locale.ROOT));
        m.put("parameters", e.weights().parameters());
        m.put("active_parameters", e.weights().activeParameters());
        m.put("file_bytes", e.weights().fileBytes());
        m.put("weights_bytes", e.weights().allocated());
        Map<String, Long> byClass = new LinkedHashMap<>();
        e.weights().byClass().forEach((c, b) -> byClass.put(c.name().toLowerCase(Locale.ROOT), b));
        m.put("weights_by_class", byClass);
        m.put("kv_cache_bytes", e.kvBytes());
        m.put("compute_bytes", e.computeBytes());
        m.put("overhead_bytes", e.overheadBytes());
        m.put("total_bytes", e.totalBytes());
        m.put("placement", e.placement().name().toLowerCase(Locale.ROOT));
        m.put("gpu_layers", e.gpuLayers());
        m.put("layers", e.layers());
        m.put("experts_in_ram", e.expertsInRam());
        List<Map<String, Object>> devices = new ArrayList<>();
        for (Estimate.DeviceUse d : e.devices()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("name", d.device());
            dm.put("host", d.isHost());
            dm.put("weights_bytes", d.weights());
            dm.put("kv_cache_bytes", d.kv());
            dm.put("compute_bytes", d.compute());
            dm.put("overhead_bytes", d.overhead());
            dm.put("total_bytes", d.total());
            dm.put("capacity_bytes", d.capacity());
            dm.put("layers", d.layers());
            devices.add(dm);
        }
        m.put("devices", devices);
        boolean fits = e.placement() != Placement.NONE;
        m.put("fits", fits);
        m.put("verdict", verdict(e));
        // No speed for a model that cannot be loaded.
        m.put("tokens_per_second", fits ? Map.of("low", round(e.speed().lowTokensPerSecond()), "high", round(e.speed().highTokensPerSecond())) : null);
        return m;
    }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
