package dev.llmadvisor.facts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ExlQuant;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.RecordHash;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Turns a question into facts: resolves the machine ({@link MachineReader}) and the models
 * ({@link ModelResolver}), says what it understood, and sizes every candidate (model x weight format) on
 * the machine ({@link CandidateSizer}).
 */
public final class FactBuilder {

    /** The formats offered when the user names none: the documents' ladder from FP16 down to Q2_K. */
    public static final List<WeightFormat> LADDER = List.of(WeightFormat.F16, WeightFormat.Q8_0, WeightFormat.Q6_K,
            WeightFormat.Q5_K_M, WeightFormat.Q4_K_M, WeightFormat.Q3_K_M, WeightFormat.Q2_K);
    /**
     * The formats transformers loads any checkpoint in, offered for a model llama.cpp cannot load: its published 16-bit
     * weights, or bitsandbytes' 8-bit and 4-bit quantization made while loading (transformers docs, Quantization overview).
     * Not AWQ/GPTQ, whose builds exist only where someone published them. bitsandbytes' kernels are CUDA ones (its
     * installation guide: LLM.int8() and NF4 need an NVIDIA GPU; Apple Silicon and CPU backends arrived only in its recent
     * multi-backend releases, which the transformers setups these models were run with predate), so a Mac loads the 16-bit
     * weights on MPS in its unified memory, and a machine without a GPU loads them in RAM in 16 or 32 bits. The maker's
     * own quantized builds of the model (catalog builds: ChatGLM-6B's INT8/INT4, MOSS's GPTQ int8/int4) come after its
     * 16-bit weights, those with CUDA-only kernels not on a Mac or without a GPU.
     */
    static List<WeightFormat> loadedByTransformers(Platform platform, List<ModelEntry> models) {
        boolean noCuda = platform == Platform.APPLE || platform != null && platform.onCpu();
        List<WeightFormat> out = new ArrayList<>(List.of(WeightFormat.F16));
        models.stream().flatMap(m -> m.builds().stream()).filter(b -> !(noCuda && b.cudaOnly())).map(ModelEntry.Build::format)
                .distinct().forEach(out::add);
        if (platform == Platform.APPLE) return out;
        if (noCuda) out.add(WeightFormat.F32);
        else out.addAll(List.of(WeightFormat.BNB_INT8, WeightFormat.BNB_NF4));
        return out;
    }
    /** Context sized when the user gives none (Ollama's own default is smaller; 8k suits real chats). */
    public static final int DEFAULT_CONTEXT = 8192;

    private final Knowledge knowledge;
    private final MachineReader machines;
    private final ModelResolver resolver;
    private final CandidateSizer sizer;

    public FactBuilder(Knowledge knowledge) {
        this(knowledge, ModelLookup.NONE);
    }

    /** With {@code external}: models the catalog lacks are looked up there (the Hub, where online). */
    public FactBuilder(Knowledge knowledge, ModelLookup external) {
        this.knowledge = knowledge;
        this.machines = new MachineReader(knowledge);
        this.resolver = new ModelResolver(knowledge, external);
        this.sizer = new CandidateSizer(knowledge);
    }

    public Knowledge knowledge() { return knowledge; }

    public CandidateSizer sizer() { return sizer; }

    /** What a question says once resolved: the machine, the models, what was understood, and what could not be resolved. */
    public record Reading(Ask ask, Understood understood, List<Facts.Problem> problems) { }

    /** Resolves a question without sizing anything: what the advisor understood of it. */
    public Reading understand(Question q) {
        return read(q).reading();
    }

    private record Resolved(Reading reading, MachineReader.Machine machine, ModelResolver.Resolution models) { }

