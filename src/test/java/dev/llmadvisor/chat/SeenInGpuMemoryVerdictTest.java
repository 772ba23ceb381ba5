package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model the person sees in GPU memory, with no fault beside it, runs, whatever our estimate said. When the weights in
 * the format they name are larger than all their cards hold, what the cards show is only part of it and the rest runs
 * from system RAM: offload, not a fit. Weights the cards hold, or no format named (the file they run may be a smaller
 * quantization than the published weights), keep the fit the sighting gives.
 */
class SeenInGpuMemoryVerdictTest {

    /** A model in a format, its machine (English, Chinese), the RAM stated, the GPU memory seen in use. */
    private record Case(String model, String machineEn, String machineZh, int ramGb, int usedGb) { }

    private static final List<String> EN = List.of(
            "I run %1$s on %2$s with ktransformers, %3$dGB of RAM; it uses about %4$dGB of VRAM. How do I tune it?",
            "Running %1$s on %2$s, %3$dGB RAM, it only uses %4$dGB of VRAM, why?");
    private static final List<String> ZH = List.of(
            "在%2$s上加载 %1$s，%3$dG 内存，显存占用 %4$dG 左右，双卡有用吗？",
            "%2$s 跑 %1$s，内存 %3$dG，显存只用了 %4$dG，为什么？");

    private static Verdict verdict(String form, Case c, boolean zh) {
        String q = String.format(form, c.model(), zh ? c.machineZh() : c.machineEn(), c.ramGb(), c.usedGb());
        return RealAdvisors.askAsShipped(q).verdict();
    }

    private static void assertEach(List<Case> cases, Verdict expected) {
        for (Case c : cases) {
            for (String form : EN) assertThat(verdict(form, c, false)).as(form + " " + c).isEqualTo(expected);
            for (String form : ZH) assertThat(verdict(form, c, true)).as(form + " " + c).isEqualTo(expected);
        }
    }

    @Test
    void weightsLargerThanTheCardsInTheFormatNamedRunPartlyFromRam() {
        assertEach(List.of(new Case("DeepSeek-R1 IQ1_S", "two RTX 3090", "两张 3090", 32, 12),
                new Case("DeepSeek-V3 Q2_K", "two RTX 4090", "两张 4090", 64, 20)), Verdict.OFFLOAD);
    }

    @Test
    void weightsTheCardsHoldStayAFit() {
        assertEach(List.of(new Case("Qwen2.5 14B Q4_K_M", "one RTX 4090", "一张 4090", 32, 10)), Verdict.FITS);
    }

    @Test
    void withNoFormatNamedTheSightingStaysAFit() {
        // 16-bit Qwen2.5 32B (65 GB) would not fit the 4090, but the file seen at 20 GB is a quantized one that does
        assertEach(List.of(new Case("Qwen2.5 32B", "one RTX 4090", "一张 4090", 32, 20)), Verdict.FITS);
    }
}
