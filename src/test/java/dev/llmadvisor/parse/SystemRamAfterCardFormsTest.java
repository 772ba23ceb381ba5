package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "4090 with 24GB system RAM", "3090的24G系统内存": an amount named by a word only the machine's memory goes by (system
 * RAM, 系统内存, 内存条, DDR) is the RAM even when the card is sold with as much; the plain memory words ("24GB of memory",
 * "24G显存") after the card stay the card's own.
 */
class SystemRamAfterCardFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** A card as written, with the size it is sold with. */
    private record Card(String written, int gb) { }

    private static final List<Card> CARDS = List.of(new Card("4090", 24), new Card("RTX 3090", 24), new Card("4060", 8),
            new Card("3080", 10), new Card("A100 80GB", 80));

    /** Every frame with every card ({c} the card, {n} its size); lists the reads where the amount is not where wanted. */
    private static List<String> misses(List<String> frames, boolean ram) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                String q = frame.replace("{c}", c.written()).replace("{n}", String.valueOf(c.gb()));
                Question p = PARSER.parse(q);
                boolean ok = p.gpus().size() == 1 && (ram ? Double.valueOf(c.gb()).equals(p.ramGb()) : p.ramGb() == null);
                if (!ok) misses.add(q + " -> " + p.gpus() + " ram " + p.ramGb());
            }
        }
        return misses;
    }

    @Test
    void givenASystemRamWordThenTheAmountIsRam() {
        assertThat(misses(List.of("I have a {c} with {n}GB system RAM, can it run llama 3 70b?", "{c} with {n} GB of system memory",
                "My rig: {c}, {n}GB DDR5", "我的{c}的{n}G系统内存，能跑qwen2.5 32b吗", "一张{c}，{n}G内存条", "{c}，系统内存{n}G"), true)).isEmpty();
    }

    @Test
    void givenTheCardsOwnMemoryWordsThenNoRamIsRead() {
        // near misses: the card's own memory said again
        assertThat(misses(List.of("my {c} with {n}GB of memory", "我的{c} {n}G显存，能跑qwen2.5 32b吗", "{c} {n}GB VRAM, can it run llama 3 8b?"),
                false)).isEmpty();
    }
}
