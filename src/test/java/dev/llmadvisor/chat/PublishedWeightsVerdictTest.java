package dev.llmadvisor.chat;

import dev.llmadvisor.testing.QuestionForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict is the one the answer leads with for the format the named engine runs when none is named: transformers,
 * vLLM, SGLang and TGI load the published 16-bit weights, so a model whose 16-bit weights exceed the card is not a fit
 * there, though a 4-bit file of it would be (the answer offers that as the alternative); GGUF engines pull a quantized
 * file, so the same model on the same card fits; a quantized format named is judged as named. Generated English and
 * Chinese phrasings over engines, cards and models.
 */
class PublishedWeightsVerdictTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer ask(String question) {
        return RealAdvisors.shared().answer("published-weights-" + CONVERSATION.incrementAndGet(), question);
    }

    /** Card and model whose 16-bit weights do not fit the card, while a 4-bit file does. */
    private static final List<String[]> TOO_WIDE = List.of(
            new String[] {"RTX 4090", "llama 2 13b"},
            new String[] {"RTX 3090", "qwen2.5 14b"},
            new String[] {"RTX 4080", "llama 3.1 8b"});
    private static final List<String> PUBLISHED = List.of("transformers", "vLLM", "SGLang", "TGI");
    private static final List<String> GGUF = List.of("ollama", "llama.cpp", "LM Studio");
    private static final List<String> FORMS = List.of(
            "can my {c} run {m} with {e}?",
            "I want to serve {m} on a {c} using {e}, will it fit?",
            "{c} 能用 {e} 跑 {m} 吗？",
            "用 {e} 在 {c} 上部署 {m} 可以吗");


    @Test
    void anEngineThatLoadsThePublishedWeightsIsJudgedOnThem() {
        for (String[] cm : TOO_WIDE) {
            for (String e : PUBLISHED) {
                for (String f : FORMS) {
                    String text = QuestionForms.fill(f, cm, e);
                    Answer a = ask(text);
                    assertThat(a.verdict()).as(text).isIn(Verdict.NO, Verdict.OFFLOAD);
                    // the verdict is the option the answer leads with, not a label behind it
                    assertThat(a.shown()).as(text).isNotEmpty();
                    assertThat(a.shown().get(0).candidate().format().nominalBits()).as(text).isEqualTo(16);
                }
            }
        }
    }

    @Test
    void aGgufEngineRunsAQuantizedFileThatFits() {
        for (String[] cm : TOO_WIDE) {
            for (String e : GGUF) {
                for (String f : FORMS) {
                    String text = QuestionForms.fill(f, cm, e);
                    assertThat(ask(text).verdict()).as(text).isEqualTo(Verdict.FITS);
                }
            }
        }
    }

    @Test
    void aQuantizedFormatNamedIsJudgedAsNamed() {
        for (String[] cm : TOO_WIDE) {
            for (String e : List.of("vLLM", "transformers")) {
                for (String text : List.of("can my " + cm[0] + " run " + cm[1] + " AWQ with " + e + "?",
                        cm[0] + " 用 " + e + " 跑 " + cm[1] + " 的 GPTQ int4 版本可以吗")) {
                    assertThat(ask(text).verdict()).as(text).isEqualTo(Verdict.FITS);
                }
            }
        }
    }
}
