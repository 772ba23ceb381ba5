package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Mac chip named without its memory ("my M1 Pro") is sized on one of the memories it is sold with, and the hardware the
 * answer names says that memory was assumed, as a card's assumed variant does; a memory stated, or a machine sold with one
 * memory only, is named as it is.
 */
class MacMemoryAssumedTest {

    private static String hardware(String question) {
        return askAsShipped(question).ask().hardware();
    }

    @Test
    void aChipNamedWithoutItsMemorySaysTheMemoryWasAssumed() {
        assertThat(hardware("Ollama with mixtral on my Macbook pro m1 pro is incredibly slow, did I miss something?"))
                .contains("Apple M1 Pro").contains("(memory not stated: assumed)");
        assertThat(hardware("我的 M2 Max 跑 qwen2.5 32b 很慢")).contains("（未说明内存，按此配置估算）");
    }

    @Test
    void aStatedMemoryOrASingleConfigurationIsNamedAsItIs() {
        assertThat(hardware("Ollama with mixtral on my Macbook pro m1 pro 32GB is incredibly slow")).doesNotContain("assumed");
        assertThat(hardware("vLLM on a DGX Spark runs qwen3 32b at 5 tok/s, is that normal?")).doesNotContain("assumed");
    }
}
