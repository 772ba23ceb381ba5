package dev.llmadvisor.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends what the bot posts so that an answer is not lost to one bad response: a request that fails with a
 * server error (5xx), a network error or a timeout is sent again after a growing, jittered pause; a 429 is
 * sent again after the {@code retry_after} Discord asked for. Client errors (4xx) are not retried.
 *
 * <p>JDA itself retries 502-529 and waits out 429s on its own routes; this adds 500 and network failures,
 * and the interaction callback, which JDA sends only once: when JDA's acknowledgement fails, it is sent again
 * here over JDA's HTTP client (a callback needs no bot token), and "already acknowledged" counts as done,
 * since a callback whose response was lost may have arrived.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    /** Attempts in all, the pause after the first failure (doubling), and the longest pause. */
    record Policy(int attempts, long firstDelayMs, long maxDelayMs) { }

    /** Interaction callbacks: Discord wants one within 3 s, so quick and few. */
    static final Policy CALLBACK = new Policy(4, 150, 700);
    /** Messages, follow-ups and edits: an interaction token lives 15 minutes, a message can wait. */
    static final Policy MESSAGE = new Policy(6, 400, 8000);

    private final ScheduledExecutorService timer;
    private final Secrets secrets;
    final AtomicLong retries = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    Delivery(ScheduledExecutorService timer, Secrets secrets) {
        this.timer = timer;
        this.secrets = secrets;
    }

    /** Sends {@code action.get()} until it succeeds, a failure is final, or the attempts run out. */
    <T> CompletableFuture<T> send(String what, Policy p, Supplier<? extends RestAction<T>> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(what, p, action, 1, result);
        return result;
    }

    private <T> void attempt(String what, Policy p, Supplier<? extends RestAction<T>> action, int n, CompletableFuture<T> result) {
        CompletableFuture<T> f;
        try {
            f = action.get().submit();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((v, e) -> {
            if (e == null) {
                result.complete(v);
                return;
            }
            Throwable cause = unwrap(e);
            long delay = delayMs(cause, n, p);
            if (delay < 0 || n >= p.attempts()) {
                failures.incrementAndGet();
                LOG.warn("{} failed after {} attempt(s): {}", what, n, describe(cause));
                result.completeExceptionally(cause);
                return;
            }
            retries.incrementAndGet();
            LOG.info("{} failed ({}); attempt {} in {} ms", what, describe(cause), n + 1, delay);
            schedule(() -> attempt(what, p, action, n + 1, result), delay, result);
        });
    }

    /**
     * Acknowledges an interaction: first through JDA ({@code first}), then, if that fails with a retryable
     * error, by posting {@code payload} (the same callback as JSON) to {@code url} until it is accepted.
     * Completes true when JDA's own call succeeded (its hook is ready), false when the raw retry did (use
     * {@code InteractionHook.from}); exceptionally when the interaction could not be acknowledged.
     */
    CompletableFuture<Boolean> acknowledge(String what, RestAction<?> first, OkHttpClient http, String url, Supplier<String> payload) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        CompletableFuture<?> f;
        try {
            f = first.submit();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((v, e) -> {
            if (e == null) {
                result.complete(true);
                return;
            }
            Throwable cause = unwrap(e);
            if (alreadyAcknowledged(cause)) {
                result.complete(false);
                return;
            }
            long delay = delayMs(cause, 1, CALLBACK);
            if (delay < 0) {
                failures.incrementAndGet();
                LOG.warn("{} failed: {}", what, describe(cause));
                result.completeExceptionally(cause);
                return;
            }
            retries.incrementAndGet();
            LOG.info("{} failed ({}); sending the callback again in {} ms", what, describe(cause), delay);
            schedule(() -> raw(what, http, url, payload.get(), 2, result), delay, result);
        });
        return result;
    }

    private void raw(String what, OkHttpClient http, String url, String body, int n, CompletableFuture<Boolean> result) {
        Request req = new Request.Builder().url(url)
                .header("User-Agent", "DiscordBot (https://github.com/discord-jda/JDA, llm-advisor)")
                .post(RequestBody.create(body, JSON_TYPE)).build();
        http.newCall(req).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                next(-1, null, e);
            }

            @Override
            public void onResponse(Call call, okhttp3.Response response) {
                int code = response.code();
                String text;
                String retryHeader = response.header("Retry-After");
                try (response) {
                    text = response.body() == null ? "" : response.body().string();
                } catch (IOException e) {
                    next(-1, null, e);
                    return;
                }
                if (code / 100 == 2 || (code == 400 && text.contains("40060"))) {
                    result.complete(false);
                    return;
                }
                next(code, code == 429 ? retryAfterMs(text, retryHeader) : null, null);
            }

            private void next(int code, Long retryAfter, IOException e) {
                String why = e != null ? "network: " + e.getClass().getSimpleName() : "HTTP " + code;
                boolean retryable = e != null || code >= 500 || code == 429;
                if (!retryable || n >= CALLBACK.attempts()) {
                    failures.incrementAndGet();
                    LOG.warn("{} failed after {} attempt(s): {}", what, n, why);
                    result.completeExceptionally(new IOException(what + " failed: " + why));
                    return;
                }
                long delay = retryAfter != null ? retryAfter : backoff(n, CALLBACK);
                retries.incrementAndGet();
                LOG.info("{} failed ({}); attempt {} in {} ms", what, why, n + 1, delay);
                schedule(() -> raw(what, http, url, body, n + 1, result), delay, result);
            }
        });
    }

    private void schedule(Runnable r, long delayMs, CompletableFuture<?> result) {
        try {
            timer.schedule(r, delayMs, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) { // shutting down
            result.completeExceptionally(e);
        }
    }

    /** The pause before attempt n+1, or -1 when the failure is final. */
    static long delayMs(Throwable e, int n, Policy p) {
        if (e instanceof RateLimitedException rl) return Math.max(0, rl.getRetryAfter());
        if (e instanceof ErrorResponseException ere) {
            Response r = ere.getResponse();
            int status = r == null ? Response.ERROR_CODE : r.code;
            if (status == 429) return r.retryAfter > 0 ? r.retryAfter : backoff(n, p);
            if (status >= 500 || status == Response.ERROR_CODE || ere.getErrorResponse() == ErrorResponse.SERVER_ERROR && status < 400) {
                return backoff(n, p);
            }
            return -1;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof InterruptedIOException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return backoff(n, p);
            }
        }
        return -1;
    }

    static long backoff(int n, Policy p) {
        long base = Math.min(p.maxDelayMs(), p.firstDelayMs() << Math.min(20, n - 1));
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    static boolean alreadyAcknowledged(Throwable e) {
        return e instanceof ErrorResponseException ere && ere.getErrorResponse() == ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED;
    }

    static long retryAfterMs(String body, String header) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.has("retry_after")) return (long) Math.ceil(n.get("retry_after").asDouble() * 1000);
        } catch (IOException | RuntimeException ignored) {
            // fall back to the header
        }
        try {
            if (header != null) return (long) Math.ceil(Double.parseDouble(header) * 1000);
        } catch (NumberFormatException ignored) {
            // no usable hint
        }
        return 1000;
    }

    static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) e = e.getCause();
        return e;
    }

    private String describe(Throwable e) {
        return secrets.scrub(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
