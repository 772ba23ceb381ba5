package dev.llmadvisor.parse;

import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards counted in Traditional characters ("我有兩張 RTX-A5000", "四塊3090", "雙卡4090") read as the Simplified forms do;
 * a card named once in Traditional text stays one.
 */
class TraditionalCountFormsTest {

    private static List<String> misses(List<String> texts, int count) {
        List<String> misses = new ArrayList<>();
        for (String q : texts) {
            Question p = Parsers.PARSER.parse(q);
            int n = p.gpus().stream().mapToInt(GpuMention::count).sum();
            if (p.gpus().size() != 1 || n != count) misses.add(q + " -> " + p.gpus());
        }
        return misses;
    }

    @Test
    void givenTraditionalCountWordsThenTheCardsAreCounted() {
        assertThat(misses(List.of("我有兩張 RTX-A5000 用 NV-link 連接，但是只能用一張卡的 GPU RAM", "我有兩張4090，能跑llama 3 70b嗎？",
                "伺服器上有兩塊A100，請問夠嗎", "雙卡3090跑qwen2.5 72b會不會太慢"), 2)).isEmpty();
        assertThat(misses(List.of("四張3090能跑deepseek嗎", "我用了四塊 RTX 4090"), 4)).isEmpty();
    }

    @Test
    void givenOneCardInTraditionalTextThenItStaysOne() {
        // near misses: Traditional text with one card, and a count of something else
        assertThat(misses(List.of("我的顯卡是4090，能跑qwen2.5 32b嗎？", "一張3090跑兩個模型會不會爆顯存"), 1)).isEmpty();
    }
}
