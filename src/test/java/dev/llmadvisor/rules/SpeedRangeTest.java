package dev.llmadvisor.rules;

import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A speed range reads as figures at every scale: never "0-0" for a model run from RAM at a tenth of a token a second. */
class SpeedRangeTest {

    static String range(double low, double high) {
        return Given.candidate("some-model", 70, WeightFormat.Q4_K_M).speed(low, high).build().tpsRange();
    }

    @Test
    void endsBelowTwoTokensASecondAreInTenths() {
        assertThat(range(0.12, 0.24)).isEqualTo("0.1-0.2");
        assertThat(range(0.6, 1.4)).isEqualTo("0.6-1.4");
        assertThat(range(1.0, 1.94)).isEqualTo("1.0-1.9");
    }

    @Test
    void anEndBelowATenthIsInHundredths() {
        assertThat(range(0.02, 0.04)).isEqualTo("0.02-0.04");
        assertThat(range(0.04, 0.2)).isEqualTo("0.04-0.2");
    }

    @Test
    void fromTwoTokensASecondWholeNumbersAsBefore() {
        assertThat(range(2.4, 3.6)).isEqualTo("2-4");
        assertThat(range(1.2, 3.6)).isEqualTo("1.2-4");
        assertThat(range(8, 12)).isEqualTo("8-12");
        assertThat(range(35.2, 61.7)).isEqualTo("35-62");
    }

    @Test
    void endsThatRoundAlikeAreOneFigure() {
        assertThat(range(0.5, 0.54)).isEqualTo("0.5");
        assertThat(range(9.6, 10.4)).isEqualTo("10");
    }
}
