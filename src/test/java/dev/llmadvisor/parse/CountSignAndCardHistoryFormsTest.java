package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ways people write their cards that the corpus shows: a multiplication look-alike as the times sign ("16✖天数 BI-V150"),
 * a card they had before and the one they have now ("I used to have a 3060, now a 4090"), and memory said of each card
 * with a word that alone reads as system RAM ("36GB memory each card"), and system RAM told by its memory generation
 * before the amount ("DDR5 64GB * 8").
 */
class CountSignAndCardHistoryFormsTest {

    private static Understood understood(String q) {
        return Understanding.of(q);
    }

    @Test
    void aMultiplicationLookalikeCountsTheCards() {
        List<String> misses = new ArrayList<>();
        // given a count and a card joined by each look-alike, with and without the emoji variation selector
        for (String sign : List.of("\u2716", "\u2716\uFE0F", "\u2715", "\u2a09", "\u2a2f")) {
            for (String q : List.of("4" + sign + "4090能跑qwen2.5 72b吗", "We run llama 3 70b on 8 " + sign + " A100 80GB with vllm")) {
                Understood u = understood(q);
                int want = q.startsWith("4") ? 4 : 8;
                // then the cards are counted as with "×"
                if (u.gpus().size() != 1 || u.gpus().get(0).count() != want) misses.add(q + "  ->  " + u.gpus());
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aFormerCardGivesWayToTheOneNamedAsNow() {
        // given a card the person had before and one introduced by "now"
        for (String q : List.of("I used to have a 3060, now a 4090. Can it run qwen2.5 32b?",
                "I used to have a 3060 but now I run a 4090. Can it run qwen2.5 32b?",
                "我以前用3060，现在是4090，能跑qwen2.5 32b吗")) {
            // then only the current card is the machine's
            List<Understood.Gpu> gpus = understood(q).gpus();
            assertThat(gpus).as(q).hasSize(1);
            assertThat(gpus.get(0).name()).as(q).contains("4090");
        }
        // and a former card with no card said to be there now stays theirs ("my old 1080" is still in the machine)
        assertThat(understood("I used to have a 3060. Can it run qwen2.5 7b?").gpus()).hasSize(1)
                .allSatisfy(g -> assertThat(g.name()).contains("3060"));
    }

    @Test
    void memorySaidOfEachCardIsNoSystemRam() {
        // given an amount followed by "memory each card" / "RAM per GPU" / "内存每张卡"
        for (String q : List.of("8 A100-40GB, running qwen2.5 72b with vllm. I find that it caused 36GB memory each card, but vllm ran out of memory",
                "2x 3090, 22GB RAM each card, llama 3 70b fails",
                "两张3090，22G内存每张卡，跑qwen2.5 72b报错")) {
            // then no system RAM is read from it
            assertThat(understood(q).ramGb()).as(q).isNull();
        }
        // and RAM said beside cards counted with their memory each stays RAM
        assertThat(understood("I have 2 3090s with 24GB memory each card and 64GB RAM, can I run llama 3 70b").ramGb()).isEqualTo(64.0);
    }

    @Test
    void aMemoryGenerationBeforeTheAmountNamesSystemRam() {
        // given RAM written as its generation, then its size (and modules), with no RAM word
        assertThat(understood("GPU: 2 * A100 80GB CPU: DDR5 64GB * 8 CPU: Xeon Gold 6454S. deepseek r1 runs slowly").ramGb()).isEqualTo(512.0);
        assertThat(understood("2 A100 80GB, DDR4 32GB x 4, deepseek r1 runs slowly").ramGb()).isEqualTo(128.0);
        // (not two cards of 24GB and 32GB: the modules are the machine's RAM)
        Understood zh = understood("4090 24G, DDR5 32G*2, 跑qwen2.5 32b很慢");
        assertThat(zh.ramGb()).isEqualTo(64.0);
        assertThat(zh.gpus()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(1));
        // and a card's GDDR memory stays the card's
        Understood card = understood("RTX 3090 GDDR6X 24GB, deepseek r1 32b runs slowly");
        assertThat(card.ramGb()).isNull();
        assertThat(card.gpus()).singleElement().satisfies(g -> assertThat(g.vramGb()).isEqualTo(24.0));
    }
}
