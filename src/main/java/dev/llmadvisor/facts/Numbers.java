package dev.llmadvisor.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal formatting for answer texts, as {@code String.format(Locale.ROOT, "%.Nf", v)} gives it (the
 * shortest decimal of the value rounded half up) without the cost of parsing a format string: every answer fills dozens of figures.
 */
public final class Numbers {
    private Numbers() { }

    /** {@code v} with {@code decimals} digits after the point, rounded as %.Nf rounds. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.isNaN(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity");
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // %.Nf keeps the sign of a negative value that rounds to zero ("-0.0"); so does this.
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative && s.charAt(0) != '-' ? "-" + s : s;
    }
}
