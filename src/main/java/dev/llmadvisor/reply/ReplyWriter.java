package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.ChatClient;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Facts;
import dev.llmadvisor.facts.Finding;
import dev.llmadvisor.facts.FormatSupport;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Numbers;
import dev.llmadvisor.facts.OldestCard;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.rules.Decision;
import dev.llmadvisor.rules.Deliberation;
import dev.llmadvisor.rules.Ranking;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.sizing.engine.EngineDefaults;
import dev.llmadvisor.sizing.engine.Remark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the answer in the user's language: the verdict first, then the best options with their figures,
 * then the reasons (each rule that spoke, with its source, and the arithmetic).
 */
public final class ReplyWriter {

    static final int WHAT_CAN_RUN_OPTIONS = 5;
    static final int FORMAT_OPTIONS = 3;

    private ReplyWriter() { }

    /** A question the facts could not be built for: ask back, or say kindly what is wrong. */
    public static Answer problems(Facts facts) {
        Lang lang = facts.ask().lang();
        List<String> lines = new ArrayList<>();
        for (Facts.Problem p : facts.problems()) lines.add(problem(lang, p));
        return new Answer(facts.ask(), List.of(), new Reply(lang, Reply.Kind.CLARIFY, String.join("\n", lines), List.of(), List.of(), List.of()))
                .withProblems(facts.problems());
    }

    public static Answer write(Facts facts, Decision decision) {
        Ask ask = facts.ask();
        Deliberation d = decision.deliberation();
        Ranking ranking = decision.ranking();
        List<String> notes = new ArrayList<>();
        notes.addAll(resolutionNotes(facts.understood(), ask.lang()));
        for (Finding f : d.notes()) notes.add(f.text(ask.lang()));
        Engine understood = facts.understood() == null ? null : facts.understood().engine();
        notes.add(engineLine(ask, understood));
        String assumedCount = assumedCountLine(facts.understood(), ask.lang());
        if (assumedCount != null) notes.add(assumedCount);
        // "the DeepSeek", "the smallest llama model": a line's word stands for its models, none of which was named
        boolean lineOnly = facts.understood() != null && facts.understood().models().stream().noneMatch(m -> m.id() != null);
        Answer a = switch (ask.intent()) {
            // a yes or no is about a model the person named: with none read ("can my 3090 run vicuna?", a line the catalog
            // cannot pin), the best fits are listed, never another model's yes
            case CAN_RUN -> namedAny(ranking) ? canRun(ask, ranking, notes, lineOnly) : whatCanRun(ask, ranking, notes);
            case WHY -> canRun(ask, ranking, notes, lineOnly);
            // "how fast will qwen3 32b run on my 4090": the named model's answer carries its speed
            case SPEED -> namedAny(ranking) ? canRun(ask, ranking, notes, lineOnly) : whatCanRun(ask, ranking, notes);
            case MEMORY_NEEDED -> memory(ask, ranking, notes);
            case WHICH_FORMAT -> whichFormat(ask, ranking, notes);
            case COMPARE -> compare(ask, ranking, notes);
            case DIAGNOSE -> DiagnosisWriter.estimateOnly(ask, ranking, notes);
            default -> whatCanRun(ask, ranking, notes);
        };
        String support = formatSupportLine(ask);
        if (support != null) a = a.withReply(a.reply().withHeadline(a.reply().kind(), support + (ask.lang() == Lang.ZH ? "" : " ") + a.reply().headline()));
        String pace = a.shown().isEmpty() ? null : ramPaceLine(ask, a.shown().get(0).candidate());
        if (pace != null) a = a.withReply(a.reply().withNote(pace));
        // no machine stated: no speed is shown, so none of a filled context either (the rows are what the model needs)
        String filled = a.shown().isEmpty() || ask.platform() == Platform.UNKNOWN ? null : fullContextLine(ask.lang(), a.shown().get(0).candidate());
        if (filled != null) a = a.withReply(a.reply().withNote(filled));
        return a.withVerdict(verdict(ask, ranking, a, understood));
    }

    /**
     * Whether the card they name runs the format they ask about, said first: "does FP8 work on an A100?" names no model,
     * and a list of what fits would not say it. Null when a model is named (its own answer speaks), the card's compute
     * capability is not known, or the format has no hardware requirement on the engine sized ({@link FormatSupport}).
     */
    static String formatSupportLine(Ask ask) {
        if (ask.format() == null || ask.modelId() != null || ask.intent() == Intent.DIAGNOSE) return null;
        OldestCard card = ask.oldestGpu();
        if (card.cc() <= 0) return null;
        String runtime = FormatSupport.runtimeOf(ask.engine(), null);
        Optional<FormatSupport.Requirement> req = FormatSupport.requirement(ask.format(), runtime);
        if (req.isEmpty()) return null;
        boolean zh = ask.lang() == Lang.ZH;
        String have = String.format(Locale.ROOT, "%.1f", card.cc());
        String need = String.format(Locale.ROOT, "%.1f", req.get().minCc());
        Optional<FormatSupport.Shortfall> lacking = FormatSupport.of(ask.format(), runtime, card.name(), card.cc());
        if (lacking.isPresent()) {
            String fix = CaseFigures.shortfallFix(lacking.get(), zh);
            return zh ? card.name() + "（计算能力 " + have + "）不支持 " + req.get().whatZh() + "，它需要计算能力 " + need + "；" + fix + "。"
                    : card.name() + " (compute capability " + have + ") lacks " + req.get().what() + ", which needs compute capability " + need + "; " + fix + ".";
        }
        return zh ? card.name() + "（计算能力 " + have + "）支持 " + req.get().whatZh() + "（需要计算能力 " + need + "）。"
                : card.name() + " (compute capability " + have + ") has what " + req.get().what() + " needs (compute capability " + need + ").";
    }

    /** Desktop boards take four modules at most: 4 x 64 GB of DDR5 (AMD AM5, Intel LGA 1851). More RAM means more channels. */
    static final double DESKTOP_MAX_RAM_GB = 256;

    /**
     * When part of the shown option runs from system RAM and the RAM's bandwidth was assumed (no CPU or channel count
     * stated), the speed quoted rests on that assumption: say so, and what would give the person's own figure. RAM beyond
     * what a desktop holds comes from a platform with more channels, which runs it faster than assumed.
     */
    static String ramPaceLine(Ask ask, Candidate c) {
        Double gbs = ask.assumedRamBandwidthGBs();
        // no machine stated: nothing runs from RAM, the rows are what the model needs
        if (gbs == null || !c.fits() || c.onGpu() || c.ramGb() <= 0 || ask.platform() == Platform.UNKNOWN) return null;
        boolean zh = ask.lang() == Lang.ZH;
        boolean server = ask.ramKnown() && ask.ramGb() > DESKTOP_MAX_RAM_GB;
        String line = String.format(Locale.ROOT, zh
                ? "内存里那部分的速度按约 %.0f GB/s 的内存带宽估算（普通台式机的双通道）；实际取决于内存通道数和频率，说明 CPU（如“EPYC 9654”）或内存（如“8 条 DDR5-4800”）可以算出你自己的数字。"
                : "The part in system RAM is sized at about %.0f GB/s of RAM bandwidth (a desktop's two channels); yours follows its channels and speed: name the CPU (e.g. \"EPYC 9654\") or the RAM (\"8x DDR5-4800\") for your own figure.", gbs);
        if (server) {
            line += String.format(Locale.ROOT, zh ? "%.0f GB 内存超出台式机能装的容量，多半是通道更多的服务器或工作站，速度会比这里快。"
                    : " %.0f GB of RAM is more than a desktop holds, so yours is likely a server or workstation with more channels, faster than this.", ask.ramGb());
        }
        return line;
    }

    /**
     * The speeds shown are a short chat's ({@link Candidate#tpsRange}); when a filled context slows the first option
     * markedly (its KV cache read with the weights each token), that speed is said once, apart, so the range is not read
     * as the speed of a long conversation either. Null when it does not run or the context hardly matters.
     */
    static String fullContextLine(Lang lang, Candidate c) {
        if (!c.fits() || !c.slowsAtFullContext()) return null;
        long slower = Math.round(100 * c.fullContextSlowdown());
        return lang == Lang.ZH
                ? "以上速度按短对话估算；" + ctx(c.context()) + " 上下文填满时每个 token 还要读整个 KV 缓存，约慢 " + slower + "%：" + c.tpsAtFullContext() + " tokens/s。"
                : "The speeds are for a short chat; with the whole " + ctx(c.context()) + " context filled, each token also reads the KV cache, about "
                  + slower + "% slower: " + c.tpsAtFullContext() + " tok/s.";
    }

    /**
     * The verdict in the corpus' words. A named model: its focus option (the format asked for, else the best
     * that runs). An open question: whether anything runs entirely on the GPU, only with offload, or not at all. The
     * published weights are judged only on an engine the person named: one sized for a model llama.cpp cannot load
     * (FactBuilder.sizedOn) was not chosen for them, and the best that runs on it answers.
     */
    static Verdict verdict(Ask ask, Ranking ranking, Answer a, Engine understood) {
        if (!ask.hasGpu() && (ask.platform() == null || !ask.platform().onCpu())) return null;
        // models compared: one verdict would not say which of them it is for; with one model named it is about that one
        long compared = ranking.all().stream().filter(r -> r.candidate().requested()).map(r -> r.candidate().modelId()).distinct().count();
        if (ask.intent() == Intent.COMPARE && compared != 1) return null;
        boolean named = ask.modelId() != null || compared > 0;
        List<Recommendation> pool = named ? ranking.ofModel(modelOf(ask, ranking)) : ranking.all();
        if (named && ask.format() != null) {
            Optional<Recommendation> asked = pool.stream().filter(r -> r.candidate().asked(ask)).findFirst();
            if (asked.isPresent()) return Verdict.of(asked.get().candidate().placement(), runs(asked.get()));
        }
        Optional<Recommendation> published = named && ask.engine() == understood ? asPublished(ask, a, modelOf(ask, ranking)) : Optional.empty();
        if (published.isPresent()) return Verdict.of(published.get().candidate().placement(), runs(published.get()));
        if (pool.stream().anyMatch(r -> runs(r) && r.candidate().onGpu())) return Verdict.FITS;
        if (pool.stream().anyMatch(ReplyWriter::runs)) return Verdict.OFFLOAD;
        return Verdict.NO;
    }

    /**
     * The option the person runs when they name an engine that loads a model's weights as published and no format: the
     * answer's first option of the model asked, when it is in 16 bits. transformers' from_pretrained, vLLM, SGLang and TGI
     * load the repository's safetensors in their own dtype (bf16/fp16) unless a quantized repository or a quantization
     * flag is given (vLLM and SGLang: --dtype auto and --quantization unset by default; TGI: --quantize optional;
     * transformers: torch_dtype / quantization_config), so "can my 4090 run Llama 2 13B with transformers" asks about
     * the 16-bit weights, which is also what the answer leads with; a quantized file that fits is another setup, told as
     * the alternative. Empty when the engine quantizes by default (GGUF engines) or none is named, or the first option is
     * not 16-bit.
     */
    static Optional<Recommendation> asPublished(Ask ask, Answer a, String modelId) {
        if (ask.format() != null || ask.engine() == null || !ask.engine().loadsPublishedWeights() || a == null || a.shown().isEmpty()) {
            return Optional.empty();
        }
        Recommendation first = a.shown().get(0);
        boolean sixteenBit = first.candidate().format().nominalBits() == 16;
        return sixteenBit && first.candidate().modelId().equals(modelId) ? Optional.of(first) : Optional.empty();
    }

    /**
     * Rules that refuse an option for the use asked, not for running: the model loads and answers on the machine,
     * so the verdict (does it run there) stands; the headline still says why it does not suit the use.
     */
    static final Set<String> USE_ONLY_REJECTIONS = Set.of("Images need a multimodal model");

    /**
     * Whether an option runs on the machine, as the corpus' verdict means it (fits / offload / no): it fits, and
     * no rule refused it for a reason of running (memory, context, the engine). A text model asked about
     * images still runs ("GLM-4V is slow on my T4s" is about a model that runs).
     */
    static boolean runs(Recommendation r) {
        if (!r.candidate().fits()) return false;
        return r.findings().stream().filter(f -> f.effect() == Effect.REJECT).allMatch(f -> USE_ONLY_REJECTIONS.contains(f.rule()));
    }

    /**
     * The verdict when the person says the setup runs (their tokens/s, "it runs", or slow with no failure reported)
     * and our estimate said no: the engine ran it, so it is not a no. It ran on the GPU when its weights fit the
     * machine's GPU memory (the shortfall was in our buffers, split or engine reserve), else with part of it in RAM;
     * on an engine that puts nothing in RAM (vLLM, MLX: {@link Engine#keepsModelOnGpu()}) it ran on the GPU. A setup
     * they say runs on the CPU, the GPU not used, is not a fit unless the card is one the engine uses once fixed
     * ({@link #usableOnceFixed}: then it fits, README rule F); nor is one they say is slow
     * when it is the model as published they run and its 16-bit weights exceed the GPU memory (but not all the memory the
     * machine has: larger, they cannot be what runs). Any other verdict is kept.
     */
    public static Verdict ranAsReported(Answer a, Report report) {
        boolean failed = report != null && (report.has(Report.Symptom.OUT_OF_MEMORY) || report.has(Report.Symptom.CRASH));
        // "not detected, falls back to CPU": the engine runs it on the CPU; on a card every build of the engine supports
        // that is a setting or driver to fix, and the verdict is what the card gives once used (README rule F)
        if (a.verdict() == Verdict.FITS && report != null && report.has(Report.Symptom.GPU_NOT_USED) && !failed
                && !usableOnceFixed(a.ask())) return Verdict.OFFLOAD;
        // "the 34B on my 4090 takes an afternoon per answer": the quantized file our estimate fits is not what they run;
        // the published 16-bit weights, larger than the GPU memory, run with part of them in system RAM (device_map="auto",
        // the driver's shared GPU memory), which is what makes it that slow
        if (a.verdict() == Verdict.FITS && report != null && report.has(Report.Symptom.SLOW) && !failed && Understood.runsAsPublished(a.understood())
                && a.understood().weightsAsTriedGb() > a.understood().gpuMemoryGb()
                && a.understood().weightsAsTriedGb() <= a.understood().machineMemoryGb()) return Verdict.OFFLOAD;
        if (a.verdict() == Verdict.OFFLOAD && report != null && runsWell(report) && !a.shown().isEmpty()
                && !report.has(Report.Symptom.SPLIT) && !report.has(Report.Symptom.GPU_NOT_USED) && overflowIsAssumedContext(a)
                && fasterThanOffload(report, a.shown().get(0).candidate())) {
            // "qwen 32b runs fine on my 4090, 25 tokens/s": our estimate put a little of it in RAM only because of the KV cache
            // of a context we assumed; what they run (their engine's default, a short chat) is on the GPU. Not when they say
            // it is slow: layers in RAM are then the likelier reading
            return Verdict.FITS;
        }
        if (a.verdict() != Verdict.NO || report == null || !reportsItRuns(report) || a.shown().isEmpty()) return a.verdict();
        Candidate c = a.shown().get(0).candidate();
        // the machine's GPU memory, not the share an engine's estimate leaves (vLLM's 0.9 of it)
        double gpuMemory = Math.max(c.vramGb(), a.ask() == null ? 0 : a.ask().vramGb());
        boolean gpuOnly = Engine.ofId(c.engine()).map(Engine::keepsModelOnGpu).orElse(false);
        return gpuOnly || (c.weightsGb() > 0 && c.weightsGb() <= gpuMemory) ? Verdict.FITS : Verdict.OFFLOAD;
    }

