package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.reply.Answer;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each conversation (user and channel) asked last, so follow-ups can build on it. Bounded, LRU. */
final class Conversations {

    record Turn(Question question, Answer answer) { }

    private final Map<String, Turn> turns;

    Conversations(int capacity) {
        this.turns = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Turn last(String conversation) { return turns.get(conversation); }

    synchronized void remember(String conversation, Turn turn) { turns.put(conversation, turn); }
}
