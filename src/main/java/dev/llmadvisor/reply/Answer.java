package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.facts.Facts;
import dev.llmadvisor.rules.FiredRule;
import dev.llmadvisor.rules.Recommendation;

import java.util.List;

/**
 * A reply together with the recommendations it shows, for JSON output and for follow-up questions, the
 * rules that fired for it (empty when the rules were not consulted: help, clarification, errors), what
 * was understood of the question (null when nothing was: help, errors), the verdict in the corpus' words
 * (null when the answer gives none) with the cause it names for a problem (null when none), and what in the
 * question the knowledge base did not know (unknown cards or models, impossible values).
 */
public record Answer(Ask ask, List<Recommendation> shown, Reply reply, List<FiredRule> fired, Understood understood,
                     Verdict verdict, String cause, List<Facts.Problem> problems) {
    public Answer {
        shown = List.copyOf(shown);
        fired = fired == null ? List.of() : List.copyOf(fired);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public Answer(Ask ask, List<Recommendation> shown, Reply reply, List<FiredRule> fired) {
        this(ask, shown, reply, fired, null, null, null, List.of());
    }

    public Answer(Ask ask, List<Recommendation> shown, Reply reply) {
        this(ask, shown, reply, List.of(), null, null, null, List.of());
    }

    /** This answer with the trace of the rules that produced it. */
    public Answer withFired(List<FiredRule> rules) {
        return new Answer(ask, shown, reply, rules, understood, verdict, cause, problems);
    }

    /**
     * The commands the answer gives: those of its first option that has any, as the text shows them (a memory answer
     * whose first row does not fit carries them on the row its verdict names).
     */
    public List<CommandWriter.Command> commands() {
        return reply.options().stream().map(Reply.Option::commands).filter(c -> !c.isEmpty()).findFirst().orElse(List.of());
    }

    /** This answer with what was understood of its question. */
    public Answer withUnderstood(Understood u) {
        return new Answer(ask, shown, u == null ? reply : reply.withReadAs(u.line(reply.lang())), fired, u, verdict, cause, problems);
    }

    /** The same answer told differently (the readable "why", the same answer in Traditional characters). */
    public Answer withReply(Reply r) {
        return new Answer(ask, shown, r, fired, understood, verdict, cause, problems);
    }

    public Answer withVerdict(Verdict v) {
        return new Answer(ask, shown, reply, fired, understood, v, cause, problems);
    }

    public Answer withCause(String c) {
        return new Answer(ask, shown, reply, fired, understood, verdict, c, problems);
    }

    /** This answer with the parts of the question that could not be resolved. */
    public Answer withProblems(List<Facts.Problem> p) {
        return new Answer(ask, shown, reply, fired, understood, verdict, cause, p);
    }

    /** Whether the question named something unknown or impossible (bad input), as opposed to lacking something. */
    public boolean badInput() {
        return problems.stream().anyMatch(p -> p.kind() == Facts.Problem.Kind.UNKNOWN_GPU || p.kind() == Facts.Problem.Kind.UNKNOWN_MODEL
                || p.kind() == Facts.Problem.Kind.BAD_VALUE);
    }
}
