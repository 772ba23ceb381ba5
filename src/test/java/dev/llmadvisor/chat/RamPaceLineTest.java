package dev.llmadvisor.chat;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speed that rests on system RAM's bandwidth says what bandwidth it assumed when the person named neither the CPU nor
 * the channels; a stated platform, a setup all on the GPU, or a Mac's unified memory need no such line.
 */
class RamPaceLineTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static String notes(String question) {
        return String.join("\n", ADVISOR.answer("pace " + question, question).reply().notes());
    }

    @Test
    void anAssumedRamBandwidthUnderAnOffloadedSpeedIsSaid() {
        for (String q : List.of("llama 3.3 70b on my 4090 with 64gb ram, how fast?", "can my 3060 12GB with 32GB RAM run qwen3 32b?",
                "qwen3 235b a22b q4_k_m on a 4090 with 192GB DDR5, what speed?")) {
            assertThat(notes(q)).as(q).contains("GB/s of RAM bandwidth (a desktop's two channels)").contains("name the CPU")
                    .doesNotContain("more than a desktop holds");
        }
        assertThat(notes("4090 加 64G 内存跑 llama 3.3 70b 速度多少")).contains("GB/s 的内存带宽估算");
    }

    @Test
    void moreRamThanADesktopHoldsPointsToMoreChannels() {
        assertThat(notes("KTransformers DeepSeek-R1 Q4_K_M on a 4090 with 512GB DDR5, what speed?"))
                .contains("512 GB of RAM is more than a desktop holds");
    }

    @Test
    void aStatedPlatformAllOnTheGpuOrUnifiedMemoryNeedsNoLine() {
        for (String q : List.of("KTransformers DeepSeek-R1 Q4_K_M on a 4090 with EPYC 9654 and 512GB DDR5, what speed?",
                "llama 3.3 70b on my 4090 with 64gb ram in 12 channels of DDR5-4800, how fast?",
                "can my 4090 run qwen3 8b?", "M2 Max 32GB run llama 3.3 70b?")) {
            assertThat(notes(q)).as(q).doesNotContain("GB/s of RAM bandwidth");
        }
    }
}
