package dev.llmadvisor.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The eras a generic stand-in model borrows its architecture from (knowledge/generic.yaml): per era, the
 * release sizes and families that mark it and the catalog models whose shapes are typical of it; and the releases
 * outside the catalog whose architecture it cannot size (linear or compressed attention, a second set of weights per
 * layer), with their published sizes, so they are sized as openly generic stand-ins of their size; and the dense
 * models mixture-of-experts merges ("2x7B", "8x22B") were built from, whose FFN a MoE stand-in turns into experts.
 */
public record GenericCatalog(List<Era> eras, List<Outside> outside, List<ModelEntry> moeBases) {

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

    /**
     * A release outside the catalog: its names, its published total and active sizes, why it is outside, its source, and
     * whether it came out in the LLaMA era (2023 and before); the others are recent and take the current era's shape.
     */
    public record Outside(String name, List<String> aliases, double paramsB, double activeParamsB, String why, String source,
                          boolean legacy) {
        public Outside {
            aliases = List.copyOf(aliases);
        }
    }

    public GenericCatalog {
        eras = List.copyOf(eras);
        outside = List.copyOf(outside);
        moeBases = List.copyOf(moeBases);
    }

    public GenericCatalog(List<Era> eras) {
        this(eras, List.of(), List.of());
    }

    public static GenericCatalog none() { return new GenericCatalog(List.of()); }

    /**
     * The release outside the catalog a name means, read like a catalog name: any case and separators, an uploader's
     * organisation, format and packaging suffixes ("MiniMaxAI/MiniMax-M1-80k-GGUF", "deepseek-v4-flash:q4_K_M").
     */
    public Optional<Outside> outside(String name) {
        if (name == null || name.isBlank() || outside.isEmpty()) return Optional.empty();
        Map<String, Outside> byKey = outsideKeys();
        String q = name.strip();
        for (int i = 0; i < 8 && q != null; i++) {
            Outside hit = byKey.get(Names.modelKey(q));
            if (hit != null) return Optional.of(hit);
            if (q.contains("/")) {
                q = q.substring(q.lastIndexOf('/') + 1);
                continue;
            }
            q = ModelCatalog.oneSuffixOff(q);
        }
        return Optional.empty();
    }

    private Map<String, Outside> outsideKeys() {
        Map<String, Outside> keys = new HashMap<>();
        for (Outside o : outside) {
            keys.put(Names.modelKey(o.name()), o);
            for (String a : o.aliases()) {
                keys.put(Names.modelKey(a), o);
                if (a.contains("/")) keys.put(Names.modelKey(a.substring(a.lastIndexOf('/') + 1)), o);
            }
        }
        return keys;
    }

    /**
     * The era of a release outside the catalog: the first (LLaMA) era for one of 2023 or before, else the current one, whatever
     * its size (a Falcon-H1 7B of 2025 is not shaped like Llama 2 7B).
     */
    public Era eraOf(Outside o) {
        if (eras.isEmpty()) return null;
        return o.legacy() ? eras.get(0) : eras.get(eras.size() - 1);
    }

    /** The era a model of this size, named this way, most likely comes from. */
    public Era eraOf(double sizeB, String asked) {
        for (Era e : eras) if (e.marks(sizeB, asked)) return e;
        return eras.isEmpty() ? null : eras.get(eras.size() - 1);
    }
}
