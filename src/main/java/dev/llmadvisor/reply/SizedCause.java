package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Placement;

import java.util.List;
import java.util.Locale;

/**
 * The cause of a reported problem read from the sizing arithmetic when no engine message names one: a person who
 * says their setup is slow, or that it fails, usually states the model and the hardware, and the sizing of that
 * setup already tells what an expert would answer. Slow: the model does not fit the GPU memory, so part of it runs
 * from system RAM (partial_offload); or the GPU holds so little of it, or nothing (a CPU-only machine), or the memory
 * is unified (Apple silicon, Strix Halo, DGX Spark), that the speed is what the RAM's bandwidth gives (ram_bandwidth);
 * or the weights fit a card the person says is not used (gpu_not_used); or one card of several does the work while the
 * person sees the others idle (multi_gpu_split, slow or failing). Fails: the weights in the format tried exceed
 * the GPU memory, as published in 16/32-bit where a quantized file would fit (unquantized) or in any format
 * (model_too_large), and on a machine without a GPU no format of the model fits the system RAM (model_too_large);
 * or the weights fit and the KV cache of the stated context does not (context_too_large).
 * Not memory: slow, or failing with no lack of memory reported, on a setup that fits its GPU with room to spare, the
 * sizing rules memory out, and the honest answer is that the cause is in the software (the engine's version, kernels,
 * settings or a bug), said with the figures that show it (other).
 * A setting the message does not show (a second process, a split, a build) is never guessed.
 */
public final class SizedCause {

    /**
     * The GPU's share of the weights below which an offloaded model runs at the speed of system RAM: token generation
     * reads every weight once, RAM gives about a tenth of a GPU's bandwidth, so with four fifths of the weights in RAM
     * the RAM takes over 95 % of the time and moving a few more layers to the GPU changes little. KTransformers keeps
     * the experts in RAM by design, so its speed is the RAM's at any share.
     */
    static final double RAM_BOUND_GPU_SHARE = 0.2;

    /**
     * The share of the GPU memory a setup may take and still be said to fit "with room to spare", so that memory is ruled
     * out as the cause of a fault: our estimates are within about 10 % of what engines allocate (eval/README.md), and an
     * engine's own reserve (CUDA context, compute buffers beyond our estimate, the display) takes up to another few
     * hundred MB; at 80 % of the card both are covered.
     */
    static final double MEMORY_RULED_OUT_SHARE = 0.8;

    private SizedCause() { }

    /**
     * The cause code the sizing of a reported setup shows, or null: the answer's own cause when it has one, none when
     * the person reports no problem, names no model or no hardware, or the arithmetic does not single one out.
     */
    public static String of(Answer a, Report r, boolean diagnosis) {
        if (a.cause() != null) return a.cause();
        Understood u = a.understood();
        String told = told(r, u);
        boolean engineSlower = r != null && r.has(Report.Symptom.ENGINE_SLOWER) && !failed(r);
        // a model slower than one of its size rules out the weights read per token, not a placement the sizing shows (part
        // of it in system RAM): there the sizing speaks first
        if (told != null && !r.has(Report.Symptom.MODEL_NO_FASTER) && !engineSlower) return told;
        String sized = sized(a, r, u, diagnosis);
        // the same model faster in another program on this machine: the hardware gives more than this one gets, so neither
        // the bandwidth nor a fault the sizing cannot place is the answer; a placement this program chose (layers left on the
        // CPU, the card unused, 16-bit weights beyond the memory) still is
        if (engineSlower && (sized == null || sized.equals("ram_bandwidth") || sized.equals("other"))) return "other";
        if (sized != null) return sized;
        if (told != null) return told;
        return splitCause(r, u);
    }

    /**
     * The cause of a run the person tells is split between the GPU and the CPU ("CPU和GPU一起跑", ollama ps's "48%/52%
     * CPU/GPU"), with no failure, though no model or card is named to size it: the part on the CPU holds it back
     * (partial_offload), and under KTransformers, whose experts sit in RAM by design, the RAM's bandwidth sets the pace
     * (ram_bandwidth); null when no such split is told.
     */
    public static String splitCause(Report r, Understood u) {
        if (r == null || !r.has(Report.Symptom.SPLIT) || r.has(Report.Symptom.GPU_NOT_USED) || failed(r)) return null;
        return u != null && u.engine() == Engine.KTRANSFORMERS ? "ram_bandwidth" : "partial_offload";
    }

