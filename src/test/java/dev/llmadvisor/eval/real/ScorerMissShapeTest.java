package dev.llmadvisor.eval.real;

import dev.llmadvisor.facts.Understood;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape a card-list miss is counted under in the miss profile (evaluate-real --profile). */
class ScorerMissShapeTest {

    private static RealQuestion.Card card(double gb, int count) { return new RealQuestion.Card("card", gb, count, false); }

    private static Understood.Gpu gpu(double gb, int count) { return new Understood.Gpu("gpu", gb, count, false); }

    @Test
    void givenTwoCardsOfTheLabelsMemoryWhereItHasOne_thenTheCountDiffers() {
        assertThat(Scorer.cardsMiss(List.of(card(24, 1)), List.of(gpu(24, 2)))).isEqualTo("count differs");
    }

    @Test
    void givenASecondKindOfCardBesideTheLabelsOne_thenItIsAnExtraKind() {
        assertThat(Scorer.cardsMiss(List.of(card(24, 1)), List.of(gpu(24, 1), gpu(12, 1)))).isEqualTo("an extra card kind");
    }

    @Test
    void givenOneCardOfOtherMemory_thenTheMemoryPerCardDiffers() {
        assertThat(Scorer.cardsMiss(List.of(card(24, 1)), List.of(gpu(16, 1)))).isEqualTo("memory per card differs");
    }

    @Test
    void givenNothingReadOrNothingOwned_thenThoseAreTheirOwnShapes() {
        assertThat(Scorer.cardsMiss(List.of(card(24, 1)), List.of())).isEqualTo("no card read");
        assertThat(Scorer.cardsMiss(List.of(), List.of(gpu(8, 1)))).isEqualTo("cards read where the label has none");
        assertThat(Scorer.cardsMiss(List.of(card(24, 1), card(8, 1)), List.of(gpu(24, 1)))).isEqualTo("a card kind missing");
    }
}
