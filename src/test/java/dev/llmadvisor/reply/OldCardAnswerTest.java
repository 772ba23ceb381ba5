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
    void aPascalCardAskedAbout16BitWeightsIsToldItsHalfPrecisionIsSlow() {
        // given two P40s asked about an unquantized 14B, and one P40 with transformers in fp16
        String zh = notes("未量化的14b最低要什么显卡，两张24g的p40行不行？");
        String en = notes("can my tesla p40 run qwen2.5 7b in fp16 with transformers?");
        // then the note says the card has no bf16 and slow fp16, and which engines compute otherwise on it
        assertThat(zh).contains("Tesla P40（计算能力 6.1）不支持 bf16，fp16 运算速度只有 fp32 的 1/64");
        assertThat(en).contains("Tesla P40 (compute capability 6.1) has no bf16 and does fp16 math at 1/64 of its fp32 rate")
                .contains("llama.cpp and Ollama compute in fp32/int8");
    }

    @Test
    void aCardTheEngineSupportsGetsNoSuchNote() {
        assertThat(notes("can I run qwen2.5 7b on my tesla p40 with ollama?")).doesNotContain("compute capability");
        assertThat(notes("can my 3090 run qwen2.5 14b with vllm?")).doesNotContain("compute capability");
    }
}
