package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A memory question whose format is known (named, or the one the engine named loads) is answered with that format's need first ("72B-4bit模型部署至少需要多少G的卡"
 * opened with a bare table header, every format's row below it, and the figure asked for was the reader's to find).
 */
class NamedFormatMemoryTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    /** Each question in a conversation of its own: a follow-up would carry the engine of the one before. */
    private static String headline(String question) {
        return assembly.advisor().answer("named-format-memory-" + CONVERSATION.incrementAndGet(), question).reply().headline();
    }

    @Test
    void theFormatNamedLeadsWithItsNeed() {
        assertThat(headline("how much vram does qwen2.5 72b need at Q4_K_M?"))
                .matches("Qwen2\\.5 72B Instruct Q4_K_M needs about \\d+\\.\\d GB at \\d+k context; each format:");
        assertThat(headline("72B-4bit模型部署至少需要多少G的卡")).contains("Q4_K_M 在 8k 上下文下约需 ").endsWith("GB；各格式：");
    }

    @Test
    void theFormatTheEngineLoadsLeadsAndNoneKnownKeepsTheRowsHeadline() {
        assertThat(headline("how much vram does qwen2.5 14b need with vllm?")).startsWith("Qwen2.5 14B Instruct F16 needs about ");
        assertThat(headline("how much vram does qwen2.5 72b need?")).endsWith("context needs:");
    }
}