    /**
     * @param diagnosis the question is a problem report (kind diagnose: something fails or misbehaves), so a fault is told
     *                  even when its words were not read as a symptom ("it hangs", "weird output", "报错" with the error
     *                  in a screenshot): the sizing judges it as a failure, unless it is told slow or as a GPU left unused
     */
    private static String sized(Answer a, Report r, Understood u, boolean diagnosis) {
        if (r == null || u == null) return null;
        boolean slow = slowOnly(r);
        boolean unread = diagnosis && !slow && !failed(r);
        boolean failed = failed(r) || unread;
        // one card of several doing the work, or the others left idle, as the person sees it: the split, whatever sizes,
        // so with no model named too ("it always runs on the first card and overflows")
        boolean severalCards = u.gpus().stream().mapToInt(Understood.Gpu::count).sum() > 1;
        if ((slow || failed) && severalCards && r.has(Report.Symptom.PARTIAL_VRAM)) return "multi_gpu_split";
        if (u.models().isEmpty() || (u.gpus().isEmpty() && !u.cpuOnly())) return null;
        Candidate c = a.shown().isEmpty() ? null : a.shown().get(0).candidate();
        // 16-bit weights named that cannot run as sized (the runtime keeps the model whole, or it exceeds GPU and RAM)
        // where a quantized file fits the GPU: a run told slow in words, or measured far below the 16-bit setup's own
        // estimate, is slow for that reason; a speed told with no complaint is no symptom, and 16-bit weights that
        // offload are slow for the offload (partial_offload, below)
        if (slow && (r.has(Report.Symptom.SLOW) || SpeedAnswer.farBelow(r, wideShown(a.shown()))) && wideBeyondMemory(u, a.shown())) return "unquantized";
        if (slow) return slowCause(a.verdict(), u, c, r);
        // "the GPU is not used" on a card that holds the model: the card is left out, whatever else is told
        if (unread && r.has(Report.Symptom.GPU_NOT_USED)) return c != null && c.onGpu() && c.fits() ? "gpu_not_used" : null;
        if (failed && !r.works()) {
            String cause = failedCause(u, c, r, a.shown());
            // a fault not read as a failure says nothing of the weights loaded: 16-bit ones are not assumed for it
            return unread && "unquantized".equals(cause) && u.format() == null ? null : cause;
        }
        return null;
    }

    /** Whether the format named is 16 or 32-bit, its option shown does not fit the machine, and a quantized file fits the GPU. */
    private static boolean wideBeyondMemory(Understood u, List<Recommendation> shown) {
        Candidate w = wideShown(shown);
        return u.format() != null && u.format().nominalBits() >= 16 && w != null && !w.fits() && quantizedFit(shown, w.modelId()) != null;
    }

    /** The catalogue id of the model whose weights are tried ({@link Understood#weightsAsTriedGb}), or null. */
    private static String triedId(Understood u) {
        return u.largestModel() == null ? null : u.largestModel().id();
    }

    /** The first option shown in 16 or 32 bits, or null. */
    private static Candidate wideShown(List<Recommendation> shown) {
        return shown.stream().map(Recommendation::candidate).filter(k -> k.formatBits() >= 16).findFirst().orElse(null);
    }

    /**
     * The first quantized option of the model given that is shown and fits wholly on the GPU (the best the rules rank), or
     * null: another model's file fitting says nothing about this one. A model with no catalogue id (a Hub lookup) is
     * matched by none, so any option shown stands for it.
     */
    private static Candidate quantizedFit(List<Recommendation> shown, String modelId) {
        return shown.stream().filter(Recommendation::eligible).map(Recommendation::candidate)
                .filter(k -> k.onGpu() && k.formatBits() < 16 && (modelId == null || k.modelId().equals(modelId)))
                .findFirst().orElse(null);
    }

