package dev.llmadvisor.parse;

import dev.llmadvisor.sizing.ExlQuant;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots the KV cache type ("q8 kv cache", "KV cache q4_0") and the weight format ("Q4_K_M", "4-bit",
 * "4位量化", "AWQ", the q8_0 of an Ollama tag). The KV type is read first and claimed, so its "q8" is not
 * also taken as the weights' format.
 */
final class FormatSpotter {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final Pattern BITS_END = Pattern.compile("bits$");

    // also ExLlama's Q6 cache (read so it is not taken for the weights; no llama.cpp type matches it) and a width ("8-bit cache")
    private static final String KV_TYPE = "(q8_0|q8|q6|q4_0|q4_1|q4|q5_0|q5_1|f16|fp16|bf16|fp8|f32|iq4_nl|int8|int4|[48][ -]?bits?)";
    private static final Pattern KV_AFTER = Pattern.compile(
            // also as a setting pasted from an environment listing ("OLLAMA_KV_CACHE_TYPE      q8_0") or a serving engine's
            // flag ("--kv-cache-dtype fp8" in vLLM and SGLang: the cache's type, the weights stay as loaded)
            "(?<![a-z0-9])(?:kv|k/v)[ _-]?(?:cache|缓存)?[ _-]?(?:type|dtype|类型|量化为|量化成|量化到|量化|改成|改为|换成|设成|设置为|用|使用|设为|at|in|as|to"
                    + "|quantized to|quantised to)?(?:(?<=type)[ :=\"']{1,16}|[ :=]{0,3})" + KV_TYPE + Patterns.B1);
    /** "q8 kv", "Q4 KV cache", and the cache alone after its type ("Q4 cache", "8-bit cache", "fp16的缓存"): never the weights. */
    private static final Pattern KV_BEFORE = Pattern.compile(
            Patterns.B0 + KV_TYPE + "(?:[ -]?(?:kv|k/v)(?: ?cache|缓存)?|[ _-]?的?(?:kv|k/v)?[ _-]?(?:cache|缓存))" + Patterns.B1);
    private static final Pattern KV_FLAG = Pattern.compile(
            "(?:--)?cache-type-[kv][ =]{1,3}" + KV_TYPE + Patterns.B1);
    /**
     * An engine's own cache setting: TabbyAPI's "cache_mode: Q4" (FP16, Q8, Q6, Q4), text-generation-webui's ExLlama
     * "cache_type q8" and its older "--cache_8bit" / "--cache_4bit" switches.
     */
    private static final Pattern KV_MODE = Pattern.compile(
            "(?<![a-z0-9])(?:--)?cache[ _-](?:mode|type)[ :=\"']{0,3}" + KV_TYPE + Patterns.B1
                    + "|(?<![a-z0-9])(?:--)?cache_([48]bit)" + Patterns.B1);
    /**
     * The cache's quantization as a front end's load settings name it (LM Studio's "K Cache Quantization Type" and "V Cache
     * Quantization Type", "K/V Cache Quantization Type = Q8_0"): the cache's type, not the weights'.
     */
    private static final Pattern KV_SETTING = Pattern.compile(
            "(?<![a-z0-9])(?:kv|k/v|k|v)[ _-]?cache[ _-]?quanti[sz]ation(?:[ _-]?type)?[ :=\"'*]{0,16}" + KV_TYPE + Patterns.B1);
    /**
     * llama.cpp's own lines about the cache it allocated (src/llama-kv-cache*.cpp: "KV self size = 8192.00 MiB, K (f16):
     * 4096.00 MiB, V (f16): 4096.00 MiB"; llama_kv_cache_init: "type_k = 'f16', type_v = 'f16'"), often several in one log: each
     * tells the cache's type, none the weights'.
     */
    private static final Pattern KV_LOG = Pattern.compile(
            "(?<![a-z0-9])k \\(" + KV_TYPE + "\\): +[0-9.]+ mib, v \\([a-z0-9_]+\\)|type_k = '" + KV_TYPE + "', type_v = '[a-z0-9_]+'");

