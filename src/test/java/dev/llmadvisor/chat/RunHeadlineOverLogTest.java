package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes or no about running heading a post over an error from the person's own run is a diagnosis: the thread is about
 * their failure, and the answer says why it failed as well as whether it runs (eval/real-questions/README.md, label rule
 * A as extended in the forty-eighth pass; "Can Falcon-40B run at single A100 80gb? I encountered error ValueError: No
 * available memory for the cache blocks…", vllm #2447). Generated headlines, English and Chinese, over recognised
 * errors; so too the failure told in the headline and the same error with no headline above it. Near miss: the same
 * error only heard of stays a can-run question.
 */
class RunHeadlineOverLogTest {

    private static final AtomicInteger N = new AtomicInteger();

    private static Intent kind(String q) {
        return RealAdvisors.shared().answer("run-headline-" + N.incrementAndGet(), q).understood().kind();
    }

    private static final List<String> YES_NO = List.of(
            "Can {m} run on a single {g}?",
            "Could we run {m} with 4096 context on one {g}?",
            "Is it possible to run {m} on my {g}?",
            "{g}能跑{m}吗？",
            "请问{m}可以在{g}上部署吗？");
    private static final List<String> FAILED = List.of(
            "{m} fails to load on my {g}.",
            "CUDA out of memory when running {m} on a {g}",
            "Why does {m} run out of memory on a {g}?",
            "{g}上部署{m}报错",
            "为什么{g}跑不起来{m}？");
    /** Errors the diagnosis names a cause from. */
    private static final List<String> LOGS = List.of(
            "I encountered error \"ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.\"",
            "I tried and got:\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB");
    private static final String[][] SETUPS = {{"falcon 40b", "A100 80GB"}, {"qwen2.5 32b", "RTX 3090"}};

    private static List<String> misread(List<String> heads, Intent kind) {
        List<String> out = new ArrayList<>();
        for (String head : heads)
            for (String log : LOGS)
                for (String[] s : SETUPS) {
                    String q = (head + "\n" + log).replace("{m}", s[0]).replace("{g}", s[1]);
                    Intent got = kind(q);
                    if (got != kind) out.add(got + " <- " + q);
                }
        return out;
    }

    @Test
    void aYesNoHeadlineOverAnErrorOfTheirOwnRunIsADiagnosis() {
        assertThat(misread(YES_NO, Intent.DIAGNOSE)).isEmpty();
    }

    @Test
    void aYesNoOverAnErrorOnlyHeardOfStaysACanRunQuestion() {
        assertThat(kind("Can qwen2.5 32b run on a single RTX 3090? I heard it runs out of memory on 24GB cards")).isEqualTo(Intent.CAN_RUN);
    }

    @Test
    void aFailureOrACauseInTheHeadlineStaysADiagnosis() {
        assertThat(misread(FAILED, Intent.DIAGNOSE)).isEmpty();
    }

    @Test
    void theErrorWithNoHeadlineAboveItStaysADiagnosis() {
        // one sentence: no headline apart from the post itself, so the error is the subject
        assertThat(kind("falcon 40b on A100 80GB: ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization`"))
                .isEqualTo(Intent.DIAGNOSE);
        // the yes or no comes after the error, not above it
        assertThat(kind("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\nqwen2.5 32b on RTX 3090, can it run?"))
                .isEqualTo(Intent.DIAGNOSE);
    }
}
