package dev.llmadvisor.eval.accuracy;

import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Comparison;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Evaluated;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Part;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.SetResult;
import dev.llmadvisor.eval.accuracy.AccuracyEvaluation.Summary;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The accuracy targets over the three eval/ datasets: median absolute error of weights <= 2 %,
 * KV <= 1 %, compute buffers <= 20 %, total <= 5 %, wherever the part is measured; and exact spot checks.
 */
class AccuracyTest {

    static SetResult logs;
    static SetResult sizes;
    static SetResult probe;
    static SetResult heldOutProbe;

    @BeforeAll
    static void evaluate() {
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        logs = AccuracyEvaluation.logs(Path.of("eval/accuracy/llamacpp-logs.yaml"), k);
        sizes = AccuracyEvaluation.fileSizes(Path.of("eval/accuracy/gguf-file-sizes.yaml"), k);
        probe = AccuracyEvaluation.probe(Path.of("eval/accuracy/llamacpp-probe.csv"), k);
        heldOutProbe = AccuracyEvaluation.probe(AccuracyEvaluation.PROBE_HELD_OUT, Path.of("eval/accuracy/llamacpp-probe-heldout.csv"), k);
    }

    private static void assertMedianMeetsTarget(SetResult set, Part part) {
        Summary s = set.summary(part).orElseThrow(() -> new AssertionError(set.set() + " has no " + part + " figures"));
        assertThat(s.medianPct())
                .as("%s %s: median |error| %.2f %% (p90 %.2f %%, max %.2f %%, n %d) vs target %.1f %%", set.set(), part,
                        s.medianPct(), s.p90Pct(), s.maxPct(), s.count(), s.targetPct())
                .isLessThanOrEqualTo(part.targetPct());
    }

    @Test
    void everyRecordIsEvaluatedOrSkippedWithAReason() {
        for (SetResult s : List.of(logs, sizes, probe, heldOutProbe)) {
            assertThat(s.evaluated().size() + s.skipped().size()).as(s.set()).isEqualTo(s.records());
            assertThat(s.skipped()).allSatisfy(k -> assertThat(k.reason()).isNotBlank());
        }
        assertThat(logs.records()).isEqualTo(20);
        assertThat(sizes.records()).isEqualTo(50);
        assertThat(probe.records()).isEqualTo(274);
        assertThat(probe.evaluated()).hasSize(263);
        assertThat(heldOutProbe.records()).isEqualTo(180);
        // the 12 skipped are command-r7b: our cohere2 layout has an ffn_norm per layer that llama.cpp's does not
        assertThat(heldOutProbe.skipped()).hasSize(12).allSatisfy(k -> assertThat(k.id()).startsWith("command-r7b"));
    }

    @Test
    void theNumberOfRecordsEvaluatedIsPinned() {
        // A change that evaluates fewer records (or skips one that used to count) must show up here.
        assertThat(logs.evaluated()).as("log records evaluated").hasSize(7);
        assertThat(sizes.evaluated()).as("file sizes evaluated").hasSize(46);
        assertThat(probe.evaluated()).as("probe runs evaluated").hasSize(263);
        assertThat(heldOutProbe.evaluated()).as("held-out probe runs evaluated").hasSize(168);
    }

    /** The tails as measured when this was written: a change that makes them worse fails. */
    @Test
    void p90sArePinned() {
        assertP90(sizes, Part.WEIGHTS, 0.25);
        assertP90(probe, Part.WEIGHTS, 0.5);
        assertP90(probe, Part.KV, 0.1);
        assertP90(probe, Part.COMPUTE, 8.0);
        assertP90(probe, Part.TOTAL, 2.0);
        assertP90(heldOutProbe, Part.KV, 0.01);
        assertP90(heldOutProbe, Part.COMPUTE, 4.0);
        assertP90(logs, Part.WEIGHTS, 6.0);
        assertP90(logs, Part.KV, 48.0);
        assertP90(logs, Part.COMPUTE, 57.0);
        assertP90(logs, Part.TOTAL, 6.0);
    }

