package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.PlatformMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a user's message (English or Chinese, however messy) into {@link Question} facts. Deterministic
 * and name-spotting only: names are reported as written and resolved against the knowledge base later.
 *
 * <p>Extractors run in an order that lets each claim its text before the next looks: the KV type and
 * weight format first, then models (so "14b" is not a memory size), GPUs with their counts and memory,
 * context lengths, remaining memory amounts, then use case, preference and intent.
 */
public final class QuestionParser {

    private final FormatSpotter formats = new FormatSpotter();
    private final ModelSpotter models;
    private final GpuSpotter gpus;
    private final ContextSpotter contexts = new ContextSpotter();
    private final MemorySpotter memory = new MemorySpotter();
    private final HardwareReader hardware;
    private final EngineSpotter engines = new EngineSpotter();
    private final ReportSpotter reports = new ReportSpotter();
    private final UseSpotter uses = new UseSpotter();
    private final PlatformSpotter platforms = new PlatformSpotter();
    private final Vocabulary vocabulary;

    public QuestionParser(Vocabulary vocabulary) {
        Vocabulary v = vocabulary == null ? Vocabulary.empty() : vocabulary;
        this.vocabulary = v;
        this.models = new ModelSpotter(v);
        this.gpus = new GpuSpotter(v);
        this.hardware = new HardwareReader(v);
    }

    /** Never throws: a message the parser cannot read becomes an UNKNOWN question with the text kept. */
    /** A graphics chip named ("my iGPU", "Adreno GPU", "核显", "显卡"), which the person expects to be used. */
    private static final Pattern OWN_GPU_NAMED = Pattern.compile(
            "(?<![a-z])(?:gpu|igpu|graphics|adreno|iris|radeon|arc)(?![a-z])|显卡|核显|集显|独显");
    /** No GPU at all said ("no GPU", "without a dedicated GPU", "没有显卡", "无显卡"): no chip named by it. */
    private static final Pattern NO_GPU = Pattern.compile(
            "(?<![a-z])(?:no|without(?: an?| any)?|(?:don'?t|do not) have (?:an?|any)|lack(?:ing)?(?: an?)?) (?:dedicated |discrete |nvidia |usable )?(?:gpus?|graphics cards?)(?![a-z])"
                    + "|gpu-?less|(?:没有|无|没)(?:独立|独|可用的?)?(?:显卡|gpu)");

    /**
     * The report as the kind weighs it: the GPU left unused is a fault only where a usable GPU is there
     * (eval/real-questions/README.md, kind diagnose: "the work on the CPU though a usable GPU is there"). On a machine with
     * no GPU of its own (CPU only, an iGPU, an Intel Mac) the run on the CPU is how it runs, so "runs on the CPU" there
     * tells no fault, and slowness alone stays a speed question. A graphics chip the person names as theirs (an iGPU, an
     * Adreno, "no GPU is running") is one they expect used, so there it stays a fault. The question keeps the report as read.
     */
    static Report asAFault(Report report, HardwareReader.Hardware hw, String low) {
        if (!hw.cpuOnly() || !hw.gpus().isEmpty() || !report.has(Report.Symptom.GPU_NOT_USED)) return report;
        if (Prefilter.find(OWN_GPU_NAMED, NO_GPU.matcher(low).replaceAll(" "))) return report;
        Set<Report.Symptom> symptoms = EnumSet.copyOf(report.symptoms());
        symptoms.remove(Report.Symptom.GPU_NOT_USED);
        return new Report(report.tokensPerSecond(), report.usedGb(), report.usedOnGpu(), symptoms, report.works(), report.fails(),
                report.wholeOnGpu(), report.log());
    }

    public Question parse(String text) {
        try {
            return parseOrThrow(text);
        } catch (RuntimeException e) {
            // A parser bug must not end the conversation; the advisor asks the user to rephrase instead.
            return Question.of(langOf(text == null ? "" : text), text);
        }
    }

