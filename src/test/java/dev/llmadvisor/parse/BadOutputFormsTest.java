package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Output that is no proper answer ({@link BadOutputForms}): the forms people report it with, built from a subject and a
 * predicate rather than listed as sentences; the near misses that name an error printed, a speed or a judgement of a
 * message; and what it changes: a run that writes wrong output is a fault to diagnose, and its cause is not memory.
 */
class BadOutputFormsTest {

    @Test
    void outputSaidToBeWrongIsBadOutput() {
        for (String subject : List.of("the output", "the answers", "its responses", "the results", "the generated text"))
            for (String predicate : List.of("is wrong", "are completely incorrect", "was garbled", "seems corrupted"))
                assertThat(BadOutputForms.said("Since the update " + subject + " " + predicate + ".")).as(subject + " " + predicate).isTrue();
        for (String t : List.of("Llama-2-7b-chat-hf-q4f16_1-MLC output incorrectly on Android", "it keeps repeating itself after a few lines",
                "I only get wrong answers from the 4-bit model", "it returns complete nonsense", "Whatever my prompt is, the model outputs a string of \"めめめめめめ...\"",
                "llama3 70B 4bit seems to be generating garbage", "部署在4卡4090上推理效果差很多", "直接将数据类型转换为 float16 可以运行，但是结果和demo相差甚远",
                "模型经常答非所问", "一直重复输出同一句话", "输出全是乱码", "incomprehensible answers from Gemma:7b",
                "the model gives unintelligible output on my Mac"))
            assertThat(BadOutputForms.said(t)).as(t).isTrue();
    }

    @Test
    void errorsSpeedsAndOtherJudgementsAreNot() {
        for (String t : List.of("python garbage collection frees it", "this error message is nonsense to me", "the output is fine but slow",
                "运行后输出如下错误：CUDA out of memory", "4090比V100回答速度差很多", "the answer is 42 tokens per second", "0xffffffff",
                "results: 12 tokens/s on the 3090"))
            assertThat(BadOutputForms.said(t)).as(t).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Bug] Llama-2-7b-chat-hf-q4f16_1-MLC output incorrectly on Android (Dimensity 9300); it works well on the 8 Gen 2 chip",
            "单卡A100和4卡4090推理结果差很多：qwen2-72B-instruct gptq 4位在4卡4090上推理效果差很多",
            "incomprehensible answers from Gemma:7b\n\nMistral:7b works fine, so I suppose that the issue is related to the model\n### OS\nmacOS\n### Ollama version\n0.1.32"})
    void wrongOutputOfTheirOwnRunIsADiagnosis(String text) {
        assertThat(Parsers.PARSER.parseOrThrow(text).intent()).as(text).isEqualTo(Intent.DIAGNOSE);
    }

    @Test
    void wrongOutputIsNotAMemoryCause() {
        for (String t : List.of("4张 GTX 1080Ti 跑 CogVLM，转换为 float16 可以运行，但是结果和demo相差甚远，有什么办法调整吗？",
                "RTX 4090 with llama.cpp and llama 3.1 8b Q4_K_M: the output is completely wrong since the update"))
            assertThat(RealAdvisors.diagnosedCause(t)).as(t).isEqualTo("other");
    }
}
