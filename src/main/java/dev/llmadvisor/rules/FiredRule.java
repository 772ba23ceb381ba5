package dev.llmadvisor.rules;

/** A rule that fired, with the document it encodes and the candidate it fired for (null: the question). */
public record FiredRule(String rule, String source, String candidate) { }
