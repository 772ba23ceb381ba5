package dev.llmadvisor.chat;

import dev.llmadvisor.testing.QuestionForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory the person reports for a model named by its release, with no format and no engine named, then
 * the diagnosis judges the weights as published (16-bit) when those exceed the card: the verdict is a no as tried, the
 * cause is the unquantized load, and the answer names the 16-bit figure. A 4-bit file that fits the card with room to
 * spare does not explain the failure they report. Not when a GGUF engine is named (it pulls a quantized file), when a
 * format is named, or when the 16-bit weights fit too. Generated English and Chinese phrasings over cards and models.
 */
class OutOfMemoryAsPublishedTest {

    /** Card and release whose 16-bit weights exceed the card while a 4-bit file fits it. */
    private static final List<String[]> TOO_WIDE = List.of(
            new String[] {"RTX 4090 24GB", "Qwen2.5-14B-Instruct"},
            new String[] {"RTX 3090", "Llama-2-13b-chat-hf"},
            new String[] {"RTX 4080 16GB", "Meta-Llama-3.1-8B-Instruct"},
            new String[] {"A100 40GB", "Qwen1.5-32B-Chat"});
    private static final List<String> EN = List.of(
            "Loading {m} on my {c} fails with CUDA out of memory. What should I do?",
            "I get torch.cuda.OutOfMemoryError when I start {m} on a single {c}, any idea?",
            "{m} OOM on {c} — is there a fix?");
    private static final List<String> ZH = List.of(
            "在{c}上加载{m}报显存不足，怎么办",
            "用一张{c}跑{m}，一开始推理就爆显存了，请问怎么解决",
            "{m}在{c}上运行提示CUDA out of memory，是什么原因");


    @Test
    void anOutOfMemoryOfAReleaseTooWideForTheCardIsANoAsPublished() {
        for (String[] cm : TOO_WIDE) {
            for (String f : EN) {
                String text = QuestionForms.fill(f, cm);
                Answer a = askAsShipped(text);
                assertThat(a.verdict()).as(text).isEqualTo(Verdict.NO);
                assertThat(a.cause()).as(text).isEqualTo("unquantized");
                assertThat(a.reply().headline()).as(text).contains("16");
            }
            for (String f : ZH) {
                String text = QuestionForms.fill(f, cm);
                Answer a = askAsShipped(text);
                assertThat(a.verdict()).as(text).isEqualTo(Verdict.NO);
                assertThat(a.cause()).as(text).isEqualTo("unquantized");
                assertThat(a.reply().headline()).as(text).contains("16");
            }
        }
    }

    @Test
    void aGgufEngineOrANamedQuantizedFormatIsNotJudgedOnThePublishedWeights() {
        for (String[] cm : TOO_WIDE) {
            for (String text : List.of(
                    "Loading " + cm[1] + " in ollama on my " + cm[0] + " fails with out of memory. What should I do?",
                    "用 llama.cpp 在" + cm[0] + "上加载" + cm[1] + "报显存不足，怎么办",
                    "Loading the Q4_K_M GGUF of " + cm[1] + " on my " + cm[0] + " fails with CUDA out of memory.")) {
                Answer a = askAsShipped(text);
                assertThat(a.cause()).as(text).isNotEqualTo("unquantized");
                assertThat(a.verdict()).as(text).isNotEqualTo(Verdict.NO);
            }
        }
    }

    @Test
    void whenThe16BitWeightsFitTooTheyAreNotTheCause() {
        for (String[] cm : List.of(new String[] {"A100 80GB", "Qwen2.5-14B-Instruct"}, new String[] {"RTX A6000 48GB", "Llama-2-13b-chat-hf"})) {
            for (String f : List.of(EN.get(0), ZH.get(0))) {
                String text = QuestionForms.fill(f, cm);
                Answer a = askAsShipped(text);
                assertThat(a.cause()).as(text).isNotEqualTo("unquantized");
                assertThat(a.verdict()).as(text).isNotEqualTo(Verdict.NO);
            }
        }
    }
}
