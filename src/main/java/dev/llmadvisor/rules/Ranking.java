package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders candidates by the points the rules gave them. The rules decide; this only adds them up and
 * keeps, per model, its best weight format.
 */
public record Ranking(List<Recommendation> all) {

    private static final Comparator<Recommendation> BEST = Comparator
            .comparing(Recommendation::eligible).reversed()
            .thenComparing(Comparator.comparingInt(Recommendation::points).reversed())
            .thenComparing(r -> r.candidate().totalGb());

    public static Ranking of(List<Candidate> candidates, Deliberation d) {
        List<Recommendation> out = new ArrayList<>();
        for (Candidate c : candidates) out.add(new Recommendation(c, d.points(c.key()), d.rejected(c.key()), d.about(c.key())));
        out.sort(BEST);
        return new Ranking(List.copyOf(out));
    }

    /** The best format of each model, best models first; eligible ones only. */
    public List<Recommendation> bestPerModel(int limit) {
        Map<String, Recommendation> best = new LinkedHashMap<>();
        for (Recommendation r : all) if (r.eligible()) best.putIfAbsent(r.candidate().modelId(), r);
        return best.values().stream().limit(limit).toList();
    }

    /** Every format of one model, best first (eligible or not). */
    public List<Recommendation> ofModel(String modelId) {
        return all.stream().filter(r -> r.candidate().modelId().equals(modelId)).toList();
    }
}
