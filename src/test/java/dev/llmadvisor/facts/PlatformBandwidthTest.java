package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.MemoryPlatform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** RAM bandwidth from the platform a question names (MachineReader), and the CPU families behind it. */
class PlatformBandwidthTest {

    @Test
    void epycGenoaHasTwelveChannelsOfDdr5_4800() {
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention("EPYC 9654", null, null, null, null, null)))
                .isCloseTo(12 * 4800 * 8 / 1000.0, within(0.01));
    }

    @Test
    void statedModulesCapTheChannelsAndTheSecondSocketAddsWhatTheFitFound() {
        // 2x EPYC 7C13 (8 channels each) with 8 modules of DDR4-2933: 8 channels over two sockets.
        MemoryPlatform m = MachineReader.memoryPlatform(new PlatformMention("epyc 7c13", 2, "DDR4", 2933, null, 8)).orElseThrow();
        assertThat(m.channels()).isEqualTo(8);
        assertThat(m.bandwidthGBs()).isCloseTo(8 * 2933 * 8 / 1000.0, within(0.01));
        // Socket scaling 0 (fitted): decode draws on one socket's half.
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention("epyc 7c13", 2, "DDR4", 2933, null, 8)))
                .isCloseTo(4 * 2933 * 8 / 1000.0, within(0.01));
    }

    @Test
    void desktopTypeAndChannelsWithoutACpu() {
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention(null, null, "DDR5", 4800, 12, null)))
                .isCloseTo(460.8, within(0.01));
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention(null, null, "DDR4", null, null, null)))
                .isCloseTo(51.2, within(0.01));
        assertThat(MachineReader.ramBandwidthGBs(null)).isEqualTo(Hardware.DEFAULT_RAM_BANDWIDTH_GBS);
    }

    @Test
    void cpuFamilies() {
        assertThat(MemoryPlatform.forCpu("Xeon Gold 6454S", 1).orElseThrow().bandwidthGBs()).isCloseTo(307.2, within(0.01));
        assertThat(MemoryPlatform.forCpu("Xeon Platinum 8352Y", 1).orElseThrow().type()).isEqualTo("DDR4");
        assertThat(MemoryPlatform.forCpu("Threadripper 3970X", 1).orElseThrow().channels()).isEqualTo(4);
        assertThat(MemoryPlatform.forCpu("EPYC 9175F", 2).orElseThrow().channels()).isEqualTo(24);
        assertThat(MemoryPlatform.forCpu("EPYC 9575F", 1).orElseThrow().mts()).isEqualTo(6000);
        assertThat(MemoryPlatform.forCpu("i9-10900X", 1).orElseThrow().channels()).isEqualTo(4);
        assertThat(MemoryPlatform.forCpu("Ryzen 9 7950X", 1).orElseThrow().bandwidthGBs()).isCloseTo(83.2, within(0.01));
        assertThat(MemoryPlatform.forCpu("w-3245", 1).orElseThrow().channels()).isEqualTo(6);
        assertThat(MemoryPlatform.forCpu("a toaster", 1)).isEmpty();
    }

    @Test
    void raspberryPiBoardsHaveOneThirtyTwoBitChannel() {
        // raspberrypi.com product briefs: Pi 5 32-bit LPDDR4X-4267, Pi 4 32-bit LPDDR4-3200
        assertThat(MemoryPlatform.forCpu("Raspberry Pi 5", 1).orElseThrow().bandwidthGBs()).isCloseTo(17.07, within(0.01));
        assertThat(MemoryPlatform.forCpu("rpi 4b", 1).orElseThrow().bandwidthGBs()).isCloseTo(12.8, within(0.01));
        // a Pi without its number is sized as the slower Pi 4
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention("树莓派", null, null, null, null, null))).isCloseTo(12.8, within(0.01));
    }

    @Test
    void solderedLpddrIsALaptopsHundredTwentyEightBitBus() {
        // 16 GB 2133 MHz LPDDR3 (an Intel MacBook Pro): 128 bits at 2133 MT/s, not a desktop's 60 GB/s
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention(null, null, "LPDDR3", 2133, null, null))).isCloseTo(34.1, within(0.1));
        // LPDDR5X with no rate: the laptops' common 7500 MT/s
        assertThat(MachineReader.ramBandwidthGBs(new PlatformMention(null, null, "LPDDR5X", null, null, null))).isCloseTo(120.0, within(0.01));
    }
}
