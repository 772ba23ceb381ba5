package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.reply.Answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** What each conversation (user and channel) asked last, so follow-ups can build on it. Bounded (Caffeine). */
final class Conversations {

    record Turn(Question question, Answer answer) { }

    private final Cache<String, Turn> turns;

    Conversations(int capacity) {
        // Caffeine's bounded cache: no lock shared by every question, eviction close to LRU.
        this.turns = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    Turn last(String conversation) { return turns.getIfPresent(conversation); }

    void remember(String conversation, Turn turn) { turns.put(conversation, turn); }
}
