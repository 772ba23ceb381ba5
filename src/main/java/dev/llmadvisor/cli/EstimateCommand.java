package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.hub.HubLookup;
import dev.llmadvisor.hub.HubRef;
import dev.llmadvisor.hub.HubRefs;
import dev.llmadvisor.hub.HubResult;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Sizes one model on one machine and prints the figures, as a table or JSON. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Memory and speed of one model in one format on your hardware.")
final class EstimateCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--model", paramLabel = "ID", description = "a model of the knowledge base (qwen3-14b, qwen3:14b), else a "
                + "Hugging Face id or link (org/repo, https://huggingface.co/org/repo, hf.co/org/repo:Q4_K_M) or a ModelScope link, looked up live")
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

    @Option(names = "--offline", description = "never look models up on the Hugging Face Hub or ModelScope (also LLM_ADVISOR_OFFLINE=1)")
    boolean offline;

    @Option(names = "--hub-config", paramLabel = "FILE", description = "Hub lookup settings (default: bot-config/hub.yaml, else the embedded copy)")
    Path hubConfig;

    private final Function<String, String> env;
    /** The Hub model being sized, if it came from there. */
    private HubResult.Found fromHub;

    EstimateCommand() {
        this(System::getenv);
    }

    EstimateCommand(Function<String, String> env) {
        this.env = env;
    }

    /** The Hub could not answer for a passing reason (timeout, rate limit, unreachable): exit code 3. */
    private static final class HubUnavailable extends RuntimeException {
        HubUnavailable(String message) { super(message, null, false, false); }
    }

    @Override
    public Integer call() throws Exception {
        Knowledge k = sources.knowledge();
        ModelSpec spec;
        try {
            spec = spec(k);
        } catch (HubUnavailable e) {
            System.err.println("error: " + e.getMessage());
            return 3;
        }
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
            Map<String, Object> out = toJson(e);
            if (fromHub != null) out.put("source", fromHub.url());
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            if (fromHub != null) {
                System.out.println("from " + fromHub.url() + (fromHub.origin() == HubResult.Origin.NETWORK ? "" : " (cached)")
                        + (fromHub.notes().isEmpty() ? "" : ": " + String.join("; ", fromHub.notes())));
            }
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
        Optional<ModelMatch> match = k.models().find(source.model);
        if (match.isEmpty()) {
            Optional<HubRef> ref = HubRefs.parse(source.model);
            if (ref.isPresent()) return fromHub(k, ref.get(), format);
            throw new InputError("unknown model \"" + source.model + "\"" + HardwareOptions.suggestions(k.models().suggest(source.model, 3)));
        }
        ModelMatch m = match.get();
        WeightFormat f = format != null ? format : m.format().orElse(WeightFormat.Q4_K_M);
        return ModelSpec.of(m.model().id(), m.model().arch(), f);
    }

    /** A model the catalog does not know, looked up on its hub; the GGUF file of the asked format when the repository has one. */
    private ModelSpec fromHub(Knowledge k, HubRef ref, WeightFormat format) {
        HubLookup hub = Assembly.hub(env, offline, hubConfig);
        HubResult r = hub.lookup(ref);
        if (r instanceof HubResult.Found f && format != null && ref.quant() == null && !ref.namesGguf()
                && f.gguf().flatMap(GgufModel::format).map(g -> g != format).orElse(false)
                && f.quants().stream().anyMatch(q -> q.equalsIgnoreCase(format.label()))) {
            r = hub.lookup(ref.withQuant(format.label()));
        }
        if (r instanceof HubResult.Failed failed) {
            List<String> similar = k.models().suggest(ref.repo(), 3);
            String nearest = similar.isEmpty() ? "" : " Built-in models with similar names: " + String.join(", ", similar) + ".";
            if (failed.kind().isTransient()) throw new HubUnavailable(failed.message() + nearest);
            if (failed.kind() == HubResult.Kind.DISABLED) {
                throw new InputError("unknown model \"" + source.model + "\": it is not in the built-in catalog. " + failed.message() + nearest);
            }
            throw new InputError(failed.message() + nearest);
        }
        fromHub = (HubResult.Found) r;
        return fromHub.spec(format);
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
        System.out.printf(Locale.ROOT, "placement: %s, offloaded %d/%d layers to GPU (llama.cpp counts the output head as a layer)%s%n", e.placement(), e.gpuLayers(), e.layers() + 1,
                e.expertsInRam() ? ", MoE experts in RAM" : "");
        System.out.printf(Locale.ROOT, "decode speed: %.0f-%.0f tokens/s (full to empty context)%n",
                e.speed().lowTokensPerSecond(), e.speed().highTokensPerSecond());
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
        m.put("tokens_per_second", Map.of("low", round(e.speed().lowTokensPerSecond()), "high", round(e.speed().highTokensPerSecond())));
        return m;
    }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