    /** The parse without the safety net, so tests see bugs instead of UNKNOWN. */
    Question parseOrThrow(String text) {
        Scan scan = new Scan(text);
        FormatSpotter.Formats f = formats.spot(scan);
        List<String> modelMentions = models.spot(scan);
        List<GpuSpotter.CardSpan> cards = gpus.spot(scan);
        ContextSpotter.Context context = contexts.spot(scan);
        UseSpotter.Uses use = uses.spot(scan);
        MemorySpotter.Memory mem = memory.spot(scan);
        PlatformMention platform = platforms.spot(scan);
        String cpu = platform == null ? null : platform.cpu();
        HardwareReader.Hardware hw = hardware.read(scan, cards, mem, use.useCase() == UseCase.EDGE, cpu != null || MemorySpotter.machineByCores(scan.low),
                PlatformSpotter.integratedGraphicsOnly(cpu));
        EngineSpotter.Spotted spotted = engines.spot(scan);
        Engine engine = spotted.engine();
        Engine engineHint = engine == null ? engines.hint(scan) : null;
        Report report = reports.spot(scan, text);
        boolean owned = !hw.gpus().isEmpty() || hw.vramGb() != null || hw.ramGb() != null || hw.cpuOnly();
        boolean sizesOnly = modelMentions.stream().allMatch(ModelSpotter::isBareSize);
        Intent intent = IntentRules.classify(scan.low, new IntentRules.Found(modelMentions.size(), sizesOnly, ModelSpotter.distinctModels(modelMentions),
                hw.gpus().size(), hw.alternatives().size(), alike(hw.alternatives()), hw.targets().size(), f.mentions(), owned,
                asAFault(report, hw, scan.low)));
        return Question.of(langOf(text == null ? "" : text), text).toBuilder().intent(intent).gpus(setupAsked(hw, intent))
                .alternatives(hw.alternatives()).vramGb(hw.vramGb()).ramGb(hw.ramGb()).cpuOnly(hw.cpuOnly())
                .models(modelMentions).format(f.chosen() == null ? null : formatOf(f.chosen(), engine != null ? engine : engineHint))
                .formatsWeighed(weighed(f, intent, engine != null ? engine : engineHint)).asPublished(f.asPublished()).context(context == null ? null : context.tokens()).contextNotChosen(context != null && !context.chosen()).kvType(f.kvType()).engine(engine).engineHint(engineHint).report(report)
                .useCase(use.useCase()).topics(use.topics()).preference(use.preference())
                .platform(platform).targets(hw.targets()).gpuOnlyRuntime(gpuOnlyRuntime(text)).exl(f.exl()).client(spotted.client()).build();
    }

    /**
     * The runtime with no CPU path this message names (ChatRTX, MLC LLM, LMDeploy), by its display name, from the engine
     * fingerprints' mark; null when it names none. Public so the verdict tests can check the reading on its own.
     */
    public static String gpuOnlyRuntime(String text) {
        EngineFingerprints.GpuOnly g = EngineFingerprints.gpuOnlyRuntime(text);
        return g == null ? null : g.display();
    }

    /**
     * The cards the question is about: those the person has, or else the one setup they ask about though it was named
     * as a requirement ("文档推荐的4090 24G显存+380G内存，是可以跑r1 q4量化版吗", "需要多大显存？RTX4090 24G可以吗"). A
     * memory-needed question keeps its card as the unit to count ("how many A100s"), and so does one with options.
     */
    private static List<GpuMention> setupAsked(HardwareReader.Hardware hw, Intent intent) {
        boolean asksOfASetup = intent == Intent.CAN_RUN || intent == Intent.WHAT_CAN_RUN || intent == Intent.SPEED || intent == Intent.WHICH_FORMAT;
        if (hw.gpus().isEmpty() && hw.alternatives().isEmpty() && hw.targets().size() == 1 && !hw.cpuOnly() && hw.vramGb() == null && asksOfASetup) {
            return hw.targets();
        }
        return hw.gpus();
    }

    /** Two or more hardware options with the same memory in all (cards × memory each): "a 3090 or a 4090". */
    private boolean alike(List<GpuMention> options) {
        if (options.size() < 2) return false;
        Double first = total(options.get(0));
        return first != null && options.stream().allMatch(o -> first.equals(total(o)));
    }

