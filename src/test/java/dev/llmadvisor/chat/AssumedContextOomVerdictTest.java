package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory kill of a 4-bit 7B on an 8 GB Jetson (its GPU shares the RAM) with no context stated, where our
 * estimate falls short only by the KV cache of the context we assumed, then the verdict is for a usual context: it fits
 * (README "Verdicts", rule K), and the kill is not read as system RAM running out before a separate GPU memory was
 * reached. The same question at a context the person sets stays a no at that context.
 */
class AssumedContextOomVerdictTest {

    private static final List<String> NO_CONTEXT = List.of(
            "I am using a Jetson Orin Nano 8GB to run LLaMA2_7B_chat_awq_int4 with TinyChatEngine. When running ./chat the process"
                    + " gets killed: by monitoring resources I can tell it is due to running out of memory.",
            "我用 Jetson Orin Nano 8GB 跑 Llama-2-7B-chat AWQ int4（TinyChatEngine），运行 ./chat 时进程被 killed，看资源监控是内存不够了。");

    @Test
    void aKillAtAContextWeAssumedFitsAtAUsualContext() {
        for (String q : NO_CONTEXT) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(a.cause()).as(q).isEqualTo("context_too_large");
        }
    }

    @Test
    void aContextTheySetIsJudgedAtThatContext() {
        String q = "I am using a Jetson Orin Nano 8GB to run LLaMA2_7B_chat_awq_int4 with TinyChatEngine at context 4096. When"
                + " running ./chat the process gets killed: by monitoring resources I can tell it is due to running out of memory.";
        assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
    }
}