    /**
     * The cause a speed contrast the person tells of their own runs settles with no sizing: several GPUs no faster than one
     * (the cards work in turn, or wait on each other), unless part of the model runs on the CPU (a CPU/GPU split, or
     * KTransformers' experts in RAM), where the RAM sets the pace whatever the number of cards; a quantized model slower
     * than the 16-bit one (its kernels, not its memory); a model slower than another of at least its size (its code or the
     * engine's, not the weights it reads); the same model slower than in another program on the machine (that program's
     * kernels, version or settings). Null when none is told.
     */
    public static String told(Report r, Understood u) {
        if (r == null) return null;
        // another program runs it faster on the same cards: the program, not the split over them, holds it back
        if (r.has(Report.Symptom.ENGINE_SLOWER) && !failed(r)) return "other";
        if (r.has(Report.Symptom.SEVERAL_NO_FASTER)) {
            boolean ramBound = r.has(Report.Symptom.SPLIT) || (u != null && u.engine() == Engine.KTRANSFORMERS);
            return ramBound ? "ram_bandwidth" : "multi_gpu_split";
        }
        return r.has(Report.Symptom.QUANTIZED_SLOWER) || r.has(Report.Symptom.MODEL_NO_FASTER) ? "other" : null;
    }

    private static boolean failed(Report r) {
        return r.has(Report.Symptom.OUT_OF_MEMORY) || r.has(Report.Symptom.CRASH) || r.fails();
    }

    /** Whether the report is of a setup that runs but slowly, with no failure told. */
    public static boolean slowOnly(Report r) {
        return r != null && !failed(r) && (r.has(Report.Symptom.SLOW) || r.tokensPerSecond() != null);
    }

    private static String slowCause(Verdict v, Understood u, Candidate c, Report r) {
        // a speed far below what the setup sized gives: the placement does not explain it, something else does; on a
        // setup that fits with room to spare that is the software (a layer setting, a build, kernels), not the memory
        if (farBelowEstimate(r, c, v)) return v == Verdict.FITS && roomToSpare(u, c) ? "other" : null;
        if (u.cpuOnly() || (c != null && c.placement() == Placement.CPU)) return "ram_bandwidth";
        if (v == Verdict.FITS) {
            if (r.has(Report.Symptom.GPU_NOT_USED)) return "gpu_not_used";
            // one memory for CPU and GPU: a model that fits runs at the speed that memory's bandwidth gives, which a
            // measured speed within our estimate shows; without one, "slow" on a Mac may be anything
            boolean unified = u.gpus().stream().anyMatch(Understood.Gpu::unified);
            if (unified) return r.tokensPerSecond() != null && c != null && c.tpsLow() > 0 ? "ram_bandwidth" : null;
            // the whole model on a discrete card with room to spare: where it sits is not what makes it slow
            return roomToSpare(u, c) ? "other" : null;
        }
        if (v != Verdict.OFFLOAD) return null;
        // "offload" from a card the person says sits idle, though the weights fit it: the GPU is not used
        if (r.has(Report.Symptom.GPU_NOT_USED) && c != null && c.onGpu()) return "gpu_not_used";
        boolean ktransformers = u.engine() == Engine.KTRANSFORMERS || (c != null && Engine.KTRANSFORMERS.id().equals(c.engine()));
        double share = gpuShare(u, c);
        if (ktransformers || (share >= 0 && share < RAM_BOUND_GPU_SHARE)) return "ram_bandwidth";
        return "partial_offload";
    }

    /**
     * Whether the person's measured speed is below half the low end of our estimate for the placement the verdict
     * names. The range is the 5th to 95th percentile of the speed model's error on published runs, so half its low
     * end is beyond what the sizing explains. Compared only when the candidate sized is placed as the verdict says
     * (a quantized file on the GPU says nothing of the 16-bit weights the person runs half in RAM).
     */
    /**
     * Whether the setup as sized sits wholly on the GPU and takes at most {@link #MEMORY_RULED_OUT_SHARE} of it: the
     * weights as tried (the 16-bit ones when that is what the engine loads) and the KV cache of the context sized.
     */
    static boolean roomToSpare(Understood u, Candidate c) {
        double gpu = u.gpuMemoryGb();
        if (c == null || !c.onGpu() || gpu <= 0) return false;
        double weights = weightsAsRun(u, c);
        return weights > 0 && weights + c.kvGb() + c.overheadGb() <= MEMORY_RULED_OUT_SHARE * gpu;
    }

    /** Whether the weights run are the 16-bit ones: the format named is 16-bit, or none is and the engine loads the model as published. */
    private static boolean wide(Understood u) {
        return u.format() != null ? u.format().nominalBits() >= 16 : Understood.runsAsPublished(u);
    }