    /**
     * vLLM's refusal of bf16 on a card before compute capability 8.0 (vllm/worker/worker.py _check_if_gpu_supports_dtype), with
     * the advice it ends with ("You can use float16 instead by explicitly setting the `dtype` flag in CLI, for example:
     * --dtype=half."): vLLM raises it when the checkpoint is bf16 and no dtype was set, so it shows the published format,
     * read only when the person names no other; the float16 of its advice is not one they chose.
     */
    private static final Pattern VLLM_BF16 = Pattern.compile(
            "bfloat16 is only supported on gpus with compute capability of at least \\d+\\.\\d(?:[^\\n]{0,200}?--dtype=half)?");

    /**
     * bitsandbytes' other load options ("load_in_8bit_fp32_cpu_offload", which transformers' error about modules dispatched
     * to the CPU tells the person to set): an option's name, not the width loaded.
     */
    private static final Pattern LOAD_OPTION = Pattern.compile("load[-_]in[-_][48]bit_[a-z0-9_]+");

    private static final Pattern FORMAT = Pattern.compile(Patterns.B0 + "(?:"
            // a quant with Unsloth's dynamic "_XL" mix ("UD-Q2_K_XL"), mistral.rs' in-situ names ("--isq Q4K"), an integer width
            // with fastllm's group size ("--dtype int4g128")
            // MLC LLM's quantization codes ("q4f16_1", "q0f16"; see MLC_CODE)
            + "(q[0348]f(?:16|32)(?:_(?:[0-2]|ft))?"
            // also with a hyphen ("INT-4模型", "int-8"); a k-quant also with an underscore after the q or hyphens between its
            // parts ("Q_4_K_M", "UD-Q3-K-XL")
            + "|iq[1-4]_?(?:xxs|xs|nl|s|m)|q_?[2-8](?:[_-]?k(?:[_-]?(?:xl|[sml]))?|_[01])?|mxfp4|fp(?:32|16|8)|bf16|f(?:32|16)|int[ -]?[2348](?:g(?:32|64|128|256))?"
            // bitsandbytes' 4-bit NormalFloat on its own ("nf4", "bitsandbytes-nf4", "bnb_nf4")
            + "|nf4"
            // NVIDIA's 4-bit float, also as its checkpoints and vLLM name it ("…-FP4", "modelopt_fp4")
            + "|nv[-_ ]?fp4|modelopt[-_]fp4|fp4"
            // a dtype as set in code or on a command line ("torch_dtype=torch.bfloat16", "--dtype float16")
            + "|b?float(?:16|32)"
            // torchao's weight configs as SGLang's --torchao-config names them ("int8dq", "int8wo", "int4wo-128", "fp8wo",
            // "fp8dq-per_row"): the weights' width or fp8, the rest how activations and groups are handled
            + "|(?:int[48]|fp8)(?:dq|wo)(?:-(?:\\d+|per_(?:tensor|row)))?"
            // GPTQ with its width joined ("GPTQ-Int8", "GPTQ-8bit", "gptq_4bit")
            + "|gptq(?:[-_]?(?:int)?[48](?:[-_]?bits?)?)?|awq|[2-8][ -]?bits?"
            // the width before the letter, as people say it aloud: "a 7b 8Q model", "32B 4Q"
            + "|[2-8]q"
            // weights and activations ("35b-w8a8", "w4a16"): the weights' integer width
            + "|w[48]a(?:8|16))" + Patterns.B1
            // half precision however written: "半精度", "16-bit", "model.half()"
            + "|(half[ -]precision|半精度|16[ -]?bits?(?: precision)?|half\\(\\))"
            // "4位量化", and after the word: "量化8位和4位", "量化成4比特" (a bare "8位" also counts people)
            + "|([2-8]) ?(?:位|比特)(?:量化|精度|整数|(?<=量化[成为到了的]? ?[2-8] ?(?:位|比特)))"
            + "|(不量化|无量化|不做量化|未量化|没量化|不要量化|未做量化|没做量化|没有做量化|未经量化|未进行量化|没有进行量化"
            + "|unquantized|no quantization|without (?:any )?quantization|w/o (?:any )?quantization"
            // "满血版": the full release as published (against distilled or quantized "残血" versions)
            + "|full precision|original weights|全精度|原版|满血)"
            // ChatGLM's own weight-only quantization, called in its model code: "model.quantize(4).cuda()", ".quantize(8)"
            + "|quantize\\((?:bits ?= ?)?([48])\\)"
            // bitsandbytes switched on at load ("load_in_4bit=True", "BitsAndBytesConfig(load_in_8bit=True)", text-generation-webui's
            // "--load-in-8bit"); switched off ("load_in_8bit=False") it is taken whole, so its width is not read either. Also
            // LLaMA-Factory's width for on-the-fly quantization ("--quantization_bit 4", "quantization_bit: 8" in its YAML), whose
            // method defaults to bitsandbytes (src/llamafactory/hparams/model_args.py, QuantizationArguments)
            + "|(?:load[-_]in[-_](?=[48]bit)|quantization[-_]bit[ =:\"']{1,3})([48])(?:bit)?(?![0-9])( ?[=:] ?false)?)");

