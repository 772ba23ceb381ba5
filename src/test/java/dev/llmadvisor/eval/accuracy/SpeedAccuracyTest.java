package dev.llmadvisor.eval.accuracy;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.SpeedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The speed model against the published measurements: record counts, the fit, and the held-out figures. */
class SpeedAccuracyTest {

    static final Path DATA = Path.of("eval/accuracy/speed-measurements.yaml");
    static List<SpeedEvaluation.Case> cases;
    static SpeedEvaluation.Report report;

    @BeforeAll
    static void load() {
        // cases() throws on any record it cannot rebuild: no record is skipped.
        cases = SpeedEvaluation.cases(DATA, Knowledge.load(Path.of("knowledge")));
        report = SpeedEvaluation.evaluate(DATA, cases, SpeedModel.FITTED);
    }

    @Test
    void everyRecordRunsAndTheSplitIsPinned() {
        assertThat(cases).hasSize(91);
        assertThat(cases.stream().filter(c -> c.set().equals(SpeedEvaluation.FITTING))).hasSize(60);
        assertThat(cases.stream().filter(c -> c.set().equals(SpeedEvaluation.HELD_OUT))).hasSize(31);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.predicted()).isPositive().isFinite());
        assertThat(SpeedEvaluation.setOf("gh-ollama-2393-a")).isIn(SpeedEvaluation.FITTING, SpeedEvaluation.HELD_OUT);
    }

    @Test
    void theShippedConstantsAreWhatTheFitFindsOnTheFittingSetOnly() {
        List<SpeedEvaluation.Case> fitting = cases.stream().filter(c -> c.set().equals(SpeedEvaluation.FITTING)).toList();
        SpeedModel.Params fit = SpeedCalibration.fit(fitting);
        SpeedModel.Params shipped = SpeedModel.FITTED;
        close(fit.efficiency(), shipped.efficiency());
        close(fit.layerSeconds(), shipped.layerSeconds());
        close(fit.runtime(), shipped.runtime());
        close(fit.promptEfficiency(), shipped.promptEfficiency());
        assertThat(fit.tpLayerSeconds()).isCloseTo(shipped.tpLayerSeconds(), within(shipped.tpLayerSeconds() * 0.01));
        assertThat(fit.socketScaling()).isCloseTo(shipped.socketScaling(), within(0.005));
        assertThat(fit.ratioLow()).isCloseTo(shipped.ratioLow(), within(0.005));
        assertThat(fit.ratioHigh()).isCloseTo(shipped.ratioHigh(), within(0.01));
    }

    private static <K> void close(Map<K, Double> fit, Map<K, Double> shipped) {
        for (Map.Entry<K, Double> e : fit.entrySet()) {
            assertThat(shipped).containsKey(e.getKey());
            assertThat(e.getValue()).as(String.valueOf(e.getKey())).isCloseTo(shipped.get(e.getKey()),
                    within(Math.max(1e-7, Math.abs(shipped.get(e.getKey())) * 0.01)));
        }
    }

    @Test
    void heldOutMedianErrorMeetsTheGoal() {
        SpeedEvaluation.Summary h = report.summary(SpeedEvaluation.HELD_OUT);
        assertThat(h.count()).isEqualTo(31);
        assertThat(h.medianPct()).isLessThanOrEqualTo(25.0);
    }

    /**
     * The goal is 80 % of held-out measurements inside the shown range; the model reaches 28 of 31 (90.3 %) since one
     * poster's eight-backend table joined (25 of 27 before it; 21 of 27 before seven vLLM tensor-parallel runs joined
     * the fitting set). The misses: Vulkan on an Intel Arc A770, ExLlama on an A100 40GB, llama.cpp on a 24-core
     * EPYC 9274F (twice too fast: a 7B model there is bound by the cores, not by the 12 memory channels). Pinned here
     * so the figure cannot silently get worse; not tuned on.
     */
    @Test
    void heldOutRangeCoverageAsMeasured() {
        SpeedEvaluation.Summary h = report.summary(SpeedEvaluation.HELD_OUT);
        assertThat(h.withinRange()).isCloseTo(28 / 31.0, within(1e-9));
    }

    @Test
    void fittingSetFigures() {
        SpeedEvaluation.Summary f = report.summary(SpeedEvaluation.FITTING);
        assertThat(f.count()).isEqualTo(60);
        // 12.1 % on the 48 llama.cpp-era records; 16.0 % once the vLLM runs joined: one discrete-GPU layer cost now
        // also absorbs vLLM's slow MoE kernels (gpt-oss-120b on one A100 runs at half its bandwidth); 14.2 % on 60.
        assertThat(f.medianPct()).isLessThan(15.0);
        assertThat(f.withinRange()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theKTransformersCaseOfTheIssueIsNoLongerThreeToFour() {
        // Issue 11: DeepSeek-R1 on a 12-channel EPYC 9654 + 4090 was estimated at 3-4 tok/s; published: 14.
        SpeedEvaluation.Result r = report.results().stream().filter(x -> x.id().equals("kt-epyc9654-4090-r1-q4km-1k-kt314")).findFirst().orElseThrow();
        assertThat(r.measured()).isEqualTo(14.0);
        assertThat(r.high()).isGreaterThanOrEqualTo(14.0);
        assertThat(r.low()).isLessThanOrEqualTo(14.0);
    }
}
