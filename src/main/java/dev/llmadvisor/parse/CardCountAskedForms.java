package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question how many cards a model takes ("how many of them do I need?", "要多少张显卡", "需要几块"), asked of a card the
 * person names as the one they will use ("准备用80G的A100，先计算下要多少张显卡"): the count is what they ask, not one they
 * have. "我有几张4090" (a few, their count unsaid) asks nothing.
 */
public final class CardCountAskedForms {

    private CardCountAskedForms() {}

    private static final Pattern ASKED = Pattern.compile(
            "(?<![a-z])how many (?:\\w+ ){0,2}?(?:gpus?|cards?|of (?:them|these|those|it))(?![a-z])|(?<!有)(?:多少|几)(?:张|块)");

    public static boolean asked(String text) {
        return text != null && Prefilter.find(ASKED, text.toLowerCase(Locale.ROOT));
    }
}
