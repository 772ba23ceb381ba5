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

    /**
     * The KV cache as llama.cpp sizes it: n_ctx padded up to a multiple of 256 and split evenly over the
     * parallel sequences (kv_unified off, llama.node's and llama.cpp's library default), each layer holding
     * cells x (K width + V width) values; sliding-window layers (gemma3) hold
     * pad256(min(n_ctx_seq, window + n_ubatch)) cells per sequence; MLA (deepseek2) one latent K row of
     * kv_lora + rope values per token and NO separate V cache (b10257 reads V as a view of the first kv_lora
     * values of K) -- note {@link ModelArch#kvWidthV} still counts kv_lora values of V for MLA.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void kvCacheIsPaddedContextTimesLayerWidths(String label, ModelArch arch) throws Exception {
        GgufWriter.Written w = GgufWriter.write(arch, WeightFormat.Q4_K_M, dir.resolve(label + "-kv.gguf"));
        int nSeq = 2;
        int ubatch = 256;
        EngineReport r = probe.run(w.path(), LlamaCppProbe.Params.of(3000).ubatch(ubatch).parallel(nSeq).flash(true));

        int nCtx = 3072; // 3000 padded to 256, then n_ctx_seq 1500 padded to 1536, times 2 sequences
        int cellsPerSeq = 1536;
        assertThat(r.nCtx()).isEqualTo(nCtx);
        assertThat(r.nCtxSeq()).isEqualTo(cellsPerSeq);
        int swaCells = 0;
        if (arch.slidingWindow() != null) {
            swaCells = (int) GgufWriter.align256(Math.min(cellsPerSeq, arch.slidingWindow().window() + ubatch));
        }
        double full = 0, swa = 0;
        for (int il = 0; il < arch.layers(); il++) {
            long vWidth = arch.mla() != null ? 0 : arch.kvWidthV(il);
            double perCell = (arch.kvWidthK(il) + vWidth) * 2.0; // f16
            if (arch.isSlidingLayer(il)) swa += perCell * swaCells * nSeq;
            else full += perCell * cellsPerSeq * nSeq;
        }
        System.out.printf("%s: KV full %.2f MiB (ours %.2f), swa %.2f MiB (ours %.2f), cells %d/%d%n", label,
                r.kvMib(false), full / 1048576, r.kvMib(true), swa / 1048576, r.kvCells(false), r.kvCells(true));
        assertThat(r.kvCells(false)).isEqualTo(cellsPerSeq);
        assertThat(r.kvMib(false)).isCloseTo(full / 1048576, within(0.01));
        assertThat(r.kvCells(true)).isEqualTo(swaCells);
        assertThat(r.kvMib(true)).isCloseTo(swa / 1048576, within(0.01));
    }
}
