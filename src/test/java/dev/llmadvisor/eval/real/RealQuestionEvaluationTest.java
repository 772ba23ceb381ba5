package dev.llmadvisor.eval.real;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real-question corpus (issue 9) run through the shipped advisor, offline, as `evaluate-real` runs it.
 * The goals (held-out hardware, model and engine 90 %, verdict 85 %) are not met yet; this test guards
 * the levels measured so far, so that no change makes the advisor read real questions worse, and names the
 * goals still missed in its report. Raise the floors as the figures rise; never lower them to pass.
 */
class RealQuestionEvaluationTest {

    static List<RealQuestion> corpus;
    static RealQuestionEvaluation.Report report;

    @BeforeAll
    static void run() throws Exception {
        corpus = RealQuestionLoader.load(Path.of("eval", "real-questions"));
        Assembly a = RealAdvisors.asShippedOffline();
        report = RealQuestionEvaluation.run(corpus, a.advisor(), a.knowledge());
    }

    @Test
    void theCorpusIsLargeEnoughAndBilingualWithAFixedSplit() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        long zh = corpus.stream().filter(q -> q.lang() == Lang.ZH).count();
        assertThat((double) zh / corpus.size()).isGreaterThanOrEqualTo(0.40);
        long heldOut = corpus.stream().filter(RealQuestion::heldOut).count();
        assertThat((double) heldOut / corpus.size()).isBetween(0.25, 0.35);
        assertThat(corpus).allSatisfy(q -> assertThat(q.source()).as(q.id()).startsWith("http"));
    }

    @Test
    void heldOutUnderstandingAndVerdictStayAtLeastAtTheMeasuredLevels() {
        String why = report.table() + "held-out goals missed: " + report.missedGoals();
        // measured with `evaluate-real` on 2026-11-30 over 760 questions (held-out 228, 38 of them new in batch 11): hardware
        // 68.0 %, model 74.1 %, models resolved 78.5 %, engine 76.1 %, verdict 44.4 %; each floor is one question below: a margin of one answer (a run on a
        // busy machine once gave one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.675);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.736);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.78);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.75);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.436);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured on 2026-11-30 (dev, 532 questions, 58 of them new in batch 11): hardware 83.3 %, model 84.8 %, models resolved
        // 87.1 % (393 of 451), engine 91.8 %, kind 64.7 %, verdict 54.7 %, cause 32.5 % (62 of 191); each floor one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.83);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.845);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.869);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.913);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.644);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.543);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.319);
    }
}
