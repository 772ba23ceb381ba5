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
        assertThat(CaseFigures.splitFix(Engine.LLAMA_CPP, false)).contains("--tensor-split").doesNotContain("OLLAMA").doesNotContain("vLLM");
        assertThat(CaseFigures.splitFix(Engine.TRANSFORMERS, false)).contains("max_memory").doesNotContain("--tensor-split").doesNotContain("OLLAMA");
        assertThat(CaseFigures.splitFix(Engine.TRANSFORMERS, true)).contains("max_memory").doesNotContain("--tensor-split");
        assertThat(CaseFigures.splitFix(Engine.OLLAMA, false)).contains("OLLAMA_SCHED_SPREAD").doesNotContain("--tensor-split");
        assertThat(CaseFigures.splitFix(Engine.EXLLAMA, false)).contains("gpu_split").doesNotContain("--tensor-split");
    }

    @Test
    void noEngineKnownListsTheCommonOnes() {
        for (Engine e : new Engine[] {null, Engine.OTHER}) {
            assertThat(CaseFigures.splitFix(e, false)).contains("--tensor-split", "OLLAMA_SCHED_SPREAD", "--tensor-parallel-size");
        }
    }
}
