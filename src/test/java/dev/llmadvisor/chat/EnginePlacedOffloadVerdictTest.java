package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a failed load on Ollama, which places the layers itself, of a model larger than the GPU that the GPU and the
 * RAM the person states hold together, then what the hardware gives is a run with offload, not a no; with the RAM
 * unstated, or on an engine that keeps the model on the GPU, the failure stands as a no.
 */
class EnginePlacedOffloadVerdictTest {

    private static final String FAILS = " on my RTX 4070 Ti Super 16GB%s: failed to create context with model";

    @Test
    void ollamaWithRamStatedRunsWithOffload() {
        String q = "Ollama can't load gemma:7b-instruct-v1.1-fp16" + FAILS.formatted(" with 96GB RAM");
        assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
    }

    @Test
    void ramUnstatedStaysANo() {
        String q = "Ollama can't load gemma:7b-instruct-v1.1-fp16" + FAILS.formatted("");
        assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
    }

    @Test
    void anEngineThatKeepsTheModelOnTheGpuStaysANo() {
        String q = "vLLM can't load gemma-7b-it in fp16" + FAILS.formatted(" with 96GB RAM");
        assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
    }
}
