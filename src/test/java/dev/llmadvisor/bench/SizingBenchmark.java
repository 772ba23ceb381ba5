package dev.llmadvisor.bench;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sizing core over the whole catalog (knowledge/models) x the format ladder x 4k/32k/128k contexts on one
 * fixed machine (one 24 GB CUDA card + 64 GB RAM), with the best placement searched as the advisor does.
 * {@code estimate}: one estimate (prebuilt tensor tables), in estimates per second. {@code sweep}: all of them,
 * time per full sweep. {@code sweepWithTensorTables}: the sweep including quantizing every model's tensor table
 * (what a cold start pays once).
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.Jmh -Dexec.args="SizingBenchmark -f 1 -wi 2 -i 3"</pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SizingBenchmark {

    static final List<WeightFormat> LADDER = List.of(WeightFormat.F16, WeightFormat.Q8_0, WeightFormat.Q6_K,
            WeightFormat.Q5_K_M, WeightFormat.Q4_K_M, WeightFormat.Q3_K_M, WeightFormat.Q2_K);
    static final int[] CONTEXTS = {4096, 32768, 131072};

    List<ModelEntry> models;
    List<ModelSpec> specs;
    RunConfig[] runs;
    Hardware machine;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        Path dir = Path.of("knowledge");
        Knowledge k = Files.isDirectory(dir) ? Knowledge.load(dir) : Knowledge.embedded();
        models = k.models().all();
        specs = new ArrayList<>();
        for (ModelEntry m : models) for (WeightFormat f : LADDER) specs.add(ModelSpec.of(m.id(), m.arch(), f));
        runs = new RunConfig[CONTEXTS.length];
        for (int i = 0; i < CONTEXTS.length; i++) runs[i] = RunConfig.of(CONTEXTS[i]);
        machine = Hardware.of(List.of(Device.gpu("RTX 4090", Device.Backend.CUDA, 24, 1008)), Units.gib(64));
        System.out.printf("%nsweep = %d models x %d formats x %d contexts = %d estimates%n", models.size(), LADDER.size(),
                CONTEXTS.length, specs.size() * CONTEXTS.length);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Estimate estimate() {
        int i = next++;
        if (next >= specs.size() * CONTEXTS.length) next = 0;
        return Sizer.estimate(specs.get(i / CONTEXTS.length), runs[i % CONTEXTS.length], machine);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void sweep(Blackhole bh) {
        for (ModelSpec s : specs) for (RunConfig r : runs) bh.consume(Sizer.estimate(s, r, machine));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void sweepWithTensorTables(Blackhole bh) {
        for (ModelEntry m : models) {
            for (WeightFormat f : LADDER) {
                ModelSpec s = ModelSpec.of(m.id(), m.arch(), f);
                for (RunConfig r : runs) bh.consume(Sizer.estimate(s, r, machine));
            }
        }
    }
}
