package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.QuestionForms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed or concurrency question about a model a serving engine (vLLM, SGLang) holds on the GPU, then the answer's
 * headline gives one request's speed, the weights, and how many requests of the context sized its KV pool holds at once:
 * the pool's tokens over the context, the figure vLLM prints as "Maximum concurrency" (qwen #1092: "8*4090 的机器上的并发人数？").
 * It never gives the reserved share as what the model needs.
 */
class ServedConcurrencyTest {

    private static final List<String[]> SETUPS = List.of(
            new String[] {"RTX 4090", "qwen2.5 7b", "vLLM"},
            new String[] {"8x RTX 4090", "qwen-14b-chat", "vLLM"},
            new String[] {"A100 80GB", "llama 3.1 8b", "SGLang"});

    private static final List<String> FORMS = List.of(
            "how fast is {m} on {e} with my {c}, and how many concurrent users can it serve?",
            "用{e}在{c}上部署{m}，速度多快？并发上限大概多少？");

    @Test
    void aServedModelsSpeedAnswerSaysHowManyRequestsItsCacheHolds() {
        for (String[] s : SETUPS) {
            for (String f : FORMS) {
                String text = QuestionForms.fill(f, new String[] {s[0], s[1]}, s[2]);
                Answer a = askAsShipped(text);
                assertThat(a.shown()).as(text).isNotEmpty();
                Candidate c = a.shown().get(0).candidate();
                assertThat(c.kvTokens()).as(text).isPositive();
                String tokens = String.format(Locale.ROOT, "%,d", c.kvTokens());
                long requests = c.kvTokens() / c.context();
                boolean zh = text.contains("部署");
                assertThat(a.reply().headline()).as(text)
                        .contains(tokens)
                        .contains(zh ? "同时约 " + requests + " 个" : "about " + requests + " requests of")
                        .doesNotContain(dev.llmadvisor.facts.Numbers.fixed(c.totalGb(), 1) + " GB");
            }
        }
    }
}
