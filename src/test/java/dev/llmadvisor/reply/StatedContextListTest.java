package dev.llmadvisor.reply;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of what the hardware runs "at 150k context" holds models that take that context: a model whose own longest
 * context is 4k was listed under it (OLMo 2 32B, Gemma 2 27B), sized with a cache it could never fill.
 */
class StatedContextListTest {

    @Test
    void theModelsListedAtAStatedContextTakeThatContext() {
        // given a stated context longer than many models' own
        Answer a = RealAdvisors.askAsShipped("what can I run on my RTX 3090 with vLLM at 150k context?");
        assertThat(a.reply().headline()).contains("at 150k context");
        // then every option listed takes it
        assertThat(a.shown()).isNotEmpty().allSatisfy(r -> assertThat(r.candidate().maxContext()).isGreaterThanOrEqualTo(150_000));
    }

    @Test
    void givenOllamaNamedAndNoContext_thenTheFirstLineSaysTheContextTheListWasSizedAt() {
        // given Ollama on a machine without a GPU: its own default context, not the 8k assumed, sizes the list
        Answer a = RealAdvisors.askAsShipped("I run ollama on a 36 core xeon with 64 GB ram and no GPU, what models can I run?");
        assertThat(a.shown()).isNotEmpty();
        int sized = a.shown().get(0).candidate().context();
        assertThat(a.shown()).allSatisfy(r -> assertThat(r.candidate().context()).isEqualTo(sized));
        // then the first line names that context
        assertThat(a.reply().headline()).contains(" at " + dev.llmadvisor.facts.Candidate.contextLabel(sized) + " context");
    }

    @Test
    void withNoContextStatedTheListIsTheBestFitsAsBefore() {
        // given no context: the assumed 8k decides nothing, and a 4k model may lead
        Answer a = RealAdvisors.askAsShipped("what can I run on my RTX 3090 with vLLM?");
        assertThat(a.shown()).isNotEmpty().anyMatch(r -> r.candidate().maxContext() < 150_000);
    }
}
