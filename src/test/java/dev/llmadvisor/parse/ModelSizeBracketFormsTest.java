package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A size in brackets right after the word for a model ("larger models (44gb) fail", "the model (about 20GB)", 模型（40G）)
 * is the model's size, not the memory of the machine: no RAM is read from it.
 */
class ModelSizeBracketFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I have an RTX 3060 12GB. Larger models (44gb) always fail to load.|12",
            "My laptop has an RTX 4060. Larger models (32GB) are too slow, why?|8",
            "我的显卡是3060 12G，这个模型（40G）加载不了，为什么？|12"})
    void givenAModelSizeInBrackets_thenItIsNoMemoryOfTheMachine(String q, double card) {
        Understood u = Understanding.of(q);

        assertThat(u.gpus()).extracting(Understood.Gpu::vramGb).containsExactly(card);
        assertThat(u.ramGb()).isNull();
    }

    @Test
    void givenMacsWithAModelSizeInBrackets_thenTheMacsKeepTheirMemoryAndNoRamIsRead() {
        Understood u = Understanding.of("Got 4 Mac Mini M4 Pros (24gb RAM). Also larger models (44gb) always fail with exo.");

        assertThat(u.gpus()).extracting(Understood.Gpu::vramGb, Understood.Gpu::count).containsExactly(tuple(24.0, 4));
        assertThat(u.ramGb()).isNull();
    }

    /** Near miss: a GPU's model in brackets names the card with its memory. */
    @Test
    void givenTheGpuModelInBrackets_thenItsMemoryIsTheCards() {
        assertThat(Understanding.of("My GPU model (RTX 3060 12GB): can it run qwen2.5 14b?").gpus())
                .extracting(Understood.Gpu::vramGb).containsExactly(12.0);
    }
}
