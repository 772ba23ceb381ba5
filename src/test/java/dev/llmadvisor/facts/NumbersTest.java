package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void formatsExactlyAsStringFormatDoes() {
        Random r = new Random(12);
        double[] edge = {0, -0.0, 0.05, 0.15, 0.25, 0.35, 1.05, 2.675, 9.95, 99.95, -0.04, -1.25, 1e9 + 0.05, 406.45};
        for (double v : edge) check(v);
        for (int i = 0; i < 20_000; i++) check((r.nextDouble() - 0.2) * Math.pow(10, r.nextInt(6)));
    }

    /**
     * Against the decimal arithmetic it stands for (BigDecimal.valueOf rounded half up) over the magnitudes Double.toString
     * writes plainly and in exponent form, values one ulp either side of a half, carries through nines, and 0-3 decimals.
     */
    @Test
    void roundsAsDecimalArithmeticDoes() {
        Random r = new Random(7);
        List<Double> values = new ArrayList<>(List.of(0.5, 1.5, 9.5, 99.95, 999.995, 0.0005, 0.00049, 0.001, 0.0095, 9_999_999.5,
                1e7, 1.25e7, 123456.785, 0.125, 0.375, 2.5e-4, 5e-4, 1e-9, 7.0, 10.0, 0.95, 0.995));
        for (int i = 0; i < 60_000; i++) {
            double v = r.nextDouble() * Math.pow(10, r.nextInt(13) - 5);
            values.add(v);
            // a value of few digits ending in 5, and its neighbours: where half up decides
            double half = (r.nextInt(200_000) + 0.5) / Math.pow(10, r.nextInt(5));
            values.add(half);
            values.add(Math.nextUp(half));
            values.add(Math.nextDown(half));
        }
        for (double v : values) {
            for (double signed : new double[] {v, -v}) {
                for (int d = 0; d <= 3; d++) {
                    String exact = BigDecimal.valueOf(Math.abs(signed)).setScale(d, RoundingMode.HALF_UP).toPlainString();
                    assertThat(Numbers.fixed(signed, d)).as("%s to %d", signed, d).isEqualTo(signed < 0 ? "-" + exact : exact);
                }
            }
        }
    }

    private static void check(double v) {
        assertThat(Numbers.fixed(v, 1)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        assertThat(Numbers.fixed(v, 0)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.0f", v));
    }
}
