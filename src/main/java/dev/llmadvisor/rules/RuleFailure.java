package dev.llmadvisor.rules;

/**
 * A rule set that could not decide a question: a rule kept firing past the firing limit, the rules ran past the
 * time bound, or a rule threw. The message names the rule and is meant for the rule author, without a stack trace.
 */
public final class RuleFailure extends RuntimeException {

    public enum Kind { LOOP, TIMEOUT, THREW }

    private final Kind kind;
    private final String rule;

    RuleFailure(Kind kind, String rule, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.rule = rule;
    }

    public Kind kind() { return kind; }

    /** The rule that kept firing, fired most before the time ran out, or threw; null when not known. */
    public String rule() { return rule; }
}
