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
 * "96GB DDR5-5600 dual-channel (2x48GB)": the modules that add up to the RAM just stated, with its specs between, are that
 * RAM, not cards of that memory; counted amounts that do not add up to it, or follow card memory, stay cards.
 */
class RamModulesFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** A question and the RAM it states. */
    private record Form(String text, double ramGb) { }

    /** The forms where a card was read or the RAM is not the one stated. */
    private static List<String> notRamOnly(List<Form> forms) {
        List<String> misses = new ArrayList<>();
        for (Form f : forms) {
            Question p = PARSER.parse(f.text());
            if (!p.gpus().isEmpty() || p.ramGb() == null || p.ramGb() != f.ramGb()) misses.add(f.text() + " -> " + p.gpus() + " ram " + p.ramGb());
        }
        return misses;
    }

    @Test
    void givenModulesAfterTheRamAndItsSpecsThenTheyAreTheRam() {
        assertThat(notRamOnly(List.of(
                new Form("RAM: 96GB DDR5-5600 dual-channel (2x48GB). Can it run qwen3 30b on the CPU?", 96),
                new Form("My PC: 64GB RAM DDR4 3200 (2 x 32GB), no GPU. Can it run qwen3 30b?", 64),
                new Form("128GB of RAM, quad channel, 4x32GB. Can I run qwen3 30b on CPU only?", 128),
                new Form("内存 96GB DDR5 双通道 (2x48GB)，没有显卡，能跑 qwen3 30b 吗", 96)))).isEmpty();
    }

    @Test
    void givenModulesBesideACardThenTheCardStaysTheOnlyOne() {
        Question p = PARSER.parse("RTX 3090, 64GB RAM DDR4 dual-channel (2x32GB). Can it run qwen3 30b?");
        assertThat(p.gpus()).extracting(GpuMention::count).containsExactly(1);
        assertThat(p.ramGb()).isEqualTo(64.0);
    }

    @Test
    void nearMissesCountedCardsThatDoNotMakeUpTheRamStayCards() {
        // the sum of the cards' memory, not RAM
        Question vram = PARSER.parse("48GB VRAM (2x24GB), can it run llama 3.1 70b?");
        assertThat(vram.gpus()).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(2);
            assertThat(g.memoryGb()).isEqualTo(24.0);
        });
        // cards after the RAM that do not add up to it
        Question cards = PARSER.parse("I have 96GB RAM and 2x24GB cards, can it run llama 3.1 70b?");
        assertThat(cards.gpus()).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(2);
            assertThat(g.memoryGb()).isEqualTo(24.0);
        });
        assertThat(cards.ramGb()).isEqualTo(96.0);
    }
}
