package dev.llmadvisor.chat;

import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed question on a unified-memory machine (a Mac, a DGX Spark), then the cause line says the weights are
 * read from the unified memory, as the speed line says the GPU's memory sets the pace; "system memory" stays for a
 * machine whose GPU has its own.
 */
class UnifiedMemoryPaceCauseTest {

    @Test
    void theCauseOnAUnifiedMachineNamesTheUnifiedMemory() {
        String en = askAsShipped("My Mac Studio M2 Max 32GB runs qwen2.5 32b q4 at only 8 tokens/s, is that normal?").reply().toText(false);
        assertThat(en).contains("from the unified memory").doesNotContain("from system memory");
        String zh = askAsShipped("我的 Mac Studio M2 Max 32G 跑 qwen2.5 32b q4 每秒只有 8 个 token，正常吗").reply().toText(false);
        assertThat(zh).contains("统一内存读一遍");
    }
}
