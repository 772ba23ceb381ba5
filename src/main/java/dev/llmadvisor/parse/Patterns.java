package dev.llmadvisor.parse;

import java.util.List;
import java.util.regex.Pattern;

/** Shared pattern pieces: literals, bounded classes, and names as a trie. */
final class Patterns {

    private Patterns() {}

    /** An underscore before a "v" version after a name ("qwen_v1") or before a size ("_14b") separates words. */
    private static final Pattern UNDERSCORE_SEPARATOR = Pattern.compile("(?<=[a-z])_(?=v\\d)|_(?=\\d{1,4}(?:\\.\\d{1,2})?b(?![a-z0-9]))");
    /**
     * A one-digit version written with '-' or '_' for its dot right after a name ("v1-5", "qwen1_5", "phi-3-5",
     * "llama-3-1-8b"), as long as the second digit is not a size ("llama-2-7b" keeps its 7B). ModelCatalog reads
     * names the same way. A quant word ("q4_0", "iq4_1") is no version. The version may end the sentence
     * ("Mistral-7B-Instruct-v0_2?", "qwen1_5，"): any character but a letter, a digit or a decimal ends it, after a
     * vision release's 'v' ("glm-4_5v" is GLM-4.5V). The look-ahead comes first: one character tells where the version may
     * start, so the look-behinds run only there.
     */
    private static final Pattern SPELT_VERSION = Pattern.compile("(?=[-_v\\d])(?<=[a-z])(?<!(?<![a-z])i?q)([-_]?v?\\d)[-_](\\d)(?=v?(?![a-z0-9]|\\.\\d))");

    /**
     * Lower-case {@code s} with model names spelt as file and folder names read as names: "qwen_v1-5_14b" is
     * "qwen-v1.5-14b". Same length, so positions found in it hold in the original text.
     */
    static String nameForm(String s) {
        return Prefilter.replaceAll(SPELT_VERSION, Prefilter.replaceAll(UNDERSCORE_SEPARATOR, Prefilter.replaceAll(SPELT_SIZE, s, "$1.$2"), "-"), "$1.$2");
    }

    /**
     * Not right after a line's name written with '_' between its words and, maybe, a one-digit version: there the digits
     * before a size are the line's version ("ministral_3_8b", "llama_2_7b", "qwen_2_5_7b"), never the size's whole part.
     * Nor right after a line's name with its major version glued on ("qwen1_5_7b", "llama3_2_1b", local folders named as
     * ModelScope writes "qwen1_5"): the digit is the version's minor part, not a size's whole part (5.7B, 2.1B).
     * Used wherever an underscore is read as a size's point (here and in SizeWords), so both read a name alike.
     */
    static final String NOT_UNDERSCORED_VERSION = "(?<!(?<![A-Za-z0-9_.])[A-Za-z]{2,12}_)(?<!(?<![A-Za-z0-9_.])[A-Za-z]{2,12}_\\d_)"
            + "(?<!(?<![A-Za-z0-9_.])[A-Za-z]{2,12}\\d_)";

    /**
     * A size written with '_' for its point ("internlm2-chat-1_8b", "Qwen-1_8B", "internlm2_chat_1_8b"), not a version
     * before a size ("llama2_7b"). A name written with '_' between all its words puts its version there too: right after
     * the line's name, "ministral_3_8b", "llama_2_7b" and "qwen_2_5_7b" are version 3, 2 and 2.5 with sizes 8B, 7B and 7B,
     * not sizes 3.8B, 2.7B and 5.7B; after a release word ("chat_1_8b") the digits are a size again.
     */
    private static final Pattern SPELT_SIZE = Pattern.compile("(?<![a-z0-9.])" + NOT_UNDERSCORED_VERSION + "(\\d)_(\\d{1,2}[bm])(?![a-z0-9])");

    /** Not inside an ASCII word: CJK, punctuation and spaces all count as boundaries. */
    static final String B0 = "(?<![a-z0-9])";
    static final String B1 = "(?![a-z0-9])";
    /** A card name may also follow a glued count: "2x3090". */
    /**
     * Not right after a single '*' or '×': such a number multiplies what came before it ("epyc 7c13*2 GPU:4090" is
     * two CPUs and one card), while "**2x 3090**" in Markdown still counts.
     */
    static final String NOT_MULTIPLIER = "(?<![^*]\\*)(?<![^*]\\* )(?<!×)(?<!× )";
    static final String CARD_START = "(?<![a-wyz0-9]|[^0-9]x)";

    /**
     * One pattern matching any of the names, with the separators people vary ("rtx4090", "RTX-4090",
     * "qwen3:14b" for "qwen3 14b") made optional. Names are already longest first.
     */
    static Pattern anyOf(List<String> names, String startBoundary) {
        return anyOf(names, startBoundary, B1);
    }

    static Pattern anyOf(List<String> names, String startBoundary, String endBoundary) {
        return anyOf(names, startBoundary, endBoundary, false);
    }

