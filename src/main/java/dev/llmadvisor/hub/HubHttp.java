package dev.llmadvisor.hub;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests for the lookup: a time limit per request and per lookup, bodies read only up to a bound (a ranged
 * read that the server answers with the whole file stops there), redirects followed by hand so that the token goes
 * only to the Hub's own origin, never to a CDN or another host. Nothing here logs a header.
 */
final class HubHttp {

    private static final Logger log = LoggerFactory.getLogger(HubHttp.class);
    static final int MAX_REDIRECTS = 5;
    /** Bodies of answers that are not 2xx are only glanced at. */
    private static final int ERROR_BODY = 16 * 1024;
    private static final String USER_AGENT = "llm-advisor/0.1 (model sizing; reads config.json and GGUF headers)";

    /** One answer: the final status after redirects, the URI that gave it, and the body (cut at the bound when allowed). */
    record Response(int status, HttpHeaders headers, byte[] body, URI uri, boolean cut) {
        String header(String name) { return headers.firstValue(name).orElse(null); }

        boolean ok() { return status / 100 == 2; }
    }

    /** A body beyond its bound where no cut is allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) { super("more than " + limit + " bytes"); }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final URI tokenOrigin;
    private final String token;

    /** {@code token} (may be null) is sent as a Bearer token to {@code tokenOrigin} only. */
    HubHttp(Duration timeout, URI tokenOrigin, String token) {
        this.timeout = timeout;
        this.tokenOrigin = tokenOrigin;
        this.token = token;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    boolean hasToken() { return token != null; }

    /**
     * GETs {@code uri}, following up to {@link #MAX_REDIRECTS} redirects. {@code range} is an HTTP Range value or null.
     * A 2xx body longer than {@code maxBody} fails with MALFORMED unless {@code cutOk}, when it is cut there.
     * {@code site} names the server in messages.
     */
    Response get(URI uri, String range, long maxBody, boolean cutOk, Deadline deadline, String site) {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            Response r = once(at, range, maxBody, cutOk, deadline, site);
            if (r.status() / 100 == 3 && r.status() != 304 && r.header("Location") != null) {
                if (hop >= MAX_REDIRECTS) throw HubFailure.malformed(site, "more than " + MAX_REDIRECTS + " redirects");
                try {
                    at = at.resolve(r.header("Location").trim());
                } catch (IllegalArgumentException e) {
                    throw HubFailure.malformed(site, "a redirect to an invalid address");
                }
                String scheme = at.getScheme() == null ? "" : at.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("https") && !scheme.equals("http")) throw HubFailure.malformed(site, "a redirect to a " + scheme + ": address");
                continue;
            }
            return r;
        }
    }

    private Response once(URI uri, String range, long maxBody, boolean cutOk, Deadline deadline, String site) {
        Duration left = deadline.remaining();
        Duration limit = left.compareTo(timeout) < 0 ? left : timeout;
        if (limit.isZero() || limit.isNegative()) throw HubFailure.timeout(site, deadline.total());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(limit)
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "identity");
        if (range != null) b.header("Range", range);
        if (token != null && sameOrigin(uri, tokenOrigin)) b.header("Authorization", "Bearer " + token);
        HttpRequest request = b.build();
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<Capped.Body>> f = client.sendAsync(request, info -> info.statusCode() / 100 == 2
                ? new Capped(maxBody, cutOk) : new Capped(ERROR_BODY, true));
        try {
            HttpResponse<Capped.Body> resp = f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            if (log.isDebugEnabled()) {
                log.debug("GET {}{} -> {} ({} bytes, {} ms)", withoutQuery(uri), range == null ? "" : " [" + range + "]",
                        resp.statusCode(), resp.body().bytes().length, (System.nanoTime() - t0) / 1_000_000);
            }
            return new Response(resp.statusCode(), resp.headers(), resp.body().bytes(), uri, resp.body().cut());
        } catch (TimeoutException e) {
            f.cancel(true);
            log.debug("GET {} timed out after {} ms", withoutQuery(uri), limit.toMillis());
            throw timedOut(site, limit, deadline);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw HubFailure.timeout(site, limit);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            log.debug("GET {} failed: {}", withoutQuery(uri), c.toString());
            if (c instanceof TooLarge) throw HubFailure.malformed(site + " " + uri.getPath(), "the answer is larger than " + (maxBody >> 10) + " KB");
            if (c instanceof HttpConnectTimeoutException || c instanceof HttpTimeoutException) throw timedOut(site, limit, deadline);
            throw HubFailure.unreachable(site, describe(c));
        }
    }

    /** The per-request limit, or the whole lookup's when what was left of it was shorter. */
    private HubFailure timedOut(String site, Duration limit, Deadline deadline) {
        return HubFailure.timeout(site, limit.compareTo(timeout) < 0 ? deadline.total() : timeout);
    }

    private static String describe(Throwable c) {
        for (Throwable t = c; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) return "unknown host";
            if (t instanceof ConnectException) return "connection refused or no route";
        }
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : c.getClass().getSimpleName() + ": " + m;
    }

    static boolean sameOrigin(URI a, URI b) {
        if (a == null || b == null || a.getScheme() == null || a.getHost() == null || b.getHost() == null) return false;
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** Signed CDN addresses carry credentials in the query: logs show the path only. */
    static String withoutQuery(URI u) {
        return u.getScheme() + "://" + u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    /** Collects a body up to a bound; past it, cancels (which closes the connection) and either cuts or fails. */
    static final class Capped implements HttpResponse.BodySubscriber<Capped.Body> {
        record Body(byte[] bytes, boolean cut) { }

        private final long limit;
        private final boolean cutOk;
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Capped(long limit, boolean cutOk) {
            this.limit = limit;
            this.cutOk = cutOk;
        }

        @Override
        public CompletionStage<Body> getBody() { return result; }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer b : items) {
                int n = b.remaining();
                long room = limit - out.size();
                if (n > room) {
                    if (!cutOk) {
                        result.completeExceptionally(new TooLarge(limit));
                    } else {
                        byte[] part = new byte[(int) room];
                        b.get(part);
                        out.write(part, 0, part.length);
                        result.complete(new Body(out.toByteArray(), true));
                    }
                    subscription.cancel();
                    return;
                }
                byte[] all = new byte[n];
                b.get(all);
                out.write(all, 0, n);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) { result.completeExceptionally(t); }

        @Override
        public void onComplete() { result.complete(new Body(out.toByteArray(), false)); }
    }

    static Optional<Long> contentLength(HttpHeaders h) {
        return h.firstValueAsLong("Content-Length").stream().boxed().findFirst();
    }
}