    private Resolved read(Question q) {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine machine = machines.read(q.gpus(), q.vramGb(), q.ramGb(), q.cpuOnly(), q.platform(), q.lang(), problems);
        ModelResolver.Resolution models = resolver.resolve(q.models(), q.intent(), q.engine(), problems, q.text());
        WeightFormat published = models.models().stream().findFirst().map(ModelEntry::published).orElse(null);
        WeightFormat format = q.format() != null ? q.format() : q.asPublished() ? published : models.tagFormat();
        // what is sized: a serving engine given a repo with no format loads it as published
        WeightFormat sized = format == null && loadsPublished(q.engine()) ? published : format;
        if (sized == null && ollamaDefaultTag(q, models)) sized = WeightFormat.Q4_K_M;
        // Unstated, the context is the default, or the longest the named models support when that is shorter
        // (Llama 2: 4k): people run a model at its own limit, not beyond it.
        int context = q.context() != null ? q.context()
                : Math.min(DEFAULT_CONTEXT, models.models().stream().mapToInt(ModelEntry::maxContext).min().orElse(DEFAULT_CONTEXT));
        Ask ask = new Ask(q.lang(), q.intent(), q.useCase(), q.topics(), q.preference(),
                models.models().size() == 1 ? models.models().get(0).id() : null, sized, q.formatsWeighed(), context, q.context() != null && !q.contextNotChosen(),
                machine.platform(), machine.label(), machine.hw().gpus().size(), gb(machine.hw().totalGpuBytes()),
                machine.hw().gpus().stream().mapToDouble(d -> gb(d.usableBytes())).max().orElse(0), machine.ramGb(),
                machine.ramKnown(), oneUnifiedPoolGb(machine), sizedOn(q.engine(), models.models()), gpuOnlyAs(q), q.engine() == Engine.OTHER ? q.client() : null,
                machine.ramPaceAssumed() ? machine.hw().ramBandwidthGBs() : null,
                sized != null && sized.isExl() ? q.exl() : null,
                OldestCard.of(knowledge.gpus(), q.gpus().stream().map(GpuMention::text).toList()));
        Understood understood = new Understood(q.intent(), machine.cards(), List.of(), q.cpuOnly() && machine.cards().isEmpty(),
                statedRam(q, machine), false, q.engine() != null ? q.engine() : q.engineHint(), format, q.context(), q.kvType(),
                models.understood(), models.lines());
        return new Resolved(new Reading(ask, understood, problems), machine, models);
    }

    /** The memory pool every card named shares with the CPU (a unified chip alone, not beside a discrete card), or 0. */
    private static double oneUnifiedPoolGb(MachineReader.Machine machine) {
        return machine.hw().unifiedMemory() && machine.cards().stream().allMatch(Understood.Gpu::unified) ? unifiedGb(machine) : 0;
    }

    /** The unified memory of the machine's chips, as sold. */
    private static double unifiedGb(MachineReader.Machine machine) {
        return machine.cards().stream().filter(Understood.Gpu::unified).mapToDouble(g -> g.vramGb() == null ? 0 : g.vramGb() * g.count()).sum();
    }

    /**
     * The RAM as the person stated it: a Mac's unified memory is its chip's memory, not RAM besides it, so it is shown as
     * RAM only when a different figure was stated for the RAM.
     */
    private static Double statedRam(Question q, MachineReader.Machine machine) {
        if (!machine.ramKnown()) return null;
        // a phone is sized on its memory as RAM but understood as one unified device (MachineReader)
        if (!machine.hw().unifiedMemory() && machine.cards().stream().noneMatch(Understood.Gpu::unified)) return machine.ramGb();
        double unified = unifiedGb(machine);
        return q.ramGb() != null && Math.abs(q.ramGb() - unified) >= 0.6 ? q.ramGb() : null;
    }

    public Facts build(Question q) {
        Resolved r = read(q);
        Ask ask = r.reading().ask();
        Understood understood = r.reading().understood();
        List<Facts.Problem> problems = r.reading().problems();
        MachineReader.Machine machine = r.machine();
        ModelResolver.Resolution models = r.models();
        WeightFormat format = ask.format();
        int context = ask.context();
        Set<ModelEntry> named = models.named().keySet();
        if (!problems.isEmpty()) return new Facts(ask, understood, List.of(), problems, false);

        Set<WeightFormat> formats = new LinkedHashSet<>();
        if (format != null) formats.add(format);
        formats.addAll(ask.formatsWeighed());
        // an ExLlama format named is offered at its published rates (below), not beside another format's ladder
        if (format == null || (!models.models().isEmpty() && !format.isExl())) {
            formats.addAll(beyondLlamaCpp(q.engine(), models.models()) ? loadedByTransformers(machine.platform(), models.models()) : sizer.ladder(ask.engine(), LADDER));
        }
        RunConfig run = RunConfig.of(context).withKvType(q.kvType() != null ? q.kvType() : KvCacheType.F16);
        boolean reuse = askedBefore.getAndSet(true);
        Hardware hw = reuse ? sizer.machine(machine.hw()) : machine.hw();
        String gpuOnly = ask.gpuOnlyAs();
        if (models.models().isEmpty()) {
            // An open question ("what can my card run") offers current releases only; legacy models are sized when
            // named. Questions about a machine seen lately reuse its whole list, filtered once (OpenQuestions).
            OpenSizing key = new OpenSizing(List.copyOf(formats), ask.exl(), run, hw, ask.engine(), ask.contextGiven(), gpuOnly);
            Function<OpenSizing, List<Candidate>> sizing = k -> List.copyOf(OpenQuestions.filter(
                    size(offeredOn(ask.engine(), ModelResolver.current(knowledge.models().all())), formats, run, hw, models, ask, gpuOnly, reuse)));
            List<Candidate> open = reuse ? openSized.get(key, sizing) : sizing.apply(key);
            return new Facts(ask, understood, open, problems, true);
        }
        List<Candidate> candidates = size(models.models(), formats, run, hw, models, ask, gpuOnly, reuse);
        // Options that cannot be a model's best do not reach the rules when no model was named (OpenQuestions).
        return new Facts(ask, understood, named.isEmpty() ? OpenQuestions.filter(candidates) : candidates, problems, false);
    }

