package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.parse.MemoryAskedForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An out-of-memory told beside "how much memory does it need?", with no GPU named, is a diagnosis (label rule A) whose
 * cause cannot be told yet; the memory asked is still answered first, not opened with "I cannot tell the cause".
 */
class MemoryAskedBesideFailureTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer answer(String question) {
        return RealAdvisors.shared().answer("memory-asked-oom-" + CONVERSATION.incrementAndGet(), question);
    }

    @Test
    void theNeedAskedLeadsAndTheCauseWaitsForTheGpu() {
        Answer zh = answer("qwen2.5 14b用vllm部署报显存不足，需要多少显存？");
        assertThat(zh.understood().kind()).isEqualTo(Intent.DIAGNOSE);
        assertThat(zh.reply().headline()).startsWith("Qwen2.5 14B Instruct F16 在 8k 上下文下约需 ").doesNotContain("看不出");
        assertThat(zh.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("要看出为什么显存不够，请说明显卡"));
        Answer en = answer("Qwen2.5 14B runs out of memory with vllm. How much VRAM does it need?");
        assertThat(en.reply().headline()).startsWith("Qwen2.5 14B Instruct F16 needs about ");
        assertThat(en.reply().notes()).anySatisfy(n -> assertThat(n).startsWith("To tell why it ran out, name the GPU"));
    }

    @Test
    void aWhyAloneStillSaysTheCauseCannotBeToldYet() {
        assertThat(MemoryAskedForms.asked("qwen2.5 14b 用vllm部署报显存不足，为什么")).isFalse();
        assertThat(answer("qwen2.5 14b 用vllm部署报显存不足，为什么").reply().headline()).startsWith("从这段信息里看不出确定的原因");
    }

    @Test
    void memoryUseToldIsNoMemoryAsked() {
        assertThat(MemoryAskedForms.asked("how much vram does llama 3 70b need?")).isTrue();
        assertThat(MemoryAskedForms.asked("显存占用23GB，速度很慢")).isFalse();
    }
}
