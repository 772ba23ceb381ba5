package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory on a machine that holds the model in no format at all, GPU memory and system RAM together, then
 * the model is too large for it, also with no GPU stated; given a failure the person calls a regression, or tells works
 * with the previous release ("works fine on release-v1.2.1"), then the cause is the new version (other).
 */
class WholeMachineAndRegressionCauseTest {

    @Test
    void anOutOfMemoryWhereNoFormatFitsTheMachineIsTheModelTooLarge() {
        // given a 671B model and 32 GB of RAM with no GPU named, then even its smallest format is too large
        Answer zh = askAsShipped("V3模型下载下来400多G，我运行之后报错内存不足，本机32G内存，是不是内存不够？");
        assertThat(zh.cause()).isEqualTo("model_too_large");
        assertThat(zh.reply().headline()).contains("用任何格式都放不下");
        Answer en = askAsShipped("I have 32GB of RAM and DeepSeek V3 fails with out of memory when loading. Why?");
        assertThat(en.cause()).isEqualTo("model_too_large");
        assertThat(en.reply().headline()).contains("does not fit this machine in any format");
        // a model whose quantized form fits the machine is not said to be too large for it in any format
        Answer small = askAsShipped("I have 32GB of RAM and llama 3.1 8b fails with out of memory when loading. Why?");
        assertThat(small.reply().headline()).doesNotContain("in any format");
    }

    @Test
    void aCrashCalledARegressionIsTheNewVersion() {
        // given a crash with the new release where the previous one works (a release named with a hyphen), then other
        Answer a = askAsShipped("rkllm_run() crashes with SIGSEGV on RK3588 with release-v1.3.0, works fine on release-v1.2.1 (regression)."
                + " Model: Qwen2.5-3B-Instruct w8a8.");
        assertThat(a.cause()).isEqualTo("other");
        // the same crash with nothing told of an earlier release names no version as its cause
        Answer plain = askAsShipped("rkllm_run() crashes with SIGSEGV on RK3588 with release-v1.3.0. Model: Qwen2.5-3B-Instruct w8a8.");
        assertThat(plain.cause()).isNotEqualTo("other");
    }
}
