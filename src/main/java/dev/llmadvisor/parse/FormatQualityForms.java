package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question how much quality a format costs ("does int4 lose accuracy?", "is Q4_K_M much worse than Q8_0?", "how much
 * quality do you lose at 3 bits?", int4量化的精度下降了吗, Q4效果差多少): the answer is the format's measured loss, the same
 * on any machine, so neither a card nor a model is needed for it. The forms are a word of quality (accuracy, quality,
 * perplexity, 精度, 效果, 质量) with a word of losing it, or "how much / much worse"; the caller requires a format named.
 */
public final class FormatQualityForms {

    private FormatQualityForms() {}

    private static final String QUALITY = "(?:accuracy|quality|perplexity|precision)";
    private static final String LOSE = "(?:loss|losses|lose|loses|losing|lost|drops?|dropped|degrad\\w*|decreases?|hit|hurts?|reduces?)";

    private static final Pattern EN = Pattern.compile(
            "(?<![a-z])" + QUALITY + "(?: \\w+){0,2} " + LOSE + "(?![a-z])"
            + "|(?<![a-z])" + LOSE + "(?: \\w+){0,2} " + QUALITY + "(?![a-z])"
            + "|(?<![a-z])how much (?:worse|dumber|quality|accuracy)(?![a-z])"
            + "|(?<![a-z])(?:much|a lot|noticeably|significantly) (?:worse|dumber)(?![a-z])");

    private static final Pattern ZH = Pattern.compile(
            "(?:精度|质量|效果|准确率|准确度)[^，。？！,?!\\n]{0,4}?(?:下降|损失|损耗|降低|变差|差多少|掉)|掉点|困惑度");

    /** Whether the text asks how much quality a format loses. */
    public static boolean asked(String text) {
        if (text == null) return false;
        String t = text.toLowerCase(Locale.ROOT);
        return Prefilter.find(EN, t) || Prefilter.find(ZH, t);
    }
}
