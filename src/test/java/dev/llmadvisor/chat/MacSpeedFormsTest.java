package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.ReplyWriter;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed the person measured, at least {@link Setup#SLOW_TPS}, on a Mac named without its memory, then the model
 * runs in the memory that Mac has: the verdict is fits, whatever the sizing on the chip's base memory said, with a line
 * saying the memory was not stated, and no warning that the file cannot run on the GPU alone. A Mac whose memory is
 * stated, a speed under the threshold, a failure beside it or a card that is not a Mac keep the sizing's verdict.
 */
class MacSpeedFormsTest {

    /** Chips named without memory, each sized on its base memory, too small for a 70B at 4 bits (about 40 GB). */
    private static final List<String> MACS = List.of("M2 Max", "M1 Max", "M4 Pro", "M3 Pro", "Mac mini M4", "MacBook Pro M1 Pro");

    private static final List<String> EN = List.of(
            "On my %s I run llama 3 70b q4 with ollama and I'm getting 12 tok/s, can I make it faster?",
            "%s: llama 3 70b q4 runs at 8 tokens per second in llama.cpp, is this normal?",
            "I get 6.5 t/s with llama 3 70b q4 on a %s. Any tips?");

    private static final List<String> ZH = List.of(
            "我的 %s 跑 llama 3 70b q4，速度 10 tokens/s，正常吗？",
            "%s 上用 ollama 跑 llama 3 70b q4，每秒9个token，能再快点吗？");

    @Test
    void aSpeedMeasuredOnAMacOfUnstatedMemoryFits() {
        int n = 0;
        for (String mac : MACS) {
            for (String form : EN) n += fits(String.format(form, mac), "You did not say how much memory");
            for (String form : ZH) n += fits(String.format(form, mac), "你没有说明");
        }
        assertThat(n).isEqualTo(MACS.size() * (EN.size() + ZH.size()));
    }

    private static int fits(String q, String note) {
        Answer a = askAsShipped(q);
        assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        // the measured run's line leads over a "No" of the assumed memory, or comes first below another headline
        assertThat(a.reply().headline() + " " + String.join(" ", a.reply().notes())).as(q).contains(note);
        // and the run measured is not told it cannot run on the GPU, which only the assumed memory said
        assertThat(a.reply().notes()).as(q).noneMatch(n -> n.contains("cannot run on the GPU alone") || n.contains("无法单靠显卡运行"));
        return 1;
    }

    @Test
    void theLineNamesTheMacsMemoryOnAMacAndTheSharedMemoryElsewhere() {
        Understood.Gpu mac = new Understood.Gpu("Apple M2 Max", 32.0, 1, true);
        Understood.Gpu spark = new Understood.Gpu("DGX Spark", 128.0, 1, true);
        assertThat(ReplyWriter.measuredOnMacLine(Lang.EN, 12, mac)).contains("runs in your Mac's unified memory, so it fits");
        assertThat(ReplyWriter.measuredOnMacLine(Lang.ZH, 12, mac)).contains("模型在这台 Mac 的统一内存里运行");
        assertThat(ReplyWriter.measuredOnMacLine(Lang.EN, 3, spark)).doesNotContain("Mac")
                .contains("runs in the memory your DGX Spark's GPU shares with its CPU, so it fits");
        assertThat(ReplyWriter.measuredOnMacLine(Lang.ZH, 3, spark)).doesNotContain("Mac").contains("模型在 DGX Spark 的 GPU 与 CPU 共用的内存里运行");
    }

    @Test
    void aStatedMemoryASlowSpeedAFailureOrANonMacKeepTheSizing() {
        for (String q : List.of(
                "On my M2 Max 32GB I run llama 3 70b q4 with ollama and I'm getting 12 tok/s",
                "我的 M3 Pro 18GB 跑 llama 3 70b q4，速度 10 tokens/s",
                "On my M1 Max, llama 3 70b q4 runs at 1.5 tok/s",
                "M4 Pro: llama 3 70b q4 gives 15 t/s and then crashes with out of memory",
                "RTX 3060 runs llama 3 70b q4 at 5 tok/s")) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isNotEqualTo(Verdict.FITS);
            assertThat(String.join(" ", a.reply().notes())).as(q).doesNotContain("You did not say how much memory").doesNotContain("你没有说明");
        }
    }

    @Test
    void theRuleAloneNeedsTheMacTheSpeedAndNoFault() {
        Report ran = new Report(12.0, null, false, Set.of(), true, false, false, null);
        Report slowest = new Report(Setup.SLOW_TPS - 0.1, null, false, Set.of(), true, false, false, null);
        Report split = new Report(12.0, null, false, Set.of(Report.Symptom.SPLIT), true, false, false, null);
        Report oom = new Report(12.0, null, false, Set.of(Report.Symptom.OUT_OF_MEMORY), false, false, false, null);
        assertThat(ReplyWriter.measuredOnMacAsReported(Verdict.NO, ran, true)).isEqualTo(Verdict.FITS);
        assertThat(ReplyWriter.measuredOnMacAsReported(Verdict.OFFLOAD, ran, true)).isEqualTo(Verdict.FITS);
        assertThat(ReplyWriter.measuredOnMacAsReported(Verdict.NO, ran, false)).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.measuredOnMacAsReported(Verdict.NO, slowest, true)).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.measuredOnMacAsReported(Verdict.NO, split, true)).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.measuredOnMacAsReported(Verdict.NO, oom, true)).isEqualTo(Verdict.NO);
    }
}
