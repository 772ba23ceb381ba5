package dev.llmadvisor.knowledge;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.Locale;

/** Lookup keys for names people type: case, width, spaces and separators do not matter. */
final class Names {

    private Names() { }

    /**
     * Lower case, NFKC (full-width digits), without spaces, '-', '_', ':' and '/'; dots stay (1.5b is not 15b)
     * and '+' reads "plus" (Command R+ is not Command R).
     */
    static String key(String s) {
        return tagKey(s).replace(":", "");
    }

    /** {@link #key} keeping the colon of an Ollama tag: "qwen:72b" (Qwen1.5 in Ollama's library) is not "Qwen-72B" (Qwen 1.0). */
    static String tagKey(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("+", "plus");
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '.' || c == ':').forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The words of a name in sorted order, so that word order does not matter ("coder v2 instruct lite"). */
    static String words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("+", "plus");
        return java.util.Arrays.stream(n.split("[^\\p{L}\\p{N}.]+")).filter(w -> !w.isEmpty()).sorted()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** Levenshtein distance (Apache Commons Text). */
    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }
}