    /**
     * The person's GPU is one every build of the engine reaches once fixed ({@link DiagnosisWriter#everyBuildUses}), or an
     * accelerator of another make their engine has a build for ({@link DiagnosisWriter#acceleratorTheEngineRuns}).
     */
    static boolean usableOnceFixed(Ask ask) {
        return ask != null && ask.hasGpu()
                && (DiagnosisWriter.everyBuildUses(ask.oldestGpu().cc(), ask.platform(), false, ask.gpuTooOldForEngine())
                        || DiagnosisWriter.acceleratorTheEngineRuns(ask.platform(), ask.engine(), false));
    }

    /**
     * Whether the speed they report, if any, is above what the placement with part of it in RAM gives: "only 5 tokens/s"
     * where layers in RAM give 4-18 is that placement's speed, not a sign the whole model is on the GPU.
     */
    static boolean fasterThanOffload(Report report, Candidate offloaded) {
        Double tps = report.tokensPerSecond();
        return tps == null || offloaded.tpsHigh() <= 0 || tps > offloaded.tpsHigh();
    }

    /**
     * Whether our offload is only the KV cache of a context the person did not state: the part we put in system RAM is no
     * larger than that KV cache, so at a shorter context the whole model is in GPU memory. A context they state is theirs,
     * and then the overflow is what they run.
     */
    static boolean overflowIsAssumedContext(Answer a) {
        if (a.ask() == null || a.ask().contextGiven() || a.shown().isEmpty()) return false;
        Candidate c = a.shown().get(0).candidate();
        return c.ramGb() > 0 && c.kvGb() > 0 && c.ramGb() <= c.kvGb();
    }

    /**
     * The verdict when the person sees the model in GPU memory ("it uses 20GB of VRAM", 显存占用 15G) and reports no
     * fault, slowness (unless the memory seen holds the weights as tried) or CPU run beside it: it is loaded there and runs,
     * so an answer without a verdict of its own
     * (no hardware or model to size) or with a "no" from our estimate says it fits. Not when the weights in the format
     * they name are larger than all the cards' memory (DeepSeek-R1 IQ1_S, about 130 GB, "12G used" on two 3090s): what
     * the card holds is then only a part, and the run they see has the rest in system RAM (KTransformers' experts, llama.cpp
     * layers left on the CPU), so it runs with offload. Any other verdict is kept.
     */
    public static Verdict seenInGpuMemory(Verdict v, Report report, Understood u) {
        if (v == Verdict.FITS || v == Verdict.OFFLOAD || report == null || report.usedGb() == null || !report.usedOnGpu()) return v;
        // slow with the GPU memory seen at least the weights as tried ("72B: 270GB of VRAM used, only 3 tokens/s"): the whole
        // model is on the GPU, so the slowness is not layers in system RAM
        boolean slowOffGpu = report.has(Report.Symptom.SLOW) && !holdsTheWeights(report.usedGb(), u);
        boolean fault = report.has(Report.Symptom.OUT_OF_MEMORY) || report.has(Report.Symptom.CRASH) || slowOffGpu
                || report.has(Report.Symptom.GPU_NOT_USED) || report.has(Report.Symptom.CONTEXT_LIMIT);
        if (fault) return v;
        return largerThanTheCards(u) ? Verdict.OFFLOAD : Verdict.FITS;
    }

    /** The GPU memory seen in use is at least the weights of the model named, in the format named (16 bits if none). */
    static boolean holdsTheWeights(double usedGb, Understood u) {
        if (u == null || u.models().isEmpty()) return false;
        double weights = u.weightsAsTriedGb();
        return weights > 0 && usedGb >= weights;
    }

    /** The weights of the model named, in the format named, exceed the memory of all the discrete cards read. */
    static boolean largerThanTheCards(Understood u) {
        if (u == null || u.format() == null || u.models().isEmpty() || u.gpus().stream().anyMatch(Understood.Gpu::unified)) return false;
        double gpu = u.gpuMemoryGb();
        return gpu > 0 && u.weightsAsTriedGb() > gpu;
    }

    /**
     * The verdict when the answer sized none (no model named, no card stated) but the person says it runs with the CPU
     * doing the work: it runs and answers while the GPU is left unused ("ollama can't find my gpu and uses the cpu", 显卡
     * 没有被调用), or on KTransformers, which keeps the MoE experts in system RAM by design
     * (https://github.com/kvcache-ai/ktransformers, its "CPU/GPU hybrid inference"). Either way it runs with (part of)
     * it in system RAM: offload. A failure beside it (an error, out of memory) says nothing of running; any verdict the
     * answer already has is kept.
     */
    public static Verdict ranOffGpuAsReported(Verdict v, Report report, Understood u) {
        if (v != null || report == null) return v;
        // "uses the CPU instead", "GPU 0%": said of a setup that answers; an error, a crash or out of memory beside it is not
        boolean failed = report.failureTold();
        boolean runs = report.works() || report.has(Report.Symptom.SLOW) || report.tokensPerSecond() != null || report.has(Report.Symptom.GPU_NOT_USED);
        if (!runs || failed) return v;
        boolean ktransformers = u != null && u.engine() == Engine.KTRANSFORMERS;
        return report.has(Report.Symptom.GPU_NOT_USED) || ktransformers ? Verdict.OFFLOAD : v;
    }

    /**
     * The verdict when the answer sized nothing (no model named, or no hardware stated) and the person says their run
     * works on a GPU: a speed they measured, "it works", "runs normally", 试了可以运行, or the model seen in GPU memory. The
     * engine loaded it and it answers there, so, as they run it, it fits in GPU memory; that is what the thread takes as
     * settled, and the answer says so instead of stating no verdict. On a GPU means a card they name, GPU memory they see
     * in use, code that moves the whole model onto the GPU, or an engine that puts nothing in system RAM
     * ({@link Engine#keepsModelOnGpu()}); not when they call it slow on an engine that can offload (layers in RAM are then
     * as likely, and the readers of a slow run's own signs speak first: {@link #ranSlowlyOnGpuAsReported} is the last word), nor
     * with a failure, a CPU run or a GPU/CPU split beside it ({@link #ranOffGpuAsReported} and {@link #splitAsReported} judge
     * those). Any verdict the answer already has is kept.
     */
    public static Verdict ranOnGpuAsReported(Verdict v, Report report, Understood u) {
        return ranOnGpu(v, report, u, false);
    }

    /**
     * The verdict when the answer sized nothing and the person calls their run slow ("it loads but is slow", 跑起来了但是很慢,
     * 一个字一个字地吐出来) with nothing else that places it (no split, CPU run, RAM-bound pace, compared runs: the readers of
     * those go first): a slow run answers, so it is a run, and on a card they have it is taken as they run it, on the GPU
     * (the corpus' threads of this shape settle fits far more often than offload). Said with the slowness, and that layers
     * left on the CPU would be what makes it slow. Any verdict the answer already has is kept.
     */
    public static Verdict ranSlowlyOnGpuAsReported(Verdict v, Report report, Understood u) {
        return report != null && report.has(Report.Symptom.SLOW) ? ranOnGpu(v, report, u, true) : v;
    }

    private static Verdict ranOnGpu(Verdict v, Report report, Understood u, boolean slowIsARun) {
        if (v != null || report == null || u == null || u.cpuOnly()) return v;
        boolean seenOnGpu = report.usedGb() != null && report.usedOnGpu();
        boolean slow = report.has(Report.Symptom.SLOW);
        boolean runs = report.works() || report.tokensPerSecond() != null || seenOnGpu || slowIsARun && slow;
        boolean failed = report.failureTold();
        boolean offGpu = report.has(Report.Symptom.GPU_NOT_USED) || report.has(Report.Symptom.SPLIT) || u.engine() == Engine.KTRANSFORMERS;
        if (!runs || failed || offGpu) return v;
        boolean gpuOnlyEngine = u.engine() != null && u.engine().keepsModelOnGpu();
        if (slow && !gpuOnlyEngine && !slowIsARun) return v;
        boolean onGpu = !u.gpus().isEmpty() || seenOnGpu || report.wholeOnGpu() || gpuOnlyEngine;
        return onGpu ? Verdict.FITS : v;
    }

    /**
     * The verdict when the answer sized nothing (no hardware to size on) and the person tells one of their runs as slower or
     * faster than another ({@code RelativeSpeedForms}: "the Int4 model is much slower than the original", 多卡比单卡慢十倍):
     * both runs answer on their machine, and the faster one shows the model runs there well, so as they run it it fits; the
     * gap is the setup's (a quantized format's kernels, communication between cards, the engine), not memory. Not with a
     * failure, the GPU left unused, a split over GPU and CPU told, or no GPU; any verdict the answer has is kept.
     */
    public static Verdict comparedRunsAsReported(Verdict v, Report report, boolean comparedRuns, Understood u) {
        if (v != null || !comparedRuns || report == null || u == null || u.cpuOnly()) return v;
        if (report.failureTold()
                || report.has(Report.Symptom.GPU_NOT_USED) || report.has(Report.Symptom.SPLIT)) return v;
        return Verdict.FITS;
    }

    /**
     * The verdict when the answer states none and the person tells an out-of-memory (or a failed load) as new: the same
     * setup ran with an earlier version of the engine or before an update ({@code RegressionForms}: "works on V0, OOM on
     * V1", "ok in 0.7.2", 更新版本后炸显存). The model ran on their machine, so it fits there as they ran it; the failure
     * is the new version's (its memory reservation or defaults changed), not the hardware's. Not on a CPU-only machine;
     * any verdict the answer has is kept.
     */
    public static Verdict regressionAsReported(Verdict v, Report report, boolean regressionTold, Understood u) {
        if (v != null || !regressionTold || report == null || u == null || u.cpuOnly()) return v;
        boolean failed = report.has(Report.Symptom.OUT_OF_MEMORY) || report.fails();
        return failed ? Verdict.FITS : v;
    }

    /**
     * The verdict when the answer states none and the person tells GPU memory growing with use, turn after turn
     * ({@code MemoryGrowthForms}: "VRAM keeps growing with every message until OOM", 随着不断交互显存逐步增加): the model
     * loaded on the GPU and answered several times before memory ran short, so as they run it it fits there; what grows
     * is the history kept in its cache or memory the engine does not free, not the weights. Not on a CPU-only machine, nor
     * with the work told as off the GPU or split with the CPU; any verdict the answer has is kept.
     */
    public static Verdict grewWithUseAsReported(Verdict v, Report report, boolean grewWithUse, Understood u) {
        return v == null && grewWithUse && grewOnGpu(report, u) ? Verdict.FITS : v;
    }

    /** Whether GPU memory told as growing with use is the GPU's: not a CPU-only machine, nor work told as off the GPU or split with the CPU. */
    public static boolean grewOnGpu(Report report, Understood u) {
        return report != null && u != null && !u.cpuOnly() && !report.has(Report.Symptom.GPU_NOT_USED) && !report.has(Report.Symptom.SPLIT);
    }

    /**
     * The verdict when the person ties the speed of their run to system RAM ({@code RamBoundForms}: "is it because my RAM
     * bandwidth is too low?", 单纯是内存条没插满吗) and the answer sized no model of theirs (none stated, or only a list of
     * what the machine runs, whose verdict is not about their run): weights whose every read is bounded by the RAM's
     * bandwidth or channels are in system RAM, so the model runs, at least partly, on the CPU: offload (a run on the CPU
     * alone is one too). Not with a failure told beside it; the verdict of a model sized is kept.
     */
    public static Verdict ramBoundAsReported(Verdict v, Report report, boolean ramBoundTold, Understood u) {
        boolean modelSized = v != null && u != null && !u.models().isEmpty();
        if (modelSized || !ramBoundTold || report == null) return v;
        boolean failed = report.failureTold();
        return failed ? v : Verdict.OFFLOAD;
    }

    /** Why a speed tied to system RAM makes the verdict an offload, in the person's language. */
    public static String ramBoundLine(Lang lang) {
        return lang == Lang.ZH
                ? "你把速度归到内存（带宽、通道、内存条）上：这说明模型至少有一部分放在内存里由 CPU 计算，是部分在内存里运行的；这部分每生成一个 token 都要从内存读一遍，速度就由内存带宽决定。"
                : "You tie the speed to system RAM (its bandwidth, channels or DIMMs): then at least part of the model sits in system RAM and runs on the CPU, so it runs with offload; each token reads that part from RAM, and the RAM's bandwidth sets the pace.";
    }

    /** Why a llama.cpp command with no -ngl runs on the CPU, with the fix, in the person's language. */
    public static String noGpuLayersLine(Lang lang) {
        return lang == Lang.ZH
                ? "原因：你的 llama.cpp 命令没有设置 GPU 层数（-ngl），而这个程序默认一层也不放到显卡，所以不管是 CUDA 还是 ROCm 版本，模型都留在 CPU 上运行，显卡没有用上。办法：加 -ngl 99 把所有层放到显卡（llama-cpp-python：n_gpu_layers=-1），并确认启动日志里有 “offloaded N/N layers to GPU”。"
                : "Cause: your llama.cpp command sets no GPU layers (-ngl), and this program puts none on the GPU by default, so the model stays on the CPU even with a CUDA or ROCm build, and the GPU is not used. Fix: pass -ngl 99 to put every layer on the GPU (llama-cpp-python: n_gpu_layers=-1), and check that the start-up log says \"offloaded N/N layers to GPU\".";
    }

    /** Why memory growing with use makes the verdict a fit, in the person's language. */
    public static String grewWithUseLine(Lang lang) {
        return lang == Lang.ZH
                ? "你说显存是随着使用逐步增加的：模型本身已经放进显存并正常回答过，放得下；增长的是每轮保留的对话历史（KV 缓存）或引擎没有释放的显存，可以限制历史轮数或最大长度，或定期清理缓存。"
                : "You say GPU memory grows with use: the model itself loaded on the GPU and answered, so it fits; what grows is the history kept from turn to turn (its KV cache) or memory the engine does not free, so cap the history or the maximum length, or clear the cache between requests.";
    }

    /**
     * The verdict when the answer sized nothing (the GPU's memory not known) and the diagnosis is a serving engine's KV
     * cache short of the maximum length it was started with (vLLM's "larger than the maximum number of tokens that can be
     * stored in KV cache", "No available memory for the cache blocks", a request over the maximum length): the engine
     * sizes its cache only once the weights are in GPU memory, so the model fits there, at a shorter maximum length or a
     * larger memory share. Any verdict the answer has is kept.
     */
    public static Verdict cacheShortOfMaxLenAsReported(Verdict v, String cause) {
        return v == null && "vllm_kv_cache_too_small".equals(cause) ? Verdict.FITS : v;
    }

    /** Why a KV cache short of the maximum length makes the verdict a fit, in the person's language. */
    public static String cacheShortOfMaxLenLine(Lang lang) {
        return lang == Lang.ZH
                ? "不够的是按设定的最大长度要留的 KV 缓存，而引擎是在权重放进显存之后才划出 KV 缓存的：模型本身放得下显存；把最大长度调短，或给引擎更大的显存比例，就能运行。"
                : "What falls short is the KV cache for the maximum length set, which the engine sizes only once the weights are in GPU memory: the model itself fits there, and a shorter maximum length or a larger share of GPU memory for the engine runs it.";
    }

    /**
     * The verdict when the answer sized nothing and the diagnosis is the split over the cards ({@code multi_gpu_split}:
     * memory not pooled, the model loaded onto one card of several, data parallelism putting a whole copy on each): the
     * fix is how the engine spreads the model, not more memory, so on the cards they have it fits once split. Not when they
     * say it does not load at all or crashes (an out-of-memory on one card is the split's); any verdict the answer has is
     * kept (a tensor-parallel size the heads refuse is a no of its own).
     */
    public static Verdict splitSettingAsReported(Verdict v, String cause, Report report) {
        boolean failed = report != null && (report.fails() || report.has(Report.Symptom.CRASH));
        return v == null && !failed && "multi_gpu_split".equals(cause) ? Verdict.FITS : v;
    }