    private static void assertP90(SetResult set, Part part, double bound) {
        Summary s = set.summary(part).orElseThrow(() -> new AssertionError(set.set() + " has no " + part + " figures"));
        assertThat(s.p90Pct()).as("%s %s p90 (n %d)", set.set(), part, s.count()).isLessThanOrEqualTo(bound);
    }

    /** A probe CSV passed with --probe / --probe-held-out that is not one the calibration wrote: a message naming the file. */
    @Test
    void aMalformedProbeFileIsNamedNotAStackTrace(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        Path fewColumns = Files.writeString(dir.resolve("few.csv"), "arch,model_shape\nqwen2,x\n");
        assertThatThrownBy(() -> AccuracyEvaluation.probe(AccuracyEvaluation.PROBE_HELD_OUT, fewColumns, k))
                .isInstanceOf(InputError.class).hasMessageContaining("few.csv").hasMessageContaining("n_ctx");
        List<String> real = Files.readAllLines(Path.of("eval/accuracy/llamacpp-probe-heldout.csv"));
        Path notANumber = Files.writeString(dir.resolve("nan.csv"), real.get(0) + "\n" + real.get(1).replaceFirst(",512,", ",lots,") + "\n");
        assertThatThrownBy(() -> AccuracyEvaluation.probe(AccuracyEvaluation.PROBE_HELD_OUT, notANumber, k))
                .isInstanceOf(InputError.class).hasMessageContaining("nan.csv").hasMessageContaining("run 1");
    }

    @Test
    void selfChecksAreLabelledAsSuch() {
        assertThat(AccuracyEvaluation.evidence(AccuracyEvaluation.PROBE, Part.WEIGHTS)).isEqualTo("self-check");
        assertThat(AccuracyEvaluation.evidence(AccuracyEvaluation.PROBE, Part.COMPUTE)).isEqualTo("in-sample");
        assertThat(AccuracyEvaluation.evidence(AccuracyEvaluation.PROBE_HELD_OUT, Part.COMPUTE)).isEqualTo("held-out");
        assertThat(AccuracyEvaluation.evidence(AccuracyEvaluation.PROBE_HELD_OUT, Part.WEIGHTS)).isEqualTo("self-check");
        assertThat(AccuracyEvaluation.evidence(AccuracyEvaluation.LOGS, Part.COMPUTE)).isEqualTo("independent");
    }

    @Test
    void weightsFromConfigWithin2PercentOfPublishedFileSizes() {
        assertMedianMeetsTarget(sizes, Part.WEIGHTS);
    }

    @Test
    void weightsOfLoggedModelBuffersWithin2Percent() {
        assertMedianMeetsTarget(logs, Part.WEIGHTS);
    }

    @Test
    void weightsOfProbedModelBuffersWithin2Percent() {
        assertMedianMeetsTarget(probe, Part.WEIGHTS);
    }

    @Test
    void kvWithin1PercentOfLogs() {
        assertMedianMeetsTarget(logs, Part.KV);
    }

    @Test
    void kvWithin1PercentOfRealLlamaCpp() {
        assertMedianMeetsTarget(probe, Part.KV);
    }

    @Test
    void computeWithin20PercentOfLogs() {
        assertMedianMeetsTarget(logs, Part.COMPUTE);
    }

    @Test
    void computeWithin20PercentOfRealLlamaCpp() {
        assertMedianMeetsTarget(probe, Part.COMPUTE);
    }

    /** The compute terms on architectures they were not fitted on: the out-of-sample check of the fit. */
    @Test
    void computeWithin20PercentOfRealLlamaCppOnHeldOutArchitectures() {
        assertMedianMeetsTarget(heldOutProbe, Part.COMPUTE);
        Summary s = heldOutProbe.summary(Part.COMPUTE).orElseThrow();
        assertThat(s.maxPct()).as("worst held-out run (MPT, plain FFN)").isLessThanOrEqualTo(12.0);
        assertThat(heldOutProbe.evaluated().stream().map(e -> e.id().replaceFirst(" .*", "")).distinct()).hasSize(14);
    }

