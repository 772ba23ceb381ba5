package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Figures the person measured, as they write them. Given several speeds, then an engine's own result line (llama.cpp's
 * "eval time = … tokens per second", Ollama's "eval rate:", MLX's "Generation: … tokens-per-sec", a llama-bench tg row)
 * is the speed seen, not a figure quoted before it nor the prompt's or the sampler's line. Given the time one token takes
 * in milliseconds or in Chinese, then its inverse is the speed. Given memory in use told in Chinese, then it is memory
 * used on the GPU. Given a context written with thousands separators, then it is read whole.
 */
class MeasuredFigureFormsTest {

    private static Double seen(String q) {
        return PARSER.parseOrThrow(q).report().tokensPerSecond();
    }

    @Test
    void anEnginesResultLineWinsOverAFigureQuotedBeforeIt() {
        // given another poster's speed first, then the person's own Ollama, MLX and llama.cpp result lines
        assertThat(seen("@someone gets 33 TPS with qwen2.5 14b on the same M2 Max. Mine:\n"
                + "prompt eval rate:     120.5 tokens/s\neval rate:            23.1 tokens/s")).isCloseTo(23.1, within(0.01));
        assertThat(seen("Much lower than what was observed: 33TPS vs 23 for llama 3 70b on my M3 Max\n"
                + "Prompt: 32159 tokens, 261.786 tokens-per-sec\nGeneration: 1000 tokens, 23.146 tokens-per-sec")).isCloseTo(23.146, within(0.001));
        assertThat(seen("llama 2 13b on my 3060, I hoped for 30 t/s\n"
                + "llama_print_timings:      sample time =    18.61 ms /    66 runs   (    0.28 ms per token,  3547.05 tokens per second)\n"
                + "llama_print_timings: prompt eval time =  1121.00 ms /  1121 tokens (    1.00 ms per token,   36.00 tokens per second)\n"
                + "llama_print_timings:        eval time =  6223.75 ms /    65 runs   (   95.75 ms per token,    10.44 tokens per second)"))
                .isCloseTo(10.44, within(0.001));
        // and without a result line, the first speed seen is still the one read
        assertThat(seen("qwen2.5 14b on my 3060 gives 9 tokens/s, a friend's 4090 gives 40 tokens/s")).isEqualTo(9.0);
    }

    @Test
    void aTimePerTokenInMillisecondsOrInChineseIsItsInverse() {
        assertThat(seen("starchat on a 100-core Xeon, max speed around 32 threads with around 310 ms per token")).isCloseTo(1000 / 310.0, within(0.001));
        assertThat(seen("llama 2 7b on an A10 with Hugging Face: about 34ms per token")).isCloseTo(1000 / 34.0, within(0.01));
        assertThat(seen("chatglm2 6b 32核64g 推理慢\nprompt time: 15761 ms / 17 tokens (927.114 ms/token)\noutput time: 60333.6 ms / 28 tokens (2154.77 ms/token)"))
                .isCloseTo(1000 / 2154.77, within(0.001));
        assertThat(seen("4060 8G 跑 qwen2.5 14b，每个token 0.3秒")).isCloseTo(1 / 0.3, within(0.001));
        assertThat(seen("无GPU运行chatglm2-6b，首个token耗时20分钟以上，后续每个token平均10s以上")).isCloseTo(0.1, within(0.001));
        // the first token's wait is the prompt's, not the speed
        assertThat(seen("RTX 3060 跑 qwen2.5 14b，第一个token耗时3秒")).isNull();
    }

    @Test
    void aLlamaBenchGenerationRowIsTheSpeed() {
        assertThat(seen("70B partially offloaded on my A770 is slow\n"
                + "| model                   |       size | backend | ngl | test   |          t/s |\n"
                + "| llama 70B Q4_K - Medium | 38.58 GiB  | SYCL    |  20 | pp 512 |  2.14 ± 0.28 |\n"
                + "| llama 70B Q4_K - Medium | 38.58 GiB  | SYCL    |  20 | tg 128 |  1.03 ± 0.01 |")).isCloseTo(1.03, within(0.001));
        assertThat(seen("qwen2.5 7b on my 4060\n| qwen2 7B Q4_K_M | 4.36 GiB | CUDA | 99 | pp512 | 2466.25 ± 10.1 |\n"
                + "| qwen2 7B Q4_K_M | 4.36 GiB | CUDA | 99 | tg128 | 8.50 ± 0.10 |")).isCloseTo(8.5, within(0.001));
    }

    @Test
    void memoryInUseToldInChineseIsMemoryUsedOnTheGpu() {
        for (String q : new String[] {"V100 加载了 moss 模型，但是却发现占用了31G的显存", "V100 跑 moss，显存占用31G，正常吗"}) {
            Report r = PARSER.parseOrThrow(q).report();
            assertThat(r.usedGb()).as(q).isEqualTo(31.0);
            assertThat(r.usedOnGpu()).as(q).isTrue();
        }
    }

    @Test
    void aContextWithThousandsSeparatorsIsReadWhole() {
        assertThat(PARSER.parse("When using Gemma 3 27B with a context length of 20,000 (20k), I only have about 1 GB of VRAM left on my 3090")
                .context()).isEqualTo(20000);
        assertThat(PARSER.parse("qwen2.5 32b on two 3090s, context 32,768, OOM").context()).isEqualTo(32768);
        // a list of lengths is still its first one
        assertThat(PARSER.parse("llama 3 8b on my 4090 with context 512,1024 and 2048").context()).isEqualTo(512);
    }
}
