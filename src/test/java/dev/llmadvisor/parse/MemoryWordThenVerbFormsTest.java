package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount, a memory word, then a verb of use or of what is left ("50GB memory left", "14GB NPU memory used"): memory in
 * use or spare, not the RAM the machine has. The same amount said to be had stays the RAM.
 */
class MemoryWordThenVerbFormsTest {

    private static Understood read(String q) {
        return Understanding.of(q);
    }

    @Test
    void anAmountOfMemoryLeftOrUsedIsNoRam() {
        for (String tail : List.of("there is 50GB memory left", "there is 50GB memory free", "50GB memory remaining",
                "it shows 50GB memory used", "50GB system memory in use", "50GB RAM left")) {
            String q = "Qwen2.5 7B OOMs in vLLM on my RTX 4090: the weights only occupy 14GB GPU memory and " + tail + ". Why?";
            assertThat(read(q).ramGb()).as(q).isNull();
        }
    }

    @Test
    void anAmountOfMemoryHadStaysTheRam() {
        for (String said : List.of("I have 64GB memory", "my PC has 64GB RAM", "64GB memory, RTX 4090")) {
            String q = "Qwen2.5 32B in ollama is slow: " + said + ". Why?";
            assertThat(read(q).ramGb()).as(q).isEqualTo(64.0);
        }
    }
}