    /**
     * The models an open question offers on an engine: KTransformers is built for MoE models, keeping their routed
     * experts in RAM (https://github.com/kvcache-ai/ktransformers), so what it runs is a MoE; a dense model on it runs as
     * in llama.cpp, which is not what someone choosing KTransformers asks about.
     */
    private static List<ModelEntry> offeredOn(Engine engine, List<ModelEntry> models) {
        return engine == Engine.KTRANSFORMERS ? models.stream().filter(ModelEntry::isMoe).toList() : models;
    }

    /** What an open question sizes: every current model in these formats, on this machine, for this engine. */
    private record OpenSizing(List<WeightFormat> formats, ExlQuant exl, RunConfig run, Hardware hw, Engine engine, boolean contextGiven,
                              String gpuOnly) {
        /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
        @Override
        public int hashCode() { return RecordHash.of(formats, exl, run, hw, engine, contextGiven, gpuOnly); }
    }

    /**
     * The setup run, when it keeps the whole model on the GPU with no layers in RAM, named for the reply; null when it can
     * offload. Transformers offloads layers only through device_map="auto": a model moved whole onto the GPU (.cuda(),
     * .to("cuda")) fits there or fails to load. A runtime read as another engine that has no CPU path at all (ChatRTX,
     * MLC LLM, LMDeploy: marked so in the parser's engine fingerprints, {@link Question#gpuOnlyRuntime}) is the same
     * whatever the code says. Decided once, into the {@link Ask} the sizing and the diagnosis both read.
     */
    private static String gpuOnlyAs(Question q) {
        if (q.report().wholeOnGpu() && q.engine() == Engine.TRANSFORMERS) return "transformers (.cuda())";
        return q.engine() == Engine.OTHER ? q.gpuOnlyRuntime() : null;
    }

    private final Cache<OpenSizing, List<Candidate>> openSized = Caffeine.newBuilder().maximumSize(500).build();

    /**
     * Whether a question was built before. What is kept for reuse (each option sized, an open question's list, the
     * machine's instance) is kept from the second question on: a one-shot run asks one, and storing its thousand
     * options, which nothing reads again, cost it a few hundredths of a second (the caches' upkeep and their code
     * compiled).
     */
    private final AtomicBoolean askedBefore = new AtomicBoolean();

    /** The rate of a format that has none of its own: sized once, as itself. */
    private static final List<ExlQuant> NO_RATE = Collections.singletonList(null);

    /**
     * The rates an ExLlama format is sized at: the one named first, then each rate published, as a GGUF quant named is
     * offered beside the ladder; any other format once, as itself.
     */
    private static List<ExlQuant> rates(WeightFormat f, ExlQuant named) {
        if (!f.isExl()) return NO_RATE;
        if (named == null) return ExlQuant.LADDER;
        List<ExlQuant> rates = new ArrayList<>(List.of(named));
        for (ExlQuant q : ExlQuant.LADDER) if (q.bitsPerWeight() != named.bitsPerWeight()) rates.add(q);
        return rates;
    }

