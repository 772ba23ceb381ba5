package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a laptop said to hold a card a few words before it ("my laptop has an RTX 3060", 笔记本是3060显卡), then the card
 * is its laptop part, with the laptop part's memory (a 3060 Laptop has 6 GB, a 4090 Laptop 16 GB). A card with no laptop
 * part (a 3090 beside a laptop) stays the card, and a card of a desktop named after the laptop is the desktop's.
 */
class LaptopHoldsCardFormsTest {

    private static Understood.Gpu card(String question) {
        List<Understood.Gpu> gpus = Understanding.of(question).gpus();
        assertThat(gpus).as(question).hasSize(1);
        return gpus.get(0);
    }

    @Test
    void aCardTheLaptopIsSaidToHoldIsTheLaptopPart() {
        for (String q : List.of("my laptop has an RTX 3060, can it run qwen3 14b?", "I have a gaming laptop with a 3060, what can I run?",
                "laptop: RTX 3060, 16GB RAM. can I run llama 3.1 8b?", "my laptop (RTX 3060) runs qwen2.5 7b slowly",
                "我的笔记本是3060显卡，能跑qwen2.5 7b吗", "笔记本显卡是3060，能跑什么模型")) {
            Understood.Gpu g = card(q);
            assertThat(g.name()).as(q).contains("Laptop");
            assertThat(g.vramGb()).as(q).isEqualTo(6.0);
        }
        assertThat(card("my notebook has an RTX 4090, can it run qwen3 32b?").vramGb()).isEqualTo(16.0);
    }

    @Test
    void aCardWithNoLaptopPartOrADesktopsCardStaysTheCard() {
        assertThat(card("my laptop with a 3090 eGPU, can it run qwen3 32b?").name()).doesNotContain("Laptop");
        Understood.Gpu desktop = card("my laptop is too weak, so I use my desktop with an RTX 3060 to run qwen3 14b");
        assertThat(desktop.name()).doesNotContain("Laptop");
        assertThat(desktop.vramGb()).isEqualTo(12.0);
    }
}
