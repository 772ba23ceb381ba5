package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Cause;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.rules.DiagnosisRun;
import dev.llmadvisor.rules.Ranking;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the answer to "why does it fail / why is it slow": the cause in plain words with its figures, the fix
 * for the engine, the runner-up cause, what the log shows next to our estimate for the same model, hardware
 * and context, and the reasons (each diagnosis rule that spoke, with its source). A setup the person reports
 * as working is taken as a fact: the answer explains and improves it, and never says it does not fit.
 */
public final class DiagnosisWriter {

    private DiagnosisWriter() { }

    /**
     * A cause's sentence under its name ("The GPU is not being used: …"); a cause outside the named ones (other: a
     * software fault, memory use by design) is said by its sentence alone, which names it better than "another cause".
     */
    static String named(String code, String text, Lang lang) {
        return named(code, text, lang, false);
    }

    /**
     * @param systemMemory the engine's own check refused the model against the memory of the whole machine (Ollama's
     *                     "requires more system memory"), so the model is too large for that memory, not the GPU's
     */
    static String named(String code, String text, Lang lang, boolean systemMemory) {
        return named(code, text, lang, systemMemory, false);
    }

    /**
     * @param nothingFailed the person asks why it takes the memory it takes, with no failure told: the context's cache
     *                      is then where the memory goes, not a cache that "does not fit"
     */
    static String named(String code, String text, Lang lang, boolean systemMemory, boolean nothingFailed) {
        if (systemMemory && code.equals("model_too_large")) return (lang == Lang.ZH ? "模型太大，可用内存放不下：" : "The model is too large for the memory available: ") + text;
        if (nothingFailed && code.equals("context_too_large")) return (lang == Lang.ZH ? "显存用在了上下文的 KV 缓存上：" : "The memory goes to the context's KV cache: ") + text;
        if (!code.equals("other") || text.isEmpty()) return causeWords(code, lang) + (lang == Lang.ZH ? "：" : ": ") + text;
        // a plain first word is capitalised; a name as its maker writes it (vLLM, llama.cpp) is left alone
        String first = text.split(" ", 2)[0];
        return first.chars().allMatch(Character::isLowerCase) ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    /**
     * The points at or below which a cause is a reading of our estimate or of a word of theirs, with no figure of their
     * log behind it ({@link Cause}: 40-45 for such rules): the answer names it as likely, not as found.
     */
    static final int GUESS_POINTS = 45;

    /** A cause named as likely when only our estimate or a word of theirs points at it; as found otherwise. */
    static String hedged(Cause top, String named, Lang lang) {
        if (top.points() > GUESS_POINTS || named.isEmpty()) return named;
        if (lang == Lang.ZH) return "很可能是" + named;
        // "The context is too long" reads on as "Most likely the context is too long"; a sentence of its own after a colon
        return named.startsWith("The ") ? "Most likely the " + named.substring(4) : "Most likely: " + named;
    }

    /** The cause codes of the real-question corpus in plain words. */
    public static String causeWords(String code, Lang lang) {
        boolean zh = lang == Lang.ZH;
        return switch (code) {
            case "model_too_large" -> zh ? "模型太大，显存放不下" : "The model is too large for the GPU memory";
            case "context_too_large" -> zh ? "上下文太长，KV 缓存放不下" : "The context is too long: its KV cache does not fit";
            case "vllm_kv_cache_too_small" -> zh ? "KV 缓存装不下设定的最大长度" : "The KV cache is smaller than the maximum length";
            case "partial_offload" -> zh ? "部分模型在内存里运行" : "Part of the model runs from system RAM";
            case "gpu_not_used" -> zh ? "没有用上显卡" : "The GPU is not being used";
            case "ram_bandwidth" -> zh ? "速度受内存带宽限制" : "Speed is limited by RAM bandwidth";
            case "multi_gpu_split" -> zh ? "多卡切分的问题" : "The split over the GPUs is the cause";
            case "unquantized" -> zh ? "模型以未量化的 16/32 位加载" : "The model is loaded unquantized (16/32-bit)";
            case "memory_used_elsewhere" -> zh ? "显存被其他程序占用" : "GPU memory is held by something else";
            case "unsupported_hardware" -> zh ? "这套环境不支持这张显卡" : "This setup does not support the GPU";
            default -> zh ? "其他原因" : "Another cause";
        };
    }

    /**
     * @param focus   our estimate for the person's setup, or null when the question names no model or hardware
     * @param bestGpu the best format of that model that fits entirely on the GPU, or null
     * @param meant   that model at the precision the person meant to load it quantized to (load_in_4bit, .quantize(4),
     *                int8), or null when they name no quantizing at load time
     */
    public static Answer write(Ask ask, Lang lang, LogFacts log, Setup setup, Candidate focus, Candidate bestGpu,
                               Candidate meant, DiagnosisRun.Result result) {
        boolean zh = lang == Lang.ZH;
        Map<String, String> figures = CaseFigures.of(log, setup, focus, bestGpu, ask.platform(), lang, ask.cardsGb(), ask.gpuCount(), ask.largestGpuGb());
        Cause top = result.top();
        boolean fitsAsMeant = fitsAsMeant(top, setup, meant, ask.contextGiven());
        boolean noAtTheirContext = !fitsAsMeant && outOfRoomAtTheirContext(ask, setup, top);
        Verdict verdict = fitsAsMeant ? Verdict.FITS : noAtTheirContext ? Verdict.NO
                : kvCacheShortOnlyBySetting(top, focus, ask) || fitsInSixteenBits(top, setup, focus)
                        || shortOnlyAtAContextNotTheirs(top, focus, ask, setup, log) || shortOnlyAtALengthNotSet(top, focus, ask, setup) ? Verdict.FITS
                : verdict(focus, setup, log, top, ask.platform(), ask.ramKnown());
        String estimate = focus == null ? null
                : baseline(lang, focus, ask.hardware(), ask.oneMemory(), ask.format() != null, verdict == Verdict.NO);
        String headline;
        List<Reply.Option> options = new ArrayList<>();
        boolean nothingFailed = setup.memoryUse() && !setup.outOfMemory() && !setup.failed() && !setup.contextLimit();
        if (top != null) {
            // one memory (a Mac, a machine without a GPU): the model is too large for it, there is no GPU memory apart
            boolean systemMemory = log != null && log.sysRequiredGib() > 0 || ask.oneMemory();
            headline = hedged(top, named(top.code(), top.text(lang, figures), lang, systemMemory, nothingFailed), lang) + (zh ? "。" : ".");
            if (setup.works() && setup.tokensPerSecond() > 0) {
                headline = (zh ? "它能运行（" + CaseFiguresAccess.num(setup.tokensPerSecond()) + " tokens/s），慢在这里——"
                        : "It runs (" + CaseFiguresAccess.num(setup.tokensPerSecond()) + " tokens/s); what holds it back — ") + headline;
            }
            options.add(new Reply.Option(zh ? "解决办法" : "Fix", top.fix(lang, figures)));
            Cause second = result.runnerUp();
            // a runner-up whose fix is the top cause's own tells the person nothing more to do
            if (second != null && !second.fix(lang, figures).equals(top.fix(lang, figures)) && !mootBeside(top, second, focus, setup, ask)) {
                options.add(new Reply.Option(zh ? "也可能" : "Also possible",
                        named(second.code(), second.text(lang, figures), lang, systemMemory, nothingFailed) + (zh ? "。办法：" : ". Fix: ") + second.fix(lang, figures)));
            }
        } else {
            headline = estimate == null ? noCause(lang) : noCauseBesideEstimate(lang, estimate);
        }
        String seen = logSummary(log, lang);
        if (!seen.isEmpty()) options.add(new Reply.Option(zh ? "日志显示" : "The log shows", seen));
        // with no cause, the estimate is the headline and is not said twice
        if (focus != null && top != null) options.add(new Reply.Option(estimateTitle(lang), estimate));
        List<String> notes = new ArrayList<>();
        if (fitsAsMeant) notes.add(asMeantLine(lang, meant, ask.hardware()));
        if (noAtTheirContext) notes.add(atTheirContextLine(lang, ask.context()));
        NextStep step = top == null ? nextCheck(lang, focus, bestGpu, ask.platform(), ask.engine(),
                ask.vramGb() > 0 || ask.platform() == Platform.CPU_ONLY, ask.modelId() != null) : null;
        if (step != null) notes.add(step.text());
        if (idleWithNothingSized(top, focus, setup)) notes.add(idleGpuLine(lang));
        if (setup.tokensPerSecond() > 0 && focus != null) {
            notes.add(String.format(Locale.ROOT, zh ? "你看到 %s tokens/s；按我们的估算，这个配置大约 %s tokens/s。"
                            : "You see %s tokens/s; our estimate for this setup is about %s tokens/s.",
                    CaseFiguresAccess.num(setup.tokensPerSecond()), focus.tpsRange()));
        }
        List<String> reasons = new ArrayList<>();
        for (Cause c : result.all()) {
            reasons.add(c.text(lang, figures) + " [" + c.code() + ", " + c.points() + "] — \"" + c.rule() + "\"" + ref(c.source()));
        }
        if (focus != null) reasons.add(focus.title() + ": " + focus.arithmetic(lang));
        Reply reply = new Reply(lang, Reply.Kind.ANSWER, headline, options, reasons, notes, null, step);
        Answer a = new Answer(ask, List.of(), reply).withCause(top == null ? null : top.code());
        return a.withVerdict(verdict);
    }

    /** No cause stands out and nothing could be sized. */
    static String noCause(Lang lang) {
        return lang == Lang.ZH ? "从这段信息里看不出确定的原因。" : "I cannot tell the cause from this message.";
    }

    /**
     * No cause stands out, but the model was sized on their hardware: that estimate answers what they can act on (does it
     * fit, how much it needs), so it leads, and the missing cause follows it rather than opening the answer.
     */
    static String noCauseBesideEstimate(Lang lang, String estimate) {
        return lang == Lang.ZH ? ESTIMATE_LEAD_ZH + estimate + "这段信息里看不出出错的原因。"
                : ESTIMATE_LEAD_EN + estimate + " The message does not show what went wrong.";
    }

    static final String ESTIMATE_LEAD_EN = "By our estimate, ";
    static final String ESTIMATE_LEAD_ZH = "按我们的估算，";

    /**
     * The reply under a cause found after it was written (from the sizing, or from memory told as growing): the cause is
     * the headline, and an estimate that led in its place goes back below it as the estimate option, not lost.
     */
    public static Reply withCauseHeadline(Reply r, String cause) {
        String h = r.headline();
        boolean zh = r.lang() == Lang.ZH;
        String lead = zh ? ESTIMATE_LEAD_ZH : ESTIMATE_LEAD_EN;
        String tail = noCauseBesideEstimate(r.lang(), "").substring(lead.length());
        if (!h.startsWith(lead) || !h.endsWith(tail) || h.length() < lead.length() + tail.length()) return r.withHeadline(r.kind(), cause);
        String estimate = h.substring(lead.length(), h.length() - tail.length());
        List<Reply.Option> options = new ArrayList<>(r.options());
        options.add(new Reply.Option(estimateTitle(r.lang()), estimate));
        return new Reply(r.lang(), r.kind(), cause, options, r.reasons(), r.notes(), r.readAs(), r.nextStep());
    }

    /**
     * Whether the weights were loaded unquantized while the model in 16 bits, as published, fits in the GPU memory with
     * room to spare: what ran out (or filled the card) was a float32 load, transformers' default without a dtype, which
     * one setting (torch_dtype, .half()) undoes; no smaller format and no more memory is needed, so the model fits as
     * asked (README "Verdicts": no is "needs more memory or cards, or a smaller format"). The cause's own line says the
     * same (rules "Out of memory: loaded in 32-bit by default", "The memory in use is four bytes per parameter"). An
     * estimate that fills the card ({@link SizedCause#MEMORY_RULED_OUT_SHARE}) is within its error of not fitting, and
     * does not overrule the failure reported.
     */
    static boolean fitsInSixteenBits(Cause top, Setup setup, Candidate focus) {
        return top != null && top.code().equals("unquantized") && !setup.quantizing()
                && focus != null && focus.formatBits() == 16 && focus.onGpu() && focus.fits()
                && focus.totalGb() <= SizedCause.MEMORY_RULED_OUT_SHARE * focus.vramGb();
    }

    /**
     * vLLM names its KV cache (no memory left for the cache blocks, or a maximum length above what they hold) only once the
     * weights are loaded; when those weights fit the share of GPU memory the sizing gives vLLM (its gpu_memory_utilization
     * of the cards), what leaves the KV cache no room is the maximum length and the activations its profile reserves,
     * settings its own error names (--max-model-len, --gpu-memory-utilization), so the model fits. Not when they state the
     * length they need ("max_model_len 1M on 40G"): that length is what was asked, not a setting to lower; nor with weights
     * beyond that share (Falcon-40B in 16 bits on one A100 80GB), which leave it a no, as the sizing says.
     */
    static boolean kvCacheShortOnlyBySetting(Cause top, Candidate focus, Ask ask) {
        return top != null && top.code().equals("vllm_kv_cache_too_small") && !ask.contextGiven() && focus != null
                && focus.weightsGb() > 0 && focus.weightsGb() <= focus.vramGb();
    }

    /**
     * Whether the cause found is the context's KV cache, or a part in system RAM, only by our estimate at a context the
     * person did not choose (they state none; the context sized is our assumption): the weights leave the card room
     * ({@link Candidate#weightsLeaveRoom}) and all but the KV cache fits in GPU memory, so at a usual context the model
     * runs entirely on the GPU, and the verdict is for that (README "Verdicts", rule K: nine tenths of the memory usable).
     * A 7B at 4 bits on an 8 GB Jetson, sized at 4k context, does not fit our 6 GB share only by 2 GB of KV cache. Not when
     * their own words or log show layers in system RAM (slow, part in RAM, the GPU unused, layers counted on the CPU):
     * that is what they run, and {@link #contextPushedLayersOff} judges it.
     */
    static boolean shortOnlyAtAContextNotTheirs(Cause top, Candidate focus, Ask ask, Setup setup, LogFacts log) {
        if (top == null || !(top.code().equals("context_too_large") || top.code().equals("partial_offload"))) return false;
        if (ask == null || ask.contextGiven() || focus == null || focus.onGpu() || focus.kvGb() <= 0) return false;
        if (setup.slow() || setup.ramSpill() || setup.gpuNotUsed() || setup.cpuOnly() || (log != null && log.cpuLayers() > 0)) return false;
        return focus.weightsLeaveRoom() && focus.totalGb() - focus.kvGb() <= focus.vramGb();
    }

    /**
     * Whether the failure is the KV cache of a length the person did not set, with no model of theirs to size: the cause
     * found is the context too large, and the length is only one a program printed or probed (the engine's default or the
     * model's maximum: vLLM's "max_seq_len=131072" at start-up, GLM-4 #19 on an A30 24G). The weights loaded and only the
     * cache of that length ran out, so at a shorter one the model runs on the card: fits, the mirror of
     * {@link #outOfRoomAtTheirContext}. Not without a GPU read, nor on the CPU alone.
     */
    static boolean shortOnlyAtALengthNotSet(Cause top, Candidate focus, Ask ask, Setup setup) {
        return top != null && top.code().equals("context_too_large") && focus == null && ask != null && !ask.contextGiven()
                && setup.context() > 0 && ask.hasGpu() && !setup.cpuOnly();
    }

    /**
     * Whether the failure is the KV cache of a context the person chose: the cause found is the context too large, they
     * set that context themselves, and the run failed (out of memory, a crash) with nothing saying it runs. A verdict is
     * about the setup as asked (README "Verdicts": no is "does not run ... as asked"), and as asked, at their context, it
     * does not run, whatever a shorter one would do; the mirror of {@link ReplyWriter#overflowIsAssumedContext}, where a
     * context we assumed is not theirs.
     */
    static boolean outOfRoomAtTheirContext(Ask ask, Setup setup, Cause top) {
        return top != null && top.code().equals("context_too_large") && ask != null && ask.contextGiven()
                && (setup.outOfMemory() || setup.failed()) && !setup.works();
    }

    /** The models the person says work, named back beside a diagnosis of the one they say fails. */
    public static String othersWorkNote(Lang lang, List<String> working) {
        String names = String.join(lang == Lang.ZH ? "、" : ", ", working);
        return lang == Lang.ZH ? "你说 " + names + " 运行正常，所以上面诊断的是出问题的那个模型。"
                : "You report that " + names + " works, so this diagnoses the model that fails.";
    }

    /** Why the verdict is a no at the context they set, in their language. */
    static String atTheirContextLine(Lang lang, int context) {
        return String.format(Locale.ROOT, lang == Lang.ZH
                        ? "按你设定的上下文（%,d tokens），它跑不起来：这个长度的 KV 缓存放不下；缩短上下文（或量化 KV 缓存）后才能运行。"
                        : "At the context you set (%,d tokens) it does not run as tried: the KV cache of that length does not fit; it runs with a shorter context (or a quantized KV cache).",
                context);
    }

    /**
     * Whether the failure is a quantized load that did not take effect while the precision meant fits: the cause found is
     * the weights loaded unquantized (the out-of-memory came with them still in 16 bits: ".quantize(4)" after a 16-bit
     * .cuda(), vLLM given load_in_4bit, which it does not apply), the person says they load it quantized to 4 or 8 bits,
     * and at that precision the model fits entirely in the GPU memory. Then the setup they meant runs on their card,
     * which is what such threads settle ("理论上24g应该是支持34b的int4", answered "use the GPTQ or AWQ weights"): the
     * verdict is about the model as meant, and the fix is the load, not the hardware. When they state no context, a part
     * in system RAM no larger than the KV cache of the context we assumed does not count against it (Qwen-72B int8 on four
     * 24 GB cards: 71.5 GB of weights, 20 GB of KV at 8k for a model without grouped-query attention): at a shorter
     * context the whole model is on the GPU, the mirror of {@link ReplyWriter#overflowIsAssumedContext}; so long as the
     * weights leave the engine its buffers ({@link Candidate#weightsLeaveRoom}).
     */
    static boolean fitsAsMeant(Cause top, Setup setup, Candidate meant, boolean contextGiven) {
        return top != null && top.code().equals("unquantized") && setup.quantizing() && !setup.works()
                && meant != null && meant.fits()
                && (meant.onGpu() || (!contextGiven && overflowIsKvCache(meant) && meant.weightsLeaveRoom()));
    }

    /** Only the KV cache spills: what the sizing puts in system RAM is no larger than it. */
    static boolean overflowIsKvCache(Candidate c) {
        return c.ramGb() > 0 && c.kvGb() > 0 && c.ramGb() <= c.kvGb();
    }

    /** The verdict for the precision meant, in one line: it fits, with its figures, and the load is what to change. */
    static String asMeantLine(Lang lang, Candidate meant, String hardware) {
        boolean zh = lang == Lang.ZH;
        if (!meant.onGpu()) {
            // fitsAsMeant let only the KV cache of our assumed context spill: the weights are what the card holds
            return String.format(Locale.ROOT, zh
                            ? "按你想要的量化精度，它放得下：%s %s 的权重约 %.1f GB，%s 放得下；只有按我们假设的 %s 上下文算，KV 缓存才会溢出到内存，上下文短一些就全部在显存里。出错的是加载方式（权重先按 16 位放上了显卡），不是显卡不够。"
                            : "As you meant to load it, it fits: %s at %s has about %.1f GB of weights, which %s holds; only the KV cache of the %s context we assumed would spill into system RAM, so at a shorter context it is all in GPU memory. What failed is the load (the weights reached the GPU in 16 bits first), not the card.",
                    meant.modelName(), meant.formatLabel(), meant.weightsGb(), hardware, Candidate.contextLabel(meant.context()));
        }
        double gb = meant.servingEngine() ? meant.weightsGb() : meant.totalGb();
        return String.format(Locale.ROOT, zh
                        ? "按你想要的量化精度，它放得下：%s %s 大约需要 %.1f GB，%s 能全部放进显存；出错的是加载方式（权重先按 16 位放上了显卡），不是显卡不够。"
                        : "As you meant to load it, it fits: %s at %s needs about %.1f GB, which %s holds entirely in GPU memory; what failed is the load (the weights reached the GPU in 16 bits first), not the card.",
                meant.modelName(), meant.formatLabel(), gb, hardware);
    }

    /**
     * A diagnosis that names no cause, about a model on hardware the question states: the sizing of that setup as the
     * baseline, leading in place of "I cannot tell", what the log shows, and the next thing to check for that baseline.
     * The sized answer's options and reasons stand behind it; the verdict is the one the baseline line states.
     */
    public static Answer withBaseline(Answer diagnosis, Answer sized) {
        Lang lang = diagnosis.reply().lang();
        Candidate c = sized.shown().get(0).candidate();
        Reply d = diagnosis.reply();
        List<Reply.Option> options = new ArrayList<>(d.options().stream().filter(o -> !o.title().equals(estimateTitle(lang))).toList());
        String estimate = baseline(lang, c, sized.ask().hardware(), sized.ask().oneMemory(), sized.ask().format() != null, false);
        // no cause named: the estimate leads in place of "I cannot tell", and is not repeated below it
        String headline = diagnosis.cause() == null ? noCauseBesideEstimate(lang, estimate) : d.headline();
        if (diagnosis.cause() != null) options.add(new Reply.Option(estimateTitle(lang), estimate));
        // the verdict is the one the baseline line states, for the option it names: a smaller format that would fit
        // (the sized answer's own verdict) is not what this answer says of the setup
        Verdict stated = Verdict.of(c.placement(), c.fits());
        // the baseline names the model it sized: say so when that is another than the one named (a fine-tune's base)
        List<String> notes = new ArrayList<>(ReplyWriter.resolutionNotes(sized.understood(), lang));
        // a format of the same model that the sized answer shows entirely on the GPU: what the next step can name
        Candidate onGpu = sized.shown().stream().map(Recommendation::candidate)
                .filter(o -> o.modelId().equals(c.modelId()) && o.onGpu() && o.fits()).findFirst().orElse(null);
        NextStep step = nextCheck(lang, c, onGpu, sized.ask().platform(), sized.ask().engine(), true, true);
        notes.add(step.text());
        Reply r = new Reply(lang, d.kind(), headline, options, sized.reply().reasons(), notes, d.readAs(), step);
        return new Answer(sized.ask(), sized.shown(), r, sized.fired(), sized.understood(), stated, null, sized.problems());
    }

    /**
     * A diagnosis that names no cause, about a model named on hardware not stated ("Vicuna-7b OOM with vLLM but working
     * with FastChat"): the diagnosis as written, with what the model needs under the person's engine meanwhile, so they can
     * hold it against their GPU, and a request for the GPU and the log; when they ask how much it needs ({@code memoryAsked}),
     * that answer leads and no "I cannot tell" opens it. No verdict: nothing says what they run it on.
     */
    public static Answer withNeeds(Answer diagnosis, Answer memory, boolean memoryAsked) {
        Lang lang = diagnosis.reply().lang();
        boolean zh = lang == Lang.ZH;
        Reply d = diagnosis.reply();
        Reply m = memory.reply();
        // "报显存不足，需要多少显存？": the memory asked is answered first; why it ran out waits for the GPU and the log
        String headline = memoryAsked ? m.headline()
                : d.headline() + (zh ? "先看模型本身的需要，可以和你的显卡对照：" : " Meanwhile, what the model needs, to hold against your GPU: ") + m.headline();
        List<String> notes = new ArrayList<>(m.notes());
        String paste = pasteLog(zh, memory.ask().engine());
        notes.add(memoryAsked ? (zh ? "要看出为什么显存不够，请说明显卡（型号和显存），并" + paste + "。" : "To tell why it ran out, name the GPU (model and memory) and " + paste + ".")
                : zh ? "请说明显卡（型号和显存），并" + paste + "。" : "Name the GPU (model and memory) and " + paste + ".");
        Reply r = new Reply(lang, Reply.Kind.ANSWER, headline, m.options(), m.reasons(), notes, d.readAs());
        return new Answer(memory.ask(), memory.shown(), r, memory.fired(), diagnosis.understood(), null, null, memory.problems());
    }

    /** Causes of what comes on top of weights that fit: the context's KV cache, vLLM's cache against its maximum length. */
    private static final Set<String> ROOM_AFTER_WEIGHTS = Set.of("context_too_large", "vllm_kv_cache_too_small");

    /**
     * A runner-up that cannot hold beside the top cause: when by our estimate the weights alone exceed the GPU memory and
     * that is the cause named, the room left after the weights (the context, the KV cache) cannot be what ran out, and a
     * shorter context does not make it load; naming it as also possible contradicts the line above it. Beside weights
     * loaded in 16 bits that a quantized form would fit, "too large" is the same finding again (label rule J: the format
     * loaded decides which of the two it is), with the same quantized format as its fix. A context too long is named only
     * beside a context the question shows ({@link #contextShown}).
     */
    static boolean mootBeside(Cause top, Cause second, Candidate focus, Setup setup, Ask ask) {
        if (top.code().equals("unquantized") && second.code().equals("model_too_large")) return true;
        // an out-of-memory says the GPU took part; a use lower than expected is no cache too large for the memory
        if (second.code().equals("gpu_not_used") && setup.outOfMemory()) return true;
        if (second.code().equals("context_too_large") && setup.memoryLow()) return true;
        if (second.code().equals("context_too_large") && !contextShown(setup, ask)) return true;
        return top.code().equals("model_too_large") && ROOM_AFTER_WEIGHTS.contains(second.code())
                && focus != null && focus.vramGb() > 0 && focus.weightsGb() > focus.vramGb();
    }

    /** A context at or below which its KV cache is too small to be what ran out beside another cause. */
    static final int SHORT_CONTEXT = 2048;

    /**
     * Whether the question or its log shows a context that could be too long: one stated or printed above
     * {@link #SHORT_CONTEXT}, else a long input told or a context limit hit. Without one, a context too long beside the
     * cause found rests on the context we assumed, not on anything of theirs; a short one set (--max-model-len 1024) rules
     * it out, whatever else is told.
     */
    static boolean contextShown(Setup setup, Ask ask) {
        int context = setup.context() > 0 ? setup.context() : ask.contextGiven() ? ask.context() : 0;
        if (context > 0) return context > SHORT_CONTEXT;
        return setup.longInput() || setup.contextLimit();
    }

    private static String estimateTitle(Lang lang) {
        return lang == Lang.ZH ? "我们的估算" : "Our estimate";
    }

    /**
     * The sizing baseline in one line, as an expert states it beside a diagnosis: the model in the format sized needs
     * about N GB, and the hardware holds it in GPU memory, only with part of it in system RAM, or not at all; the format
     * said to be assumed when the question named none.
     *
     * @param oneMemory     the model and the rest share one memory ({@link Ask#oneMemory}): no system RAM to put part of it in
     * @param failedAsTried their load failed: a model larger than the GPU memory is said not to fit there, with the
     *                      engines that would run the rest from RAM named, rather than said to run from RAM as tried
     */
    static String baseline(Lang lang, Candidate c, String hardware, boolean oneMemory, boolean formatNamed, boolean failedAsTried) {
        boolean zh = lang == Lang.ZH;
        String format = c.formatLabel();
        Verdict v = Verdict.of(c.placement(), c.fits());
        String holds = switch (v) {
            case FITS -> c.placement() == Placement.MULTI_GPU
                    ? (zh ? "分到几张卡上能全部放进显存" : "it fits in GPU memory, split over the cards")
                    : (zh ? "能全部放进显存" : "it fits entirely in GPU memory");
            case OFFLOAD -> c.placement() == Placement.CPU
                    ? (zh ? "只能在 CPU 上用内存跑" : "it runs on the CPU alone, from system RAM")
                    // their load failed: it did not run the rest from RAM, which only an engine that offloads layers does
                    : failedAsTried ? (zh ? "显存放不下；只有能把部分层放到内存的引擎（llama.cpp、Ollama，或 transformers 的 device_map=\"auto\"）才能把其余部分放在内存里跑（会慢）"
                            : "it does not fit in GPU memory; only an engine that offloads layers (llama.cpp, Ollama, or transformers with device_map=\"auto\") runs the rest from system RAM (slower)")
                    : (zh ? "显存只放得下一部分，其余要放到内存里（会慢）" : "only part of it fits in GPU memory: the rest runs from system RAM (slower)");
            // an engine that refuses says why: weights that fit the card beside "does not fit" read as a contradiction
            case NO -> c.engineIssue() != null
                    ? (zh ? "放不下：" + c.engineIssue().zh() : "it does not fit: " + c.engineIssue().en())
                    : (zh ? "放不下" : "it does not fit") + ReplyWriter.notEvenInRam(zh, oneMemory);
        };
        String assumed = formatNamed ? "" : (zh ? "（你没有说格式，按 " + format + " 估算）" : " (" + format + " assumed: no format named)");
        // a serving engine's total is the share of GPU memory it reserves, not what the model needs: its weights say that
        String need = c.servingEngine() ? (zh ? "权重约 %.1f GB" : "has about %.1f GB of weights") : (zh ? "大约需要 %.1f GB" : "needs about %.1f GB");
        return String.format(Locale.ROOT, zh ? "%s %s " + need + "；在 %s 上%s%s。" : "%s at %s " + need + "; on %s %s%s.",
                c.modelName(), format, c.servingEngine() ? c.weightsGb() : c.totalGb(), hardware, holds, assumed);
    }

    /**
     * Where a person sees what holds the memory the model needs, on their platform: a Mac's GPU shares its memory with
     * macOS and every open app (Activity Monitor's memory pressure and swap), AMD's and Ascend's cards have their own
     * tools (rocm-smi, npu-smi), so do Intel's (xpu-smi), a CPU-only machine its RAM; nvidia-smi otherwise.
     */
    static String memoryMonitor(Lang lang, Platform platform) {
        boolean zh = lang == Lang.ZH;
        Platform p = platform == null ? Platform.UNKNOWN : platform;
        return switch (p) {
            case APPLE -> zh ? "有没有别的程序占着内存（活动监视器的内存压力和交换：macOS 和打开的程序与显卡共用同一份内存）"
                    : "what else holds memory (Activity Monitor's memory pressure and swap: macOS and open apps share the GPU's memory)";
            case CPU_ONLY -> zh ? "有没有别的程序占着内存（top 或任务管理器）" : "what else holds RAM (top or the Task Manager)";
            case PHONE -> zh ? "后台还有哪些应用占着内存（关掉它们再加载）" : "which other apps hold memory in the background (close them before loading)";
            case AMD -> zh ? "有没有别的程序占着显存（rocm-smi）" : "what else holds GPU memory (rocm-smi)";
            case ASCEND -> zh ? "有没有别的程序占着显存（npu-smi info）" : "what else holds NPU memory (npu-smi info)";
            // Intel's counterpart of nvidia-smi lists each process's device memory on Linux (XPU Manager's xpu-smi ps)
            case INTEL -> zh ? "有没有别的程序占着显存（Linux 上用 xpu-smi ps，Windows 上看任务管理器的 GPU 页）"
                    : "what else holds GPU memory (xpu-smi ps on Linux, the Task Manager's GPU page on Windows)";
            default -> zh ? "有没有别的程序占着显存（nvidia-smi）" : "what else holds GPU memory (nvidia-smi)";
        };
    }

    /** The monitor that shows whether the GPU is busy and holds the model; none where no GPU of its own does the work. */
    static String gpuWatch(boolean zh, Platform platform) {
        Platform p = platform == null ? Platform.UNKNOWN : platform;
        return switch (p) {
            case APPLE -> zh ? "活动监视器" : "Activity Monitor";
            case AMD -> "rocm-smi";
            case ASCEND -> "npu-smi info";
            case INTEL -> "xpu-smi";
            case CPU_ONLY, PHONE -> null;
            default -> "nvidia-smi";
        };
    }

    /**
     * What to paste for a diagnosis, in the terms of the engine the person runs: lines another engine prints (llama.cpp's
     * load_tensors, vLLM's GPU blocks) are not in an ExLlama or transformers user's log. Every engine's when none is named.
     */
    static String pasteLog(boolean zh, Engine engine) {
        if (engine == null) return zh ? "贴出引擎启动和出错时的日志（llama.cpp/Ollama 的 load_tensors、KV buffer 行，vLLM 的 GPU blocks / KV cache 行，或完整的报错）"
                : "paste the engine's start-up and error lines (llama.cpp/Ollama load_tensors and KV buffer lines, vLLM's GPU blocks / KV cache lines, or the full error)";
        return switch (engine) {
            case LLAMA_CPP -> zh ? "贴出 llama.cpp 启动和出错时的日志（load_tensors、KV buffer 行，或完整的报错）"
                    : "paste llama.cpp's start-up and error lines (its load_tensors and KV buffer lines, or the full error)";
            case OLLAMA -> zh ? "贴出 Ollama 服务日志里启动和出错的部分（offloaded 层数、load_tensors、KV buffer 行，或完整的报错）"
                    : "paste the Ollama server log's start-up and error lines (its offloaded layers, load_tensors and KV buffer lines, or the full error)";
            case LM_STUDIO -> zh ? "贴出 LM Studio 开发者日志里加载模型的部分（llama.cpp 的 load_tensors、KV buffer 行，或完整的报错）"
                    : "paste LM Studio's developer log of the load (its llama.cpp load_tensors and KV buffer lines, or the full error)";
            case VLLM -> zh ? "贴出 vLLM 启动和出错时的日志（GPU blocks / KV cache 行，或完整的报错）"
                    : "paste vLLM's start-up and error lines (its GPU blocks / KV cache lines, or the full error)";
            case OTHER -> zh ? "贴出完整的报错和启动命令或设置（上下文长度、显存相关的设置）"
                    : "paste the full error and the command or settings you start it with (context length, memory settings)";
            default -> zh ? "贴出 " + engine.display() + " 完整的报错和启动命令或设置（上下文长度、显存相关的设置）"
                    : "paste the full error from " + engine.display() + " and the command or settings you start it with (context length, memory settings)";
        };
    }

    /**
     * What to check next when no cause stands out, for what the estimate of their setup says.
     *
     * @param focus the estimate (null: nothing sized)
     * @param onGpu a format of the same model that fits entirely in GPU memory, or null when none does
     */
    static NextStep nextCheck(Lang lang, Candidate focus, Candidate onGpu, Platform platform, Engine engine, boolean hardwareKnown,
                              boolean modelKnown) {
        boolean zh = lang == Lang.ZH;
        String paste = pasteLog(zh, engine);
        if (focus == null) return new NextStep(NextStep.Baseline.OTHER, zh ? "请" + paste + missing(zh, hardwareKnown, modelKnown) + "。"
                : Character.toUpperCase(paste.charAt(0)) + paste.substring(1) + missing(zh, hardwareKnown, modelKnown) + ".");
        return switch (Verdict.of(focus.placement(), focus.fits())) {
            case FITS -> new NextStep(NextStep.Baseline.FITS, zh ? "按估算它放得下，所以先查" + memoryMonitor(lang, platform) + "、设的上下文长度有多大；或者" + paste + "。"
                    : "By the estimate it fits, so check next " + memoryMonitor(lang, platform) + " and the context length set; or " + paste + ".");
            // no GPU memory to move it into on a CPU-only machine or a phone: the smaller model is the fix
            case OFFLOAD -> platform == Platform.CPU_ONLY || platform == Platform.PHONE
                    ? new NextStep(NextStep.Baseline.OTHER, zh ? "按估算它在 CPU 上用内存跑，慢是必然的，也要有这么多空闲内存；更小的模型或量化格式更快、更省内存；或者" + paste + "。"
                       : "By the estimate it runs on the CPU from memory, which is slow by nature and needs that much free memory; a smaller model or format is faster and lighter; or " + paste + ".")
                    : new NextStep(NextStep.Baseline.SPILLS, zh ? "按估算它要部分放在内存里，慢和内存占用大都在意料之中；" + allOnGpu(true, focus, onGpu) + "；或者" + paste + "。"
                    : "By the estimate part of it runs from system RAM, which alone makes it slow and RAM-hungry; " + allOnGpu(false, focus, onGpu) + "; or " + paste + ".");
            case NO -> new NextStep(NextStep.Baseline.OTHER, zh ? "按估算这套配置放不下：要换更小的量化格式、更短的上下文，或者更多显存；或者" + paste + "。"
                    : "By the estimate this setup does not fit: it needs a smaller format, a shorter context or more GPU memory; or " + paste + ".");
        };
    }

    /**
     * What puts a model that spills into system RAM all in GPU memory: a smaller format of it that fits there, named with
     * its size; a shorter context when its weights leave the card room, so only the KV cache spills; neither, when no
     * format of it fits the card at the context sized and the weights alone fill it (a 671B MoE beside a 16 GB card): then
     * only a smaller model or more GPU memory does.
     */
    static String allOnGpu(boolean zh, Candidate focus, Candidate onGpu) {
        boolean shorter = focus.weightsLeaveRoom();
        if (onGpu != null) {
            String format = String.format(Locale.ROOT, zh ? "%s（%.1f GB）" : "%s (%.1f GB)", onGpu.formatLabel(), onGpu.totalGb());
            return zh ? "换更小的量化格式 " + format + (shorter ? "或更短的上下文" : "") + "可以全部放进显存"
                    : "a smaller format, " + format + (shorter ? ", or a shorter context" : "") + " puts it all in GPU memory";
        }
        if (shorter) return zh ? "更短的上下文可以全部放进显存" : "a shorter context puts it all in GPU memory";
        String context = Candidate.contextLabel(focus.context());
        return zh ? "在 " + context + " 上下文下没有哪种格式能全部放进这块显存，只有更小的模型或更多显存才行"
                : "at " + context + " context no format of it fits entirely in this GPU memory: only a smaller model or more GPU memory does";
    }

    /** Causes that say the setup as tried had no room in GPU memory. */
    private static final Set<String> NO_ROOM_AS_TRIED = Set.of("unquantized", "model_too_large", "context_too_large");

    /**
     * The reply under a cause the sizing named after the no-cause next step was written ({@link #withBaseline}). "By the
     * estimate it fits, so check what else holds memory" is about memory held elsewhere, which only that cause agrees
     * with: beside a cause that says the setup as tried had no room, it speaks of the format we assumed, not of theirs,
     * and beside one that rules memory out (the software, a GPU left unused) it points away from the cause: only its request
     * for the engine's lines stays. A model too large for the card that failed to load is run as it is by putting fewer
     * layers on the GPU (what an engine that offloads is told with its layer count), so that step, with the count the
     * sizing gives, replaces "a smaller format or a shorter context".
     */
    public static Reply nextStepBesideCause(Reply r, String code, Candidate c, Engine engine, Platform platform) {
        NextStep step = r.nextStep();
        if (step == null || code.equals("memory_used_elsewhere")) return r;
        boolean zh = r.lang() == Lang.ZH;
        String replacement = null;
        if (step.baseline() == NextStep.Baseline.SPILLS) {
            if (!NO_ROOM_AS_TRIED.contains(code)) return r;
            boolean layers = code.equals("model_too_large") && c != null && c.placement() == Placement.OFFLOAD && !c.expertsInRam()
                    && c.gpuLayers() > 0 && (engine == null || !engine.keepsModelOnGpu());
            if (!layers) return r;
            replacement = fewerLayers(zh, c, engine);
        } else if (step.baseline() != NextStep.Baseline.FITS) {
            return r;
        } else if (!NO_ROOM_AS_TRIED.contains(code)) {
            // memory ruled out: the engine's own lines show the fault, and the platform's monitor whether the GPU does the work
            String paste = pasteLog(zh, engine);
            String watch = gpuWatch(zh, platform);
            replacement = zh ? "要看出是哪里出错，请" + paste + (watch == null ? "" : "，并在运行时看" + watch + "：GPU 是否在忙、模型是否在 GPU 上") + "。"
                    : "To see what fails, " + paste + (watch == null ? "." : "; and watch " + watch + " while it runs: is the GPU busy, and does it hold the model?");
        }
        List<String> notes = new ArrayList<>();
        for (String n : r.notes()) {
            if (!n.equals(step.text())) notes.add(n);
            else if (replacement != null) notes.add(replacement);
        }
        return new Reply(r.lang(), r.kind(), r.headline(), r.options(), r.reasons(), notes, r.readAs());
    }

    /** Fewer layers on the GPU, in the setting of the engine they run (both common ones when none is named). */
    private static String fewerLayers(boolean zh, Candidate c, Engine engine) {
        int n = c.gpuLayers();
        String of = n + "/" + (c.layers() + 1);
        String setting = engine == Engine.LLAMA_CPP ? "-ngl " + n + (zh ? "，llama-cpp-python 里是 n_gpu_layers=" + n : "; n_gpu_layers=" + n + " in llama-cpp-python")
                : engine == Engine.OLLAMA ? "num_gpu " + n + (zh ? "，例如 /set parameter num_gpu " : ", e.g. /set parameter num_gpu ") + n
                : engine == Engine.LM_STUDIO ? (zh ? "加载设置里的 GPU Offload 设为 " + n : "GPU Offload " + n + " in the load settings")
                : "llama.cpp -ngl " + n + ", Ollama num_gpu " + n;
        return zh ? "照现在的格式运行：少放一些层到显卡上，约 " + of + " 层（" + setting + "），其余在内存里跑，速度会慢；或者换能全部放进显存的更小格式。"
                : "To run it as it is: put fewer layers on the GPU, about " + of + " (" + setting + "); the rest runs from system RAM, slower; or a smaller format that fits entirely.";
    }

    /** What the question still lacks for an estimate: the GPU, the model, or both; nothing already named is asked for again. */
    private static String missing(boolean zh, boolean hardwareKnown, boolean modelKnown) {
        if (hardwareKnown && modelKnown) return "";
        if (hardwareKnown) return zh ? "，并说明模型" : ", and name the model";
        if (modelKnown) return zh ? "，并说明显卡" : ", and name the GPU";
        return zh ? "，并说明显卡和模型" : ", and name the GPU and the model";
    }

    /**
     * A diagnosis question that reached the ordinary writer (no log was read): what our estimate says for the
     * named model on the named hardware, framed as a diagnosis.
     */
    public static Answer estimateOnly(Ask ask, Ranking ranking, List<String> notes) {
        boolean zh = ask.lang() == Lang.ZH;
        List<Recommendation> pool = ranking.all().stream().filter(r -> r.candidate().requested()).toList();
        if (pool.isEmpty()) pool = ranking.all();
        List<Reply.Option> options = new ArrayList<>();
        List<Recommendation> shown = new ArrayList<>();
        for (Recommendation r : pool.stream().limit(ReplyWriter.FORMAT_OPTIONS).toList()) {
            shown.add(r);
            options.add(new Reply.Option(r.candidate().title(), ReplyWriter.summary(ask.lang(), r.candidate())));
        }
        String headline = zh ? "没有可读的日志或报错；按我们的估算，这个配置是这样的：" : "No log or error to read; here is what our estimate says for this setup:";
        return new Answer(ask, shown, new Reply(ask.lang(), Reply.Kind.ANSWER, headline, options, ReplyWriter.reasons(ask.lang(), shown), notes));
    }

    private static Verdict verdict(Candidate focus, Setup setup, LogFacts log, Cause top, Platform platform, boolean ramKnown) {
        if (startedWithItsShare(setup, focus)) return Verdict.FITS;
        Verdict v = asDiagnosed(focus, setup, log, top, platform, ramKnown);
        // an engine that puts nothing in system RAM (vLLM, MLX, a runtime with no CPU path: Setup.gpuOnly) runs the model
        // on the GPU or not at all: a setup that runs there fits, one that does not run is a no, whatever cause was named;
        // so a setup they say runs there fits even when the question names too little for an estimate of our own
        if (!setup.gpuOnly() && (setup.engine() == null || !setup.engine().keepsModelOnGpu())) return v;
        boolean runs = ran(setup, log) || (setup.slow() && !setup.outOfMemory());
        if (v == Verdict.OFFLOAD) return runs ? Verdict.FITS : Verdict.NO;
        return v == null && runs ? Verdict.FITS : v;
    }

    /**
     * A serving engine that reserves its share of the GPU at start-up ({@link dev.llmadvisor.facts.UpFrontReservers}),
     * asked about only for the memory it takes, with nothing failing, slow or off the GPU: it started, and these engines
     * hold the whole model and their KV pool in GPU memory, so as run it fits (the memory they see taken is the share, not
     * the model's need). Not when the weights we size for their setup exceed the GPU memory they name: what they see
     * taken is then not this model running.
     */
    static boolean startedWithItsShare(Setup setup, Candidate focus) {
        boolean asked = setup.reserver() != null && setup.memoryUse() && !setup.cpuOnly() && !setup.outOfMemory() && !setup.failed()
                && !setup.contextLimit() && !setup.slow() && !setup.gpuNotUsed();
        return asked && (focus == null || focus.vramGb() <= 0 || focus.weightsGb() <= focus.vramGb());
    }

    private static Verdict asDiagnosed(Candidate focus, Setup setup, LogFacts log, Cause top, Platform platform, boolean ramKnown) {
        // what the engine did beats our estimate: layers it placed in RAM, or a GPU left idle, mean the model
        // runs, from system RAM
        if (top != null && gpuUsableOnceFixed(top, focus, setup, platform)) return Verdict.FITS;
        if (idleWithNothingSized(top, focus, setup)) return Verdict.FITS;
        if (top != null && RUNS_FROM_RAM.contains(top.code())) return Verdict.OFFLOAD;
        if (contextPushedLayersOff(top, setup, log)) return Verdict.OFFLOAD;
        if (engineSplitThenRanOut(top, setup, log)) return Verdict.OFFLOAD;
        // an engine that refuses the setup whatever the memory (a feature the GPU lacks, heads that do not
        // divide over the GPUs, pipeline parallelism it lacks for the model's architecture) does not run it as tried
        if (log != null && (refusesWhateverTheFlags(log.unsupported()) || log.tpNotDivisible() || log.pipelineRefused())) return Verdict.NO;
        // a size the heads refuse, where they say the model runs (at another size): the setup runs, only that size is refused
        if (setup.tpRefused() && !setup.works()) return Verdict.NO;
        // vLLM says how many tokens its KV cache holds, fewer than the maximum length: the weights and activations are
        // in GPU memory, and the model runs with --max-model-len at most that (the fix its own error names)
        if (log != null && log.kvTokens() > 0 && log.maxSeqLen() > log.kvTokens()) return Verdict.FITS;
        // with no estimate of our own, a load that ran out of memory did not fit as tried: the weights too large,
        // or loaded in 16 bits (a quantized file would fit, but that is another setup than the one tried)
        boolean refused = top != null && NO_ROOM.contains(top.code()) && !setup.works();
        // too large for the GPU, yet they say it answers (slowly): it runs from RAM or on the CPU
        boolean ranOffGpu = top != null && NO_ROOM.contains(top.code()) && setup.works();
        // system RAM ran out while the model loaded (the process killed, the CPU allocator refused): as tried it did not run
        boolean loadKilled = top != null && log != null && log.hostMemoryShort() && !setup.works();
        if (focus == null) return refused || loadKilled ? Verdict.NO : ranOffGpu ? Verdict.OFFLOAD
                : memoryShownEnough(top, setup, log) ? Verdict.FITS : null;
        // and an engine that ran out of memory loading it did not run it as tried, whatever offload could do, unless the
        // engine places the layers itself and the RAM they state holds what the GPU does not
        if (refused && setup.outOfMemory() && !offloadsOnItsOwn(setup, focus, ramKnown)) return Verdict.NO;
        if (ran(setup, log)) return focus.onGpu() ? Verdict.FITS : Verdict.OFFLOAD;
        return Verdict.of(focus.placement(), focus.fits());
    }

    /**
     * The engine places the layers itself ({@link Engine#placesLayersItself}: Ollama) and our estimate runs the model with
     * part of it in the system RAM the person states: what the hardware gives is a run with offload, and their
     * out-of-memory at load is the engine's estimate running short (ollama #4152: gemma 7B fp16, about 17 GB, on a 16 GB
     * card with 96 GB of RAM). Not with RAM unstated: what we assume would then decide it.
     */
    static boolean offloadsOnItsOwn(Setup setup, Candidate focus, boolean ramKnown) {
        return ramKnown && setup.engine() != null && setup.engine().placesLayersItself() && focus != null && focus.fits()
                && focus.placement() == Placement.OFFLOAD;
    }

    /**
     * The context took the GPU memory, and the person's own log shows the engine counting layers into system RAM
     * (Ollama's layers.offload below layers.model, llama.cpp's "offloaded 20/41 layers") with nothing failing: the engine
     * saw the cards and placed the layers, so it runs partly or wholly from RAM, and as run it is offload, whatever a fit
     * our estimate finds with another engine version's buffers (ollama #10615: 0 of 41 layers at num_ctx 131072 on two
     * 24 GB cards, Ollama's graph estimate 13.3 GiB per card). The cause's own line says the same ("so layers go to system
     * RAM"). Not a bare "100% CPU" from ollama ps, which a GPU left unused shows too (rule F: then the cards decide).
     */
    static boolean contextPushedLayersOff(Cause top, Setup setup, LogFacts log) {
        return top != null && top.code().equals("context_too_large") && log != null && log.cpuLayers() > 0
                && !log.allocationFailed() && !setup.outOfMemory() && !setup.failed();
    }

    /**
     * The engine placed the layers by its own memory estimate, part of them in system RAM (the person's log counts layers
     * on the GPU and off it, not set by hand), and then ran out of GPU memory: the estimate was too low, and its fix puts
     * fewer layers on the GPU (rule "Out of memory although the engine chose a partial offload itself"). By the engine's
     * own count the model does not fit the GPU memory as run, so what the hardware gives is a run with part of it in RAM:
     * offload, not "no" and not no verdict (ollama #5913: llama3:70b, 43 of 81 layers on a 24 GiB card).
     */
    static boolean engineSplitThenRanOut(Cause top, Setup setup, LogFacts log) {
        return top != null && top.code().equals("other") && log != null && log.gpuLayers() > 0 && log.cpuLayers() > 0
                && !log.layersSetByUser() && !log.kvAllocFailed() && setup.outOfMemory();
    }

    /**
     * A feature the GPU lacks that no flag works around. bfloat16 is not one: vLLM and transformers load the same
     * weights as float16 with {@code --dtype half} / {@code torch_dtype=torch.float16}, in the same memory
     * (vLLM's error itself says "You can use float16 instead"), so whether the model runs is the memory's answer.
     */
    public static boolean refusesWhateverTheFlags(String unsupported) {
        return unsupported != null && !unsupported.equals("bf16");
    }

    /**
     * A GPU left idle on a card the engine's CUDA builds support (an NVIDIA card of known compute capability, not older
     * than the engine's minimum) is a fault of a setting, driver, build or release, not of the hardware: once fixed, the
     * GPU holds what the sizing says it holds, so when our estimate puts the whole model in GPU memory that is the
     * verdict (the baseline line of the answer says so). Other cards keep "runs from RAM": whether an AMD or Intel card
     * is used at all depends on its gfx target or driver stack (Ollama's docs/gpu.md lists the Radeon cards its ROCm
     * build supports; others need HSA_OVERRIDE_GFX_VERSION), which the catalog does not record. An Apple Silicon GPU
     * is one every Mac engine reaches through Metal (llama.cpp and Ollama by default, MLX natively), so it is usable
     * once fixed like a supported NVIDIA card (README rule F: the verdict is what the hardware gives once the GPU is used).
     */
    /**
     * A GPU left wholly idle where nothing could be sized (no model named, or no card memory): an engine that offloads
     * (llama.cpp, Ollama, LM Studio, GPT4All) puts on the GPU as many layers as fit, so a model too large for the card
     * shows as part of it on the GPU, never as a card left unused; an idle card is a fault of the build, driver or settings.
     * README rule F takes the verdict of such a thread as what the hardware gives once the GPU is used, and with no size
     * against it that is the model on the GPU: fits. Not on a machine read as CPU-only or an Intel Mac, a card the engine
     * no longer supports, a GPU said to be unsupported, nor beside an out-of-memory (then the memory did take part); not
     * when the idle GPU is judged by the Windows Task Manager (its default graph shows 3D work, not CUDA, so it does not
     * show the card unused), nor when they call the run slow (a question about the speed of the run as it stands).
     */
    static boolean idleWithNothingSized(Cause top, Candidate focus, Setup setup) {
        return top != null && top.code().equals("gpu_not_used") && focus == null && !setup.cpuOnly() && !setup.intelMac()
                && !setup.gpuTooOldForEngine() && !setup.gpuUnsupported() && !setup.outOfMemory() && !setup.taskManager()
                && !setup.slow();
    }

    /** Why a GPU left idle, with nothing sized, is a fit once it is used, in the person's language. */
    static String idleGpuLine(Lang lang) {
        return lang == Lang.ZH
                ? "这不是显存不够：模型太大时显卡也会用上一部分（能部分卸载的引擎会把放得下的层都放到显卡上），或者报显存不足，而不是完全闲着；显卡完全没用上是构建、驱动或设置的问题。修好之后模型就在显卡上运行。"
                : "This is not a lack of memory: a model too large for the card still uses part of it (an engine that offloads puts as many layers there as fit) or fails with an out-of-memory, rather than leaving it idle; a GPU left wholly unused is a fault of the build, driver or settings. Once fixed, the model runs on the GPU.";
    }

    static boolean gpuUsableOnceFixed(Cause top, Candidate focus, Setup setup, Platform platform) {
        // an out-of-memory beside it says the memory took part: the card was tried and fell short, not left idle by a fault
        return top.code().equals("gpu_not_used") && focus != null && focus.onGpu() && focus.fits() && !setup.outOfMemory()
                && (everyBuildUses(setup.minComputeCapability(), platform, setup.intelMac(), setup.gpuTooOldForEngine())
                        || acceleratorTheEngineRuns(platform, setup.engine(), setup.gpuUnsupported()));
    }

    /**
     * An AMD, Intel, Ascend or Moore Threads accelerator named with an engine that has a build for it, with nothing
     * saying the card is unsupported: the engine fell back to the CPU, which README rule F counts as a fault to fix (a
     * driver, a setting such as HSA_OVERRIDE_GFX_VERSION, the NPU device selected), so the verdict is what the card
     * holds once used. An install with no code for the card is rule I's unsupported hardware, and Ollama has no build
     * for Ascend or Moore Threads ({@link Platform#ollamaRuns()}): then the CPU is what it gives.
     */
    static boolean acceleratorTheEngineRuns(Platform platform, Engine engine, boolean gpuUnsupported) {
        boolean accelerator = platform == Platform.AMD || platform == Platform.INTEL || platform == Platform.ASCEND
                || platform == Platform.MOORE_THREADS;
        return accelerator && !gpuUnsupported && (engine != Engine.OLLAMA || platform.ollamaRuns());
    }

    /**
     * A GPU every build of the engine reaches once a setting, driver or build is fixed: an NVIDIA card of known compute
     * capability not older than the engine's CUDA minimum, or an Apple Silicon GPU (Metal). AMD and Intel cards are not:
     * whether the engine uses them depends on a gfx target or driver stack the catalog does not record. A card told by its
     * memory alone ("my 16G card") is: nothing names a make the engine may lack, so README rule F judges it by that memory.
     */
    static boolean everyBuildUses(double computeCapability, Platform platform, boolean intelMac, boolean tooOldForEngine) {
        return (computeCapability > 0 || platform == Platform.UNKNOWN || (platform == Platform.APPLE && !intelMac)) && !tooOldForEngine;
    }

    /**
     * The cause found is not the memory, and a run shows it: the same model under another engine, OS or mode, or a model
     * as large or larger under this one, runs on this machine, or this run answered with a row of '!' (NaN scores: it was
     * loaded and computed). The answer says the memory is enough, so with no estimate of our own that is its verdict
     * (rules "The same model runs elsewhere on the same machine", "A model as large or larger runs on the same setup",
     * "Nothing but exclamation marks: the arithmetic overflowed"). Garbage told in words, on a card named, is a run the
     * person reports, which the answer says in its own line ({@link ReplyWriter#ranOnGpuAsReported}).
     */
    static boolean memoryShownEnough(Cause top, Setup setup, LogFacts log) {
        return top != null && top.code().equals("other") && !setup.outOfMemory()
                && (setup.worksElsewhere() || setup.largerModelRuns() || (log != null && log.nanOutput()));
    }

    /** The model ran: they say it runs, or it wrote an answer. */
    private static boolean ran(Setup setup, LogFacts log) {
        return setup.works() || wroteAnswer(setup, log);
    }

    /** It wrote an answer, if a wrong one (garbage, nothing but '!'): the model was loaded and ran. */
    private static boolean wroteAnswer(Setup setup, LogFacts log) {
        return setup.garbage() || (log != null && log.nanOutput());
    }

    private static final Set<String> RUNS_FROM_RAM = Set.of("partial_offload", "gpu_not_used", "ram_bandwidth");
    static final Set<String> NO_ROOM = Set.of("model_too_large", "unquantized");

    /** What was read from the log, in a line: engine, layers, buffers, KV, what failed, speed. */
    static String logSummary(LogFacts l, Lang lang) {
        if (l == null || l.isEmpty()) return "";
        boolean zh = lang == Lang.ZH;
        List<String> parts = new ArrayList<>();
        if (l.engine() != null) parts.add(l.engine().display(lang));
        if (l.model() != null) parts.add(l.model());
        if (l.gpuName() != null) parts.add(l.gpuName());
        // names alone (an engine named in prose, no log pasted) are not something a log shows
        int names = parts.size();
        if (l.gpuLayers() >= 0 && l.allLayers() > 0) parts.add((zh ? "显存中的层 " : "layers on GPU ") + l.gpuLayers() + "/" + l.allLayers());
        if (l.gpuModelMib() > 0 || l.cpuModelMib() > 0) {
            parts.add(String.format(Locale.ROOT, zh ? "权重 显存 %.0f MiB、内存 %.0f MiB" : "weights %.0f MiB on GPU, %.0f MiB in RAM", l.gpuModelMib(), l.cpuModelMib()));
        }
        if (l.kvMib() > 0) parts.add(String.format(Locale.ROOT, zh ? "KV 缓存 %.0f MiB" : "KV cache %.0f MiB", l.kvMib()));
        if (l.nCtx() > 0) parts.add("n_ctx " + l.nCtx());
        if (l.allocFailMib() > 0) {
            parts.add(String.format(Locale.ROOT, zh ? "分配失败 %.0f MiB（设备 %d）" : "failed allocation %.0f MiB (device %d)", l.allocFailMib(), Math.max(0, l.allocFailDevice())));
        }
        if (l.kvAllocFailed()) parts.add(zh ? "KV 缓存分配失败" : "KV cache allocation failed");
        if (l.modelAllocFailed()) parts.add(zh ? "权重分配失败" : "weight allocation failed");
        if (l.ollamaLayersModel() > 0) {
            parts.add(String.format(Locale.ROOT, zh ? "Ollama 放到显卡 %d/%d 层，可用 %.1f GiB，全部需要 %.1f GiB" : "Ollama offloads %d/%d layers, %.1f GiB available, %.1f GiB needed in full",
                    Math.max(0, l.ollamaLayersOffload()), l.ollamaLayersModel(), l.ollamaAvailableGib(), l.ollamaRequiredFullGib()));
        }
        if (l.sysRequiredGib() > 0) parts.add(String.format(Locale.ROOT, zh ? "需要内存 %.1f GiB，可用 %.1f GiB" : "needs %.1f GiB of memory, %.1f GiB available", l.sysRequiredGib(), l.sysAvailableGib()));
        if (l.maxSeqLen() > 0) parts.add((zh ? "最大长度 " : "max length ") + l.maxSeqLen());
        if (l.kvTokens() > 0) parts.add((zh ? "KV 缓存容量 " : "KV cache holds ") + l.kvTokens() + " tokens");
        if (l.gpuBlocks() >= 0) parts.add("GPU blocks " + l.gpuBlocks());
        if (l.noCacheMemory()) parts.add(zh ? "没有显存留给 KV 缓存块" : "no memory left for KV cache blocks");
        if (l.tpNotDivisible()) parts.add((zh ? "张量并行切分失败" : "tensor-parallel split failed") + (l.heads() > 0 ? " (" + l.heads() + " heads / " + l.tpSize() + ")" : ""));
        if (l.unsupported() != null) parts.add(l.unsupported() + (l.ccHave() > 0 ? " (compute " + l.ccHave() + " < " + l.ccRequired() + ")" : ""));
        if (l.triedMib() > 0) {
            // a cut-off error names no capacity
            parts.add(l.totalGib() <= 0 ? String.format(Locale.ROOT, zh ? "尝试分配 %.0f MiB" : "tried to allocate %.0f MiB", l.triedMib())
                    : String.format(Locale.ROOT, zh ? "尝试分配 %.0f MiB，显卡共 %.2f GiB" : "tried to allocate %.0f MiB of a %.2f GiB GPU", l.triedMib(), l.totalGib()));
        }
        if (l.otherProcessGib() > 0) parts.add(String.format(Locale.ROOT, zh ? "其他进程占用 %.2f GiB" : "other processes hold %.2f GiB", l.otherProcessGib()));
        if (l.noGpu() || l.cpuBackendOnly()) parts.add(zh ? "没有可用的 GPU" : "no usable GPU");
        if (l.driverTooOld()) parts.add(zh ? "驱动过旧" : "driver too old");
        if (l.tokensPerSecond() > 0) parts.add(CaseFiguresAccess.num(l.tokensPerSecond()) + " tokens/s");
        return parts.size() == names ? "" : String.join("; ", parts);
    }

    private static String ref(String source) {
        if (source == null || source.isEmpty()) return "";
        int colon = source.indexOf(':');
        String head = colon > 0 ? source.substring(0, colon) : source;
        return " (" + (head.length() <= 50 ? head : head.substring(0, 49) + "…") + ")";
    }

    /** Number formatting shared with the figures. */
    private static final class CaseFiguresAccess {
        static String num(double v) {
            if (v == Math.rint(v)) return String.valueOf((long) v);
            String s = String.format(Locale.ROOT, "%.2f", v);
            return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
