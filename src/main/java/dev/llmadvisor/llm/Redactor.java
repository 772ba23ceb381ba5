package dev.llmadvisor.llm;

/**
 * Describes a failure for the log without secrets or user text: the exception kinds along the cause
 * chain and a short message with the API key removed. Error bodies from servers can echo the request,
 * so messages are cut short.
 */
public final class Redactor {

    public static final Redactor NONE = new Redactor(null);
    private static final int MAX_MESSAGE = 160;

    private final String secret;

    public Redactor(String secret) {
        this.secret = secret == null || secret.isEmpty() ? null : secret;
    }

    public String scrub(String s) {
        if (s == null) return null;
        return secret == null ? s : s.replace(secret, "[api key]");
    }

    public String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        Throwable c = t;
        for (int depth = 0; c != null && depth < 5; depth++, c = c.getCause()) {
            if (depth > 0) b.append(" <- ");
            b.append(c.getClass().getSimpleName());
            String m = c.getMessage();
            if (m != null && !m.isBlank()) {
                m = scrub(m).replaceAll("\\s+", " ").strip();
                b.append(": ").append(m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "..." : m);
            }
            if (c.getCause() == c) break;
        }
        return b.toString();
    }
}
