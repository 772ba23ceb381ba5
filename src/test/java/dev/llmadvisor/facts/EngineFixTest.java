package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the engine the person runs, the fixes for one card of several out of memory and for system RAM running out while
 * loading name that engine's own settings; with no engine known, the common ones.
 */
class EngineFixTest {

    @Test
    void oneCardOfSeveralOutOfMemoryGetsItsEnginesSplitSetting() {
        assertThat(CaseFigures.unevenFix(Engine.TRANSFORMERS, false)).contains("max_memory").doesNotContain("--tensor-split").doesNotContain("gpu_split");
        assertThat(CaseFigures.unevenFix(Engine.LLAMA_CPP, true)).contains("--tensor-split").doesNotContain("max_memory");
        assertThat(CaseFigures.unevenFix(null, false)).contains("--tensor-split", "num_gpu", "balanced_low_0", "gpu_split");
        assertThat(CaseFigures.unevenFix(Engine.OTHER, false)).contains("--tensor-split", "balanced_low_0");
    }

    @Test
    void vllmLoadsWithLessRamThroughItsSwapSpaceNotTransformersArguments() {
        assertThat(CaseFigures.hostRamFix(Engine.VLLM, false)).contains("--swap-space").doesNotContain("low_cpu_mem_usage");
        assertThat(CaseFigures.hostRamFix(Engine.TRANSFORMERS, false)).contains("low_cpu_mem_usage");
        assertThat(CaseFigures.hostRamFix(null, true)).contains("low_cpu_mem_usage");
    }

    @Test
    void eachEngineQuantizesItsOwnWay() {
        assertThat(CaseFigures.quantizeFix(Engine.OLLAMA, null, false)).contains("GGUF").doesNotContain("load_in_4bit");
        assertThat(CaseFigures.quantizeFix(Engine.MLX, Platform.APPLE, false)).contains("mlx_lm.convert").doesNotContain("GGUF");
        assertThat(CaseFigures.quantizeFix(Engine.EXLLAMA, null, false)).contains("EXL2").doesNotContain("GGUF");
    }

    @Test
    void withNoEngineNamedOnlyTheWaysThatRunOnTheMachineAreOffered() {
        // given no engine named: then a Mac is told of MLX and GGUF, a machine without a GPU of GGUF, and neither of
        // bitsandbytes or vLLM, which need a CUDA GPU; an NVIDIA machine keeps the common engines' ways
        assertThat(CaseFigures.quantizeFix(null, Platform.APPLE, false)).contains("mlx_lm.convert", "GGUF").doesNotContain("load_in_4bit").doesNotContain("vLLM");
        assertThat(CaseFigures.quantizeFix(null, Platform.APPLE, true)).contains("mlx_lm.convert", "GGUF").doesNotContain("load_in_4bit");
        assertThat(CaseFigures.quantizeFix(null, Platform.CPU_ONLY, false)).contains("GGUF").doesNotContain("load_in_4bit").doesNotContain("vLLM");
        assertThat(CaseFigures.quantizeFix(null, Platform.NVIDIA, false)).contains("load_in_4bit", "vLLM", "GGUF");
        assertThat(CaseFigures.quantizeFix(Engine.OTHER, Platform.APPLE, false)).contains("mlx_lm.convert").doesNotContain("load_in_4bit");
    }
}
