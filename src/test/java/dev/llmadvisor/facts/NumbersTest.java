package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

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

    private static void check(double v) {
        assertThat(Numbers.fixed(v, 1)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        assertThat(Numbers.fixed(v, 0)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.0f", v));
    }
}