    /** An option's memory: as stated, or the one size its card is sold with; null when neither is known. */
    private Double total(GpuMention g) {
        Double each = g.memoryGb();
        if (each == null) {
            Set<Double> sold = vocabulary.memoryOf(g.text());
            each = sold.size() == 1 ? sold.iterator().next() : null;
        }
        return each == null ? null : each * Math.max(1, g.count());
    }

    /**
     * "4-bit" on an engine that does not load GGUF is that engine's own 4-bit format: MLX's, AWQ on the serving
     * engines ("int4": GPTQ, as the Int4 checkpoints are), bitsandbytes in transformers; on the llama.cpp family (or none named) the GGUF quantization of that width.
     */
    private static WeightFormat formatOf(FormatSpotter.Named f, Engine engine) {
        int bits = f.bits();
        if (bits == 0 || engine == null) return f.format();
        return switch (engine) {
            // MLX quantizes to 2, 3, 4, 5, 6 or 8 bits; a width with no MLX format of its own here (a "3bit" community
            // quant) keeps the width read rather than being rounded up to 4 bits
            case MLX -> bits == 4 ? WeightFormat.MLX_4BIT : bits == 6 ? WeightFormat.MLX_6BIT : bits == 8 ? WeightFormat.MLX_8BIT : f.format();
            case VLLM, SGLANG, TGI -> bits == 8 ? WeightFormat.GPTQ_INT8
                    : bits <= 4 ? (f.integer() ? WeightFormat.GPTQ_INT4 : WeightFormat.AWQ_INT4) : f.format();
            case TRANSFORMERS -> bits <= 4 ? WeightFormat.BNB_NF4 : bits == 8 ? WeightFormat.BNB_INT8 : f.format();
            default -> f.format();
        };
    }

    /** The formats a which-format question weighs ("Q4_K_M or Q8_0?", "用q4还是q8"): two or more named; else none. */
    private static List<WeightFormat> weighed(FormatSpotter.Formats f, Intent intent, Engine engine) {
        if (intent != Intent.WHICH_FORMAT || f.named().size() < 2) return List.of();
        return f.named().stream().map(n -> formatOf(n, engine)).distinct().toList();
    }

    /** An English sentence's worth of words: a few Latin words besides the model and card names. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])");
    private static final int ENGLISH_PROSE_WORDS = 3;

    /**
     * A bilingual issue template's label, the English first and its Chinese after a slash, alone on its line ("### System
     * Info / 系統信息", "- [X] The official example scripts / 官方的示例脚本"): the template's words, not the person's.
     */
    private static final Pattern BILINGUAL_LABEL = Pattern.compile(
            "(?m)^[ \\t]*(?:#{1,6}|[-*][ \\t]*(?:\\[[ xX]\\])?)[ \\t]*[A-Za-z][^\\p{IsHan}\\n]*\\s/[ \\t]*[\\p{IsHan}？?、]{1,12}[ \\t]*$");

    /**
     * Chinese as soon as there is one Han character (users mix in English model and card names), outside the Chinese half
     * of a bilingual template's labels. CJK punctuation without Han ("。。。" comes from a Chinese keyboard) is Chinese only
     * when no English prose surrounds it: an English question typed on a Chinese keyboard ("…environment variables。") is
     * still English. Read on the raw text: NFKC folds "，" away.
     */
    static Lang langOf(String text) {
        int end = Math.min(text.length(), 2 * Scan.MAX_CHARS);
        if (text.contains(" /")) {
            text = BILINGUAL_LABEL.matcher(text.substring(0, end)).replaceAll("");
            end = text.length();
        }
        boolean cjkPunctuation = false;
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return Lang.ZH;
            cjkPunctuation |= Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
            i += Character.charCount(cp);
        }
        if (!cjkPunctuation) return Lang.EN;
        return LATIN_WORD.matcher(text.substring(0, end)).results().limit(ENGLISH_PROSE_WORDS).count() < ENGLISH_PROSE_WORDS
                ? Lang.ZH : Lang.EN;
    }
}
