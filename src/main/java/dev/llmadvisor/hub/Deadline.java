package dev.llmadvisor.hub;

import java.time.Duration;

/** The end of one lookup: every request of it gets at most what is left. */
record Deadline(long endNanos, Duration total) {

    static Deadline in(Duration d) {
        return new Deadline(System.nanoTime() + d.toNanos(), d);
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }
}
