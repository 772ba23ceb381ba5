package dev.llmadvisor.parse;

import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final String KV_TYPE = "(q8_0|q8|q4_0|q4_1|q4|q5_0|q5_1|f16|fp16|bf16|fp8|f32|iq4_nl|int8|int4)";
    private static final Pattern KV_AFTER = Pattern.compile(
            // also as a setting pasted from an environment listing ("OLLAMA_KV_CACHE_TYPE      q8_0") or a serving engine's
            // flag ("--kv-cache-dtype fp8" in vLLM and SGLang: the cache's type, the weights stay as loaded)
            "(?<![a-z0-9])(?:kv|k/v)[ _-]?(?:cache|缓存)?[ _-]?(?:type|dtype|类型|量化为|量化成|量化到|量化|改成|改为|换成|设成|设置为|用|使用|设为|at|in|as|to"
                    + "|quantized to|quantised to)?(?:(?<=type)[ :=\"']{1,16}|[ :=]{0,3})" + KV_TYPE + Patterns.B1);
    private static final Pattern KV_BEFORE = Pattern.compile(
            Patterns.B0 + KV_TYPE + "[ -]?(?:kv|k/v)(?: ?cache|缓存)?" + Patterns.B1);
    private static final Pattern KV_FLAG = Pattern.compile(
            "(?:--)?cache-type-[kv][ =]{1,3}" + KV_TYPE + Patterns.B1);

    private static final Pattern FORMAT = Pattern.compile(Patterns.B0 + "(?:"
            + "(iq[1-4]_?(?:xxs|xs|nl|s|m)|q[2-8](?:_?k(?:_?[sml])?|_[01])?|mxfp4|fp(?:32|16|8)|bf16|f(?:32|16)|int ?[2348]"
            // a dtype as set in code or on a command line ("torch_dtype=torch.bfloat16", "--dtype float16")
            + "|b?float(?:16|32)"
            + "|gptq(?:[-_]?int[48])?|awq|[2-8][ -]?bits?)" + Patterns.B1
            // half precision however written: "半精度", "16-bit", "model.half()"
            + "|(half[ -]precision|半精度|16[ -]?bits?(?: precision)?|half\\(\\))"
            + "|([2-8]) ?(?:位|比特)(?:量化|精度|整数)"
            + "|(不量化|无量化|不做量化|未量化|没量化|不要量化|未做量化|没做量化|没有做量化|未经量化|未进行量化|没有进行量化"
            + "|unquantized|no quantization|without quantization"
            // "满血版": the full release as published (against distilled or quantized "残血" versions)
            + "|full precision|original weights|全精度|原版|满血))");

    /**
     * One weight format as written: {@code bits} is the width when it was written only as one ("4-bit", "int4",
     * "4位量化"), else 0; {@code integer} when that width was written "int4"/"int8", the GPTQ checkpoints' naming
     * (Qwen's "-GPTQ-Int4").
     */
    record Named(WeightFormat format, int bits, boolean integer) {}

    /**
     * @param named       the weight formats named, in order, each once: two or more with "or" ask which one to use
     * @param asPublished "unquantized", "原版", "满血" with no precision written: the format the model is published in
     */
    record Formats(List<Named> named, KvCacheType kvType, boolean asPublished) {
        Formats {
            named = List.copyOf(named);
        }

        /** The first format named, or null. */
        Named first() { return named.isEmpty() ? null : named.get(0); }

        int mentions() { return named.isEmpty() && asPublished ? 1 : named.size(); }
    }

    /** "without GPTQ", "不用AWQ"; not "为什么不用Q8？", which asks about Q8. */
    private static final Pattern WITHOUT = Pattern.compile("(?:(?<![a-z])(?:without|w/o|instead of|rather than)|(?<!为什么|为啥|怎么)(?:不用|不要|没有|不是)) ?$");

    private static final Pattern BITS_ONLY = Pattern.compile("(?:int)?([2-8])(?:[ -]?bits?)?");

    /** Runs first, on the whole text: a format inside a model tag ("...-q8_0") counts too. */
    Formats spot(Scan scan) {
        String s = scan.low;
        Matcher kv = null;
        for (Pattern p : new Pattern[] {KV_AFTER, KV_BEFORE, KV_FLAG}) {
            Matcher m = p.matcher(s);
            if (m.find() && (kv == null || m.start() < kv.start())) kv = m;
        }
        KvCacheType kvType = null;
        if (kv != null) {
            scan.take(kv.start(), kv.end());
            kvType = KvCacheType.parse(kv.group(1)).orElse(null);
            s = s.substring(0, kv.start()) + " ".repeat(kv.end() - kv.start()) + s.substring(kv.end());
        }
        Map<WeightFormat, Named> named = new LinkedHashMap<>();
        boolean unquantized = false;
        Matcher m = FORMAT.matcher(s);
        while (m.find()) {
            // "without GPTQ (full fp16)", "不用量化": a format the person goes without is not the one they run
            if (m.group(4) == null && WITHOUT.matcher(s.substring(Math.max(0, m.start() - 10), m.start())).find()) continue;
            String written = m.group(1) != null ? m.group(1).replace(" ", "") : m.group(3);
            Optional<WeightFormat> f;
            if (m.group(1) != null) f = WeightFormat.parse(BITS_END.matcher(written).replaceAll("bit"));
            else if (m.group(2) != null) f = Optional.of(WeightFormat.F16);
            else if (m.group(3) != null) f = WeightFormat.parse(written + "bit");
            else {
                // "unquantized" is the original precision: a precision written out ("无量化版本的fp8精度") says which
                unquantized = true;
                continue;
            }
            if (f.isEmpty()) continue;
            Matcher b = written == null ? null : BITS_ONLY.matcher(written);
            int bits = b != null && b.matches() ? Integer.parseInt(b.group(1)) : 0;
            named.putIfAbsent(f.get(), new Named(f.get(), bits, written != null && written.startsWith("int")));
        }
        return new Formats(List.copyOf(named.values()), kvType, named.isEmpty() && unquantized);
    }
}
