package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.facts.Engine;
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
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.TensorClass;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.sizing.engine.GpuCaps;
import dev.llmadvisor.sizing.engine.Parallelism;
import dev.llmadvisor.sizing.engine.Remark;
import dev.llmadvisor.sizing.engine.ServingSizer;
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

    @Option(names = "--engine", paramLabel = "ENGINE", description = "size for this engine's memory accounting: llama.cpp (default),"
            + " ollama, lm-studio, vllm, sglang, tgi")
    String engine;

    @Option(names = "--gpu-util", paramLabel = "FRACTION", description = "vLLM --gpu-memory-utilization / SGLang --mem-fraction-static"
            + " (default: the engine's)")
    double gpuUtil;

    @Option(names = "--tp", description = "tensor-parallel size (vLLM/SGLang/TGI; default: chosen from the GPUs)")
    int tp;

    @Option(names = "--pp", description = "pipeline-parallel size (vLLM/SGLang; default 1 with --tp)")
    int pp = 1;

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
        if (engine != null) {
            Engine eng = Engine.ofId(engine).orElseThrow(() -> new InputError("unknown engine \"" + engine
                    + "\"; use llama.cpp, ollama, lm-studio, vllm, sglang or tgi"));
            if (eng == Engine.VLLM || eng == Engine.SGLANG || eng == Engine.TGI) return serving(spec, eng, kv, hw);
            if (!eng.runsGguf()) throw new InputError(eng.display() + " is sized by `ask`; estimate covers llama.cpp, ollama, lm-studio, vllm, sglang and tgi");
        }
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

    /** vLLM / SGLang / TGI: the engine's own accounting per GPU, the KV pool and what it holds, and the command. */
    private int serving(ModelSpec spec, Engine eng, KvCacheType kv, Hardware hw) throws Exception {
        ServingSizer.Engine se = eng == Engine.SGLANG ? ServingSizer.Engine.SGLANG : eng == Engine.TGI ? ServingSizer.Engine.TGI : ServingSizer.Engine.VLLM;
        ServingSizer.Config cfg;
        try {
            cfg = ServingSizer.Config.of(se, ctx).withUtilization(gpuUtil).withFp8KvCache(kv == KvCacheType.FP8 || kv == KvCacheType.Q8_0)
                    .withParallelism(tp > 0 ? new Parallelism(tp, Math.max(1, pp)) : null);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        ServingSizer.Estimate e = ServingSizer.estimate(spec, cfg, hw.gpus(), GpuCaps.UNKNOWN);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", spec.id());
            m.put("format", spec.format() == null ? null : spec.format().label());
            m.put("engine", eng.id());
            m.put("tensor_parallel", e.parallelism() == null ? null : e.parallelism().tp());
            m.put("pipeline_parallel", e.parallelism() == null ? null : e.parallelism().pp());
            m.put("max_model_len", e.maxModelLen());
            m.put("utilization", e.utilization());
            m.put("total_bytes_per_gpu", e.totalPerGpu());
            m.put("budget_bytes_per_gpu", e.budgetPerGpu());
            m.put("weights_bytes_per_gpu", e.weightsPerGpu());
            m.put("activation_bytes_per_gpu", e.activationPerGpu());
            m.put("non_torch_bytes_per_gpu", e.nonTorchPerGpu());
            m.put("cuda_graph_bytes_per_gpu", e.cudaGraphPerGpu());
            m.put("kv_pool_bytes_per_gpu", e.kvPoolPerGpu());
            m.put("kv_bytes_per_token_per_gpu", e.kvBytesPerTokenPerGpu());
            m.put("kv_blocks", e.blocks());
            m.put("kv_tokens", e.kvTokens());
            m.put("max_context", e.maxContext());
            m.put("concurrency", Math.round(e.concurrency() * 100) / 100.0);
            m.put("kv_cache_dtype", e.kvCacheDtype());
            m.put("fits", e.fits());
            m.put("refusal", e.refusal() == null ? null : e.refusal().en());
            m.put("notes", e.notes().stream().map(Remark::en).toList());
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            return 0;
        }
        System.out.printf(Locale.ROOT, "%s  %s  on %s, max_model_len %d%n", spec.id(), spec.format() == null ? "?" : spec.format().label(),
                se.display(), e.maxModelLen());
        if (e.parallelism() != null) System.out.printf(Locale.ROOT, "tensor parallel %d x pipeline parallel %d over %d GPU(s)%n",
                e.parallelism().tp(), e.parallelism().pp(), hw.gpus().size());
        System.out.printf(Locale.ROOT, "per GPU: %.2f GB visible x %.2f = %.2f GB; weights %.2f + activation peak %.2f + non-torch %.2f;"
                        + " KV pool %.2f GB%n", Units.toGib(e.totalPerGpu()), e.utilization(), Units.toGib(e.budgetPerGpu()),
                Units.toGib(e.weightsPerGpu()), Units.toGib(e.activationPerGpu()), Units.toGib(e.nonTorchPerGpu()), Units.toGib(e.kvPoolPerGpu()));
        System.out.printf(Locale.ROOT, "KV cache: %,d bytes per token per GPU (%s), %,d blocks = %,d tokens; max context %,d; %.2f requests of %,d tokens at once%n",
                e.kvBytesPerTokenPerGpu(), e.kvCacheDtype(), e.blocks(), e.kvTokens(), e.maxContext(), e.concurrency(), e.maxModelLen());
        System.out.println(e.fits() ? "fits: yes" : "fits: NO - " + (e.refusal() != null ? e.refusal().en()
                : "one request of " + e.maxModelLen() + " tokens needs more than the pool holds; use --ctx " + e.kvTokens() + " or less"));
        for (Remark n : e.notes()) System.out.println("note: " + n.en());
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
                r.context(), r.parallel(), r.kvType().label(), r.flashAttention() ? "  flash attention" : "");
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
        m.put("kv_type", e.run().kvType().label());
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
