package dev.llmadvisor.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the other ways people write a parameter count into the "8B" form the spotters read:
 * "8 billion", "8 B", "1_6b", "1p5b", "70亿参数" (亿 is 10^8, so 70亿 is 7B), "7b*8" and "8*7B" for a mixture of eight 7B experts,
 * and that mixture again with its "x" dropped ("Mistral 8*7B … the mistral 87B model").
 */
final class SizeWords {

    private static final Pattern BILLION = Pattern.compile("(?i)(?<![\\w.])(\\d{1,4}(?:\\.\\d{1,2})?) ?(?:billions?|bn)(?![a-z])");
    /**
     * "Llama 2 7 B": the count apart from its letter after a word; not a card ("2 B580"), a unit ("24 GB"), a list mark
     * ("1 b)") or a log's byte count ("overhead=\"0 B\"").
     */
    private static final Pattern SPACED_B = Pattern.compile(
            "(?<=[A-Za-z0-9][ -])([1-9]\\d{0,3}(?:\\.\\d{1,2})?|0\\.\\d{1,2}) ([Bb])(?![\\w)])");
    /**
     * "1_6b" in a repository's name ("stablelm-2-1_6b-chat"): an underscore for the size's point; not a version after a
     * name written with underscores ("llama_2_7b" is Llama 2 7B, see {@link Patterns#NOT_UNDERSCORED_VERSION}).
     */
    private static final Pattern UNDERSCORE_POINT = Pattern.compile("(?i)(?<=[-_ ])" + Patterns.NOT_UNDERSCORED_VERSION
            + "(\\d{1,3})_(\\d)([bm])(?![a-z0-9])");
    /**
     * "1p5b" in a repository's or file's name ("qwen2.5-1p5b", "distill-qwen-1p5b"): a 'p' for the size's point, as file names
     * write it where a dot would read as an extension.
     */
    private static final Pattern P_POINT = Pattern.compile("(?i)(?<=[-_ ])(\\d{1,3})p(\\d)([bm])(?![a-z0-9])");
    /** 亿 counts parameters only next to 参数 or 模型 ("1亿token" is tokens). */
    private static final Pattern YI = Pattern.compile("(?<![\\d.])(\\d{1,5}(?:\\.\\d)?)亿(?=个?参数|的?大?模型|参数量)");
    private static final Pattern EXPERTS_FIRST = Pattern.compile("(?i)(?<![\\w.])(\\d{1,2}) ?[*×] ?(\\d{1,3}b)(?![a-z0-9])");
    private static final Pattern EXPERTS_LAST = Pattern.compile("(?i)(?<![\\w.])(\\d{1,3}b)[*×x](\\d{1,2})(?![\\w.])");
    /** A mixture of fewer than ten experts as the readers write it ("8x7b"): its count and expert size. */
    private static final Pattern MIXTURE = Pattern.compile("(?i)(?<![\\w.])([2-9])x(\\d{1,3})b(?![a-z0-9])");

    private SizeWords() { }

    static String normalize(String s) {
        s = BILLION.matcher(s).replaceAll("$1B");
        s = SPACED_B.matcher(s).replaceAll("$1$2");
        s = UNDERSCORE_POINT.matcher(s).replaceAll("$1.$2$3");
        s = P_POINT.matcher(s).replaceAll("$1.$2$3");
        Matcher m = YI.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double b = Double.parseDouble(m.group(1)) / 10;
            String size = b == Math.rint(b) ? String.valueOf((long) b) : String.valueOf(b);
            m.appendReplacement(out, size + "B");
        }
        s = m.appendTail(out).toString();
        s = EXPERTS_FIRST.matcher(s).replaceAll("$1x$2");
        s = EXPERTS_LAST.matcher(s).replaceAll("$2x$1");
        return mixturesWithoutX(s);
    }

    /**
     * "87B" beside "8x7B" in one text is the same mixture with the "x" slipped (no model has 87B parameters); the digits
     * alone, without the mixture written elsewhere, stay a size.
     */
    private static String mixturesWithoutX(String s) {
        Matcher m = MIXTURE.matcher(s);
        while (m.find()) {
            String glued = m.group(1) + m.group(2);
            s = Pattern.compile("(?i)(?<![\\w.])" + glued + "(b)(?![a-z0-9])").matcher(s).replaceAll(m.group(1) + "x" + m.group(2) + "$1");
        }
        return s;
    }
}