    /** {@code versionApart}: a separator may also come between a name's letters and the digits after them ("qwen 2.5"). */
    static Pattern anyOf(List<String> names, String startBoundary, String endBoundary, boolean versionApart) {
        if (names.isEmpty()) return null;
        // A trie of the names, written as nested groups: thousands of names share their first letters ("qwen2.5-…"),
        // so the pattern compiles and matches in a fraction of the time of a flat alternation.
        Trie root = new Trie();
        for (String name : names) {
            Trie at = root;
            boolean apart = false;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (isSeparator(c)) {
                    apart = true;
                    continue;
                }
                // a run of separators between two parts is one edge; before the first part it is nothing
                if (apart && at != root) at = at.child(Trie.SEPARATOR, name.length());
                else if (versionApart && !apart && i > 0 && Character.isDigit(c) && Character.isLetter(name.charAt(i - 1))) {
                    at = at.child(Trie.SEPARATOR, name.length());
                }
                apart = false;
                at = at.child(c, name.length());
            }
            at.end = true;
        }
        StringBuilder b = new StringBuilder(startBoundary).append("(?:");
        root.write(b);
        return Pattern.compile(b.append(')').append(endBoundary).toString());
    }

    /**
     * A lookahead for the first letters of an alternation of words ("runs?|ran|works?" gives "(?=[rw])"). Java's regex
     * engine tries a pattern at every position of the text and has no first-character filter of its own: put before a
     * list of negative lookbehinds ("not ", "never "), it lets the positions where none of the words can start skip that
     * list, the costly part of such a pattern. Every alternative must start with a lower-case ASCII letter.
     */
    static String startsWithOneOf(String alternation) {
        StringBuilder letters = new StringBuilder();
        int depth = 0;
        boolean wordStart = true;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (wordStart) {
                if (c < 'a' || c > 'z') throw new IllegalArgumentException("an alternative of '" + alternation + "' starts with '" + c + "'");
                if (letters.indexOf(String.valueOf(c)) < 0) letters.append(c);
                wordStart = false;
            }
            if (c == '\\') i++;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) wordStart = true;
        }
        return "(?=[" + letters + "])";
    }

    /** The separators people vary between a name's parts: white space, '-', '_' and ':'. */
    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ':' || c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * One letter of the names and what follows it. Longer names are tried first (the branch holding the longest
     * name comes first, a name ending here comes last), as in an alternation of names longest first. The edges are
     * kept in small arrays in the order they were added: thousands of names are put in at every start, and boxed
     * map keys cost more there than the few letters each node has.
     */
    private static final class Trie {
        /** The separators people vary between a name's parts, stood for by one edge. */
        static final char SEPARATOR = 0;
        private char[] letters = new char[2];
        private Trie[] next = new Trie[2];
        private int size;
        int longest;
        boolean end;

        Trie child(char c, int nameLength) {
            Trie t = null;
            for (int i = 0; i < size && t == null; i++) if (letters[i] == c) t = next[i];
            if (t == null) {
                if (size == letters.length) {
                    letters = java.util.Arrays.copyOf(letters, size * 2);
                    next = java.util.Arrays.copyOf(next, size * 2);
                }
                t = new Trie();
                letters[size] = c;
                next[size++] = t;
            }
            t.longest = Math.max(t.longest, nameLength);
            return t;
        }

        void write(StringBuilder b) {
            // edges by their longest name, longest first; a stable sort keeps ties in the order they were added
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            if (size > 1) java.util.Arrays.sort(order, (x, y) -> Integer.compare(next[y].longest, next[x].longest));
            boolean group = size > 1 || (end && size > 0);
            if (group) b.append("(?:");
            for (int i = 0; i < size; i++) {
                if (i > 0) b.append('|');
                char c = letters[order[i]];
                if (c == SEPARATOR) b.append("[\\s\\-_:]{0,2}");
                else if (Character.isLetterOrDigit(c)) b.append(c);
                else b.append('\\').append(c);
                next[order[i]].write(b);
            }
            if (group) b.append(end ? "|)" : ")");
        }
    }

    /**
     * Whether the word at [start, end) of s stands alone. Only an ASCII edge needs a boundary: "显存" in
     * "16G显存" is a word of its own, "ram" in "program" is not.
     */
    static boolean standsAlone(String s, int start, int end) {
        boolean asciiStart = s.charAt(start) < 128;
        boolean asciiEnd = s.charAt(end - 1) < 128;
        return (!asciiStart || start == 0 || !Scan.isWordChar(s.charAt(start - 1)))
                && (!asciiEnd || end >= s.length() || !Scan.isWordChar(s.charAt(end)));
    }

    /** Whether an ASCII word ending at {@code end} ends there (CJK or punctuation follows, or nothing). */
    static boolean endsWord(String s, int end) {
        return end >= s.length() || end == 0 || s.charAt(end - 1) >= 128 || !Scan.isWordChar(s.charAt(end));
    }

    /** Parses a decimal written by a user; null for anything too long to be a sensible amount. */
    static Double number(String digits) {
        int dot = digits.indexOf('.');
        int intDigits = dot < 0 ? digits.length() : dot;
        // a float printed in full by a program ("GPU Memory cost: 40.03901815414429GB"): its first decimals are the figure
        if (dot > 0 && digits.length() > dot + 4) digits = digits.substring(0, dot + 4);
        if (intDigits == 0 || intDigits > 9 || digits.length() > 14) return null;
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the name at {@code start} is glued by '-' or '_' to a word before it ("bge-m3", "me-llama-13b"). */
    static boolean gluedToWord(String s, int start) {
        return start >= 2 && (s.charAt(start - 1) == '-' || s.charAt(start - 1) == '_') && Scan.isWordChar(s.charAt(start - 2));
    }

    /** Whether a '-' right before position i is a minus sign rather than a hyphen inside a word. */
    static boolean negated(String s, int i) {
        return i > 0 && s.charAt(i - 1) == '-' && (i == 1 || !Scan.isWordChar(s.charAt(i - 2)));
    }
}
