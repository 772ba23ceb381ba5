package dev.llmadvisor.facts;

/**
 * One row of document 000's size table (rules/10-size-tiers.csv): the tier, the document's claim in both languages
 * (with the placeholders of {@link Finding}), and the row's own name and source, under which its finding speaks.
 */
public record TierRow(String rule, double tierB, String en, String zh, String source) { }