    /**
     * Whether a load that failed was of the 16-bit weights: {@link #wide}, or no format is named and the engine loads
     * checkpoints as published (vLLM, SGLang, TGI keep them whole on the GPU, so they fail where transformers would
     * crawl; label rule J names their default as what was loaded).
     */
    private static boolean wideLoad(Understood u) {
        return wide(u) || (u.format() == null && !u.models().isEmpty() && u.engine() != null && u.engine().loadsPublishedWeights());
    }

    /**
     * What the setup as run needs with its context, as the option above it counts it (its compute buffers included), so
     * one answer does not give the same option two totals; a serving engine's total is its reserved share, so its
     * activations are left out there.
     */
    private static double needWithContext(Understood u, Candidate c) {
        return weightsAsRun(u, c) + c.kvGb() + c.overheadGb() + (c.servingEngine() ? 0 : c.computeGb());
    }

    /** The weights that run: the 16-bit ones when {@link #wide}, else the file sized. */
    private static double weightsAsRun(Understood u, Candidate c) {
        return wide(u) ? Math.max(u.weightsAsTriedGb(), c.weightsGb()) : c.weightsGb();
    }

    static boolean farBelowEstimate(Report r, Candidate c, Verdict v) {
        if (!SpeedAnswer.farBelow(r, c)) return false;
        return v == Verdict.FITS ? c.onGpu() : c.placement() == Placement.OFFLOAD || c.placement() == Placement.CPU;
    }

    /**
     * The share of the weights the GPU holds: the sizing's split when it offloads, else (a verdict of offload for the
     * model as published, larger than the card) the GPU memory over the weights as tried; -1 when unknown.
     */
    static double gpuShare(Understood u, Candidate c) {
        if (c != null && c.placement() == Placement.OFFLOAD && c.gpuGb() + c.ramGb() > 0) return c.gpuGb() / (c.gpuGb() + c.ramGb());
        double weights = u.weightsAsTriedGb();
        double gpu = u.gpuMemoryGb();
        return weights > 0 && gpu > 0 ? Math.min(1, gpu / weights) : -1;
    }

    private static String failedCause(Understood u, Candidate c, Report r, List<Recommendation> shown) {
        double gpu = u.gpuMemoryGb();
        // no GPU: everything runs from system RAM, and a model whose weights as tried exceed it, and no format of which
        // the sizing can place there (nothing shown on the CPU), cannot load
        if (gpu <= 0) return u.cpuOnly() && u.ramGb() != null && u.weightsAsTriedGb() > u.ramGb()
                && (c == null || c.placement() != Placement.CPU) ? "model_too_large" : null;
        // the format tried: the one named, else the 16-bit weights as published when that is what the engine loads
        boolean wide = wideLoad(u);
        double tried = wide ? u.weightsAsTriedGb() : c == null ? 0 : c.weightsGb();
        if (tried <= 0) return null;
        // unquantized only when a quantized file of the model tried fits: another model's fitting leaves it too large
        if (tried > gpu) return wide && quantizedFit(shown, triedId(u)) != null ? "unquantized" : "model_too_large";
        if (c != null && u.context() != null && c.kvGb() > 0 && tried + c.kvGb() > gpu) return "context_too_large";
        // it fails with no lack of memory reported, and the figures leave room to spare: the fault is in the software
        if (!r.has(Report.Symptom.OUT_OF_MEMORY) && roomToSpare(u, c)) return "other";
        return null;
    }