    /** Precisions a GGUF file's quant is read over: the weights it was made from ("fp16_hf.Q4_K_M.gguf"). */
    private static final Set<WeightFormat> LOOSE = EnumSet.of(WeightFormat.F32, WeightFormat.F16, WeightFormat.BF16);

    /**
     * "4q" said for Q4; "w8a8" for the weights' int8; "Q4K" for Q4_K; "int4g128" for int4 (the group size is the quantizer's);
     * torchao's "int8dq" for int8.
     */
    private static final Pattern REVERSED_Q = Pattern.compile("([2-8])q");
    private static final Pattern JOINED_K = Pattern.compile("^q([2-8])k");
    private static final Pattern GROUP_SIZE = Pattern.compile("(?<=int[2348])g\\d+$");
    private static final Pattern WEIGHTS_ACTIVATIONS = Pattern.compile("w([48])a(?:8|16)");
    private static final Pattern TORCHAO_MODE = Pattern.compile("(?<=^(?:int[48]|fp8))(?:dq|wo).*$");
    private static final Pattern INT_HYPHEN = Pattern.compile("(?<=^int)-");
    private static final Pattern Q_UNDERSCORE = Pattern.compile("^q_");

    /**
     * MLC LLM's codes (mlc.ai/mlc-llm docs, "Configure Quantization"): qAfB(_id), A the bits that store each weight, B the
     * bits of the activations (and of the group's scale), _id the algorithm; its default is group quantization, a scale per
     * group of 32 weights (40 for 3-bit). Each reads as the GGUF type of the same size: q4f16 (4 + 16/32 = 4.5 bits per
     * weight) as Q4_0, q4f32 (4 + 32/32 = 5) as Q4_1, q3f16 (3 + 16/40 = 3.4) as Q3_K_S, q8f16 (8.5) as Q8_0, and q0f16 / q0f32
     * (no quantization) as the 16- and 32-bit floats.
     */
    private static final Pattern MLC_CODE = Pattern.compile("^q([0348])f(16|32)(?:_.*)?$");

    /**
     * The quant a GGUF or GGML file's name ends with ("lzlv_70b_fp16_hf.Q4_K_M.gguf", "ggml-model-q8_0.bin"): the format of
     * the file loaded, over a precision or a bare width named before it.
     */
    private static final Pattern FILE_QUANT = Pattern.compile(
            "[._-](iq[1-4]_?(?:xxs|xs|nl|s|m)|q[2-8](?:_?k(?:_?(?:xl|[sml]))?|_[01])?|f(?:32|16)|bf16)\\.(?:gguf|bin)(?![a-z0-9])");

    /**
     * The GPTQ or AWQ family shown by its quantizer's package or a GPTQ group-size suffix ("auto_gptq", "AutoAWQ",
     * "lmdeploy lite auto_awq", "gpt4-x-alpaca-13b-native-4bit-128g"): a bare width ("4bit", "Int4", "4位") is then that family's.
     */
    /**
     * llama.cpp's line naming the type of the file it loaded (llama-model-loader.cpp "file type = Q4_K - Medium", the older
     * "model ftype = Q6_K", the GGML loader's "ftype = 2 (mostly Q4_0)"), in its own log or an app's that wraps it (Ollama,
     * LocalAI): the weights that ran, whatever a setting beside it says ("f16: true" is LocalAI's f16 compute switch).
     * Ends where the type begins.
     */
    private static final Pattern LOGGED_TYPE = Pattern.compile(
            "(?:file type|model ftype)\\s*=\\s*(?:mostly\\s+)?(?=\\S)|(?<![a-z_])ftype\\s*=\\s*\\d{1,3} \\((?:mostly )?");
    private static final Pattern GPTQ_SHOWN = Pattern.compile(
            "(?<![a-z0-9])(?:auto[-_]?gptq|gptq[-_]for[-_]llam?a)|(?<=bits?)-(?:32|64|128)g(?![a-z0-9])");
    private static final Pattern AWQ_SHOWN = Pattern.compile("(?<![a-z0-9])(?:auto[-_]?awq|llm[-_]awq)");

