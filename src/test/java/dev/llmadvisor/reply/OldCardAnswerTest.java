package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card older than the engine's CUDA builds support is not sized as if the engine used it without saying so: the
 * answer names the card's compute capability and the engine's minimum (a Tesla K80 with Ollama was told plainly that
 * it fits "all on the GPU").
 */
class OldCardAnswerTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static String notes(String question) {
        return String.join("\n", assembly.advisor().answer("old-card", question).reply().notes());
    }

    @Test
    void aKeplerCardWithOllamaIsSaidToBeLeftUnused() {
        assertThat(notes("Can my Tesla K80 run llama 3 8B with ollama?"))
                .contains("Tesla K80 has CUDA compute capability 3.7 and Ollama's builds start at 5.0");
        assertThat(notes("我的K80能跑什么模型")).contains("Tesla K80 的 CUDA 计算能力是 3.7");
    }

    @Test
    void aPascalCardWithVllmIsPointedToLlamaCpp() {
        assertThat(notes("can I run qwen2.5 7b on my tesla p40 with vllm?"))
                .contains("compute capability 6.1 and vLLM's builds start at 7.0").contains("llama.cpp and Ollama do");
    }

    @Test
    void aCardTheEngineSupportsGetsNoSuchNote() {
        assertThat(notes("can I run qwen2.5 7b on my tesla p40 with ollama?")).doesNotContain("compute capability");
        assertThat(notes("can my 3090 run qwen2.5 14b with vllm?")).doesNotContain("compute capability");
    }
}
