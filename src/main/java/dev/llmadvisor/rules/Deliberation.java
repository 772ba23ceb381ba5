package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the rules concluded for one question: every finding, and the trace of rules that fired. */
public record Deliberation(List<Finding> findings, List<FiredRule> fired, Map<String, List<Finding>> byCandidate) {

    public Deliberation(List<Finding> findings, List<FiredRule> fired) {
        this(List.copyOf(findings), List.copyOf(fired), index(findings));
    }

    private static Map<String, List<Finding>> index(List<Finding> findings) {
        Map<String, List<Finding>> m = new HashMap<>();
        for (Finding f : findings) if (f.candidate() != null) m.computeIfAbsent(f.candidate(), k -> new ArrayList<>()).add(f);
        return m;
    }

    public List<Finding> about(String candidateKey) {
        return byCandidate.getOrDefault(candidateKey, List.of());
    }

    public boolean rejected(String candidateKey) {
        return about(candidateKey).stream().anyMatch(f -> f.effect() == Effect.REJECT);
    }

    public int points(String candidateKey) {
        return about(candidateKey).stream().mapToInt(Finding::points).sum();
    }

    public List<Finding> notes() {
        return findings.stream().filter(f -> f.candidate() == null).toList();
    }
}
