package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Cause;
import dev.llmadvisor.facts.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a cause a diagnosis rule concluded, then the answer's headline names it: a named cause under its name, a cause
 * outside the named ones (other) by its own sentence, never as "Another cause", with a product name left as its maker
 * writes it; a cause only our estimate or a word of theirs points at (the weakest rules' points) is named as likely, one a
 * log's figure or an engine's error shows as found.
 */
class CauseNamingTest {

    @Test
    void aNamedCauseKeepsItsName() {
        assertThat(DiagnosisWriter.named("gpu_not_used", "the CUDA build is missing", Lang.EN))
                .isEqualTo("The GPU is not being used: the CUDA build is missing");
        assertThat(DiagnosisWriter.named("model_too_large", "权重约 40 GB", Lang.ZH)).isEqualTo("模型太大，显存放不下：权重约 40 GB");
    }

    @Test
    void anOtherCauseIsSaidByItsSentence() {
        assertThat(DiagnosisWriter.named("other", "it worked before the update", Lang.EN)).isEqualTo("It worked before the update");
        assertThat(DiagnosisWriter.named("other", "vLLM reserves its share of the GPU", Lang.EN)).isEqualTo("vLLM reserves its share of the GPU");
        assertThat(DiagnosisWriter.named("other", "llama.cpp refuses the model file", Lang.EN)).isEqualTo("llama.cpp refuses the model file");
        assertThat(DiagnosisWriter.named("other", "更新之前能运行", Lang.ZH)).isEqualTo("更新之前能运行").doesNotContain("其他原因");
    }

    @Test
    void theContextsCacheIsWhereTheMemoryGoesWhenNothingFailed() {
        // given a question why it takes so much memory, with no failure told, then the context's cache is not "too long"
        assertThat(DiagnosisWriter.named("context_too_large", "Ollama reserves the KV cache", Lang.EN, false, true))
                .isEqualTo("The memory goes to the context's KV cache: Ollama reserves the KV cache").doesNotContain("does not fit");
        assertThat(DiagnosisWriter.named("context_too_large", "Ollama 预留 KV 缓存", Lang.ZH, false, true))
                .isEqualTo("显存用在了上下文的 KV 缓存上：Ollama 预留 KV 缓存").doesNotContain("放不下");
        // with a failure told, it keeps its name
        assertThat(DiagnosisWriter.named("context_too_large", "the weights fit", Lang.EN, false, false))
                .startsWith("The context is too long: its KV cache does not fit");
    }

    private static Cause cause(String code, int points) {
        return new Cause(code, points, "rule", "", "en", "zh", "fix", "fix");
    }

    @Test
    void aCauseFromOurEstimateAloneIsNamedAsLikely() {
        String named = DiagnosisWriter.named("context_too_large", "the weights fit by our estimate", Lang.EN);
        assertThat(DiagnosisWriter.hedged(cause("context_too_large", 40), named, Lang.EN))
                .isEqualTo("Most likely the context is too long: its KV cache does not fit: the weights fit by our estimate");
        assertThat(DiagnosisWriter.hedged(cause("context_too_large", 40), DiagnosisWriter.named("context_too_large", "权重放得下", Lang.ZH), Lang.ZH))
                .startsWith("很可能是上下文太长");
        assertThat(DiagnosisWriter.hedged(cause("other", 45), "It worked before", Lang.EN)).isEqualTo("Most likely: It worked before");
        // an engine's own error or a log's figure is a finding, said as such
        assertThat(DiagnosisWriter.hedged(cause("context_too_large", 90), named, Lang.EN)).isEqualTo(named);
    }
}
