package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing or slow run of a model named by its family word alone ("GLM int4", "deepseek") names no one model: the family
 * holds models of many sizes. The diagnosis used to size the first of them (GLM-4.5-Air, 106B, for a ChatGLM-6B thread) and
 * answer for a model the person never named.
 */
class FamilyWordDiagnosisTest {

    @ParameterizedTest
    @ValueSource(strings = {"GPU显存占用上去，运算并没有使用GPU，推理速度30s/字 机器配置：2080ti/8G显存/12G内存。 模型：GLM int4",
            "My GLM runs out of memory on my 2080 Ti 11GB, what is wrong?"})
    void givenOnlyAFamilyWordThenNoOtherModelIsDiagnosed(String question) {
        Answer a = RealAdvisors.asShippedOffline().advisor().answer("family-word-" + question.hashCode(), question);
        assertThat(a.reply().toText(true)).doesNotContain("GLM-4.5", "GLM-5", "GLM-4.7", "GLM-4-32B");
    }
}
