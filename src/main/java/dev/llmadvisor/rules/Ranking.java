package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The best format of each model, best models first; eligible ones only. A model sized exactly as one listed before it
     * (a fine-tune or variant of the same architecture: Qwen2.5 7B Instruct and its 1M version, Phi-4 and Phi-4-reasoning,
     * in the same format, memory and speed) is left out: it would take a place in the list and add no figure.
     */
    public List<Recommendation> bestPerModel(int limit) {
        List<Recommendation> best = new ArrayList<>();
        Set<String> models = new HashSet<>();
        Set<String> figures = new HashSet<>();
        // models come in ranking order, so the first {@code limit} found are the answer: no need to see the other hundreds;
        // a model left out for its figures is seen all the same, so a lesser format of it does not come in later
        for (int i = 0; i < all.size() && best.size() < limit; i++) {
            Recommendation r = all.get(i);
            if (r.eligible() && models.add(r.candidate().modelId()) && figures.add(sameFigures(r.candidate()))) best.add(r);
        }
        return List.copyOf(best);
    }

    /** What a list line says of an option: its format, memory, placement and speed (to a tenth). */
    private static String sameFigures(Candidate c) {
        return c.formatLabel() + '|' + Math.round(c.totalGb() * 10) + '|' + c.placement() + '|' + Math.round(c.tpsLow() * 10)
                + '|' + Math.round(c.tpsHigh() * 10);
    }

    /** Every format of one model, best first (eligible or not). */
    public List<Recommendation> ofModel(String modelId) {
        return all.stream().filter(r -> r.candidate().modelId().equals(modelId)).toList();
    }
}
