package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A maker's trademark signs in a device name as drivers and runtimes print it ("Intel(R) Arc(TM) Pro B60 Graphics",
 * "AMD Radeon(TM) RX 7900 XTX", "Intel® Arc™ A770") are no part of the name: the scan drops them, so the card is read as
 * it is written without them, also where a second device line follows.
 */
class TrademarkSignFormsTest {

    @Test
    void theSignsAreDroppedFromTheScan() {
        // given names printed with (R), (TM), ® and ™
        assertThat(Scan.normalize("Intel(R) Arc(TM) Pro B60 Graphics")).isEqualTo("Intel Arc Pro B60 Graphics");
        assertThat(Scan.normalize("Intel\u00ae Arc\u2122 A770")).isEqualTo("Intel Arc A770");
        assertThat(Scan.normalize("AMD Radeon(tm) RX 7900 XTX")).isEqualTo("AMD Radeon RX 7900 XTX");
        // near miss: a letter in parentheses that is no sign stays
        assertThat(Scan.normalize("option (a) or (r1)")).isEqualTo("option (a) or (r1)");
    }

    @Test
    void aCardPrintedWithSignsInADeviceListIsOneOfTheCards() {
        // given llama.cpp's device lines for two cards, the first printed with trademark signs
        String q = "llama_model_load_from_file_impl: using device Vulkan0 (Intel(R) Arc(TM) Pro B60 Graphics) (unknown id) - 23607 MiB free\n"
                + "llama_model_load_from_file_impl: using device Vulkan1 (NVIDIA RTX A2000 12GB) (0000:19:00.0) - 19491 MiB free\n";
        Understood u = Understanding.of(q);
        // then both cards are the person's, each with its memory
        assertThat(u.gpus()).extracting(g -> g.vramGb()).containsExactlyInAnyOrder(24.0, 12.0);
        for (String name : List.of("Intel(R) Arc(TM) Pro B60 Graphics", "AMD Radeon(TM) RX 7900 XTX")) {
            assertThat(Understanding.of("using device Vulkan0 (" + name + ")\nusing device Vulkan1 (NVIDIA GeForce RTX 3090)").gpus())
                    .as(name).hasSize(2);
        }
    }
}
