package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A memory size a card is not sold with is read as a memory mod of that card (4090 48 GB, 2080 Ti 22 GB) only when it is
 * written with the card; a size said in another sentence ("On a 48GB GPU, … what I tried on a 4090") is another card's.
 */
class MemoryModWrittenWithCardFormsTest {

    private static Understood.Gpu onlyCard(String q) {
        Understood u = Understanding.of(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        return u.gpus().get(0);
    }

    @Test
    void aSizeWrittenApartFromTheCardIsNoMod() {
        String q = "On a 48GB GPU, the AWQ version of InternVL2-40B uses 42% of the VRAM. So it should fit on a smaller one. "
                + "Here's what I tried on a 4090, and it runs out of memory.";
        Understood.Gpu card = onlyCard(q);
        assertThat(card.name()).isEqualTo("GeForce RTX 4090");
        assertThat(card.vramGb()).isEqualTo(24.0);
    }

    @Test
    void aModWrittenWithTheCardStays() {
        assertThat(onlyCard("4090 48G 能跑 qwen 72b 吗").vramGb()).isEqualTo(48.0);
        assertThat(onlyCard("my 2080 Ti has 22gb vram, can it run qwen 32b?").vramGb()).isEqualTo(22.0);
    }
}
