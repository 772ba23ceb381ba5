package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speed question about no model whose cause the person's own runs settle ("slower on two GPUs than on one") is answered
 * by that cause; it used to be a list of the models the hardware runs best, with the cause as a note below.
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

    @ParameterizedTest
    @ValueSource(strings = {"why is qwen3 32b slower on my 2 GPUs than on one? I have two 3090s"})
    void aNamedModelIsStillSized(String question) {
        Answer a = RealAdvisors.asShippedOffline().advisor().answer("unnamed-cause-" + question.hashCode(), question);
        assertThat(a.reply().options()).isNotEmpty();
        assertThat(a.reply().notes()).anyMatch(n -> n.contains("more cards add memory, not speed"));
    }
}
