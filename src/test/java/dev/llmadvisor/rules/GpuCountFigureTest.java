package dev.llmadvisor.rules;

import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of GPUs a cause names ({gpus}) is one the person or their log gave: "多卡" or "multiple GPUs" makes the
 * setup at least two for the rules, and the text then says "several" (多), never "2 GPUs" they did not write.
 */
class GpuCountFigureTest {

    @Test
    void givenSeveralGpusByWordsAloneThenTheCountIsNotInvented() {
        // the setup counts two (the floor of "多卡"), the question one card of unstated count
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.OLLAMA, "2gpus"), null, null, null, Lang.ZH, 32, 1, 0)
                .get("gpus")).isEqualTo("多");
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.OLLAMA, "2gpus"), null, null, null, Lang.EN, 32, 0, 0)
                .get("gpus")).isEqualTo("several");
    }

    @Test
    void givenACountTheQuestionStatesThenItIsSaid() {
        assertThat(CaseFigures.of(LogFacts.NONE, DiagnosisRulesTest.setup(Engine.OLLAMA, "2gpus"), null, null, null, Lang.EN, 48, 2, 0)
                .get("gpus")).isEqualTo("2");
    }
}