    /**
     * The cause in one sentence with the figures it rests on, for the answer to state: "Part of the model runs from
     * system RAM: Llama 2 70B Q4_K_M needs 40.7 GB and the GPUs offer 24 GB."
     */
    public static String sentence(String code, Understood u, List<Recommendation> shown, Report r, Lang lang) {
        boolean zh = lang == Lang.ZH;
        Candidate c = shown.isEmpty() ? null : shown.get(0).candidate();
        String contrast = contrastSentence(code, r, zh);
        if (contrast != null) return contrast;
        // the 16-bit weights are an assumption when no format was named (the engine loads the model as published):
        // the cause is then said as the likely one, and its figures as those of the model as published
        boolean assumed = code.equals("unquantized") && u.format() == null;
        // with no GPU the memory the model is too large for is the system RAM
        boolean ramTooSmall = code.equals("model_too_large") && u.gpuMemoryGb() <= 0 && u.cpuOnly();
        String named = !ramTooSmall ? DiagnosisWriter.causeWords(code, lang) : zh ? "模型太大，内存放不下" : "The model is too large for the system RAM";
        String words = !assumed ? named : zh ? "多半是" + named : "Most likely, " + Character.toLowerCase(named.charAt(0)) + named.substring(1);
        double gpu = u.gpuMemoryGb();
        String gpuText = gpu > 0 ? num(gpu) + " GB" : null;
        // the weights the verdict speaks of: the file sized when it is what runs partly in RAM, else the weights as tried
        // (the 16-bit ones as published, or the format named), which the quantized file sized on the GPU says nothing of;
        // a file sized off the GPU whose weights fit the memory is not what is too large for it (a phone's 3.8 GB "too
        // large" for its 8 GB): the weights as tried, which the cause was judged on, are
        boolean sizedFile = c != null && !c.onGpu()
                && !(code.equals("model_too_large") && c.weightsGb() <= gpu && u.weightsAsTriedGb() > gpu);
        // (a split told needs no model: none may be named)
        String model = sizedFile ? c.title() : u.models().isEmpty() ? null
                : u.largestModel().name() + " " + (u.format() != null ? u.format().label() : zh ? "16 位" : "16-bit");
        double need = sizedFile ? c.weightsGb() : u.weightsAsTriedGib();
        String detail = switch (code) {
            case "model_too_large" -> model == null || need <= 0 ? null : gpuText != null ? weightsOver(model, need, gpuText, false, zh)
                    : ramTooSmall && u.ramGb() != null ? weightsOver(model, need, num(u.ramGb()) + " GB", true, zh) : null;
            case "partial_offload" -> gpuText == null || model == null || need <= 0 ? null : weightsOver(model, need, gpuText, false, zh);
            case "unquantized" -> gpuText == null ? null : unquantizedDetail(u, shown, gpuText, assumed, zh);
            // on a Mac, Strix Halo or DGX Spark the GPU's memory is the system's: "system memory" would contradict the
            // speed line, which says the GPU's memory bandwidth sets the pace
            case "ram_bandwidth" -> u.gpus().stream().anyMatch(Understood.Gpu::unified)
                    ? (zh ? "每生成一个 token 都要把权重从统一内存读一遍，速度就是统一内存的带宽给的速度"
                          : "each token reads the weights from the unified memory, so the speed is what its bandwidth gives")
                    : zh ? "每生成一个 token 都要把权重从内存读一遍，速度就是内存带宽给的速度"
                    : "each token reads the weights from system memory, so the speed is what its bandwidth gives";
            case "context_too_large" -> c == null ? null
                    : zh ? "权重放得下，但这个上下文的 KV 缓存约 " + num(c.kvGb()) + " GB，加起来超过显存"
                    : "the weights fit, but the KV cache of this context takes about " + num(c.kvGb()) + " GB on top";
            case "multi_gpu_split" -> zh ? "你说只有一张卡在干活；显存不会自动合并，要让引擎把模型切到各张卡上（" + splitSetting(u.engine(), true) + "）"
                    : "you see one card doing the work; GPU memory is not pooled, so the engine must be told to split the model (" + splitSetting(u.engine(), false) + ")";
            // a Mac has no GPU driver to install: Metal is part of macOS, and what lacks it is an x86 build or Docker
            case "gpu_not_used" -> u.gpus().stream().anyMatch(Understood.Gpu::unified)
                    ? (zh ? "模型放得下，但你说 GPU 没有被用上——在 Mac 上多半是跑在 Docker 里或 Rosetta 下的 x86 版本，它们用不了 Metal"
                    : "the model fits, yet you say the GPU is not used — on a Mac usually a run in Docker or an x86 build under Rosetta, which have no Metal")
                    : zh ? "模型放得下显卡，但你说显卡没有被用上——多半是没装 GPU 版本或驱动"
                    : "the model fits the card, yet you say the card is not used — usually a CPU-only build or a driver problem";
            case "other" -> c == null || gpuText == null ? null : slowDiagnosisWithSpeed(u, c, r)
                    ? speedFirst(u, c, r, gpuText, zh) : notMemory(u, c, gpuText, slowOnly(r), zh);
            default -> null;
        };
        // "not a memory problem" is itself the cause said, with no "Another cause" before it
        if (code.equals("other") && detail != null) return Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + (zh ? "。" : ".");
        return detail == null ? words + (zh ? "。" : ".") : words + (zh ? "：" : ": ") + detail + (zh ? "。" : ".");
    }

