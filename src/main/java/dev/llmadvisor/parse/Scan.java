package dev.llmadvisor.parse;

import java.text.Normalizer;

/**
 * One message prepared for matching: normalized text (case kept, for reporting names as written), a
 * lower-cased copy of the same length (for matching), and which characters an earlier extractor has
 * already claimed, so "14b" in a model name or "12G" after a card name is not read twice.
 */
final class Scan {

    /** Longer messages are cut: nobody asks about hardware in more, and it bounds the matching cost. */
    static final int MAX_CHARS = 2000;

    final String text;
    final String low;
    private final boolean[] taken;
    /** Where each model name spotted ends, so an amount right after one can be read as that model's size. */
    private final java.util.BitSet modelEnds = new java.util.BitSet();

    Scan(String raw) {
        this.text = normalize(raw == null ? "" : raw);
        this.low = lowerSameLength(text);
        this.taken = new boolean[text.length()];
    }

    boolean isFree(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, taken.length); i++) if (taken[i]) return false;
        return true;
    }

    void take(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, taken.length); i++) taken[i] = true;
    }

    void markModel(int end) {
        modelEnds.set(end);
    }

    /** The end of the last model name ending at or before {@code i}, or -1. */
    int modelEndBefore(int i) {
        return i < 0 ? -1 : modelEnds.previousSetBit(i);
    }

    /** The lower-cased text with claimed characters blanked, so patterns cannot match across them. */
    String free() {
        char[] c = low.toCharArray();
        for (int i = 0; i < c.length; i++) if (taken[i]) c[i] = ' ';
        return new String(c);
    }

    /** True for the characters that continue an ASCII word; CJK text counts as a boundary ("跑qwen3"). */
    static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * ModelScope keeps a repository on disk with each '.' of its id written "___" (modelscope hub/utils/utils.py,
     * get_model_masked_directory: {@code model_id.replace('.', '___')}), so logs and scripts show
     * ".../Qwen/Qwen2___5-7B-Instruct" or "DeepSeek-R1-Distill-Qwen-1___5B": between digits it is the version's or the
     * size's point again, which nothing else writes so.
     */
    private static final java.util.regex.Pattern FULL_WIDTH_COMMA_BETWEEN_DIGITS = java.util.regex.Pattern.compile("(?<=\\d)\uff0c(?=\\d)");

    /**
     * Traditional characters of the words cards are counted and named with ("兩張 RTX-A5000", "雙卡", "顯存"), read as their
     * Simplified forms the spotters know; one character for one, so offsets stay.
     */
    private static final String TRADITIONAL = "兩張塊臺雙個顯";
    private static final String SIMPLIFIED = "两张块台双个显";

    /**
     * A hyphen look-alike inside a word (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash,
     * U+2212 minus sign: what word processors and some input methods put in "Mini−InternVL−Chat−4B−V1−5") is the name's
     * hyphen; NFKC keeps them as they are. A dash between spaces, or the em dash, stays punctuation.
     */
    private static final java.util.regex.Pattern HYPHEN_LOOKALIKE = java.util.regex.Pattern.compile(
            "(?<=[\\p{L}\\p{N}])[\u2010\u2011\u2012\u2013\u2212](?=[\\p{L}\\p{N}])");

    /**
     * A multiplication look-alike used as the times sign between a count and a card ("16✖天数 BI-V150", "4✕4090"): U+2715,
     * U+2716 (with or without the emoji variation selector), U+2A09 and U+2A2F read as "×", which the count readers know.
     */
    private static final java.util.regex.Pattern TIMES_LOOKALIKE = java.util.regex.Pattern.compile("[\u2715\u2716\u2a09\u2a2f][\ufe0e\ufe0f]?");

    private static final java.util.regex.Pattern MODELSCOPE_MASKED_DOT = java.util.regex.Pattern.compile("(?<=\\d)___(?=\\d)");

    /**
     * Markdown's escape inside a name: GitHub's and Reddit's editors write "llama3.1\:8b" and "Q4\_K\_M" when the text
     * is pasted into them, and the escape shows when the post is copied as written; between a name's letters or digits the
     * backslash is no part of it.
     */
    private static final java.util.regex.Pattern MARKDOWN_ESCAPE = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}])\\\\(?=[:_*][\\p{L}\\p{N}])");

    /**
     * NFKC folds full-width forms ("１６Ｇ", "：") to ASCII; invisible format characters (zero-width, RTL
     * marks) are dropped so they cannot split a name; controls, whitespace and surrogates (emoji) become
     * one space a run, except line breaks, which end a clause; number words become digits and parameter counts the "8B" form ({@link SizeWords}). The raw
     * text is cut before NFKC so that step stays bounded too.
     */
    static String normalize(String raw) {
        String s = raw.length() > 2 * MAX_CHARS ? raw.substring(0, 2 * MAX_CHARS) : raw;
        // a full-width comma between digits separates two numbers ("树莓派5，8G内存"); NFKC would make it a decimal comma (5,8G)
        s = FULL_WIDTH_COMMA_BETWEEN_DIGITS.matcher(s).replaceAll(", ");
        // a maker's trademark signs in a device name as drivers print it ("Intel(R) Arc(TM) Pro B60"): no part of the name, they
        // split it where the catalog's names and the cues before a card look for its words; removed before NFKC makes "™" "TM"
        s = dev.llmadvisor.knowledge.Names.TRADEMARK.matcher(s).replaceAll("");
        s = SizeWords.normalize(NumberWords.digits(Normalizer.normalize(s, Normalizer.Form.NFKC)));
        s = MODELSCOPE_MASKED_DOT.matcher(s).replaceAll(".");
        s = MARKDOWN_ESCAPE.matcher(s).replaceAll("");
        s = HYPHEN_LOOKALIKE.matcher(s).replaceAll("-");
        s = TIMES_LOOKALIKE.matcher(s).replaceAll("×");
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_CHARS));
        for (int i = 0; i < s.length() && b.length() < MAX_CHARS; i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.FORMAT) continue;
            if (c == '\n') {
                b.append('\n'); // a line break ends a clause (a title above its body, a list item)
            } else if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)
                    || c == '\u00a0' || c == '\u3000') {
                // a run of spaces is one: spec lists aligned in columns ("内存：32G  × 8") read as written in a line
                if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else {
                int t = TRADITIONAL.indexOf(c);
                b.append(t < 0 ? c : SIMPLIFIED.charAt(t));
            }
        }
        return b.toString();
    }

    /** Per-character lower case keeps offsets aligned with {@link #text} (String.toLowerCase may not). */
    private static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }
}
