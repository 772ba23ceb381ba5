package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer of nothing but exclamation marks (NaN logits pick token 0, "!"): given the run of marks as the output, alone on
 * a line, or the words for it, in English and Chinese, then the reader marks it; "!!!!" written for emphasis, or about
 * something else, is not it.
 */
class NanOutputFormsTest {

    @Test
    void givenTheOutputAsExclamationMarks_thenNanOutput() {
        for (String t : List.of(
                "the output is all !!!!!!!!!!!!!!!!",
                "It generates !!!!!!!!!!!!!!!!!!!!! for every prompt",
                "Llama 3 returns \"!!!!!!!!\" no matter what I ask",
                "the response: `!!!!!!!!!!!!`",
                "model.generate gives nothing but !!!!!!!!!",
                "curl answer:\n!!!!!!!!!!!!!!!!!!!!!!!!\nwhy?",
                "it only outputs exclamation marks",
                "the model produces an endless string of exclamation points",
                "returned a sequence of exclamation marks only",
                "vllm部署后返回的结果全是\"!!!!!!\"",
                "回答都是！！！！！！！",
                "推理输出全是感叹号",
                "有时会出现一串感叹号",
                "生成了大量感叹号")) {
            assertThat(LogReader.read(t).nanOutput()).as(t).isTrue();
        }
    }

    @Test
    void givenMarksForEmphasisOrAboutOtherThings_thenNot() {
        for (String t : List.of("it works!!!!", "Help!!!!! vllm crashes with CUDA out of memory", "the output is wrong!!!!",
                "BINGO !!!!, ollama got loaded into the GPU", "thanks a lot!!!!!", "should the prompt end with exclamation marks?",
                "句子末尾要不要加感叹号", "输出正常了！！！谢谢")) {
            assertThat(LogReader.read(t).nanOutput()).as(t).isFalse();
        }
    }

    @Test
    void theDiagnosisIsTheOverflowNotMemory() {
        assertThat(RealAdvisors.diagnosedCause("Qwen2-7B in float16 with transformers: the output is all !!!!!!!!!!!!")).isEqualTo("other");
        assertThat(RealAdvisors.diagnosedCause("用vllm部署Qwen1.5-32B-Chat-GPTQ-Int4，两张3090，回复全是感叹号")).isEqualTo("other");
    }
}
