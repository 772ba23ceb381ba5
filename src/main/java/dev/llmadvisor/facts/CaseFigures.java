package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.Placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a diagnosis names, ready for the texts of {@link Cause}: what the log printed (layers, buffers,
 * the failed allocation, KV tokens, heads and tensor-parallel size, compute capability, speed), what the
 * person said, and our estimate for their model on their hardware. Placeholders are written {name}; a
 * placeholder without a value is replaced by a neutral word, never left in braces.
 */
public final class CaseFigures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]{0,39})}");

    private CaseFigures() { }

    /**
     * @param focus   our estimate for the setup the person runs, or null
     * @param bestGpu the best format of the same model that fits entirely on the GPU, or null
     * @param platform the kind of machine the person named (its GPU vendor decides how an engine reaches the GPU), or null
     */
    public static Map<String, String> of(LogFacts log, Setup setup, Candidate focus, Candidate bestGpu, Platform platform, Lang lang) {
        return of(log, setup, focus, bestGpu, platform, lang, 0);
    }

    /**
     * @param cardGb the GPU memory as the machine is sold with it (a Mac's whole unified memory), or 0: said beside the
     *               share an engine can use when that share is well below it, so "the 96.0 GB the GPU offers" is not read
     *               as the size of a 128 GB Mac
     */
    public static Map<String, String> of(LogFacts log, Setup setup, Candidate focus, Candidate bestGpu, Platform platform, Lang lang,
                                         double cardGb) {
        return of(log, setup, focus, bestGpu, platform, lang, cardGb, setup == null ? 0 : setup.gpuCount(), 0);
    }

    /**
     * @param countedGpus the GPUs the question counts ({@link Ask#gpuCount}): a setup's count above it and the log's was
     *                    raised by words alone ("多卡", "multiple GPUs" read as at least two), a floor for the rules that
     *                    the text says as "several", never as a number the person did not give
     * @param largestGb   the memory the largest of those GPUs offers ({@link Ask#largestGpuGb}), or 0: with {@code cardGb}
     *                    it tells equal cards from unequal ones, for an example split in their cards' proportion
     */
    public static Map<String, String> of(LogFacts log, Setup setup, Candidate focus, Candidate bestGpu, Platform platform, Lang lang,
                                         double cardGb, int countedGpus, double largestGb) {
        boolean zh = lang == Lang.ZH;
        LogFacts l = log == null ? LogFacts.NONE : log;
        Setup s = setup == null ? Setup.NONE : setup;
        Map<String, String> m = new HashMap<>();
        // an engine known only as "another" is "the engine" in a sentence, not "another engine keeps…"
        Engine named = named(l, s);
        m.put("engine", named != null ? named.display() : zh ? "推理引擎" : "the engine");
        // the engine that reserves its share of the GPU at start-up, and the setting of that share (UpFrontReservers)
        if (s.reserver() != null) {
            m.put("reserver", s.reserver().display());
            m.put("reserverKnob", zh ? s.reserver().knobZh() : s.reserver().knob());
            m.put("reserverFix", reserverFix(s.reserver(), zh));
        }
        int gpuLayers = l.gpuLayers();
        int all = l.allLayers();
        if (gpuLayers >= 0 && all > 0) {
            m.put("gpuLayers", String.valueOf(gpuLayers));
            m.put("layers", String.valueOf(all));
            m.put("cpuLayers", String.valueOf(l.cpuLayers()));
            m.put("offloaded", zh ? gpuLayers + "/" + all + " 层" : gpuLayers + " of " + all + " layers");
        } else if (l.cpuPercent() == 100) {
            // `ollama ps` alone, without the runner's layer lines: the whole model on the CPU
            m.put("offloaded", zh ? "0 层（ollama ps 显示 100% CPU）" : "none (ollama ps shows 100% CPU)");
        }
        m.put("onCpu", onCpu(l, zh));
        // ggml's own pool: both figures are that pool's, a few MB, so the reader sees they are not the GPU's memory
        m.put("poolFigures", l.ggmlPoolAvailableBytes() > 0
                ? (zh ? String.format(Locale.ROOT, "（需要 %,.0f 字节，池只有 %,.0f 字节）", l.ggmlPoolNeededBytes(), l.ggmlPoolAvailableBytes())
                      : String.format(Locale.ROOT, " (it needed %,.0f bytes and the pool holds %,.0f)", l.ggmlPoolNeededBytes(), l.ggmlPoolAvailableBytes()))
                : "");
        if (l.maxSeqLen() > 0) m.put("maxSeqLen", grouped(l.maxSeqLen()));
        if (l.kvTokens() > 0) {
            m.put("kvTokens", grouped(l.kvTokens()));
            m.put("maxLenFit", String.valueOf(fitLength(l.kvTokens())));
        }
        if (l.gpuBlocks() >= 0) m.put("gpuBlocks", String.valueOf(l.gpuBlocks()));
        m.put("util", l.gpuMemUtil() > 0 ? num(l.gpuMemUtil()) : "0.9");
        m.put("weightsPart", l.weightsGb() > 0 ? (zh ? "（权重占 " + num(l.weightsGb()) + " GB）" : " (" + num(l.weightsGb()) + " GB)") : "");
        m.put("tp", l.tpSize() > 0 ? String.valueOf(l.tpSize()) : l.tensorParallel() > 0 ? String.valueOf(l.tensorParallel()) : zh ? "这个数量的" : "that many");
        // a log that shows tensor-parallel size 1 proves the load on one card; without it that is the likely case, said as a
        // condition: a person who started it over several cards is not told they did not
        m.put("loadedOnOne", l.tensorParallel() == 1
                ? (zh ? "它是以张量并行大小 1 启动的，模型只加载到一张上，其他卡的显存用不上" : "it was started at tensor-parallel size 1, so the model was loaded on one and the other GPUs' memory is not used")
                : (zh ? "不开张量并行（分片）启动时，模型只加载到一张上，其他卡的显存用不上" : "unless it is started with tensor parallelism (sharding), the model is loaded on one and the other GPUs' memory is not used"));
        m.put("tpReason", tpReason(l, zh));
        m.put("tpChoices", tpChoices(l, s, zh));
        if (l.heads() > 0) m.put("heads", String.valueOf(l.heads()));
        m.put("gpu", l.gpuName() != null ? l.gpuName() : zh ? "这张显卡" : "this GPU");
        m.put("ccNeed", l.ccRequired() > 0 ? num(l.ccRequired()) : "?");
        // the log's figure, else the catalog's for the oldest card they name ("FlashAttention only supports Ampere" on a V100)
        m.put("ccHave", l.ccHave() > 0 ? num(l.ccHave()) : s.minComputeCapability() > 0
                ? String.format(java.util.Locale.ROOT, "%.1f", s.minComputeCapability()) : zh ? "更低的计算能力" : "less");
        // the oldest named card's compute capability and the engine's minimum (rule "The GPU is older than the engine supports")
        // one decimal, as NVIDIA writes compute capabilities ("5.0", not "5")
        if (s.minComputeCapability() > 0) m.put("oldCc", String.format(java.util.Locale.ROOT, "%.1f", s.minComputeCapability()));
        m.put("engineCc", String.format(java.util.Locale.ROOT, "%.1f", s.minEngineComputeCapability()));
        if (s.shortfall() != null) {
            // the format they run against their oldest card (rule "The card lacks what the format it runs needs")
            FormatSupport.Shortfall sf = s.shortfall();
            m.put("shortWhat", zh ? sf.requirement().whatZh() : sf.requirement().what());
            m.put("shortNeed", String.format(java.util.Locale.ROOT, "%.1f", sf.need()));
            m.put("shortHave", String.format(java.util.Locale.ROOT, "%.1f", sf.have()));
            m.put("shortGpu", sf.gpu());
            m.put("shortSource", sf.requirement().source());
            m.put("shortFix", shortfallFix(sf, zh));
        }
        m.put("unsupportedWhat", unsupportedWhat(l.unsupported(), zh));
        m.put("unsupportedFix", unsupportedFix(l.unsupported(), zh));
        if (l.paramsB() > 0) {
            m.put("paramsB", num(l.paramsB()));
            m.put("fp16Gib", gib(l.paramsB() * 1.863));
            m.put("q4Gib", gib(l.paramsB() * 0.56));
        }
        // Ollama's "unable to allocate CUDA0 buffer" prints no size: "a buffer", not a "?"
        m.put("alloc", l.allocFailMib() > 0 ? mib(l.allocFailMib()) : zh ? "一块缓冲" : "a buffer");
        if (l.metalLimitMib() > 0) {
            m.put("metalUsed", mib(l.metalUsedMib()));
            m.put("metalLimit", mib(l.metalLimitMib()));
        }
        m.put("device", l.allocFailDevice() >= 0 ? (zh ? "设备 " : "device ") + l.allocFailDevice() : zh ? "显卡" : "the GPU");
        if (l.triedMib() > 0) m.put("tried", mib(l.triedMib()));
        if (l.totalGib() > 0 || l.gpuMemGib() > 0) m.put("capacity", gib(l.totalGib() > 0 ? l.totalGib() : l.gpuMemGib()));
        if (l.freeMib() >= 0) m.put("free", mib(l.freeMib()));
        m.put("gpuRoom", gpuRoom(m.get("capacity"), m.get("free"), zh));
        if (l.otherProcessGib() > 0) m.put("otherProc", gib(l.otherProcessGib()));
        if (l.sysRequiredGib() > 0) {
            m.put("sysNeed", gib(l.sysRequiredGib()));
            m.put("sysHave", gib(l.sysAvailableGib()));
        }
        if (l.ollamaAvailableGib() > 0) m.put("available", gib(l.ollamaAvailableGib()));
        if (l.ollamaRequiredFullGib() > 0) m.put("requiredFull", gib(l.ollamaRequiredFullGib()));
        if (l.ollamaRequiredKvGib() > 0) m.put("requiredKv", gib(l.ollamaRequiredKvGib()));
        if (l.ollamaWeightsGib() > 0) m.put("weightsOllama", gib(l.ollamaWeightsGib()));
        if (l.ollamaMinimumGib() > 0) m.put("ollamaMinimum", gib(l.ollamaMinimumGib()));
        m.put("spread", gib(l.ollamaAvailableSpreadGib()));
        int ctx = l.nCtx() > 0 ? l.nCtx() : s.context();
        if (ctx > 0) m.put("nCtx", grouped(ctx));
        m.put("trainPart", l.nCtxTrain() <= 0 ? "" : zh ? "（" + grouped(l.nCtxTrain()) + " 个 token）" : " (" + grouped(l.nCtxTrain()) + " tokens)");
        m.put("batchPart", l.batchTokens() <= 0 ? "" : zh ? "（" + grouped(l.batchTokens()) + " 个 token）" : " of " + grouped(l.batchTokens()) + " tokens");
        // the example of a shorter context halves the one the cause is about: the log's or the person's, else the one our
        // estimate sized (a model's own 2k or 4k), so "lower the context, e.g. N" never names as much as it already is
        int halved = ctx > 0 ? ctx : focus != null ? focus.context() : 0;
        // (a context already short, lmdeploy's --session-len 500, halves too: a floor of 1,024 would name more than it is)
        m.put("halfCtx", halved > 0 ? grouped(Math.max(halved < 2048 ? 256 : 1024, halved / 2)) : "8192");
        // how to lower the context and quantize the KV cache in the engine they run (after halfCtx: the example uses it)
        m.put("ctxSetting", contextSetting(named, zh));
        // a program named but not one we know the settings of: its own setting, not llama.cpp's or vLLM's flags as if they were its own
        m.put("contextFix", contextFix(named == null && (s.engine() == Engine.OTHER || l.engine() == Engine.OTHER) ? Engine.OTHER : named,
                m.get("halfCtx"), zh));
        m.put("oneSlotPart", oneSlotPart(named, zh));
        m.put("lessMemoryFix", lessMemoryFix(named, s.reserver(), zh));
        m.put("ctxPart", ctx <= 0 ? "" : zh ? "（" + grouped(ctx) + " 个 token）" : " of " + grouped(ctx) + " tokens");
        String kv = l.kvMib() > 0 ? mib(l.kvMib()) : l.ollamaRequiredKvGib() > 0 ? gib(l.ollamaRequiredKvGib()) : null;
        m.put("kvPart", kv == null ? "" : zh ? "（" + kv + "）" : " (" + kv + ")");
        double tps = s.tokensPerSecond() > 0 ? s.tokensPerSecond() : l.tokensPerSecond();
        if (tps > 0) m.put("tps", num(tps));
        m.put("speedPart", tps <= 0 ? "" : zh ? "（" + num(tps) + " tokens/s）" : " (" + num(tps) + " tokens/s)");
        if (s.usedGb() > 0) m.put("used", gbs(s.usedGb()));
        if (l.startupFreeGib() > 0) {
            m.put("startupFree", gib(l.startupFreeGib()));
            m.put("startupWanted", gib(l.startupWantedGib()));
        }
        int visible = Math.max(l.visibleGpus(), l.gpuCount());
        if (visible > 0) m.put("visibleGpus", String.valueOf(visible));
        int gpus = Math.max(visible, s.gpuCount());
        boolean floorOnly = gpus > Math.max(visible, countedGpus);
        m.put("gpus", gpus > 0 && !floorOnly ? String.valueOf(gpus) : zh ? "多" : "several");
        m.put("tpSplit", gpus > 0 ? String.valueOf(tpSplit(l.heads(), gpus)) : zh ? "卡数" : "the GPU count");
        m.put("shardFix", shardFix(named, m.get("tpSplit"), zh));
        m.put("noGpuReason", l.noGpuReason() != null ? l.noGpuReason() : l.cpuBackendOnly()
                ? (zh ? "只加载了 CPU 后端，没有加载 GPU 后端" : "only the CPU backend was loaded, no GPU backend")
                : l.driverTooOld() ? (zh ? "NVIDIA 驱动比 CUDA 运行库旧" : "the NVIDIA driver is older than the CUDA runtime")
                : (zh ? "日志里没有显卡" : "no GPU in the log"));
        m.put("gpuFix", gpuFix(l, s, platform, focus, zh));
        // one card's memory, for an example split in their cards' size (the average when the cards differ)
        double perCardGb = cardGb > 0 && countedGpus > 0 ? cardGb / countedGpus : 0;
        m.put("splitFix", splitFix(named, perCardGb, tensorSplit(countedGpus, cardGb, largestGb), zh));
        m.put("unevenFix", unevenFix(s.engine(), perCardGb, zh));
        m.put("gpuLibsPart", gpuLibsPart(named, zh));
        m.put("reservePart", reservePart(named, zh));
        m.put("maxLenPart", maxLenPart(named, zh));
        m.put("quantizeFix", quantizeFix(named, platform, zh));
        m.put("hostRamFix", hostRamFix(named, zh));
        m.put("offloadFix", offloadFix(named, zh));
        if (focus != null) {
            m.put("model", focus.modelName());
            m.put("format", focus.formatLabel());
            m.put("total", gbs(focus.totalGb()));
            m.put("vram", usable(focus.vramGb(), cardGb, zh));
            m.put("weights", gbs(focus.weightsGb()));
            m.put("params", num(Math.round(focus.paramsB() * 10) / 10.0) + "B");
            m.put("fp16Weights", gbs(focus.paramsB() * 2));
            m.put("kvEst", gbs(focus.kvGb()));
            m.put("estimate", focus.title() + ": " + focus.arithmetic(lang));
        }
        m.put("smaller", bestGpu != null
                // a noun phrase: the rules say "use {smaller}, or …"
                ? (zh ? bestGpu.formatLabel() + "（" + smallerSize(bestGpu, true) + "，能完全放进显存）" : bestGpu.formatLabel() + " (" + smallerSize(bestGpu, false) + ", which fits entirely on the GPU)")
                : (zh ? "更小的量化" : "a smaller quant"));
        return m;
    }

    /**
     * Where an allocation failed, with the figures the error printed: a cut-off message ("Tried to allocate 448.00 MiB.
     * GPU") names neither the capacity nor the free memory. English a noun phrase, Chinese a bracket after the verb.
     */
    private static String gpuRoom(String capacity, String free, boolean zh) {
        if (capacity == null) return zh ? "" : "the GPU's memory";
        if (zh) return free == null ? "（显卡共 " + capacity + "）" : "（显卡共 " + capacity + "，空闲 " + free + "）";
        return free == null ? "the GPU's " + capacity : "the GPU's " + capacity + " (" + free + " free)";
    }

    /**
     * The size of the option offered: a serving engine's total is the share of the GPU it reserves and fills with KV cache
     * (the same for every format), so its weights tell the formats apart.
     */
    private static String smallerSize(Candidate c, boolean zh) {
        if (!c.servingEngine()) return gbs(c.totalGb());
        return zh ? "权重 " + gbs(c.weightsGb()) : gbs(c.weightsGb()) + " of weights";
    }

    /** Fills {placeholders}; one without a value becomes a neutral word rather than stay in braces. */
    public static String fill(String template, Map<String, String> figures) {
        if (template == null || template.indexOf('{') < 0) return template;
        Matcher mt = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (mt.find()) {
            String v = figures.get(mt.group(1));
            mt.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : "?"));
        }
        mt.appendTail(sb);
        return sb.toString();
    }

    private static String onCpu(LogFacts l, boolean zh) {
        if (l.cpuLayers() > 0) {
            return zh ? l.gpuLayers() + "/" + l.allLayers() + " 层在显存，" + l.cpuLayers() + " 层在内存里由 CPU 计算"
                    : l.gpuLayers() + " of " + l.allLayers() + " layers are on the GPU and " + l.cpuLayers() + " run from system RAM";
        }
        if (l.cpuPercent() > 0 && l.cpuPercent() < 100) {
            return zh ? "ollama ps 显示模型有 " + l.cpuPercent() + "% 在 CPU 上" : "ollama ps shows " + l.cpuPercent() + "% of the model on the CPU";
        }
        if (l.offloadedToCpu()) return zh ? "accelerate 把部分模块放到了 CPU 上" : "accelerate dispatched some modules to the CPU";
        return zh ? "部分模型在内存里由 CPU 计算" : "part of the model runs from system RAM";
    }

    /** A max length that fits a KV cache of {@code tokens}: rounded down to thousands (24,320 -> 24000). */
    static int fitLength(int tokens) {
        if (tokens >= 2000) return tokens / 1000 * 1000;
        return Math.max(256, tokens / 256 * 256);
    }

    private static String tpReason(LogFacts l, boolean zh) {
        if (l.heads() > 0) {
            return zh ? l.heads() + " 个注意力头不能被 " + l.tpSize() + " 整除" : "its " + l.heads() + " attention heads are not divisible by " + l.tpSize();
        }
        if (l.tpPowerOfTwo()) {
            return zh ? "它的张量并行只接受 2 的幂（2、4、8）张卡" : "its tensor parallelism takes only a power-of-two number of GPUs (2, 4, 8)";
        }
        if (l.shardOffQuantGroups()) {
            return zh ? "量化权重分到每张卡上的部分不是整数个量化分组（块）" : "each GPU's part of a quantized weight would not be a whole number of its quantization groups (blocks)";
        }
        if (l.tpSize() > 0) {
            return zh ? l.tpSize() + " 不能整除模型的专家数和注意力头数" : l.tpSize() + " does not divide the model's experts and attention heads";
        }
        return zh ? "权重（量化后的形状）不能平均切到这么多张卡上" : "the (quantized) weight shapes do not split evenly over that many GPUs";
    }

    /**
     * Tensor-parallel sizes that divide the heads, up to the GPUs there are (or 16), other than the one that failed; for a
     * quantized shard off its groups only smaller ones, as a larger size cuts the groups finer still.
     */
    static String tpChoices(LogFacts l, Setup s, boolean zh) {
        int gpus = Math.max(Math.max(l.visibleGpus(), l.gpuCount()), s.gpuCount());
        int failed = Math.max(l.tpSize(), l.tensorParallel());
        int limit = l.shardOffQuantGroups() && failed > 1 ? failed - 1 : gpus > 1 ? gpus : 16;
        List<String> ok = new ArrayList<>();
        if (l.heads() > 0) {
            for (int d = 2; d <= limit; d++) if (l.heads() % d == 0 && d != l.tpSize()) ok.add(String.valueOf(d));
        }
        if (ok.isEmpty()) {
            for (int d : new int[] {2, 4, 8}) if (d <= limit && d != l.tpSize() && d != l.tensorParallel()) ok.add(String.valueOf(d));
        }
        if (ok.isEmpty()) return zh ? "1（单卡）" : "1 (one GPU)";
        if (ok.size() == 1) return ok.get(0);
        String last = ok.remove(ok.size() - 1);
        return String.join(", ", ok) + (zh ? " 或 " : " or ") + last;
    }

    /**
     * The tensor-parallel size to advise over this many GPUs: the largest the heads divide by, or without the heads
     * the largest power of two, which common models' heads divide by (vLLM refuses a size that does not divide them:
     * 5 of 5 GPUs gives 4).
     */
    static int tpSplit(int heads, int gpus) {
        for (int d = gpus; d > 1; d--) {
            if (heads > 0 ? heads % d == 0 : Integer.bitCount(d) == 1) return d;
        }
        return 1;
    }

    /** What to do when the card lacks what the format needs: a format it runs, named for the format at hand. */
    public static String shortfallFix(FormatSupport.Shortfall sf, boolean zh) {
        String need = String.format(java.util.Locale.ROOT, "%.1f", sf.need());
        return switch (sf.requirement().format()) {
            case FP8 -> zh ? "改用 AWQ/GPTQ 4 位或 16 位版本，或用计算能力 " + need + " 以上的显卡（Ada、Hopper）；新版 vLLM 在 Ampere（8.0+）上可以用 Marlin 只按权重跑 FP8 checkpoint"
                    : "use an AWQ/GPTQ 4-bit or a 16-bit version of the model, or a GPU with compute capability " + need
                    + "+ (Ada, Hopper); newer vLLM runs FP8 checkpoints weight-only through Marlin on Ampere (8.0+)";
            case BF16 -> zh ? "用 float16 启动：vLLM 加 --dtype half" : "run in float16: vLLM --dtype half";
            default -> zh ? "改用这张卡能跑的格式（GPTQ，16 位，或 GGUF 配 llama.cpp / Ollama），或换计算能力 " + need + " 以上的显卡"
                    : "use a format this card runs (GPTQ, 16-bit, or a GGUF with llama.cpp / Ollama), or a GPU with compute capability " + need + " or higher";
        };
    }

    private static String unsupportedWhat(String what, boolean zh) {
        if (what == null) return zh ? "这个设置" : "this setup";
        return switch (what) {
            case "bf16" -> zh ? "bfloat16 权重" : "bfloat16";
            case "fp8" -> zh ? "FP8 计算" : "FP8 compute";
            case "flash-attn" -> "FlashAttention";
            case "soft-capping" -> zh ? "注意力 logit soft-capping（Gemma 2，需要 FlashAttention）" : "attention logit soft-capping (Gemma 2, through FlashAttention)";
            case "quantization" -> zh ? "这种量化格式的内核" : "this quantization method's kernels";
            case "triton" -> zh ? "Triton（torch.compile 和 vLLM 等引擎用的 GPU 编译器）" : "Triton, the GPU compiler of torch.compile and of engines such as vLLM,";
            default -> zh ? "这个引擎" : "this engine";
        };
    }

    private static String unsupportedFix(String what, boolean zh) {
        if (what == null) return zh ? "换一张更新的显卡" : "a newer GPU";
        return switch (what) {
            case "bf16" -> zh ? "用 float16 启动：vLLM 加 --dtype half（transformers 用 torch_dtype=torch.float16）"
                    : "run in float16: vLLM --dtype half (transformers: torch_dtype=torch.float16)";
            case "fp8" -> zh ? "改用 AWQ/GPTQ 4 位或 16 位版本，或用计算能力 8.9 以上的显卡（Ada、Hopper）"
                    : "use an AWQ/GPTQ 4-bit or a 16-bit version of the model, or a GPU with compute capability 8.9+ (Ada, Hopper)";
            case "flash-attn" -> zh ? "关闭 FlashAttention：transformers 用 attn_implementation=\"sdpa\"，vLLM 设 VLLM_ATTENTION_BACKEND=XFORMERS"
                    : "turn FlashAttention off: attn_implementation=\"sdpa\" in transformers, VLLM_ATTENTION_BACKEND=XFORMERS in vLLM";
            case "soft-capping" -> zh ? "用 Ampere 或更新的显卡，或改用在旧卡上也能跑 Gemma 2 的 llama.cpp / Ollama（transformers 用 attn_implementation=\"eager\"）"
                    : "an Ampere or newer GPU, or llama.cpp / Ollama, which run Gemma 2 on older cards (transformers: attn_implementation=\"eager\")";
            case "triton" -> zh ? "关掉 torch.compile（vLLM 本身要求计算能力 7.0 以上），或改用在这张卡上能跑的 llama.cpp / Ollama 跑 GGUF，或换计算能力 7.0 以上的显卡"
                    : "turn torch.compile off (vLLM itself needs compute capability 7.0+), or run a GGUF with llama.cpp / Ollama, which run on this card, or use a GPU of compute capability 7.0 or newer";
            case "quantization" -> zh ? "改用这张卡支持的格式（16 位，或 GGUF 配 llama.cpp / Ollama），或换计算能力够的显卡"
                    : "use a format this card runs (16-bit, or a GGUF with llama.cpp / Ollama), or a GPU with the compute capability it needs";
            default -> zh ? "换更新的显卡，或改用仍支持旧卡的 llama.cpp / Ollama" : "a newer GPU, or llama.cpp / Ollama, which still run on older cards";
        };
    }

    /** A CUDA build's or runtime's report that it found no device or driver (ggml_cuda_init, the CUDA runtime, Ollama's discovery). */
    private static final List<String> CUDA_UNREACHED = List.of("failed to initialize cuda", "no cuda-capable device",
            "found no nvidia driver", "no nvidia devices detected", "initializing cuda driver library");

    /**
     * How a serving engine is started split over the GPUs, in the engine the person runs (a TGI user is not told vLLM's
     * flag); vLLM's and TGI's both when it is another or not known.
     */
    static String shardFix(Engine engine, String n, boolean zh) {
        if (engine == Engine.TGI) return zh ? "TGI 加 --num-shard " + n : "--num-shard " + n + " with TGI";
        String tp = zh ? "--tensor-parallel-size " + n + "（需能整除注意力头数）" : "--tensor-parallel-size " + n + " (a divisor of the attention heads)";
        if (engine == Engine.VLLM || engine == Engine.SGLANG) return zh ? engine.display() + " 加 " + tp : tp + " with " + engine.display();
        return zh ? "vLLM/SGLang 加 " + tp + "，TGI 加 --num-shard " + n : tp + " with vLLM/SGLang, --num-shard " + n + " with TGI";
    }

    /** The example of --tensor-split where their cards are not known: two cards, one with three times the other's room. */
    static final String ANY_SPLIT = "3,1";

    /**
     * The --tensor-split example in their cards' proportion: "1,1" for two equal cards (an uneven example would tell them
     * to unbalance cards that are alike), two unequal cards by the memory each offers; {@link #ANY_SPLIT} otherwise.
     *
     * @param totalGb   the memory of all their cards together; {@code largestGb} that of the largest
     */
    static String tensorSplit(int cards, double totalGb, double largestGb) {
        if (cards < 2 || cards > 8 || largestGb <= 0 || totalGb <= 0) return ANY_SPLIT;
        if (Math.abs(totalGb - cards * largestGb) < 0.5 * cards) return String.join(",", Collections.nCopies(cards, "1"));
        return cards == 2 ? Math.round(largestGb) + "," + Math.round(totalGb - largestGb) : ANY_SPLIT;
    }

    /**
     * How to set the split over several cards by hand, in the engine the person runs: another engine's flag does not help
     * them. The common engines' settings when the engine is not known.
     *
     * @param cardGb the memory of one of their cards, or 0 when not known: transformers' max_memory example is then given
     *               in their cards' size (GPU 0 gets less: it also holds the activations), never more than a card holds
     * @param split  the --tensor-split example ({@link #tensorSplit})
     */
    static String splitFix(Engine engine, double cardGb, String split, boolean zh) {
        if (engine == null) {
            return zh ? "llama.cpp 用 --tensor-split（如 -ts " + split + "），Ollama 配合 OLLAMA_SCHED_SPREAD=1 设置 num_gpu，vLLM 在同型号卡上用 --tensor-parallel-size"
                    : "llama.cpp --tensor-split (e.g. -ts " + split + "), Ollama num_gpu with OLLAMA_SCHED_SPREAD=1, vLLM --tensor-parallel-size on equal cards";
        }
        return switch (engine) {
            case LLAMA_CPP -> zh ? "用 --tensor-split（-ts）按每张卡的空闲显存设比例（如 -ts " + split + "）"
                    : "--tensor-split (-ts) in proportion to each card's free memory (e.g. -ts " + split + ")";
            case OLLAMA -> zh ? "配合 OLLAMA_SCHED_SPREAD=1 设置 num_gpu" : "num_gpu with OLLAMA_SCHED_SPREAD=1";
            case VLLM, SGLANG -> zh ? "在同型号卡上用 --tensor-parallel-size" : "--tensor-parallel-size on equal cards";
            case TGI -> "--num-shard";
            // no braces in the example: a diagnosis text reads {name} as a placeholder
            case TRANSFORMERS -> {
                int first = cardGb > 0 ? Math.max(1, (int) Math.floor(cardGb * 0.8)) : 20;
                int rest = cardGb > 0 ? Math.max(1, (int) Math.floor(cardGb * 0.9)) : 24;
                yield zh ? "device_map=\"auto\" 配每张卡的 max_memory（如 0 号卡 " + first + "GiB、1 号卡 " + rest + "GiB）"
                        : "device_map=\"auto\" with max_memory per card (e.g. " + first + "GiB on GPU 0, " + rest + "GiB on GPU 1)";
            }
            case EXLLAMA -> zh ? "用 gpu_split 给每张卡设显存（GB）" : "gpu_split with each card's share in GB";
            default -> splitFix(null, 0, split, zh);
        };
    }

    /**
     * Where to check, after an update, that the GPU libraries came with it, for the engine the person runs: Ollama's lie
     * beside its binary, llama-cpp-python's come with how the wheel was built; both when the engine is another or unknown.
     */
    static String gpuLibsPart(Engine engine, boolean zh) {
        if (engine == Engine.OLLAMA) return zh ? "（程序旁的 lib/ollama/cuda_*）" : " (lib/ollama/cuda_* next to the binary)";
        return zh ? "（Ollama：程序旁的 lib/ollama/cuda_*；llama-cpp-python：用 CMAKE_ARGS=\"-DGGML_CUDA=on\" 重新安装）"
                : " (Ollama: lib/ollama/cuda_* next to the binary; llama-cpp-python: reinstall with CMAKE_ARGS=\"-DGGML_CUDA=on\")";
    }

    /**
     * What a setup that fails where another runs can reserve less of, in the engine's own settings: vLLM's CUDA graphs and
     * memory share, Ollama's GPU layers; both when the engine is another or unknown.
     */
    static String reservePart(Engine engine, boolean zh) {
        if (engine == Engine.VLLM) return zh ? "（--enforce-eager、调低 --gpu-memory-utilization）" : " (--enforce-eager, a lower --gpu-memory-utilization)";
        if (engine == Engine.OLLAMA) return zh ? "（num_gpu）" : " (num_gpu)";
        return zh ? "（vLLM：--enforce-eager、调低 --gpu-memory-utilization；Ollama：num_gpu）"
                : " (vLLM: --enforce-eager, a lower --gpu-memory-utilization; Ollama: num_gpu)";
    }

    /**
     * vLLM's cap on the length one request can take, added to the fixes for an input too large: a PyTorch out-of-memory
     * is printed by vLLM too, but a transformers user has no such flag.
     */
    static String maxLenPart(Engine engine, boolean zh) {
        if (engine == Engine.TRANSFORMERS) return "";
        return zh ? "；vLLM 则调小 --max-model-len" : "; with vLLM lower --max-model-len";
    }

    /**
     * How to move load off the one card of several that ran out: the engine's own split setting when it is known
     * ({@link #splitFix}); the common engines' ways, each with its own setting, when it is not. {@code cardGb} 0: the
     * card's memory is not known.
     */
    static String unevenFix(Engine engine, double cardGb, boolean zh) {
        if (engine != null && engine != Engine.OTHER) return splitFix(engine, cardGb, ANY_SPLIT, zh) + (zh ? "，给这张卡少分一些" : ", giving that card less");
        return zh ? "llama.cpp/KoboldCpp 用 --tensor-split（如 -ts 1,3）或少放几层，Ollama 调低 num_gpu，transformers 的 device_map 给每张卡设 max_memory 或用 \"balanced_low_0\"，ExLlama 给它设更小的 gpu_split"
                : "llama.cpp/KoboldCpp --tensor-split (e.g. -ts 1,3) or fewer GPU layers, Ollama a lower num_gpu, transformers device_map with max_memory per card or \"balanced_low_0\", ExLlama a smaller gpu_split for it";
    }

    /**
     * How to load a model quantized in the engine the person runs: a GGUF does not help a vLLM user, nor load_in_4bit an
     * Ollama one. The common engines' ways when the engine is not known, of those that run on the machine: bitsandbytes and
     * vLLM need a CUDA GPU, so a Mac is told of MLX and GGUF, and a machine without a GPU of GGUF.
     */
    static String quantizeFix(Engine engine, Platform platform, boolean zh) {
        if (engine == null && platform == Platform.APPLE) return zh ? "MLX：4 位或 8 位的 MLX 版本（mlx_lm.convert -q）；llama.cpp/Ollama：Q4_K_M GGUF"
                : "with MLX, a 4-bit or 8-bit MLX conversion (mlx_lm.convert -q); with llama.cpp/Ollama, a Q4_K_M GGUF";
        if (engine == null && platform != null && platform.onCpu()) return zh ? "llama.cpp/Ollama：Q4_K_M GGUF" : "with llama.cpp/Ollama, a Q4_K_M GGUF";
        if (engine == null) return zh ? "transformers 配 bitsandbytes：load_in_8bit=True 或 load_in_4bit=True；vLLM：AWQ/GPTQ 权重；llama.cpp/Ollama：Q4_K_M GGUF"
                : "with transformers and bitsandbytes, load_in_8bit=True or load_in_4bit=True; with vLLM, an AWQ/GPTQ checkpoint; with llama.cpp/Ollama, a Q4_K_M GGUF";
        return switch (engine) {
            case TRANSFORMERS -> zh ? "transformers 配 bitsandbytes：load_in_8bit=True 或 load_in_4bit=True，或用模型的 int4/AWQ/GPTQ 版本"
                    : "with transformers, load_in_8bit=True or load_in_4bit=True (bitsandbytes), or the model's int4/AWQ/GPTQ release";
            // vLLM engine arguments: --quantization fp8 quantizes the 16-bit weights as they load
            case VLLM, SGLANG -> zh ? engine.display() + "：AWQ/GPTQ 权重，或加 --quantization fp8"
                    : "with " + engine.display() + ", an AWQ/GPTQ checkpoint, or --quantization fp8";
            case TGI -> zh ? "TGI：AWQ/GPTQ 权重配 --quantize awq / gptq，或 --quantize bitsandbytes-nf4"
                    : "with TGI, an AWQ/GPTQ checkpoint with --quantize awq / gptq, or --quantize bitsandbytes-nf4";
            case LLAMA_CPP, OLLAMA, LM_STUDIO -> zh ? engine.display() + "：Q4_K_M GGUF" : "with " + engine.display() + ", a Q4_K_M GGUF";
            case MLX -> zh ? "MLX：4 位或 8 位的 MLX 版本（mlx_lm.convert -q）" : "with MLX, a 4-bit or 8-bit MLX conversion (mlx_lm.convert -q)";
            case EXLLAMA -> zh ? "ExLlama：4-5 bpw 的 EXL2 或 GPTQ 版本" : "with ExLlama, an EXL2 or GPTQ quant at 4-5 bits per weight";
            default -> quantizeFix(null, platform, zh);
        };
    }

    /**
     * The setting that sets the context in the engine the person runs: Ollama's num_ctx means nothing to a vLLM user, nor
     * --max-model-len to an Ollama one. The common engines' settings when the engine is not known. transformers has no
     * context setting: its KV cache grows with the input and the reply.
     */
    static String contextSetting(Engine engine, boolean zh) {
        if (engine == null) return "-c / num_ctx / --max-model-len / max_seq_len";
        return switch (engine) {
            case LLAMA_CPP -> "-c";
            case OLLAMA -> "num_ctx / OLLAMA_CONTEXT_LENGTH";
            case LM_STUDIO -> zh ? "加载设置里的 Context Length" : "Context Length in the load settings";
            case VLLM -> "--max-model-len";
            case SGLANG -> "--context-length";
            case TGI -> "--max-total-tokens";
            case TRANSFORMERS -> zh ? "输入长度加 max_new_tokens" : "the input's length plus max_new_tokens";
            case MLX -> "--max-kv-size";
            case EXLLAMA -> "max_seq_len";
            default -> contextSetting(null, zh);
        };
    }

    /**
     * How to quantize the KV cache in that engine (llama.cpp -ctk/-ctv with flash attention; Ollama's environment; vLLM and
     * SGLang --kv-cache-dtype; transformers' quantized cache; ExLlama's Q4/Q8 cache), or null where it has no such setting.
     */
    static String kvQuantSetting(Engine engine, boolean zh) {
        if (engine == null) return zh ? "llama.cpp 用 -ctk q8_0 -ctv q8_0 并开 -fa；Ollama 用 OLLAMA_KV_CACHE_TYPE=q8_0；vLLM 用 --kv-cache-dtype fp8"
                : "llama.cpp -ctk q8_0 -ctv q8_0 with -fa; Ollama OLLAMA_KV_CACHE_TYPE=q8_0; vLLM --kv-cache-dtype fp8";
        return switch (engine) {
            case LLAMA_CPP -> zh ? "-ctk q8_0 -ctv q8_0 并开 -fa" : "-ctk q8_0 -ctv q8_0 with -fa";
            case OLLAMA -> zh ? "OLLAMA_KV_CACHE_TYPE=q8_0 并设 OLLAMA_FLASH_ATTENTION=1" : "OLLAMA_KV_CACHE_TYPE=q8_0 with OLLAMA_FLASH_ATTENTION=1";
            case VLLM -> "--kv-cache-dtype fp8";
            case SGLANG -> "--kv-cache-dtype fp8_e5m2";
            case TRANSFORMERS -> zh ? "generate() 里设 cache_implementation=\"quantized\"" : "cache_implementation=\"quantized\" in generate()";
            case EXLLAMA -> zh ? "Q4 或 Q8 缓存" : "a Q4 or Q8 cache";
            case OTHER -> kvQuantSetting(null, zh);
            default -> null;
        };
    }

    /**
     * Lower the context, with an example length, or quantize the KV cache: each in the engine's own setting; for another
     * program (OTHER), in its own setting, the common engines' flags named only as what that setting is called there.
     */
    static String contextFix(Engine engine, String example, boolean zh) {
        if (engine == Engine.OTHER) {
            return zh ? "在所用程序自己的设置里调小上下文（如 " + example + "；llama.cpp 里是 -c，vLLM 里是 --max-model-len），它支持的话也可以量化 KV 缓存"
                    : "lower the context in the program's own setting (e.g. " + example + "; llama.cpp calls it -c, vLLM --max-model-len), or quantize the KV cache where it offers that";
        }
        String kv = kvQuantSetting(engine, zh);
        if (zh) return "调小上下文（" + contextSetting(engine, true) + "，如 " + example + "）" + (kv == null ? "" : "，或量化 KV 缓存（" + kv + "）");
        return "lower the context (" + contextSetting(engine, false) + ", e.g. " + example + ")" + (kv == null ? "" : " or quantize the KV cache (" + kv + ")");
    }

    /**
     * The engine whose settings the person changes, or null when it is not known (or known only as another one): the log's,
     * else the one named; but Ollama and LM Studio run llama.cpp inside and their logs show its lines, so there the app named
     * is the one (-ngl or a CUDA build is nothing an LM Studio user can pass).
     */
    static Engine named(LogFacts l, Setup s) {
        Engine said = s.engine() == Engine.OTHER ? null : s.engine();
        Engine shown = l.engine() == Engine.OTHER ? null : l.engine();
        if (said != null && said.runsGguf() && shown == Engine.LLAMA_CPP) return said;
        return shown != null ? shown : said;
    }

    /**
     * What to lower meanwhile so a model that fitted before an update loads again: the share an engine reserves up front
     * ({@link UpFrontReservers}), else the GPU layers and context in the engine's own settings.
     */
    /**
     * How to leave more room outside an engine's up-front reservation, in that engine's own settings: its share lowered,
     * and the length and batch it sizes the reservation for (each engine's documented arguments).
     */
    static String reserverFix(UpFrontReservers.Reserver r, boolean zh) {
        return switch (r.display()) {
            case "vLLM" -> zh ? "调低这个比例（--gpu-memory-utilization，如 0.7-0.8）以及它据以预留的最大长度和并发数（--max-model-len、--max-num-seqs）；加 --enforce-eager 可不捕获 CUDA graph"
                    : "lower that share (--gpu-memory-utilization, e.g. 0.7-0.8) and the maximum length and sequences it sizes for (--max-model-len, --max-num-seqs); --enforce-eager skips the CUDA graphs";
            case "SGLang" -> zh ? "调低这个比例（--mem-fraction-static，如 0.7-0.8）以及最大长度和并发请求数（--context-length、--max-running-requests）；加 --disable-cuda-graph 可不捕获 CUDA graph"
                    : "lower that share (--mem-fraction-static, e.g. 0.7-0.8) and the maximum length and requests it sizes for (--context-length, --max-running-requests); --disable-cuda-graph skips the CUDA graphs";
            case "TGI" -> zh ? "调低这个比例（--cuda-memory-fraction，如 0.8）以及它据以预留的 token 数（--max-batch-total-tokens、--max-total-tokens）"
                    : "lower that share (--cuda-memory-fraction, e.g. 0.8) and the tokens it sizes for (--max-batch-total-tokens, --max-total-tokens)";
            case "LMDeploy" -> zh ? "调低这个比例（--cache-max-entry-count，如 0.2-0.5）以及会话长度和批量（--session-len、--max-batch-size）"
                    : "lower that share (--cache-max-entry-count, e.g. 0.2-0.5) and the session length and batch it sizes for (--session-len, --max-batch-size)";
            case "TensorRT-LLM" -> zh ? "调低这个比例（KvCacheConfig 的 free_gpu_memory_fraction，如 0.7-0.8）以及最大长度和批量（max_seq_len、max_batch_size）"
                    : "lower that share (KvCacheConfig free_gpu_memory_fraction, e.g. 0.7-0.8) and the maximum length and batch it sizes for (max_seq_len, max_batch_size)";
            default -> zh ? "调低这个比例（" + r.knobZh() + "，如 0.7-0.8）以及它据以预留的最大长度和并发数"
                    : "lower that share (" + r.knob() + ", e.g. 0.7-0.8) and the maximum length and requests it sizes for";
        };
    }

    static String lessMemoryFix(Engine engine, UpFrontReservers.Reserver reserver, boolean zh) {
        if (reserver != null) return zh ? "调低它预留的显存比例（" + reserver.knobZh() + "）或最大长度" : "lower the share it reserves (" + reserver.knob() + ") or the maximum length";
        if (engine == null) return zh ? "略微减少 GPU 层数（num_gpu / -ngl）或上下文" : "lower the GPU layers a little (num_gpu / -ngl) or the context";
        return switch (engine) {
            case OLLAMA -> zh ? "略微调低 num_gpu 或 num_ctx" : "lower num_gpu a little, or num_ctx";
            case LLAMA_CPP -> zh ? "略微调低 -ngl 或 -c" : "lower -ngl a little, or -c";
            case LM_STUDIO -> zh ? "略微调低 GPU offload 或 Context Length" : "lower GPU offload a little, or the Context Length";
            default -> zh ? "调小上下文（" + contextSetting(engine, true) + "）" : "lower the context (" + contextSetting(engine, false) + ")";
        };
    }

    /**
     * Keep one parallel slot, each of which holds a whole context of KV cache: Ollama's OLLAMA_NUM_PARALLEL, llama-server's
     * -np. Empty for engines without such slots.
     */
    static String oneSlotPart(Engine engine, boolean zh) {
        if (engine == null) return zh ? "，并只开一个并行槽位（Ollama：OLLAMA_NUM_PARALLEL=1；llama.cpp：-np 1）" : ", and keep one parallel slot (Ollama OLLAMA_NUM_PARALLEL=1, llama.cpp -np 1)";
        return switch (engine) {
            case OLLAMA -> zh ? "，并保持 OLLAMA_NUM_PARALLEL=1" : ", and keep OLLAMA_NUM_PARALLEL=1";
            case LLAMA_CPP -> zh ? "，并只开一个槽位（-np 1）" : ", and keep one slot (-np 1)";
            default -> "";
        };
    }

    /**
     * How to run weights larger than the GPU in the engine the person runs: the llama.cpp family keeps layers in RAM; vLLM
     * only when told to (--cpu-offload-gb, engine args); transformers by device_map with max_memory; the engines that keep
     * the whole model on the GPU ({@link Engine#keepsModelOnGpu}) need more GPU memory, or another engine.
     */
    static String offloadFix(Engine engine, boolean zh) {
        if (engine == Engine.VLLM) return zh ? "用 --cpu-offload-gb 把一部分权重放到内存（慢得多）" : "move part of the weights to RAM with --cpu-offload-gb (much slower)";
        if (engine == Engine.TRANSFORMERS) return zh ? "用 device_map=\"auto\" 配 max_memory 把其余的层放到内存（会变慢）"
                : "put the rest in RAM with device_map=\"auto\" and max_memory (slower)";
        if (engine != null && engine.keepsModelOnGpu()) return zh ? "加显存（更多或更大的显卡）：" + engine.display() + " 把整个模型放在显卡上；或换能把部分层放在内存里的引擎（llama.cpp、Ollama；会变慢）"
                : "more GPU memory (more or larger GPUs): " + engine.display() + " keeps the whole model on the GPU; or an engine that keeps part of the layers in RAM (llama.cpp, Ollama; slower)";
        String layers = layersSetting(engine, zh);
        return zh ? "少放几层到显卡（" + layers + "），其余留在内存（会变慢）" : "put fewer layers on the GPU (" + layers + ") and the rest in RAM (slower)";
    }

    /** The setting for the layers put on the GPU in the llama.cpp family, as the person sets it; the three when not known. */
    static String layersSetting(Engine engine, boolean zh) {
        if (engine == null) return zh ? "-ngl / num_gpu / LM Studio 的 GPU Offload" : "-ngl / num_gpu / LM Studio's GPU Offload";
        return switch (engine) {
            case LLAMA_CPP -> "-ngl";
            case OLLAMA -> "num_gpu";
            case LM_STUDIO -> zh ? "加载设置里的 GPU Offload" : "GPU Offload in the load settings";
            default -> zh ? "它的 GPU 层数设置" : "its GPU layers setting";
        };
    }

    /**
     * How to need less system RAM while the weights load: transformers reads the shards into RAM unless told to place them
     * one by one; vLLM also reserves CPU swap space per GPU (--swap-space, 4 GiB by default).
     */
    static String hostRamFix(Engine engine, boolean zh) {
        if (engine == Engine.VLLM) return zh ? "启动时加 --swap-space 0 或 1（vLLM 默认给每张卡预留 4 GiB 内存做 CPU 交换空间），调小 --max-num-seqs"
                : "start vLLM with --swap-space 0 or 1 (it reserves 4 GiB of RAM per GPU for CPU swap by default) and a smaller --max-num-seqs";
        return zh ? "加载时用 low_cpu_mem_usage=True 和 device_map=\"auto\"，让分片逐个放到显卡上"
                : "load with low_cpu_mem_usage=True and device_map=\"auto\" so the shards go to the GPU one by one";
    }

    private static String gpuFix(LogFacts l, Setup s, Platform platform, Candidate focus, boolean zh) {
        String reason = l.noGpuReason() == null ? "" : l.noGpuReason().toLowerCase(Locale.ROOT);
        if ((reason.contains("avx") || reason.contains("vector extensions")) && l.gpuRefused()) {
            return zh ? "这颗 CPU 没有 AVX，而预编译的 GPU 运行库需要 AVX，这个版本里没有设置能绕过：从源码编译（-DGGML_AVX=off），或换一台有 AVX 的 CPU"
                    : "this CPU lacks AVX, which the prebuilt GPU runner needs, and no setting of this install works around it: build from source with -DGGML_AVX=off, or run on a CPU with AVX";
        }
        // the build carries no ROCm code the card can be pointed at (LogReader reads the refusal): another build, not a setting
        if (reason.contains("amdgpu") && l.gpuRefused()) {
            return zh ? "这个 Ollama 版本的 ROCm 库里没有这张卡能用的代码，也没有覆盖设置能指到同系列的受支持型号：换一个支持列表里有这张卡 gfx 架构的版本（新版本会加入新卡），或用为它编译的社区版本（如 Windows 上的 ollama-for-amd），或用 Vulkan 后端（llama.cpp 的 Vulkan 版本能在大多数 AMD 卡上运行）"
                    : "this Ollama build's ROCm libraries carry no code the card can use, and no override points it at a supported target of its family here: use a release whose supported list holds the card's gfx target (newer releases add cards), a community build for it (such as ollama-for-amd on Windows), or a Vulkan backend (llama.cpp's Vulkan build runs on most AMD cards)";
        }
        if (reason.contains("avx") || reason.contains("vector extensions")) {
            return zh ? "这颗 CPU 没有 AVX，而预编译的 GPU 运行库需要 AVX：从源码编译（-DGGML_AVX=off），或在虚拟机里把 AVX 透传给客户机"
                    : "this CPU lacks AVX, which the prebuilt GPU runner needs: build from source with -DGGML_AVX=off, or pass AVX through to the VM";
        }
        if (l.driverTooOld()) {
            return zh ? "升级 NVIDIA 驱动（nvidia-smi 显示它支持的最高 CUDA 版本），或换用与驱动匹配的 CUDA 版本"
                    : "update the NVIDIA driver (nvidia-smi shows the newest CUDA it supports), or use a build for the CUDA version the driver has";
        }
        // the CUDA build or runtime is there and the GPU is not reachable: another build will not help, the driver or the
        // container's access to the card will (a GPU-less container, a driver updated without a reboot)
        if (GpuStack.of(platform) == GpuStack.NVIDIA && CUDA_UNREACHED.stream().anyMatch(reason::contains)) {
            return zh ? "CUDA 版本已经在用，但找不到显卡：先确认 nvidia-smi 能正常显示显卡（安装或更新 NVIDIA 驱动，更新后重启）；在 Docker 里要装 NVIDIA Container Toolkit 并加 --gpus all 运行；WSL 里用 Windows 端的驱动"
                    : "the CUDA build is there but cannot reach the GPU: check that nvidia-smi shows the card (install or update the NVIDIA driver, and reboot after an update); in Docker, install the NVIDIA Container Toolkit and run with --gpus all; under WSL, the Windows driver provides it";
        }
        // llama.cpp's command line shows no -ngl: the build may well reach the GPU, the run puts nothing there (a Metal
        // build offloads every layer by default). A build from b6325 on puts the layers there by itself, so the flag is no
        // fix for it; with no build shown, both are said.
        if (l.engine() == Engine.LLAMA_CPP && l.llamaCommand() && !l.nglGiven() && !l.noGpu() && !l.cpuBackendOnly() && platform != Platform.APPLE
                && !l.noNglMeansGpu()) {
            // a model our estimate splits: -ngl 99 asks for every layer, and one larger than the card then runs out of memory
            if (l.noNglMeansCpu() && focus != null && focus.placement() == Placement.OFFLOAD && focus.gpuLayers() > 0
                    && focus.gpuLayers() < focus.layers()) {
                int n = focus.gpuLayers();
                return zh ? "命令行里没有设置 GPU 层数：加 -ngl " + n + " 把放得下的层放到显卡（按我们的估算约 " + n + "/" + focus.layers()
                            + " 层，全部放不下；llama-cpp-python：n_gpu_layers=" + n + "）"
                        : "the command line sets no GPU layers: pass -ngl " + n + " to put the layers that fit on the GPU (about " + n + " of "
                            + focus.layers() + " by our estimate: all of them do not fit; llama-cpp-python: n_gpu_layers=" + n + ")";
            }
            if (l.noNglMeansCpu()) {
                return zh ? "命令行里没有设置 GPU 层数：加 -ngl 99 把所有层放到显卡（llama-cpp-python：n_gpu_layers=-1）"
                        : "the command line sets no GPU layers: pass -ngl 99 to put every layer on the GPU (llama-cpp-python: n_gpu_layers=-1)";
            }
            return zh ? "命令行里没有设置 GPU 层数：b6325 之前的版本要加 -ngl 99 才把所有层放到显卡；更新的版本默认就会放，若日志里仍没有层在显卡上，说明这个版本没找到显卡（换用 CUDA、ROCm 或 Vulkan 版本，并看启动日志是否列出显卡）"
                    : "the command line sets no GPU layers: a build older than b6325 needs -ngl 99 to put every layer on the GPU; newer builds do it by default, so if the log still shows no layer there, the build did not find the GPU (use a CUDA, ROCm or Vulkan build and check that its start-up log lists the card)";
        }
        if (s.intelMac()) return zh ? INTEL_MAC_ZH : INTEL_MAC;
        Engine e = named(l, s);
        if (e == null && (l.engine() == Engine.OTHER || s.engine() == Engine.OTHER)) e = Engine.OTHER;
        return GpuStack.of(platform).fix(e, zh);
    }

    /**
     * An Intel Mac's Radeon: no ROCm on macOS, no GPU path in Ollama's macOS build for it (dhiltgen, ollama #7018: "We're
     * tracking MacOS x86 Radeon GPU support with #1016"); llama.cpp's Metal build can reach it, with mixed results (ollama
     * #1016: a 6950 XT at 2.8 tokens/s through Metal); Ollama's Linux ROCm build supports the Radeons on its list.
     */
    private static final String INTEL_MAC = "on an Intel Mac, Ollama runs on the CPU only (Radeon support on macOS is tracked in ollama #1016) and ROCm does not run on macOS; llama.cpp built with Metal can put layers on the Radeon (-ngl 99), though reports find it no faster than the CPU on some cards; under Linux, Ollama's ROCm build runs the Radeons on its list";
    private static final String INTEL_MAC_ZH = "Intel 芯片的 Mac 上，Ollama 只用 CPU 运行（macOS 上的 Radeon 支持见 ollama #1016），ROCm 也不支持 macOS；用 Metal 编译的 llama.cpp 可以把层放到 Radeon 上（-ngl 99），但有报告说在部分显卡上并不比 CPU 快；装 Linux 后，Ollama 的 ROCm 版本支持其列表上的 Radeon 显卡";

    /** An app other than the engines listed (GPT4All, KoboldCpp, Jan…): its own GPU setting and bundled backends. */
    private static final String OTHER_APP = "set the app to run on the GPU (its device, GPU offload or GPU layers setting) and check that it finds the card: its log or settings name the backend it loaded (CUDA, ROCm, Vulkan or Metal)";
    private static final String OTHER_APP_ZH = "在应用里设置用显卡运行（设备、GPU offload 或 GPU 层数选项），并确认它找到了显卡：日志或设置里会写明加载的后端（CUDA、ROCm、Vulkan 或 Metal）";

    /**
     * How each maker's GPU is reached: by Ollama, by llama.cpp (LM Studio bundles it) and by PyTorch. AMD: Ollama's ROCm
     * runner supports only the Radeon models on its list, a card off it can be pointed at the closest supported target on
     * Linux, and its Vulkan backend covers most others (Ollama's docs/gpu.md, "AMD Radeon", "Overrides on Linux", "Vulkan
     * GPU Support"); llama.cpp builds for HIP, SYCL or Vulkan (its docs/build.md); PyTorch has ROCm and XPU builds.
     */
    private enum GpuStack {
        NVIDIA("check the NVIDIA driver and that Ollama loads its CUDA runner (OLLAMA_DEBUG=1 shows why not); reinstall Ollama if its GPU libraries are missing",
                "检查 NVIDIA 驱动和 Ollama 的 CUDA 运行库是否加载（设 OLLAMA_DEBUG=1 看原因），必要时重装 Ollama",
                "use a CUDA build of llama.cpp (cmake -DGGML_CUDA=ON, or a CUDA release) and pass -ngl 99 to put every layer on the GPU (llama-cpp-python: reinstall with CMAKE_ARGS=\"-DGGML_CUDA=on\" and set n_gpu_layers=-1)",
                "用带 CUDA 的 llama.cpp（cmake -DGGML_CUDA=ON，或 CUDA 版发行包），并加 -ngl 99 把所有层放到显卡（llama-cpp-python：CMAKE_ARGS=\"-DGGML_CUDA=on\" 重装，n_gpu_layers=-1）",
                "check that PyTorch is a CUDA build and sees the GPU (torch.cuda.is_available())",
                "确认 PyTorch 是 CUDA 版本且能看到显卡（torch.cuda.is_available()）"),
        AMD("Ollama reaches AMD cards through ROCm, which supports only the Radeon models on its list (RX 6800 and up, the RX 7000 and 9000 series; fewer on Windows); on Linux a card off the list can often be pointed at the closest supported target with HSA_OVERRIDE_GFX_VERSION (10.3.0 for RDNA2 cards such as the RX 6600 or 6700 XT), otherwise install the Vulkan driver so Ollama's Vulkan backend runs it; OLLAMA_DEBUG=1 shows why it chose the CPU",
                "Ollama 通过 ROCm 使用 AMD 显卡，只支持它列出的 Radeon 型号（RX 6800 及以上、RX 7000/9000 系列，Windows 上更少）；Linux 上不在列表里的卡常可用 HSA_OVERRIDE_GFX_VERSION 指向最接近的受支持型号（RX 6600、6700 XT 等 RDNA2 卡设 10.3.0），否则装好 Vulkan 驱动，让 Ollama 的 Vulkan 后端来跑；OLLAMA_DEBUG=1 会显示它为什么选了 CPU",
                "use a ROCm (HIP) or Vulkan build of llama.cpp (cmake -DGGML_HIP=ON or -DGGML_VULKAN=ON; the Vulkan release runs on most AMD cards; in LM Studio pick the Vulkan or ROCm runtime) and pass -ngl 99 to put every layer on the GPU",
                "用 ROCm（HIP）或 Vulkan 版的 llama.cpp（cmake -DGGML_HIP=ON 或 -DGGML_VULKAN=ON；Vulkan 发行包能在大多数 AMD 卡上运行；LM Studio 里选 Vulkan 或 ROCm 运行时），并加 -ngl 99 把所有层放到显卡",
                "install the ROCm build of PyTorch (torch.cuda.is_available() is true on ROCm too); ROCm supports only some Radeon cards, and on others llama.cpp's Vulkan build is the simpler route",
                "安装 ROCm 版的 PyTorch（在 ROCm 上 torch.cuda.is_available() 同样返回 True）；ROCm 只支持部分 Radeon 卡，其他卡用 Vulkan 版 llama.cpp 更省事"),
        INTEL("Ollama reaches Intel GPUs through its Vulkan backend: install Intel's GPU driver with Vulkan (OLLAMA_DEBUG=1 shows what it finds), or use IPEX-LLM's build of Ollama",
                "Ollama 通过 Vulkan 后端使用 Intel 显卡：装好带 Vulkan 的 Intel 显卡驱动（OLLAMA_DEBUG=1 会显示它找到了什么），或用 IPEX-LLM 提供的 Ollama 版本",
                "use a SYCL or Vulkan build of llama.cpp (cmake -DGGML_SYCL=ON or -DGGML_VULKAN=ON; in LM Studio pick the Vulkan runtime) and pass -ngl 99 to put every layer on the GPU",
                "用 SYCL 或 Vulkan 版的 llama.cpp（cmake -DGGML_SYCL=ON 或 -DGGML_VULKAN=ON；LM Studio 里选 Vulkan 运行时），并加 -ngl 99 把所有层放到显卡",
                "install PyTorch's XPU build for Intel GPUs (torch.xpu.is_available()), or use llama.cpp built for SYCL or Vulkan",
                "安装支持 Intel 显卡的 PyTorch XPU 版（torch.xpu.is_available()），或改用 SYCL/Vulkan 版的 llama.cpp"),
        // Apple silicon has no driver or CUDA to install: Metal is part of macOS, and the engines use it natively (Ollama's
        // docs/docker.md: no GPU in Docker Desktop on macOS; llama.cpp builds with Metal on by default and puts every layer
        // on the GPU, llama_model_default_params under GGML_USE_METAL; PyTorch reaches it as the "mps" device)
        APPLE("on a Mac, Ollama uses the GPU through Metal when it runs natively: the macOS app or the arm64 binary; in Docker on macOS there is no GPU, and an x86 build under Rosetta has no Metal (OLLAMA_DEBUG=1 shows the backend it loads)",
                "在 Mac 上，Ollama 原生运行时（macOS 应用或 arm64 版本）才通过 Metal 使用 GPU；macOS 上的 Docker 里没有 GPU，Rosetta 下跑的 x86 版本也没有 Metal（OLLAMA_DEBUG=1 会显示它加载的后端）",
                "on a Mac, llama.cpp builds with Metal by default and puts every layer on the GPU: use an arm64 build (not an x86 one under Rosetta), check that the log shows Metal (ggml_metal_init) and that -ngl is not 0; in LM Studio, set GPU offload to the maximum",
                "在 Mac 上，llama.cpp 默认带 Metal 编译并把所有层放到 GPU：用 arm64 版本（不要用 Rosetta 下的 x86 版本），确认日志里有 Metal（ggml_metal_init）且 -ngl 不是 0；LM Studio 里把 GPU offload 调到最大",
                "on a Mac, PyTorch reaches the GPU as the \"mps\" device: move the model there (model.to(\"mps\")) and check torch.backends.mps.is_available()",
                "在 Mac 上，PyTorch 通过 “mps” 设备使用 GPU：把模型放到 mps 上（model.to(\"mps\")），并确认 torch.backends.mps.is_available()");

        private final String ollama, ollamaZh, llamaCpp, llamaCppZh, torch, torchZh;

        GpuStack(String ollama, String ollamaZh, String llamaCpp, String llamaCppZh, String torch, String torchZh) {
            this.ollama = ollama;
            this.ollamaZh = ollamaZh;
            this.llamaCpp = llamaCpp;
            this.llamaCppZh = llamaCppZh;
            this.torch = torch;
            this.torchZh = torchZh;
        }

        /**
         * LM Studio bundles llama.cpp as runtimes chosen in its settings, one per GPU stack, and puts layers on the GPU by its
         * GPU offload setting: a build flag or -ngl is nothing its user can pass.
         */
        String lmStudio(boolean zh) {
            String runtime = switch (this) {
                case NVIDIA -> "CUDA";
                case AMD -> zh ? "ROCm 或 Vulkan" : "ROCm or Vulkan";
                case INTEL -> "Vulkan";
                case APPLE -> "Metal";
            };
            return zh ? "在 LM Studio 的运行时设置里选用 " + runtime + " 版的 llama.cpp 运行时，并在模型的加载设置里把 GPU offload 调到最大"
                    : "in LM Studio, select the " + runtime + " llama.cpp runtime in its runtime settings and set GPU offload to the maximum in the model's load settings";
        }

        /** The maker's stack; a machine of another or unknown make is answered as NVIDIA, the usual case. */
        static GpuStack of(Platform p) {
            return p == Platform.AMD ? AMD : p == Platform.INTEL ? INTEL : p == Platform.APPLE ? APPLE : NVIDIA;
        }

        /**
         * The fix for the engine run; with no engine named, Ollama's and llama.cpp's, the two most run. Another app
         * (GPT4All, KoboldCpp, Jan…) has its own GPU setting and bundled backends, neither a build nor PyTorch to change.
         */
        String fix(Engine e, boolean zh) {
            if (e == Engine.OLLAMA) return zh ? ollamaZh : ollama;
            if (e == Engine.LM_STUDIO) return lmStudio(zh);
            // each text names its engine, so the two read as one fix without presuming which is run
            if (e == null) return zh ? ollamaZh + "；用 llama.cpp 时：" + llamaCppZh : ollama + "; with llama.cpp instead: " + llamaCpp;
            if (e == Engine.LLAMA_CPP) return zh ? llamaCppZh : llamaCpp;
            // a Mac has no GPU driver to update
            if (e == Engine.OTHER) return this == APPLE ? (zh ? OTHER_APP_ZH : OTHER_APP)
                    : zh ? OTHER_APP_ZH + "；一个都没找到时更新显卡驱动" : OTHER_APP + "; update the GPU driver if it finds none";
            return zh ? torchZh : torch;
        }
    }

    static String grouped(long v) { return v >= 10_000 ? String.format(Locale.ROOT, "%,d", v) : String.valueOf(v); }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    static String mib(double mib) {
        if (mib >= 1024 * 4) return gib(mib / 1024.0) + String.format(Locale.ROOT, " (%,.0f MiB)", mib);
        return mib >= 100 ? String.format(Locale.ROOT, "%.0f MiB", mib) : num(mib) + " MiB";
    }

    static String gib(double gib) { return num(Math.round(gib * 100.0) / 100.0) + " GiB"; }

    /**
     * The share of the cards' memory below which the cards' own size is said beside it: a Mac's working-set limit, or the
     * share a serving engine takes (SGLang's 41.7 GB of a 48 GB A40), not a driver's reserve.
     */
    static final double USABLE_SAID_ALONE = 0.9;

    /** The GPU memory an engine can use, with the cards' own size beside it when that share is well below it. */
    static String usable(double vramGb, double cardGb, boolean zh) {
        if (cardGb <= 0 || vramGb <= 0 || vramGb >= USABLE_SAID_ALONE * cardGb) return gbs(vramGb);
        String of = num(Math.round(cardGb * 10) / 10.0) + " GB";
        return gbs(vramGb) + (zh ? "（共 " + of + "）" : " (of " + of + ")");
    }

    private static String gbs(double gb) { return String.format(Locale.ROOT, "%.1f GB", gb); }
}
