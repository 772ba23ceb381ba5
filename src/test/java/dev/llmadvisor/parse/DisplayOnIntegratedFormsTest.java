package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.CardFrames.Card;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integrated graphics said to drive the display ("desktop is on an iGPU", "显示器接核显") beside a card the model runs on is
 * the machine's other chip, which leaves the card free: the card is the person's, and the machine is no CPU box. Integrated
 * graphics as all the person has, with a card to buy, stays a CPU box weighing that card. Frames times cards.
 */
class DisplayOnIntegratedFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<Card> CARDS = List.of(new Card("Arc A380", "Arc A380"), new Card("RTX 3060", "GeForce RTX 3060 12GB"),
            new Card("RX 7900 XTX", "Radeon RX 7900 XTX"));

    /** Reads every frame with every card ({c}) and lists the readings where the card is not the person's or the machine is CPU-only. */
    private static List<String> misses(List<String> frames) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (Card c : CARDS) {
                String q = frame.replace("{c}", c.written());
                Question p = PARSER.parse(q);
                String got = CardFrames.names(K, p.gpus());
                if (!got.equals("[1x " + c.name() + "]") || p.cpuOnly()) misses.add(q + " -> " + got + " cpu " + p.cpuOnly());
            }
        }
        return misses;
    }

    @Test
    void givenTheDisplayOnIntegratedGraphics_thenTheCardIsTheirs() {
        assertThat(misses(List.of(
                "I run LLMs on {c} GPU. Prompt processing slows down.\n\nThere's nothing else running on the GPU (desktop is on an iGPU). I rarely switch models.",
                "Llama 3 8b runs on the {c}; my monitor is plugged into the integrated graphics. Why is it slow?",
                "用{c}跑qwen2.5 7b，显示器接核显，为什么速度这么慢？"))).isEmpty();
    }

    @Test
    void nearMiss_givenIntegratedGraphicsAsAllTheyHave_thenTheCardStaysOneToBuy() {
        for (Card c : CARDS) {
            Question p = PARSER.parse("I only have Intel UHD graphics, no GPU. Should I buy a " + c.written() + " to run llama 3 8b?");
            assertThat(p.gpus()).as(c.written()).isEmpty();
            assertThat(p.cpuOnly()).as(c.written()).isTrue();
        }
    }
}
