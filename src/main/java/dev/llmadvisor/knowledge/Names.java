package dev.llmadvisor.knowledge;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lookup keys for names people type: case, width, spaces and separators do not matter. */
public final class Names {

    /** Trademark marks of a name copied from system information ("Intel(R) Xeon(R) Gold 6240", "Intel(R) Arc(TM) Pro B60"). */
    public static final Pattern TRADEMARK = Pattern.compile("\\((?:r|tm)\\)|[®™]", Pattern.CASE_INSENSITIVE);

    private Names() { }

    /**
     * Lower case, NFKC (full-width digits), without spaces, '-', '_', ':' and '/'; dots stay (1.5b is not 15b)
     * and '+' reads "plus" (Command R+ is not Command R).
     */
    static String key(String s) {
        return tagKey(s).replace(":", "");
    }

    /** NFKC, lower case, '+' spelt "plus". */
    private static String folded(String s) {
        return nfkc(s).toLowerCase(Locale.ROOT).replace("+", "plus");
    }

    /**
     * {@code s} in NFKC. Catalog names are nearly all ASCII, which NFKC leaves as it is: they skip the normalizer,
     * some thousands of calls at every start.
     */
    static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        return s;
    }

    /** {@link #key} keeping the colon of an Ollama tag: "qwen:72b" (Qwen1.5 in Ollama's library) is not "Qwen-72B" (Qwen 1.0). */
    static String tagKey(String s) {
        String n = folded(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '.' || c == ':') b.appendCodePoint(c);
        }
        return b.toString();
    }

    /**
     * {@link #key} for model names: a separator between two digits is kept as '|', since there it splits two numbers.
     * "Qwen2_5-7B" (Qwen2.5 7B, its dot written as '_') keys "qwen2|5|7b", no longer "qwen257b" of Qwen2-57B; and
     * "qwen2.5:7b", "qwen2.5 7b" and "Qwen2.5-7B" all key "qwen2.5|7b". GPU names keep {@link #key}.
     */
    static String modelKey(String s) {
        return modelTagKey(s).replace(":", "");
    }

    /** {@link #tagKey} for model names: the colon is kept, and a separator between two digits kept as '|' ({@link #modelKey}). */
    static String modelTagKey(String s) {
        String n = folded(s);
        StringBuilder b = new StringBuilder(n.length());
        boolean separated = false;
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            boolean kept = Character.isLetterOrDigit(c) || c == '.' || c == ':';
            if (!kept) {
                separated = true;
                continue;
            }
            char last = b.isEmpty() ? ' ' : b.charAt(b.length() - 1);
            // a colon between digits ("qwen2.5:7b") separates them as a space or a dash does
            boolean digitAfterSeparator = Character.isDigit(c) && (separated || last == ':')
                    && (Character.isDigit(last) || (last == ':' && b.length() > 1 && Character.isDigit(b.charAt(b.length() - 2))));
            if (digitAfterSeparator) b.append('|');
            b.appendCodePoint(c);
            separated = false;
        }
        return b.toString();
    }

    /** The words of a name in sorted order, so that word order does not matter ("coder v2 instruct lite"). */
    static String words(String s) {
        String n = folded(s);
        return java.util.Arrays.stream(n.split("[^\\p{L}\\p{N}.]+")).filter(w -> !w.isEmpty()).sorted()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** Levenshtein distance (Apache Commons Text). */
    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    /**
     * {@link #distance} where it is at most {@code limit}, else {@link Integer#MAX_VALUE}: the bounded algorithm skips the
     * cells beyond the limit, which a search for near names among thousands does not need.
     */
    static int distance(String a, String b, int limit) {
        int d = new LevenshteinDistance(limit).apply(a, b);
        return d < 0 ? Integer.MAX_VALUE : d;
    }
}
