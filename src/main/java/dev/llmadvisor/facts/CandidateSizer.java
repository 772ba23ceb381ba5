package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.FormatEntry;
import dev.llmadvisor.knowledge.GpuEntry;
import dev.llmadvisor.knowledge.GpuMatch;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.ExlQuant;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.RecordHash;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.SpeedModel;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.sizing.engine.EngineDefaults;
import dev.llmadvisor.sizing.engine.GpuCaps;
import dev.llmadvisor.sizing.engine.Remark;
import dev.llmadvisor.sizing.engine.ServingSizer;
import dev.llmadvisor.sizing.engine.TransformersSizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sizes one option (a model in a weight format) on a machine for the engine the person runs, and turns the
 * estimate into a {@link Candidate} the rules judge. The engine decides the sizer: the llama.cpp family (llama.cpp,
 * Ollama with its default context, LM Studio, KTransformers with every routed expert in RAM) goes through
 * {@link Sizer}; vLLM, SGLang and TGI through {@link ServingSizer}; transformers through {@link TransformersSizer};
 * MLX through {@link Sizer} on Apple's GPU working set with MLX's formats. No engine named: llama.cpp / Ollama.
 * Profiles come from the build's table where it holds them, else are computed once per model and format and reused.
 */
public final class CandidateSizer {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final java.util.regex.Pattern DEVICE_NUMBER = java.util.regex.Pattern.compile(" #\\d+$");

    /** Cards per node assumed when counting GPUs for a serving engine (tp within a node, pp across nodes). */
    static final int GPUS_PER_NODE = 8;
    static final int MAX_GPUS = 64;

    private final Knowledge knowledge;
    private final Map<String, ModelSpec> specs = new ConcurrentHashMap<>();

