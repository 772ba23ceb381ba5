package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;

import java.util.List;

/** A candidate with the points the rules gave it and every finding about it. */
public record Recommendation(Candidate candidate, int points, boolean rejected, List<Finding> findings) {
    public Recommendation {
        findings = List.copyOf(findings);
    }

    public boolean eligible() { return candidate.fits() && !rejected; }
}
