package dev.llmadvisor.facts;

import java.util.List;

/**
 * A question turned into facts for the rules: the ask, the sized candidates, and what could not be
 * resolved (an unknown card or model, with suggestions), which the reply asks back about, and what was
 * understood of the question.
 *
 * @param shared the candidate list is the one {@link FactBuilder} keeps for every open question about this
 *               machine: the same list object comes back for the next such question
 */
public record Facts(Ask ask, Understood understood, List<Candidate> candidates, List<Problem> problems, boolean shared) {

    public Facts {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    /** Something in the question the knowledge base does not know. */
    public record Problem(Kind kind, String text, List<String> suggestions) {
        /** LOOKUP_FAILED: a Hub reference could not be read; its suggestions hold the message in English and Chinese. */
        /** NEEDS_CARD_MODEL: cards counted but not named ("on 8 GPUs"); its text is the count, empty when not said ("my multi-GPU rig"). */
        /** NEEDS_MAC_MODEL: a Mac named with neither its chip nor its memory ("can my mac run it?"); its suggestions are examples. */
        public enum Kind { UNKNOWN_GPU, UNKNOWN_MODEL, NEEDS_HARDWARE, NEEDS_CARD_MODEL, NEEDS_MAC_MODEL, NEEDS_MODEL, BAD_VALUE, LOOKUP_FAILED }

        public Problem {
            suggestions = List.copyOf(suggestions);
        }
    }

    public boolean hasProblems() { return !problems.isEmpty(); }
}