    /**
     * The setting that spreads a model over several GPUs in the engine the person runs (advice for another engine's flags
     * would not work for them); every engine's when none is named.
     */
    static String splitSetting(Engine engine, boolean zh) {
        if (engine == null) return zh ? "-ts、--tensor-parallel-size、device_map 配 max_memory、OLLAMA_SCHED_SPREAD"
                : "-ts, --tensor-parallel-size, device_map with max_memory, OLLAMA_SCHED_SPREAD";
        return switch (engine) {
            case LLAMA_CPP -> zh ? "llama.cpp 用 --tensor-split（-ts）" : "llama.cpp's --tensor-split (-ts)";
            case OLLAMA -> zh ? "Ollama 用 OLLAMA_SCHED_SPREAD=1" : "Ollama's OLLAMA_SCHED_SPREAD=1";
            case VLLM, SGLANG -> "--tensor-parallel-size";
            case TGI -> "--num-shard";
            case TRANSFORMERS -> zh ? "device_map=\"auto\" 配每张卡的 max_memory" : "device_map=\"auto\" with max_memory per card";
            case EXLLAMA -> "gpu_split";
            default -> splitSetting(null, zh);
        };
    }

    /**
     * "{model} F16 needs about 15 GB, more than the 16 GB of GPU memory holds; a quantized file, MLX 4-bit, fits (5.4 GB)":
     * the 16-bit option as sized with its context (or, none shown, its weights alone) against the GPU memory, and the
     * quantized option that fits with its own need.
     */
    private static String unquantizedDetail(Understood u, List<Recommendation> shown, String gpuText, boolean assumed, boolean zh) {
        Candidate w = wideShown(shown);
        // the name and the figure of one model: the 16-bit option shown, else the largest named (its weights as tried)
        String model = w != null ? w.title() : u.models().isEmpty() ? (zh ? "16 位权重" : "its 16-bit weights")
                : u.largestModel().name() + " " + (u.format() != null ? u.format().label() : zh ? "16 位" : "16-bit");
        String need = num(w != null ? w.totalGb() : u.weightsAsTriedGib());
        String start = zh ? (assumed ? "如果加载的是发布的原版，" : "") + model + " 约需 " + need + " GB，" + gpuText + " 显存放不下；"
                : (assumed ? "if you load it as published, " : "") + model + " needs about " + need + " GB, more than the " + gpuText
                  + " of GPU memory holds; ";
        Candidate q = quantizedFit(shown, w != null ? w.modelId() : triedId(u));
        // no file of this model shown to fit: only what quantizing saves is certain, not that it then fits
        if (q == null) return start + (zh ? "4 位量化版的权重只有它的约四分之一" : "a 4-bit file of it needs about a quarter of that");
        return start + (zh ? "量化版 " + q.formatLabel() + " 放得下，约 " + num(q.totalGb()) + " GB"
                : "a quantized file, " + q.formatLabel() + ", fits (" + num(q.totalGb()) + " GB)");
    }

