package dev.llmadvisor.eval.real;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A label's line named without a size (params_b null) matches the line read, of the same catalog models. */
class ScorerLineTest {

    private static final Scorer SCORER = new Scorer(Knowledge.load(Path.of("knowledge")));

    private static RealQuestion.Model label(String asked, String name, Double paramsB, boolean generic) {
        return new RealQuestion.Model(asked, name, null, paramsB, null, generic);
    }

    @Test
    void givenALabelNamingALine_thenTheLineReadOfTheSameModelsMatches() {
        assertThat(SCORER.sameModel(label("gemma-3", "Gemma 3", null, false), Understood.Model.line("gemma3", "Gemma 3"))).isTrue();
        // no name: the text asked names the line
        assertThat(SCORER.sameModel(label("deepseek", null, null, true), Understood.Model.line("deepseek", "DeepSeek"))).isTrue();
    }

    @Test
    void givenAnotherLineOrOneSize_thenNoMatch() {
        assertThat(SCORER.sameModel(label("Gemma 3", "Gemma 3", null, false), Understood.Model.line("gemma", "Gemma"))).isFalse();
        assertThat(SCORER.sameModel(label("gemma 3 27b", "Gemma 3 27B", 27.0, false), Understood.Model.line("gemma 3", "Gemma 3"))).isFalse();
    }
}
