package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question whether the person's hardware is of use at all, rather than whether it runs a model: "is my RX 580 useless
 * for AI or can I use it somehow?", "is the Arc A770 supported?", "will it work on my 6700 XT?", 支持9070xt吗, 这张卡能用吗,
 * 是不是没用了. Its answer is a yes or no about the hardware, with what it runs; "can it run it?" (a model meant but not
 * named) and "does it support qwen3?" (a model) are not read.
 */
public final class HardwareUsableForms {

    private HardwareUsableForms() {}

    /** A card by its number or a GPU word: 9070xt, rx 580, a770, 显卡, gpu, a卡. */
    private static final String CARD = "(?:[a-z]{0,3} ?\\d{3,4}(?![\\d.kbgmt])(?: ?(?:xtx|xt|ti|super|gre))?|gpus?|cards?|graphics cards?|显卡|(?<![a-z])[an]卡|gpu)";

    private static final Pattern ASKED = Pattern.compile(
            // "is my RX 580 useless", "are 8GB cards any use", "is it worth anything for AI"
            "(?<![a-z])(?:useless|of any use|any use|usable|good for anything|worthless)(?![a-z])"
                    // "can I use it somehow?", "can I still use my 1070?", "can this card be used?"
                    + "|(?<![a-z])can i (?:still |even )?use (?:it|them|this|my|that)(?![a-z])|(?<![a-z])can (?:it|this|my \\w+|this card) (?:still )?be used(?![a-z])"
                    // "is my 6700 XT supported?", "is the Arc A770 supported", "does it support my card?"
                    + "|(?<![a-z])(?:is|are) (?:my |the |this |an? )?(?:[\\w-]+ ){0,3}?" + CARD + " (?:still |even |officially )?supported"
                    + "|(?<![a-z])(?:does|will) (?:it|this|ollama|llama\\.cpp|[\\w.-]+) (?:still )?support (?:my|the|this|an?) (?:[\\w-]+ ){0,2}?" + CARD + "(?![a-z])"
                    // 支持9070xt吗, 支不支持A卡, 这张卡能用吗, 能不能用, 是不是没用了
                    + "|支持(?:[^?？。，,]{0,6}?)" + CARD + "[^?？。，,]{0,6}?(?:吗|么)|支不支持[^?？。，,]{0,6}?" + CARD
                    + "|(?:卡|显卡|gpu)[^?？。，,]{0,6}?(?:能用吗|能不能用|可以用吗|有用吗|没用了?吗|是不是没用|还能用吗)");

    /**
     * A model as what supports the card ("这个模型支持V100推理吗", 该模型支持4090吗): asked of that model on the card, which
     * the text does not name, not of the card's use at all.
     */
    private static final Pattern MODEL_SUPPORTS = Pattern.compile("(?:这个|这款|该|此)模型[^?？。，,]{0,4}?支持");

    /** Whether the text asks whether the hardware is of use at all. */
    public static boolean asked(String text) {
        if (text == null) return false;
        String t = text.toLowerCase(Locale.ROOT);
        return Prefilter.find(ASKED, t) && !Prefilter.find(MODEL_SUPPORTS, t);
    }
}
