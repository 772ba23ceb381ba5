package dev.llmadvisor.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two speed contrasts people report about their own runs, each pointing at a cause that is not the memory:
 * <ul>
 *   <li>a run split over several GPUs (or machines) that is no faster, or slower, than one ("multi-GPU inference is 10x
 *       slower than a single GPU", "runs at 1/2 the expected speed using RDMA", "each card's load only reaches 50%",
 *       多卡推理速度比单卡慢十倍, 单卡性能符合预期，双卡性能下降, 多GPU推理性能和单GPU一致，没有提升): the cards work in turn
 *       (layer split) or wait on each other (tensor parallel over a slow link), so more cards add memory, not speed;</li>
 *   <li>a quantized model that runs slower than the 16-bit one ("load_in_8bit inference is slower than fp16", "the int4
 *       model takes longer than the bf16 one", load_in_8bit 推理耗时比fp16长, 14B-int4的推理时间比14B的慢很多, or the two
 *       runs' times side by side: bf16有3秒多，Int4有10秒以上): its kernels
 *       dequantize on the fly, so the format saves memory, not time;</li>
 *   <li>a model told slower than another model of at least its size ("Qwen1.5-72b-chat is much slower than Qwen-72b-chat",
 *       Qwen1.5-7B-base 比 Qwen1.5-7B-chat 慢很多, 生成速度比Qwen2 7B还慢, 推理时长是 InternVL 25.5B 模型的3倍): the weights
 *       read per token are no more, so the difference is the model's code or the engine's (attention kernels, a custom
 *       modeling file, generation settings), not the memory. A larger model slower than a smaller one is the expected
 *       bandwidth and is not read.</li>
 *   <li>the same model told slower in one program than in another on the same machine ("MLX is ~50% slower than LM Studio",
 *       "However, in LM Studio I'm getting over 120 t/s", 比mindie慢了一半多, or the two programs' rates side by side): the
 *       hardware gives the faster program's speed, so the slower program's kernels, version or settings hold it back.</li>
 * </ul>
 * Told, not asked: a sentence that asks ("would two GPUs be slower?", 双卡会比单卡慢吗) reports no run. One grammar, read by
 * the question parser ({@link ReportSpotter}) and by the words around a pasted log ({@code logs.ProseHints}); forms generated
 * in {@code SpeedContrastFormsTest}. Expects lower-cased text.
 */
public final class SpeedContrastForms {

    /** A run over several GPUs or machines: multi-GPU, 4 GPUs, two RTX 3090s, both cards, tensor parallel, RDMA, 多卡, 双卡, 4张卡, 多GPU. */
    private static final String SEVERAL = "(?:multi-?gpus?|multiple (?:gpus|cards)|several (?:gpus|cards)|(?:[2-8]|two|three|four|eight) ?(?:x ?)?(?:gpus|cards)"
            // cards counted by model: "two RTX 3090s", "2x A100", "4090*2", "3090 x2"
            + "|\\b(?:[2-8]|two|three|four|eight)(?: ?[x*×] ?| )(?:nvidia |geforce |rtx |gtx |tesla |radeon |rx )*[a-z]{0,2}\\d{3,4}[a-z]{0,3}\\b"
            + "|\\b[a-z]{0,2}\\d{3,4}[a-z]{0,3} ?[x*×] ?[2-8]\\b"
            + "|both (?:gpus|cards)|dual[ -]gpus?|more gpus|tensor[ _-]parallel(?:ism|[ _-]size ?[=:]? ?[2-8])|\\btp ?[=:]? ?[2-8]\\b|rdma"
            + "|多卡|双卡|多gpu|多个gpu|多块(?:显)?卡|多张(?:显)?卡|[2-8] ?张(?:显)?卡|[2-8]卡(?!号)|多机)";
    /** The run on one card it is set against: single GPU, one GPU, standalone, 单卡, 单gpu, 1张卡. */
    private static final String SINGLE = "(?:single[ -](?:gpu|card)|one (?:gpu|card)|1 ?(?:gpu|card)(?!s)|standalone|单卡|单gpu|单张|1张(?:显)?卡)";
    /** No faster, in the words of a speed that does not rise: slower, no speedup, the same speed, 慢, 没有提升, 和单卡一致. */
    private static final String NO_FASTER = "(?:slower|no faster|not (?:any )?faster|isn'?t faster|no speed ?-?ups?|no improvement|doesn'?t (?:improve|speed up|help)"
            + "|does not (?:improve|speed up|help)|same speed|half the (?:expected )?speed|1/2 the (?:expected )?speed"
            + "|慢|没有提升|没提升|并?没有加快|没有变快|(?:速度|性能)[^，。,.]{0,12}?(?:一致|差不多|相同|一样)"
            // "还没有单卡的快", "不如单卡": no faster than the one card
            + "|没有?" + SINGLE + "(?:的|那么|这么)?快|不如" + SINGLE + ")";
    /** A speed that drops, said on its own: performance drops, half the expected speed, 性能下降, 速度下降. */
    private static final String DROPS = "(?:performance (?:drops?|dropped|degrad\\w*|decreas\\w*)|drops? in (?:performance|speed)|half the (?:expected )?speed"
            + "|1/2 the (?:expected )?speed|性能下降|速度下降|性能(?:有所)?降低|速度(?:有所)?降低)";
    /** Each card kept half busy: "load rate can only reach 50%", "utilization never goes above 50%", 利用率只有50%. */
    private static final String HALF_BUSY = "(?:load(?: rate)?|usage|utili[sz]ation|util|利用率|使用率|占用率)[^.。!?！？\\n]{0,30}?"
            + "(?:only|can only reach|at most|never (?:goes )?(?:above|over|exceeds?)|max(?:imum)?|highest|只有|最高|只能到|不到)[^.。!?！？\\n]{0,12}?(?:50 ?%|half|一半)";

    /** Several GPUs, then within the sentence a speed no higher. */
    private static final Pattern SEVERAL_THEN_NO_FASTER = Pattern.compile(SEVERAL + "[^.。!?！？\\n]{0,60}?" + NO_FASTER);
    private static final Pattern SEVERAL_THEN_DROPS = Pattern.compile(SEVERAL + "[^.。!?！？\\n]{0,60}?" + DROPS);
    /** A speed no higher, told of the run over several: "slower performance when using tensor RDMA", "slower with two GPUs". */
    private static final Pattern NO_FASTER_WITH_SEVERAL = Pattern.compile(
            "(?:slower|no faster|not faster|no speed ?-?up|half the (?:expected )?speed|1/2 the (?:expected )?speed)[^.!?\\n]{0,30}?\\b(?:when using|while using|using|with|on|over|across) (?:the |my |our )?" + SEVERAL);
    private static final Pattern SEVERAL_HALF_BUSY = Pattern.compile(SEVERAL + "[^\\n]{0,160}?" + HALF_BUSY);
    private static final Pattern SINGLE_NAMED = Pattern.compile(SINGLE);

    /** A quantized format, loaded so or published so: int4, 8-bit, GPTQ, AWQ, bitsandbytes, NF4, quantized, 量化. */
    private static final String QUANT = "(?:int ?[48]|[48][ -]?bits?|gptq|awq|bnb|bitsandbytes|load_in_[48]bit|nf4|quanti[sz]ed|量化(?:版|后|的)?(?:模型)?)";
    /** The 16-bit (or full-precision) run it is set against. */
    private static final String WIDE = "(?:fp16|bf16|bfloat16|float16|fp32|16[ -]?bits?|full[ -]precision|half[ -]precision|unquanti[sz]ed|non-quanti[sz]ed"
            + "|the original(?: model)?|原版|原始模型|非量化|未量化|不量化|全精度|半精度)";
    /** "int8 inference is slower than fp16", "the 4-bit model takes longer than the bf16 one", "GPTQ is 3x slower than 16-bit". */
    private static final Pattern QUANT_SLOWER_EN = Pattern.compile(
            "\\b" + QUANT + "\\b[^.!?\\n]{0,50}?\\b(?:slower|takes? longer|took longer|longer (?:inference |generation )?time)[^.!?\\n]{0,12}?\\bthan\\b[^.!?\\n]{0,24}?" + WIDE);
    /** 量化在前、比较在后：load_in_8bit 推理耗时比fp16长，14B-int4的推理时间比14B的慢很多，int4比原版慢. */
    private static final Pattern QUANT_SLOWER_ZH = Pattern.compile(
            QUANT + "[^，。,.;；!?！？\\n]{0,24}?(?:比|相比|相较于?)(?!" + QUANT + ")[^，。,.;；!?！？\\n]{0,24}?(?:慢|更长|长(?![度文]))");
    /** The int8 run's time said to grow beside a 16-bit one: "使用int8推理……耗时增加到5s以上" with fp16 named in the text. */
    private static final Pattern QUANT_TIME_GROWS = Pattern.compile(QUANT + "[^。.!?！？\\n]{0,40}?(?:耗时|推理时间|用时)(?:增加|变长|更长|翻倍)");
    private static final Pattern WIDE_NAMED = Pattern.compile(WIDE);
    /**
     * The quantized run told slow, with no "than" ("加载8bits量化模型后，发现推理速度很慢", "开启load_in_8bit后推理速度反而降低",
     * "with load_in_8bit inference got 4x slower"): a contrast only beside the 16-bit run named, or "反而" (instead).
     */
    private static final Pattern QUANT_THEN_SLOW = Pattern.compile(
            "(?<![非未不])" + QUANT + "[^，。,.;；!?！？\\n]{0,20}?(?:(?:后|之后|以后)[，,]?[^，。,.;；!?！？\\n]{0,8}?)?(?:速度|推理|生成)[^，。,.;；!?！？\\n]{0,12}?(?:很慢|变慢|慢了|慢很多|降低|下降|减慢)"
            + "|\\b" + QUANT + "\\b[^.,;!?\\n]{0,40}?\\b(?:is|was|gets|got|became|becomes|runs|ran)\\b[^.,;!?\\n]{0,20}?\\bslower\\b(?! than)");
    private static final Pattern INSTEAD = Pattern.compile("反而");
    /** A time or a rate with its unit: 3秒, 10 s, 850 ms, 12 tokens/s (the rates first, so "tokens/s" is not read as seconds). */
    private static final String FIGURE = "(\\d+(?:\\.\\d+)?) ?(tokens?/s|tok/s|t/s|tokens? per second|毫秒|ms(?![a-z])|秒|seconds?|secs?(?![a-z])|s(?![a-z/]))";
    /**
     * The two runs side by side with their figures, the 16-bit one first or second: "MiniCPM-2B-dpo-bf16有3秒多，MiniCPM-dpo-Int4
     * 有10秒以上", "fp16: 25 tokens/s, int4: 9 tokens/s". Groups 1-2 and 3-4 are the first and the second figure.
     */
    private static final Pattern WIDE_THEN_QUANT_FIGURES = Pattern.compile(
            WIDE + "[^。!?！？\\n]{0,30}?" + FIGURE + "[^。!?！？\\n]{0,40}?" + QUANT + "[^。!?！？\\n]{0,30}?" + FIGURE);
    private static final Pattern QUANT_THEN_WIDE_FIGURES = Pattern.compile(
            QUANT + "[^。!?！？\\n]{0,30}?" + FIGURE + "[^。!?！？\\n]{0,40}?" + WIDE + "[^。!?！？\\n]{0,30}?" + FIGURE);

    /** A size in parameters: 7b, 25.5B, 72b (not 24gb, not 4-bit). */
    private static final Pattern PARAMS = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?) ?b(?![a-z])");
    /** A model named as the term of comparison: a size in parameters, or a family name. */
    private static final String MODEL = "(?:(?:[a-z][a-z0-9._:\u2212-]{0,24}?[-_: ]?)?(?<![\\d.])\\d+(?:\\.\\d+)? ?b(?![a-z])"
            // or a family (llama.cpp and llamafile are engines, not models)
            + "|(?<![a-z])(?:qwen|llama(?!\\.cpp|file|[-_]cpp)|mistral|mixtral|gemma|phi-?\\d|deepseek|chatglm|glm-?\\d|baichuan|internlm|internvl|minicpm|vicuna|falcon|yi-\\d)"
            // with its size when it follows ("llama 2 7b"), so the two sizes can be set side by side
            + "(?:[a-z0-9._:\u2212 -]{0,16}?(?<![\\d.])\\d+(?:\\.\\d+)? ?b(?![a-z]))?)";
    /** "X is much slower than Qwen-72b-chat", "takes 3 times as long as llama 7b". */
    private static final Pattern MODEL_SLOWER_EN = Pattern.compile(
            "(?<![a-z])(?:slower than|no faster than|not faster than|(?:\\d+(?:\\.\\d+)? ?(?:x|times)|twice|(?:two|three|four|five|ten|several|many) times) (?:as long|longer|as slow) (?:as|than))"
                    // "slower than expected for a 7b" sets a run against an expectation, not against another model
                    + " (?!expected|i expected|usual|normal|before|it should|what)(?:the |a |my |our )?" + MODEL);
    /** 比Qwen1.5-7B-chat模型速度慢很多, 比Qwen2 7B还慢, 推理时长是InternVL 25.5B模型的3倍. */
    private static final Pattern MODEL_SLOWER_ZH = Pattern.compile(
            "(?:(?<!对)比(?!如|较|方|例|率)|相比|相较于?)\\s*" + MODEL + "[^，。,;；!?！？\\n]{0,16}?(?:慢|更长|长(?![度文]))"
                    + "|(?:时间|时长|耗时|用时|延迟)[^，。,!！？?\\n]{0,6}?是\\s*" + MODEL + "[^，。,!！？?\\n]{0,30}?的(?:近|约|大概)?[0-9一二两三四五六七八九十几数]+(?:\\.\\d+)?倍");

    /**
     * A program that runs models, as people name it when they set one against another: llama.cpp, Ollama, LM Studio, vLLM,
     * MLX, GGUF (the files llama.cpp and LM Studio run, set against MLX), ExLlama, KoboldCpp, text-generation-webui,
     * transformers, LMDeploy, MindIE, TensorRT-LLM, … (not "hf", which names a repo as often as a program).
     */
    private static final String ENGINE = "(?<![a-z])(?:llama\\.?cpp|llama-server|ollama|lm ?studio|vllm|sglang|mlx(?:[-_ ]lm)?|gguf|exllama(?:v[23])?|exl2"
            + "|koboldcpp|text-generation-webui|oobabooga|transformers|tgi|lmdeploy|turbomind|mindie|tensorrt-llm|trt-llm|mlc-llm|ktransformers"
            + "|ipex-llm|fastllm|llamafile)(?![a-z])";
    /** A rate with its unit: 7.68 tokens/sec, 120 t/s, 30tokens/s, 17 token/s. */
    private static final String RATE = "(\\d+(?:\\.\\d+)?) ?(?:t/s|tok/s|tokens?/s(?:ec)?|tokens? per second|tps)(?![a-z])";
    /**
     * This run told slower than the same in another program: "MLX is ~50% slower than LM Studio", "runs consistently slower
     * than llama.cpp", "much slower speeds compared to LlamaCPP", "However, in LMstudio, I'm getting over 120 t/s" (the other
     * program's rate set against the slow one told before it), 比mindie慢了一半多, 用llama.cpp快很多.
     */
    private static final Pattern ENGINE_SLOWER = Pattern.compile(
            "\\b(?:slower|less fast|worse (?:speed|performance))\\b[^.!?\\n]{0,30}?\\b(?:than|compared (?:to|with)|vs\\.?|versus) "
            + "(?:(?:in|with|on|using|via|under|through) )?(?:the |plain |vanilla |native )?" + ENGINE
            + "|\\b(?:however|but|whereas|while|meanwhile),? (?:in|with|on|using|via|through) (?:the |plain |vanilla |native )?" + ENGINE
            + ",?[^.!?\\n]{0,40}?" + RATE
            + "|比\\s?(?:用|在)?\\s?" + ENGINE + "[^，。,.!?！？\\n]{0,12}?慢"
            + "|(?:用|在)\\s?" + ENGINE + "[^，。,.!?！？\\n]{0,16}?快(?:了)?(?:很多|得多|不少|一倍|\\d+倍|几倍)");
    /** A program named with the rate it gave: "GGUF: 7.68 tokens/sec", "vllm部署的推理速度有30tokens/s", "MLX 0.42 t/s". */
    private static final Pattern ENGINE_RATE = Pattern.compile("(" + ENGINE + ")[^\\d\\n.!?。，,]{0,16}?" + RATE);
    /** How much lower one program's rate must be than another's to be told as slower rather than as the spread of runs. */
    private static final double ENGINE_RATE_GAP = 1.5;

    /** A sentence that asks: a question mark, 吗, 会不会, 是否; a why-question ("why is it slower?", 为什么) still tells the contrast. */
    private static final Pattern ASKS = Pattern.compile("[?？]|吗|会不会|是否");
    private static final Pattern WHY = Pattern.compile("\\bwhy\\b|\\bhow come\\b|为什么|为何|为啥|怎么回事|是什么原因|原因");
    /** The one card named inside the contrast as its term of comparison: "than a single GPU", 比单卡. */
    private static final Pattern SINGLE_COMPARED = Pattern.compile("(?:\\bthan (?:a |the |on a |on one |with a |with one )?|比|相比于?|相较于?|和|与|跟|同|没有?|不如)" + SINGLE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.。!?！？\\n]");
    /** A clause's end: a sentence's, or a comma or semicolon (a period inside "25.5b" or "qwen1.5" ends none). */
    private static final Pattern CLAUSE_END = Pattern.compile("(?:[。!?！？\\n，,;；]|\\.(?!\\d))");

    private SpeedContrastForms() { }

    /** A run over several GPUs told to be no faster, or slower, than one, or each card kept about half busy. */
    public static boolean severalNoFaster(String low) {
        if (low == null || low.isEmpty()) return false;
        boolean single = Prefilter.find(SINGLE_NAMED, low);
        return (single && toldOfSeveral(low)) || told(SEVERAL_THEN_DROPS, low) || told(NO_FASTER_WITH_SEVERAL, low)
                || told(SEVERAL_HALF_BUSY, low);
    }

    /** A quantized model told to run slower than the 16-bit one, or told slow beside the 16-bit run (or "instead"). */
    public static boolean quantizedSlower(String low) {
        if (low == null || low.isEmpty()) return false;
        boolean against = Prefilter.find(WIDE_NAMED, low);
        return told(QUANT_SLOWER_EN, low) || told(QUANT_SLOWER_ZH, low) || (against && told(QUANT_TIME_GROWS, low))
                || ((against || Prefilter.find(INSTEAD, low)) && told(QUANT_THEN_SLOW, low))
                || (against && (quantizedFigureWorse(WIDE_THEN_QUANT_FIGURES, low, false) || quantizedFigureWorse(QUANT_THEN_WIDE_FIGURES, low, true)));
    }

    /**
     * The two runs' figures side by side, of one kind (two times or two rates), the quantized one worse by a tenth or more:
     * a longer time or a lower rate.
     */
    private static boolean quantizedFigureWorse(Pattern p, String low, boolean quantFirst) {
        if (!Prefilter.mayFind(p, low)) return false;
        Matcher m = Prefilter.matcher(p, low);
        while (m.find()) {
            boolean rate1 = m.group(2).contains("/") || m.group(2).contains("per"), rate2 = m.group(4).contains("/") || m.group(4).contains("per");
            if (rate1 != rate2 || !tells(low, m.start(), m.end())) continue;
            double first = Double.parseDouble(m.group(1)) * (seconds(m.group(2)) ? 1000 : 1);
            double second = Double.parseDouble(m.group(3)) * (seconds(m.group(4)) ? 1000 : 1);
            double quant = quantFirst ? first : second, wide = quantFirst ? second : first;
            if (rate1 ? quant * 1.1 <= wide : quant >= wide * 1.1) return true;
        }
        return false;
    }

    /** A time unit in seconds (as opposed to milliseconds). */
    private static boolean seconds(String unit) {
        return !unit.contains("/") && !unit.contains("per") && !unit.equals("ms") && !unit.equals("毫秒");
    }

    /**
     * A model told slower than another model of at least its size: the one compared against is named by a size or a family,
     * and where the slower one's size is named before it in the sentence, it is no larger (a 14B slower than a 7B is the
     * bandwidth, expected).
     */
    public static boolean modelNoFaster(String low) {
        if (low == null || low.isEmpty()) return false;
        for (Pattern p : List.of(MODEL_SLOWER_EN, MODEL_SLOWER_ZH)) {
            Matcher m = p.matcher(low);
            while (m.find()) if (tellsInClause(low, m.start(), m.end()) && noLarger(low, m)) return true;
        }
        return false;
    }

    /**
     * The same model told slower in one program than in another on the same machine, in words ({@link #ENGINE_SLOWER}) or by
     * two programs' rates a few lines apart, one at most two thirds of the other ({@link #ENGINE_RATE}): the hardware gives the
     * faster program's speed, so the slower one's kernels, version or settings hold it back.
     */
    public static boolean engineSlower(String low) {
        if (low == null || low.isEmpty()) return false;
        if (told(ENGINE_SLOWER, low)) return true;
        if (!Prefilter.mayFind(ENGINE_RATE, low)) return false;
        Matcher m = Prefilter.matcher(ENGINE_RATE, low);
        String engine = null;
        double rate = 0;
        int end = -1;
        while (m.find()) {
            String e = family(m.group(1));
            double r = Double.parseDouble(m.group(2));
            boolean near = engine != null && m.start() - end < 300;
            if (near && !e.equals(engine) && r > 0 && rate > 0 && Math.max(r, rate) >= ENGINE_RATE_GAP * Math.min(r, rate)) return true;
            engine = e;
            rate = r;
            end = m.end();
        }
        return false;
    }

    /** One name for the spellings of a program: llama.cpp, llamacpp and llama-server; mlx and mlx-lm; exllamav2 and exl2. */
    private static String family(String engine) {
        String e = engine.replaceAll("[^a-z]", "");
        if (e.startsWith("llama")) return "llamacpp";
        if (e.startsWith("mlx")) return "mlx";
        if (e.startsWith("exl")) return "exllama";
        if (e.equals("turbomind")) return "lmdeploy";
        if (e.equals("trtllm")) return "tensorrtllm";
        if (e.equals("oobabooga")) return "textgenerationwebui";
        return e;
    }

    /** Whether the size named last before the comparison (the slower model) is at most the first one inside it (the other). */
    private static boolean noLarger(String low, Matcher m) {
        int from = m.start();
        while (from > 0 && !SENTENCE_END.matcher(low.substring(from - 1, from)).matches()) from--;
        Double slower = null;
        Matcher before = PARAMS.matcher(low.substring(from, m.start()));
        while (before.find()) slower = Double.parseDouble(before.group(1));
        Matcher inside = PARAMS.matcher(low.substring(m.start(), m.end()));
        if (slower == null || !inside.find()) return true;
        return slower <= Double.parseDouble(inside.group(1)) * 1.1;
    }

    /**
     * Several GPUs, then a speed no higher, where a single card named between the two is only the term of comparison
     * ("多卡推理速度比单卡慢"), not the subject of the slowness ("双卡很快，单卡很慢").
     */
    private static boolean toldOfSeveral(String low) {
        Matcher m = SEVERAL_THEN_NO_FASTER.matcher(low);
        while (m.find()) {
            String span = low.substring(m.start(), m.end());
            long singles = SINGLE_NAMED.matcher(span).results().count();
            long compared = SINGLE_COMPARED.matcher(span).results().count();
            if (singles == compared && tells(low, m.start(), m.end())) return true;
        }
        return false;
    }

    /** Whether a match of the pattern sits in a sentence that tells rather than asks. */
    private static boolean told(Pattern p, String low) {
        if (!Prefilter.mayFind(p, low)) return false;
        Matcher m = Prefilter.matcher(p, low);
        while (m.find()) if (tells(low, m.start(), m.end())) return true;
        return false;
    }

    /**
     * Whether a match sits in a clause that tells: "推理时长是 B 的3倍，请问是合理情况吗？" tells the contrast and then asks
     * about it, so the clause, not the whole sentence, decides.
     */
    private static boolean tellsInClause(String low, int start, int end) {
        int from = start;
        while (from > 0 && !CLAUSE_END.matcher(low).region(from - 1, low.length()).lookingAt()) from--;
        Matcher e = CLAUSE_END.matcher(low);
        String clause = low.substring(from, e.find(end) ? e.end() : low.length());
        return !Prefilter.find(ASKS, clause) || Prefilter.find(WHY, clause);
    }

    private static boolean tells(String low, int start, int end) {
        int from = start;
        while (from > 0 && !SENTENCE_END.matcher(low.substring(from - 1, from)).matches()) from--;
        Matcher e = SENTENCE_END.matcher(low);
        int to = e.find(end) ? e.end() : low.length();
        String sentence = low.substring(from, to);
        return !Prefilter.find(ASKS, sentence) || Prefilter.find(WHY, sentence);
    }
}
