package dev.llmadvisor.engine;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Quantizer;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import dev.llmadvisor.sizing.Estimate;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.RunConfig;
import dev.llmadvisor.sizing.Sizer;
import dev.llmadvisor.sizing.Units;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Holds the sizing core against a real llama.cpp (b10257, CPU build, npm @fugood/llama.node 1.7.15): each
 * architecture is written by {@link GgufWriter} as a zero-weight GGUF with real model shapes, loaded with
 * mmap, and llama.cpp's own model buffer must equal the bytes of {@link Quantizer#quantize}'s tensors.
 * Skipped when node is not on PATH (CI installs it).
 */
class RealLlamaCppTest {

    private static LlamaCppProbe probe;
    private static String unavailable;

    @TempDir
    static Path dir;

    @BeforeAll
    static void node() throws Exception {
        unavailable = LlamaCppProbe.whyUnavailable();
        if (unavailable != null) {
            System.err.println("RealLlamaCppTest skipped: " + unavailable);
            return;
        }
        probe = LlamaCppProbe.locate();
        probe.ensureInstalled();
    }

    /** Per test, so that each one is reported as skipped with the reason. */
    @BeforeEach
    void needsNode() {
        assumeTrue(unavailable == null, () -> "skipping real llama.cpp test: " + unavailable);
    }

    static Stream<Arguments> models() {
        return ModelShapes.main().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** What was written and what llama.cpp reported for it: one engine run per model serves both tests. */
    record Loaded(GgufWriter.Written written, EngineReport report) { }

    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    /** llama.cpp -c 3000 -np 2 -ub 256 -fa on: our 1500 tokens per sequence in 2 streams. */
    private static Loaded load(String label, ModelArch arch) throws Exception {
        Loaded l = LOADED.get(label);
        if (l != null) return l;
        GgufWriter.Written w = GgufWriter.write(arch, WeightFormat.Q4_K_M, dir.resolve(label + ".gguf"));
        l = new Loaded(w, probe.run(w.path(), LlamaCppProbe.Params.of(3000).ubatch(256).parallel(2).flash(true)));
        LOADED.put(label, l);
        return l;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void llamaCppLoadsTheFileAndItsModelBufferIsOurTensorBytes(String label, ModelArch arch) throws Exception {
        WeightFormat format = WeightFormat.Q4_K_M;
        long ours = Quantizer.quantize(arch, format).totalBytes();
        Loaded l = load(label, arch);
        GgufWriter.Written w = l.written();
        EngineReport r = l.report();

        double model = r.modelTotalMib();
        System.out.printf("%s: llama.cpp model %s = %.2f MiB; written tensors %.2f MiB (padded %.2f); TensorTable %.2f MiB; diff %+.3f%%%n",
                label, r.modelMib(), model, w.tensorMib(), w.paddedMib(), ours / 1048576.0,
                100 * (model - ours / 1048576.0) / (ours / 1048576.0));
        assertThat(r.modelMib()).containsKey("CPU_Mapped");
        assertThat(model).as("llama.cpp model buffer vs TensorTable.totalBytes() of %s", label)
                .isCloseTo(ours / 1048576.0, within(0.005 * ours / 1048576.0));
        // the mapped buffer spans the tensor data as written, alignment padding included (MiB printed with 2 decimals)
        assertThat(model).isCloseTo(w.paddedMib(), within(0.011));

        assertThat(r.nCtx()).isEqualTo(3072); // 2 x pad256(1500)
        assertThat(r.kv()).isNotEmpty();
        assertThat(r.computeTotalMib()).isPositive();
    }

    /**
     * The sizing core against the engine for the same file and settings ({@link #load}): llama.cpp -c 3000 -np 2
     * -ub 256 is our 1500 tokens per sequence in 2 streams. KV (full and sliding-window caches) must agree exactly; the
     * CPU compute buffer within 15% (eval/accuracy/llamacpp-probe.md: the fitted terms are within 14% on every model).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void sizingCoreMatchesTheEnginesKvAndComputeBuffers(String label, ModelArch arch) throws Exception {
        EngineReport r = load(label, arch).report();

        RunConfig run = new RunConfig(1500, 2048, 256, 2, KvCacheType.F16, true);
        Estimate e = Sizer.place(ModelSpec.of(label, arch, WeightFormat.Q4_K_M), run, Hardware.of(List.of(), Units.gib(64)), 0, 0);
        double ourKv = Units.toMib(e.kvBytes());
        double engineKv = r.kvMib(false) + r.kvMib(true);
        double ourCompute = Units.toMib(e.computeBytes());
        System.out.printf("%s: KV engine %.2f MiB, ours %.2f; compute engine %.2f MiB, ours %.2f%n",
                label, engineKv, ourKv, r.computeTotalMib(), ourCompute);
        assertThat(r.nCtxSeq()).isEqualTo(1536);
        assertThat(ourKv).as("KV of %s", label).isCloseTo(engineKv, within(0.01));
        assertThat(ourCompute).as("compute of %s", label).isCloseTo(r.computeTotalMib(), within(r.computeTotalMib() * 0.15));
    }
}
