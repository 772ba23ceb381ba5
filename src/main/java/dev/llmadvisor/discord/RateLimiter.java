package dev.llmadvisor.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a Discord user id): {@code capacity} messages, refilled evenly over
 * {@code periodNanos}. A burst of {@code capacity} is allowed; then one message per period/capacity.
 * Buckets are Bucket4j's; a key idle for a whole period has a full bucket again, so its bucket is dropped
 * (Caffeine, on the same clock).
 */
final class RateLimiter {
    private final Bandwidth limit;
    private final TimeMeter meter;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int capacity, long periodNanos, LongSupplier clock) {
        if (capacity < 1 || periodNanos <= 0) throw new IllegalArgumentException("bad rate limit");
        // Bucket4j refills at most one token per nanosecond; a faster configured rate is no limit in practice.
        long period = Math.max(periodNanos, capacity);
        this.limit = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofNanos(period)).build();
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() { return clock.getAsLong(); }

            @Override
            public boolean isWallClockBased() { return false; }
        };
        this.buckets = Caffeine.newBuilder().ticker(clock::getAsLong).expireAfterAccess(Duration.ofNanos(period))
                .maximumSize(1_000_000).build();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder().addLimit(limit).withCustomTimePrecision(meter).build());
    }

    /** Takes one token; false when the bucket is empty. */
    boolean tryAcquire(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Whole seconds until the next token for this key (at least 1). */
    long secondsUntilNext(String key) {
        Bucket b = buckets.getIfPresent(key);
        if (b == null) return 1;
        long nanos = b.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
