package dev.llmadvisor.knowledge;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void theBoundedDistanceIsLevenshteinsWithinItsLimitAndNoneBeyondIt() {
        // given keys near and far apart (one apart, a slip, a different line, nothing); then within the limit the bounded
        // distance is the full one, beyond it there is none
        String[][] pairs = {{"qwen3|14b", "qwen3|15b"}, {"lama3.1|8b", "llama3.1|8b"}, {"deepseekr1", "deepsekr1|7b"},
                {"mistral", "mixtral8x7b"}, {"", "gemma"}, {"glm4", "glm4"}};
        for (String[] p : pairs) {
            int full = Names.distance(p[0], p[1]);
            for (int limit = 0; limit <= 8; limit++) {
                assertThat(Names.distance(p[0], p[1], limit)).as("%s / %s within %d", p[0], p[1], limit)
                        .isEqualTo(full <= limit ? full : Integer.MAX_VALUE);
            }
        }
    }

    @Test
    void didYouMeanRanksTheCatalogAsTheFullDistanceOverEverySpellingDoes() {
        // given the shipped catalog and names it does not hold (slips, a size it lacks, a vendor's wording); then the
        // suggestions, keyed once and measured within the limit, are those of the full distance to every spelling of every entry
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        for (String q : List.of("qwen3 15b", "lama 3.1 8b", "deepsek r1 7b", "mixtrall 8x7b", "gemma 3 13b", "Qwen/Qwen2.5-8B-Instruct-GGUF", "x")) {
            assertThat(k.models().suggest(q, 5)).as(q).isEqualTo(fullDistanceSuggestions(k.models(), q, 5));
        }
    }

    /** The suggestions measured the long way: every spelling keyed again, the unbounded distance, the same threshold and order. */
    private static List<String> fullDistanceSuggestions(ModelCatalog c, String query, int limit) {
        String q = Names.modelKey(query);
        int threshold = Math.max(2, q.length() / 2);
        List<Map.Entry<String, Integer>> scored = new ArrayList<>();
        for (ModelEntry m : c.all()) {
            Set<String> names = new LinkedHashSet<>(List.of(m.id(), m.name()));
            names.addAll(m.aliases());
            for (String s : new String[] {m.ollama(), m.hf()}) {
                if (s == null) continue;
                names.add(s);
                names.add(s.substring(s.lastIndexOf('/') + 1));
            }
            score(scored, m.name(), names, q, threshold);
        }
        for (FineTune f : c.finetunes()) {
            Set<String> names = new LinkedHashSet<>(List.of(f.name()));
            for (String a : f.aliases()) {
                names.add(a);
                names.add(a.substring(a.lastIndexOf('/') + 1));
            }
            score(scored, f.name(), names, q, threshold);
        }
        scored.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static void score(List<Map.Entry<String, Integer>> scored, String display, Set<String> names, String q, int threshold) {
        int best = names.stream().mapToInt(n -> Names.distance(q, Names.modelKey(n))).min().orElseThrow();
        if (best <= threshold) scored.add(Map.entry(display, best));
    }
}
