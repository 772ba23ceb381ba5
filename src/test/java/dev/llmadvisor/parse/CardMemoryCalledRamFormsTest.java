package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's memory written straight after its name and called RAM ("RTX 4090 - 24Gb RAM", "RTX 4070 12GB RAM") is the
 * card's when the card is sold with exactly that much; the system's RAM is not read from it. Another amount, or one set
 * apart by a comma, stays the system's RAM.
 */
class CardMemoryCalledRamFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NVIDIA RTX 4090 - 24Gb RAM. Can it run llama 3 70b? | 24",
            "RTX 4070 12GB RAM, can it run mixtral? | 12",
            "GPU: RTX 3060 12GB RAM. Can it run mistral 7b? | 12",
            "RTX 4060 Ti 16GB RAM, can it run qwen 14b? | 16",
            "RX 7900 XTX 24GB RAM, can it run llama 3 70b? | 24",
            "A100 - 80GB RAM, can it run llama 3 70b? | 80"})
    void givenTheCardsSizeCalledRamRightAfterIt_thenItIsTheCardsMemoryAndNoRam(String question, double card) {
        Understood u = Understanding.of(question);

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(card);
        assertThat(u.ramGb()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RTX 4090 24GB RAM, 64GB DDR5. Can it run llama 3 70b? | 24 | 64",
            "RTX 3060 16GB RAM, can it run mistral 7b? | 12 | 16",
            "RTX 4090, 24GB RAM. Can it run llama 3 70b? | 24 | 24"})
    void givenAnotherAmountOrOneSetApart_thenItStaysTheSystemsRam(String question, double card, double ram) {
        Understood u = Understanding.of(question);

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(card);
        assertThat(u.ramGb()).isEqualTo(ram);
    }
}