    /** Why a split over the cards makes the verdict a fit, in the person's language. */
    public static String splitSettingLine(Lang lang) {
        return lang == Lang.ZH
                ? "问题出在模型怎样分到各张卡上，而不是显存不够：按引擎的切分方式（张量并行、device_map、不用数据并行）把模型分到这几张卡上，就放得下。"
                : "What goes wrong is how the model is spread over the cards, not a lack of memory: split across them the way the engine does it (tensor parallelism, device_map, no data parallelism), the cards hold it, so it fits.";
    }

    /** Why a regression makes the verdict a fit, in the person's language. */
    public static String regressionLine(Lang lang) {
        return lang == Lang.ZH
                ? "你说同一台机器上旧版本（或更新前）能跑：模型放得下；显存不足是新版本带来的（它预留的显存或默认设置变了），可以换回能跑的版本，或调低新版本的显存设置（如 gpu-memory-utilization、最大长度、缓存比例）。"
                : "You say it ran on the same machine with the earlier version (or before the update): the model fits there; the out-of-memory comes with the new version (its memory reservation or defaults changed), so go back to the version that worked, or lower the new one's memory settings (such as gpu-memory-utilization, the maximum length or the cache fraction).";
    }

    /**
     * The verdict when the person measured the speed of their run ("getting 24 t/s", 每秒20个token), at least
     * {@link Setup#SLOW_TPS}, on a Mac whose memory they did not state: the sizing took the chip's base memory, an
     * assumption, while a Mac runs a model from its unified memory, and at that pace not from swap; so it fits the memory
     * their Mac has. Not with a failure, the GPU left unused or a GPU/CPU split told beside it; any other verdict is kept.
     */
    public static Verdict measuredOnMacAsReported(Verdict v, Report report, boolean macMemoryUnstated) {
        if (!macMemoryUnstated || report == null || report.tokensPerSecond() == null || report.tokensPerSecond() < Setup.SLOW_TPS) return v;
        boolean failed = report.failureTold();
        boolean offGpu = report.has(Report.Symptom.GPU_NOT_USED) || report.has(Report.Symptom.SPLIT);
        return failed || offGpu ? v : Verdict.FITS;
    }

    /**
     * The verdict on a phone: its apps run the model on the CPU from the memory the SoC shares with its GPU, so a model
     * that runs there runs wholly in the phone's memory, with no other memory to hold a part of it. That is a fit, as
     * on a Mac's unified memory (the corpus enters a phone as one unified device), not an offload; a "no" is kept.
     */
    public static Verdict heldInPhoneMemory(Verdict v, Ask ask) {
        return v == Verdict.OFFLOAD && ask != null && ask.platform() == Platform.PHONE ? Verdict.FITS : v;
    }

    /** Why a model that runs on a phone fits, in the person's language. */
    public static String phoneMemoryLine(Lang lang) {
        return lang == Lang.ZH
                ? "手机的 CPU 和 GPU 共用 SoC 的内存：模型能在手机上运行，就是整个放在这块内存里，所以放得下。"
                : "A phone's CPU and GPU share the SoC's memory: a model that runs on the phone is held whole in that memory, so it fits.";
    }

    /**
     * Why a speed measured on a Mac of unstated memory makes the verdict a fit, in the person's language; on another
     * machine whose GPU shares its memory (a DGX Spark, a Jetson) the same, said of that machine's memory, not a Mac's.
     */
    public static String measuredOnMacLine(Lang lang, double tokensPerSecond, Understood.Gpu mac) {
        String tps = Numbers.fixed(tokensPerSecond, tokensPerSecond < 10 ? 1 : 0);
        boolean zh = lang == Lang.ZH;
        String pool = mac.name().startsWith("Apple") || mac.name().startsWith("Mac") ? (zh ? "这台 Mac 的统一内存" : "your Mac's unified memory")
                : zh ? " " + mac.name() + " 的 GPU 与 CPU 共用的内存" : "the memory your " + mac.name() + "'s GPU shares with its CPU";
        return zh
                ? String.format(Locale.ROOT, "你实测约 %s tokens/s：模型在%s里运行，所以放得下。你没有说明 %s 的内存有多大；这里按 %.0f GB 估算，你的机器显然放得下它。",
                        tps, pool, mac.name(), mac.vramGb())
                : String.format(Locale.ROOT, "You measured about %s tokens/s: the model runs in %s, so it fits. You did not say how much memory your %s has; it was sized here as %.0f GB, and yours evidently holds the model.",
                        tps, pool, mac.name(), mac.vramGb());
    }

    /**
     * The verdict when the person tells an out-of-memory that happens even at a small context ({@code SmallContextOomForms}:
     * "OOM even with a very small context size (128)", 即使上下文设成512也爆显存): the KV cache of so short a context is small,
     * so it is the weights themselves that do not fit the memory, as tried: no. Not on vLLM or SGLang, whose memory pool is
     * sized by a share of the card's memory rather than by the context; nor when the same setup is told to have run with
     * an earlier version (the failure is then the new version's). Any verdict is otherwise replaced.
     */
    public static Verdict oomAtSmallContextAsReported(Verdict v, boolean oomAtSmallContext, boolean regressionTold, Engine engine) {
        boolean pool = engine == Engine.VLLM || engine == Engine.SGLANG;
        return oomAtSmallContext && !regressionTold && !pool ? Verdict.NO : v;
    }

    /** Why an out-of-memory at a small context makes the verdict a no, in the person's language. */
    public static String oomAtSmallContextLine(Lang lang) {
        return lang == Lang.ZH
                ? "你说上下文很小也会显存不足：这么短的上下文，KV 缓存很小，放不下的是权重本身；按你试的方式它跑不了，要换更小的格式（如 4 位量化）或更多显存。"
                : "You say it runs out of memory even with a small context: the KV cache of so short a context is small, so it is the weights themselves that do not fit; as you tried it, it does not run, and it needs a smaller format (such as 4-bit) or more GPU memory.";
    }

    /** Why two runs compared make the verdict a fit, in the person's language. */
    public static String comparedRunsLine(Lang lang) {
        return lang == Lang.ZH
                ? "你比较的两种运行方式都能跑出结果：快的那种说明模型在你的机器上放得下、跑得起来；慢的那种差在设置上（量化格式的算子、多卡之间的通信、推理引擎），不是显存不够。"
                : "Both runs you compare answer: the faster one shows the model fits and runs on your machine; the slower one differs in its setup (the quantized format's kernels, communication between cards, the engine), not in memory.";
    }

    /**
     * The verdict when the answer sized nothing and the person, with several cards, sees the model on one or some of them
     * while the others stay idle ("only one GPU is used", 7卡被完全放空, "always loads onto GPU 0"): the weights are in GPU
     * memory, so as loaded it fits there; how it is spread over the cards is a setting (memory is not pooled; the engine
     * is told to split it, with its own setting: {@link SizedCause#splitSetting}), and an
     * out-of-memory beside an uneven split is that setting's, not the cards' total. Not with a load that fails or crashes,
     * nor with one card read. Any verdict the answer already has is kept.
     */
    public static Verdict unevenSplitAsReported(Verdict v, Report report, Understood u) {
        if (v != null || report == null || u == null || !report.has(Report.Symptom.PARTIAL_VRAM)) return v;
        if (u.gpus().stream().mapToInt(Understood.Gpu::count).sum() < 2) return v;
        if (report.fails() || report.has(Report.Symptom.CRASH) || report.has(Report.Symptom.GPU_NOT_USED)) return v;
        return Verdict.FITS;
    }

    /**
     * The verdict when the answer sized nothing and the person says the setup they tried does not run on their hardware
     * ("I can't get it to load on my 3090", 24G跑不起来): as tried, it does not run there, which is what they report. Only
     * with hardware read (a card, or the CPU alone) and no cause a setting fixes named. An out-of-memory they tell ("on my
     * A100 40G it still says CUDA out of memory", 4090 爆显存, "Vicuna-7b OOM with vLLM") is such a failure too, on their
     * machine whether or not they name it (the corpus' rule G reads a bare "CUDA out of memory" as one unnamed card): "no"
     * is "does not run as tried; it needs more memory or a smaller format", which is what an out-of-memory with nothing
     * else named shows; not when they tie it to the context or input length (a setting: it fits with a shorter one).
     * Any verdict the answer already has is kept.
     */
    public static Verdict failedUnsizedAsReported(Answer a, Report report) {
        if (a.verdict() != null || report == null || report.works() || a.understood() == null) return a.verdict();
        Understood u = a.understood();
        boolean outOfMemory = report.has(Report.Symptom.OUT_OF_MEMORY) && !report.has(Report.Symptom.CONTEXT_LIMIT);
        if (!report.fails() && !outOfMemory) return a.verdict();
        if (!outOfMemory && u.gpus().isEmpty() && !u.cpuOnly()) return a.verdict();
        if (a.cause() != null && !DiagnosisWriter.NO_ROOM.contains(a.cause())) return a.verdict();
        return Verdict.NO;
    }

    /**
     * The verdict when the person tells a run of theirs wholly on the GPU ({@link Report.Symptom#ALL_ON_GPU}: every layer
     * offloaded in the engine's log, ollama ps's "100% GPU", "in llama.cpp it runs entirely on the 2060"): the model was
     * held by that machine's GPU memory, so it fits there, whatever our estimate said (a card variant or context we
     * assumed) and whatever another engine or setting of theirs does with it (a split there is that setting's). Not with
     * a failure beside it (a log that offloads every layer and then runs out of memory), nor with the GPU told unused,
     * nor on a machine read as CPU-only. The model told to fit the card's memory ({@link Report.Symptom#FITS_GPU_TOLD}:
     * "model fits in vram") is what the card holds even with the GPU told unused: README rule F takes the verdict of such
     * a thread as what the card gives once used. Any other verdict is replaced.
     */
    public static Verdict allOnGpuAsReported(Verdict v, Report report, Understood u) {
        if (report == null) return v;
        boolean held = report.has(Report.Symptom.FITS_GPU_TOLD);
        if (!held && (!report.has(Report.Symptom.ALL_ON_GPU) || report.has(Report.Symptom.GPU_NOT_USED))) return v;
        if (u != null && u.cpuOnly()) return v;
        boolean failed = report.failureTold();
        return failed ? v : Verdict.FITS;
    }

    /** Why the model told to fit the card's memory makes the verdict a fit, in the person's language. */
    public static String fitsGpuToldLine(Lang lang) {
        return lang == Lang.ZH
                ? "你说模型放得进显存：这张卡装得下它，所以放得下；按我们假设的显卡型号或上下文估算出的不足不算数，如果显卡没被用上，那是设置、驱动或版本的问题。"
                : "You say the model fits in your GPU memory: the card holds it, so it fits, whatever card variant or context our estimate assumed; if the GPU is left unused, that is a setting, driver or build to fix, not a lack of memory.";
    }

    /** Why a run told wholly on the GPU makes the verdict a fit, in the person's language. */
    /**
     * Whether more GPUs make it faster, asked in advance: a layer split lets the cards compute in turn, so one request is no
     * faster than on one card that holds the model; tensor parallelism can speed it somewhat over a fast link; where part
     * of the model runs from system RAM (offload), the GPU memory a card adds moves it off the slow RAM, which does help.
     */
    public static String moreGpusFasterLine(Lang lang, Verdict v) {
        boolean zh = lang == Lang.ZH;
        if (v == Verdict.OFFLOAD) return zh
                ? "这里多一张卡会快很多：按上面的估算模型有一部分在内存里由 CPU 计算，加卡后更多（或全部）放进显存，慢的那部分就少了；等模型全部放进显存后，再加卡（按层切分时各张卡轮流计算）就不会让单个请求更快。"
                : "Here a second card does speed it up: as sized above part of the model runs from system RAM on the CPU, and the added GPU memory moves more of it (or all) onto the GPUs; once it all fits, more cards (which compute in turn with a layer split) do not make one request faster.";
        return zh
                ? "多卡加的是显存，不是单个请求的速度：按层切分（llama.cpp、Ollama）时各张卡轮流计算，放得进一张卡的模型分到多张卡上不会更快；张量并行（vLLM、SGLang 的 --tensor-parallel-size）在卡间连接够快（NVLink）时能让单个请求快一些；多卡更多用于放下更大的模型和同时处理更多请求。"
                : "More GPUs add memory, not speed for one request: split by layers (llama.cpp, Ollama) the cards compute in turn, so a model that fits one card is no faster on several; tensor parallelism (vLLM, SGLang --tensor-parallel-size) can speed one request somewhat over a fast link (NVLink); more cards serve larger models and more requests at once.";
    }

    public static String allOnGpuLine(Lang lang) {
        return lang == Lang.ZH
                ? "你说有一次运行是整个模型都在显卡上：这台机器的显存装得下它，所以放得下；另一种运行方式把一部分放到 CPU 或内存，是那种方式的设置（层数、上下文、引擎的估算），不是显存不够。"
                : "You tell a run with the whole model on the GPU: this machine's GPU memory holds it, so it fits; where another run puts part of it on the CPU or in system RAM, that is that run's setting (its layer count, context or the engine's estimate), not a lack of memory.";
    }

    /**
     * The verdict when the person says the run is split between the GPU and the CPU ("slow on gpu+cpu", ollama ps's
     * "31%/69% CPU/GPU", "partially offloaded", 一部分在内存里) with no failure beside it: it runs, with part of it in
     * system RAM, whatever our estimate said (a fit at another format or context than theirs, or a no that counted too
     * little memory). Any other verdict is kept.
     */
    public static Verdict splitAsReported(Verdict v, Report report) {
        // a GPU they say is left unused is a run on the CPU alone, which ranOffGpuAsReported and the diagnosis judge
        if (report == null || !report.has(Report.Symptom.SPLIT) || report.has(Report.Symptom.GPU_NOT_USED) || v == Verdict.OFFLOAD) return v;
        boolean failed = report.failureTold();
        return failed ? v : Verdict.OFFLOAD;
    }

    /**
     * The verdict when the person says the setup does not run ("unable to run it on 7x 24 GB cards", 24G跑不起来), the
     * answer names no cause a setting fixes (none, or the model too large / loaded unquantized) and the weights in the
     * format tried take more than the GPU memory leaves them: as tried it does not run, whatever smaller format our
     * estimate fits. A format they name fixes the weights tried, and those plus 1 GB below nine tenths of the GPU memory
     * are weights the cards hold (the corpus' arithmetic, README rules J and K: engines keep about a tenth for their
     * buffers; FastChat #1761: 13B at 8 bits on a 16 GB card, which the maintainer runs). With none named the weights
     * tried are only taken as the 16-bit published ones, and a failure told of them stands unless they take at most half
     * the GPU memory. Within that, or with a fit sized with a serving engine's reservation, what stood in the way was a
     * setting (context, batch, another process, an engine's reservation), and the verdict is kept. The mirror of
     * {@link #ranAsReported}; any other verdict is kept.
     */
    public static Verdict failedAsReported(Answer a, Report report) {
        if (a.verdict() == null || a.verdict() == Verdict.NO || report == null || report.works()) return a.verdict();
        Understood u = a.understood();
        boolean named = u != null && !u.models().isEmpty();
        // an out-of-memory speaks of the model named; said of none, it may be any model the machine tried
        if (!report.fails() && !(named && report.has(Report.Symptom.OUT_OF_MEMORY))) return a.verdict();
        if (a.cause() != null && !DiagnosisWriter.NO_ROOM.contains(a.cause())) return a.verdict();
        // a quantized load that did not take effect, judged at the precision meant (DiagnosisWriter.fitsAsMeant): the
        // 16-bit weights that ran out are not the setup they meant, and that one fits
        if (a.verdict() == Verdict.FITS && "unquantized".equals(a.cause())) return a.verdict();
        if (!named) return Verdict.NO;
        // the engine places the layers itself and the RAM they state holds what the GPU does not: it runs with offload
        // there, and the failure is the engine's estimate (DiagnosisWriter.offloadsOnItsOwn)
        if (a.verdict() == Verdict.OFFLOAD && u.engine() != null && u.engine().placesLayersItself() && u.ramGb() != null && !u.ramAssumed()) {
            return a.verdict();
        }
        // sized with a serving engine's own reservation (vLLM, SGLang, TGI pre-allocate the KV cache up to their memory
        // share), and it fits: their out-of-memory is the maximum length or batch set too high, the fix their error names
        if (a.verdict() == Verdict.FITS && !a.shown().isEmpty() && a.shown().get(0).candidate().servingEngine()) return a.verdict();
        double weightsGb = u.weightsAsTriedGb();
        double gpuGb = u.gpuMemoryGb();
        boolean leaveRoom = u.format() != null ? weightsGb + 1 < 0.9 * gpuGb : weightsGb <= gpuGb / 2;
        return weightsGb > 0 && gpuGb > 0 && leaveRoom ? a.verdict() : Verdict.NO;
    }