    /** The cause of a speed contrast told ({@link #told}), in words that answer the contrast; null for any other cause. */
    private static String contrastSentence(String code, Report r, boolean zh) {
        if (r == null) return null;
        if (r.has(Report.Symptom.SEVERAL_NO_FASTER) && code.equals("multi_gpu_split")) return zh
                ? "多卡不会让单个请求更快：按层切分时各张卡轮流计算，张量并行时每层都要在卡间交换数据，没有 NVLink 时还更慢；多卡增加的是显存，不是速度。模型放得进一张卡就用一张卡（CUDA_VISIBLE_DEVICES），要提速就换更快的卡或用 vLLM/SGLang 做批量并发。"
                : "Splitting over several GPUs does not make one request faster: with a layer split the cards compute in turn, with tensor parallelism every layer exchanges data between them (slower still without NVLink); more cards add memory, not speed. If the model fits one card, run it on one (CUDA_VISIBLE_DEVICES); for more throughput, batch concurrent requests (vLLM, SGLang).";
        if (r.has(Report.Symptom.SEVERAL_NO_FASTER) && code.equals("ram_bandwidth")) return zh
                ? "速度受内存带宽限制：部分模型（MoE 的专家）在内存里由 CPU 计算，每个 token 都要从内存读一遍这部分权重，加显卡不会提速；要更快就用更多内存通道或更快的内存。"
                : "Speed is limited by RAM bandwidth: part of the model (the MoE experts) runs on the CPU from system RAM, and each token reads those weights from RAM, so more GPUs do not speed it up; more memory channels or faster RAM do.";
        if (r.has(Report.Symptom.QUANTIZED_SLOWER) && code.equals("other")) return zh
                ? "不是显存的问题：量化（int8/int4、bitsandbytes、GPTQ）省的是显存，不是时间；推理时要边算边反量化，内核没有专门优化时反而比 16 位慢。要更快就用 16 位（放得下时），或用有优化内核的引擎（vLLM、exllama、llama.cpp）。"
                : "Not a memory problem: quantizing (int8/int4, bitsandbytes, GPTQ) saves memory, not time; the weights are dequantized as it computes, and without optimized kernels that is slower than 16-bit. For speed, run 16-bit when it fits, or an engine with fused kernels for the format (vLLM, ExLlama, llama.cpp).";
        if (r.has(Report.Symptom.ENGINE_SLOWER) && code.equals("other")) return zh
                ? "不是显存或硬件的问题：同一个模型在这台机器上用另一个程序跑得更快，说明硬件能给出更高的速度；差距在慢的那个程序上——它对这个模型或格式的内核、它的版本，或某个设置（GPU 层数、批大小、线程数、flash attention）。用同一个模型文件、上下文和提示词对比两边的 tokens/s，把慢的那个更新到最新版本，并带上两边的速度报告这个差距。"
                : "Not a memory or hardware problem: the same model runs faster on this machine in another program, so the hardware gives more than this one gets; the gap is the slower program's — its kernels for this model or format, its version, or a setting (GPU layers, batch size, threads, flash attention). Compare both in tokens per second with the same model file, context and prompt, update the slower one, and report the gap with both speeds.";
        if (r.has(Report.Symptom.MODEL_NO_FASTER) && code.equals("other")) return zh
                ? "不是显存的问题：这个模型不比对比的那个大，每个 token 要读的权重不更多，慢在软件上——模型自己的实现（注意力没用上 flash-attention、trust_remote_code 的自定义代码、词表或生成设置，如 base 模型不停止、输出更长），或引擎对这个架构的内核。用同一个引擎、同样的设置和提示词，按 tokens/s 而不是每次回答的时间来比较。"
                : "Not a memory problem: this model is no larger than the one you compare it with, so it reads no more weights per token; the difference is in the software — the model's own code (attention without flash-attention, custom trust_remote_code modeling, its tokenizer or generation settings, such as a base model that does not stop), or the engine's kernels for its architecture. Compare with the same engine, settings and prompt, in tokens per second rather than time per answer.";
        return null;
    }

    /**
     * "Not a memory problem": the setup as run, what it needs with its context, and the GPU memory it fits with room to
     * spare. A failure points at the software; slowness first at a placement the engine chose (layers it left on the CPU,
     * a build without the card's backend), which the speed line before it says too, then at the software.
     */
    private static String notMemory(Understood u, Candidate c, String gpuText, boolean slow, boolean zh) {
        String model = wide(u) ? u.largestModel().name() + " " + (u.format() != null ? u.format().label() : zh ? "16 位" : "16-bit")
                : c.title();
        String need = num(needWithContext(u, c));
        String figures = zh ? "不是显存的问题：" + model + " 连同上下文约需 " + need + " GB，显存有 " + gpuText + "，放得下还有余量；"
                : "not a memory problem: " + model + " with its context needs about " + need + " GB and the GPU memory is " + gpuText
                + ", with room to spare; ";
        if (slow) return figures + (zh ? "如果速度远低于预期，先确认引擎把它全部放在了 GPU 上（GPU 层数、对应显卡的版本），再查引擎的版本和设置"
                : "if it runs far below the speed expected, check that the engine puts all of it on the GPU (its GPU layers, a build for your card), then its version and settings");
        return figures + (zh ? "原因在软件上（引擎的版本、内核、设置或缺陷），可换用最新版本，或换一个引擎对比"
                : "the cause is in the software (the engine's version, kernels, settings or a bug): try the latest release, or another engine to compare");
    }

