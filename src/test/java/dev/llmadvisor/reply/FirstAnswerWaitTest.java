package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed question about a slow first answer on Ollama or an engine not named, then the first line says the wait
 * is the model's load and how to keep it loaded, in the person's language, with or without the machine named, and that load
 * is the cause given (other); on an engine that loads the model when it starts (vLLM) it is not.
 */
class FirstAnswerWaitTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static String headline(String question) {
        return assembly.advisor().answer("first-answer", question).reply().headline();
    }

    @Test
    void givenASlowFirstAnswerThenTheLoadIsSaidFirst() {
        assertThat(headline("Why does llama3.1 take so long to respond to the first prompt in Ollama on my RTX 3060 12GB? Later prompts are fast."))
                .startsWith("The first answer (or the first after a while idle) is slow because it waits for the model to load")
                .contains("OLLAMA_KEEP_ALIVE=-1");
        // no machine named: said before the question for it
        assertThat(headline("Slow response time for the first prompt when using Llama3.1, why is that?"))
                .startsWith("The first answer (or the first after a while idle) is slow");
        assertThat(headline("用ollama跑qwen2.5 7b，第一次提问为什么要等很久？显卡是4060 8G"))
                .startsWith("第一次（或空闲一阵之后）回答慢，是在等模型加载");
    }

    @Test
    void givenASlowFirstAnswerThenTheLoadOnRequestIsTheCause() {
        assertThat(assembly.advisor().answer("first-answer", "用ollama跑qwen2.5 7b，第一次提问为什么要等很久？显卡是4060 8G").cause())
                .isEqualTo("other");
        assertThat(assembly.advisor().answer("first-answer", "Slow response time for the first prompt when using Llama3.1, why is that?").cause())
                .isEqualTo("other");
        assertThat(assembly.advisor().answer("first-answer", "vLLM serving Qwen2.5 7B on my RTX 4090: the first request is slow, why?").cause())
                .isNotEqualTo("other");
    }

    @Test
    void givenAnEngineThatLoadsAtStartThenNot() {
        assertThat(headline("vLLM serving Qwen2.5 7B on my RTX 4090: the first request is slow, why?"))
                .doesNotContain("waits for the model to load");
    }
}
