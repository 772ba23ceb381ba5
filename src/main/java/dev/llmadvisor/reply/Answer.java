package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.rules.FiredRule;
import dev.llmadvisor.rules.Recommendation;

import java.util.List;

/**
 * A reply together with the recommendations it shows, for JSON output and for follow-up questions, and
 * the rules that fired for it (empty when the rules were not consulted: help, clarification, errors).
 */
public record Answer(Ask ask, List<Recommendation> shown, Reply reply, List<FiredRule> fired) {
    public Answer {
        shown = List.copyOf(shown);
        fired = fired == null ? List.of() : List.copyOf(fired);
    }

    public Answer(Ask ask, List<Recommendation> shown, Reply reply) {
        this(ask, shown, reply, List.of());
    }

    /** This answer with the trace of the rules that produced it. */
    public Answer withFired(List<FiredRule> rules) {
        return new Answer(ask, shown, reply, rules);
    }
}
