package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spec list written without separators ("Ryzen 3600 32GB GTX 1070 8GB"): the amount right before a card's name is the
 * item before it (the RAM) when the card's own memory follows the name or is part of it; alone, it is still the card's
 * ("12G的2080Ti", "24GB RTX 3090"). Generated sentences, English and Chinese.
 */
class SpecListCardMemoryFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static Understood understood(String q) {
        return FACTS.understand(PARSER.parseOrThrow(q)).understood();
    }

    /** The question, the card's memory, the RAM. */
    static Stream<Object[]> amountBeforeAndAfter() {
        return Stream.of(
                new Object[] {"WIN 10 Ryzen 3600 32GB Nvidia GTX 1070 8GB, can it run llama 3 8b?", 8.0, 32.0},
                new Object[] {"i7 64GB RTX 3060 12GB, can I run qwen2.5 14b?", 12.0, 64.0},
                new Object[] {"My rig: 5800X 32GB RTX 3080 10GB. Will mistral 7b fit?", 10.0, 32.0},
                new Object[] {"配置：i5-12400 64G 4060ti 16G，能跑qwen2.5 32b吗", 16.0, 64.0},
                new Object[] {"电脑是 13600K 32G RTX 4070 12G，能跑qwen3 14b吗", 12.0, 32.0});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountBeforeAndAfter")
    void givenAnAmountBeforeTheCardAndItsMemoryAfter_thenTheAfterIsTheCardsAndTheBeforeTheRam(String q, double vram, double ram) {
        Understood u = understood(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isEqualTo(vram);
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(1);
        assertThat(u.ramGb()).as(q).isEqualTo(ram);
    }

    /** Near misses: the amount before the name is the card's own when nothing after says otherwise. */
    static Stream<Object[]> amountBeforeOnly() {
        return Stream.of(
                new Object[] {"My 24GB RTX 3090 can run llama 3 8b?", 24.0, 1},
                new Object[] {"我有一张24G的3090能跑qwen 32b吗", 24.0, 1},
                new Object[] {"4块12G的2080Ti能跑qwen 14b吗", 12.0, 4},
                new Object[] {"Is a 16GB 4060 Ti enough for qwen2.5 14b?", 16.0, 1});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountBeforeOnly")
    void givenOnlyAnAmountBeforeTheCard_thenItIsTheCardsMemory(String q, double vram, int count) {
        Understood u = understood(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isEqualTo(vram);
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(count);
        assertThat(u.ramGb()).as(q).isNull();
    }
}
