package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "I had an RTX 2060 6b", "我的RX 6800 16b": a size right after a card's name is the card's memory with "b" slipped in for
 * "gb", never a second model beside the one asked about (issue 9, "an extra model"). Frames times cards, English and
 * Chinese; near misses: a size set apart from the card by a verb or a colon is a model asked about.
 */
class CardMemorySlipFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** A card as written, with a memory it is sold with. */
    private record Card(String written, int gb) { }

    private static final List<Card> CARDS = List.of(new Card("RTX 2060", 6), new Card("GTX 1080", 8), new Card("RX 6800", 16),
            new Card("rtx 3090", 24), new Card("RTX 4060 Ti", 16), new Card("Radeon RX 7900 XTX", 24), new Card("Tesla P40", 24),
            new Card("Quadro RTX 5000", 16));

    /** Reads every frame with every card ({c} the card, {n} its memory) and lists the mentions that differ from {@code want}. */
    private static List<String> misses(List<String> frames, List<String> want) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                String q = frame.replace("{c}", c.written()).replace("{n}", String.valueOf(c.gb()));
                List<String> got = PARSER.parse(q).models().stream().map(String::toLowerCase).toList();
                if (!got.equals(want)) misses.add(q + " -> " + got);
            }
        }
        return misses;
    }

    @Test
    void aSizeRightAfterACardIsItsMemoryNotAModel() {
        assertThat(misses(List.of("I had an {c} {n}b with 32gb ram that ran ministral 8b with no problems",
                "{c} {n}B, can it run ministral 8b?", "我的{c} {n}b跑ministral 8b很慢", "显卡{c} {n}B，能跑ministral 8b吗"),
                List.of("ministral 8b"))).isEmpty();
    }

    @Test
    void aSizeSetApartFromTheCardIsAModel() {
        assertThat(misses(List.of("my {c} runs a 13b model slowly", "{c}: 13b runs fine but is slow", "{c}上跑13b模型很慢"),
                List.of("13b"))).isEmpty();
    }
}
