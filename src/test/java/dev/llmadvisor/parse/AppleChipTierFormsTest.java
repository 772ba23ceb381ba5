package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Apple chip named bare in one sentence and with its tier in another ("slow on M2 Mac … a Mac with an M2 Pro chip") is
 * one Mac, the tiered chip: the bare name says less of the same chip. In one sentence ("M2 or M2 Pro?") they stay two.
 */
class AppleChipTierFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "GPT4All extremely slow on M2 Mac. I installed it on a new Mac with an M2 Pro chip. Edit: 2023 MacBook Pro, 16 GB | M2 Pro",
            "llama 3 8b on my M3 MacBook is slow. It is an M3 Max with 36GB. | M3 Max",
            "M1 Mac 上跑 qwen2.5 7b 很慢。我的是 M1 Max 32G。 | M1 Max"})
    void givenABareChipAndItsTierInAnotherSentence_thenOneMacOfTheTier(String question, String chip) {
        Understood u = FACTS.understand(PARSER.parseOrThrow(question)).understood();

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).name()).contains(chip);
        assertThat(u.gpus().get(0).unified()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "M2 16GB or M2 Pro 16GB for llama 3 8b?",
            "Should I get an M3 or an M3 Max to run qwen2.5 14b?"})
    void givenABareChipAndItsTierInOneSentence_thenTwo(String question) {
        Question q = PARSER.parseOrThrow(question);
        int read = FACTS.understand(q).understood().gpus().size() + q.alternatives().size();

        assertThat(read).isEqualTo(2);
    }
}
