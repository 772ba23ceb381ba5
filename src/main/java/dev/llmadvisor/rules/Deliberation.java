package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules concluded for one question: every finding, and the trace of rules that fired.
 *
 * @param notes the remarks on the whole answer, found once (an open question's decision is reused for many answers)
 */
public record Deliberation(List<Finding> findings, List<FiredRule> fired, Map<String, List<Finding>> byCandidate, List<Finding> notes) {

    public Deliberation(List<Finding> findings, List<FiredRule> fired) {
        this(List.copyOf(findings), List.copyOf(fired), index(findings), findings.stream().filter(f -> f.candidate() == null).toList());
    }

    /** Each candidate's findings as immutable lists, which the recommendations made of them keep without a copy. */
    private static Map<String, List<Finding>> index(List<Finding> findings) {
        Map<String, List<Finding>> m = new HashMap<>();
        for (Finding f : findings) if (f.candidate() != null) m.computeIfAbsent(f.candidate(), k -> new ArrayList<>()).add(f);
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    public List<Finding> about(String candidateKey) {
        return byCandidate.getOrDefault(candidateKey, List.of());
    }

    public boolean rejected(String candidateKey) {
        return rejected(about(candidateKey));
    }

    public int points(String candidateKey) {
        return points(about(candidateKey));
    }

    static boolean rejected(List<Finding> about) {
        for (Finding f : about) if (f.effect() == Effect.REJECT) return true;
        return false;
    }

    static int points(List<Finding> about) {
        int sum = 0;
        for (Finding f : about) sum += f.points();
        return sum;
    }
}
