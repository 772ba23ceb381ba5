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
        // %.Nf keeps the sign of a negative value that rounds to zero ("-0.0"); so does this.
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        String plain = Double.toString(Math.abs(v));
        String s = decimals < 0 || plain.indexOf('E') >= 0
                ? BigDecimal.valueOf(Math.abs(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                : rounded(plain, decimals);
        return negative ? "-" + s : s;
    }

    /**
     * A plain decimal ("406.45", as Double.toString writes magnitudes from 10^-3 to 10^7) rounded half up to {@code decimals}
     * digits on its digits alone: what BigDecimal.valueOf(v).setScale(decimals, HALF_UP) gives, since valueOf reads the same
     * Double.toString digits, without its BigInteger arithmetic (answers format dozens of figures each).
     */
    private static String rounded(String plain, int decimals) {
        int point = plain.indexOf('.');
        int fraction = plain.length() - point - 1;
        char[] out = new char[point + (decimals > 0 ? 1 + decimals : 0)];
        for (int i = 0; i < point; i++) out[i] = plain.charAt(i);
        if (decimals > 0) {
            out[point] = '.';
            for (int i = 0; i < decimals; i++) out[point + 1 + i] = i < fraction ? plain.charAt(point + 1 + i) : '0';
        }
        if (decimals >= fraction || plain.charAt(point + 1 + decimals) < '5') return new String(out);
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i] == '.') continue;
            if (out[i] != '9') {
                out[i]++;
                return new String(out);
            }
            out[i] = '0';
        }
        return "1" + new String(out);
    }
}
