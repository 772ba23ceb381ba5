package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.CardFrames.Card;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards weighed beside the one a person has, by the grammar of buying (eval/real-questions/README.md: {@code gpus} is what
 * the person has, {@code alternatives} the options weighed): one more of the owned card ("add a second 4070", "再买一张")
 * is an option of one card; a purchase supposed ("if I bought a 5090") is an option; a card said to sit in the person's
 * machine ("a 4090 in my main rig") is theirs; a count written sign first ("x3 7900 XTX") counts the card; and two cards
 * joined by "with" are one rig, whatever catalog entry each resolves to. Frames times cards, with near misses.
 */
class CardAddedFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** Cards as people write them, with the catalog name each resolves to. */
    private static final List<Card> CARDS = List.of(new Card("3090", "GeForce RTX 3090"), new Card("RTX 4070", "GeForce RTX 4070"),
            new Card("P40", "Tesla P40"), new Card("7900 XTX", "Radeon RX 7900 XTX"), new Card("A6000", "RTX A6000"));

    private static Card other(Card c) {
        return CardFrames.other(CARDS, c);
    }

    private static String names(List<GpuMention> gpus) {
        return CardFrames.names(K, gpus);
    }

    private static String expected(Card... cards) {
        return java.util.Arrays.stream(cards).map(c -> "1x " + c.name()).sorted().toList().toString();
    }

    /** Reads every frame with every card ({c} the card owned, {y} another) and lists the readings that differ. */
    private static List<String> misses(List<String> frames, boolean withOther, boolean oneMore) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                Card y = other(c);
                String q = frame.replace("{c}", c.written()).replace("{y}", y.written());
                Question p = PARSER.parse(q);
                List<Card> options = new ArrayList<>();
                if (oneMore) options.add(c);
                if (withOther) options.add(y);
                String want = expected(c) + " / " + expected(options.toArray(Card[]::new));
                String got = names(p.gpus()) + " / " + names(p.alternatives());
                if (!want.equals(got)) misses.add(q + " -> " + got);
            }
        }
        return misses;
    }

    @Test
    void oneMoreOfTheCardOwnedIsAnOptionOfOneCard() {
        assertThat(misses(List.of(
                "I have a {c}. Should I add a second {c} or sell it for a {y}?",
                "I have a {c}. Would adding another {c} or a {y} be better for llama 3 70b?",
                "我有一张{c}，再买一张{c}还是换{y}？"), true, true)).isEmpty();
        assertThat(misses(List.of(
                "My {c} runs qwen 14b fine. Is it worth adding another {c} for llama 3 70b?",
                "I own a {c}; should I buy another {c} to run qwen2.5 72b?",
                "手上有{c}，想再加一张{c}跑70b"), false, true)).isEmpty();
    }

    @Test
    void aPurchaseSupposedIsAnOption() {
        assertThat(misses(List.of(
                "now i have {c}. if i bought {y}, can i use it as the main card and the {c} as added vram?",
                "My {c} is too slow for qwen2.5 32b. If we bought a {y}, would that be faster?"), true, false)).isEmpty();
    }

    @Test
    void aCardInTheirMachineIsTheirs() {
        for (String frame : List.of("Would it help to use a {c} in my main rig and a {y} in my second machine for llama 3 70b?",
                "Should I use a {c} on my server and a {y} on my desktop?")) {
            for (Card c : CARDS) {
                String q = frame.replace("{c}", c.written()).replace("{y}", other(c).written());
                assertThat(names(PARSER.parse(q).gpus())).as(q).isEqualTo(expected(c, other(c)));
            }
        }
        for (Card c : CARDS) {
            String q = "The " + c.written() + " in my PC runs out of memory with llama 3 70b";
            assertThat(names(PARSER.parse(q).gpus())).as(q).isEqualTo(expected(c));
        }
    }

    @Test
    void aRequirementOnAServerStaysARequirement() {
        // near misses: a card required, or bought for the machine, is not in it yet
        for (Card c : CARDS) {
            Card y = other(c);
            Question p = PARSER.parse("The docs say it needs an " + c.written() + " in the server; I have a " + y.written() + ", will it run?");
            assertThat(names(p.gpus())).isEqualTo(expected(y));
            p = PARSER.parse("I have a " + y.written() + ". Should I buy a " + c.written() + " for my PC or keep it?");
            assertThat(names(p.alternatives())).isEqualTo(expected(c));
        }
    }

    @Test
    void aCountWrittenSignFirstCountsTheCard() {
        for (Card c : CARDS) {
            for (String count : List.of("x3 ", "×3 ", "x3 ")) {
                String q = "I run " + count + c.written() + " on linux, can it hold llama 3 70b q8?";
                List<GpuMention> gpus = PARSER.parse(q).gpus();
                assertThat(gpus).as(q).hasSize(1);
                assertThat(gpus.get(0).count()).as(q).isEqualTo(3);
            }
            // near misses: a slot's lanes before the card are no count
            for (String lanes : List.of("PCIe x4 ", "pci-e x8 ", "gen4 x8 ")) {
                String q = "my " + c.written() + " sits in a slot; another card on " + lanes + c.written() + " is slow";
                assertThat(PARSER.parse(q).gpus()).as(q).allMatch(g -> g.count() == 1);
            }
        }
    }

    @Test
    void twoCardsJoinedByWithAreOneRig() {
        Question p = PARSER.parse("Tesla p40 24G with quadro M6000 24G can not work together");
        assertThat(names(p.gpus())).isEqualTo("[1x Quadro M6000 24GB, 1x Tesla P40]");
        // a bare M6000 is the first released version (label rule C)
        assertThat(names(PARSER.parse("Can my Quadro M6000 run qwen2.5 7b?").gpus())).isEqualTo("[1x Quadro M6000 12GB]");
    }
}