    /**
     * One weight format as written: {@code bits} is the width when it was written only as one ("4-bit", "int4",
     * "4位量化"), else 0; {@code integer} when that width was written "int4"/"int8", the GPTQ checkpoints' naming
     * (Qwen's "-GPTQ-Int4").
     */
    record Named(WeightFormat format, int bits, boolean integer) {}

    /**
     * @param named       the weight formats named, in order, each once: two or more with "or" ask which one to use
     * @param asPublished "unquantized", "原版", "满血" with no precision written: the format the model is published in
     * @param exl         the bit rate of an ExLlama format named ("4.65bpw", "-4.0bpw-h6-exl2"), or null
     * @param listed      the first format named is one of a list ("Q5_K_S and Q4_K_M", "q4_0, q4_1", "BF16和FP8"): the
     *                    formats are the topic, none is the one the person runs
     */
    record Formats(List<Named> named, KvCacheType kvType, boolean asPublished, ExlQuant exl, boolean listed) {
        Formats {
            named = List.copyOf(named);
        }

        /** The first format named, or null. */
        Named first() { return named.isEmpty() ? null : named.get(0); }

        /** The format the person runs or asks about: the first named, unless it is one of a list. */
        Named chosen() { return listed ? null : first(); }

        int mentions() { return named.isEmpty() && asPublished ? 1 : named.size(); }
    }

    /** "without GPTQ", "不用AWQ"; not "为什么不用Q8？", which asks about Q8. */
    private static final Pattern WITHOUT = Pattern.compile("(?:(?<![a-z])(?:without|w/o|instead of|rather than)|(?<!为什么|为啥|怎么)(?:不用|不要|没有|不是)) ?$");

    private static final Pattern BITS_ONLY = Pattern.compile("(?:int)?([2-8])(?:[ -]?bits?)?");

    /**
     * What joins the items of a list of formats, in English and Chinese ("q4_0, q4_1", "Q5_K_S and Q4_K_M", "BF16和FP8",
     * "int8、int4"); not "or" / "还是" / "vs", which weigh options one of which the person picks, nor "/", written for both.
     */
    private static final Pattern LIST_JOIN = Pattern.compile(" ?(?:,|&|、|and|as well as|和|与|及|以及) ?");

