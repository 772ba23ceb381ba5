package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Finding;

import java.util.List;

/** What the rules concluded for one question: every finding, and the trace of rules that fired. */
public record Deliberation(List<Finding> findings, List<FiredRule> fired) {

    public Deliberation {
        findings = List.copyOf(findings);
        fired = List.copyOf(fired);
    }

    public List<Finding> about(String candidateKey) {
        return findings.stream().filter(f -> candidateKey.equals(f.candidate())).toList();
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
