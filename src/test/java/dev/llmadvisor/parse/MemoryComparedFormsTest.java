package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount a setting or a size is compared with ("can't set max-model-memory bigger than 8G", "a file larger than 10GB")
 * is a bound, not memory the machine has, as "more than 8GB" is: the RAM stays unstated. The machine's own memory
 * ("I have 32GB RAM") is still read.
 */
class MemoryComparedFormsTest {

    private static Question parse(String text) {
        return Parsers.PARSER.parse(text);
    }

    @Test
    void anAmountComparedWithIsNoRam() {
        for (String bound : List.of("bigger than 8G", "larger than 8GB", "greater than 8 GB", "higher than 8G")) {
            String q = "Is it possible to run Qwen3.5-9B-8bit on Mac mini 16G? I can't set max-model-memory " + bound + ".";
            Question p = parse(q);
            assertThat(p.ramGb()).as(q).isNull();
            assertThat(p.hasHardware()).as(q).isTrue();
        }
    }

    @Test
    void theMachinesOwnRamIsStillRead() {
        Question p = parse("I have an RTX 3060 12GB and 32GB RAM; can it run qwen2.5 14b? My files are larger than 8GB.");
        assertThat(p.ramGb()).isEqualTo(32.0);
    }
}
