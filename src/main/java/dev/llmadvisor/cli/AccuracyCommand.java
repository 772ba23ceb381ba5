package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Comparison;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Evaluated;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.SetResult;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Skipped;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Summary;
import dev.llmadvisor.eval.accuracy.ServingAccuracy;
import dev.llmadvisor.eval.accuracy.SpeedEvaluation;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Our sizes against published llama.cpp / Ollama logs, GGUF file sizes and a real llama.cpp's buffers. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Compare the sizing core with real engines' allocations and published decode speeds (eval/ datasets): per record and per part.")
final class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--logs", paramLabel = "FILE", description = "published load logs (default eval/accuracy/llamacpp-logs.yaml)")
    Path logs = Path.of("eval/accuracy/llamacpp-logs.yaml");

    @Option(names = "--sizes", paramLabel = "FILE", description = "published GGUF file sizes (default eval/accuracy/gguf-file-sizes.yaml)")
    Path sizes = Path.of("eval/accuracy/gguf-file-sizes.yaml");

    @Option(names = "--probe", paramLabel = "FILE", description = "real llama.cpp CPU runs (default eval/accuracy/llamacpp-probe.csv)")
    Path probe = Path.of("eval/accuracy/llamacpp-probe.csv");

    @Option(names = "--probe-held-out", paramLabel = "FILE",
            description = "real llama.cpp CPU runs of architectures the compute terms were not fitted on (default eval/accuracy/llamacpp-probe-heldout.csv)")
    Path probeHeldOut = Path.of("eval/accuracy/llamacpp-probe-heldout.csv");

    @Option(names = "--serving", paramLabel = "FILE", description = "published vLLM / SGLang start-up logs (default eval/accuracy/vllm-logs.yaml)")
    Path serving = Path.of("eval/accuracy/vllm-logs.yaml");

    @Option(names = "--speed", paramLabel = "FILE", description = "published decode speeds (default eval/accuracy/speed-measurements.yaml)")
    Path speed = Path.of("eval/accuracy/speed-measurements.yaml");

    @Mixin
    SourceOptions sources;

    @Option(names = "--summary", description = "print only the summaries and the skipped records")
    boolean summaryOnly;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Knowledge k = sources.knowledge();
        for (Path p : List.of(logs, sizes, probe, probeHeldOut, serving, speed)) {
            if (!Files.isRegularFile(p)) throw new InputError("dataset not found: " + p + " (run from the project folder or pass --logs/--sizes/--probe/--probe-held-out/--serving/--speed)");
        }
        List<SetResult> sets = List.of(
                AccuracyEvaluation.logs(logs, k),
                AccuracyEvaluation.fileSizes(sizes, k),
                AccuracyEvaluation.probe(probe, k),
                AccuracyEvaluation.probe(AccuracyEvaluation.PROBE_HELD_OUT, probeHeldOut, k));
        ServingAccuracy.Result served = ServingAccuracy.evaluate(serving, k);
        SpeedEvaluation.Report speedReport = SpeedEvaluation.run(speed, k);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("targets_pct", targets());
            out.put("sets", sets);
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("file", served.file());
            sv.put("target_pct", ServingAccuracy.TARGET_PCT);
            sv.put("rows", served.rows());
            sv.put("fitting", served.summary("fitting"));
            sv.put("held_out", served.summary("held_out"));
            sv.put("skipped", served.skipped());
            out.put("serving", sv);
            Map<String, Object> evidence = new LinkedHashMap<>();
            for (SetResult s : sets) {
                Map<String, String> parts = new LinkedHashMap<>();
                for (AccuracyEvaluation.Part p : AccuracyEvaluation.Part.values()) parts.put(p.name().toLowerCase(Locale.ROOT), AccuracyEvaluation.evidence(s.set(), p));
                evidence.put(s.set(), parts);
            }
            out.put("evidence", evidence);
            out.put("speed", SpeedAccuracyPrinter.json(speedReport));
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            print(System.out, sets, summaryOnly);
            printServing(System.out, served, summaryOnly);
            System.out.println();
            SpeedAccuracyPrinter.print(System.out, speedReport, summaryOnly);
        }
        return 0;
    }

    static void printServing(PrintStream out, ServingAccuracy.Result r, boolean summaryOnly) {
        out.println();
        out.printf(Locale.ROOT, "== vLLM/SGLang KV cache (%s): %d records; predicted from the logged model, GPU, utilization,"
                + " max_model_len and KV dtype%n", r.file(), r.rows().size());
        if (!summaryOnly) {
            out.printf(Locale.ROOT, "%-36s %-8s %-9s %-11s %12s %12s %9s %s%n", "record", "engine", "split", "measure", "published", "ours", "err%", "starts (log/ours)");
            for (ServingAccuracy.Row x : r.rows()) {
                out.printf(Locale.ROOT, "%-36s %-8s %-9s %-11s %12.2f %12.2f %+9.1f %s/%s%n", x.id(), x.engine(), x.split(), x.measure(),
                        x.published(), x.ours(), x.errorPct(), x.publishedFits() ? "yes" : "no", x.oursFits() ? "yes" : "no");
            }
        }
        for (String s : r.skipped()) out.println("  skipped " + s);
        for (String split : List.of("fitting", "held_out")) {
            ServingAccuracy.Summary s = r.summary(split);
            out.printf(Locale.ROOT, "vllm-kv     %-8s n=%d median %.1f%% max %.1f%%; within %.0f%% (and same start/refuse verdict): %d of %d;"
                    + " verdicts agree %d of %d%n", split, s.count(), s.medianPct(), s.maxPct(), ServingAccuracy.TARGET_PCT, s.within10(),
                    s.count(), s.verdictsAgree(), s.count());
        }
    }

    private static Map<String, Double> targets() {
        Map<String, Double> t = new LinkedHashMap<>();
        for (AccuracyEvaluation.Part p : AccuracyEvaluation.Part.values()) t.put(p.name().toLowerCase(Locale.ROOT), p.targetPct());
        return t;
    }

    static void print(PrintStream out, List<SetResult> sets, boolean summaryOnly) {
        for (SetResult s : sets) {
            out.printf(Locale.ROOT, "== %s (%s): %d records, %d evaluated, %d skipped%n", s.set(), s.file(), s.records(),
                    s.evaluated().size(), s.skipped().size());
            if (!summaryOnly) {
                out.printf(Locale.ROOT, "%-46s %-8s %-10s %12s %12s %8s%n", "record", "part", "device", "published", "ours", "err%");
                for (Evaluated e : s.evaluated()) {
                    out.printf(Locale.ROOT, "%s  [%s; %s]%s%n", e.id(), e.model(), e.settings(), e.note().isEmpty() ? "" : "  " + e.note());
                    List<Comparison> all = new ArrayList<>(e.parts());
                    all.addAll(e.devices());
                    for (Comparison c : all) {
                        out.printf(Locale.ROOT, "%-46s %-8s %-10s %12.2f %12.2f %+8.2f%n", "", c.part().name().toLowerCase(Locale.ROOT),
                                c.device() == null ? "all" : c.device(), c.publishedMib(), c.oursMib(), c.errorPct());
                    }
                }
            }
            for (Skipped k : s.skipped()) out.printf(Locale.ROOT, "  skipped %s: %s%n", k.id(), k.reason());
            out.println();
        }
        out.println("Summary: absolute relative error (%) per part; target = the issue's bound on the median");
        out.println("evidence: independent = published file sizes and logs, or the real engine's own allocation;");
        out.println("          self-check = compared with files written from our own tensor layout (agrees by construction);");
        out.println("          in-sample = the real engine's figure, but our terms were fitted on these same runs;");
        out.println("          held-out = the real engine's figure for architectures our terms were not fitted on");
        out.printf(Locale.ROOT, "%-14s %-8s %-11s %5s %8s %8s %8s %8s %7s %s%n", "set", "part", "evidence", "n", "median", "p90", "max", "target", "within",
                "median meets target");
        for (SetResult s : sets) {
            for (Summary m : s.summaries()) {
                out.printf(Locale.ROOT, "%-14s %-8s %-11s %5d %8.2f %8.2f %8.2f %8.1f %6.0f%% %s%n", s.set(), m.part().name().toLowerCase(Locale.ROOT),
                        AccuracyEvaluation.evidence(s.set(), m.part()), m.count(), m.medianPct(), m.p90Pct(), m.maxPct(), m.targetPct(),
                        m.withinTarget() * 100, m.medianMeetsTarget() ? "yes" : "NO");
            }
        }
        int evaluated = sets.stream().mapToInt(x -> x.evaluated().size()).sum();
        int records = sets.stream().mapToInt(SetResult::records).sum();
        out.printf(Locale.ROOT, "%d of %d records evaluated (%s)%n", evaluated, records,
                String.join(", ", sets.stream().map(x -> x.set() + " " + x.evaluated().size() + "/" + x.records()).toList()));
    }
}
