package dev.llmadvisor.logs;

import java.util.Locale;

/** Numbers as engines and people print them: 14.9888, 24,320 (thousands), 66,86 (a decimal comma), with units. */
final class Num {

    /** A printed number: digits with up to three separators; bounded, so matching stays linear. */
    static final String NUM = "\\d{1,12}(?:[.,]\\d{1,20}){0,3}";

    private Num() { }

    static double d(String s) {
        if (s == null || s.isEmpty()) return 0;
        String t = s;
        if (t.indexOf('.') >= 0) {
            t = t.replace(",", "");
            int first = t.indexOf('.');
            if (t.indexOf('.', first + 1) >= 0) t = t.substring(0, t.indexOf('.', first + 1));
        } else if (t.indexOf(',') >= 0) {
            String[] parts = t.split(",");
            t = parts.length == 2 && parts[1].length() <= 2 ? parts[0] + "." + parts[1] : t.replace(",", "");
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int i(String s) {
        double v = d(s);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    /** A size in GiB from a number and its printed unit (GB and MB are taken as GiB and MiB, as the engines mean them). */
    static double gib(double v, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "mib", "mb" -> v / 1024.0;
            case "kib", "kb" -> v / (1024.0 * 1024.0);
            case "b", "bytes" -> v / (1024.0 * 1024.0 * 1024.0);
            default -> v;
        };
    }

    /** A size in MiB from a number and its printed unit. */
    static double mib(double v, String unit) {
        return gib(v, unit) * 1024.0;
    }
}
