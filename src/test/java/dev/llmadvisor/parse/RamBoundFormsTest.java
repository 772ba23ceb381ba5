package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a text, then it ties the speed of a run to system RAM (its bandwidth, channels or DIMMs), or it does not: RAM named
 * for its size, the GPU's memory bandwidth (显存, a bare "memory bandwidth") and other bottlenecks are not.
 */
class RamBoundFormsTest {

    private static final List<String> RAM = List.of("RAM", "system RAM", "DDR4", "DDR5", "system memory");
    private static final List<String> FRAMES = List.of(
            "Only 3 tokens/s. Is it because of my %s bandwidth?",
            "Generation is slow, I guess it is limited by the %s bandwidth.",
            "Is it the %s bandwidth? The GPU sits at 20%%.",
            "The %s bandwidth is too low for this, right?",
            "Slow output: is %s bandwidth the bottleneck?");
    private static final List<String> ZH = List.of(
            "速度极其慢，是因为我的内存带宽太小了吗？",
            "输出只有2.3 tokens/s，单纯是内存条没插满吗？",
            "是不是内存带宽的问题，速度才这么慢",
            "瓶颈在内存带宽吧，GPU利用率很低",
            "内存频率太低会影响速度吗，现在只有3 token/s",
            "受限于内存带宽，速度上不去",
            "内存通道没插满，速度只有一半");

    @Test
    void aSpeedTiedToSystemRamIsTold() {
        List<String> misses = new ArrayList<>();
        for (String frame : FRAMES)
            for (String ram : RAM) {
                String t = String.format(frame, ram);
                if (!RamBoundForms.told(t)) misses.add(t);
            }
        for (String t : ZH) if (!RamBoundForms.told(t)) misses.add(t);
        for (String t : List.of("not all memory channels are populated, only 4 of 8", "the DIMM slots are not all filled"))
            if (!RamBoundForms.told(t)) misses.add(t);
        assertThat(misses).isEmpty();
    }

    @Test
    void ramSizesTheGpusBandwidthAndOtherBottlenecksAreNot() {
        for (String t : List.of("I have 64GB RAM and a 4090, can it run llama 3 70b?",
                "内存不够，加载时被杀掉了",
                "500G内存，单卡4090",
                "显存带宽太小了吗？",
                "是不是显存带宽的问题",
                "Is it limited by the GPU memory bandwidth?",
                "memory bandwidth is the bottleneck on a 4090",
                "Is the CPU the bottleneck?",
                "how much RAM bandwidth does a 70b need?",
                "内存占用很少，显存占满了"))
            assertThat(RamBoundForms.told(t)).as(t).isFalse();
    }
}
