package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the engine the person runs, the fixes for one card of several out of memory, for system RAM running out while
 * loading, for a context whose KV cache does not fit and for a regression after an update name that engine's own settings;
 * with no engine known, the common ones.
 */
class EngineFixTest {

    @Test
    void oneCardOfSeveralOutOfMemoryGetsItsEnginesSplitSetting() {
        assertThat(CaseFigures.unevenFix(Engine.TRANSFORMERS, 0, false)).contains("max_memory").doesNotContain("--tensor-split").doesNotContain("gpu_split");
        assertThat(CaseFigures.unevenFix(Engine.LLAMA_CPP, 0, true)).contains("--tensor-split").doesNotContain("max_memory");
        assertThat(CaseFigures.unevenFix(null, 0, false)).contains("--tensor-split", "num_gpu", "balanced_low_0", "gpu_split");
        assertThat(CaseFigures.unevenFix(Engine.OTHER, 0, false)).contains("--tensor-split", "balanced_low_0");
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

    @Test
    void eachEngineLowersItsContextAndQuantizesItsKvCacheItsOwnWay() {
        assertThat(CaseFigures.contextFix(Engine.OLLAMA, "4096", false)).contains("num_ctx", "OLLAMA_KV_CACHE_TYPE", "4096")
                .doesNotContain("--max-model-len").doesNotContain("-ctk").doesNotContain("max_seq_len");
        assertThat(CaseFigures.contextFix(Engine.LLAMA_CPP, "4096", false)).contains("-c, e.g. 4096", "-ctk q8_0").doesNotContain("num_ctx");
        assertThat(CaseFigures.contextFix(Engine.VLLM, "4096", true)).contains("--max-model-len", "--kv-cache-dtype fp8").doesNotContain("num_ctx");
        assertThat(CaseFigures.contextFix(Engine.SGLANG, "4096", false)).contains("--context-length").doesNotContain("--max-model-len");
        assertThat(CaseFigures.contextFix(Engine.TRANSFORMERS, "4096", false)).contains("max_new_tokens").doesNotContain("num_ctx").doesNotContain("-c,");
        // an engine with no KV-cache setting is not told of another's
        assertThat(CaseFigures.contextFix(Engine.LM_STUDIO, "4096", false)).contains("Context Length").doesNotContain("quantize").doesNotContain("OLLAMA");
        assertThat(CaseFigures.contextFix(null, "4096", false)).contains("-c", "num_ctx", "--max-model-len", "-ctk q8_0", "OLLAMA_KV_CACHE_TYPE");
        assertThat(CaseFigures.oneSlotPart(Engine.VLLM, false)).isEmpty();
        assertThat(CaseFigures.oneSlotPart(Engine.OLLAMA, false)).contains("OLLAMA_NUM_PARALLEL=1").doesNotContain("-np");
    }

    @Test
    void aRegressionIsEasedInTheEnginesOwnSetting() {
        UpFrontReservers.Reserver lmdeploy = UpFrontReservers.of(Engine.OTHER, "lmdeploy chat turbomind ./workspace").orElseThrow();
        assertThat(CaseFigures.lessMemoryFix(null, lmdeploy, true)).contains("cache-max-entry-count").doesNotContain("num_gpu");
        assertThat(CaseFigures.lessMemoryFix(Engine.OLLAMA, null, false)).contains("num_gpu").doesNotContain("-ngl");
        assertThat(CaseFigures.lessMemoryFix(Engine.TRANSFORMERS, null, false)).contains("max_new_tokens").doesNotContain("num_gpu");
        assertThat(CaseFigures.lessMemoryFix(null, null, false)).contains("num_gpu", "-ngl");
    }

    @Test
    void aRegressionsLibraryCheckAndAReserveToLowerNameOnlyTheEngineRun() {
        // given an Ollama user: then only Ollama's library folder, not llama-cpp-python's reinstall; unknown: both
        assertThat(CaseFigures.gpuLibsPart(Engine.OLLAMA, false)).contains("lib/ollama/cuda_*").doesNotContain("llama-cpp-python");
        assertThat(CaseFigures.gpuLibsPart(Engine.OLLAMA, true)).contains("lib/ollama/cuda_*").doesNotContain("CMAKE_ARGS");
        assertThat(CaseFigures.gpuLibsPart(null, false)).contains("lib/ollama/cuda_*", "llama-cpp-python");
        // given a vLLM user: then vLLM's own reserve, not Ollama's num_gpu; an Ollama user the reverse; unknown: both
        assertThat(CaseFigures.reservePart(Engine.VLLM, false)).contains("--enforce-eager", "--gpu-memory-utilization").doesNotContain("num_gpu");
        assertThat(CaseFigures.reservePart(Engine.OLLAMA, true)).contains("num_gpu").doesNotContain("vLLM");
        assertThat(CaseFigures.reservePart(null, false)).contains("--enforce-eager", "num_gpu");
        // given a transformers user's input too large: then no vLLM flag; a vLLM or unknown one keeps it
        assertThat(CaseFigures.maxLenPart(Engine.TRANSFORMERS, true)).isEmpty();
        assertThat(CaseFigures.maxLenPart(Engine.VLLM, false)).contains("--max-model-len");
        assertThat(CaseFigures.maxLenPart(null, false)).contains("--max-model-len");
    }
}
