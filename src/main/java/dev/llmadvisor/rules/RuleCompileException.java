package dev.llmadvisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rules folder that does not compile; lists every error with its file and line. */
public class RuleCompileException extends Exception {
    private final List<RuleError> errors;

    public RuleCompileException(List<RuleError> errors) {
        super(errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() { return errors; }
}