    /**
     * The answer with the verdict what the person reports made of it ({@link #ranAsReported}, {@link #seenInGpuMemory},
     * {@link #ranOffGpuAsReported}, {@link #failedAsReported}), said in the reply when it differs from the sizing's (as
     * its headline when a run they report overrules a "No"): a verdict is a statement of the answer, never a label behind it. The same answer when the verdict is unchanged or
     * nothing was answered (a question back: {@link #toldWhileAsking}).
     */
    public static Answer toldAsReported(Answer a, Verdict v, Report report) {
        if (v == a.verdict() || v == null || report == null || a.reply().kind() != Reply.Kind.ANSWER) return a.withVerdict(v);
        Remark refused = a.shown().isEmpty() ? null : a.shown().get(0).candidate().engineIssue();
        String line = reportedLine(a.reply().lang(), a.verdict(), v, report, a.understood(), refused);
        Reply told = withReportLine(a, line);
        return a.withVerdict(v).withReply(v == Verdict.FITS ? withoutOnGpuDenials(a, told) : told);
    }

    /** The reply without the warnings of the first option that it cannot run on the GPU alone: a run they report there overrules them. */
    public static Reply withoutOnGpuDenials(Answer a, Reply told) {
        if (a.shown().isEmpty()) return told;
        for (Finding f : a.shown().get(0).findings()) {
            if (f.effect() == Effect.WARN && ON_GPU_DENIALS.contains(f.rule())) told = told.withoutNote("! " + f.text(a.reply().lang()));
        }
        return told;
    }

    /** Warnings that the option cannot run on the GPU alone: a run the person reports there overrules them. */
    static final Set<String> ON_GPU_DENIALS = Set.of("A file larger than the card does not run on the card");

    /**
     * The reply with the line of what the person reports of their run: its first note, or its headline when the answer
     * said "No" (a run they report is not answered "No": what their run shows leads, and our sizing follows as what it said).
     */
    public static Reply withReportLine(Answer a, String line) {
        if (a.verdict() != Verdict.NO || a.reply().kind() != Reply.Kind.ANSWER) return a.reply().withFirstNote(line);
        boolean zh = a.reply().lang() == Lang.ZH;
        String sized = a.reply().headline().replaceFirst("^(?:No: |不行：|" + DiagnosisWriter.ESTIMATE_LEAD_EN + "|" + DiagnosisWriter.ESTIMATE_LEAD_ZH + ")", "");
        return a.reply().withHeadline(Reply.Kind.ANSWER, line).withFirstNote((zh ? "我们的估算：" : "Our estimate alone: ") + sized);
    }

    /**
     * A question back (which hardware?) about a run the person reports, where the report alone establishes the verdict
     * ({@link #ranOffGpuAsReported}): the question stays, and the verdict is said beneath it. The same answer otherwise.
     */
    public static Answer toldWhileAsking(Answer a, Verdict v, Report report) {
        if (v == null || v == a.verdict() || report == null || a.reply().kind() != Reply.Kind.CLARIFY) return a;
        return a.withVerdict(v).withReply(a.reply().withFirstNote(reportedLine(a.reply().lang(), a.verdict(), v, report, a.understood(), null)));
    }

    /**
     * Why what the person reports changes the verdict, in their language: the new verdict and the figures behind it.
     * {@code refused}: why the engine could not run the option sized (a format or arithmetic the card lacks, a KV pool left
     * empty), or null; a run they report overrules it, and the line says what it overrules rather than a margin.
     */
    static String reportedLine(Lang lang, Verdict from, Verdict to, Report report, Understood u, Remark refused) {
        boolean zh = lang == Lang.ZH;
        boolean named = u != null && !u.models().isEmpty();
        double weights = named ? u.weightsAsTriedGib() : 0;
        double gpu = u == null ? 0 : u.gpuMemoryGb();
        String format = u == null || u.format() == null ? (zh ? "16 位（按发布的原版）" : "16-bit, as published") : u.format().label();
        boolean figures = weights > 0 && gpu > 0;
        return switch (to) {
            case FITS -> from == null && report.has(Report.Symptom.PARTIAL_VRAM)
                    ? (zh ? "你说模型在一张（或几张）卡上、其余的卡空着：权重已经在显存里，所以按你加载的方式它放得下；怎么分到各张卡上是设置的问题（显存不会自动合并，要让引擎切分：" + SizedCause.splitSetting(u == null ? null : u.engine(), true) + "）。"
                            : "You see the model on one (or some) of your cards while the others stay idle: its weights are in GPU memory, so as you load it, it fits; how it is spread over the cards is a setting (GPU memory is not pooled; the engine is told to split it: " + SizedCause.splitSetting(u == null ? null : u.engine(), false) + ").")
                    // slow, but it answers: the run is the fact; a slow pace may still be part of it in RAM, which its log shows
                    : from == null && report.has(Report.Symptom.SLOW) && !(report.usedGb() != null && report.usedOnGpu())
                    ? (zh ? "你说它能跑起来，只是慢：它在显卡上加载并能回答，所以按你现在的运行方式，它放得下显存。慢是速度的问题；如果引擎的日志里有层留在 CPU 上，慢就慢在这部分。"
                            : "You say it runs, if slowly: it loads and answers on the GPU, so as you run it, it fits in GPU memory. The slowness is a matter of pace; if the engine's log shows layers left on the CPU, that part is what makes it slow.")
                    : from == null && !(report.usedGb() != null && report.usedOnGpu())
                    ? (zh ? "你说它在显卡上能运行：按你现在的运行方式，它放得下显存。这是你的运行结果说明的，不是我们的估算。"
                            : "You say it runs on the GPU: as you run it, it fits in GPU memory. That is what your run shows, not an estimate of ours.")
                    : report.usedGb() != null && report.usedOnGpu()
                    ? String.format(Locale.ROOT, zh ? "你说显存里占用了约 %.1f GB：模型已经加载在显卡上并能运行，所以它放得下显存。"
                            : "You see about %.1f GB in GPU memory: the model is loaded there and runs, so it fits in GPU memory.", report.usedGb())
                    : from == Verdict.OFFLOAD
                    ? (zh ? "你说它能运行：权重放得进显存；我们估算时假设的上下文较长，它的 KV 缓存才会溢出到内存。你实际用的上下文更短时，整个模型都在显卡上。"
                            : "You say it runs: its weights fit the GPU memory; only the KV cache of the longer context we assumed would spill into system RAM, so at the context you run the whole model is on the GPU.")
                    // weights larger than all the GPU memory: what runs is not what was sized, and the margin is not why
                    : figures && weights > gpu
                    ? String.format(Locale.ROOT, zh ? "你说它能运行：那运行的就不是我们估算的这份 %s 权重（%.1f GB，超过 %.1f GB 显存），多半是更小的量化版本；按你说的算它能运行。"
                            : "You say it runs: then what runs is not the %s weights we sized (%.1f GB, more than the %.1f GB of GPU memory), most likely a smaller build; taken as you report it.",
                            format, weights, gpu)
                    : from == Verdict.NO && refused != null
                    ? (zh ? "你说它能运行：那你用的版本做到了我们按上游引擎判定做不到的事（" + refused.zh() + "），按你说的算它能运行。"
                            : "You say it runs: then your build does what we judged the upstream engine cannot (" + refused.en() + "); taken as you report it.")
                    : zh ? "你说它能运行：它的权重放得进显存，所以是在显卡上运行，只是我们估算的余量偏紧。"
                    : "You say it runs: its weights fit the GPU memory, so it runs there; only the margin of our estimate was short.";
            case OFFLOAD -> from == null && u != null && u.engine() == Engine.KTRANSFORMERS && !report.has(Report.Symptom.GPU_NOT_USED)
                    ? (zh ? "你说它在运行：KTransformers 按设计把 MoE 专家放在内存里由 CPU 计算，所以它是部分在内存里运行的。"
                            : "You say it runs: KTransformers keeps the MoE experts in system RAM on the CPU by design, so it runs partly from RAM.")
                    : report.has(Report.Symptom.SPLIT)
                    ? (zh ? "照你说的，它是显卡和 CPU 一起在跑：有一部分不在显存里，而是放在内存里由 CPU 计算，这部分比显存慢得多。"
                            : "As you describe it, the run is split between the GPU and the CPU: part of the model is not in GPU memory but in system RAM, computed by the CPU, which is far slower.")
                    : report.has(Report.Symptom.GPU_NOT_USED)
                    ? (zh ? "照你说的，显卡没有被用上：现在它是在 CPU 上用内存跑的。" : "As you describe it, the GPU is left unused: as it stands it runs on the CPU, from system RAM.")
                    : from == Verdict.FITS && figures
                    // the weights are the largest model's named (weightsAsTriedGb), so is the name beside them
                    ? String.format(Locale.ROOT, zh ? "你说它很慢：如果你跑的是发布的 16 位原版 %s（权重约 %.1f GB，超过 %.1f GB 显存），就有一部分在内存里运行；上面的量化版能全部放进显存。"
                            : "You say it is slow: if it is the published 16-bit %s you run (about %.1f GB of weights, more than the %.1f GB of GPU memory), part of it runs from system RAM; a quantized file as above fits entirely in GPU memory.",
                    u.largestModel().name(), weights, gpu)
                    : zh ? "你说它能运行：显存放不下全部，所以有一部分在内存里运行。" : "You say it runs: GPU memory does not hold all of it, so part of it runs from system RAM.";
            // the weights as tried are only known when a format was named or the engine loads the model as published:
            // a GGUF engine or an app with no format named may have run any quantization
            case NO -> figures && (u.format() != null || Understood.runsAsPublished(u)) && weights <= gpu
                    // the weights as tried fit: what the failure leaves no room for is what comes on top of them
                    ? String.format(Locale.ROOT, zh ? "你说它跑不起来：按你试的格式（%s，权重约 %.1f GB），权重本身放得进 %.1f GB 显存，放不下的是权重之外的部分：上下文的 KV 缓存、引擎的计算缓冲，或别的程序占着的显存；要缩短上下文、换更小的格式或腾出显存。"
                            : "You say it fails: as you tried it (%s, about %.1f GB of weights) the weights themselves fit the %.1f GB of GPU memory; what has no room is what comes on top of them: the context's KV cache, the engine's buffers, or memory another program holds. A shorter context, a smaller format or freeing GPU memory is needed.",
                    format, weights, gpu)
                    : figures && (u.format() != null || Understood.runsAsPublished(u))
                    ? String.format(Locale.ROOT, zh ? "你说它跑不起来：按你试的格式（%s，权重约 %.1f GB），%.1f GB 显存放不下；要换更小的格式或更多显存。"
                            : "You say it fails: as you tried it (%s, about %.1f GB of weights) it does not fit the %.1f GB of GPU memory; it needs a smaller format or more GPU memory.",
                    format, weights, gpu)
                    : report.has(Report.Symptom.OUT_OF_MEMORY) && gpu > 0
                    ? String.format(Locale.ROOT, zh ? "你说显存不足：按你试的方式，它放不进 %.0f GB 显存；要换更小的格式（如 4 位量化）、更短的上下文或更多显存。"
                            : "You say it runs out of memory: as you tried it, it does not fit the %.0f GB of GPU memory; it needs a smaller format (such as 4-bit), a shorter context or more GPU memory.", gpu)
                    : zh ? "你说它跑不起来：按你试的方式，这套硬件跑不了它。" : "You say it fails: as you tried it, it does not run on this hardware.";
        };
    }

    /** They say it runs and do not call it slow: a speed they measured or "it works", with no failure beside it. */
    static boolean runsWell(Report r) {
        boolean failed = r.failureTold();
        return !failed && !r.has(Report.Symptom.SLOW) && (r.works() || r.tokensPerSecond() != null);
    }

    /** They say it runs: a speed they measured, "it runs", or slowness with no out-of-memory or crash beside it. */
    static boolean reportsItRuns(Report r) {
        boolean failed = r.has(Report.Symptom.OUT_OF_MEMORY) || r.has(Report.Symptom.CRASH);
        return !failed && (r.works() || r.has(Report.Symptom.SLOW));
    }

    private static Answer whatCanRun(Ask ask, Ranking ranking, List<String> notes) {
        boolean zh = ask.lang() == Lang.ZH;
        List<Recommendation> best = ranking.bestPerModel(WHAT_CAN_RUN_OPTIONS);
        // a context the person chose ("at 150k"): a model whose own longest context is shorter does not run at it, so the
        // list under "at 150k context" holds the models that take it, when any fits
        if (ask.contextGiven() && best.stream().anyMatch(r -> r.candidate().maxContext() < ask.context())) {
            List<Recommendation> taking = ranking.bestPerModel(Integer.MAX_VALUE).stream()
                    .filter(r -> r.candidate().maxContext() >= ask.context()).limit(WHAT_CAN_RUN_OPTIONS).toList();
            if (!taking.isEmpty()) best = taking;
        }
        // the context the list was sized at: with Ollama named, its own default (4k below 23 GB), not the 8k assumed for the
        // question, so the first line agrees with the commands and the notes under it
        List<Recommendation> listed = best;
        boolean oneContext = !listed.isEmpty() && listed.stream().allMatch(r -> r.candidate().context() == listed.get(0).candidate().context());
        String ctx = ctx(!ask.contextGiven() && oneContext ? listed.get(0).candidate().context() : ask.context());
        String headline = best.isEmpty()
                ? (zh ? "在 " + ask.hardware() + " 上，" + ctx + " 上下文下没有合适的模型。" : "Nothing in the catalog fits " + ask.hardware() + " at " + ctx + " context.")
                : (zh ? ask.hardware() + "，" + ctx + " 上下文，最合适的是：" : "On " + ask.hardware() + " at " + ctx + " context, the best fits are:");
        // with no GPU the RAM holds everything, so an unstated RAM decides the list (rule "CPU only, RAM not stated"): say so
        if (!best.isEmpty() && ask.vramGb() <= 0 && !ask.ramKnown()) {
            String most = gb(best.stream().mapToDouble(r -> r.candidate().ramGb()).max().orElse(0));
            headline = zh ? ask.hardware() + "，" + ctx + " 上下文，你没说内存多大，按最多约 " + most + " 空闲内存，最合适的是："
                    : "On " + ask.hardware() + " at " + ctx + " context, the best fits for at most " + most + " of free RAM (you did not say how much you have) are:";
            notes = new ArrayList<>(notes);
            notes.add(0, zh ? "说明内存大小（例如“32G 内存”）可以看更大的模型。" : "Name your RAM (e.g. \"32 GB RAM\") to see larger models.");
        }
        return answer(ask, best, headline, notes);
    }

