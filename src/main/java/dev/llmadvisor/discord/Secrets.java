package dev.llmadvisor.discord;

/** Keeps the bot token out of anything that is logged or shown. */
final class Secrets {
    private final String token;

    Secrets(String token) {
        this.token = token == null || token.isEmpty() ? null : token;
    }

    String scrub(String s) {
        if (s == null || token == null) return s;
        return s.replace(token, "[token]");
    }

    /** A copy of {@code t} (and its causes) whose messages cannot contain the token; stack traces kept. */
    Throwable scrub(Throwable t) {
        return copy(t, 0);
    }

    private Throwable copy(Throwable t, int depth) {
        if (t == null || depth > 10) return null;
        RuntimeException c = new RuntimeException(t.getClass().getName() + ": " + scrub(String.valueOf(t.getMessage())),
                copy(t.getCause(), depth + 1));
        c.setStackTrace(t.getStackTrace());
        return c;
    }
}
