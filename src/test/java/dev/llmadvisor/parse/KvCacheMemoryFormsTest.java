package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KV cache's figure ("the available KV cache memory (3.18 GiB)" in vLLM's refusal, "KV cache memory: 16 GiB") is a share
 * of a card's memory, never the machine's RAM nor a card's size; the RAM said beside it stays the RAM.
 */
class KvCacheMemoryFormsTest {

    @Test
    void aKvCacheFigureIsNoRam() {
        // given a KV cache figure beside a named card, in vLLM's words and said plainly
        for (String q : List.of(
                "RTX 4090, Qwen3 30B A3B FP8 on vllm. ValueError: To serve at least one request with the models's max seq len (262144),"
                        + " (24.0 GiB KV cache is needed, which is larger than the available KV cache memory (3.18 GiB).",
                "RTX 4090, vllm serve Qwen3 8B: available KV cache memory: 16.00 GiB")) {
            Understood u = Understanding.of(q);
            // then no RAM is read, and the card keeps its own memory
            assertThat(u.ramGb()).as(q).isNull();
            assertThat(u.gpus()).as(q).singleElement().satisfies(g -> assertThat(g.vramGb()).isEqualTo(24.0));
        }
    }

    @Test
    void theRamSaidBesideAKvCacheIsStillTheRam() {
        // near miss: the machine's RAM named in the same clause as the KV cache
        assertThat(Understanding.of("RTX 4090 and 64GB RAM, with the KV cache offloaded, can llama 3 70b run?").ramGb()).isEqualTo(64.0);
    }
}