    private static Answer canRun(Ask ask, Ranking ranking, List<String> notes) {
        return canRun(ask, ranking, notes, false);
    }

    /** @param lineOnly the models asked about are those a line's word stands for ("the DeepSeek"), none named by itself */
    private static Answer canRun(Ask ask, Ranking ranking, List<String> notes, boolean lineOnly) {
        List<String> asked = askedModels(ranking);
        if (asked.size() > 1) return canRunSeveral(ask, ranking, asked, notes, lineOnly);
        List<Recommendation> formats = ranking.ofModel(modelOf(ask, ranking));
        Judged j = judge(ask, formats);
        List<Recommendation> shown = new ArrayList<>();
        shown.add(j.focus());
        formats.stream().filter(r -> r.eligible() && r != j.focus()).limit(FORMAT_OPTIONS - 1).forEach(shown::add);
        return answer(ask, shown, j.headline(), notes);
    }

    /**
     * "Can my 4090 run qwen3 14b and llama 3.1 70b?": the yes or no for each model named, in the order named. A line's word
     * ("the DeepSeek") names none of its models: the headline says the list is the line's, not models they named.
     */
    private static Answer canRunSeveral(Ask ask, Ranking ranking, List<String> modelIds, List<String> notes, boolean lineOnly) {
        boolean zh = ask.lang() == Lang.ZH;
        List<Reply.Option> options = new ArrayList<>();
        List<Recommendation> shown = new ArrayList<>();
        for (String id : modelIds) {
            Judged j = judge(ask, ranking.ofModel(id));
            Candidate c = j.focus().candidate();
            options.add(new Reply.Option(c.modelName(), j.headline() + " " + summary(ask.lang(), c),
                    j.focus().eligible() ? commandsFor(ask, c) : List.of()));
            shown.add(j.focus());
        }
        String headline = lineOnly
                ? (zh ? "你说的是一个系列，不是其中某个模型；在 " + ask.hardware() + " 上，这个系列里各个模型的情况："
                      : "You named a line of models, not one of them; on " + ask.hardware() + ", each model of that line:")
                : zh ? "在 " + ask.hardware() + " 上，你问的模型各自的情况：" : "On " + ask.hardware() + ", each model you named:";
        return new Answer(ask, shown, new Reply(ask.lang(), Reply.Kind.ANSWER, headline, options, reasons(ask.lang(), shown), notes));
    }

    /** Whether the ranking holds a model the person named. */
    private static boolean namedAny(Ranking ranking) {
        return ranking.all().stream().anyMatch(r -> r.candidate().requested());
    }

    /** The models named, in the order the ranking holds them. */
    private static List<String> askedModels(Ranking ranking) {
        return ranking.all().stream().filter(r -> r.candidate().requested()).map(r -> r.candidate().modelId()).distinct().toList();
    }

    /** One model's answer: the option it is about (the format asked for, else the best that runs) and the sentence. */
    private record Judged(Recommendation focus, String headline) { }

    private static Judged judge(Ask ask, List<Recommendation> formats) {
        boolean zh = ask.lang() == Lang.ZH;
        Optional<Recommendation> requested = ask.format() == null ? Optional.empty()
                : formats.stream().filter(r -> r.candidate().asked(ask)).findFirst();
        Optional<Recommendation> best = formats.stream().filter(Recommendation::eligible).findFirst();
        Recommendation focus = requested.orElse(best.orElse(formats.get(0)));
        Candidate c = focus.candidate();
        String name = c.title();
        String headline;
        if (focus.eligible()) {
            headline = switch (c.placement()) {
                case GPU -> zh ? "可以：" + name + " 能完全放进显存。" : "Yes: " + name + " fits entirely in GPU memory.";
                case MULTI_GPU -> zh ? "可以：" + name + " 分布在多张显卡上运行。" : "Yes: " + name + " runs split across the GPUs.";
                case OFFLOAD -> c.tpsExpected() < 3
                        ? (zh ? "只能勉强跑：" + name + " 大部分在内存里，约 " + tps(c) + " tokens/s，聊天太慢。"
                              : "Only just: " + name + " runs mostly from system RAM at about " + tps(c) + " tokens/s, too slow to chat.")
                        : (zh ? "可以，但部分在内存里：" + name + " 速度会下降（约 " + tps(c) + " tokens/s）。"
                              : "Yes, but partly from system RAM: " + name + " runs slower (about " + tps(c) + " tokens/s).");
                // with no GPU in the machine the CPU is what they asked about: a yes with its speed, not "only"
                default -> ask.hasGpu() ? (zh ? "只能用 CPU 跑：" + name + "。" : "Only on the CPU: " + name + ".")
                        : c.tpsExpected() < 3
                        ? (zh ? "只能勉强跑：" + name + " 在 CPU 上约 " + tps(c) + " tokens/s，聊天太慢。"
                              : "Only just: " + name + " runs on the CPU at about " + tps(c) + " tokens/s, too slow to chat.")
                        : (zh ? "可以，在 CPU 上跑：" + name + "，约 " + tps(c) + " tokens/s。"
                              : "Yes, on the CPU: " + name + " runs from system RAM at about " + tps(c) + " tokens/s.");
            };
        } else if (c.engineIssue() != null) {
            headline = zh ? "不行：" + name + "（" + engineName(ask.lang(), c) + "）：" + c.engineIssue().zh() + "。"
                    : "No: " + name + " on " + engineName(ask.lang(), c) + ": " + c.engineIssue().en() + ".";
            if (c.gpusNeeded() > 0 && unequalCards(ask)) {
                // "2 such GPUs" reads as already met on a 4090 + 3060: the count is of the larger card, and why
                String each = gb(ask.largestGpuGb());
                headline += zh ? " 需要 " + c.gpusNeeded() + " 张每张 " + each + " 的显卡：张量并行给每张卡同样的份额，所以最小的那张卡决定放不放得下。"
                        : " It needs " + c.gpusNeeded() + " GPUs of " + each + " each: tensor parallelism gives every card the same share, so the smallest card decides.";
            } else if (c.gpusNeeded() > 0) {
                headline += zh ? " 需要 " + c.gpusNeeded() + " 张这样的显卡。" : " It needs " + c.gpusNeeded() + " such GPUs.";
            }
            if (best.isPresent() && best.get() != focus) {
                Candidate b = best.get().candidate();
                headline += zh ? " 但 " + b.formatLabel() + " 可以（" + gb(b.totalGb()) + "）。"
                        : " " + b.formatLabel() + " does fit (" + gb(b.totalGb()) + ").";
            } else if (best.isEmpty()) {
                headline += shorterContext(zh, focus, formats);
            }
        } else {
            // memory is not what stops an option the rules rejected although it fits: say what does
            Optional<Finding> rejection = c.fits() ? focus.findings().stream().filter(f -> f.effect() == Effect.REJECT).findFirst() : Optional.empty();
            headline = rejection.isPresent() ? (zh ? "不行：" : "No: ") + rejection.get().text(ask.lang()) + (zh ? "。" : ".")
                    : zh ? "不行：" + name + " 需要 " + gb(c.totalGb()) + "，" + ask.hardware() + " 放不下。"
                    : "No: " + name + " needs " + gb(c.totalGb()) + "; " + ask.hardware() + " cannot hold it.";
            if (best.isPresent() && best.get() != focus) {
                Candidate b = best.get().candidate();
                headline += zh ? " 但 " + b.formatLabel() + " 可以（" + gb(b.totalGb()) + "）。"
                        : " " + b.formatLabel() + " does fit (" + gb(b.totalGb()) + ").";
            } else if (best.isEmpty() && rejection.isEmpty()) {
                headline += zh ? " 它的所有量化格式都放不下。" : " No format of it fits.";
            }
        }
        // a serving engine sized at the length its KV pool holds, shorter than the context we assumed: say that length
        if (focus.eligible() && c.servingEngine() && c.onGpu() && c.context() < Math.min(ask.context(), c.maxContext())) {
            headline += zh ? String.format(Locale.ROOT, "（上下文最长 %,d 个 token：KV 池只放得下这么多，启动时按此设最大长度。）", c.context())
                    : String.format(Locale.ROOT, " (At up to %,d tokens of context: its KV pool holds no more, so start it with that maximum length.)", c.context());
        }
        // RAM decides an offloaded answer: when the person did not state it, say how much is needed (issue 9)
        if (focus.eligible() && !c.onGpu() && !ask.ramKnown() && c.ramGb() > 0) {
            headline += zh ? "（需要约 " + gb(c.ramGb()) + " 空闲内存；你没有说内存多大。）"
                    : " (It needs about " + gb(c.ramGb()) + " of free system RAM; you did not say how much you have.)";
        }
        // Hub and transformers users often mean the published 16-bit weights: say when only a quantization fits.
        if (focus.eligible() && c.onGpu() && ask.format() == null && c.formatBits() < 16) {
            Optional<Recommendation> original = formats.stream().filter(r -> r.candidate().formatBits() >= 16 && !(r.eligible() && r.candidate().onGpu())).findFirst();
            if (original.isPresent()) {
                Candidate o = original.get().candidate();
                // "16-bit", not "original": some models are published in FP8 (DeepSeek-V3/R1) or MXFP4 (gpt-oss)
                headline += zh ? "（16 位 " + o.formatLabel() + " 权重需要 " + gb(o.totalGb()) + "，显存放不下，要用量化版。）"
                        : " (Its 16-bit " + o.formatLabel() + " weights need " + gb(o.totalGb()) + " and do not fit in GPU memory; this needs a quantized file.)";
            }
        }
        return new Judged(focus, headline);
    }

    /**
     * Issue 11: on a serving engine (vLLM, SGLang, TGI) where no format runs at the context sized, a format whose weights
     * do fit and whose only shortfall is a KV pool smaller than that context still serves a shorter one ("Llama 3.1 70B
     * on 2x 3090 with vLLM: F16 cannot; AWQ 4-bit fits at --max-model-len 6,144"). Said as that format and the longest
     * context its pool holds (rounded down to a thousand tokens, as people set it), the most context first, then the
     * widest format; nothing when none serves a useful context or the option led with is that format itself.
     */
    private static String shorterContext(boolean zh, Recommendation focus, List<Recommendation> formats) {
        Optional<Candidate> shorter = formats.stream().map(Recommendation::candidate)
                .filter(c -> c.servingEngine() && c.placement() == Placement.NONE && EngineDefaults.servedContext(c.engineMaxContext()) > 0
                        && c.engineMaxContext() < c.context())
                .max(Comparator.comparingInt(Candidate::engineMaxContext).thenComparingInt(Candidate::formatBits));
        if (shorter.isEmpty() || shorter.get() == focus.candidate()) return "";
        Candidate c = shorter.get();
        int len = EngineDefaults.servedContext(c.engineMaxContext());
        return zh ? String.format(Locale.ROOT, " 但 %s 在更短的上下文下可以：权重 %s，KV 池能容纳 %,d 个 token，设 --max-model-len %d 即可。",
                        c.formatLabel(), gb(c.weightsGb()), c.engineMaxContext(), len)
                : String.format(Locale.ROOT, " %s does fit at a shorter context: its weights take %s and the KV pool holds %,d tokens,"
                        + " so set --max-model-len %d.", c.formatLabel(), gb(c.weightsGb()), c.engineMaxContext(), len);
    }

    private static Answer memory(Ask ask, Ranking ranking, List<String> notes) {
        boolean zh = ask.lang() == Lang.ZH;
        List<String> asked = askedModels(ranking);
        if (asked.size() > 1) return memoryOfSeveral(ask, ranking, asked, notes);
        String modelId = modelOf(ask, ranking);
        List<Recommendation> formats = ranking.ofModel(modelId).stream().sorted(LARGEST_FIRST).toList();
        Candidate any = formats.get(0).candidate();
        // a context past the model's own limit is sized as asked, and said to be past it (a stand-in's limit is its template's)
        boolean past = any.maxContext() > 0 && any.context() > any.maxContext() && !any.generic();
        String limit = !past ? "" : zh ? "（该模型最长只支持 " + ctx(any.maxContext()) + "，按你问的估算）"
                : " (the model supports at most " + ctx(any.maxContext()) + "; sized as asked)";
        // the context the rows are sized at: an engine's default (Ollama's follows the GPU memory) or the model's limit
        String headline = zh ? any.modelName() + " 在 " + ctx(any.context()) + " 上下文下需要的内存" + limit + "："
                : any.modelName() + " at " + ctx(any.context()) + " context needs" + limit + ":";
        // "72B-4bit至少需要多少G的卡": the format they run is what they asked the figure of, so it comes first, the rows after;
        // named, or the one their engine loads unnamed (vLLM the published weights, Ollama its default tag). Not a serving
        // engine's pool on a card, which is the share it reserves, not what the model needs
        Optional<Candidate> named = ask.format() == null ? Optional.empty()
                : formats.stream().map(Recommendation::candidate).filter(c -> c.asked(ask) && c.kvPoolGb() <= 0).findFirst();
        if (named.isPresent()) headline = namedFormatNeeds(ask.lang(), named.get(), limit);
        List<Reply.Option> options = new ArrayList<>();
        // RAM unstated and nothing on the GPU alone: only the format the verdict names gets a command line, not F16 with
        // hundreds of GB in RAM the person may not have
        Optional<Candidate> onlyCommanded = ask.ramKnown() || formats.stream().anyMatch(r -> runs(r) && r.candidate().onGpu())
                ? Optional.empty() : offloadPick(ask, formats);
        for (Recommendation r : formats) {
            Candidate c = r.candidate();
            String fit = ask.hasGpu() ? (r.eligible() ? (zh ? "，能运行：" : "; runs: ") + where(ask.lang(), c) : (zh ? "，放不下" : "; does not fit")) : "";
            // with no machine stated there is no placement to run, so no command line
            boolean commanded = r.eligible() && ask.platform() != Platform.UNKNOWN && onlyCommanded.map(p -> p == c).orElse(true);
            options.add(new Reply.Option(c.formatLabel(), c.arithmetic(ask.lang()) + fit, commanded ? commandsFor(ask, c) : List.of()));
        }
        List<String> told = new ArrayList<>(notes);
        if (ask.hasGpu()) told.add(0, memoryVerdictLine(ask, formats));
        return new Answer(ask, formats, new Reply(ask.lang(), Reply.Kind.ANSWER, headline, sameFiguresJoined(options), reasons(ask.lang(), formats.subList(0, 1)), told));
    }

    /**
     * The memory headline when the format run is known: that format's need first, "generic 72B model Q4_K_M needs about
     * 43.3 GB at 8k context", then every format's rows.
     */
    static String namedFormatNeeds(Lang lang, Candidate c, String limit) {
        return lang == Lang.ZH
                ? String.format(Locale.ROOT, "%s 在 %s 上下文下约需 %.1f GB%s；各格式：", c.title(), ctx(c.context()), c.totalGb(), limit)
                : String.format(Locale.ROOT, "%s needs about %.1f GB at %s context%s; each format:", c.title(), c.totalGb(), ctx(c.context()), limit);
    }

