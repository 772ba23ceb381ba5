package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed range an answer quotes is a short chat's: its low end is not taken with the whole sized context in the KV
 * cache ("can my 3090 run llama3.1 8b with ollama?" was answered "28-173 tok/s", the low end at Ollama's 32k default
 * filled). The full-context speed, when markedly lower, is said once, apart; with no machine stated, no speed at all.
 */
class ShortChatSpeedTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static Answer answer(String question) {
        return assembly.advisor().answer("short-chat-speed", question);
    }

    @Test
    void theRangeStartsAtAShortChatsLowEndAndTheFilledContextIsToldApart() {
        Answer a = answer("can my 3090 run llama3.1 8b with ollama?");
        Candidate c = a.shown().get(0).candidate();
        assertThat(c.context()).isEqualTo(32768);
        assertThat(c.tpsChatLow()).isGreaterThan(c.tpsLow());
        assertThat(c.slowsAtFullContext()).isTrue();
        assertThat(c.tpsRange()).startsWith(String.valueOf(Math.round(c.tpsChatLow())) + "-");
        assertThat(a.reply().options().get(0).detail()).contains(c.tpsRange() + " tok/s");
        assertThat(c.tpsAtFullContext()).startsWith(String.valueOf(Math.round(c.tpsLow())) + "-");
        assertThat(a.reply().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("The speeds are for a short chat; with the whole 32k context filled, each token also reads the KV cache, about ")
                .endsWith("% slower: " + c.tpsAtFullContext() + " tok/s."));
    }

    @Test
    void aShortContextIsNotToldApart() {
        Answer a = answer("can my 3090 run llama3.1 8b at 2k context?");
        Candidate c = a.shown().get(0).candidate();
        assertThat(c.slowsAtFullContext()).isFalse();
        assertThat(String.join("\n", a.reply().notes())).doesNotContain("context filled");
    }

    @Test
    void aMemoryQuestionWithNoMachineStatedSaysNoSpeed() {
        // given no hardware, then the rows are what the model needs: no speed, not even that of a filled context
        for (String q : new String[] {"How much memory does a 7B model need at 100k context?", "7B 模型 100k 上下文需要多少显存？"}) {
            Answer a = answer(q);
            assertThat(a.reply().toText(false)).as(q).doesNotContain("tok/s").doesNotContain("tokens/s");
        }
    }

    @Test
    void theChineseAnswerSaysItInChinese() {
        Answer a = answer("我的3090用ollama能跑llama3.1 8b吗");
        assertThat(String.join("\n", a.reply().notes())).contains("以上速度按短对话估算；32k 上下文填满时");
    }
}
