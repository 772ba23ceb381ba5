package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the model names of a question against the knowledge base. A name resolves to the model it
 * names, or to nothing: never silently to another model. A loose mention (a family, "deepseek") stands
 * for that family's models.
 */
final class ModelResolver {

    private final Knowledge knowledge;

    ModelResolver(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * The models a question names. {@code named}: each model named exactly, with what it was asked as;
     * {@code loose}: models a family word stands for, used only when nothing is named exactly.
     */
    record Resolution(Map<ModelEntry, Understood.Model> named, List<ModelEntry> loose, WeightFormat tagFormat) {
        List<ModelEntry> models() { return named.isEmpty() ? loose : List.copyOf(named.keySet()); }
    }

    Resolution resolve(List<String> mentions, List<Facts.Problem> problems) {
        // A model named twice ("llama 3.1 70b ... the 70B") is one candidate set, and a model named exactly
        // wins over loose mentions (a size, a maker's line) in the same message.
        Map<ModelEntry, Understood.Model> named = new LinkedHashMap<>();
        List<ModelEntry> loose = new ArrayList<>();
        WeightFormat tagFormat = null;
        for (String text : mentions) {
            Optional<ModelMatch> m = knowledge.models().find(text);
            if (m.isPresent()) {
                ModelEntry e = m.get().model();
                named.putIfAbsent(e, new Understood.Model(text, e.id(), e.name(), e.paramsB(), false, null));
                if (m.get().format().isPresent()) tagFormat = m.get().format().get();
                continue;
            }
            List<ModelEntry> family = family(text);
            if (family.isEmpty()) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.UNKNOWN_MODEL, text, knowledge.models().suggest(text, 3)));
            } else {
                for (ModelEntry e : family) if (!loose.contains(e)) loose.add(e);
            }
        }
        return new Resolution(named, loose, tagFormat);
    }

    /**
     * Models a loose mention stands for: a bare size ("32b": the models of about that size) or a family
     * ("deepseek", "qwen3", "llama 3": the models whose family or id starts with it).
     */
    private List<ModelEntry> family(String text) {
        String n = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        List<ModelEntry> out = new ArrayList<>();
        if (n.matches("\\d{1,4}(\\.\\d)?b")) {
            double size = Double.parseDouble(n.substring(0, n.length() - 1));
            for (ModelEntry m : knowledge.models().all()) {
                if (m.paramsB() >= size * 0.9 && m.paramsB() <= size * 1.15) out.add(m);
            }
            return preferCurrent(out);
        }
        if (n.length() < 3) return List.of();
        for (ModelEntry m : knowledge.models().all()) {
            String fam = m.family().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
            String id = m.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
            if (fam.startsWith(n) || id.startsWith(n)) out.add(m);
        }
        return preferCurrent(out);
    }

    /** The models without a newer release of their line. */
    static List<ModelEntry> current(List<ModelEntry> models) {
        return models.stream().filter(m -> !m.legacy()).toList();
    }

    /** A loose mention offers the current models it covers, or its legacy ones when it covers nothing else ("chatglm"). */
    private static List<ModelEntry> preferCurrent(List<ModelEntry> models) {
        List<ModelEntry> current = current(models);
        return current.isEmpty() ? models : current;
    }
}