    /**
     * Formats whose figures are the same to the digit (F16 and BF16 on a serving engine, AWQ and GPTQ-Int4) as one row,
     * "F16 / BF16", with each one's commands: two identical rows read as a mistake.
     */
    static List<Reply.Option> sameFiguresJoined(List<Reply.Option> options) {
        List<Reply.Option> joined = new ArrayList<>();
        for (Reply.Option o : options) {
            Reply.Option last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.detail().equals(o.detail())) {
                List<CommandWriter.Command> commands = new ArrayList<>(last.commands());
                o.commands().stream().filter(c -> !commands.contains(c)).forEach(commands::add);
                joined.set(joined.size() - 1, new Reply.Option(last.title() + " / " + o.title(), o.detail(), commands));
            } else {
                joined.add(o);
            }
        }
        return joined;
    }

    /** Slow on Windows near the card's limit: the driver's shared-memory fallback, and how to rule it out. */
    public static String sharedMemoryFallbackLine(Lang lang, Candidate c, double cardGb) {
        return lang == Lang.ZH
                ? "在 Windows 上，" + c.title() + " 约占 " + gb(c.totalGb()) + "，几乎占满 " + gb(cardGb) + " 显存：NVIDIA 驱动（536.40 起）在显存将满时会不报错地改用共享的系统内存（任务管理器里的“共享 GPU 内存”），生成速度会慢好几倍。要排除它，在 NVIDIA 控制面板的“管理 3D 设置 → 程序设置”里为推理程序把“CUDA - 系统内存回退策略”设为“首选无系统内存回退”，或者留出余量：更小的量化格式或更短的上下文。"
                : "On Windows, " + c.title() + " takes about " + gb(c.totalGb()) + " of the " + gb(cardGb) + " of GPU memory: near that limit NVIDIA's driver (536.40 and later) moves allocations to shared system memory instead of failing, with no error (Task Manager shows it as \"Shared GPU memory\"), and generation slows many times over. To rule it out, set \"CUDA - Sysmem Fallback Policy\" to \"Prefer No Sysmem Fallback\" for the engine's program in the NVIDIA Control Panel (Manage 3D Settings → Program Settings), or leave room: a smaller format or a shorter context.";
    }

    /**
     * A memory answer about a named model on a machine the person states, its verdict in one plain line, as an expert
     * says it after the figures: the largest format that fits entirely in GPU memory, else the best one that runs with
     * part of it in system RAM (or on the CPU), else that none runs there. It is the verdict {@link #verdict} states for
     * the model (no format asked: whether any format runs on the GPU, else with offload, else no).
     */
    static String memoryVerdictLine(Ask ask, List<Recommendation> formats) {
        return memoryVerdictLine(ask, formats, null);
    }

    /**
     * The same line for one model among several the answer is about (a comparison): "Verdict for LLaMA 65B: …", so the
     * line says which model it judges; {@code model} null for the answer's only model.
     */
    public static String memoryVerdictLine(Ask ask, List<Recommendation> formats, String model) {
        boolean zh = ask.lang() == Lang.ZH;
        String hw = ask.hardware();
        String prefix = model == null ? (zh ? "结论：" : "Verdict: ") : zh ? "结论（" + model + "）：" : "Verdict for " + model + ": ";
        return prefix + memoryVerdictBody(ask, formats, zh, hw);
    }

    /** The line after its "Verdict: " / "结论：" prefix. */
    private static String memoryVerdictBody(Ask ask, List<Recommendation> formats, boolean zh, String hw) {
        // the format asked, or the 16-bit weights an engine that loads them as published runs: the verdict is that one's
        Optional<Recommendation> asked = ask.format() != null
                ? formats.stream().filter(r -> r.candidate().asked(ask)).findFirst()
                : ask.engine() != null && ask.engine().loadsPublishedWeights()
                        ? formats.stream().filter(r -> r.candidate().format().nominalBits() == 16).findFirst() : Optional.empty();
        if (asked.isPresent()) {
            Candidate c = asked.get().candidate();
            String label = c.formatLabel();
            return switch (Verdict.of(c.placement(), runs(asked.get()))) {
                case FITS -> String.format(Locale.ROOT, zh ? "在 %s 上，%s 能全部放进显存（约 %.1f GB）。"
                        : "on %s, %s fits entirely in GPU memory (about %.1f GB).", hw, label, c.totalGb());
                case OFFLOAD -> String.format(Locale.ROOT, zh ? "在 %s 上，%s 能运行，但要部分放在内存里%s，会慢。"
                        : "on %s, %s runs with part of it in system RAM %s, which is slow.", hw, label, where(ask.lang(), c));
                case NO -> String.format(Locale.ROOT, zh ? "在 %s 上，%s 放不下%s。" : "on %s, %s does not fit%s.", hw, label,
                        notEvenInRam(zh, ask.oneMemory()));
            };
        }
        Optional<Candidate> onGpu = formats.stream().filter(r -> runs(r) && r.candidate().onGpu()).map(Recommendation::candidate)
                .max(Comparator.comparingDouble(Candidate::totalGb));
        if (onGpu.isPresent()) {
            Candidate c = onGpu.get();
            return String.format(Locale.ROOT, zh ? "在 %s 上，%s 及更小的格式能全部放进显存（%s 约 %.1f GB）。"
                            : "on %s, it fits entirely in GPU memory at %s or smaller (%s: about %.1f GB).",
                    hw, c.formatLabel(), c.formatLabel(), c.totalGb());
        }
        Optional<Candidate> anyRuns = offloadPick(ask, formats);
        if (anyRuns.isPresent()) {
            Candidate c = anyRuns.get();
            String line = String.format(Locale.ROOT, zh ? "在 %s 上，没有哪种格式能全部放进显存；%s 能运行，但要部分放在内存里%s，会慢。"
                            : "on %s, no format fits entirely in GPU memory; %s runs with part of it in system RAM %s, which is slow.",
                    hw, c.formatLabel(), where(ask.lang(), c));
            return ask.ramKnown() || c.ramGb() <= 0 ? line : line + String.format(Locale.ROOT, zh
                    ? "这是最省内存的格式，仍要约 %.0f GB 空闲内存；你没说有多少内存。" : " That is the format needing the least RAM, still about %.0f GB free;"
                    + " you did not say how much RAM you have.", Math.ceil(c.ramGb()));
        }
        return zh ? "在 " + hw + " 上，哪种格式都放不下" + notEvenInRam(true, ask.oneMemory()) + "。"
                : "on " + hw + ", it does not fit in any format" + notEvenInRam(false, ask.oneMemory()) + ".";
    }

    /**
     * What follows "it does not fit": not even with part of it in system RAM, where a GPU has memory of its own; where the
     * model and the rest share one memory ({@link Ask#oneMemory}: a Mac, a Jetson, a machine without a GPU), there is no
     * system RAM to put part of it in.
     */
    static String notEvenInRam(boolean zh, boolean oneMemory) {
        if (oneMemory) return zh ? "，内存不够" : " in the machine's memory";
        return zh ? "，放一部分到内存里也不行" : ", not even with part of it in system RAM";
    }

    /**
     * Of formats none of which fits in GPU memory, the one the verdict names as running partly from RAM: with the RAM
     * stated, the largest that runs; unstated, the one needing the least of it (the likeliest to run on RAM not known).
     */
    private static Optional<Candidate> offloadPick(Ask ask, List<Recommendation> formats) {
        return formats.stream().filter(ReplyWriter::runs).map(Recommendation::candidate)
                .max(ask.ramKnown() ? Comparator.comparingDouble(Candidate::totalGb) : Comparator.comparingDouble(Candidate::ramGb).reversed());
    }

    /** A memory answer lists the formats from the largest total down. */
    private static final Comparator<Recommendation> LARGEST_FIRST = Comparator.comparingDouble((Recommendation r) -> r.candidate().totalGb()).reversed();

    /** The formats a line of several models shows: the published precision, and the documents' 8-bit and 4-bit tiers. */
    private static final List<WeightFormat> MEMORY_TIERS = List.of(WeightFormat.Q8_0, WeightFormat.Q4_K_M);

    /**
     * "How much VRAM do 7B, 13B and 70B need?": one line per model, smallest first, with its memory at the published
     * precision and at 8 and 4 bits, and where it runs when a machine is stated.
     */
    private static Answer memoryOfSeveral(Ask ask, Ranking ranking, List<String> modelIds, List<String> notes) {
        boolean zh = ask.lang() == Lang.ZH;
        List<Reply.Option> options = new ArrayList<>();
        List<Recommendation> shown = new ArrayList<>();
        List<List<Recommendation>> lines = modelIds.stream().map(ranking::ofModel)
                .sorted((a, b) -> Double.compare(a.get(0).candidate().paramsB(), b.get(0).candidate().paramsB())).toList();
        for (List<Recommendation> formats : lines) {
            List<Recommendation> picked = formats.stream().filter(r -> !r.candidate().format().isGguf()
                    || MEMORY_TIERS.contains(r.candidate().format()) || r.candidate().format() == WeightFormat.F16)
                    .sorted(LARGEST_FIRST).toList();
            if (picked.isEmpty()) picked = formats;
            // formats of the same size to the digit share one figure: "F16 / BF16 64.7 GB"
            Map<String, List<String>> bySize = new LinkedHashMap<>();
            for (Recommendation r : picked) bySize.computeIfAbsent(String.format(Locale.ROOT, "%.1f GB", r.candidate().totalGb()),
                    k -> new ArrayList<>()).add(r.candidate().formatLabel());
            String text = bySize.entrySet().stream().map(e -> String.join(" / ", e.getValue()) + " " + e.getKey())
                    .collect(Collectors.joining(" · "));
            if (ask.hasGpu()) {
                Optional<Recommendation> runs = formats.stream().filter(Recommendation::eligible).findFirst();
                text += runs.map(r -> (zh ? "；能运行：" : "; runs: ") + r.candidate().formatLabel() + " " + where(ask.lang(), r.candidate()))
                        .orElse(zh ? "；放不下" : "; does not fit");
            }
            options.add(new Reply.Option(picked.get(0).candidate().modelName(), text));
            shown.addAll(picked);
        }
        String headline = zh ? "各模型在 " + ctx(ask.context()) + " 上下文下需要的内存（权重 + KV 缓存 + 计算缓冲）："
                : "Memory each model needs at " + ctx(ask.context()) + " context (weights + KV cache + buffers):";
        List<Recommendation> firstOfEach = lines.stream().map(l -> l.get(0)).toList();
        return new Answer(ask, shown, new Reply(ask.lang(), Reply.Kind.ANSWER, headline, options, reasons(ask.lang(), firstOfEach), notes));
    }

    private static Answer whichFormat(Ask ask, Ranking ranking, List<String> notes) {
        boolean zh = ask.lang() == Lang.ZH;
        String modelId = modelOf(ask, ranking);
        List<Recommendation> weighed = ranking.ofModel(modelId).stream()
                .filter(r -> ask.formatsWeighed().contains(r.candidate().format())).toList();
        if (weighed.size() >= 2) return formatsWeighed(ask, weighed, notes);
        List<Recommendation> formats = ranking.ofModel(modelId).stream().filter(Recommendation::eligible).limit(FORMAT_OPTIONS).toList();
        if (formats.isEmpty()) return canRun(ask, ranking, notes);
        Candidate c = formats.get(0).candidate();
        // "can it be quantized to 8 bit?": the one format asked, when it is not the pick, is said with why not
        Optional<Recommendation> asked = ask.format() == null ? Optional.empty()
                : ranking.ofModel(modelId).stream().filter(r -> r.candidate().asked(ask)).findFirst();
        if (asked.isPresent() && asked.get() != formats.get(0)) {
            List<Recommendation> shown = new ArrayList<>(formats.stream().filter(r -> r != asked.get()).toList());
            shown.add(1, asked.get());
            String why = whyNot(ask.lang(), asked.get(), c);
            String headline = zh ? "在 " + ask.hardware() + " 上，" + c.modelName() + " 建议用 " + c.formatLabel() + " 而不是 "
                            + asked.get().candidate().formatLabel() + "：" + why + "。"
                    : "On " + ask.hardware() + ", use " + c.modelName() + " at " + c.formatLabel() + " rather than "
                            + asked.get().candidate().formatLabel() + ": " + why + ".";
            return answer(ask, shown, headline, notes);
        }
        String headline = zh ? "在 " + ask.hardware() + " 上，" + c.modelName() + " 建议用 " + c.formatLabel() + "。"
                : "On " + ask.hardware() + ", use " + c.modelName() + " at " + c.formatLabel() + ".";
        return answer(ask, formats, headline, notes);
    }

    /**
     * "Q4_K_M or Q8_0?": the formats named, each with its figures, the one the rules rank best that runs first (on the GPU
     * before one that offloads), and why each other one is not the pick: it does not fit, a rule refused it, it would run
     * partly from RAM, or it fits as well and the pick trades the other way (fewer bits: room and speed; more: fidelity).
     */
    private static Answer formatsWeighed(Ask ask, List<Recommendation> weighed, List<String> notes) {
        boolean zh = ask.lang() == Lang.ZH;
        Optional<Recommendation> pick = weighed.stream().filter(r -> r.eligible() && r.candidate().onGpu()).findFirst()
                .or(() -> weighed.stream().filter(Recommendation::eligible).findFirst());
        Candidate any = weighed.get(0).candidate();
        if (pick.isEmpty()) {
            List<String> why = weighed.stream().map(r -> whyNot(ask.lang(), r, null)).toList();
            String headline = zh ? "在 " + ask.hardware() + " 上，" + any.modelName() + " 这几种格式都跑不了：" + String.join("；", why) + "。"
                    : "On " + ask.hardware() + ", " + any.modelName() + " runs in none of these formats: " + String.join("; ", why) + ".";
            return answer(ask, weighed, headline, notes);
        }
        Candidate p = pick.get().candidate();
        List<Recommendation> shown = new ArrayList<>(List.of(pick.get()));
        List<String> why = new ArrayList<>();
        for (Recommendation r : weighed) {
            if (r == pick.get()) continue;
            shown.add(r);
            why.add(whyNot(ask.lang(), r, p));
        }
        String others = String.join(zh ? "、" : ", ", shown.subList(1, shown.size()).stream().map(r -> r.candidate().formatLabel()).toList());
        String headline = zh ? "在 " + ask.hardware() + " 上，" + p.modelName() + " 建议用 " + p.formatLabel() + " 而不是 " + others + "："
                        + String.join("；", why) + "。"
                : "On " + ask.hardware() + ", use " + p.modelName() + " at " + p.formatLabel() + " rather than " + others + ": "
                        + String.join("; ", why) + ".";
        return answer(ask, shown, headline, notes);
    }

    /**
     * Why a format weighed is not the pick, in a clause: "Q8_0 does not fit (16.0 GB)". With no pick (none runs) only
     * its own failure: it does not fit, or a rule refused it.
     */
    private static String whyNot(Lang lang, Recommendation r, Candidate pick) {
        boolean zh = lang == Lang.ZH;
        Candidate c = r.candidate();
        String name = c.formatLabel();
        if (!c.fits()) return zh ? name + " 放不下（" + gb(c.totalGb()) + "）" : name + " does not fit (" + gb(c.totalGb()) + ")";
        if (r.rejected()) {
            Optional<Finding> refusal = r.findings().stream().filter(f -> f.effect() == Effect.REJECT).findFirst();
            if (refusal.isPresent()) return name + (zh ? "：" : ": ") + refusal.get().text(lang);
        }
        if (!c.onGpu() && pick.onGpu()) {
            return zh ? name + " 显存放不下，要部分放在内存里跑，慢得多（" + gb(c.totalGb()) + "）"
                    : name + " does not fit in GPU memory and would run partly from system RAM, much slower (" + gb(c.totalGb()) + ")";
        }
        boolean fewerBits = pick.weightsGb() < c.weightsGb();
        String also = c.onGpu() ? (zh ? " 也放得下（" : " fits too (") : (zh ? " 同样要部分放在内存里（" : " also runs partly from system RAM (");
        return zh ? name + also + gb(c.totalGb()) + "），" + pick.formatLabel()
                        + (fewerBits ? " 更快，给上下文留的空间更多" : " 更接近原始权重，质量更好")
                : name + also + gb(c.totalGb()) + "), " + pick.formatLabel()
                        + (fewerBits ? " runs faster and leaves more room for context" : " stays closer to the original weights");
    }

    private static Answer compare(Ask ask, Ranking ranking, List<String> notes) {
        // one model sized: nothing was weighed against it, so "only X fits" would mislead; answer for that model
        if (ranking.all().stream().map(r -> r.candidate().modelId()).distinct().count() == 1) return canRun(ask, ranking, notes);
        boolean zh = ask.lang() == Lang.ZH;
        List<Recommendation> best = ranking.bestPerModel(2);
        if (best.isEmpty()) return whatCanRun(ask, ranking, notes);
        Candidate w = best.get(0).candidate();
        String headline = best.size() == 1
                ? (zh ? "只有 " + w.modelName() + " 放得下。" : "Only " + w.modelName() + " fits.")
                : (zh ? "在 " + ask.hardware() + " 上，" + w.modelName() + " 更合适" : "On " + ask.hardware() + ", " + w.modelName() + " is the better fit")
                        + placementsWeighed(zh, w, best.get(1).candidate());
        return answer(ask, best, headline, notes);
    }

    /** Why the first of two weighed models leads, in terms of where each runs: the one reason the sizing itself gives. */
    private static String placementsWeighed(boolean zh, Candidate first, Candidate second) {
        if (first.onGpu() && second.onGpu()) return zh ? "；两个都能完全放进显存。" : "; both fit entirely in GPU memory.";
        if (first.onGpu()) return zh ? "：它能完全放进显存，" + second.modelName() + " 要部分放在内存里跑，慢得多。"
                : ": it fits entirely in GPU memory, while " + second.modelName() + " runs partly from system RAM, much slower.";
        if (second.onGpu()) return zh ? "，虽然它要部分放在内存里跑，" + second.modelName() + " 能完全放进显存。"
                : ", though it runs partly from system RAM while " + second.modelName() + " fits entirely in GPU memory.";
        return zh ? "；两个都要部分放在内存里跑。" : "; both run partly from system RAM.";
    }

    private static String modelOf(Ask ask, Ranking ranking) {
        if (ask.modelId() != null) return ask.modelId();
        return ranking.all().stream().filter(r -> r.candidate().requested()).findFirst()
                .orElse(ranking.all().get(0)).candidate().modelId();
    }

    private static Answer answer(Ask ask, List<Recommendation> shown, String headline, List<String> notes) {
        Lang lang = ask.lang();
        List<Reply.Option> options = new ArrayList<>();
        List<String> allNotes = new ArrayList<>();
        for (Recommendation r : shown) {
            options.add(new Reply.Option(r.candidate().title(), summary(lang, r.candidate()),
                    r.eligible() ? commandsFor(ask, r.candidate()) : List.of()));
        }
        if (!shown.isEmpty()) {
            for (Finding f : shown.get(0).findings()) if (f.effect() == Effect.WARN) allNotes.add("! " + f.text(lang));
            for (Remark n : shown.get(0).candidate().engineNotes()) allNotes.add("! " + n.in(lang == Lang.ZH));
        }
        allNotes.addAll(notes);
        return new Answer(ask, shown, new Reply(lang, Reply.Kind.ANSWER, headline, options, reasons(lang, shown), allNotes));
    }

    /**
     * The commands for a candidate on the person's engine; llama.cpp and Ollama when none was named, llama.cpp alone on
     * Huawei Ascend NPUs and Moore Threads cards (Ollama has no CANN or MUSA build; llama.cpp has both backends,
     * ggml-org/llama.cpp docs/backend/CANN.md and docs/build.md). None for a program of another kind (KoboldCpp, FastChat,
     * AirLLM, an app): its command line is not one written here, and another engine's would not run in it. A chat client named
     * alone (Open WebUI) runs the backend the answer was sized for ({@link #engineLine}): that backend's commands.
     */
    public static List<CommandWriter.Command> commandsFor(Ask ask, Candidate c) {
        if (ask != null && ask.engine() == Engine.OTHER) {
            if (ask.client() == null) return List.of();
            boolean ollamaRuns = ask.platform() == null || ask.platform().ollamaRuns();
            if (ask.client().backend() == Engine.OLLAMA && ollamaRuns && c.fits() && c.format().isGguf()) return CommandWriter.ollama(c);
            return ollamaRuns ? CommandWriter.defaultCommands(c) : CommandWriter.commands(c);
        }
        if (ask != null && ask.engine() == null && ask.platform() == dev.llmadvisor.facts.Platform.PHONE) return CommandWriter.phoneApp(c);
        if (ask == null || ask.engine() != null || ask.platform() != null && !ask.platform().ollamaRuns()) {
            return CommandWriter.commands(c);
        }
        return CommandWriter.defaultCommands(c);
    }

    /** How each named model was resolved when that is not plain (a fine-tune's base, a generic stand-in), as notes. */
    public static List<String> resolutionNotes(Understood u, Lang lang) {
        List<String> notes = new ArrayList<>();
        if (u == null) return notes;
        for (Understood.Model m : u.models()) {
            if (m.note() != null && (m.id() != null || m.generic())) notes.add(m.note().in(lang) + (lang == Lang.ZH ? "。" : "."));
        }
        return notes;
    }

    /**
     * Cards said in the plural with no number, sized as two (GpuMention.severalUnnamed): the answer says the two were an
     * assumption, not the person's count. Null when every count was said or nothing was sized on the cards.
     */
    static String assumedCountLine(Understood u, Lang lang) {
        if (u == null || u.gpus().stream().noneMatch(g -> g.uncounted() && g.vramGb() != null)) return null;
        return lang == Lang.ZH ? "你没有说有几张显卡，按两张估算（多张至少是两张）；卡更多，能放下的模型也更大。"
                : "Sized on two cards, the fewest several can be (you did not say how many); with more cards, larger models fit.";
    }

    /**
     * Which engine the answer was sized for; says so when the person named none. A format llama.cpp does not load (NVFP4,
     * AWQ, FP8, MLX 4-bit) was sized on the engine that serves it (CandidateSizer), and the line says that too. An engine
     * only implied ({@code understood}: Ollama read from a tag such as "llama3:70b") is sized as llama.cpp, which Ollama
     * runs, and the line says where Ollama was read from instead of "you did not name an engine". A model llama.cpp cannot
     * load was sized for transformers (FactBuilder.sizedOn), and the line says why.
     */
    static String engineLine(Ask ask, Engine understood) {
        boolean zh = ask.lang() == Lang.ZH;
        // sized for transformers though the person did not name it: the model is one llama.cpp cannot load (FactBuilder.sizedOn)
        if (ask.engine() == Engine.TRANSFORMERS && understood != Engine.TRANSFORMERS) {
            String named = understood != null && understood.runsGguf() ? understood.display() : null;
            return zh ? (named == null ? "" : named + " 加载不了这个模型。") + "llama.cpp 和 Ollama 不支持这个模型的架构（没有它的 GGUF 文件），所以按 transformers 估算，它能运行这个模型。"
                    : (named == null ? "" : named + " cannot load this model. ") + "llama.cpp and Ollama do not run this model's architecture"
                    + " (no GGUF of it exists), so it is sized for transformers, which runs it.";
        }
        if (ask.engine() == null && understood == Engine.OLLAMA && Engine.servingFormat(ask.format()) == null) {
            return zh ? "按 Ollama 估算（从模型名的 Ollama 标签看出；Ollama 用 llama.cpp 运行模型）。"
                    : "Sized for Ollama, read from the model's Ollama tag (Ollama runs models on llama.cpp).";
        }
        if (ask.engine() == null && ask.platform() == dev.llmadvisor.facts.Platform.PHONE) {
            return zh ? "按手机上基于 llama.cpp 的应用估算（你没有指定应用）。" : "Sized for a phone app over llama.cpp (you did not name one).";
        }
        if (ask.engine() == null) {
            WeightFormat f = ask.format();
            Engine served = Engine.servingFormat(f);
            if (served != null) {
                return zh ? "按 llama.cpp/Ollama 估算（你没有指定推理引擎）；" + f.label() + " 按 " + served.display() + " 估算：llama.cpp 不加载它。"
                        : "Sized for llama.cpp/Ollama (you did not name an engine); " + f.label() + " for " + served.display()
                        + ", which serves it: llama.cpp does not load it.";
            }
            return zh ? "按 llama.cpp/Ollama 估算（你没有指定推理引擎）。" : "Sized for llama.cpp/Ollama (you did not name an engine).";
        }
        if (ask.engine() == Engine.OTHER && ask.client() != null) return clientLine(ask.client(), zh);
        if (ask.engine() == Engine.OTHER) {
            // an engine outside the list (LMDeploy, TensorRT-LLM, KoboldCpp…): nothing of its own accounting is known here
            return zh ? "按 llama.cpp 的方式估算：你用的推理引擎这里没有单独的估算，它实际占用的显存可能不同。"
                    : "Sized as llama.cpp runs it: the engine you use is not one sized separately here, and its own memory use may differ.";
        }
        return zh ? "按 " + ask.engine().display() + " 的内存分配方式估算。" : "Sized for " + ask.engine().display() + "'s memory accounting.";
    }

    /**
     * A chat client named alone runs no model: the answer was sized as llama.cpp runs it, the backend under its documented
     * default (Open WebUI: Ollama) or under the usual llama.cpp/Ollama, and the person is asked to say so when theirs is another.
     */
    static String clientLine(ChatClient client, boolean zh) {
        Engine backend = client.backend();
        if (zh) {
            return client.name() + " 是前端应用，本身不运行模型，而是调用推理后端（你没有说明是哪一个）。"
                    + (backend == null ? "这里按最常用的 llama.cpp/Ollama 估算"
                    : "这里按 llama.cpp 估算：" + client.name() + " 默认连接的 " + backend.display() + " 就是用 llama.cpp 运行模型的")
                    + "；如果你用的是 vLLM 等其他后端，请说明。";
        }
        return client.name() + " is a front end: it runs no model itself but calls a backend you did not name. "
                + (backend == null ? "Sized for llama.cpp/Ollama, the usual backends under it"
                : "Sized for llama.cpp, which " + backend.display() + ", " + client.name() + "'s default backend, runs models on")
                + "; if yours is another, such as vLLM, say so.";
    }

    /** The engine an option is sized for, in the reply's language ("another engine" is words, 其他推理引擎 in Chinese). */
    private static String engineName(Lang lang, Candidate c) {
        return Engine.ofId(c.engine()).map(e -> e.display(lang)).orElse(c.engine());
    }

    /** Each shown option's arithmetic and the rules that spoke about it, with their sources. */
    static List<String> reasons(Lang lang, List<Recommendation> shown) {
        List<Recommendation> options = List.copyOf(shown);
        return new LaterList<>(() -> reasonsNow(lang, options));
    }

    private static List<String> reasonsNow(Lang lang, List<Recommendation> shown) {
        List<String> out = new ArrayList<>();
        for (Recommendation r : shown) {
            Candidate c = r.candidate();
            out.add(c.title() + ": " + c.arithmetic(lang));
            List<Finding> strongestFirst = new ArrayList<>(r.findings());
            strongestFirst.sort((a, b) -> Integer.compare(weight(b), weight(a)));
            for (Finding f : strongestFirst) {
                String pts = f.effect() == Effect.SCORE && f.points() != 0 ? (f.points() > 0 ? " [+" : " [") + f.points() + "]" : "";
                String eff = f.effect() == Effect.REJECT ? (lang == Lang.ZH ? " [排除]" : " [ruled out]")
                        : f.effect() == Effect.WARN ? (lang == Lang.ZH ? " [注意]" : " [caution]") : "";
                out.add("  " + f.text(lang) + pts + eff + " — \"" + f.rule() + "\"" + ref(f.source()));
            }
        }
        return out;
    }

    private static int weight(Finding f) {
        return f.effect() == Effect.REJECT ? 1000 : f.effect() == Effect.WARN ? 500 : Math.abs(f.points());
    }

    /** The document a rule encodes, short: "000", "004", "sizing core". */
    private static String ref(String source) {
        if (source.isEmpty()) return "";
        int colon = source.indexOf(':');
        String head = colon > 0 ? source.substring(0, colon) : source;
        return " (" + (head.length() <= 40 ? head : head.substring(0, 39) + "…") + ")";
    }

    static String summary(Lang lang, Candidate c) {
        String speed = tps(c) + " tok/s";
        if (c.servingEngine() && c.fits()) {
            // a serving engine reserves a share of each GPU whatever the model: the weights and the KV room say more
            boolean zh = lang == Lang.ZH;
            return String.format(Locale.ROOT, zh ? "权重 %s；%s 预留 %s，KV 缓存可容纳 %,d 个 token %s, %s"
                            : "%s of weights; %s reserves %s, with KV cache room for %,d tokens %s, %s",
                    gb(c.weightsGb()), engineName(lang, c), gb(c.totalGb()), c.kvTokens(), where(lang, c), speed);
        }
        // an option that does not fit has no speed to show
        return gb(c.totalGb()) + " " + where(lang, c) + (c.fits() ? ", " + speed : "");
    }

    static String where(Lang lang, Candidate c) {
        boolean zh = lang == Lang.ZH;
        return switch (c.placement()) {
            case GPU -> zh ? "（全部在显存）" : "(all on the GPU)";
            case MULTI_GPU -> zh ? "（多卡切分）" : "(split over the GPUs)";
            case OFFLOAD -> c.expertsInRam()
                    ? (zh ? "（专家放内存 " + gb(c.ramGb()) + "）" : "(experts in RAM: " + gb(c.ramGb()) + ")")
                    : (zh ? "（" + c.gpuLayers() + "/" + (c.layers() + 1) + " 层在显存，内存 " + gb(c.ramGb()) + "）"
                          : "(" + c.gpuLayers() + "/" + (c.layers() + 1) + " layers on the GPU, " + gb(c.ramGb()) + " in RAM)");
            case CPU -> zh ? "（纯 CPU）" : "(CPU only)";
            case NONE -> zh ? "（放不下）" : "(does not fit)";
        };
    }

    private static String problem(Lang lang, Facts.Problem p) {
        boolean zh = lang == Lang.ZH;
        String sug = p.suggestions().isEmpty() ? "" : (zh ? " 你是不是指：" : " Did you mean: ") + String.join(", ", p.suggestions()) + (zh ? "？" : "?");
        return switch (p.kind()) {
            case UNKNOWN_GPU -> (zh ? "我不认识显卡“" + p.text() + "”。" : "I don't know the GPU \"" + p.text() + "\".") + sug;
            case UNKNOWN_MODEL -> (zh ? "我不认识模型“" + p.text() + "”。" : "I don't know the model \"" + p.text() + "\".") + sug;
            case NEEDS_HARDWARE -> zh ? "你的显卡是什么型号（例如“RTX 4060 8G”或“16G显存”），内存多大？"
                    : "Which GPU do you have (for example \"RTX 4060 8GB\" or \"16GB VRAM\"), and how much RAM?";
            case NEEDS_MAC_MODEL -> zh ? "你的 Mac 是哪款芯片、多大内存（例如“" + String.join("”“", p.suggestions()) + "”）？"
                    : "Which Mac is it: its chip and memory (for example \"" + String.join("\", \"", p.suggestions()) + "\")?";
            // one card of unknown model ("Running on: cuda") is asked of in the singular; cards not counted, how many too
            case NEEDS_CARD_MODEL -> p.text().equals("1")
                    ? (zh ? "这张显卡是什么型号、多少显存（例如“RTX 3090 24G”或“A100 80G”）？"
                    : "Which GPU is it, with how much memory (for example \"RTX 3090 24GB\" or \"A100 80GB\")?")
                    : p.text().isEmpty()
                    ? (zh ? "你的多张显卡是几张、什么型号、每张多少显存（例如“2 张 RTX 3090 24G”或“4 张 A100 80G”）？"
                    : "You have several GPUs: how many, which model and how much memory each (for example \"2× RTX 3090 24GB\" or \"4× A100 80GB\")?")
                    : zh ? "这 " + p.text() + " 张显卡是什么型号、每张多少显存（例如“RTX 3090 24G”或“A100 80G”）？"
                    : "Which GPUs are the " + p.text() + " cards, with how much memory each (for example \"RTX 3090 24GB\" or \"A100 80GB\")?";
            case NEEDS_MODEL -> zh ? "想问哪个模型？例如“qwen3 14b”或“llama 3.1 70b”。" : "Which model? For example \"qwen3 14b\" or \"llama 3.1 70b\".";
            case BAD_VALUE -> zh ? "这个数值看起来不对：" + p.text() + "。" : "That value does not look right: " + p.text() + ".";
            case LOOKUP_FAILED -> p.suggestions().get(zh ? 1 : 0);
        };
    }

    /** Cards of different memory in one rig: the usable memory of the largest, times the count, exceeds the total. */
    private static boolean unequalCards(Ask ask) {
        return ask.gpuCount() >= 2 && ask.largestGpuGb() * ask.gpuCount() > ask.vramGb() * 1.05;
    }

    // Numbers.fixed gives what %.1f gives, without parsing a format: every open question fills these for each option shown.
    static String gb(double v) { return Numbers.fixed(v, 1) + " GB"; }

    static String tps(Candidate c) { return c.tpsRange(); }

    static String ctx(int context) { return Candidate.contextLabel(context); }

    /** The help text: what can be asked, in the user's language. */
    public static Reply help(Lang lang) {
        return examples(lang, lang == Lang.ZH ? "我可以告诉你本地能跑哪些大模型、需要多少显存、用什么量化。例如："
                : "I size local LLMs for your hardware. Ask things like:");
    }

    /** A message in which no model, hardware or question was found: said so, with the examples. */
    public static Reply unread(Lang lang) {
        return examples(lang, lang == Lang.ZH ? "这条消息里我没有读到模型、硬件或问题。可以这样问："
                : "I could not find a model, hardware or question in that message. Ask things like:");
    }

    private static Reply examples(Lang lang, String intro) {
        if (lang == Lang.ZH) {
            return new Reply(lang, Reply.Kind.HELP, intro,
                    List.of(new Reply.Option("能跑什么", "我的 RTX 4060 8G 能跑什么写代码的模型？"),
                            new Reply.Option("能不能跑", "两张3090跑70b的Q4可以吗？"),
                            new Reply.Option("需要多少", "qwen3 32b 32k上下文需要多少显存？"),
                            new Reply.Option("用什么量化", "16G显存跑qwen3 14b用什么量化？"),
                            new Reply.Option("为什么", "为什么不用 Q8？")), List.of(), List.of());
        }
        return new Reply(lang, Reply.Kind.HELP, intro,
                List.of(new Reply.Option("What can run", "what can my 16GB card run for coding?"),
                        new Reply.Option("Can it run", "can two 3090s run Llama 3.1 70B at 32k context?"),
                        new Reply.Option("How much memory", "how much VRAM does qwen3 32b need?"),
                        new Reply.Option("Which format", "which quant for qwen3 14b on a 4060 Ti 16GB?"),
                        new Reply.Option("Why", "why not Q8?")), List.of(), List.of());
    }

    /**
     * Training is not what the advisor sizes; it says so, with the rule of thumb for the models named: mixed-precision
     * Adam keeps 16 bytes per parameter (fp16 weights and gradients, fp32 master weights and two moments: ZeRO,
     * Rajbhandari et al. 2020, section 3.1); LoRA keeps the 16-bit weights frozen (2 bytes per parameter) and QLoRA
     * 4-bit ones (about 0.5; Dettmers et al. 2023 fine-tune a 65B model on one 48 GB GPU). Activations come on top.
     */
    public static Reply training(Lang lang, Understood understood) {
        boolean zh = lang == Lang.ZH;
        List<String> notes = new ArrayList<>();
        double vram = understood.gpus().stream().mapToDouble(g -> g.vramGb() == null ? 0 : g.vramGb() * g.count()).sum();
        for (Understood.Model m : understood.models()) {
            if (m.name() == null || m.paramsB() <= 0) continue;
            double p = m.paramsB();
            notes.add(zh
                    ? String.format(Locale.ROOT, "%s（%.1fB 参数）：全参数微调（混合精度 Adam，每参数约 16 字节）约 %.0f GB；LoRA（16 位权重冻结，每参数约 2 字节）约 %.0f GB 起；QLoRA（4 位权重，每参数约 0.5 字节）约 %.0f GB 起；激活另算，随批量和序列长度增长。",
                            m.name(), p, 16 * p, 2 * p, 0.5 * p)
                    : String.format(Locale.ROOT, "%s (%.1fB parameters): full fine-tuning (mixed-precision Adam, about 16 bytes per parameter) about %.0f GB; LoRA (frozen 16-bit weights, about 2 bytes per parameter) from about %.0f GB; QLoRA (4-bit weights, about 0.5 bytes per parameter) from about %.0f GB; activations come on top and grow with batch and sequence length.",
                            m.name(), p, 16 * p, 2 * p, 0.5 * p));
            if (vram > 0) notes.add(fitsForTraining(zh, vram, p));
        }
        String headline = zh
                ? "我估算的是运行（推理）模型需要的内存，不估算训练或微调。训练的粗略算法如下；要问运行，可以说“4060 Ti 8G 能跑 Phi-3.5-mini 吗？”"
                : "I size running (inference) a model, not training or fine-tuning it. The rough arithmetic for training is below; to ask about running it, say \"can my 4060 Ti 8GB run Phi-3.5-mini?\"";
        if (notes.isEmpty()) {
            notes.add(zh ? "全参数微调每参数约 16 字节（混合精度 Adam），LoRA 约 2 字节（16 位权重冻结），QLoRA 约 0.5 字节（4 位权重），激活另算。"
                    : "Full fine-tuning needs about 16 bytes per parameter (mixed-precision Adam), LoRA about 2 (frozen 16-bit weights), QLoRA about 0.5 (4-bit weights), activations on top.");
        }
        return new Reply(lang, Reply.Kind.HELP, headline, List.of(), List.of(), notes);
    }

    /** Which way of training leaves room in the stated GPU memory, before activations. */
    private static String fitsForTraining(boolean zh, double vram, double paramsB) {
        String way = 16 * paramsB <= vram ? (zh ? "三种方式的权重和优化器状态都放得下" : "all three fit before activations")
                : 2 * paramsB <= vram ? (zh ? "LoRA 和 QLoRA 放得下，全参数微调放不下" : "LoRA and QLoRA fit before activations, full fine-tuning does not")
                : 0.5 * paramsB <= vram ? (zh ? "只有 QLoRA 放得下" : "only QLoRA fits before activations")
                : (zh ? "连 QLoRA 的 4 位权重都放不下" : "not even QLoRA's 4-bit weights fit");
        return zh ? String.format(Locale.ROOT, "对照你的 %.0f GB 显存：%s。", vram, way)
                : String.format(Locale.ROOT, "Against your %.0f GB of GPU memory: %s.", vram, way);
    }

    /**
     * Why a format of fewer bits generates faster ({@code SmallerFormatFasterForms}: "why is Q4 faster than Q8?"): decoding
     * is bound by memory bandwidth, each token reading every weight once, so tokens/s follow the bytes of the weights on a
     * CPU and a GPU alike; Q4_0 holds 4.5 bits per weight and Q8_0 8.5 (llama.cpp tools/quantize/README.md), so a Q4 file
     * is read in a little over half the time. Prompt processing, many tokens at once, is bound by arithmetic instead. The
     * same on any machine: nothing to size, no hardware to ask for, no verdict.
     */
    public static Reply smallerFormatFaster(Lang lang) {
        String headline = lang == Lang.ZH
                ? "位数少的格式生成更快，是因为生成受内存带宽限制，不受计算限制：每生成一个 token 都要把全部权重从内存（CPU 上是系统内存，GPU 上是显存）读一遍，所以速度约等于带宽除以权重的字节数。Q4_0 每个权重约 4.5 位，Q8_0 约 8.5 位，Q4 文件只有 Q8 的一半多一点，读一遍就快近一倍；4 位解包多出的计算，和省下的内存读取相比很便宜。"
                : "A format of fewer bits generates faster because generation is bound by memory bandwidth, not arithmetic: each token reads every weight once (from system RAM on a CPU, from GPU memory on a GPU), so tokens/s is about the bandwidth divided by the bytes of the weights. Q4_0 holds about 4.5 bits per weight and Q8_0 about 8.5, so a Q4 file is a little over half the size of a Q8 one and is read nearly twice as fast; the extra unpacking of 4-bit costs little next to the memory reads it saves.";
        String note = lang == Lang.ZH
                ? "处理提示词（一次处理很多 token）受计算限制，这一步 Q8 可能持平甚至更快。"
                : "Prompt processing (many tokens at once) is bound by arithmetic instead, and there Q8 can keep up or win.";
        return new Reply(lang, Reply.Kind.ANSWER, headline, List.of(), List.of(), List.of(note));
    }

    /** A format a which-format question weighs, as the catalog knows it (knowledge/formats.yaml): its whole-file bits per weight on a reference model, llama.cpp's perplexity rise over 16-bit where measured, its quality grade and its description. */
    public record WeighedFormat(WeightFormat format, double bitsPerWeight, Double pplDelta, String quality, String description) { }

    /**
     * How the formats a which-format question weighs differ, asked with no machine ("q4_0, q4_1: what is the difference?",
     * "bf16 or fp16?"): the memory each weight takes and what it costs in quality hold on any machine, so they are said
     * first; which one fits is the machine's question, asked after them. Two 16-bit formats take the same memory: what
     * differs is their range and which GPUs compute in bf16 (Ampere and newer; V100, T4 and the RTX 20 series lack it).
     */
    public static Reply formatsCompared(Lang lang, List<WeighedFormat> weighed) {
        boolean zh = lang == Lang.ZH;
        List<String> labels = weighed.stream().map(w -> w.format().label()).toList();
        boolean sixteenBit = weighed.stream().allMatch(w -> w.format() == WeightFormat.BF16 || w.format() == WeightFormat.F16);
        String headline = sixteenBit ? (zh
                ? "BF16 和 F16 占的显存一样，每个权重 2 字节：bf16 保留 fp32 的数值范围（多数模型用它训练和发布），fp16 精度更细但范围更窄；推理时两者都可以，Ampere 及更新的显卡（RTX 30 系、A100 起）用 bf16，更老的卡（V100、T4、RTX 20 系）没有 bf16 的硬件支持，用 fp16。"
                : "BF16 and F16 take the same memory, 2 bytes per weight: bf16 keeps fp32's range (most models are trained and released in it), fp16 has finer steps in a narrower range; for inference either works, bf16 on GPUs from Ampere on (RTX 30 series, A100) and fp16 on older ones (V100, T4, RTX 20 series), which lack bf16 hardware.")
                : zh ? String.join("、", labels) + " 的区别在于每个权重占的位数，以及由此带来的质量损失："
                : String.join(", ", labels) + " differ in the bits each weight takes and the quality that costs:";
        List<Reply.Option> options = new ArrayList<>();
        if (!sixteenBit) {
            for (WeighedFormat w : weighed) {
                String bits = Numbers.fixed(w.bitsPerWeight(), 1);
                String perB = Numbers.fixed(w.bitsPerWeight() / 8, 2);
                String ppl = w.pplDelta() == null ? "" : Numbers.fixed(w.pplDelta(), w.pplDelta() < 0.01 ? 4 : 2);
                String detail = zh
                        ? "每个权重约 " + bits + " 位（每十亿参数约 " + perB + " GB）" + (ppl.isEmpty() ? "" : "，困惑度比 16 位原版高 " + ppl + "（llama.cpp，Llama 3 8B）")
                          + "，质量" + qualityZh(w.quality())
                        : "about " + bits + " bits per weight (" + perB + " GB per billion parameters)" + (ppl.isEmpty() ? "" : ", perplexity +" + ppl + " over 16-bit (llama.cpp, Llama 3 8B)")
                          + (w.description() == null ? "" : ". " + w.description());
                options.add(new Reply.Option(w.format().label(), detail));
            }
        }
        String ask = zh ? "说出你的显卡（例如“RTX 4060 8G”）和模型，我就能算出哪种放得下、跑多快。"
                : "Name your GPU (for example \"RTX 4060 8GB\") and the model, and I size which one fits and how fast it runs.";
        return new Reply(lang, Reply.Kind.ANSWER, headline, options, List.of(), List.of(ask));
    }

    /** A catalog quality grade in Chinese. */
    private static String qualityZh(String quality) {
        return switch (quality == null ? "" : quality) {
            case "lossless" -> "无损";
            case "near_lossless" -> "几乎无损";
            case "high" -> "较高";
            case "balanced" -> "中等";
            case "low" -> "较低";
            default -> "很低";
        };
    }

    /** The GGUF ladder whose perplexity cost llama.cpp measures, finest first: the figures a quality answer quotes. */
    private static final List<WeightFormat> QUALITY_LADDER = List.of(WeightFormat.Q8_0, WeightFormat.Q6_K, WeightFormat.Q5_K_M,
            WeightFormat.Q4_K_M, WeightFormat.Q3_K_M, WeightFormat.Q2_K);

    /**
     * How much quality a format costs, asked with no model or machine ("does int4 lose accuracy?"): the answer holds on any
     * machine, so none is asked for. It opens with the loss at the format's bits and gives llama.cpp's measured perplexity
     * increase over 16-bit on one reference model for each step of the ladder (knowledge/formats.yaml, ppl_delta, given
     * as {@code pplDelta} by format).
     */
    public static Reply formatQuality(Lang lang, WeightFormat asked, Map<WeightFormat, Double> pplDelta) {
        boolean zh = lang == Lang.ZH;
        int bits = asked.nominalBits();
        String verdict = bits >= 6 ? (zh ? bits + " 位量化几乎无损" : bits + "-bit quantization is near lossless")
                : bits >= 4 ? (zh ? bits + " 位量化有损失，但不大" : bits + "-bit quantization loses a little quality")
                : (zh ? bits + " 位以下量化损失明显" : bits + "-bit quantization loses noticeable quality");
        List<String> steps = new ArrayList<>();
        for (WeightFormat w : QUALITY_LADDER) {
            Double d = pplDelta.get(w);
            if (d != null) steps.add(w.label() + " +" + Numbers.fixed(d, d < 0.01 ? 4 : 2));
        }
        String headline = steps.isEmpty() ? verdict + (zh ? "。" : ".") : zh
                ? verdict + "：llama.cpp 在 Llama 3 8B 上测得的困惑度比 16 位原版高出（越低越好）" + String.join("，", steps) + "。"
                : verdict + ": llama.cpp measures the perplexity rise over 16-bit on Llama 3 8B (lower is better) at " + String.join(", ", steps) + ".";
        String note = zh ? "8B 及以下的小模型在 3 位及以下损失比 70B 以上的大模型严重得多；大模型在低位数下保留的能力更多。"
                : "Small models (8B and under) lose much more at 3 bits and below than large ones (70B and up), which keep more of their quality at low bits.";
        return new Reply(lang, Reply.Kind.ANSWER, headline, List.of(), List.of(), List.of(note));
    }

    /** Asks back for what the question lacks. */
    public static Reply clarify(Lang lang, Facts.Problem.Kind kind) {
        return new Reply(lang, Reply.Kind.CLARIFY, problem(lang, new Facts.Problem(kind, "", List.of())), List.of(), List.of(), List.of());
    }

}
