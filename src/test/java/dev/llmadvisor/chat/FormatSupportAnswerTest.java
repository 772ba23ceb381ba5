package dev.llmadvisor.chat;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question whether a card runs a format, with no model named ("does FP8 work on an A100?"), is answered first with the
 * card's compute capability against what the format needs, before any list of what fits; a question about a named model
 * keeps its own answer.
 */
class FormatSupportAnswerTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static String headline(String question) {
        return RealAdvisors.shared().answer("format-support-" + CONVERSATION.incrementAndGet(), question).reply().headline();
    }

    @Test
    void aCardBelowTheFormatsRequirementIsSaidToLackItFirst() {
        // given FP8 asked about on an Ampere card (8.0), which has no FP8 units (8.9 and up): then the first line says so,
        // with the way round it (AWQ/GPTQ, 16-bit, or vLLM's weight-only Marlin path)
        for (String q : new String[] {"Does FP8 work on A100?", "is fp8 supported on an RTX 3090?"}) {
            String h = headline(q);
            assertThat(h).as(h).containsPattern("^\\S.*\\(compute capability 8\\.[06]\\) lacks FP8 \\(W8A8\\) compute, which needs compute capability 8\\.9")
                    .contains("Marlin");
        }
        String zh = headline("A100 支持 FP8 吗？");
        assertThat(zh).as(zh).containsPattern("^A100.*（计算能力 8\\.0）不支持 FP8").contains("Marlin");
    }

    @Test
    void aCardThatMeetsTheRequirementIsSaidToHaveIt() {
        String h = headline("Does FP8 work on H100?");
        assertThat(h).as(h).containsPattern("^H100.*\\(compute capability 9\\.0\\) has what FP8 \\(W8A8\\) compute needs");
    }

    @Test
    void aNamedModelKeepsItsOwnAnswer() {
        // given a model named with the format: then its own answer speaks, not the card's support line
        String h = headline("can my A100 80GB run llama 3.1 8b in fp8?");
        assertThat(h).as(h).doesNotContain("compute capability");
    }
}
