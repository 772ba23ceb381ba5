package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question how much quality a format costs, with no model and no machine named, is answered with the format's measured
 * loss (llama.cpp's perplexity rise over 16-bit for each step of the GGUF ladder) rather than a question back for a GPU or
 * a model; one that names a model keeps that model's answer.
 */
class FormatQualityAnswerTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Reply reply(String question) {
        return RealAdvisors.shared().answer("format-quality-" + CONVERSATION.incrementAndGet(), question).reply();
    }

    @Test
    void aFormatsQualityLossIsAnsweredWithItsMeasuredFigures() {
        Reply en = reply("does int4 quantization lose accuracy? how much?");
        assertThat(en.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(en.headline()).as(en.headline()).startsWith("4-bit quantization loses a little quality: llama.cpp measures")
                .contains("Q4_K_M +0.18", "Q8_0 +0.0026", "Q2_K +3.52");
        Reply zh = reply("int4量化的精度下降了吗，下降多少？");
        assertThat(zh.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(zh.headline()).as(zh.headline()).startsWith("4 位量化有损失，但不大").contains("Q4_K_M +0.18");
        Reply eight = reply("does Q8_0 lose much quality?");
        assertThat(eight.headline()).as(eight.headline()).startsWith("8-bit quantization is near lossless");
    }

    @Test
    void aModelNamedKeepsItsOwnAnswer() {
        Reply r = reply("does qwen3 14b lose accuracy at Q4_K_M?");
        assertThat(r.headline()).as(r.headline()).doesNotContain("llama.cpp measures");
    }
}
