package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;

import java.util.List;

/** What an answer is written from: the rules' deliberation and the candidates ranked by it. */
public record Decision(Deliberation deliberation, Ranking ranking) {

    public static Decision of(List<Candidate> candidates, Deliberation d) {
        return new Decision(d, Ranking.of(candidates, d));
    }
}
