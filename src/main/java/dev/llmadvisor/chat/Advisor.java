package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;

import java.util.List;

/**
 * The advisor as every front end sees it: a message in, a reply out. {@code conversation} identifies the
 * user and channel, so follow-ups ("and at 32k context?", "why not Q8?") refer to the previous question.
 * Never throws for bad input: it answers with a {@link Reply.Kind#ERROR} or {@link Reply.Kind#CLARIFY} reply.
 *
 * <p>Front ends that show more than text (the Discord bot: colours by verdict, a footer with what was
 * understood, charts) use {@link #answer}, {@link #why}, {@link #contextCurve} and {@link #fork}; their
 * defaults let a plain text advisor serve them too.
 */
public interface Advisor {

    Reply ask(String conversation, String message);

    /** The reasons behind the last answer in this conversation. */
    Reply explain(String conversation);

    /** The full answer: the reply with its verdict, what was understood and the options' figures. */
    default Answer answer(String conversation, String message) {
        return new Answer(null, List.of(), ask(conversation, message));
    }

    /** {@link #explain} as an answer (the options it explains, when known). */
    default Answer why(String conversation) {
        return new Answer(null, List.of(), explain(conversation));
    }

    /**
     * The option in focus of the last answer (the format asked about, else the best one) sized at each of
     * these context lengths on the same machine, ascending; lengths beyond the model's limit are left out.
     * Empty when the last answer was not about one option.
     */
    default List<Candidate> contextCurve(String conversation, List<Integer> contexts) {
        return List.of();
    }

    /**
     * Makes conversation {@code to} continue from where {@code from} is now (a copy: the two go on separately).
     * False when {@code from} has nothing to continue.
     */
    default boolean fork(String from, String to) {
        return false;
    }
}
