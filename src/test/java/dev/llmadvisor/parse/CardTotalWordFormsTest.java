package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A total said of several cards: a total word before the amount ("双卡2080ti 共44g", "2x 3090 total 48GB") sums it over the
 * counted cards as one after it does; a total the machine has ("H100 共有640G", "A100 80GB，总共有320G显存") that one card
 * kind's memory divides gives how many there are when no count is written. A card named with its memory's type ("NVIDIA
 * H100 80GB HBM3") and again bare ("H100") is one card. Near misses: one card with a total word, a total that is one card's
 * memory, a use added up.
 */
class CardTotalWordFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static List<String> misses(List<String> questions, int count, double gb) {
        List<String> misses = new ArrayList<>();
        for (String q : questions) {
            Question p = PARSER.parse(q);
            GpuMention g = p.gpus().size() == 1 ? p.gpus().get(0) : null;
            if (g == null || g.count() != count || g.memoryGb() == null || Math.abs(g.memoryGb() - gb) > 0.1) misses.add(q + " -> " + p.gpus());
        }
        return misses;
    }

    @Test
    void givenATotalWordBeforeTheAmountOfCountedCards_thenEachCardHasItsShare() {
        assertThat(misses(List.of(
                "双卡2080ti 共44g显存，fastdeploy加载报错",
                "两张2080ti 总共44G显存，跑qwen2.5 32b报错",
                "I have 2x 2080 Ti total 44GB, can it run qwen2.5 32b?"), 2, 22)).isEmpty();
        assertThat(misses(List.of("4张3090 共96G显存，能跑llama 3 70b吗"), 4, 24)).isEmpty();
        // near miss: one card named with a total word keeps the amount as its own
        assertThat(misses(List.of("一张2080ti 共22g显存，能跑qwen2.5 14b吗"), 1, 22)).isEmpty();
    }

    @Test
    void givenATotalOneCardKindsMemoryDivides_thenItIsTheCount() {
        assertThat(misses(List.of("GPU type: NVIDIA H100 80GB HBM3\nH100 共有640G\n跑deepseek V3满血版报错"), 8, 80)).isEmpty();
        assertThat(misses(List.of("服务器是A100 80GB，总共有320G显存，能跑deepseek v3吗"), 4, 80)).isEmpty();
        // near misses: a total that is one card's memory; a use added up is no count
        assertThat(misses(List.of("I have an A100 80GB, 80GB in total, can I run llama 3 70b?"), 1, 80)).isEmpty();
        assertThat(misses(List.of("A100 80GB上跑qwen2.5 72b，显存总共占用了160G"), 1, 80)).isEmpty();
    }

    @Test
    void givenATotalWrittenAfterItsMemoryWordOrOnlyOneSoldSizeDividingIt_thenItIsTheCount() {
        // "of VRAM in total" after the amount, and a card sold in several sizes whose total only one of them divides
        assertThat(misses(List.of("I have A100 80GB cards, 320GB of VRAM in total. can it run deepseek v3?",
                "We run A100 80GB cards with 320GB of GPU memory in total; can they serve deepseek v3?"), 4, 80)).isEmpty();
        assertThat(misses(List.of("My server has H100 cards with 640GB VRAM total, can it run deepseek r1?"), 8, 80)).isEmpty();
        // near miss: a total two of the card's sizes divide (8 x 40 or 4 x 80) gives no count
        Question p = PARSER.parse("A800 cards with 320GB of VRAM in total, can they run deepseek r1?");
        assertThat(p.gpus()).allMatch(g -> g.count() == 1);
    }

    @Test
    void givenACardNamedWithItsMemoryTypeAndAgainBare_thenItIsOneCard() {
        Question p = PARSER.parse("GPU: NVIDIA H100 80GB HBM3. The H100 runs out of memory loading llama 3.1 405b fp8");
        assertThat(p.gpus()).hasSize(1);
        assertThat(p.gpus().get(0).memoryGb()).isEqualTo(80.0);
    }
}
