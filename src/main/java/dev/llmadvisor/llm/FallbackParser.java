package dev.llmadvisor.llm;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.parse.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code primary} with a hard time bound and answers with {@code fallback} when it is late, fails,
 * throws or returns nothing. The primary runs on a small pool of daemon threads, so the bound holds even
 * when a client hangs; a late call is interrupted. When all threads are busy (a slow endpoint under load)
 * the fallback answers at once instead of queueing more calls: no retry storm against a struggling server.
 */
public final class FallbackParser implements Parser, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackParser.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Parser primary;
    private final Parser fallback;
    private final Duration budget;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger fallbacks = new AtomicInteger();

    public FallbackParser(Parser primary, Parser fallback, Duration budget) {
        this(primary, fallback, budget, 4);
    }

    public FallbackParser(Parser primary, Parser fallback, Duration budget, int threads) {
        this.primary = primary;
        this.fallback = fallback;
        this.budget = budget;
        int n = POOLS.incrementAndGet();
        AtomicInteger t = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
                r -> {
                    Thread th = new Thread(r, "llm-parser-" + n + "-" + t.incrementAndGet());
                    th.setDaemon(true);
                    return th;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    public Duration budget() { return budget; }

    /** How many messages the fallback answered because the primary was late, busy or failed. */
    public int fallbacks() { return fallbacks.get(); }

    /** The parser tried first. */
    public Parser primary() { return primary; }

    @Override
    public Question parse(String message) {
        Future<Question> f;
        try {
            f = pool.submit(() -> primary.parse(message));
        } catch (RejectedExecutionException e) {
            LOG.warn("LLM parser busy, using the deterministic parse");
            fallbacks.incrementAndGet();
            return fallback.parse(message);
        }
        try {
            Question q = f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            if (q != null) return q;
            LOG.warn("LLM parser gave no question, using the deterministic parse");
        } catch (TimeoutException e) {
            f.cancel(true);
            LOG.warn("LLM parser took longer than {} ms, using the deterministic parse", budget.toMillis());
        } catch (ExecutionException e) {
            LOG.warn("LLM parser failed ({}), using the deterministic parse", e.getCause() == null
                    ? "unknown" : e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
        }
        fallbacks.incrementAndGet();
        return fallback.parse(message);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
