package dev.llmadvisor.chart;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Lang;

import java.util.Base64;
import java.util.List;

/**
 * The bot's charts in an HTML page (the evaluation report): one {@code <figure>} per answer, the PNG inline as a
 * data URI (nothing fetched), its text alternative as alt text, drawn on the light theme.
 */
public final class ReportCharts {
    private ReportCharts() { }

    /** One answer to draw: a caption (e.g. the scenario and its question) and the options it showed. */
    public record Item(String caption, List<Candidate> options) { }

    /** Answers drawn at most (each chart adds some 20-40 KB to the page). */
    public static final int MAX = 12;

    /**
     * A section of figures: bars for answers with two or more options. Empty string when there is nothing to draw
     * or no chart could be drawn (the report is complete without them).
     */
    public static String section(String heading, List<Item> items) {
        StringBuilder h = new StringBuilder();
        int n = 0;
        for (Item it : items) {
            if (n == MAX) break;
            if (it.options() == null || it.options().size() < 2) continue;
            Charts.Picture p;
            try {
                p = Charts.options(it.options(), Lang.EN, Charts.Theme.LIGHT);
            } catch (RuntimeException | LinkageError e) {
                return h.isEmpty() ? "" : wrap(heading, h);
            }
            if (p == null) continue;
            h.append("<figure class=\"answer-chart\"><img width=\"").append(Charts.WIDTH / 2).append("\" alt=\"").append(esc(p.alt()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(p.png()))
                    .append("\"><figcaption>").append(esc(it.caption())).append("</figcaption></figure>\n");
            n++;
        }
        return n == 0 ? "" : wrap(heading, h);
    }

    private static String wrap(String heading, StringBuilder figures) {
        return "<h2>" + esc(heading) + "</h2>\n<div class=\"answer-charts\" style=\"display:flex;flex-wrap:wrap;gap:12px\">\n"
                + figures + "</div>\n";
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
