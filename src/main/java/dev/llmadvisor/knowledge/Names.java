package dev.llmadvisor.knowledge;

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
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("+", "plus");
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '.').forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
