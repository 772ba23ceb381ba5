package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.rules.Recommendation;

import java.util.List;

/** A reply together with the recommendations it shows, for JSON output and for follow-up questions. */
public record Answer(Ask ask, List<Recommendation> shown, Reply reply) {
    public Answer {
        shown = List.copyOf(shown);
    }
}