    /** Runs first, on the whole text: a format inside a model tag ("...-q8_0") counts too. */
    Formats spot(Scan scan) {
        String s = scan.low;
        KvCacheType logged = null;
        Matcher log = KV_LOG.matcher(s);
        while (log.find()) {
            scan.take(log.start(), log.end());
            if (logged == null) logged = KvCacheType.parse(log.group(1) != null ? log.group(1) : log.group(2)).orElse(null);
            s = s.substring(0, log.start()) + " ".repeat(log.end() - log.start()) + s.substring(log.end());
        }
        Matcher kv = null;
        for (Pattern p : new Pattern[] {KV_AFTER, KV_BEFORE, KV_FLAG, KV_SETTING, KV_MODE}) {
            Matcher m = p.matcher(s);
            if (m.find() && (kv == null || m.start() < kv.start())) kv = m;
        }
        KvCacheType kvType = logged;
        if (kv != null) {
            scan.take(kv.start(), kv.end());
            kvType = KvCacheType.parse(kv.group(1) != null ? kv.group(1) : kv.group(2)).orElse(null);
            s = s.substring(0, kv.start()) + " ".repeat(kv.end() - kv.start()) + s.substring(kv.end());
        }
        boolean publishedBf16 = Prefilter.find(VLLM_BF16, s);
        s = blanked(blanked(s, VLLM_BF16), LOAD_OPTION);
        Map<WeightFormat, Named> named = new LinkedHashMap<>();
        Named first = null;
        boolean unquantized = false;
        Matcher file = FILE_QUANT.matcher(s);
        int fileAt = file.find() ? file.start(1) : -1;
        if (fileAt < 0 && Prefilter.mayFind(LOGGED_TYPE, s)) {
            Matcher type = LOGGED_TYPE.matcher(s);
            if (type.find()) fileAt = type.end();
        }
        Matcher m = FORMAT.matcher(s);
        int[] firstSpan = null;
        // the format a file name or a load-time switch sets is the one run, whatever is listed beside it
        boolean firstOverrides = false;
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            if (m.group(7) != null) continue;
            // "without GPTQ (full fp16)", "不用量化": a format the person goes without is not the one they run
            if (m.group(4) == null && WITHOUT.matcher(s.substring(Math.max(0, m.start() - 10), m.start())).find()) continue;
            String written = m.group(1) != null ? canonical(m.group(1)) : m.group(5) != null ? "int" + m.group(5) : m.group(3);
            boolean loadTime = m.group(6) != null;
            Optional<WeightFormat> f;
            // bitsandbytes is the format whatever the engine: the width alone would read as a GGUF quant
            if (loadTime) f = Optional.of(m.group(6).equals("4") ? WeightFormat.BNB_NF4 : WeightFormat.BNB_INT8);
            else if (m.group(1) != null || m.group(5) != null) f = WeightFormat.parse(BITS_END.matcher(written).replaceAll("bit"));
            else if (m.group(2) != null) f = Optional.of(WeightFormat.F16);
            else if (m.group(3) != null) f = WeightFormat.parse(written + "bit");
            else {
                // "unquantized" is the original precision: a precision written out ("无量化版本的fp8精度") says which
                unquantized = true;
                continue;
            }
            if (f.isEmpty()) continue;
            Matcher b = written == null || loadTime ? null : BITS_ONLY.matcher(written);
            Named here = new Named(f.get(), b != null && b.matches() ? Integer.parseInt(b.group(1)) : 0, written != null && written.startsWith("int"));
            // the file's quant (by its name, or the type llama.cpp logs for it) wins over a precision or a bare width named before it ("lzlv_70b_fp16_hf.Q4_K_M.gguf", "f16 or
            // q8_0 … ggml-model-q8_0.bin", "mistral 7b int4 … q4_0.gguf"), not over another model's quant ("GPTQ-4bit vs x_Q5_K_S.gguf");
            // so does bitsandbytes switched on at load, over the dtype set beside it ("torch_dtype=torch.float16, load_in_4bit=True"),
            // which is then the compute type
            boolean overrides = m.start() == fileAt || loadTime;
            if (first == null || (overrides && (first.bits() > 0 || LOOSE.contains(first.format())))) {
                first = here;
                firstSpan = new int[] {m.start(), m.end(), f.get().ordinal()};
                firstOverrides = overrides;
            }
            spans.add(new int[] {m.start(), m.end(), f.get().ordinal()});
            named.putIfAbsent(f.get(), here);
        }
        if (first == null && publishedBf16) {
            first = new Named(WeightFormat.BF16, 0, false);
            named.put(WeightFormat.BF16, first);
        }
        WeightFormat family = first == null || first.bits() == 0 ? null : family(s, named.keySet(), first.bits());
        if (family != null) {
            named.remove(first.format());
            first = new Named(family, 0, false);
            named.put(family, first);
        }
        Exl exl = exl(s);
        if (exl != null) {
            // the rate is the format: a width said beside it ("4 bits per weight") is that rate, not a GGUF quant
            named.values().removeIf(n -> n.bits() > 0);
            if (first != null && first.bits() > 0) first = null;
            Named here = new Named(exl.format(), 0, false);
            if (first == null) first = here;
            named.putIfAbsent(exl.format(), here);
        }
        List<Named> ordered = new ArrayList<>();
        if (first != null) ordered.add(first);
        for (Named n : named.values()) if (first == null || n.format() != first.format()) ordered.add(n);
        boolean listed = exl == null && firstSpan != null && !firstOverrides && listed(s, spans, firstSpan);
        return new Formats(ordered, kvType, named.isEmpty() && unquantized, exl == null ? null : exl.rate(), listed);
    }

    /** Whether another format (spans: {start, end, ordinal}) sits next to the {@code chosen} one, joined as in a list. */
    private static boolean listed(String s, List<int[]> spans, int[] chosen) {
        int start = chosen[0];
        int end = chosen[1];
        for (int[] span : spans) {
            if (span[2] == chosen[2]) continue;
            String between = span[0] >= end ? s.substring(end, span[0]) : span[1] <= start ? s.substring(span[1], start) : null;
            if (between != null && LIST_JOIN.matcher(between).matches()) return true;
        }
        return false;
    }

    /** The text with every match of a pattern blanked out, same length, so that no format is read inside it. */
    private static String blanked(String s, Pattern p) {
        return p.matcher(s).replaceAll(r -> " ".repeat(r.end() - r.start()));
    }

    /**
     * ExLlama's formats: named ("exl2", "EXL3"), or a bit rate ("4.65bpw", "2.5 bits per weight", a repo's
     * "-4.0bpw-h6-exl2" with its head bits) where ExLlama or TabbyAPI is named. A rate said of a GGUF quant ("Q4_K_M is
     * 4.8 bpw") names no ExLlama format.
     */
    private static final Pattern EXL_NAME = Pattern.compile("(?<![a-z0-9])exl([23])(?![0-9])");
    private static final Pattern EXLLAMA = Pattern.compile("(?<![a-z0-9])(?:exllama ?(?:v([23]))?|tabby ?api)");
    private static final Pattern BPW = Pattern.compile(
            "(?<![0-9.])([2-8](?:\\.\\d{1,3})?) ?[-_]?(?:bpw|bits? per weight)(?:[-_ ]?h([2-8]))?(?![a-z])");

    private record Exl(WeightFormat format, ExlQuant rate) { }

    private static Exl exl(String s) {
        Matcher name = EXL_NAME.matcher(s);
        Matcher engine = EXLLAMA.matcher(s);
        boolean named = name.find();
        boolean runs = engine.find();
        if (!named && !runs) return null;
        boolean v3 = named ? name.group(1).equals("3") : "3".equals(engine.group(1));
        Matcher rate = BPW.matcher(s);
        ExlQuant q = rate.find() ? ExlQuant.named(Double.parseDouble(rate.group(1)),
                rate.group(2) == null ? null : Integer.parseInt(rate.group(2))) : null;
        if (!named && q == null) return null;
        return new Exl(v3 ? WeightFormat.EXL3 : WeightFormat.EXL2, q);
    }

    /** A quant as written in the FORMAT group of names, spaces out, in the spelling {@link WeightFormat#parse} reads. */
    private static String canonical(String written) {
        Matcher mlc = MLC_CODE.matcher(written);
        if (mlc.matches()) return mlcAsGguf(mlc.group(1).charAt(0), mlc.group(2).equals("32"));
        String s = REVERSED_Q.matcher(INT_HYPHEN.matcher(Q_UNDERSCORE.matcher(written.replace(" ", "")).replaceAll("q")).replaceAll("")).replaceAll("q$1");
        s = JOINED_K.matcher(WEIGHTS_ACTIVATIONS.matcher(s).replaceAll("int$1")).replaceAll("q$1_k");
        return TORCHAO_MODE.matcher(GROUP_SIZE.matcher(s).replaceAll("")).replaceAll("");
    }

    /** The GGUF type an MLC code's weight bits and scale width come to ({@link #MLC_CODE}). */
    private static String mlcAsGguf(char bits, boolean floatScale32) {
        return switch (bits) {
            case '0' -> floatScale32 ? "f32" : "f16";
            case '3' -> "q3_k_s";
            case '4' -> floatScale32 ? "q4_1" : "q4_0";
            default -> "q8_0";
        };
    }

    /** The GPTQ or AWQ format of a bare width when the message shows that one family (named, or by its quantizer), else null. */
    private static WeightFormat family(String s, Set<WeightFormat> named, int bits) {
        boolean gptq = named.contains(WeightFormat.GPTQ_INT4) || named.contains(WeightFormat.GPTQ_INT8) || Prefilter.find(GPTQ_SHOWN, s);
        boolean awq = named.contains(WeightFormat.AWQ_INT4) || Prefilter.find(AWQ_SHOWN, s);
        if (gptq == awq) return null;
        if (gptq) return bits == 4 ? WeightFormat.GPTQ_INT4 : bits == 8 ? WeightFormat.GPTQ_INT8 : null;
        return bits == 4 ? WeightFormat.AWQ_INT4 : null;
    }
}