    public CandidateSizer(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Sized as llama.cpp / Ollama (no engine named). */
    public Candidate candidate(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested) {
        return candidate(m, f, null, run, hw, requested, null, true);
    }

    /**
     * Sized for {@code engine} (null: llama.cpp / Ollama). {@code contextGiven}: the person chose the context;
     * if not, Ollama is sized at its own default context.
     */
    public Candidate candidate(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested, Engine engine,
                               boolean contextGiven) {
        return candidate(m, f, null, run, hw, requested, engine, contextGiven);
    }

    /** As above, an EXL2/EXL3 format at a bit rate ({@code exl}; null for any other format, or the first published rate). */
    public Candidate candidate(ModelEntry m, WeightFormat f, ExlQuant exl, RunConfig run, Hardware hw, boolean requested, Engine engine,
                               boolean contextGiven) {
        SizingKey key = new SizingKey(m.id(), f, exl, run, hw, requested, engine, contextGiven);
        Candidate c = sized.getIfPresent(key);
        if (c == null) {
            // Sized outside the cache's lock: a computing get would hold a lock of the map while it sizes, and
            // threads evaluating other questions wait on it. Two threads may size the same option once each; the
            // results are equal.
            c = size(m, spec(m, f, exl), run, hw, requested, engine, contextGiven);
            sized.put(key, c);
        }
        return c;
    }

    /** As {@link #candidate}, sized now and not kept: a process's first question ({@link FactBuilder#build}). */
    Candidate sizeOnce(ModelEntry m, WeightFormat f, ExlQuant exl, RunConfig run, Hardware hw, boolean requested, Engine engine,
                       boolean contextGiven) {
        return size(m, spec(m, f, exl), run, hw, requested, engine, contextGiven);
    }

    /** What sizing one model in one format on one machine gave; questions about the same machine reuse it. */
    private record SizingKey(String modelId, WeightFormat format, ExlQuant exl, RunConfig run, Hardware hw, boolean requested,
                             Engine engine, boolean contextGiven) {
        /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
        @Override
        public int hashCode() { return RecordHash.of(modelId, format, exl, run, hw, requested, engine, contextGiven); }
    }

    private final Cache<SizingKey, Candidate> sized = Caffeine.newBuilder().maximumSize(50_000).build();

    /** One instance per machine seen lately: the sizing cache then finds a question's machine by identity, not field by field. */
    private final Cache<Hardware, Hardware> machines = Caffeine.newBuilder().maximumSize(1_000).build();

    /** The instance of {@code hw} to size on: an open question looks up a thousand options on the same machine. */
    public Hardware machine(Hardware hw) {
        return machines.get(hw, h -> h);
    }

    private Candidate size(ModelEntry m, ModelSpec spec, RunConfig run, Hardware hw, boolean requested, Engine engine,
                           boolean contextGiven) {
        WeightFormat f = spec.format();
        // no engine named, but a format llama.cpp does not load: sized on the engine that serves that format
        Engine served = Engine.servingFormat(f);
        Engine e = engine != null ? engine : served != null ? served : Engine.LLAMA_CPP;
        if (!loads(e, f)) return refused(m, spec, run, hw, requested, e, formatRefusal(e, f));
        return switch (e) {
            case VLLM, SGLANG, TGI -> serving(m, f, run, hw, requested, e, contextGiven);
            case TRANSFORMERS -> transformers(m, f, run, hw, requested);
            case MLX -> mlx(m, f, run, hw, requested);
            case KTRANSFORMERS -> ktransformers(m, f, run, hw, requested);
            case EXLLAMA -> gpuOnly(llamaFamily(m, spec, run, hw, requested, e, List.of()), "ExLlama");
            case OLLAMA -> llamaFamily(m, spec, contextGiven ? run : run.withContext(
                    EngineDefaults.ollamaContext(hw.totalGpuBytes(), m.maxContext())), hw, requested, e, List.of());
            default -> llamaFamily(m, spec, run, hw, requested, e, List.of());
        };
    }

    /** The formats offered on an engine when the person names none, best first. */
    public List<WeightFormat> ladder(Engine engine, List<WeightFormat> llamaLadder) {
        if (engine == null || engine.runsGguf() || engine == Engine.KTRANSFORMERS || engine == Engine.OTHER) {
            return llamaLadder;
        }
        List<WeightFormat> l = knowledge.formats().ladder(engine.id());
        return l.isEmpty() ? llamaLadder : l;
    }

    private boolean loads(Engine e, WeightFormat f) {
        // ExLlama also loads GPTQ checkpoints; a GGUF quant named beside it is sized as that mix, near an EXL2 file of its width
        if (e == Engine.EXLLAMA || e == Engine.OTHER) return true;
        return knowledge.formats().loadedBy(f, e.id());
    }

    private static Remark formatRefusal(Engine e, WeightFormat f) {
        if (f.isGguf()) {
            boolean mlx = e == Engine.MLX;
            return new Remark(e.display() + " does not load GGUF " + f.label() + " files: it runs safetensors checkpoints"
                    + " (16-bit, FP8, AWQ/GPTQ, bitsandbytes" + (mlx ? ", or MLX's own 4/6/8-bit" : "") + ")",
                    e.display() + " 不加载 GGUF " + f.label() + " 文件：它运行 safetensors 格式的权重"
                    + "（16 位、FP8、AWQ/GPTQ、bitsandbytes" + (mlx ? "，或 MLX 自己的 4/6/8 位格式" : "") + "）");
        }
        boolean gguf = e.runsGguf() || e == Engine.KTRANSFORMERS;
        return new Remark(e.display() + " does not load " + f.label() + (gguf ? "; it runs GGUF files (Q4_K_M, Q8_0, ...)" : ""),
                e.display() + " 不加载 " + f.label() + (gguf ? "；它运行 GGUF 文件（Q4_K_M、Q8_0 等）" : ""));
    }

    /**
     * A GGUF file on vLLM or SGLang: one file, the base model's tokenizer advised; vLLM's own page calls its support
     * experimental (docs.vllm.ai features/quantization/gguf; knowledge/formats.yaml).
     */
    private static Remark ggufServed(Engine e) {
        boolean sglang = e == Engine.SGLANG;
        String tokenizer = sglang ? "--tokenizer-path" : "--tokenizer";
        return new Remark((sglang ? "SGLang loads" : "vLLM's docs call its GGUF support experimental and under-optimized: it loads") + " one .gguf file (merge a split"
                + " download first with llama-gguf-split --merge), with the base model's tokenizer (" + tokenizer + " <its repository>)",
                (sglang ? "SGLang 加载" : "vLLM 官方文档说明其 GGUF 支持仍是实验性的，性能也未充分优化：它只加载") + "单个 .gguf 文件（分卷下载的先用 llama-gguf-split --merge 合并），"
                + "分词器用原模型仓库的（" + tokenizer + " <原仓库>）");
    }

    private ModelSpec spec(ModelEntry m, WeightFormat f) {
        return specs.computeIfAbsent(m.id() + "@" + f, k -> PrecomputedProfiles.embedded().spec(m.id(), m.arch(), f));
    }

    /** An EXL2/EXL3 format at its rate (the first of the ladder when none is given), any other format as itself. */
    private ModelSpec spec(ModelEntry m, WeightFormat f, ExlQuant exl) {
        if (!f.isExl()) return spec(m, f);
        ExlQuant q = exl != null ? exl : ExlQuant.LADDER.get(0);
        return specs.computeIfAbsent(m.id() + "@" + f + "@" + q, k -> ModelSpec.of(m.id(), m.arch(), f, q));
    }

    private String quality(ModelSpec spec) {
        if (spec.exl() != null) return ExlQuant.quality(spec.exl().bitsPerWeight());
        return knowledge.formats().get(spec.format()).map(FormatEntry::quality).orElse("balanced");
    }

    /** The key, bit width and quality of a candidate in this spec's format. */
    private static String key(ModelEntry m, ModelSpec spec) {
        return m.id() + "@" + spec.format() + (spec.exl() == null ? "" : "@" + spec.exl().bitsPerWeight());
    }

    private static int bits(ModelSpec spec) {
        return spec.exl() != null ? spec.exl().nominalBits() : spec.format().nominalBits();
    }

    /** What the GPU catalog says of a device's FP8 / BF16 support; unknown for a card known only by its memory. */
    GpuCaps capsOf(Device d) {
        // a memory-modded card has its catalog entry's arithmetic units: "GeForce RTX 4090 (modified) #2" is a 4090
        String name = DEVICE_NUMBER.matcher(d.name()).replaceAll("").replace(GpuEntry.MODIFIED, "");
        Optional<GpuMatch> g = knowledge.gpus().find(name);
        return g.map(m -> new GpuCaps(m.gpu().supportsFp8(), m.gpu().supportsBf16(), m.gpu().nvfp4())).orElse(GpuCaps.UNKNOWN);
    }

    private GpuCaps caps(Hardware hw) {
        List<GpuCaps> all = new ArrayList<>();
        for (Device d : hw.gpus()) all.add(capsOf(d));
        return GpuCaps.all(all);
    }

    // --- llama.cpp, Ollama, LM Studio -------------------------------------------------------------------------

    private Candidate llamaFamily(ModelEntry m, ModelSpec spec, RunConfig run, Hardware hw, boolean requested, Engine e, List<Remark> notes) {
        Estimate est = Sizer.estimate(spec, run, hw);
        return fromEstimate(m, spec, run, hw, requested, e, est, notes, est.expertsInRam() ? cpuMoe(est) : 0);
    }

    /** --n-cpu-moe of an estimate: llama.cpp keeps the experts of the first N layers in RAM. */
    private static int cpuMoe(Estimate est) {
        return est.cpuMoeLayers();
    }

    private Candidate fromEstimate(ModelEntry m, ModelSpec spec, RunConfig run, Hardware hw, boolean requested, Engine e, Estimate est,
                                   List<Remark> notes, int cpuMoe) {
        WeightFormat f = spec.format();
        double ramCapacity = est.devices().stream().filter(Estimate.DeviceUse::isHost).mapToDouble(d -> gb(d.capacity())).sum();
        List<Integer> split = new ArrayList<>();
        for (Estimate.DeviceUse d : est.devices()) if (!d.isHost()) split.add(d.layers());
        double tpsLow = est.speed().lowTokensPerSecond(), tpsHigh = est.speed().highTokensPerSecond();
        double tpsChatLow = est.speed().chatLowTokensPerSecond();
        SpeedModel.Runtime runtime = SpeedModel.Runtime.of(e.id());
        if (runtime != SpeedModel.Runtime.LLAMA_CPP && est.placement() != Placement.NONE) {
            // MLX and KTransformers run their own kernels: the same reads at their fitted efficiency.
            Sizer.Reads r = Sizer.reads(spec, run, hw, est.gpuLayers(), cpuMoe);
            tpsLow = SpeedModel.low(SpeedModel.perSecond(SpeedModel.seconds(r.full(), runtime, SpeedModel.FITTED)), SpeedModel.FITTED);
            tpsHigh = SpeedModel.high(r.empty(), runtime, SpeedModel.FITTED);
            tpsChatLow = SpeedModel.low(SpeedModel.perSecond(SpeedModel.seconds(r.empty(), runtime, SpeedModel.FITTED)), SpeedModel.FITTED);
        }
        return new Candidate(key(m, spec), m.id(), m.name(), m.family(), m.paramsB(), m.activeParamsB(), m.isMoe(),
                m.uses(), Set.copyOf(m.languages()), tier(m.paramsB()), f, bits(spec), quality(spec), requested,
                run.context(), m.maxContext(), est.placement(), gb(spec.profile().fileBytes()), gb(est.weights().allocated()),
                gb(est.kvBytes()), gb(est.computeBytes()), gb(est.overheadBytes()), gb(est.totalBytes()), gb(est.gpuBytes()),
                gpuCapacity(est), gb(est.ramBytes()), ramCapacity, est.gpuLayers(), est.layers(), est.expertsInRam(),
                tpsLow, tpsHigh, tpsChatLow, e.id(), 1, 1, 0, run.totalCells(),
                Math.min(run.context(), m.maxContext()), 1, null, notes, cpuMoe, split,
                run.kvType().label(), run.parallel(), m.hf(), m.ollama(), 0, f == m.published(), spec.exl(), m.remoteCodeClass(), m.build(f).orElse(null));
    }

    /**
     * An engine without CPU offload (ExLlama: "an inference library for running local LLMs on modern consumer GPUs",
     * https://github.com/turboderp-org/exllamav2), or a load that moves the whole model onto the GPU (transformers'
     * .cuda()): what does not fit in VRAM does not run.
     */
    static Candidate gpuOnly(Candidate c, String engine) {
        if (!c.fits() || c.onGpu()) return c;
        // no GPU sized (none stated, a phone's, or one whose memory is unknown): there is no VRAM figure to compare with
        Remark why = c.vramGb() <= 0
                ? new Remark(engine + " runs only on the GPU, with no CPU offload, and no GPU memory is known here to run it in (name the GPU and its memory)",
                        engine + " 只能在 GPU 上运行，不能卸载到 CPU，而这里不知道有多少显存可用（请说明显卡和显存）")
                : new Remark(String.format(Locale.ROOT, "%s runs only on the GPU, with no CPU offload: %.1f GB does not fit in %.1f GB of VRAM",
                        engine, c.totalGb(), c.vramGb()),
                String.format(Locale.ROOT, "%s 只能在 GPU 上运行，不能卸载到 CPU：%.1f GB 放不进 %.1f GB 显存",
                        engine, c.totalGb(), c.vramGb()));
        return withPlacement(c, Placement.NONE, why, c.totalGb(), c.vramGb());
    }

    // --- KTransformers -----------------------------------------------------------------------------------------

    /**
     * KTransformers keeps attention, shared experts and the KV cache on the GPU and every routed expert in RAM,
     * run by its CPU kernels (https://github.com/kvcache-ai/ktransformers, "DeepSeek-R1/V3 ... 24 GB VRAM");
     * sized as llama.cpp with all experts in RAM (-ot exps=CPU). Dense models gain nothing from it.
     */
    private Candidate ktransformers(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested) {
        // its hybrid design puts attention and the KV cache on the GPU, and its install needs CUDA (or ROCm/XPU builds):
        // there is no CPU-only mode (https://github.com/kvcache-ai/ktransformers, doc/en/install.md: "CUDA 12.1 and above")
        if (hw.gpus().isEmpty()) {
            return refused(m, spec(m, f), run, hw, requested, Engine.KTRANSFORMERS, new Remark(
                    "KTransformers needs a GPU: it keeps attention and the KV cache on the GPU and only the experts in RAM; on CPU alone use llama.cpp",
                    "KTransformers 需要显卡：注意力和 KV 缓存放在显卡上，只有专家放内存；只有 CPU 时用 llama.cpp"));
        }
        if (!m.isMoe()) {
            return llamaFamily(m, spec(m, f), run, hw, requested, Engine.KTRANSFORMERS,
                    List.of(new Remark("KTransformers is built for MoE models; a dense model runs as in llama.cpp",
                            "KTransformers 是为 MoE 模型设计的；稠密模型在它上面的运行方式和 llama.cpp 一样")));
        }
        int n = m.arch().layers();
        ModelSpec spec = spec(m, f);
        Estimate est = Sizer.place(spec, run, hw, n + 1, n);
        return fromEstimate(m, spec, run, hw, requested, Engine.KTRANSFORMERS, est, List.of(), n);
    }

    // --- MLX -------------------------------------------------------------------------------------------------------

    /**
     * MLX on Apple Silicon: everything in unified memory, within the GPU's wired-memory limit (macOS's
     * recommendedMaxWorkingSetSize, about 2/3 of RAM up to 36 GB and 3/4 above); mlx-lm warns when a model comes
     * close to it, and {@code sudo sysctl iogpu.wired_limit_mb=N} raises it. MLX has no layer offload: beyond RAM
     * it does not run. KV cache in 16 bits, grown in steps of 256 tokens (mlx_lm.models.cache.KVCache.step).
     */
    private Candidate mlx(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested) {
        int n = m.arch().layers();
        ModelSpec spec = spec(m, f);
        if (!hw.unifiedMemory()) {
            Remark why = new Remark("MLX runs only on Apple Silicon", "MLX 只能在 Apple Silicon 上运行");
            if (!hw.gpus().isEmpty()) return refused(m, spec, run, hw, requested, Engine.MLX, why);
            // no machine stated ("how much memory does it need with MLX?"): what MLX would hold, the KV cache included
            Estimate est = Sizer.place(spec, run.withKvType(KvCacheType.F16), hw, n + 1, 0);
            return refused(m, spec, run, hw, requested, Engine.MLX, why, est);
        }
        Estimate est = Sizer.place(spec, run.withKvType(KvCacheType.F16), hw, n + 1, 0);
        long total = est.totalBytes();
        long workingSet = hw.totalGpuBytes();
        long ram = hw.ramBytes();
        List<Remark> notes = new ArrayList<>();
        Placement p;
        if (total <= workingSet) {
            p = Placement.GPU;
        } else if (total <= ram - Units.gib(8)) {
            p = Placement.GPU;
            long mb = (long) Math.ceil(Units.toMib(total + Units.gib(2)));
            // CommandWriter.mlx takes the command from "sudo sysctl" to the end of the English text
            notes.add(new Remark(
                    String.format(Locale.ROOT, "needs %.1f GB, above macOS's default GPU limit of %.1f GB: raise it with"
                            + " sudo sysctl iogpu.wired_limit_mb=%d", Units.toGib(total), Units.toGib(workingSet), mb),
                    String.format(Locale.ROOT, "需要 %.1f GB，超过了 macOS 默认的 GPU 内存上限 %.1f GB：可以用"
                            + " sudo sysctl iogpu.wired_limit_mb=%d 调高", Units.toGib(total), Units.toGib(workingSet), mb)));
        } else {
            p = Placement.NONE;
        }
        Candidate c = fromEstimate(m, spec, run, hw, requested, Engine.MLX, est, notes, 0);
        return withPlacement(c, p, p == Placement.NONE ? new Remark(
                String.format(Locale.ROOT, "MLX keeps the whole model in unified memory: %.1f GB does not fit in %.0f GB",
                        Units.toGib(total), Units.toGib(ram)),
                String.format(Locale.ROOT, "MLX 要把整个模型放进统一内存：%.1f GB 放不进 %.0f GB", Units.toGib(total), Units.toGib(ram))) : null,
                gb(total), gb(workingSet));
    }

    // --- transformers ------------------------------------------------------------------------------------------

    private Candidate transformers(ModelEntry m, WeightFormat f, RunConfig run, Hardware machine, boolean requested) {
        ModelSpec spec = spec(m, f);
        // the maker's own quantized build has CUDA kernels (ChatGLM-6B's also CPU ones), none for MPS: on a Mac it runs on
        // the CPU from the unified memory (ChatGLM-6B README, Mac deployment)
        Hardware hw = machine.unifiedMemory() && m.build(f).isPresent()
                ? new Hardware(List.of(), machine.ramBytes(), machine.ramBandwidthGBs(), false) : machine;
        TransformersSizer.Estimate t = TransformersSizer.estimate(spec, run.context(), hw);
        double bw = hw.gpus().stream().mapToDouble(Device::bandwidthGBs).min().orElse(hw.ramBandwidthGBs());
        double seconds = t.placement() == Placement.OFFLOAD || t.placement() == Placement.CPU
                ? t.ramBytes() / (hw.ramBandwidthGBs() * 1e9) + (t.weights() - t.ramBytes()) / (bw * 1e9)
                : active(m, t.weights()) / (bw * 1e9);
        // transformers' eager generate loop reaches well below llama.cpp's share of the bandwidth.
        double high = seconds > 0 ? 0.5 / seconds : 0, low = seconds > 0 ? 0.3 / seconds : 0;
        List<Remark> notes = new ArrayList<>();
        if (t.placement() == Placement.OFFLOAD) {
            notes.add(new Remark("device_map=\"auto\" puts the layers that do not fit on the CPU; they run far slower",
                    "device_map=\"auto\" 会把放不下的层放到 CPU 上，这些层会慢得多"));
        }
        return new Candidate(key(m, spec), m.id(), m.name(), m.family(), m.paramsB(), m.activeParamsB(), m.isMoe(),
                m.uses(), Set.copyOf(m.languages()), tier(m.paramsB()), f, bits(spec), quality(spec), requested,
                run.context(), m.maxContext(), t.placement(), gb(spec.profile().fileBytes()), gb(t.weights()), gb(t.kv()),
                gb(t.activation()), gb(t.runtime()), gb(t.total()), gb(t.gpuBytes() - 0), gb(t.gpuCapacity()), gb(t.ramBytes()),
                gb(t.ramCapacity()), t.gpuLayers(), t.layers(), false, low, high, low, Engine.TRANSFORMERS.id(), 1, 1, 0,
                run.context(), Math.min(run.context(), m.maxContext()), 1, t.refusal(), notes, 0, List.of(), "bf16", 1, m.hf(), m.ollama(), 0, f == m.published(), spec.exl(), m.remoteCodeClass(), m.build(f).orElse(null));
    }

    // --- vLLM, SGLang, TGI -------------------------------------------------------------------------------------

    /**
     * The share people raise vLLM's --gpu-memory-utilization to when the weights leave no KV pool at the default 0.9: the
     * rest of the card then holds only the CUDA context, so higher is seldom safe (our choice, not vLLM's).
     */
    static final double RAISED_UTILIZATION = 0.95;

    /**
     * Where vLLM leaves no KV pool at its default share, the pool at {@link #RAISED_UTILIZATION} when that serves a useful
     * context: the setting and the --max-model-len it then starts with (72B AWQ on 2x 24 GB is the common case).
     */
    private static Optional<Remark> raisedUtilization(ModelSpec spec, ServingSizer.Config cfg, Hardware hw, GpuCaps caps) {
        ServingSizer.Estimate raised = ServingSizer.estimate(spec, cfg.withUtilization(RAISED_UTILIZATION), hw.gpus(), caps);
        int len = EngineDefaults.servedContext(raised.kvTokens());
        if (raised.refusal() != null || len == 0) return Optional.empty();
        return Optional.of(new Remark(
                String.format(Locale.ROOT, "at --gpu-memory-utilization %.2f (vLLM's default is 0.90) the KV pool holds about %,d tokens: started with"
                        + " --max-model-len %d it runs, if little else uses the GPUs (add --enforce-eager if start-up runs out of memory)",
                        RAISED_UTILIZATION, raised.kvTokens(), len),
                String.format(Locale.ROOT, "把 --gpu-memory-utilization 调到 %.2f（vLLM 默认 0.90）时，KV 池约能容纳 %,d 个 token：设 --max-model-len %d"
                        + " 就能启动，前提是显卡上没有别的程序占用显存（启动时显存不足就加 --enforce-eager）",
                        RAISED_UTILIZATION, raised.kvTokens(), len)));
    }

    private Candidate serving(ModelEntry m, WeightFormat f, RunConfig run, Hardware hw, boolean requested, Engine e,
                              boolean contextGiven) {
        ServingSizer.Engine se = switch (e) {
            case SGLANG -> ServingSizer.Engine.SGLANG;
            case TGI -> ServingSizer.Engine.TGI;
            default -> ServingSizer.Engine.VLLM;
        };
        ModelSpec spec = spec(m, f);
        int assumed = Math.min(run.context(), m.maxContext());
        boolean fp8Kv = run.kvType() == KvCacheType.FP8 || run.kvType() == KvCacheType.Q8_0;
        GpuCaps caps = caps(hw);
        ServingSizer.Config cfg = ServingSizer.Config.of(se, assumed).withFp8KvCache(fp8Kv);
        ServingSizer.Estimate atAssumed = ServingSizer.estimate(spec, cfg, hw.gpus(), caps);
        ServingSizer.Estimate shorter = shorterContext(spec, cfg, atAssumed, hw, caps, contextGiven);
        ServingSizer.Estimate s = shorter == null ? atAssumed : shorter;
        int context = s.maxModelLen();
        List<Remark> notes = new ArrayList<>(s.notes());
        if (f.ggufFileOnly()) notes.add(ggufServed(e));
        if (shorter != null) {
            // the context was ours to assume: the engine serves what its pool holds when started with that length
            notes.add(new Remark(String.format(Locale.ROOT, "the %,d-token context assumed does not fit %s's KV pool; started with %s %,d"
                            + " (what the pool holds) it runs", assumed, se.display(), se.contextFlag(), context),
                    String.format(Locale.ROOT, "%,d token 的上下文放不进 %s 的 KV 池；启动时设 %s %,d（KV 池能容纳的长度）就能运行",
                            assumed, se.display(), se.contextFlag(), context)));
        }
        if (f == WeightFormat.FP8 && Boolean.TRUE.equals(caps.fp8()) && !fp8Kv) {
            notes.add(new Remark("an FP8 KV cache (--kv-cache-dtype fp8) would double the tokens the pool holds",
                    "FP8 KV 缓存（--kv-cache-dtype fp8）能让 KV 池容纳的 token 数翻倍"));
        }
        boolean outOfMemory = s.cause() == ServingSizer.Cause.MEMORY;
        int needed = 0;
        if (!s.fits() && !hw.gpus().isEmpty() && (s.refusal() == null || outOfMemory)) {
            // cards of the largest kind present: tensor parallel gives each card the same share, so a count of the
            // smaller card would understate what one more card of the larger kind does
            Device card = hw.gpus().stream().max(Comparator.comparingLong(Device::usableBytes)).orElseThrow();
            needed = ServingSizer.fewestGpus(spec, cfg, card, caps, GPUS_PER_NODE, MAX_GPUS).filter(ServingSizer.Estimate::fits)
                    .map(ServingSizer.Estimate::gpus).orElse(0);
        }
        Remark issue = s.refusal();
        if (issue == null && !s.fits() && s.kvTokens() > 0) {
            issue = new Remark(
                    String.format(Locale.ROOT, "%s's KV pool holds %,d tokens, less than one %,d-token request: it refuses to start"
                            + " unless %s is at most %,d", se.display(), s.kvTokens(), context, se.contextFlag(), s.kvTokens()),
                    String.format(Locale.ROOT, "%s 的 KV 池只能容纳 %,d 个 token，不够一个 %,d token 的请求：除非把 %s"
                            + " 设为 %,d 或更小，否则它会拒绝启动", se.display(), s.kvTokens(), context, se.contextFlag(), s.kvTokens()));
        }
        if (issue == null && !s.fits()) {
            issue = new Remark(se.display() + " leaves no memory for the KV cache on " + hw.gpus().size() + " GPU(s)",
                    se.display() + " 在 " + hw.gpus().size() + " 张 GPU 上没有剩余显存给 KV 缓存");
        }
        if (!s.fits() && se == ServingSizer.Engine.VLLM && outOfMemory) raisedUtilization(spec, cfg, hw, caps).ifPresent(notes::add);
        if (!s.fits() && hw.ramBytes() > 0 && se == ServingSizer.Engine.VLLM && outOfMemory) {
            notes.add(new Remark("vLLM keeps everything on the GPUs by default; --cpu-offload-gb N moves N GB of weights per GPU to RAM,"
                    + " at a large speed cost",
                    "vLLM 默认把所有东西都放在 GPU 上；--cpu-offload-gb N 可以把每张卡上 N GB 的权重移到内存，但速度会大幅下降"));
        }
        Placement p = !s.fits() ? Placement.NONE : s.gpus() > 1 ? Placement.MULTI_GPU : Placement.GPU;
        int gpus = Math.max(1, s.gpus());
        long perGpu = s.usedPerGpu();
        double bw = hw.gpus().stream().mapToDouble(Device::bandwidthGBs).min().orElse(1);
        long activeWeights = active(m, s.weightsPerGpu());
        long kvRead = s.kvBytesPerTokenPerGpu() * context;
        int pp = s.parallelism() == null ? 1 : s.parallelism().pp();
        // Pipeline stages run one after another for each token; tensor-parallel ranks read their shares at once
        // (SpeedModel: fitted vLLM efficiency, per-layer and all-reduce costs).
        int tp = Math.max(1, gpus / pp);
        SpeedModel.Kind kind = hw.gpus().isEmpty() ? SpeedModel.Kind.CUDA : SpeedModel.Kind.of(hw.gpus().get(0).backend());
        int stageLayers = Math.max(1, m.arch().layers() / pp);
        double full = activeWeights > 0 ? SpeedModel.perSecond(pp * SpeedModel.tensorParallelSeconds(
                new SpeedModel.Share(kind, bw, (activeWeights + kvRead) * tp, stageLayers), tp, SpeedModel.Runtime.VLLM, SpeedModel.FITTED)) : 0;
        SpeedModel.Share stage = new SpeedModel.Share(kind, bw, activeWeights * tp, stageLayers);
        double empty = activeWeights > 0 ? SpeedModel.perSecond(pp * SpeedModel.tensorParallelSeconds(
                stage, tp, SpeedModel.Runtime.VLLM, SpeedModel.FITTED)) : 0;
        double high = SpeedModel.high(empty, SpeedModel.tensorParallelCeiling(stage, tp) / pp, SpeedModel.FITTED);
        double low = SpeedModel.low(full, SpeedModel.FITTED);
        // with no GPU there is no pool to fill: a question of how much memory the model needs gets one request's KV
        // cache of the context (DeepSeek-V3 at 32k showed "0.0 GB KV")
        boolean noGpu = hw.gpus().isEmpty();
        long kvBytes = noGpu ? s.kvBytesPerTokenPerGpu() * context : Math.max(0, s.kvPoolPerGpu()) * gpus;
        long used = noGpu ? perGpu + kvBytes : perGpu * gpus;
        double capacity = hw.gpus().stream().mapToDouble(d -> gb(Math.round(ServingSizer.visibleMemory(d.memoryBytes()) * s.utilization()))).sum();
        // an engine that refuses the format or the split serves no context at all; one short only of KV pool serves what the pool holds
        return new Candidate(key(m, spec), m.id(), m.name(), m.family(), m.paramsB(), m.activeParamsB(), m.isMoe(),
                m.uses(), Set.copyOf(m.languages()), tier(m.paramsB()), f, bits(spec), quality(spec), requested,
                context, m.maxContext(), p, gb(spec.profile().fileBytes()), gb(s.weightsPerGpu() * gpus),
                gb(kvBytes), gb(s.activationPerGpu() * gpus), gb(s.nonTorchPerGpu() * gpus),
                gb(used), gb(noGpu ? 0 : used), capacity, 0, gb(hw.ramBytes()), m.arch().layers() + 1, m.arch().layers(), false,
                low, high, SpeedModel.low(empty, SpeedModel.FITTED), e.id(), s.parallelism() == null ? 1 : s.parallelism().tp(), s.parallelism() == null ? 1 : s.parallelism().pp(),
                gb(s.kvPoolPerGpu()), s.kvTokens(), s.refusal() == null ? s.maxContext() : 0, s.concurrency(), p == Placement.NONE ? issue : null, notes, 0,
                List.of(), s.kvCacheDtype(), 1, m.hf(), m.ollama(), needed, f == m.published(), spec.exl(), m.remoteCodeClass(), m.build(f).orElse(null));
    }

    /**
     * A serving engine's estimate at the length its KV pool holds, when the person set no context and only the KV cache of
     * the one we assume is short: the weights and activations fit, and vLLM, SGLang and TGI start with any maximum length
     * up to what the pool holds (vLLM's refusal names it: "the estimated maximum model length is N"), so it runs, started
     * with that length ({@link EngineDefaults#servedContext}). Null when the context was the person's, the engine refuses
     * for another reason, the pool serves no useful length, or that length does not fit either.
     */
    private static ServingSizer.Estimate shorterContext(ModelSpec spec, ServingSizer.Config cfg, ServingSizer.Estimate s, Hardware hw,
                                                        GpuCaps caps, boolean contextGiven) {
        int len = EngineDefaults.servedContext(s.kvTokens());
        if (contextGiven || s.fits() || s.refusal() != null || len == 0) return null;
        ServingSizer.Config at = ServingSizer.Config.of(cfg.engine(), len).withFp8KvCache(cfg.fp8KvCache());
        ServingSizer.Estimate t = ServingSizer.estimate(spec, at, hw.gpus(), caps);
        return t.fits() ? t : null;
    }

    /** Bytes read per decoded token: MoE models read only the active experts. */
    private static long active(ModelEntry m, long weights) {
        if (!m.isMoe() || m.paramsB() <= 0) return weights;
        return Math.round(weights * Math.min(1.0, m.activeParamsB() / m.paramsB()));
    }

    // --- shared ------------------------------------------------------------------------------------------------

    private Candidate refused(ModelEntry m, ModelSpec spec, RunConfig run, Hardware hw, boolean requested, Engine e, Remark why) {
        return refused(m, spec, run, hw, requested, e, why, null);
    }

    /** As above, with the memory of an estimate ({@code est}; null: the file alone) where the engine could run it elsewhere. */
    private Candidate refused(ModelEntry m, ModelSpec spec, RunConfig run, Hardware hw, boolean requested, Engine e, Remark why, Estimate est) {
        WeightFormat f = spec.format();
        double file = gb(spec.profile().fileBytes());
        double weights = est == null ? file : gb(est.weights().allocated());
        double kv = est == null ? 0 : gb(est.kvBytes()), compute = est == null ? 0 : gb(est.computeBytes());
        double overhead = est == null ? 0 : gb(est.overheadBytes()), total = est == null ? file : gb(est.totalBytes());
        return new Candidate(key(m, spec), m.id(), m.name(), m.family(), m.paramsB(), m.activeParamsB(), m.isMoe(),
                m.uses(), Set.copyOf(m.languages()), tier(m.paramsB()), f, bits(spec), quality(spec), requested,
                run.context(), m.maxContext(), Placement.NONE, file, weights, kv, compute, overhead, total, 0, gb(hw.totalGpuBytes()), 0,
                gb(hw.ramBytes()), 0, m.arch().layers(), false, 0, 0, 0, e.id(), 1, 1, 0, 0, 0, 0, why, List.of(), 0, List.of(),
                run.kvType().label(), run.parallel(), m.hf(), m.ollama(), 0, f == m.published(), spec.exl(), m.remoteCodeClass(), m.build(f).orElse(null));
    }

    private static Candidate withPlacement(Candidate c, Placement p, Remark issue, double totalGb, double capacityGb) {
        return new Candidate(c.key(), c.modelId(), c.modelName(), c.family(), c.paramsB(), c.activeParamsB(), c.moe(), c.uses(),
                c.languages(), c.tierB(), c.format(), c.formatBits(), c.formatQuality(), c.requested(), c.context(), c.maxContext(), p,
                c.fileGb(), c.weightsGb(), c.kvGb(), c.computeGb(), c.overheadGb(), totalGb, totalGb, capacityGb, 0, c.ramCapacityGb(),
                c.gpuLayers(), c.layers(), c.expertsInRam(), c.tpsLow(), c.tpsHigh(), c.tpsChatLow(), c.engine(), c.tensorParallel(), c.pipelineParallel(),
                c.kvPoolGb(), c.kvTokens(), c.engineMaxContext(), c.concurrency(), issue, c.engineNotes(), c.cpuMoeLayers(),
                c.gpuLayerSplit(), c.kvCacheType(), c.parallel(), c.hfRepo(), c.ollamaTag(), c.gpusNeeded(), c.published(), c.exl(), c.remoteCodeClass(), c.build());
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
