package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.eval.scenario.Evaluator.Result;
import dev.llmadvisor.eval.scenario.Evaluator.Status;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as a plain-text table for a terminal. */
public final class ConsoleReport {
    private ConsoleReport() { }

    public static String render(Report r, boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append("Rules: ").append(r.rulesOrigin()).append('\n');
        if (!r.loadErrors().isEmpty()) {
            sb.append("\nScenario file errors (").append(r.loadErrors().size()).append("):\n");
            for (ScenarioLoader.LoadError e : r.loadErrors()) sb.append("  ERROR ").append(e).append('\n');
        }
        sb.append('\n').append(String.format(Locale.ROOT, "%-44s %6s %6s %6s %6s %6s%n", "file", "total", "pass", "fail", "known", "fixed"));
        long[] sum = new long[4];
        for (Map.Entry<String, long[]> e : r.perFile().entrySet()) {
            long[] c = e.getValue();
            for (int i = 0; i < 4; i++) sum[i] += c[i];
            sb.append(String.format(Locale.ROOT, "%-44s %6d %6d %6d %6d %6d%n", shorten(e.getKey(), 44), c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]));
        }
        sb.append(String.format(Locale.ROOT, "%-44s %6d %6d %6d %6d %6d%n", "all", sum[0] + sum[1] + sum[2] + sum[3], sum[0], sum[1], sum[2], sum[3]));
        if (verbose) {
            sb.append("\nScenarios:\n");
            for (Result x : r.results()) sb.append(String.format(Locale.ROOT, "  %-6s %s%n", tag(x.status()), x.scenario().key()));
        }
        section(sb, "Failures", r.notPassing(Status.FAIL), true);
        section(sb, "Known failures (the program is wrong; not counted)", r.notPassing(Status.KNOWN_FAILURE), true);
        section(sb, "Fixed (marked known_failure but passing now: remove the mark)", r.notPassing(Status.FIXED), false);
        List<String> unfired = r.unfiredRules();
        sb.append(String.format(Locale.ROOT, "%nRule coverage: %d of %d rules fired%n", r.ruleSources().size() - unfired.size(), r.ruleSources().size()));
        for (String u : unfired) sb.append("  never fired: \"").append(u).append("\"\n");
        sb.append(String.format(Locale.ROOT, "%nTiming: %d scenarios in %.0f ms on %d thread(s): %.1f scenarios/s; per scenario p50 %.1f ms, p95 %.1f ms%n",
                r.results().size(), r.totalMs(), r.threads(), r.scenariosPerSecond(), r.percentileMs(50), r.percentileMs(95)));
        if (r.comparison() != null) sb.append(comparison(r.comparison()));
        sb.append(r.ok() ? "\nOK" : "\nFAILED").append(String.format(Locale.ROOT, ": %d passed, %d failed, %d known failures, %d fixed, %d file errors%n",
                r.count(Status.PASS), r.count(Status.FAIL), r.count(Status.KNOWN_FAILURE), r.count(Status.FIXED), r.loadErrors().size()));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<Result> rs, boolean reasons) {
        if (rs.isEmpty()) return;
        sb.append('\n').append(title).append(" (").append(rs.size()).append("):\n");
        for (Result x : rs) {
            sb.append("  ").append(x.scenario().file()).append(':').append(x.scenario().line()).append(' ').append(x.scenario().id())
                    .append(" — ").append(x.scenario().asked()).append('\n');
            if (x.scenario().knownFailure() != null) sb.append("      known: ").append(x.scenario().knownFailure()).append('\n');
            if (reasons) for (String f : x.failures()) sb.append("      - ").append(f).append('\n');
        }
    }

    static String comparison(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nAgainst %s: %d of %d scenarios answer differently%n", c.otherOrigin(), c.changes().size(), c.compared()));
        for (String s : c.rulesOnlyInBase()) sb.append("  rule only in ").append(c.baseOrigin()).append(": \"").append(s).append("\"\n");
        for (String s : c.rulesOnlyInOther()) sb.append("  rule only in ").append(c.otherOrigin()).append(": \"").append(s).append("\"\n");
        for (Comparison.Change ch : c.changes()) {
            sb.append("  ").append(ch.file()).append('#').append(ch.scenario()).append('\n');
            if (!ch.verdictBefore().equals(ch.verdictAfter())) sb.append("      verdict: ").append(ch.verdictBefore()).append(" -> ").append(ch.verdictAfter()).append('\n');
            if (!ch.topBefore().equals(ch.topAfter())) sb.append("      top: ").append(ch.topBefore()).append(" -> ").append(ch.topAfter()).append('\n');
            for (String g : ch.gained()) sb.append("      + ").append(g).append('\n');
            for (String l : ch.lost()) sb.append("      - ").append(l).append('\n');
            for (String x : ch.changed()) sb.append("      ~ ").append(x).append('\n');
            if (ch.statusBefore() != ch.statusAfter()) {
                sb.append("      status: ").append(ch.statusBefore()).append(" -> ").append(ch.statusAfter()).append('\n');
                if (ch.passFailChanged()) for (String f : ch.failuresAfter()) sb.append("        ! ").append(f).append('\n');
            }
        }
        return sb.toString();
    }

    private static String tag(Status s) {
        return switch (s) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case KNOWN_FAILURE -> "KNOWN";
            case FIXED -> "FIXED";
        };
    }

    private static String shorten(String s, int n) { return s.length() <= n ? s : "…" + s.substring(s.length() - n + 1); }
}
