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
 * A card's memory written with Chinese 个 ("16个G", "24个g显存") or joined by a hyphen ("16-gig 4060 Ti", "a 16-GB
 * 4060 Ti"): the memory of that card, never a count of cards. Near misses: "3个gpu", "3090 2个" still count cards.
 */
class CardMemoryMeasureWordFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static final List<String> FRAMES = List.of(
            "4060ti {g}个G能跑qwen 14b吗",
            "4060ti {g}个g显存能跑qwen 14b吗",
            "{g}个G的4060ti能跑qwen 14b吗",
            "a {g}-gig 4060 Ti, can it run qwen 14b?",
            "a {g}-GB 4060 Ti, can it run qwen 14b?");

    private static GpuMention onlyCard(Question q) {
        return q.gpus().size() == 1 ? q.gpus().get(0) : null;
    }

    @Test
    void theAmountIsTheCardsMemoryNotACount() {
        List<String> misses = new ArrayList<>();
        for (int g : new int[] {8, 16}) {
            for (String frame : FRAMES) {
                String q = frame.replace("{g}", "" + g);
                GpuMention card = onlyCard(PARSER.parse(q));
                if (card == null || card.count() != 1 || card.memoryGb() == null || card.memoryGb() != g) misses.add(q + " -> " + PARSER.parse(q).gpus());
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aCardWithAMemoryOnlyItsLargerSizeHasIsNotCounted() {
        GpuMention card = onlyCard(PARSER.parse("3090 24个g显存能跑qwen 32b吗"));
        assertThat(card).isNotNull();
        assertThat(card.count()).isEqualTo(1);
        assertThat(card.memoryGb()).isEqualTo(24.0);
    }

    @Test
    void theMeasureWordBeforeACardWordOrAloneStillCountsCards() {
        assertThat(onlyCard(PARSER.parse("我有3个gpu 3090能跑qwen 72b吗")).count()).isEqualTo(3);
        assertThat(onlyCard(PARSER.parse("3090 2个 能跑qwen 72b吗")).count()).isEqualTo(2);
    }
}
