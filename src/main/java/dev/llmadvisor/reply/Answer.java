package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Facts;
import dev.llmadvisor.rules.FiredRule;
import dev.llmadvisor.rules.Recommendation;

import java.util.List;

/**
 * A reply together with the recommendations it shows, for JSON output and for follow-up questions, and
 * the rules that fired for it (empty when the rules were not consulted: help, clarification, errors), and what in
 * the question the knowledge base did not know (unknown cards or models, impossible values).
 */
public record Answer(Ask ask, List<Recommendation> shown, Reply reply, List<FiredRule> fired, List<Facts.Problem> problems) {
    public Answer {
        shown = List.copyOf(shown);
        fired = fired == null ? List.of() : List.copyOf(fired);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public Answer(Ask ask, List<Recommendation> shown, Reply reply, List<FiredRule> fired) {
        this(ask, shown, reply, fired, List.of());
    }

    public Answer(Ask ask, List<Recommendation> shown, Reply reply) {
        this(ask, shown, reply, List.of(), List.of());
    }

    /** This answer with the trace of the rules that produced it. */
    public Answer withFired(List<FiredRule> rules) {
        return new Answer(ask, shown, reply, rules, problems);
    }

    /** This answer with the parts of the question that could not be resolved. */
    public Answer withProblems(List<Facts.Problem> p) {
        return new Answer(ask, shown, reply, fired, p);
    }

    /** Whether the question named something unknown or impossible (bad input), as opposed to lacking something. */
    public boolean badInput() {
        return problems.stream().anyMatch(p -> p.kind() == Facts.Problem.Kind.UNKNOWN_GPU || p.kind() == Facts.Problem.Kind.UNKNOWN_MODEL
                || p.kind() == Facts.Problem.Kind.BAD_VALUE);
    }
}
