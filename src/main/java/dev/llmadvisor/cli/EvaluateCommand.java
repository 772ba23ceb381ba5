package dev.llmadvisor.cli;

import dev.llmadvisor.eval.scenario.Comparison;
import dev.llmadvisor.eval.scenario.ConsoleReport;
import dev.llmadvisor.eval.scenario.Evaluator;
import dev.llmadvisor.eval.scenario.HtmlReport;
import dev.llmadvisor.eval.scenario.JUnitReport;
import dev.llmadvisor.eval.scenario.JsonReport;
import dev.llmadvisor.eval.scenario.Report;
import dev.llmadvisor.eval.scenario.ScenarioLoader;
import dev.llmadvisor.knowledge.InputError;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs golden scenarios through a rule set (and optionally a second one) and reports what passed. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Run scenario files through the rules and report pass/fail, rule coverage and timing.",
                "Exit code 0 when every scenario passes (known failures excluded), 1 otherwise or when a scenario file is bad."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { console, json, junit, html }

    @Parameters(paramLabel = "SCENARIOS", arity = "1..*", description = "scenario files or folders of them (*.yaml, *.yml, *.json)")
    List<Path> scenarios;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: ./rules or the embedded rules)")
    Path rulesDir;

    @Option(names = "--against", paramLabel = "OTHER_RULES_DIR", description = "also run this rules folder and report what changes")
    Path againstDir;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge folder (default: ./knowledge or the embedded one)")
    Path knowledgeDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", description = "console, json, junit or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "scenarios run in parallel (default: the number of processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "console format: list every scenario")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = new ScenarioLoader().load(scenarios);
        if (loaded.scenarios().isEmpty() && loaded.errors().isEmpty()) throw new InputError("no scenarios found in " + scenarios);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Evaluator evaluator = new Evaluator(n);
        Report base = run(evaluator, Assembly.of(knowledgeDir, rulesDir), loaded, n, null);
        Report report = base;
        if (againstDir != null) {
            Report other = run(evaluator, Assembly.of(knowledgeDir, againstDir), loaded, n, againstDir.toString());
            report = new Report(base.rulesOrigin(), base.results(), base.loadErrors(), base.ruleSources(), base.wallNanos(), n,
                    Comparison.of(base, other));
        }
        String text = switch (format) {
            case console -> ConsoleReport.render(report, verbose);
            case json -> JsonReport.render(report);
            case junit -> JUnitReport.render(report);
            case html -> HtmlReport.render(report);
        };
        if (out != null) {
            try {
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputError("cannot write " + out + ": " + e.getMessage());
            }
            System.err.printf("%s: %d passed, %d failed, %d known failures, %d file errors; report in %s%n",
                    report.ok() ? "OK" : "FAILED", report.count(Evaluator.Status.PASS) + report.count(Evaluator.Status.FIXED),
                    report.count(Evaluator.Status.FAIL), report.count(Evaluator.Status.KNOWN_FAILURE), report.loadErrors().size(), out);
        } else {
            System.out.print(text);
            System.out.flush();
        }
        if (format != Format.console && !report.loadErrors().isEmpty()) {
            for (ScenarioLoader.LoadError e : report.loadErrors()) System.err.println("error: " + e);
        }
        return report.exitCode();
    }

    private Report run(Evaluator evaluator, Assembly a, ScenarioLoader.Loaded loaded, int n, String label) {
        String origin = label != null ? label : a.rules().rules().origin();
        boolean bar = !quiet && System.console() != null && loaded.scenarios().size() > 1;
        long t0 = System.nanoTime();
        List<Evaluator.Result> results;
        if (bar) {
            try (ProgressBar pb = new ProgressBarBuilder().setTaskName("evaluate " + shorten(origin)).setInitialMax(loaded.scenarios().size())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(100)
                    .continuousUpdate().build()) {
                results = evaluator.run(new Evaluator.Subject(origin, a.advisor(), a.rules().rules()), loaded.scenarios(), done -> pb.stepTo(done));
            }
        } else {
            results = evaluator.run(new Evaluator.Subject(origin, a.advisor(), a.rules().rules()), loaded.scenarios(), done -> { });
        }
        long wall = System.nanoTime() - t0;
        return new Report(origin, results, loaded.errors(), a.rules().rules().rules(), wall, n, null);
    }

    private static String shorten(String s) { return s.length() <= 24 ? s : "…" + s.substring(s.length() - 23); }
}
