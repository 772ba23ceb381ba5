package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speed question whose cause the person's own runs settle ("slower on two GPUs than on one", "int8 slower than fp16") is
 * answered by that cause first; about no model, by that cause alone. It used to be a list of the models the hardware runs
 * best, or one option's speed, with the cause as a note below.
 */
class CauseOfUnnamedModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"why is it slower on 2 GPUs than on one? I have two 3090s", "为啥我用8卡4090跑的，速度还没有单卡的快呢？"})
    void theCauseIsTheAnswer(String question) {
        Answer a = RealAdvisors.asShippedOffline().advisor().answer("unnamed-cause-" + question.hashCode(), question);
        assertThat(a.cause()).isEqualTo("multi_gpu_split");
        assertThat(a.reply().headline()).containsAnyOf("more cards add memory, not speed", "多卡增加的是显存，不是速度");
        assertThat(a.reply().options()).isEmpty();
    }

    /** A named model is still sized, below the cause the contrast settles, which leads (it was a note below the options). */
    @ParameterizedTest
    @ValueSource(strings = {"why is qwen3 32b slower on my 2 GPUs than on one? I have two 3090s"})
    void aNamedModelIsStillSized(String question) {
        Answer a = RealAdvisors.asShippedOffline().advisor().answer("unnamed-cause-" + question.hashCode(), question);
        assertThat(a.reply().options()).isNotEmpty();
        assertThat(a.reply().headline()).contains("more cards add memory, not speed");
    }

    /**
     * Given a quantized run told slower than the 16-bit one, with "than" or beside the 16-bit run told fast, then the
     * answer leads with why (the kernels dequantize on the fly), not with one option's speed, and still sizes the model.
     */
    @ParameterizedTest
    @ValueSource(strings = {"With the Vicuna 13B model, --load-8bit is twice slower than fp16 inference on an NVIDIA A40 GPU. Why?",
            "我在A40上加载Yi-34B-Chat的8bits量化模型后，发现推理速度很慢（非量化版本速度还挺快的），请问是什么原因？"})
    void aQuantizedRunToldSlowerIsAnsweredByItsCause(String question) {
        Answer a = RealAdvisors.asShippedOffline().advisor().answer("quantized-slower-" + question.hashCode(), question);
        assertThat(a.cause()).isEqualTo("other");
        assertThat(a.reply().headline()).containsAnyOf("saves memory, not time", "省的是显存，不是时间");
        assertThat(a.reply().options()).isNotEmpty();
    }
}
