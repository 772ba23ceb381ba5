package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-bit format told as faster than a higher-bit one ("Why Q4 much faster than Q8?", "int4 is faster than fp16",
 * 为什么Q4比Q8快): the ordering memory-bound decoding predicts on any machine, since each token reads every weight, so it
 * says nothing of where the model runs. The opposite ordering ("int4 2x slower than fp16") is a matter of a format's
 * kernels and is {@link RelativeSpeedForms}' alone. The forms are two format names around "faster/slower than" or 比 … 快/慢.
 */
public final class SmallerFormatFasterForms {

    private SmallerFormatFasterForms() {}

    /** A format named by its bits: Q4_0, IQ4_XS, int8, 4-bit, fp16, bf16, f32, w4a16. */
    private static final String FORMAT = "(?<![a-z0-9])(?:i?q[2-8](?:_[0-9a-z]+)*|int(?:[2-8]|16)|(?:[2-8]|16|32)[- ]?bits?"
            + "|fp(?:4|8|16|32)|bf16|f(?:16|32)|w[2-8]a(?:8|16))(?![a-z0-9])";

    private static final Pattern EN = Pattern.compile("(" + FORMAT + ")[^.?!\\n]{0,40}?\\b(faster|slower) than\\b[^.?!\\n]{0,20}?(" + FORMAT + ")");

    private static final Pattern ZH = Pattern.compile("(" + FORMAT + ")[^，。？！,?!\\n]{0,20}?比[^，。？！,?!\\n]{0,6}?(" + FORMAT
            + ")[^，。？！,?!\\n]{0,12}?(快|慢)");

    private static final Pattern BITS = Pattern.compile("\\d+");

    /** Whether the text tells a format of fewer bits as the faster of two. */
    public static boolean told(String text) {
        if (text == null) return false;
        String t = text.toLowerCase(Locale.ROOT);
        Matcher en = EN.matcher(t);
        while (en.find()) if (smallerFaster(en.group(1), en.group(3), en.group(2).equals("faster"))) return true;
        Matcher zh = ZH.matcher(t);
        while (zh.find()) if (smallerFaster(zh.group(1), zh.group(2), zh.group(3).equals("快"))) return true;
        return false;
    }

    /** {@code first} told as faster (or slower) than {@code second}: whether the faster has fewer bits. */
    private static boolean smallerFaster(String first, String second, boolean firstFaster) {
        int a = bits(first);
        int b = bits(second);
        return firstFaster ? a < b : a > b;
    }

    private static int bits(String format) {
        Matcher m = BITS.matcher(format);
        m.find();
        return Integer.parseInt(m.group());
    }
}
