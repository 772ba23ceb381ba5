package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ExlQuant;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.sizing.engine.Remark;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One option the rules judge: a model in a weight format, placed on the user's hardware by the sizing
 * core. Sizes in GB (GiB) so rules read like the guidance ("totalGb > vramGb").
 *
 * @param tierB      the size tier of the guidance the model falls in (1.5, 7, 8, 14, 32, 70, 671 ...)
 * @param requested  the user named this model
 * @param gpuGb      what the GPUs hold; vramGb what they offer (memory less the display/driver reserve)
 * @param ramGb      what system RAM holds; ramCapacityGb what it may hold
 * @param engine         the engine id the candidate was sized for ("llama.cpp", "ollama", "vllm", ...; see {@link Engine#id()})
 * @param tensorParallel vLLM/SGLang/TGI tensor-parallel size (1 for the llama.cpp family)
 * @param pipelineParallel vLLM/SGLang pipeline-parallel size (1 for the llama.cpp family)
 * @param kvPoolGb       vLLM/SGLang/TGI: the KV-cache pool left on each GPU after weights and activations (0 otherwise)
 * @param kvTokens       tokens the KV cache holds: the pool's capacity for serving engines, context x parallel otherwise
 * @param engineMaxContext the longest context the engine serves on this machine (at most the model's maximum)
 * @param concurrency    requests of {@code context} tokens served at once (vLLM's "Maximum concurrency"; 1 for llama.cpp)
 * @param engineIssue    why the engine cannot run this candidate (placement NONE), or null; in English and Chinese
 * @param engineNotes    cautions about running it on this engine (FP8 fallback, replicated KV heads, wired memory...),
 *                       in English and Chinese
 * @param cpuMoeLayers   llama.cpp --n-cpu-moe: layers whose experts stay in RAM
 * @param gpuLayerSplit  layers per GPU, in device order (llama.cpp -ts)
 * @param kvCacheType    the KV-cache type sized: f16, q8_0, q4_0 (llama.cpp) or fp8 / auto (serving engines)
 * @param parallel       parallel sequences sized (Ollama OLLAMA_NUM_PARALLEL, llama.cpp -np)
 * @param hfRepo         the Hugging Face repository of the original weights, or null
 * @param ollamaTag      the Ollama library tag, or null
 * @param gpusNeeded     vLLM/SGLang: the fewest such GPUs that serve it at this context (0 when not computed)
 * @param published      the format is the one the original repository is published in (its checkpoint is hfRepo itself)
 * @param exl            the bit rate of an EXL2/EXL3 candidate, else null
 * @param remoteCodeClass the transformers Auto class the repository's own code registers (ModelEntry), loaded with
 *                       trust_remote_code; null when transformers ships the architecture
 * @param build          the maker's own quantized repository in this format (ModelEntry.Build), loaded and named as
 *                       such; null for any other candidate
 */
public record Candidate(
        String key,
        String modelId,
        String modelName,
        String family,
        double paramsB,
        double activeParamsB,
        boolean moe,
        Set<String> uses,
        Set<String> languages,
        double tierB,
        WeightFormat format,
        int formatBits,
        String formatQuality,
        boolean requested,
        int context,
        int maxContext,
        Placement placement,
        double fileGb,
        double weightsGb,
        double kvGb,
        double computeGb,
        double overheadGb,
        double totalGb,
        double gpuGb,
        double vramGb,
        double ramGb,
        double ramCapacityGb,
        int gpuLayers,
        int layers,
        boolean expertsInRam,
        double tpsLow,
        double tpsHigh,
        double tpsChatLow,
        String engine,
        int tensorParallel,
        int pipelineParallel,
        double kvPoolGb,
        long kvTokens,
        int engineMaxContext,
        double concurrency,
        Remark engineIssue,
        List<Remark> engineNotes,
        int cpuMoeLayers,
        List<Integer> gpuLayerSplit,
        String kvCacheType,
        int parallel,
        String hfRepo,
        String ollamaTag,
        int gpusNeeded,
        boolean published,
        ExlQuant exl,
        String remoteCodeClass,
        ModelEntry.Build build) {

    public Candidate {
        uses = uses == null ? Set.of() : Set.copyOf(uses);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        if (engine == null) engine = Engine.LLAMA_CPP.id();
        if (tensorParallel < 1) tensorParallel = 1;
        if (pipelineParallel < 1) pipelineParallel = 1;
        engineNotes = engineNotes == null ? List.of() : List.copyOf(engineNotes);
        gpuLayerSplit = gpuLayerSplit == null ? List.of() : List.copyOf(gpuLayerSplit);
        if (kvCacheType == null) kvCacheType = "f16";
        if (parallel < 1) parallel = 1;
        if (tpsChatLow <= 0) tpsChatLow = tpsLow;
    }

    /** A llama.cpp-family candidate without the engine-specific figures (the shape rules and tests were written for). */
    public Candidate(String key, String modelId, String modelName, String family, double paramsB, double activeParamsB, boolean moe,
                     Set<String> uses, Set<String> languages, double tierB, WeightFormat format, int formatBits, String formatQuality,
                     boolean requested, int context, int maxContext, Placement placement, double fileGb, double weightsGb, double kvGb,
                     double computeGb, double overheadGb, double totalGb, double gpuGb, double vramGb, double ramGb, double ramCapacityGb,
                     int gpuLayers, int layers, boolean expertsInRam, double tpsLow, double tpsHigh) {
        this(key, modelId, modelName, family, paramsB, activeParamsB, moe, uses, languages, tierB, format, formatBits, formatQuality,
                requested, context, maxContext, placement, fileGb, weightsGb, kvGb, computeGb, overheadGb, totalGb, gpuGb, vramGb, ramGb,
                ramCapacityGb, gpuLayers, layers, expertsInRam, tpsLow, tpsHigh, tpsLow, Engine.LLAMA_CPP.id(), 1, 1, 0, (long) context,
                Math.min(context, maxContext), 1, null, List.of(), 0, List.of(), "f16", 1, null, null, 0, false, null, null, null);
    }

    /** The format as the reply names it: "Q4_K_M", "EXL2 4.65 bpw". */
    public String formatLabel() {
        if (build != null) return build.label();
        return exl == null ? format.label() : format.label() + " " + exl.label();
    }

    /** The option as the reply names it: "Qwen3 14B Q4_K_M", "Llama 3.1 70B Instruct EXL2 4.65 bpw". */
    public String title() {
        return modelName + " " + formatLabel();
    }

    /** Whether this is the format the person named: the same format, and for EXL2/EXL3 the same rate when one was named. */
    public boolean asked(Ask ask) {
        return format == ask.format() && (ask.exl() == null || ask.exl().equals(exl));
    }

    /** Sized for a safetensors serving engine (vLLM, SGLang, TGI), whose KV cache is a pool of blocks. */
    public boolean servingEngine() {
        return engine.equals(Engine.VLLM.id()) || engine.equals(Engine.SGLANG.id()) || engine.equals(Engine.TGI.id());
    }

    /** Whether the engine flagged something about this candidate (a caution, not a refusal). */
    public boolean hasEngineNotes() { return !engineNotes.isEmpty(); }

    public boolean fits() { return placement != Placement.NONE; }

    /** A generic stand-in of the asked size: its architecture is typical, its limits are not the asked model's. */
    public boolean generic() { return ModelEntry.GENERIC_FAMILY.equals(family); }

    /** Entirely in GPU memory, on one card or several. */
    public boolean onGpu() { return placement == Placement.GPU || placement == Placement.MULTI_GPU; }

    /**
     * The weights plus 1 GB are below nine tenths of the GPU memory, the corpus' arithmetic for a model the cards hold
     * (engines keep about a tenth for their own buffers: README of eval/real-questions, rules J and K). Weights that take
     * more (6.8 GB of 8-bit weights on an 8 GB card) leave no room for any context, short or long.
     */
    public boolean weightsLeaveRoom() { return weightsGb() + 1 < 0.9 * vramGb(); }

    /** GPU memory left after loading; negative when it overflows. */
    public double headroomGb() { return vramGb - gpuGb; }

    /**
     * The point estimate of decode speed at the full context: the low end of the shown range over the fitted
     * low ratio (sizing.SpeedModel). Thresholds such as "too slow to chat" judge this, not the range's optimistic
     * 95th-percentile end.
     */
    public double tpsExpected() { return tpsLow / dev.llmadvisor.sizing.SpeedModel.FITTED.ratioLow(); }

    public boolean usedFor(String tag) { return uses.contains(tag); }

    /** gpu, multi_gpu, offload or none, as the JSON output and the scenarios name it (CPU-only runs count as offload). */
    public String placementName() {
        return switch (placement) {
            case GPU -> "gpu";
            case MULTI_GPU -> "multi_gpu";
            case OFFLOAD, CPU -> "offload";
            case NONE -> "none";
        };
    }

    public boolean speaks(String lang) { return languages.contains(lang); }

    /**
     * The expected decode speed of a short chat as a range, "8-12"; an end below two tokens a second in tenths ("0.3-0.5",
     * hundredths under 0.1: "0.04-0.2"), where whole numbers would read "0-0" or "1-1"; one figure when both ends round
     * alike. Its low end is not taken at the full context sized: few chats fill 32k, and a range from a full cache to an
     * empty one ("28-173") says little ({@link #slowsAtFullContext} tells the full-context speed apart).
     */
    public String tpsRange() {
        String low = tpsFigure(tpsChatLow), high = tpsFigure(tpsHigh);
        return low.equals(high) ? low : low + "-" + high;
    }

    /**
     * Whether decoding with the whole sized context in the KV cache is markedly slower than a short chat (the cache read
     * per token adds a quarter or more to the weights'), so the full-context speed is worth saying on its own.
     */
    public boolean slowsAtFullContext() {
        return tpsLow > 0 && tpsLow < FULL_CONTEXT_SLOWDOWN * tpsChatLow;
    }

    /** Full-context decode below this share of the short-chat speed is told apart ({@link #slowsAtFullContext}). */
    static final double FULL_CONTEXT_SLOWDOWN = 0.8;

    /**
     * The range with the whole sized context in the KV cache, as {@link #tpsRange} prints one: from the low end at full
     * context to the fitted high ratio over the full-context estimate (never above the short chat's high end).
     */
    public String tpsAtFullContext() {
        String low = tpsFigure(tpsLow), high = tpsFigure(Math.min(tpsHigh, tpsExpected() * dev.llmadvisor.sizing.SpeedModel.FITTED.ratioHigh()));
        return low.equals(high) ? low : low + "-" + high;
    }

    /** How much slower a filled context decodes than a short chat, as a share (0.4: 40 % slower). */
    public double fullContextSlowdown() { return tpsChatLow > 0 ? 1 - tpsLow / tpsChatLow : 0; }

    private static String tpsFigure(double tps) {
        return Numbers.fixed(tps, tps < 0.095 ? 2 : tps < 1.95 ? 1 : 0);
    }

    /** "per GPU (tp 2): 7.0 GB weights + 1.3 GB activations; KV pool 12.1 GB = 98,304 tokens (12.0 requests of 8k)". */
    private String servingArithmetic(boolean zh) {
        int gpus = tensorParallel * pipelineParallel;
        double w = weightsGb / gpus, act = (computeGb + overheadGb) / gpus;
        String split = gpus > 1 ? String.format(Locale.ROOT, zh ? "（tp %d × pp %d）" : " (tp %d x pp %d)", tensorParallel, pipelineParallel) : "";
        return String.format(Locale.ROOT, zh
                        ? "每张卡%s：权重 %.1f GB + 激活/运行时 %.1f GB；剩余 KV 池 %.1f GB = %,d tokens，可同时处理 %.1f 个 %,d tokens 的请求"
                        : "per GPU%s: %.1f GB weights + %.1f GB activations/runtime; KV pool %.1f GB = %,d tokens, %.1f requests of %,d tokens at once",
                split, w, act, kvPoolGb, kvTokens, concurrency, context);
    }

    /**
     * A context as people write it: 8192 is "8k", 2000 is "2k" (not "1k", which dividing by 1024 alone gives), 1048576 is
     * "1M", 3792 stays a number.
     */
    public static String contextLabel(int context) {
        if (context >= 1024 * 1024 && context % (1024 * 1024) == 0) return (context / (1024 * 1024)) + "M";
        if (context >= 1024 && context % 1024 == 0) return (context / 1024) + "k";
        if (context >= 1000 && context % 1000 == 0) return (context / 1000) + "k";
        return String.valueOf(context);
    }

    /** "9.0 GB weights + 1.3 GB KV at 8k + 0.6 GB buffers + 0.4 GB runtime = 11.3 of 16 GB". */
    public String arithmetic(Lang lang) {
        String ctx = contextLabel(context);
        boolean zh = lang == Lang.ZH;
        if (servingEngine() && engineIssue == null) return servingArithmetic(zh);
        String w = Numbers.fixed(weightsGb, 1), kv = Numbers.fixed(kvGb, 1), buf = Numbers.fixed(computeGb, 1),
                rt = Numbers.fixed(overheadGb, 1), tot = Numbers.fixed(totalGb, 1);
        // the runtime is the GPU backend's context: on the CPU alone it is nothing, and "+ 0.0 GB runtime" says nothing
        boolean runtime = !"0.0".equals(rt);
        String sum = zh
                ? "权重 " + w + " GB + KV 缓存 " + kv + " GB（" + ctx + " 上下文）+ 计算缓冲 " + buf + " GB" + (runtime ? " + 运行时 " + rt + " GB" : "") + " = " + tot + " GB"
                : w + " GB weights + " + kv + " GB KV at " + ctx + " + " + buf + " GB buffers" + (runtime ? " + " + rt + " GB runtime" : "") + " = " + tot + " GB";
        if (vramGb <= 0) return sum;
        String gpu = Numbers.fixed(gpuGb, 1), vram = Numbers.fixed(vramGb, 1), ram = Numbers.fixed(ramGb, 1);
        String where = switch (placement) {
            case GPU, MULTI_GPU -> zh ? "，占可用显存 " + gpu + " / " + vram + " GB" : ", " + gpu + " of " + vram + " GB usable VRAM";
            default -> zh ? "，占可用显存 " + gpu + " / " + vram + " GB，内存 " + ram + " GB" : ", " + gpu + " of " + vram + " GB usable VRAM + " + ram + " GB RAM";
        };
        return sum + where;
    }
}