    @Test
    void totalWithin5PercentOfLogs() {
        assertMedianMeetsTarget(logs, Part.TOTAL);
    }

    @Test
    void totalWithin5PercentOfRealLlamaCpp() {
        assertMedianMeetsTarget(probe, Part.TOTAL);
    }

    private static Comparison device(Evaluated e, Part part, String device) {
        return e.devices().stream().filter(c -> c.part() == part && device.equals(c.device())).findFirst()
                .orElseThrow(() -> new AssertionError(e.id() + " has no " + part + " on " + device));
    }

    @Test
    void llama8bQ4KmOllamaBuffersExactly() {
        Evaluated e = logs.find("llama-8b-q4km-rocm-ollama-4x2k").orElseThrow();
        // CPU_Mapped 281.81 MiB (token embedding) + ROCm0 4403.49 MiB (32 layers and the output head).
        assertThat(device(e, Part.WEIGHTS, "host").oursMib()).isCloseTo(281.81, within(0.01));
        assertThat(device(e, Part.WEIGHTS, "ROCm0").oursMib()).isCloseTo(4403.49, within(0.01));
        // n_ctx 8192 over 4 sequences: 8192 cells x 32 layers x 2048 values x 2 bytes.
        assertThat(e.part(Part.KV).orElseThrow().oursMib()).isEqualTo(1024.0);
    }

    @Test
    void gptOssSlidingWindowCacheAndExpertsOnCpu() {
        Evaluated e = logs.find("gptoss20b-mxfp4-3070-ncpumoe-131k-fa").orElseThrow();
        // 12 full layers x 131072 cells (3072 MiB) + 12 SWA layers x pad256(128 + 512) = 768 cells (18 MiB).
        assertThat(e.part(Part.KV).orElseThrow().oursMib()).isEqualTo(3090.0);
        assertThat(device(e, Part.WEIGHTS, "CUDA0").oursMib()).isCloseTo(1242.03, within(0.5));
    }

    @Test
    void qwen3MoeLayerSplitOverTwoGpus() {
        Evaluated e = logs.find("qwen3-30b-a3b-q4km-2gpu-expertscpu-16k").orElseThrow();
        assertThat(device(e, Part.KV, "CUDA0").oursMib()).isEqualTo(384.0);
        assertThat(device(e, Part.KV, "CUDA1").oursMib()).isEqualTo(1152.0);
        assertThat(device(e, Part.WEIGHTS, "CUDA0").oursMib()).isCloseTo(135.76, within(0.01));
        assertThat(device(e, Part.WEIGHTS, "CUDA1").oursMib()).isCloseTo(648.66, within(0.01));
    }

    @Test
    void probedLlama3ModelBufferAndKvExactly() {
        Evaluated e = probe.find("Llama-3-8B ctx=4096 ub=512 np=1 fa=off kv=f16").orElseThrow();
        Comparison w = e.part(Part.WEIGHTS).orElseThrow();
        assertThat(w.oursMib()).isCloseTo(w.publishedMib(), within(0.01));
        assertThat(e.part(Part.KV).orElseThrow().oursMib()).isEqualTo(512.0);
    }

    @Test
    void llama31Q4KmFileSizeFromConfig() {
        Evaluated e = sizes.evaluated().stream().filter(x -> x.id().endsWith("meta-llama/Llama-3.1-8B Q4_K_M")).findFirst().orElseThrow();
        // llama.cpp's table: 4.58 GiB (two decimals).
        assertThat(Math.abs(e.part(Part.WEIGHTS).orElseThrow().errorPct())).isLessThan(0.2);
    }
}
