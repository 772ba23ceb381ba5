package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;

/** Turns a message into question facts. Never throws: what it cannot read it leaves out. */
@FunctionalInterface
public interface Parser {
    Question parse(String message);
}
