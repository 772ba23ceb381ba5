package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MultiGpuCauseWordsTest {

    @Test
    void theSplitIsNamedAsTheCauseWithoutCallingItWrong() {
        // given Ollama keeping a model that fits one card on that card (multi_gpu_split, by design), then the headline names
        // the split as the cause and does not say the model is split badly, which the sentence after it denies
        String text = "Ollama loads a model that fits entirely on one GPU on that one GPU, by design";
        assertThat(DiagnosisWriter.named("multi_gpu_split", text, Lang.EN, false))
                .isEqualTo("The split over the GPUs is the cause: " + text)
                .doesNotContain("not split well");
    }
}
