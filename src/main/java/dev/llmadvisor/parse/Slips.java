package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips of the keys in a model's name: the reader corrects a name's first word one slip from a catalog name's
 * ({@code ModelSpotter}), and the resolver says so (issue 10: no correction is silent), both by this one definition.
 */
public final class Slips {

    private Slips() { }

    /**
     * Whether {@code typed} is {@code word} with one letter left out, one added, or two neighbours swapped ("tonyi" of
     * "tongyi", "deepseeek", "mistarl"). One letter written for another is not counted: it turns one real name into
     * another ("llava" and "llama", "smolvlm" and "smollm", "falco"), while a slip of the keys keeps the word's letters.
     */
    public static boolean oneSlip(String typed, String word) {
        int a = typed.length();
        int b = word.length();
        if (a == b) {
            int i = 0;
            while (i < a && typed.charAt(i) == word.charAt(i)) i++;
            return i < a - 1 && typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                    && typed.regionMatches(i + 2, word, i + 2, a - i - 2);
        }
        if (Math.abs(a - b) != 1) return false;
        String longer = a > b ? typed : word;
        String shorter = a > b ? word : typed;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    /**
     * The word of {@code question} that {@code word} corrects, when {@code word} itself is not written there as a word but a
     * word one slip from it is ("mistrl" for "mistral"); empty when the word is written as it is, or no such word is there.
     */
    public static Optional<String> typedFor(String question, String word) {
        if (question == null || word.isEmpty()) return Optional.empty();
        String low = question.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        String typed = null;
        Matcher m = LETTERS.matcher(low);
        while (m.find()) {
            if (m.group().equals(w)) return Optional.empty();
            if (typed == null && oneSlip(m.group(), w)) typed = m.group();
        }
        return Optional.ofNullable(typed);
    }
}
