package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;

/**
 * The advisor as every front end sees it: a message in, a reply out. {@code conversation} identifies the
 * user and channel, so follow-ups ("and at 32k context?", "why not Q8?") refer to the previous question.
 * Never throws for bad input: it answers with a {@link Reply.Kind#ERROR} or {@link Reply.Kind#CLARIFY} reply.
 */
public interface Advisor {

    Reply ask(String conversation, String message);

    /** The reasons behind the last answer in this conversation. */
    Reply explain(String conversation);
}
