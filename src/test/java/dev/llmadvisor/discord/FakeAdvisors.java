package dev.llmadvisor.discord;

import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Reply;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Deterministic stand-ins for the real advisor. */
final class FakeAdvisors {
    private FakeAdvisors() { }

    /** Echoes the message into every part of the reply; remembers it per conversation for explain. */
    static final class Echo implements Advisor {
        final Map<String, String> last = new ConcurrentHashMap<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Reply ask(String conversation, String message) {
            calls.incrementAndGet();
            last.put(conversation, message);
            Lang lang = message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? Lang.ZH : Lang.EN;
            return new Reply(lang, Reply.Kind.ANSWER, "Echo: " + message,
                    List.of(new Reply.Option("Q4_K_M " + message, "fits: " + message),
                            new Reply.Option("Q8_0", "tight: " + message)),
                    List.of("because " + message, "rule: vram-fits"),
                    List.of("note: " + message));
        }

        @Override
        public Reply explain(String conversation) {
            String m = last.get(conversation);
            return new Reply(Lang.EN, Reply.Kind.HELP, m == null ? "Nothing to explain yet" : "Why: " + m,
                    List.of(), List.of("reason for " + m), List.of());
        }
    }

    /** Throws on the first {@code failures} calls, then echoes. */
    static final class Throwing implements Advisor {
        final AtomicInteger remaining;
        final Echo echo = new Echo();
        final String secretInMessage;

        Throwing(int failures, String secretInMessage) {
            this.remaining = new AtomicInteger(failures);
            this.secretInMessage = secretInMessage;
        }

        @Override
        public Reply ask(String conversation, String message) {
            if (remaining.getAndDecrement() > 0) {
                throw new IllegalStateException("advisor exploded (" + secretInMessage + ")");
            }
            return echo.ask(conversation, message);
        }

        @Override
        public Reply explain(String conversation) {
            throw new UnsupportedOperationException("no explain");
        }
    }

    /** Sleeps before echoing, like a slow LLM. */
    static final class Slow implements Advisor {
        final long millis;
        final Echo echo = new Echo();

        Slow(long millis) {
            this.millis = millis;
        }

        @Override
        public Reply ask(String conversation, String message) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return echo.ask(conversation, message);
        }

        @Override
        public Reply explain(String conversation) {
            return echo.explain(conversation);
        }
    }

    static final NameSource NAMES = new NameSource() {
        @Override
        public List<String> gpuNames() {
            return List.of("RTX 3060 12GB", "RTX 4060 Ti 16GB", "RTX 4080", "RTX 4090", "RX 7900 XTX",
                    "Apple M2 Max", "A100 80GB", "H100", "x".repeat(150));
        }

        @Override
        public List<String> modelNames() {
            return List.of("qwen3-8b", "qwen3-14b", "qwen3-32b", "llama3.1-8b", "gemma3-27b", "deepseek-r1-distill-qwen-14b");
        }
    };
}
