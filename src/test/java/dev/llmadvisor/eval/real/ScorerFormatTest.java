package dev.llmadvisor.eval.real;

import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a format label written from a thread is compared with the format the advisor understood. */
class ScorerFormatTest {

    @Test
    void aBareIntegerWidthAgreesWithEveryIntegerQuantizerOfThatWidth() {
        for (WeightFormat f : new WeightFormat[]{WeightFormat.GPTQ_INT4, WeightFormat.AWQ_INT4, WeightFormat.BNB_NF4, WeightFormat.MLX_4BIT})
            assertThat(Scorer.formatMatches("int4", f)).as(f.name()).isTrue();
        assertThat(Scorer.formatMatches("8-bit", WeightFormat.BNB_INT8)).isTrue();
        assertThat(Scorer.formatMatches("INT8", WeightFormat.GPTQ_INT8)).isTrue();
    }

    @Test
    void aWidthDoesNotAgreeWithAnotherWidthOrAFloat() {
        assertThat(Scorer.formatMatches("int4", WeightFormat.GPTQ_INT8)).isFalse();
        assertThat(Scorer.formatMatches("int8", WeightFormat.FP8)).isFalse();
        assertThat(Scorer.formatMatches("int4", WeightFormat.Q8_0)).isFalse();
        assertThat(Scorer.formatMatches("int4", WeightFormat.F16)).isFalse();
    }

    @Test
    void aNamedQuantizerStillHasToMatch() {
        assertThat(Scorer.formatMatches("awq", WeightFormat.AWQ_INT4)).isTrue();
        assertThat(Scorer.formatMatches("awq", WeightFormat.GPTQ_INT4)).isFalse();
        assertThat(Scorer.formatMatches("Q4", WeightFormat.Q4_K_M)).isTrue();
    }
}
