package dev.llmadvisor.cli;

import dev.llmadvisor.eval.accuracy.SpeedEvaluation;
import dev.llmadvisor.eval.accuracy.SpeedEvaluation.Result;
import dev.llmadvisor.eval.accuracy.SpeedEvaluation.Summary;
import dev.llmadvisor.sizing.SpeedModel;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The speed part of the accuracy command: per record, per set, and the worst misses with their sources. */
final class SpeedAccuracyPrinter {

    private SpeedAccuracyPrinter() { }

    static void print(PrintStream out, SpeedEvaluation.Report rep, boolean summaryOnly) {
        out.printf(Locale.ROOT, "== speed (%s): %d published measurements; constants fitted on %s%n", rep.file(), rep.records(),
                SpeedModel.FITTED_ON);
        if (!summaryOnly) {
            out.printf(Locale.ROOT, "%-9s %-28s %9s %9s %19s %8s  %s%n", "set", "class", "measured", "ours", "shown range", "err%", "record");
            for (Result r : rep.results()) {
                out.printf(Locale.ROOT, "%-9s %-28s %9.2f %9.2f %8.2f - %8.2f %+8.1f%s %s%n", r.set(), r.hardwareClass(), r.measured(),
                        r.predicted(), r.low(), r.high(), r.errorPct(), r.inRange() ? " " : "!", r.id());
            }
        }
        out.println("records by hardware class (fitting / held-out):");
        for (String[] c : SpeedEvaluation.countsByClass(rep)) out.printf(Locale.ROOT, "  %-28s %3s / %s%n", c[0], c[1], c[2]);
        out.println("Summary: decode tokens/s, absolute relative error (%); goal on held-out: median <= 25 %, range holds >= 80 %");
        out.printf(Locale.ROOT, "%-9s %5s %8s %8s %8s %14s %10s %12s%n", "set", "n", "median", "p90", "max", "within range", "prompt n", "prompt med");
        for (Summary s : rep.summaries()) {
            out.printf(Locale.ROOT, "%-9s %5d %8.1f %8.1f %8.1f %13.1f%% %10d %12.1f%n", s.set(), s.count(), s.medianPct(), s.p90Pct(),
                    s.maxPct(), s.withinRange() * 100, s.ppCount(), s.ppMedianPct());
        }
        for (String set : List.of(SpeedEvaluation.HELD_OUT, SpeedEvaluation.FITTING)) {
            out.println("worst " + set + " misses:");
            for (Result r : rep.worst(set, 6)) {
                out.printf(Locale.ROOT, "  %+7.1f%%  measured %.2f, ours %.2f (%.2f-%.2f)  %s  %s%n", r.errorPct(), r.measured(), r.predicted(),
                        r.low(), r.high(), r.label(), r.source());
            }
        }
        out.println();
    }

    static Map<String, Object> json(SpeedEvaluation.Report rep) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", rep.file());
        m.put("records", rep.records());
        m.put("summaries", rep.summaries());
        m.put("results", rep.results());
        return m;
    }
}
