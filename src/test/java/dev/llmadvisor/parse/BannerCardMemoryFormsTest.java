package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unsloth's start-up banner ("GPU: Tesla T4. Max memory: 14.748 GB. Platform = Linux.", as printed in unslothai/unsloth
 * issues) gives the card's usable memory, so it is no system RAM (eval/real-questions/README.md: ram_gb is system RAM as
 * stated); the card named stays the machine. A "max memory" of RAM said elsewhere is still RAM.
 */
class BannerCardMemoryFormsTest {

    @Test
    void theBannersMaxMemoryIsTheCardsNotRam() {
        for (String q : List.of(
                "OOM loading llama 3.1 70b 4bit\n==((====))==  Unsloth 2024.10.7: Fast Llama patching.\n   \\\\   /|    GPU: Tesla T4. Max memory: 14.748 GB. Platform = Linux.",
                "Unsloth: GPU: NVIDIA GeForce RTX 3090. Num GPUs = 1. Max memory: 23.691 GB. Platform: Linux. OOM with llama 3 8b")) {
            Question p = Parsers.PARSER.parse(q);
            assertThat(p.ramGb()).as(q).isNull();
            assertThat(p.gpus()).as(q).hasSize(1);
        }
        // near miss: the machine's RAM named as such stays RAM
        assertThat(Parsers.PARSER.parse("My server has 64GB RAM and a Tesla T4, can it run llama 3 8b?").ramGb()).isEqualTo(64.0);
    }
}
