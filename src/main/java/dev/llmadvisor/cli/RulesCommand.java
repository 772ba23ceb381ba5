package dev.llmadvisor.cli;

import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.llm.LlmSettings;
import dev.llmadvisor.rules.CompileCache;
import dev.llmadvisor.rules.RuleCompileException;
import dev.llmadvisor.rules.RuleError;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Tools for rule authors. */
@Command(name = "rules", description = "Tools for rule authors.", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Check.class})
final class RulesCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Use: rules check [DIR]");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compile a rules folder and list its rules, or its errors with file and line; then run the facts of the",
                    "golden scenarios through it to catch a rule that loops or throws before it ships.",
                    "Exit code 0 OK, 1 compile errors or a failing rule, 2 the folder cannot be read."})
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "rules folder (default: rules)")
        Path dir = Path.of("rules");

        @Option(names = "--scenarios", paramLabel = "DIR", description = "scenario files or folders whose facts the rules must decide (default: scenarios, when present)")
        List<Path> scenarios;

        @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge folder (default: ./knowledge or the embedded one)")
        Path knowledgeDir;

        @Option(names = "--max-firings", paramLabel = "N", description = "rule firings allowed per question (default 0: 2000 + 20 per candidate)")
        int maxFirings = RulesEngine.Limits.DEFAULT.maxFirings();

        @Option(names = "--rule-timeout", paramLabel = "MS", description = "rule evaluation time allowed per question in ms (default ${DEFAULT-VALUE})")
        long ruleTimeoutMs = RulesEngine.Limits.DEFAULT.timeout().toMillis();

        @Option(names = "--no-probe", description = "only compile; do not run the scenarios' facts")
        boolean noProbe;

        @Override
        public Integer call() {
            SourceOptions limits = new SourceOptions();
            limits.maxFirings = maxFirings;
            limits.ruleTimeoutMs = ruleTimeoutMs;
            RulesEngine.Limits lim = limits.limits();
            List<Path> sc = scenarios != null ? scenarios : Files.isDirectory(Path.of("scenarios")) ? List.of(Path.of("scenarios")) : List.of();
            // A rule set already checked against the same scenarios and knowledge need not be checked again.
            List<Path> inputs = new ArrayList<>(List.of(dir));
            inputs.addAll(sc);
            inputs.add(knowledgeDir != null ? knowledgeDir : Path.of("knowledge"));
            String checkedKey = noProbe || sc.isEmpty() ? null : CompileCache.keyOf(inputs, "rules-check " + lim);
            boolean checkedBefore = checkedKey != null && CompileCache.recorded(checkedKey);
            // The scenarios' facts are built (knowledge, parser, sizing) while the rules compile.
            FutureTask<List<RulesEngine.Probe>> probes = new FutureTask<>(() -> {
                if (noProbe || sc.isEmpty() || checkedBefore) return List.of();
                Knowledge k = Inputs.knowledge(knowledgeDir);
                return Probes.scenarios(sc, Assembly.parser(k, LlmSettings.disabled()), new FactBuilder(k));
            });
            Thread t = new Thread(probes, "probe-facts");
            t.setDaemon(true);
            t.start();
            RuleSet rs;
            int files;
            try {
                rs = RuleSet.compile(dir);
                files = RuleSet.read(dir).size();
            } catch (RuleCompileException e) {
                for (RuleError err : e.errors()) System.err.println(err);
                System.err.println(e.errors().size() + " error(s) in " + dir);
                return 1;
            } catch (IOException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
            for (Map.Entry<String, String> r : rs.rules().entrySet()) {
                System.out.println("  " + r.getKey() + (r.getValue().isEmpty() ? "  (no @source)" : "  [" + r.getValue() + "]"));
            }
            System.out.printf(Locale.ROOT, "%d rules in %s, %s in %d ms%n", rs.rules().size(), dir, switch (rs.provenance()) {
                case PRECOMPILED -> "the shipped rules, compiled at build time, loaded";
                case CACHED -> "compiled earlier (cache), loaded";
                case COMPILED -> "compiled now (cached for next time)";
                case INTERPRETED -> "built now by the interpreted build" + (rs.builtFiles().size() < files
                        ? " of the " + rs.builtFiles().size() + " file(s) that differ from the shipped rules, the others loaded compiled" : "")
                        + " (the compiled model is cached for next time)";
            }, rs.loadNanos() / 1_000_000);
            List<RulesEngine.Probe> facts;
            try {
                facts = probes.get();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                System.err.println("error: cannot build the scenarios' facts: " + c.getMessage());
                return 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
            if (!facts.isEmpty()) {
                long t0 = System.nanoTime();
                List<RuleError> errors = new ArrayList<>(RulesEngine.check(rs, facts, lim));
                if (!errors.isEmpty()) {
                    for (RuleError err : errors.subList(0, Math.min(errors.size(), 20))) System.err.println(err);
                    long failing = errors.stream().filter(e -> !e.message().startsWith("stopped after")).count();
                    System.err.println(failing + (failing < errors.size() ? " (or more)" : "") + " of " + facts.size() + " scenario questions fail on " + dir);
                    return 1;
                }
                System.out.printf(Locale.ROOT, "decided the facts of %d scenario questions (%s) without a loop or an error in %d ms%n",
                        facts.size(), String.join(", ", sc.stream().map(Path::toString).toList()), (System.nanoTime() - t0) / 1_000_000);
                if (checkedKey != null) CompileCache.record(checkedKey);
            } else if (checkedBefore) {
                System.out.println("these rules already decided the facts of the same scenarios without a loop or an error (cached check)");
            }
            System.out.println("OK: " + rs.rules().size() + " rules in " + dir);
            return 0;
        }
    }
}