    /**
     * Whether a slow run reported as a problem ("very slow on my 3090: 44 tok/s, am I doing something wrong?") gets its
     * speed answered first: the option sized is the one that runs (the 16-bit weights when those are what runs) and has a
     * speed estimate. A speed question outside a diagnosis has SpeedAnswer's headline for that.
     */
    private static boolean slowDiagnosisWithSpeed(Understood u, Candidate c, Report r) {
        return slowOnly(r) && u.kind() == Intent.DIAGNOSE && c.onGpu() && c.tpsHigh() > 0
                && (!wide(u) || c.formatBits() >= 16);
    }

    /**
     * "Why is it so slow?" on a setup that fits with room to spare, answered as asked: the speed it gives by our estimate
     * first, with the speed they see held against it, then why memory is not the cause and what to check or change. A
     * speed within or above the estimate is what the hardware gives, so it points at fewer bytes per token, not at a fault.
     */
    private static String speedFirst(Understood u, Candidate c, Report r, String gpuText, boolean zh) {
        Double seen = r.tokensPerSecond();
        String n = seen == null ? null : SpeedAnswer.told(seen);
        boolean far = seen != null && SpeedAnswer.farBelow(r, c);
        String against = seen == null ? ""
                : r.has(Report.Symptom.SPEED_WISHED) ? (zh ? "；你想要的 " + n + " tokens/s " + (seen > c.tpsHigh() ? "高于这个范围" : "可以达到")
                        : "; the " + n + " tokens/s you want is " + (seen > c.tpsHigh() ? "above it" : "within reach"))
                : seen > c.tpsHigh() ? (zh ? "；你看到的 " + n + " tokens/s 比估算还快，没有什么拖慢它" : "; the " + n + " tokens/s you see is above it, so nothing holds it back")
                : seen >= c.tpsChatLow() ? (zh ? "；你看到的 " + n + " tokens/s 正是这套配置该有的速度" : "; the " + n + " tokens/s you see is what this setup gives")
                : !far ? (zh ? "；你看到的 " + n + " tokens/s 略低于这个范围，属于不同机器之间的正常差距" : "; the " + n + " tokens/s you see is a little below it, within the spread of real machines")
                : (zh ? "；你看到的 " + n + " tokens/s 远低于这个估算" : "; the " + n + " tokens/s you see is far below it");
        String model = wide(u) ? u.largestModel().name() + " " + (u.format() != null ? u.format().label() : zh ? "16 位" : "16-bit") : c.title();
        String need = num(needWithContext(u, c));
        boolean check = seen == null || far;
        return zh ? "按我们的估算，" + model + " 在这里约 " + c.tpsRange() + " tokens/s" + against + "。不是显存的问题：连同上下文约需 " + need + " GB，显存有 " + gpuText
                    + "，放得下还有余量；" + (check ? "如果速度远低于这个估算，先确认引擎把它全部放在了 GPU 上（GPU 层数、对应显卡的版本），再查引擎的版本和设置"
                    : "要更快，只能让每个 token 读的字节更少（更小的量化格式），或换显存带宽更高的显卡")
                : model + " runs at about " + c.tpsRange() + " tokens/s here by our estimate" + against + ". Not a memory problem: it needs about " + need
                    + " GB with its context and the GPU memory is " + gpuText + ", with room to spare; "
                    + (check ? "if it runs far below that estimate, check that the engine puts all of it on the GPU (its GPU layers, a build for your card), then its version and settings"
                    : "more speed takes fewer bytes read per token (a smaller, quantized format) or a GPU with more memory bandwidth");
    }

    /** "{model} has about N GB of weights and the GPU memory (or, with no GPU, the system RAM) is M". */
    private static String weightsOver(String model, double need, String memory, boolean ram, boolean zh) {
        return zh ? model + " 的权重约 " + num(need) + " GB，" + (ram ? "内存" : "显存") + "只有 " + memory
                : model + " has about " + num(need) + " GB of weights and the " + (ram ? "system RAM" : "GPU memory") + " is " + memory;
    }

    private static String num(double gb) {
        return gb >= 10 ? String.format(Locale.ROOT, "%.0f", gb) : String.format(Locale.ROOT, "%.1f", gb);
    }
}