    /** Each model in each format, sized on the machine; a model no format of which is asked about only where it runs. */
    private List<Candidate> size(List<ModelEntry> of, Set<WeightFormat> formats, RunConfig run, Hardware hw,
                                 ModelResolver.Resolution models, Ask ask, String gpuOnly, boolean reuse) {
        Set<ModelEntry> named = models.named().keySet();
        WeightFormat format = ask.format();
        List<Candidate> candidates = new ArrayList<>();
        for (ModelEntry m : of) {
            boolean requested = named.contains(m) || (named.isEmpty() && models.loose().contains(m));
            // a model named is also offered in the format it is published in when that is not 16-bit (DeepSeek-V3: FP8);
            // one trained in MXFP4 (gpt-oss) only in that: its GGUF "quantizations" keep the experts in MXFP4
            // (unsloth/gpt-oss-120b-GGUF: Q4_K_M 62.8 GB, Q8_0 63.4 GB, F16 65.4 GB)
            Set<WeightFormat> ofModel = formats;
            if (requested && m.publishedFormat() == WeightFormat.MXFP4 && format == null) {
                ofModel = Set.of(WeightFormat.MXFP4);
            } else if (requested && m.publishedFormat() != null && !formats.contains(m.publishedFormat())) {
                ofModel = new LinkedHashSet<>(formats);
                ofModel.add(m.publishedFormat());
            }
            for (WeightFormat f : ofModel) {
                // MXFP4 quantizes only MoE experts (gpt-oss; vLLM's Mxfp4MoEMethod): a dense model in it is its 16-bit
                // weights again, a duplicate row, unless the person names that format
                if (f == WeightFormat.MXFP4 && !m.isMoe() && format != f && m.publishedFormat() != f) continue;
                for (ExlQuant exl : rates(f, ask.exl())) {
                    Candidate c = reuse ? sizer.candidate(m, f, exl, run, hw, requested, ask.engine(), ask.contextGiven())
                            : sizer.sizeOnce(m, f, exl, run, hw, requested, ask.engine(), ask.contextGiven());
                    // a setup with no layers in RAM (gpuOnlyAs) fits in GPU memory or does not run
                    if (gpuOnly != null) c = CandidateSizer.gpuOnly(c, gpuOnly);
                    // An open question asks what runs: a model the machine cannot hold at all is no option,
                    // and leaving it out keeps the rules' work proportional to the real choices.
                    if (requested || c.fits()) candidates.add(c);
                }
            }
        }
        return List.copyOf(candidates);
    }

    /**
     * Ollama with no quantization named pulls the model's default tag, which the Ollama library publishes in Q4_K_M
     * ("qwen2.5:14b" is qwen2.5:14b-instruct-q4_K_M, https://ollama.com/library/qwen2.5/tags): that is the setup the
     * person runs, not the best format that would fit. Models published in MXFP4 (gpt-oss) keep their own format.
     */
    static boolean ollamaDefaultTag(Question q, ModelResolver.Resolution models) {
        Engine e = q.engine() != null ? q.engine() : q.engineHint();
        if (e != Engine.OLLAMA || models.models().size() != 1 || models.named().isEmpty()) return false;
        ModelEntry m = models.models().get(0);
        return m.runsOnLlamaCpp() && m.publishedFormat() != WeightFormat.MXFP4;
    }

    /**
     * The engine a question is sized for: the one named, except that models llama.cpp cannot load (catalog
     * {@code runs_on_llamacpp: false}: GPT-J, CodeGen, MOSS, the first ChatGLM-6B) asked about with no engine, or with
     * llama.cpp, Ollama or LM Studio, are sized for transformers, which loads them: no GGUF file of them exists.
     */
    static Engine sizedOn(Engine named, List<ModelEntry> models) {
        return beyondLlamaCpp(named, models) ? Engine.TRANSFORMERS : named;
    }

    private static boolean beyondLlamaCpp(Engine named, List<ModelEntry> models) {
        return (named == null || named.runsGguf()) && !models.isEmpty() && models.stream().noneMatch(ModelEntry::runsOnLlamaCpp);
    }

    /** Serving engines, transformers and MLX load a named repo as published: its own precision unless another is named. */
    private static boolean loadsPublished(Engine e) {
        return e == Engine.VLLM || e == Engine.SGLANG || e == Engine.TGI || e == Engine.TRANSFORMERS || e == Engine.MLX;
    }

    private static double gb(long bytes) { return Units.toGib(bytes); }
}
