package dev.llmadvisor.facts;

/** What a rule's finding does to a candidate (or, without a candidate, to the answer). */
public enum Effect {
    /** Adds points to a candidate's rank (may be negative, never 0). */
    SCORE,
    /** Remarks on a candidate without changing its rank (shown among the reasons). */
    EXPLAIN,
    /** Rules the candidate out. */
    REJECT,
    /** Keeps the candidate but warns about it. */
    WARN,
    /** A remark for the answer as a whole. */
    NOTE
}
