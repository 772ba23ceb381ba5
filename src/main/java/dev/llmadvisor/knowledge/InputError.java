package dev.llmadvisor.knowledge;

/**
 * Bad input from a user or a file: the message is shown as is, so it must be clear and friendly, and
 * it never carries a stack trace to the user.
 */
public class InputError extends RuntimeException {
    public InputError(String message) {
        super(message);
    }

    public InputError(String message, Throwable cause) {
        super(message, cause);
    }
}
