package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow run of a model named as published (no format, no engine) is read as its 16-bit weights spilling into system
 * RAM only when the machine could hold those weights at all: GPU memory plus the RAM stated. Larger, what runs is a
 * quantized file, and the sizing's verdict stands; with the RAM not stated there is no bound.
 */
class ReportedRunVerdictTest {

    /** The advisor as `ask` runs it, shared with the other tests of this JVM (hence the conversation prefix). */
    static final Assembly assembly = RealAdvisors.asShippedOffline();

    /** A model, its parameters (billions), a machine that holds a quantized file of it in GPU memory, that memory. */
    private record Case(String model, double paramsB, String machineEn, String machineZh, double gpuGb) { }

    private static final Case[] CASES = {
            new Case("llama 3.1 70b", 70.6, "two RTX 3090", "两张 3090", 48),
            new Case("qwen2.5 32b", 32.8, "RTX 4090", "一张 4090", 24),
            new Case("qwen2.5 14b", 14.8, "RTX 4060 Ti 16GB", "RTX 4060 Ti 16G", 16),
    };

    private static final String[] EN = {
            "%s on my %s with %dGB RAM is very slow, why?",
            "I run %s on a %s, %dGB of RAM, and it is painfully slow. Is that normal?",
    };
    private static final String[] ZH = {
            "我用%2$s，内存 %3$dG，跑 %1$s 很慢，正常吗？",
            "%2$s 加 %3$dG 内存跑 %1$s 特别慢，为什么？",
    };

    @Test
    void aSlowRunIsFromRamOnlyWhenTheMachineCouldHoldThePublishedWeights() {
        int n = 0;
        for (Case c : CASES) {
            for (int ram : new int[] {16, 32, 64, 128}) {
                double published = c.paramsB() * 2;
                if (Math.abs(published - (c.gpuGb() + ram)) < 4) continue; // too close to call either way
                Verdict expected = published <= c.gpuGb() + ram ? Verdict.OFFLOAD : Verdict.FITS;
                for (String form : EN) {
                    String q = String.format(form, c.model(), c.machineEn(), ram);
                    assertThat(assembly.advisor().answer("reported-run-slow-" + (n++), q).verdict()).as(q).isEqualTo(expected);
                }
                for (String form : ZH) {
                    String q = String.format(form, c.model(), c.machineZh(), ram);
                    assertThat(assembly.advisor().answer("reported-run-slow-" + (n++), q).verdict()).as(q).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void withTheRamNotStatedTheSlowRunOfPublishedWeightsLargerThanTheGpuIsFromRam() {
        for (String q : new String[] {"llama 3.1 70b on my two RTX 3090 is very slow, why?", "我用一张 4090 跑 qwen2.5 32b 很慢，正常吗？"}) {
            Answer a = assembly.advisor().answer("reported-run-slow-unstated-" + q.length(), q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
        }
    }

    @Test
    void aMacsUnifiedMemoryIsAllThereIsSoWeightsBeyondItAreNotWhatRuns() {
        for (String q : new String[] {"DeepSeek V3 on my Mac Studio M3 Ultra 512GB is extremely slow, why?",
                "我的 Mac Studio M3 Ultra 512G 跑 deepseek v3 特别慢，为什么？",
                "llama 3.1 70b on my MacBook Pro M3 Max 128GB is very slow, is that normal?"}) {
            Answer a = assembly.advisor().answer("reported-run-slow-mac-" + q.length(), q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        }
    }
}
