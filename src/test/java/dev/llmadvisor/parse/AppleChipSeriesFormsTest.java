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
 * Apple chip generations of one tier written as a series ("M1/M2", "M1-M3", "M1 or M2 Mac", "M1或M2的MAC") say which Macs
 * a question is about: one Mac with the first chip (the corpus labels it so), not options weighed. Tiers sold with other
 * memory ("M2 Pro or M2 Max"), chips each with their memory, a choice to buy, and chips joined by "and" stay apart.
 */
class AppleChipSeriesFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static Understood understand(String question) {
        return FACTS.understand(PARSER.parseOrThrow(question)).understood();
    }

    /** The cards read, owned and weighed (options are the parsed question's; the facts keep the machine's). */
    private static int cardsRead(String question) {
        Question q = PARSER.parseOrThrow(question);
        return FACTS.understand(q).understood().gpus().size() + q.alternatives().size();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Is it possible to run vicuna 13b on a M1/M2 MacBook Pro? | M1",
            "Can llama 3 8b run on Apple Silicon (M1/M2/M3)? | M1",
            "Does llama 3 8b work on M1 - M3 macs? | M1",
            "Does llama 3 8b work on M2~M4 Macs? | M2",
            "Will qwen2.5 7b run on M1 to M3 Macs? | M1",
            "can qwen2.5 7b run on an M1 or M2 Mac? | M1",
            "Can mixtral run on an M1 Max/M2 Max MacBook? | M1 Max",
            "能否支持M1或M2的MAC下启动chatglm 6b | M1",
            "M1/M2/M3的苹果电脑能跑qwen2.5 7b吗 | M1",
            "M1、M2的Mac能跑qwen2.5 7b吗 | M1"})
    void givenChipGenerationsAsASeries_thenOneMacOfTheFirstChip(String question, String chip) {
        Understood u = understand(question);

        assertThat(PARSER.parseOrThrow(question).alternatives()).isEmpty();
        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).name()).endsWith(chip);
        assertThat(u.gpus().get(0).count()).isEqualTo(1);
        assertThat(u.gpus().get(0).unified()).isTrue();
    }

    /** Near misses: other tiers, a purchase choice, and chips each named as a machine stay two. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "M2 Pro or M2 Max for llama 3 70b?",
            "Should I buy an M1 or M2 Mac for llama 3 8b?",
            "我想买M1或M2的Mac跑qwen2.5 7b，选哪个？",
            "I have an M1 Max 64GB and an M2 Ultra 192GB, can they run llama 3 70b?",
            "On Apple M1 and M2, llama 3 8b runs at 20 tokens/s",
            "Apple M1/M2 tested. On Apple M1 and M2, llama 3 8b runs at 20 tokens/s"})
    void givenChipsThatAreTwoMachines_thenTwoStayRead(String question) {
        assertThat(cardsRead(question)).isEqualTo(2);
    }
}
