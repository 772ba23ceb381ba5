package dev.llmadvisor.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * The eras a generic stand-in model borrows its architecture from (knowledge/generic.yaml): per era, the
 * release sizes and families that mark it and the catalog models whose shapes are typical of it.
 */
public record GenericCatalog(List<Era> eras) {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]");
    private static final java.util.regex.Pattern SIZE_START = java.util.regex.Pattern.compile("\\d{1,3}(?:\\.\\d)?b.*");
    private static final java.util.regex.Pattern NON_ALNUMS = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** One era; the first era whose sizes or families match a question's model is taken, else the last. */
    public record Era(String name, String description, List<Double> sizesB, List<String> families, List<ModelEntry> templates) {
        public Era {
            sizesB = List.copyOf(sizesB);
            families = List.copyOf(families);
            templates = List.copyOf(templates);
        }

        boolean marks(double sizeB, String asked) {
            String a = asked == null ? "" : NON_ALNUM.matcher(asked.toLowerCase(Locale.ROOT)).replaceAll("");
            for (String f : families) {
                String k = NON_ALNUM.matcher(f).replaceAll("");
                // "llama" marks the era only as a whole family word ("llama-13b"), not inside "llama3"
                if (a.startsWith(k) && !(a.length() > k.length() && Character.isDigit(a.charAt(k.length()))
                        && !SIZE_START.matcher(a.substring(k.length())).matches())) return true;
            }
            return sizesB.stream().anyMatch(s -> Math.abs(s - sizeB) < 0.51);
        }

        /** Whether the name holds one of the era's family words as a word of its own ("Wizard-Vicuna-30B", "30B Llama"). */
        public boolean namesFamily(String asked) {
            if (asked == null) return false;
            for (String word : NON_ALNUMS.split(asked.toLowerCase(Locale.ROOT))) if (families.contains(word)) return true;
            return false;
        }
    }

    public GenericCatalog {
        eras = List.copyOf(eras);
    }

    public static GenericCatalog none() { return new GenericCatalog(List.of()); }

    /** The era a model of this size, named this way, most likely comes from. */
    public Era eraOf(double sizeB, String asked) {
        for (Era e : eras) if (e.marks(sizeB, asked)) return e;
        return eras.isEmpty() ? null : eras.get(eras.size() - 1);
    }
}
