package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine told by its cores and memory ("32核64g", "8c16g", "16 vCPU 64GB") has that memory as RAM, not a card's; and
 * tokens counted in a timed run ("ms / 17 tokens", "28 tokens in 3 s", or fewer than any window) are no context.
 */
class CoresAndRunCountFormsTest {

    private static final List<String> CORES = List.of("{n}核{g}g", "{n}核{g}G", "{n}核心{g}G", "{n}c{g}g", "{n}C{g}G", "{n} vCPU {g}GB",
            "{n} cores / {g}GB", "{n} cores, {g}GB");
    private static final List<String> CORE_FRAMES = List.of("{spec} 的服务器能跑 qwen2.5 7b 吗", "I have a {spec} cloud server, can it run llama 3 8b?",
            "{spec} 推理很慢，chatglm2-6b");

    @Test
    void theMemoryAfterTheCoresIsTheMachinesRam() {
        List<String> misses = new ArrayList<>();
        for (int[] ng : new int[][] {{4, 8}, {8, 16}, {16, 32}, {32, 64}, {64, 256}}) {
            for (String spec : CORES) {
                for (String frame : CORE_FRAMES) {
                    String q = frame.replace("{spec}", spec.replace("{n}", "" + ng[0]).replace("{g}", "" + ng[1]));
                    Question p = Parsers.PARSER.parse(q);
                    if (p.ramGb() == null || p.ramGb() != ng[1] || p.vramGb() != null || !p.gpus().isEmpty()) misses.add(q + " -> ram " + p.ramGb() + " vram " + p.vramGb());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aMachineToldByCoresAndMemoryAloneRunsOnItsCpu() {
        List<String> misses = new ArrayList<>();
        for (int[] ng : new int[][] {{8, 16}, {32, 64}, {64, 256}}) {
            for (String spec : CORES) {
                for (String frame : CORE_FRAMES) {
                    String q = frame.replace("{spec}", spec.replace("{n}", "" + ng[0]).replace("{g}", "" + ng[1]));
                    if (!Parsers.PARSER.parse(q).cpuOnly()) misses.add(q);
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void coresBesideACardAreNoCpuOnlyMachineAndKeepTheRam() {
        // near misses: a card named after the cores is the machine's GPU; the memory glued to the cores stays RAM
        for (String q : List.of("32核64g，显卡是4090，推理慢", "8 cores, 64GB, RTX 4090: llama 3 70b slow", "16 vCPU / 64GB, GPU: 4090, llama 3 8b?")) {
            Question p = Parsers.PARSER.parse(q);
            assertThat(p.cpuOnly()).as(q).isFalse();
            assertThat(p.ramGb()).as(q).isEqualTo(64.0);
            assertThat(p.gpus()).as(q).hasSize(1).noneMatch(g -> Double.valueOf(64).equals(g.memoryGb()));
        }
    }

    @Test
    void aCardsMemoryBesideCoresStaysTheCards() {
        // near misses: the memory named as VRAM or a card's stays so
        assertThat(Parsers.PARSER.parse("32核 CPU, 显存24g, qwen 32b").vramGb()).isEqualTo(24.0);
        assertThat(Parsers.PARSER.parse("8 cores and a 16GB GPU, can it run qwen3 14b?").vramGb()).isEqualTo(16.0);
    }

    private static final List<String> TIMED = List.of("prompt time: 15761 ms / {t} tokens (927.114 ms/token)",
            "output time: 60333.6 ms / {t} tokens (2154.77 ms/token)", "it generated {t} tokens in 3.2 s", "{t} tokens in 12 seconds",
            "prompt eval time = 1234.5 ms / {t} tokens");
    private static final List<String> RUN_FRAMES = List.of("qwen2.5 7b on a 4090 is slow: {run}", "我的3060跑 llama 3 8b 很慢，{run}");

    @Test
    void tokensCountedInATimedRunAreNoContext() {
        List<String> misses = new ArrayList<>();
        for (int t : new int[] {17, 28, 300, 2048, 6000}) {
            for (String run : TIMED) {
                for (String frame : RUN_FRAMES) {
                    String q = frame.replace("{run}", run.replace("{t}", "" + t));
                    Integer ctx = Parsers.PARSER.parse(q).context();
                    if (ctx != null) misses.add(q + " -> " + ctx);
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aWindowInTokensStaysAContext() {
        for (int t : new int[] {512, 2048, 8192, 32000}) {
            assertThat(Parsers.PARSER.parse("qwen2.5 7b with a " + t + " tokens prompt on a 4090").context()).isEqualTo(t);
            assertThat(Parsers.PARSER.parse("llama 3 8b at " + t + " tokens on a 3060, will it fit?").context()).isEqualTo(t);
            assertThat(Parsers.PARSER.parse("上下文 " + t + " tokens，4090 能跑 qwen2.5 14b 吗").context()).isEqualTo(t);
        }
        assertThat(Parsers.PARSER.parse("a 100 tokens context on a 4090 with qwen 7b").context()).isNull();
    }
}
