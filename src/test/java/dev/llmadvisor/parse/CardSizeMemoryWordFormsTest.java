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
 * "显卡是3080，10G内存", "RTX 3060, 12GB memory": an amount set apart from a card by a comma and called by the general memory
 * word is the card's when the card is sold with exactly that much; another amount, or a RAM word, stays the system's RAM.
 * Frames times cards, English and Chinese, with the near misses.
 */
class CardSizeMemoryWordFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** A card as written, with a size it is sold with. */
    private record Card(String written, int gb) { }

    private static final List<Card> CARDS = List.of(new Card("3080", 10), new Card("4090", 24), new Card("RTX 3060", 12),
            new Card("4060", 8), new Card("A100", 80), new Card("2080 Ti", 11));

    /** Reads every frame with every card ({c} the card, {n} the amount) and lists what differs from the wanted card and RAM. */
    private static List<String> misses(List<String> frames, boolean amountIsCards, int amountOffset) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                int n = c.gb() + amountOffset;
                String q = frame.replace("{c}", c.written()).replace("{n}", String.valueOf(n));
                Question p = PARSER.parse(q);
                List<GpuMention> gpus = p.gpus();
                boolean ok = gpus.size() == 1 && (amountIsCards
                        ? Double.valueOf(n).equals(gpus.get(0).memoryGb()) && p.ramGb() == null
                        : gpus.get(0).memoryGb() == null && Double.valueOf(n).equals(p.ramGb()));
                if (!ok) misses.add(q + " -> " + gpus + " ram " + p.ramGb());
            }
        }
        return misses;
    }

    @Test
    void theCardsOwnSizeCalledMemoryIsTheCards() {
        assertThat(misses(List.of("显卡是{c}，{n}G内存，cuda不管是118还是117都提示out of memory", "我的配置：{c}，{n}G内存，能跑qwen2.5 14b吗",
                "{c}, {n}GB memory, can it run llama 3 8b?", "I have a {c}, {n}GB memory. Which model fits?"), true, 0)).isEmpty();
    }

    @Test
    void anotherAmountOrARamWordStaysRam() {
        // near misses: an amount no variant of the card has, and the same amount named by a RAM word
        assertThat(misses(List.of("显卡是{c}，{n}G内存，能跑qwen2.5 14b吗", "{c}, {n}GB memory, can it run llama 3 8b?"), false, 40)).isEmpty();
        assertThat(misses(List.of("显卡是{c}，{n}G运行内存，能跑qwen2.5 14b吗", "{c}, {n}GB RAM, can it run llama 3 8b?"), false, 0)).isEmpty();
    }
}
