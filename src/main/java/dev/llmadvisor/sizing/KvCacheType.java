package dev.llmadvisor.sizing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Storage type of the KV cache (llama.cpp --cache-type-k/-v, vLLM --kv-cache-dtype). */
public enum KvCacheType {
    F32(GgmlType.F32),
    F16(GgmlType.F16),
    BF16(GgmlType.BF16),
    Q8_0(GgmlType.Q8_0),
    Q5_1(GgmlType.Q5_1),
    Q5_0(GgmlType.Q5_0),
    Q4_1(GgmlType.Q4_1),
    Q4_0(GgmlType.Q4_0),
    IQ4_NL(GgmlType.IQ4_NL),
    FP8(GgmlType.FP8_E4M3);

    private static final Pattern WIDTH = Pattern.compile("([48])[ _]?BITS?");

    private final GgmlType type;

    KvCacheType(GgmlType type) { this.type = type; }

    public GgmlType type() { return type; }

    /** Quantized V caches need flash attention in llama.cpp. */
    public boolean isQuantized() { return this != F32 && this != F16 && this != BF16; }

    /** As llama.cpp's -ctk/-ctv name it: "q8_0", "f16". */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<KvCacheType> parse(String s) {
        if (s == null) return Optional.empty();
        String u = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        // a width ("8-bit cache", "cache_4bit"): llama.cpp's cache types of that width
        Matcher w = WIDTH.matcher(u);
        if (w.matches()) u = "Q" + w.group(1);
        if (u.equals("FP16")) u = "F16";
        if (u.equals("Q8") || u.equals("INT8")) u = "Q8_0";
        if (u.equals("Q4") || u.equals("INT4")) u = "Q4_0";
        if (u.equals("FP8_E4M3") || u.equals("F8")) u = "FP8";
        try {
            return Optional.of(valueOf(u));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
