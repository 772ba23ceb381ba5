package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ollama picks the GPU layers itself from its estimate of the weights, the KV cache and the compute graph, so an
 * out-of-memory in the layout it chose is that estimate falling short: "other" on one card, the split over the cards
 * ("multi_gpu_split") on several. Layers set by hand, and llama.cpp's own -ngl, keep the reading of the buffer that failed.
 */
class OllamaLayoutFormsTest {

    private static final String GRAPH_FAILED = "Error: llama runner process has terminated: cudaMalloc failed: out of memory\n"
            + "ggml_gallocr_reserve_n: failed to allocate CUDA0 buffer of size 2147483648";

    @Test
    void givenOllamaRunningOutOnOneCard_thenItsEstimateIsTheCause() {
        for (String text : List.of(
                "ollama run gemma3:12b on my RTX 3060 12GB\n" + GRAPH_FAILED,
                "用 ollama 跑 qwen2.5:14b，4060 8G，报错 CUDA error: out of memory，别的模型都正常",
                "Ollama keeps crashing with CUDA out of memory when loading mistral-nemo on an RTX 3070 8GB. Other models work."))
            assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("other");
    }

    @Test
    void givenOllamaRunningOutOnOneOfSeveralCards_thenTheSplitIsTheCause() {
        String text = "Two RTX 3090s, ollama run llama3.3:70b\n" + GRAPH_FAILED;
        assertThat(RealAdvisors.diagnosedCause(text)).isEqualTo("multi_gpu_split");
    }

    @Test
    void givenLayersSetByHandOrLlamaCpp_thenTheComputeBufferReadingStands() {
        for (String text : List.of(
                "ollama with PARAMETER num_gpu 41 on my RTX 3090:\n" + GRAPH_FAILED,
                "./llama-cli -m qwen2.5-14b-q4_k_m.gguf -ngl 99 -c 32768 on my RTX 3060 12GB\n"
                        + "ggml_gallocr_reserve_n: failed to allocate CUDA0 buffer of size 2147483648\n"
                        + "llama_new_context_with_model: failed to allocate compute buffers"))
            assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("context_too_large");
    }
}
