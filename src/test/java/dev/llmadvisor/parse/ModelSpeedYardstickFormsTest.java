package dev.llmadvisor.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A size alone that a named model's speed is held against ("while a 34B model achieves 14 tokens/s", "using 7B is also
 * faster than this", "比27b的都慢") is a yardstick, not a model asked about (rule D: context); sizes compared with each other,
 * and models compared by their names, are the person's own runs and stay read.
 */
class ModelSpeedYardstickFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I run Mixtral 8x7B on eight T4 GPUs, but the speed is only 6 tokens/s, while a 34B model achieves 14 tokens/s.|Mixtral 8x7B",
            "Phi-4-mini takes 20 seconds on my A100; it feels that the model inference using 7B is also faster than this.|Phi-4-mini",
            "2张910B部署qwen3-32b，20k上下文为什么不到25t/s，比14b的都慢|qwen3-32b",
            "mistral large on 4x A100 is slower than a 70B, why?|mistral large"})
    void givenASizeANamedModelIsHeldAgainst_thenOnlyTheNamedModelIsRead(String q, String model) {
        assertThat(PARSER.parseOrThrow(q).models()).containsExactly(model);
    }

    /** Near miss: sizes compared with each other, or a model compared by its name, are both asked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "deepseek-r1 on my server: 671b is faster than 70b, why?|671b|70b",
            "llama 3 8b 的生成速度比Qwen2 7B还慢|llama 3 8b|Qwen2 7B"})
    void givenSizesComparedWithEachOther_thenBothAreRead(String q, String first, String second) {
        assertThat(PARSER.parseOrThrow(q).models()).contains(first, second);
    }
}
