package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a text that tells a slow first answer, or one slow again after the model sat idle, then it is read, in English
 * and Chinese; a first answer told fast, a first token's latency, or a slowness told of every answer is not.
 */
class FirstAnswerWaitFormsTest {

    @Test
    void aWaitForTheFirstAnswerIsRead() {
        for (String t : List.of(
                "certain models, such as Llama3.1, experience a significant delay in responding to the first prompt",
                "Why does llama3.1 take so long to respond to the first prompt in Ollama?",
                "Is it load times on the initial run? I have a 36 core xeon processor",
                "The first request takes 30 seconds, the next ones are instant.",
                "gpu第一次以及放久了为什么每次询问都要初始化，影响返回值速度",
                "首次调用要等很久才有回答")) {
            assertThat(FirstAnswerWaitForms.told(t)).as(t).isTrue();
        }
    }

    @Test
    void noWaitForTheFirstAnswerIsNotRead() {
        for (String t : List.of(
                "During testing, I noticed that the first prompt responds quickly. Later ones take a minute.",
                "首个token推理速度，比Python版本还慢",
                "Generation is slow: 3 tokens per second on my 3060.",
                "My first GPU is an RTX 3090 and it is slow.")) {
            assertThat(FirstAnswerWaitForms.told(t)).as(t).isFalse();
        }
    }
}
