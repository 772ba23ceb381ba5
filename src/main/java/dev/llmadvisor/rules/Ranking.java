package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;

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

    /** Eligible first, then more points, then less memory; one comparison without boxing (an open question sorts hundreds). */
    private static final Comparator<Recommendation> BEST = (a, b) -> {
        int byEligible = Boolean.compare(b.eligible(), a.eligible());
        if (byEligible != 0) return byEligible;
        int byPoints = Integer.compare(b.points(), a.points());
        return byPoints != 0 ? byPoints : Double.compare(a.candidate().totalGb(), b.candidate().totalGb());
    };

    public static Ranking of(List<Candidate> candidates, Deliberation d) {
        List<Recommendation> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<Finding> about = d.about(c.key());
            out.add(new Recommendation(c, Deliberation.points(about), Deliberation.rejected(about), about));
        }
        out.sort(BEST);
        return new Ranking(List.copyOf(out));
    }

    /** The best format of each model, best models first; eligible ones only. */
    public List<Recommendation> bestPerModel(int limit) {
        Map<String, Recommendation> best = new LinkedHashMap<>();
        // models come in ranking order, so the first {@code limit} found are the answer: no need to see the other hundreds
        for (int i = 0; i < all.size() && best.size() < limit; i++) {
            Recommendation r = all.get(i);
            if (r.eligible()) best.putIfAbsent(r.candidate().modelId(), r);
        }
        return List.copyOf(best.values());
    }

    /** Every format of one model, best first (eligible or not). */
    public List<Recommendation> ofModel(String modelId) {
        return all.stream().filter(r -> r.candidate().modelId().equals(modelId)).toList();
    }
}
