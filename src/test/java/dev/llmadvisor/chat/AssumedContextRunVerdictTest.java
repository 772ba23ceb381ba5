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
    private static final List<String> RUNS_ZH = List.of("{s} 跑起来了，速度 20 token/s", "{s} 能正常运行，每秒 18 个 token");

    @Test
    void theSetupSizedWithoutARunReportSpillsTheAssumedContext() {
        assertThat(ask(SETUP).verdict()).isEqualTo(Verdict.OFFLOAD);
    }

    @Test
    void aReportedRunFitsAndTheReplySaysWhy() {
        for (String f : RUNS_EN) {
            String q = f.replace("{s}", SETUP);
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(String.join("\n", a.reply().notes())).as(q).contains("KV cache of the longer context we assumed");
        }
        for (String f : RUNS_ZH) {
            String q = f.replace("{s}", SETUP_ZH);
            Answer a = ask(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(String.join("\n", a.reply().notes())).as(q).contains("KV 缓存才会溢出到内存");
        }
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
