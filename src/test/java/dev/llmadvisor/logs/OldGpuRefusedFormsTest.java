package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vLLM checks bfloat16 and then the card itself ("GPUs with compute capability below 7.0 are not supported", its
 * platform check): on a Pascal card both lines are printed. bfloat16 alone is worked around with --dtype half, the card's
 * refusal is not, so the refusal is what the log says stops the engine, and as tried it does not run there. Generated
 * from Pascal and Maxwell cards, the two lines in either order, inline or on lines of their own; the bf16 line alone and
 * the refusal alone are read as before.
 */
class OldGpuRefusedFormsTest {

    private record Card(String name, String cc) { }

    private static final List<Card> CARDS = List.of(new Card("Tesla P100-PCIE-16GB", "6.0"), new Card("Tesla P40", "6.1"),
            new Card("NVIDIA GeForce GTX 1080 Ti", "6.1"), new Card("Tesla M40 24GB", "5.2"));
    private static final List<String> SEPARATORS = List.of(" ", "\n", "\nTraceback (most recent call last):\n  ...\n");

    private static String bf16(Card c) {
        return "Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your " + c.name() + " GPU has compute capability "
                + c.cc() + ". You can use float16 instead by explicitly setting the`dtype` flag in CLI, for example: --dtype=half.";
    }

    private static final String REFUSAL = "RuntimeError: GPUs with compute capability below 7.0 are not supported.";

    private static List<String> logs() {
        List<String> logs = new ArrayList<>();
        for (Card c : CARDS)
            for (String sep : SEPARATORS) {
                logs.add(bf16(c) + sep + REFUSAL);
                logs.add(REFUSAL + sep + bf16(c));
            }
        return logs;
    }

    @Test
    void theCardsRefusalOutweighsTheBf16LineBesideIt() {
        for (String log : logs()) {
            LogFacts f = LogReader.read(log);
            assertThat(f.unsupported()).as(log).isEqualTo("compute");
            assertThat(f.ccRequired()).as(log).isEqualTo(7.0);
        }
    }

    @Test
    void asTriedItDoesNotRunThereWhateverTheModel() {
        for (String log : logs().subList(0, 6)) {
            String q = "Why not support Tesla P100 and limit computing power to greater than 7? " + log;
            assertThat(RealAdvisors.askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
        }
    }

    @Test
    void eitherLineAloneIsReadAsBefore() {
        for (Card c : CARDS) {
            LogFacts bf16 = LogReader.read(bf16(c));
            assertThat(bf16.unsupported()).isEqualTo("bf16");
            assertThat(bf16.ccRequired()).isEqualTo(8.0);
            assertThat(bf16.ccHave()).isEqualTo(Double.parseDouble(c.cc()));
        }
        assertThat(LogReader.read(REFUSAL).unsupported()).isEqualTo("compute");
        // a Volta card passes the platform check: its bf16 line stays the one to fix with --dtype half
        assertThat(LogReader.read(bf16(new Card("Tesla V100-SXM2-32GB", "7.0"))).unsupported()).isEqualTo("bf16");
    }
}
