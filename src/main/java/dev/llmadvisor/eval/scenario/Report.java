package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.eval.scenario.Evaluator.Result;
import dev.llmadvisor.eval.scenario.Evaluator.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's results with what is computed from them: counts, per-file counts, rule coverage and timing.
 *
 * @param ruleSources every rule of the rule set by name with its @source
 * @param wallNanos   the whole run, wall clock
 * @param comparison  the changes against another rule set, or null
 */
public record Report(String rulesOrigin, List<Result> results, List<ScenarioLoader.LoadError> loadErrors,
                     Map<String, String> ruleSources, long wallNanos, int threads, Comparison comparison) {

    public Report {
        results = List.copyOf(results);
        loadErrors = List.copyOf(loadErrors);
        ruleSources = new TreeMap<>(ruleSources);
    }

    public long count(Status s) { return results.stream().filter(r -> r.status() == s).count(); }

    /** Failures that count: unexpected ones. Known failures and fixed ones do not. */
    public boolean ok() { return count(Status.FAIL) == 0 && loadErrors.isEmpty(); }

    public int exitCode() { return ok() ? 0 : 1; }

    /** file -> [pass, fail, known, fixed]. */
    public Map<String, long[]> perFile() {
        Map<String, long[]> m = new TreeMap<>();
        for (Result r : results) m.computeIfAbsent(r.scenario().file(), k -> new long[4])[r.status().ordinal()]++;
        return m;
    }

    /** rule -> how many scenarios' answers it fired for, every rule of the set included (0: never fired). */
    public Map<String, Integer> ruleHits() {
        Map<String, Integer> m = new TreeMap<>();
        for (String r : ruleSources.keySet()) m.put(r, 0);
        for (Result r : results) {
            if (r.observed() == null) continue;
            for (String f : r.observed().fired()) m.merge(f, 1, Integer::sum);
        }
        return m;
    }

    /** Rules of the set that never fired in this run. */
    public List<String> unfiredRules() {
        List<String> out = new ArrayList<>();
        ruleHits().forEach((k, v) -> { if (v == 0) out.add(k); });
        return out;
    }

    public double percentileMs(double p) {
        if (results.isEmpty()) return 0;
        long[] ns = results.stream().mapToLong(Result::nanos).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * ns.length) - 1;
        return ns[Math.max(0, Math.min(ns.length - 1, i))] / 1e6;
    }

    public double totalMs() { return wallNanos / 1e6; }

    public double scenariosPerSecond() { return wallNanos == 0 ? 0 : results.size() / (wallNanos / 1e9); }

    /** Per-scenario times bucketed for a histogram: bucket upper bounds in ms -> count. */
    public Map<Double, Integer> histogram() {
        double[] bounds = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, Double.POSITIVE_INFINITY};
        Map<Double, Integer> m = new LinkedHashMap<>();
        for (double b : bounds) m.put(b, 0);
        for (Result r : results) {
            double ms = r.nanos() / 1e6;
            for (double b : bounds) {
                if (ms <= b) {
                    m.merge(b, 1, Integer::sum);
                    break;
                }
            }
        }
        return m;
    }

    /** Results that are not a plain pass, for listing. */
    public List<Result> notPassing(Status s) { return results.stream().filter(r -> r.status() == s).toList(); }
}
