package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Radeon off Ollama's Windows ROCm list, on a machine the text says runs Windows ({@link RadeonOnWindowsForms}), is read;
 * a listed Radeon, another maker's card, and a machine not said to run Windows are not.
 */
class RadeonOnWindowsFormsTest {

    @Test
    void anUnlistedRadeonOnWindowsIsRead() {
        for (String hw : List.of("Radeon RX 6600 XT (8 GB)", "Radeon RX 6700 XT (12 GB)", "Radeon RX 5700 XT (8 GB)", "Radeon 780M", "Radeon RX 580 (8 GB)"))
            for (String os : List.of("How to run Ollama on Windows 11?", "ollama on win10 uses the CPU", "I am on Win 11 and the GPU sits idle"))
                assertThat(RadeonOnWindowsForms.said(hw, os)).as(hw + " / " + os).isTrue();
    }

    @Test
    void aListedRadeonAnotherCardOrNoWindowsIsNotRead() {
        String windows = "ollama on Windows 11 does not use my GPU";
        for (String hw : List.of("Radeon RX 7900 XTX (24 GB)", "Radeon RX 6800 XT (16 GB)", "Radeon RX 7600 (8 GB)", "Radeon RX 6950 XT (16 GB)",
                "Radeon Pro W7900 (48 GB)", "Radeon RX 9070 XT (16 GB)", "GeForce RTX 3060 (12 GB)"))
            assertThat(RadeonOnWindowsForms.said(hw, windows)).as(hw).isFalse();
        for (String os : List.of("ollama on Ubuntu 22.04 does not use my GPU", "the window size is 4096", "ollama does not use my GPU (windowsill)"))
            assertThat(RadeonOnWindowsForms.said("Radeon RX 6600 XT (8 GB)", os)).as(os).isFalse();
        // Ollama under WSL is its Linux build; the community build or swapped ROCm libraries carry code for more cards
        for (String other : List.of("I run ollama in WSL on Windows 11", "Windows 10, ollama-for-amd 0.6.2, still on the CPU",
                "on Windows 11 I replaced the rocblas library for gfx1032"))
            assertThat(RadeonOnWindowsForms.said("Radeon RX 6600 XT (8 GB)", other)).as(other).isFalse();
    }
}
