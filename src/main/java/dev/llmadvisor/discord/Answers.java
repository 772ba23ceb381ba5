package dev.llmadvisor.discord;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The answers the bot has posted that can still be followed up: the buttons and select menu under an answer
 * name it by a short token in their ids, and a Discord Reply names it by the message's id. Each remembers the
 * advisor conversation it continues (a snapshot taken when it was answered, so following up an older answer
 * continues from that answer, not from whatever came after). Bounded (least recently used go first) and
 * expiring; an expired answer is answered politely.
 */
final class Answers {

    /**
     * One answer that can be followed up.
     *
     * @param snapshot advisor conversation holding the turn this answer was
     * @param texts    the language of the answer (bot texts and follow-up questions)
     * @param options  titles of the options shown (for the select menu)
     * @param model    the model in focus, for "other formats" (null for none)
     */
    record Entry(String token, String snapshot, Texts texts, List<String> options, String model, long createdNanos) { }

    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> byToken;
    private final Map<String, String> byMessage;

    Answers(int capacity, long ttlNanos, LongSupplier clock) {
        this.capacity = capacity;
        this.ttlNanos = ttlNanos;
        this.clock = clock;
        this.byToken = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > Answers.this.capacity;
            }
        };
        this.byMessage = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > Answers.this.capacity;
            }
        };
    }

    /** A new token: 10 characters of base 36, unguessable enough that a stranger cannot aim at one. */
    String newToken() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) sb.append(Character.forDigit(random.nextInt(36), 36));
        return sb.toString();
    }

    /** The advisor conversation that snapshots answer {@code token}. */
    static String snapshotKey(String token) {
        return "discord:answer:" + token;
    }

    synchronized void put(Entry e) {
        byToken.put(e.token(), e);
    }

    synchronized void bindMessage(String messageId, String token) {
        if (messageId != null && token != null) byMessage.put(messageId, token);
    }

    /** The answer, or null when unknown or expired. */
    synchronized Entry get(String token) {
        Entry e = token == null ? null : byToken.get(token);
        if (e == null) return null;
        if (clock.getAsLong() - e.createdNanos() > ttlNanos) {
            byToken.remove(token);
            return null;
        }
        return e;
    }

    synchronized Entry ofMessage(String messageId) {
        return get(messageId == null ? null : byMessage.get(messageId));
    }

    synchronized boolean isAnswer(String messageId) {
        return messageId != null && byMessage.containsKey(messageId);
    }

    synchronized int size() {
        return byToken.size();
    }
}
