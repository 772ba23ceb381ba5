package dev.llmadvisor.engine;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Quantizer;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

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

    @TempDir
    static Path dir;

    @BeforeAll
    static void node() throws Exception {
        String why = LlamaCppProbe.whyUnavailable();
        assumeTrue(why == null, () -> "skipping real llama.cpp tests: " + why);
        probe = LlamaCppProbe.locate();
        probe.ensureInstalled();
    }

    static Stream<Arguments> models() {
        return ModelShapes.main().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void llamaCppLoadsTheFileAndItsModelBufferIsOurTensorBytes(String label, ModelArch arch) throws Exception {
        WeightFormat format = WeightFormat.Q4_K_M;
        long ours = Quantizer.quantize(arch, format).totalBytes();
        GgufWriter.Written w = GgufWriter.write(arch, format, dir.resolve(label + ".gguf"));

        EngineReport r = probe.run(w.path(), LlamaCppProbe.Params.of(512));

        double model = r.modelTotalMib();
        System.out.printf("%s: llama.cpp model %s = %.2f MiB; written tensors %.2f MiB (padded %.2f); TensorTable %.2f MiB; diff %+.3f%%%n",
                label, r.modelMib(), model, w.tensorMib(), w.paddedMib(), ours / 1048576.0,
                100 * (model - ours / 1048576.0) / (ours / 1048576.0));
        assertThat(r.modelMib()).containsKey("CPU_Mapped");
        assertThat(model).as("llama.cpp model buffer vs TensorTable.totalBytes() of %s", label)
                .isCloseTo(ours / 1048576.0, within(0.005 * ours / 1048576.0));
        // the mapped buffer spans the tensor data as written, alignment padding included (MiB printed with 2 decimals)
        assertThat(model).isCloseTo(w.paddedMib(), within(0.011));

        assertThat(r.nCtx()).isEqualTo(512);
        assertThat(r.kv()).isNotEmpty();
        assertThat(r.computeTotalMib()).isPositive();
    }
}
