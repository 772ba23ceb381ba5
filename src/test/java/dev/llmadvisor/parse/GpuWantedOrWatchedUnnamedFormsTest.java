package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label rules E and G: a GPU the person wants at work ("how can i use GPU to speed up?", 如何让GPU干活), whose memory they
 * watch growing or running out ("VRAM leftover", 显存不断增加, "GPU OOM"), or whose runtime reports running out ("CUDA
 * runtime error: out of memory") is one card of a model and memory not said. Memory a model is said to need and a GPU asked
 * about in general are no card of theirs.
 */
class GpuWantedOrWatchedUnnamedFormsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Using the GPU is slower than the CPU with llama 2 7b. So how can i use GPU to speed up?",
            "Trying to use GPU, but BLAS = 0 when I load llama 2 13b",
            "LM Studio on Linux: unable to load any model with GPU",
            "ollama跑qwen2 7b，如何更多的让GPU干活呢？",
            "I still have at least 20GB of VRAM leftover after loading llama 3.1 70b at 6.0bpw.",
            "qwen2 7b HF model leads to GPU OOM",
            "With llama 3 8b in ollama the VRAM keeps growing after each answer.",
            "推理qwen 7b的时候显存一直增长",
            "部署qwen2.5 7b后，显存从15G涨到26G",
            "lmdeploy加载qwen-14b报错 RuntimeError: [TM][ERROR] CUDA runtime error: out of memory"})
    void givenAGpuWantedWatchedOrOutOfMemory_thenOneUnnamedCard(String q) {
        Understood u = Understanding.of(q);

        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isNull();
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(1);
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "加载qwen 7b后显存占用会快速到15G，为什么？",
            "qwen2.5 7b 推理正常，加载后显存占用也只是7.7G",
            "用vllm部署qwen2 7b时显存最高不到25000MB",
            "Running llama 3 8b with a 16k context, VRAM usage: ~9GB, is that normal?",
            "It's using 19gb of vram for a 2.65bit llama 2 13b"})
    void givenGpuMemoryTheirRunUsed_thenOneUnnamedCard(String q) {
        Understood u = Understanding.of(q);

        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isNull();
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "qwen2 7b 部署需要显存占用20G吗？",
            "预计显存占用10G的话，qwen2 7b能跑吗",
            "I read that llama 3 8b uses 16GB of VRAM in fp16, how much does the 70b need?",
            "为什么belle-7b显存占用这么大？我注意到belle-7b需要占用24G显存",
            "Does llama 3 8b need a GPU?",
            "How much VRAM does qwen2 7b need?"})
    void givenMemoryNeededOrAGpuAskedAbout_thenNoCardOfTheirs(String q) {
        assertThat(Understanding.of(q).gpus()).as(q).isEmpty();
    }
}
