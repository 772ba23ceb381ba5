package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a report of one model that works beside one that fails, then the estimate is of the failing model as the reading
 * resolved it, never of a name the title gives loosely ("Qwen 7B" beside the body's "Qwen2.5 7B") nor of the working one.
 */
class FailingModelFocusTest {

    @Test
    void givenAWorkingAndAFailingModelThenTheFailingOneIsSized() {
        Answer a = askAsShipped("Request for Qwen 7B support\n\nHi I have been experimenting with Qwen2.5 1.5B model and it is working without an issue.\n"
                + "But regarding Qwen2.5 7B model, I can convert the huggingface model to rkllm model, but when I try to use it, it doesn't do anything.\n"
                + "I am using rkllm-runtime version: 1.1.4, platform: RK3588 (Orangepi 5 pro)");
        String text = a.reply().toText(false);
        assertThat(text).contains("Qwen2.5 7B Instruct").doesNotContain("Qwen (1.0)").doesNotContain("Qwen2.5 1.5B Instruct at");
    }
}
