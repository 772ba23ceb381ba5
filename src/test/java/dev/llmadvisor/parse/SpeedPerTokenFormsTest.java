package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Given a speed told with a decimal comma ("0,22 t/s"), then it is that decimal, never 22 tokens/s. Given a speed told as
 * the time one token takes ("30s per token", "2.5 s/token", 10秒一个字, 每个token要4秒), then the speed seen is its inverse;
 * wished for, it is no run.
 */
class SpeedPerTokenFormsTest {

    private static final List<String> SUBJECTS = List.of("llama 3.1 8b on my 3060", "qwen2.5 14b 用 ollama", "Mixtral 8x7B on CPU only");

    private static Double seen(String q) {
        return PARSER.parseOrThrow(q).report().tokensPerSecond();
    }

    @Test
    void aDecimalCommaIsTheDecimal() {
        for (String m : SUBJECTS) {
            for (String f : List.of("{m} only gives 0,22 t/s", "{m}: 2,5 tokens/s, why?", "{m} 速度只有 0,5 tokens/s")) {
                String q = f.replace("{m}", m);
                assertThat(seen(q)).as(q).isLessThan(3.0).isGreaterThan(0.0);
            }
        }
        assertThat(seen("llama 3.1 8b on my 3060 only gives 0,22 t/s")).isCloseTo(0.22, within(0.001));
    }

    @Test
    void theTimeOneTokenTakesIsItsInverse() {
        for (String m : SUBJECTS) {
            for (String[] f : List.of(new String[] {"{m} takes 30s per token", "30"}, new String[] {"{m} runs at 2.5 s/token, why so slow?", "2.5"},
                    new String[] {"{m}: 4 seconds per token", "4"}, new String[] {"{m} 10秒一个字，太慢了", "10"},
                    new String[] {"{m} 每个token要4秒", "4"}, new String[] {"{m} 20秒才出一个token", "20"}, new String[] {"{m} 回复几乎是5秒一个中文字符", "5"})) {
                String q = f[0].replace("{m}", m);
                assertThat(seen(q)).as(q).isNotNull().isCloseTo(1 / Double.parseDouble(f[1]), within(0.001));
            }
        }
    }

    @Test
    void aCrawlOfSecondsPerTokenIsNoSignTheModelFits() {
        // given 80 s per token (weights paged from disk): then the speed is read, yet it tells no working run; 2 s per token does
        Report crawl = PARSER.parseOrThrow("Mistral 7B on my M1 Pro 16GB with MLX: getting around 80sec/token").report();
        assertThat(crawl.tokensPerSecond()).isCloseTo(1 / 80.0, within(0.001));
        assertThat(crawl.works()).isFalse();
        assertThat(PARSER.parseOrThrow("Mistral 7B on my M1 Pro 16GB with MLX: getting around 2 sec/token").report().works()).isTrue();
    }

    @Test
    void aSpeedInTokensPerSecondIsStillReadFirst() {
        assertThat(seen("llama 3.1 8b on my 3060 gives 12 tokens/s, about 0.08 s per token")).isEqualTo(12.0);
    }

    @Test
    void aTimePerTokenWishedForIsNoRun() {
        Report r = PARSER.parseOrThrow("I want llama 3.1 8b on my 3060 at under 1 s per token").report();
        assertThat(r.works()).isFalse();
    }
}
