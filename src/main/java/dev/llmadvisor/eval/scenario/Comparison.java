package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.eval.scenario.Evaluator.Result;
import dev.llmadvisor.eval.scenario.Evaluator.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changes for each scenario when the rules of {@code --rules} are replaced by those of
 * {@code --against}: recommendations gained and lost, models whose format or placement changed, the top
 * option, the verdict and pass/fail. "base" is the --rules run, "other" the --against run.
 */
public record Comparison(String baseOrigin, String otherOrigin, List<Change> changes, int compared,
                         Map<String, Integer> otherRuleHits, List<String> rulesOnlyInBase, List<String> rulesOnlyInOther) {

    /** One scenario whose answer differs. Empty lists / nulls: no change of that kind. */
    public record Change(String scenario, String file, List<String> gained, List<String> lost, List<String> changed,
                         String topBefore, String topAfter, String verdictBefore, String verdictAfter,
                         Status statusBefore, Status statusAfter, List<String> failuresAfter) {
        public boolean passFailChanged() { return passes(statusBefore) != passes(statusAfter); }

        private static boolean passes(Status s) { return s == Status.PASS || s == Status.FIXED; }
    }

    public static Comparison of(Report base, Report other) {
        Map<String, Result> byKey = new LinkedHashMap<>();
        for (Result r : other.results()) byKey.put(r.scenario().key(), r);
        List<Change> changes = new ArrayList<>();
        int compared = 0;
        for (Result a : base.results()) {
            Result b = byKey.get(a.scenario().key());
            if (b == null) continue;
            compared++;
            Change c = diff(a, b);
            if (c != null) changes.add(c);
        }
        List<String> onlyBase = new ArrayList<>(base.ruleSources().keySet());
        onlyBase.removeAll(other.ruleSources().keySet());
        List<String> onlyOther = new ArrayList<>(other.ruleSources().keySet());
        onlyOther.removeAll(base.ruleSources().keySet());
        return new Comparison(base.rulesOrigin(), other.rulesOrigin(), changes, compared, other.ruleHits(), onlyBase, onlyOther);
    }

    static Change diff(Result a, Result b) {
        Observed x = a.observed(), y = b.observed();
        List<String> gained = new ArrayList<>(), lost = new ArrayList<>(), changed = new ArrayList<>();
        if (x != null && y != null) {
            Map<String, Observed.Option> before = byModel(x), after = byModel(y);
            for (var e : after.entrySet()) {
                Observed.Option o = before.get(e.getKey());
                if (o == null) gained.add(e.getValue().key() + " " + e.getValue().placement());
                else if (!o.format().equals(e.getValue().format()) || !o.placement().equals(e.getValue().placement())) {
                    changed.add(e.getKey() + ": " + o.format() + " " + o.placement() + " -> " + e.getValue().format() + " " + e.getValue().placement());
                }
            }
            for (var e : before.entrySet()) if (!after.containsKey(e.getKey())) lost.add(e.getValue().key() + " " + e.getValue().placement());
            List<String> orderBefore = order(x), orderAfter = order(y);
            if (changed.isEmpty() && gained.isEmpty() && lost.isEmpty() && !orderBefore.equals(orderAfter)) {
                changed.add("order: " + String.join(" > ", orderBefore) + " -> " + String.join(" > ", orderAfter));
            }
        }
        String topA = top(x), topB = top(y);
        String vA = x == null ? "error" : x.verdict(), vB = y == null ? "error" : y.verdict();
        boolean same = gained.isEmpty() && lost.isEmpty() && changed.isEmpty() && topA.equals(topB) && vA.equals(vB)
                && a.status() == b.status() && a.failures().equals(b.failures());
        if (same) return null;
        return new Change(a.scenario().id(), a.scenario().file(), gained, lost, changed, topA, topB, vA, vB,
                a.status(), b.status(), b.failures());
    }

    /** The recommended options by model (an answer about one model may show several of its formats: the first). */
    private static Map<String, Observed.Option> byModel(Observed o) {
        Map<String, Observed.Option> m = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Observed.Option opt : o.recommended()) {
            String k = opt.model();
            if (keys.add(k + "@" + opt.format()) && !m.containsKey(k)) m.put(k, opt);
        }
        return m;
    }

    private static List<String> order(Observed o) { return o.recommended().stream().map(Observed.Option::key).toList(); }

    private static String top(Observed o) {
        if (o == null || o.top() == null) return "-";
        Observed.Option t = o.top();
        return t.key() + " " + t.placement() + (t.recommended() ? "" : " (not recommended)");
    }
}
