package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards said of whoever owns them ("results from owners of 24GB cards - RTX 3090, 4090", "anyone with a 4090") are
 * someone else's setup, not the person's; the person's own card stays theirs.
 */
class CardOwnersFormsTest {

    @Test
    void givenCardsOfTheirOwners_thenTheyAreNotThePersonsAndTheOwnCardIsRead() {
        Understood u = Understanding.of("My graphics card is weak and only has 8GB of video memory. I'm interested in the results with "
                + "llama 2 70b for owners of powerful graphics cards with 24GB of video memory - RTX 3090, 4090.");

        assertThat(u.gpus()).extracting(Understood.Gpu::vramGb).containsExactly(8.0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I have a 3060 12GB. Could anyone with a 4090 share how fast llama 3 70b runs?",
            "I have a 3060 12GB. How fast is llama 3 70b for owners of a 4090?"})
    void givenTheOwnCardBesideAnOwnersCard_thenOnlyTheOwnCardIsThePersons(String q) {
        assertThat(Understanding.of(q).gpus()).extracting(Understood.Gpu::vramGb).containsExactly(12.0);
    }

    /**
     * A quantified plural as the subject ("many LLM experimenters have", "most hobbyists run", "those with", 很多人, 大部分人)
     * says what people in general have: the person has none of those cards.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Many LLM experimenters have a 5090; could Qwen3 235B be supported?",
            "Lots of home users own a 4090, so a 4-bit Qwen3 32B build would help.",
            "Most hobbyists run a 3090, so please publish a Q4 GGUF of Qwen2.5 72B.",
            "For those with an A6000 a Q8 build of Qwen2.5 32B would be nice.",
            "很多人都有4090，能不能出一个qwen2.5 32b的量化版？",
            "大部分人用的是3090，能出个qwen2.5 72b的int4版本吗"})
    void givenCardsOfAQuantifiedPlural_thenThePersonHasNone(String q) {
        assertThat(Understanding.of(q).gpus()).isEmpty();
    }

    /** Beside them, the person's own card stays theirs. */
    @Test
    void givenTheOwnCardBesideAQuantifiedPlurals_thenOnlyTheOwnCardIsThePersons() {
        assertThat(Understanding.of("大部分人用的是3090，我的是3060 12G，能跑qwen2.5 14b吗").gpus())
                .extracting(Understood.Gpu::vramGb).containsExactly(12.0);
    }

    /** Near miss: the person who owns the card is the person ("I own a 4090"). */
    @Test
    void givenTheOwnerIsThePerson_thenTheCardIsTheirs() {
        assertThat(Understanding.of("I own a 4090. Can it run llama 3 70b?").gpus()).extracting(Understood.Gpu::vramGb).containsExactly(24.0);
    }
}
