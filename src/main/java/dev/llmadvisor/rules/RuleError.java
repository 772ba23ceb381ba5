package dev.llmadvisor.rules;

/** A compile error in a rule file, located for the rule author. */
public record RuleError(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
