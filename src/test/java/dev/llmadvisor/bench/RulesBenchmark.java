package dev.llmadvisor.bench;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The rules: {@code compile} is compiling the rule set in rules/ (single shot: each measurement is one compile,
 * as at start-up or on a hot reload); {@code ask} is one question answered warm through RuleAdvisor (parse, facts
 * with sizing, rules, reply), sampled so JMH reports p50/p99. Goal: p50 &lt; 2 ms, p99 &lt; 10 ms on 2 cores.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.Jmh -Dexec.args="RulesBenchmark -f 1 -wi 2 -i 3"</pre>
 */
@State(Scope.Benchmark)
@Fork(1)
public class RulesBenchmark {

    /** A mix of question kinds: what can run on 8/16/24 GB, can a named model run on 1-2 GPUs, memory needed. */
    static final String[] WHAT_CAN_RUN = {
            "What can I run on 8GB VRAM?",
            "which models can I run with a 16 GB card and 32 GB RAM",
            "best model for coding on an RTX 4090 24GB",
            "我有一张24G显卡，能跑什么模型？",
    };
    static final String[] CAN_RUN = {
            "Can I run qwen3-32b on 2x RTX 3090?",
            "can llama3.1 70b run on a single 4090?",
            "can I run gemma3 27b q4_k_m on my RTX 4060 Ti 16GB",
    };
    static final String[] MEMORY_NEEDED = {
            "how much memory does qwen3-14b need at 32k context?",
            "memory needed for mistral small 24b in Q8_0",
    };

    /** Which questions {@code ask} cycles through: the mix (default), or one kind (-p kind=can-run). */
    @Param({"mix"})
    String kind;

    String[] questions;

    Path rulesDir;
    RuleAdvisor advisor;
    long n;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path kd = Path.of("knowledge");
        Knowledge k = Files.isDirectory(kd) ? Knowledge.load(kd) : Knowledge.embedded();
        rulesDir = Path.of("rules");
        RuleSet rules = Files.isDirectory(rulesDir) ? RuleSet.compile(rulesDir) : RuleSet.embedded();
        QuestionParser parser = new QuestionParser(Assembly.vocabulary(k));
        advisor = new RuleAdvisor(parser::parse, new FactBuilder(k), RulesEngine.of(rules));
        questions = switch (kind) {
            case "what-can-run" -> WHAT_CAN_RUN;
            case "can-run" -> CAN_RUN;
            case "memory-needed" -> MEMORY_NEEDED;
            case "mix" -> new String[] {WHAT_CAN_RUN[0], CAN_RUN[0], MEMORY_NEEDED[0], WHAT_CAN_RUN[1], CAN_RUN[1],
                    MEMORY_NEEDED[1], WHAT_CAN_RUN[2], CAN_RUN[2], WHAT_CAN_RUN[3]};
            default -> throw new IllegalArgumentException("kind is mix, what-can-run, can-run or memory-needed: " + kind);
        };
        for (String q : questions) {
            Reply r = advisor.ask("check", q);
            if (r == null || r.headline() == null) throw new IllegalStateException("no answer to " + q);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RuleSet compile() throws Exception {
        return RuleSet.compile(rulesDir);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Reply ask() {
        long i = n++;
        // A new conversation each time, so no question inherits another's hardware or model.
        return advisor.ask("bench-" + i, questions[(int) (i % questions.length)]);
    }
}
