package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no GPU and no RAM stated, "what can I run" lists what runs in the RAM any machine can be taken to have free, says
 * that the RAM was not stated and asks for it; it used to list Llama 3.1 405B at 0.1 tokens/s, as if the RAM were unlimited.
 */
class CpuOnlyRamUnstatedTest {

    private static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();
    private static final Pattern SIZE = Pattern.compile("^([\\d.]+) GB");

    @ParameterizedTest
    @ValueSource(strings = {"I have no GPU, what can I run?", "没有显卡，能跑什么模型", "CPU only, which coding model can I run?"})
    void listsWhatSixGigabytesHoldAndAsksForTheRam(String question) {
        Reply r = ADVISOR.answer("cpu-ram-" + question.hashCode(), question).reply();
        assertThat(r.options()).as(question).isNotEmpty();
        for (Reply.Option o : r.options()) {
            Matcher m = SIZE.matcher(o.detail());
            assertThat(m.find()).as(o.detail()).isTrue();
            assertThat(Double.parseDouble(m.group(1))).as(o.title()).isLessThanOrEqualTo(6.0);
        }
        assertThat(r.headline()).as(question).containsAnyOf("you did not say how much you have", "你没说内存多大");
        assertThat(r.notes()).as(question).anyMatch(n -> n.contains("32 GB RAM") || n.contains("32G 内存"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have no GPU and 64GB RAM, what can I run?", "纯CPU，64G内存，能跑什么模型"})
    void aStatedRamIsUsedAsStated(String question) {
        Reply r = ADVISOR.answer("cpu-ram-" + question.hashCode(), question).reply();
        assertThat(r.headline()).as(question).doesNotContain("did not say").doesNotContain("没说内存");
        assertThat(r.options()).as(question).anyMatch(o -> {
            Matcher m = SIZE.matcher(o.detail());
            return m.find() && Double.parseDouble(m.group(1)) > 6.0;
        });
    }
}
