package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a slow llama.cpp run whose own command sets no GPU layers (no -ngl), of a program that then puts none on the GPU
 * (./main, llama-cpp-python), on a machine whose GPU stack the text names but whose card it does not, then the answer asks
 * for the card and still gives the cause: the GPU is not used, with -ngl as the fix. Not when the command sets -ngl, on a
 * Mac (Metal offloads every layer by default), with no GPU, or with llama-cli (later releases fit the layers themselves).
 */
class NoGpuLayersCauseTest {

    private static String said(Answer a) {
        return a.reply().headline() + " " + String.join(" ", a.reply().notes());
    }

    @Test
    void aCommandWithoutNglOnAGpuMachineLeavesTheGpuUnused() {
        Answer rocm = askAsShipped("AMD supposed to be faster, but only receive 11.93 tokens per second\nHere is my inference command\n"
                + "`./main -m ./models/llama-2-7b-chat.Q2_K.gguf -p \"Building a website\" -n 400 -e`\nI am running ubuntu docker rocm:pytorch/latest\n");
        assertThat(rocm.cause()).isEqualTo("gpu_not_used");
        assertThat(said(rocm)).contains("sets no GPU layers (-ngl)");
        Answer cuda = askAsShipped("我用 llama-cpp-python 跑 Llama(model_path=\"qwen2.5-7b-instruct-q4_k_m.gguf\")，只有 3 tokens/s，装的是 CUDA 版本，为什么这么慢？");
        assertThat(cuda.cause()).isEqualTo("gpu_not_used");
        assertThat(said(cuda)).contains("没有设置 GPU 层数（-ngl）");
    }

    @Test
    void notWithNglGivenOnAMacOrWithoutAGpu() {
        assertThat(askAsShipped("Only 4 tokens/s with my GPU: ./main -m mistral-7b-instruct-v0.2.Q4_K_M.gguf -ngl 99 -p \"hello\". Why so slow?")
                .cause()).isNotEqualTo("gpu_not_used");
        assertThat(askAsShipped("Only 4 tokens/s with my GPU (CUDA build): llama-cli -m mistral-7b-instruct-v0.2.Q4_K_M.gguf -p \"hello\". Why so slow?")
                .cause()).isNotEqualTo("gpu_not_used");
        assertThat(askAsShipped("On my Mac with Metal, ./main -m mistral-7b-instruct-v0.2.Q4_K_M.gguf -p \"hello\" gives 4 tokens/s. Why is it so slow on the GPU?")
                .cause()).isNotEqualTo("gpu_not_used");
        assertThat(askAsShipped("I have no GPU. ./main -m mistral-7b-instruct-v0.2.Q4_K_M.gguf -p \"hello\" gives 4 tokens/s, why so slow?")
                .cause()).isNotEqualTo("gpu_not_used");
    }
}
