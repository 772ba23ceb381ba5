package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setup the person says runs, where our estimate spills into system RAM only the KV cache of a context they never
 * stated (Ollama's 32k default on a 24 GB card for a 32B model), runs on the GPU at the context they use: the verdict
 * is a fit, and the reply says why in their language. A context they state, a split they report, or an overflow larger
 * than that KV cache keeps the offload. Generated English and Chinese run reports.
 */
class AssumedContextRunVerdictTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer ask(String question) {
        return RealAdvisors.shared().answer("assumed-context-" + CONVERSATION.incrementAndGet(), question);
    }

    private static final String SETUP = "qwen2.5 32b on my RTX 4090 with ollama";
    private static final String SETUP_ZH = "qwen2.5 32b 在我的 4090 上用 ollama";
    private static final List<String> RUNS_EN = List.of("{s} works fine, 25 tokens/s", "{s}: I get 22 tok/s", "{s} runs at 20 tokens/s",
            "{s} works well and loads fine");
    private static final List<String> RUNS_ZH = List.of("{s} 跑起来了，速度 20 token/s", "{s} 能正常运行，每秒 25 个 token");

    @Test
    void theSetupSizedWithoutARunReportSpillsTheAssumedContext() {
        assertThat(ask(SETUP).verdict()).isEqualTo(Verdict.OFFLOAD);
    }

    /** The reply says why once, in the headline when it answers with a speed or in a note, and never that it does not fit. */
    @Test
    void aReportedRunFitsAndTheReplySaysWhy() {
        for (String f : RUNS_EN) {
            String q = f.replace("{s}", SETUP);
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(said(a)).as(q).containsOnlyOnce("context we assumed").doesNotContain("does not fit in GPU memory");
        }
        for (String f : RUNS_ZH) {
            String q = f.replace("{s}", SETUP_ZH);
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(said(a)).as(q).containsOnlyOnce("假设的").doesNotContain("放不进显存");
        }
    }

    /** A speed told above the offload's: the headline says it is all on the GPU and up to which context that holds. */
    @Test
    void aToldSpeedIsAnsweredAsTheWholeModelOnTheGpu() {
        Answer en = ask(SETUP + " runs at 20 tokens/s, can it be faster?");
        assertThat(en.reply().headline()).startsWith("The 20 tokens/s you see says all of it is on the GPU")
                .containsPattern("stays on the GPU up to about \\d+k of context");
        Answer zh = ask(SETUP_ZH + " 跑 20 tokens/s，能更快吗？");
        assertThat(zh.reply().headline()).startsWith("你看到的 20 tokens/s 说明它整个在显卡上").containsPattern("上下文不超过约 \\d+k");
    }

    private static String said(Answer a) {
        return a.reply().headline() + "\n" + String.join("\n", a.reply().notes());
    }

    @Test
    void aStatedContextOrAReportedSplitKeepsTheOffload() {
        for (String q : List.of("qwen2.5 32b on my RTX 4090 with ollama at 32k context works fine, 25 tokens/s",
                "qwen2.5 32b on my RTX 4090 with ollama works but runs on gpu+cpu, 5 tokens/s",
                "llama 3.1 70b q2_k on my RTX 3090 runs at 10 tokens/s with llama.cpp")) {
            assertThat(ask(q).verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
        }
    }

    /** A speed no faster than the placement with part of it in RAM gives is that placement's speed: the offload stands. */
    @Test
    void aSpeedWithinWhatTheOffloadGivesKeepsTheOffload() {
        for (String q : List.of(SETUP + ", only 5 tokens/s, why?", SETUP + " runs at 3 tok/s", SETUP_ZH + " 只有 5 token/s")) {
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
            assertThat(String.join("\n", a.reply().notes())).as(q).doesNotContain("context we assumed").doesNotContain("KV 缓存才会溢出到内存");
        }
    }
}
