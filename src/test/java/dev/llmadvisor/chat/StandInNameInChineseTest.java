package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A generic stand-in is named in the reply's language: "通用 13B 模型（Llama 2 13B Chat 架构）" in a Chinese reply. */
class StandInNameInChineseTest {

    @ParameterizedTest
    @ValueSource(strings = {"我有一张3090，能跑13b的模型吗", "我有一张3090，能跑30b的moe模型吗", "4060 8G 跑 14b 的模型要多少显存"})
    void aChineseReplySaysTheStandInInChinese(String question) {
        Reply r = RealAdvisors.asShippedOffline().advisor().answer("stand-in-zh-" + question.hashCode(), question).reply();
        String text = r.toText(false);
        assertThat(text).as(text).contains("通用 ").contains(" 架构").doesNotContain("generic ").doesNotContain(" architecture)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have a 3090, can it run a 30b model?"})
    void anEnglishReplyKeepsTheEnglishName(String question) {
        Reply r = RealAdvisors.asShippedOffline().advisor().answer("stand-in-en-" + question.hashCode(), question).reply();
        assertThat(r.toText(false)).contains("generic 30B model (").doesNotContain("通用");
    }
}
