package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the engine the person runs, the split they are told to set is that engine's own setting, never another engine's
 * flag; with no engine known, the common engines' settings are listed.
 */
class SplitFixTest {

    @Test
    void eachEngineGetsItsOwnSplitSetting() {
        assertThat(CaseFigures.splitFix(Engine.LLAMA_CPP, 0, CaseFigures.ANY_SPLIT, false)).contains("--tensor-split").doesNotContain("OLLAMA").doesNotContain("vLLM");
        assertThat(CaseFigures.splitFix(Engine.TRANSFORMERS, 0, CaseFigures.ANY_SPLIT, false)).contains("max_memory").doesNotContain("--tensor-split").doesNotContain("OLLAMA");
        assertThat(CaseFigures.splitFix(Engine.TRANSFORMERS, 0, CaseFigures.ANY_SPLIT, true)).contains("max_memory").doesNotContain("--tensor-split");
        assertThat(CaseFigures.splitFix(Engine.OLLAMA, 0, CaseFigures.ANY_SPLIT, false)).contains("OLLAMA_SCHED_SPREAD").doesNotContain("--tensor-split");
        assertThat(CaseFigures.splitFix(Engine.EXLLAMA, 0, CaseFigures.ANY_SPLIT, false)).contains("gpu_split").doesNotContain("--tensor-split");
    }

    @Test
    void noEngineKnownListsTheCommonOnes() {
        for (Engine e : new Engine[] {null, Engine.OTHER}) {
            assertThat(CaseFigures.splitFix(e, 0, CaseFigures.ANY_SPLIT, false)).contains("--tensor-split", "OLLAMA_SCHED_SPREAD", "--tensor-parallel-size");
        }
    }

    @Test
    void theExampleSplitFollowsTheirCards() {
        // given two equal cards (two 16 GB cards offering 15.5 GB each), then an even split, not one card three times the other
        assertThat(CaseFigures.tensorSplit(2, 31.0, 15.5)).isEqualTo("1,1");
        assertThat(CaseFigures.tensorSplit(4, 94.0, 23.5)).isEqualTo("1,1,1,1");
        // given a 24 GB and a 12 GB card, then each card's memory
        assertThat(CaseFigures.tensorSplit(2, 35.0, 23.5)).isEqualTo("24,12");
        // given cards not known (or three unequal ones), then the general example
        assertThat(CaseFigures.tensorSplit(0, 0, 0)).isEqualTo(CaseFigures.ANY_SPLIT);
        assertThat(CaseFigures.tensorSplit(3, 59.0, 23.5)).isEqualTo(CaseFigures.ANY_SPLIT);
        assertThat(CaseFigures.splitFix(Engine.LLAMA_CPP, 16, "1,1", false)).contains("-ts 1,1").doesNotContain("3,1");
        assertThat(CaseFigures.splitFix(null, 12, "1,1", true)).contains("-ts 1,1").doesNotContain("3,1");
    }
}
