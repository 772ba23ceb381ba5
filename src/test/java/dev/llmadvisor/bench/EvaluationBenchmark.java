package dev.llmadvisor.bench;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.eval.scenario.Evaluator;
import dev.llmadvisor.eval.scenario.Scenario;
import dev.llmadvisor.eval.scenario.ScenarioLoader;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scenarios per second over the golden suite (scenarios/) on the embedded rules, as {@code evaluate} runs
 * them: every scenario asked (with its follow-ups) and checked. {@code suite} runs the whole suite on as
 * many threads as there are processors, the way the command does; {@code oneThread} runs it on one.
 * The score is in scenarios per second (one operation = one scenario).
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.Jmh \
 *     -Dexec.args="EvaluationBenchmark -f 1 -wi 2 -i 3"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class EvaluationBenchmark {

    /** The size of the golden suite when this was written; the suite is checked against it at setup. */
    static final int SUITE = 496;

    private Evaluator.Subject subject;
    private List<Scenario> scenarios;
    private Evaluator parallel;
    private Evaluator single;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ScenarioLoader.Loaded loaded = new ScenarioLoader().load(List.of(Path.of("scenarios")));
        if (!loaded.errors().isEmpty()) throw new IllegalStateException("bad scenario files: " + loaded.errors());
        scenarios = loaded.scenarios();
        if (scenarios.size() != SUITE) {
            throw new IllegalStateException("the golden suite has " + scenarios.size() + " scenarios; update EvaluationBenchmark.SUITE");
        }
        Knowledge k = Knowledge.embedded();
        RuleSet rules = RuleSet.embedded();
        QuestionParser parser = new QuestionParser(dev.llmadvisor.cli.Assembly.vocabulary(k));
        RuleAdvisor advisor = new RuleAdvisor(parser::parse, new FactBuilder(k), RulesEngine.of(rules));
        subject = new Evaluator.Subject("embedded", advisor, rules);
        parallel = new Evaluator(Runtime.getRuntime().availableProcessors());
        single = new Evaluator(1);
    }

    @Benchmark
    @OperationsPerInvocation(SUITE)
    public void suite(Blackhole bh) {
        bh.consume(parallel.run(subject, scenarios, n -> { }));
    }

    @Benchmark
    @OperationsPerInvocation(SUITE)
    public void oneThread(Blackhole bh) {
        bh.consume(single.run(subject, scenarios, n -> { }));
    }
}
