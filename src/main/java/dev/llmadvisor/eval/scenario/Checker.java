package dev.llmadvisor.eval.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Checks an answer against a scenario's expectations; each unmet one becomes a reason. */
public final class Checker {
    private Checker() { }

    public static List<String> check(Expect e, Observed o) {
        List<String> fails = new ArrayList<>();
        Observed.Option top = o.top();
        Observed.Option focus = o.focused();
        // Only a failure message shows the options; joining them for every passing scenario was a tenth of the evaluation.
        Supplier<String> shown = () -> o.options().isEmpty() ? "nothing" : o.options().stream()
                .map(x -> x.key() + " " + x.placement() + (x.recommended() ? "" : " (not recommended)"))
                .collect(Collectors.joining(", "));
        if (e.verdict() != null && !e.verdict().equals(o.verdict())) {
            fails.add("verdict: expected " + e.verdict() + ", got " + o.verdict() + " (shown: " + shown.get() + ")");
        }
        for (String r : e.recommends()) {
            if (o.recommended().stream().noneMatch(x -> x.matches(r))) fails.add("recommends: " + r + " is not among the recommendations (shown: " + shown.get() + ")");
        }
        for (String r : e.notRecommends()) {
            List<String> hits = o.recommended().stream().filter(x -> x.matches(r)).map(Observed.Option::key).toList();
            if (!hits.isEmpty()) fails.add("not_recommends: " + r + " is recommended (" + String.join(", ", hits) + ")");
        }
        if (e.top() != null) {
            if (top == null) fails.add("top: expected " + e.top() + ", nothing shown");
            else if (!top.matches(e.top())) fails.add("top: expected " + e.top() + ", got " + top.key());
        }
        if (e.placement() != null) {
            if (focus == null) fails.add("placement: expected " + e.placement() + ", nothing shown");
            else if (!e.placement().equals(focus.placement())) fails.add("placement: expected " + e.placement() + ", got " + focus.placement() + " for " + focus.key());
        }
        if (!e.quant().isEmpty()) {
            if (focus == null) fails.add("quant: expected " + String.join("|", e.quant()) + ", nothing shown");
            else if (e.quant().stream().noneMatch(q -> sameFormat(q, focus.format()))) {
                fails.add("quant: expected " + String.join("|", e.quant()) + ", got " + focus.format() + " (" + focus.model() + ")");
            }
        }
        if (e.quantBitsAtMost() != null) {
            if (focus == null) fails.add("quant_bits_at_most: nothing shown");
            else if (focus.bits() > e.quantBitsAtMost()) fails.add("quant_bits_at_most " + e.quantBitsAtMost() + ": got " + focus.format() + " (" + focus.bits() + " bits)");
        }
        if (e.quantBitsAtLeast() != null) {
            if (focus == null) fails.add("quant_bits_at_least: nothing shown");
            else if (focus.bits() < e.quantBitsAtLeast()) fails.add("quant_bits_at_least " + e.quantBitsAtLeast() + ": got " + focus.format() + " (" + focus.bits() + " bits)");
        }
        if (e.totalGbBetween() != null) {
            double lo = e.totalGbBetween()[0], hi = e.totalGbBetween()[1];
            if (focus == null) fails.add("total_gb_between: nothing shown");
            else if (focus.totalGb() < lo || focus.totalGb() > hi) {
                fails.add(String.format(Locale.ROOT, "total_gb_between [%s, %s]: %s needs %.1f GB", num(lo), num(hi), focus.key(), focus.totalGb()));
            }
        }
        for (String r : e.rulesFired()) {
            if (!o.fired().contains(r)) fails.add("rules_fired: \"" + r + "\" did not fire");
        }
        for (String r : e.rulesNotFired()) {
            if (o.fired().contains(r)) fails.add("rules_not_fired: \"" + r + "\" fired");
        }
        if (e.language() != null && !e.language().equals(o.language())) fails.add("language: expected " + e.language() + ", got " + o.language());
        String lowerText = e.mentions().isEmpty() ? "" : o.text().toLowerCase(Locale.ROOT);
        for (String m : e.mentions()) {
            if (!lowerText.contains(m.toLowerCase(Locale.ROOT))) fails.add("mentions: the reply does not contain \"" + m + "\"");
        }
        return fails;
    }

    private static boolean sameFormat(String expected, String actual) {
        return dev.llmadvisor.sizing.WeightFormat.parse(expected).map(f -> f.label().equalsIgnoreCase(actual)).orElse(expected.equalsIgnoreCase(actual));
    }

    private static String num(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }
}
