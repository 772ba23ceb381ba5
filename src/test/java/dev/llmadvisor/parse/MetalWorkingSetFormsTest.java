package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Mac named without its memory, with llama.cpp's Metal log pasted: the working-set limit it prints is Metal's share of
 * the machine's memory (two thirds up to 36 GB, three quarters above), so it gives the memory the Mac is sold with.
 */
class MetalWorkingSetFormsTest {

    private static Understood.Gpu onlyMac(String q) {
        Understood u = Understanding.of(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).unified()).as(q).isTrue();
        return u.gpus().get(0);
    }

    @Test
    void theWorkingSetLimitGivesTheMacsMemory() {
        // given a Mac without its memory and Metal's limit, at start-up or after a buffer
        assertThat(onlyMac("llama3 8b on my mac m1 is slow\nggml_backend_metal_log_allocated_size: allocated buffer, size = 14315.03 MiB,"
                + " (14315.09 / 21845.34)").vramGb()).isEqualTo(32.0);
        assertThat(onlyMac("llama 2 70b on an M2 Max\nggml_metal_init: recommendedMaxWorkingSetSize  = 73728.00 MB").vramGb()).isEqualTo(96.0);
        assertThat(onlyMac("mistral 7b on my M1 Pro\nggml_metal_init: recommendedMaxWorkingSetSize = 10922.67 MB").vramGb()).isEqualTo(16.0);
    }

    @Test
    void aLimitRaisedByHandOrTheMemoryStatedIsNotReadAsAnotherSize() {
        // near misses: a limit no sold size gives (raised with iogpu.wired_limit_mb), and the memory said beside the chip
        assertThat(onlyMac("llama 2 70b on an M2 Max\nggml_metal_init: recommendedMaxWorkingSetSize  = 60000.00 MB").vramGb())
                .isEqualTo(onlyMac("llama 2 70b on an M2 Max").vramGb()).isNotEqualTo(80.0);
        assertThat(onlyMac("llama 2 70b on my M2 Max 64GB\nggml_metal_init: recommendedMaxWorkingSetSize  = 49152.00 MB").vramGb()).isEqualTo(64.0);
    }
}
