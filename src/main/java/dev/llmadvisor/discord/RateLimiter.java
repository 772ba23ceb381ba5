package dev.llmadvisor.discord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a Discord user id): {@code capacity} messages, refilled evenly over
 * {@code periodNanos}. A burst of {@code capacity} is allowed; then one message per period/capacity.
 */
final class RateLimiter {
    private final int capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    RateLimiter(int capacity, long periodNanos, LongSupplier clock) {
        if (capacity < 1 || periodNanos <= 0) throw new IllegalArgumentException("bad rate limit");
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) periodNanos;
        this.clock = clock;
    }

    /** Takes one token; false when the bucket is empty. */
    boolean tryAcquire(String key) {
        long now = clock.getAsLong();
        if (buckets.size() > 50_000) prune(now);
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (b) {
            refill(b, now);
            if (b.tokens >= 1.0) {
                b.tokens -= 1.0;
                return true;
            }
            return false;
        }
    }

    /** Whole seconds until the next token for this key (at least 1). */
    long secondsUntilNext(String key) {
        Bucket b = buckets.get(key);
        if (b == null) return 1;
        synchronized (b) {
            refill(b, clock.getAsLong());
            double missing = Math.max(0, 1.0 - b.tokens);
            long nanos = (long) Math.ceil(missing / tokensPerNano);
            return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }

    private void refill(Bucket b, long now) {
        long elapsed = now - b.last;
        if (elapsed > 0) {
            b.tokens = Math.min(capacity, b.tokens + elapsed * tokensPerNano);
            b.last = now;
        }
    }

    private void prune(long now) {
        buckets.entrySet().removeIf(e -> {
            Bucket b = e.getValue();
            synchronized (b) {
                refill(b, now);
                return b.tokens >= capacity;
            }
        });
    }
}
