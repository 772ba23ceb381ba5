package dev.llmadvisor.llm;

import dev.langchain4j.exception.HttpException;

/** Describes a failure for the log without secrets or user text. */
public final class Redactor {

    public static final Redactor NONE = new Redactor(null);

    private final String secret;

    public Redactor(String secret) {
        this.secret = secret == null || secret.isEmpty() ? null : secret;
    }

    public String scrub(String s) {
        if (s == null) return null;
        return secret == null ? s : s.replace(secret, "[api key]");
    }

    /**
     * The failure's kinds along the cause chain, with the HTTP status where there is one. Messages are
     * left out on purpose: langchain4j puts the model's raw output and the server's error body in them,
     * and either can echo the user's message or, from a misconfigured proxy, the key.
     */
    public String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        Throwable c = t;
        for (int depth = 0; c != null && depth < 5; depth++) {
            if (depth > 0) b.append(" <- ");
            b.append(c.getClass().getSimpleName());
            if (c instanceof HttpException h) b.append(" (HTTP ").append(h.statusCode()).append(')');
            if (c.getCause() == c) break;
            c = c.getCause();
        }
        return scrub(b.toString());
    }
}
