package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.eval.scenario.Evaluator.Result;
import dev.llmadvisor.eval.scenario.Evaluator.Status;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS and SVG charts (pass/fail summary, per-file bars,
 * rule coverage, timing histogram), then the failures, the comparison and every scenario. No scripts,
 * fonts or images are fetched from anywhere.
 */
public final class HtmlReport {
    private HtmlReport() { }

    private static final String PASS = "#2e9e44", FAIL = "#d33", KNOWN = "#e0a020", FIXED = "#3a7bd5", GREY = "#bbb";

    public static String render(Report r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Scenario report</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}h1{margin-bottom:0}h2{margin-top:2em}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}")
                .append(".PASS{color:").append(PASS).append("}.FAIL{color:").append(FAIL).append(";font-weight:bold}.KNOWN_FAILURE{color:").append(KNOWN)
                .append("}.FIXED{color:").append(FIXED).append("}.ok{color:").append(PASS).append("}.bad{color:").append(FAIL).append("}")
                .append("svg text{font-size:11px;font-family:system-ui,sans-serif}.muted{color:#777}ul{margin:2px 0}")
                .append("</style></head><body>\n");
        h.append("<h1>Scenario report</h1><p class=\"muted\">rules: ").append(esc(r.rulesOrigin())).append("</p>\n");
        h.append("<p class=\"").append(r.ok() ? "ok" : "bad").append("\"><b>").append(r.ok() ? "OK" : "FAILED").append("</b>: ")
                .append(r.count(Status.PASS)).append(" passed, ").append(r.count(Status.FAIL)).append(" failed, ")
                .append(r.count(Status.KNOWN_FAILURE)).append(" known failures, ").append(r.count(Status.FIXED)).append(" fixed, ")
                .append(r.loadErrors().size()).append(" file errors</p>\n");

        h.append("<h2>Summary</h2>\n").append(summaryChart(r));
        h.append("<h2>Per file</h2>\n").append(fileChart(r));
        h.append("<h2>Rule coverage</h2>\n<p>").append(r.ruleSources().size() - r.unfiredRules().size()).append(" of ")
                .append(r.ruleSources().size()).append(" rules fired at least once.</p>\n").append(coverageChart(r.ruleHits(), r.results().size()));
        h.append("<h2>Timing</h2>\n<p>").append(String.format(Locale.ROOT, "%d scenarios in %.0f ms on %d thread(s): %.1f scenarios/s; per scenario p50 %.1f ms, p95 %.1f ms.",
                r.results().size(), r.totalMs(), r.threads(), r.scenariosPerSecond(), r.percentileMs(50), r.percentileMs(95))).append("</p>\n")
                .append(histogram(r.histogram()));

        if (!r.loadErrors().isEmpty()) {
            h.append("<h2>Scenario file errors</h2>\n<ul>");
            for (ScenarioLoader.LoadError e : r.loadErrors()) h.append("<li class=\"bad\">").append(esc(e.toString())).append("</li>");
            h.append("</ul>\n");
        }
        listing(h, "Failures", r.notPassing(Status.FAIL));
        listing(h, "Known failures (the program is wrong)", r.notPassing(Status.KNOWN_FAILURE));
        listing(h, "Fixed (remove the known_failure mark)", r.notPassing(Status.FIXED));
        if (r.comparison() != null) comparison(h, r.comparison());

        h.append("<h2>All scenarios</h2>\n<table><tr><th>status</th><th>file</th><th>id</th><th>asked</th><th>verdict</th><th>shown</th><th>ms</th></tr>\n");
        for (Result x : r.results()) {
            h.append("<tr><td class=\"").append(x.status()).append("\">").append(x.status()).append("</td><td>").append(esc(x.scenario().file()))
                    .append("</td><td>").append(esc(x.scenario().id())).append("</td><td>").append(esc(x.scenario().asked())).append("</td><td>")
                    .append(x.observed() == null ? "-" : esc(x.observed().verdict())).append("</td><td>");
            if (x.observed() != null) {
                for (Observed.Option o : x.observed().options()) h.append(esc(o.key() + " " + o.placement() + (o.recommended() ? "" : " ✗"))).append("<br>");
            }
            h.append("</td><td>").append(String.format(Locale.ROOT, "%.1f", x.nanos() / 1e6)).append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static String summaryChart(Report r) {
        long[] c = {r.count(Status.PASS), r.count(Status.FAIL), r.count(Status.KNOWN_FAILURE), r.count(Status.FIXED)};
        String[] colors = {PASS, FAIL, KNOWN, FIXED};
        String[] names = {"pass", "fail", "known failure", "fixed"};
        long total = Math.max(1, c[0] + c[1] + c[2] + c[3]);
        int width = 600;
        StringBuilder s = new StringBuilder("<svg id=\"summary-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (width + 20) + "\" height=\"70\" role=\"img\" aria-label=\"pass/fail summary\">");
        double x = 10;
        for (int i = 0; i < 4; i++) {
            double w = width * (double) c[i] / total;
            if (w > 0) s.append(rect(x, 10, w, 24, colors[i], names[i] + ": " + c[i]));
            x += w;
        }
        x = 10;
        for (int i = 0; i < 4; i++) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"48\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%.0f\" y=\"57\">%s %d</text>", x, colors[i], x + 14, names[i], c[i]));
            x += 140;
        }
        return s.append("</svg>\n").toString();
    }

    private static String fileChart(Report r) {
        Map<String, long[]> files = r.perFile();
        long max = files.values().stream().mapToLong(c -> c[0] + c[1] + c[2] + c[3]).max().orElse(1);
        int label = 260, width = 420, row = 20;
        StringBuilder s = new StringBuilder("<svg id=\"file-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (label + width + 60)
                + "\" height=\"" + (files.size() * row + 10) + "\" role=\"img\" aria-label=\"results per file\">");
        int y = 5;
        String[] colors = {PASS, FAIL, KNOWN, FIXED};
        for (Map.Entry<String, long[]> e : files.entrySet()) {
            long[] c = e.getValue();
            String name = e.getKey();
            int slash = name.lastIndexOf('/');
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", label - 6, y + 13, esc(slash >= 0 ? name.substring(slash + 1) : name)));
            double x = label;
            for (int i = 0; i < 4; i++) {
                double w = width * (double) c[i] / max;
                if (w > 0) s.append(rect(x, y + 2, w, row - 6, colors[i], e.getKey() + " " + c[i]));
                x += w;
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\">%d/%d</text>", x + 4, y + 13, c[0] + c[3], c[0] + c[1] + c[2] + c[3]));
            y += row;
        }
        return s.append("</svg>\n").toString();
    }

    private static String coverageChart(Map<String, Integer> hits, int scenarios) {
        int label = 420, width = 300, row = 16;
        int max = Math.max(1, hits.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder s = new StringBuilder("<svg id=\"coverage-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (label + width + 80)
                + "\" height=\"" + (hits.size() * row + 10) + "\" role=\"img\" aria-label=\"rule coverage\">");
        int y = 5;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            int n = e.getValue();
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>%s</text>", label - 6, y + 11,
                    n == 0 ? " fill=\"" + FAIL + "\"" : "", esc(e.getKey())));
            double w = n == 0 ? 3 : Math.max(2, width * (double) n / max);
            s.append(rect(label, y + 2, w, row - 4, n == 0 ? FAIL : PASS, e.getKey() + ": fired in " + n + " of " + scenarios + " answers"));
            s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\">%s</text>", label + w + 4, y + 11, n == 0 ? "never fired" : String.valueOf(n)));
            y += row;
        }
        return s.append("</svg>\n").toString();
    }

    private static String histogram(Map<Double, Integer> buckets) {
        int bar = 50, height = 140;
        int max = Math.max(1, buckets.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder s = new StringBuilder("<svg id=\"timing-histogram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (buckets.size() * bar + 20)
                + "\" height=\"" + (height + 50) + "\" role=\"img\" aria-label=\"time per scenario\">");
        int x = 10;
        double prev = 0;
        for (Map.Entry<Double, Integer> e : buckets.entrySet()) {
            double h = height * (double) e.getValue() / max;
            String range = e.getKey().isInfinite() ? "> " + fmt(prev) : "≤ " + fmt(e.getKey());
            s.append(rect(x + 4, 10 + height - h, bar - 8, h, FIXED, range + " ms: " + e.getValue()));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"middle\">%d</text>", x + bar / 2, 8 + height - h, e.getValue()));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", x + bar / 2, height + 26, esc(range)));
            x += bar;
            if (!e.getKey().isInfinite()) prev = e.getKey();
        }
        s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">ms per scenario</text>", height + 44));
        return s.append("</svg>\n").toString();
    }

    private static void listing(StringBuilder h, String title, List<Result> rs) {
        if (rs.isEmpty()) return;
        h.append("<h2>").append(esc(title)).append(" (").append(rs.size()).append(")</h2>\n<table><tr><th>scenario</th><th>asked</th><th>why</th></tr>\n");
        for (Result x : rs) {
            h.append("<tr><td>").append(esc(x.scenario().file() + ":" + x.scenario().line())).append("<br><b>").append(esc(x.scenario().id()))
                    .append("</b></td><td>").append(esc(x.scenario().asked())).append("</td><td>");
            if (x.scenario().knownFailure() != null) h.append("<i>").append(esc(x.scenario().knownFailure())).append("</i>");
            h.append("<ul>");
            for (String f : x.failures()) h.append("<li>").append(esc(f)).append("</li>");
            h.append("</ul></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void comparison(StringBuilder h, Comparison c) {
        h.append("<h2>Against ").append(esc(c.otherOrigin())).append("</h2>\n<p>").append(c.changes().size()).append(" of ").append(c.compared())
                .append(" scenarios answer differently.</p>\n");
        for (String s : c.rulesOnlyInBase()) h.append("<p>rule only in ").append(esc(c.baseOrigin())).append(": ").append(esc(s)).append("</p>");
        for (String s : c.rulesOnlyInOther()) h.append("<p>rule only in ").append(esc(c.otherOrigin())).append(": ").append(esc(s)).append("</p>");
        h.append("<table id=\"comparison\"><tr><th>scenario</th><th>verdict</th><th>top</th><th>gained</th><th>lost</th><th>changed</th><th>status</th></tr>\n");
        for (Comparison.Change ch : c.changes()) {
            h.append("<tr><td>").append(esc(ch.file() + "#" + ch.scenario())).append("</td><td>")
                    .append(esc(ch.verdictBefore().equals(ch.verdictAfter()) ? ch.verdictAfter() : ch.verdictBefore() + " → " + ch.verdictAfter()))
                    .append("</td><td>").append(esc(ch.topBefore().equals(ch.topAfter()) ? ch.topAfter() : ch.topBefore() + " → " + ch.topAfter()))
                    .append("</td><td>").append(esc(String.join(", ", ch.gained()))).append("</td><td>").append(esc(String.join(", ", ch.lost())))
                    .append("</td><td>").append(esc(String.join("; ", ch.changed()))).append("</td><td class=\"").append(ch.statusAfter()).append("\">")
                    .append(ch.statusBefore() == ch.statusAfter() ? ch.statusAfter().toString() : ch.statusBefore() + " → " + ch.statusAfter())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>", x, y, w, h, fill, esc(title));
    }

    private static String fmt(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }

    static String esc(String s) { return JUnitReport.esc(s); }
}
