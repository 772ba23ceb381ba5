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
        // measured with `evaluate-real` on 2026-11-30 over 558 questions (held-out 159, 22 of them new in batch 9): hardware
        // 67.9 %, model 78.0 %, models resolved 81.3 %, engine 78.2 %, verdict 44.2 %; each floor is one question below: a margin of one answer (a run on a
        // busy machine once gave one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.67);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.77);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.80);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.76);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.43);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured on 2026-11-30 (dev, 399 questions): hardware 82.2 %, model 90.0 %, models resolved 92.2 % (296 of 321), engine 92.9 %,
        // verdict 51.8 %, cause 35.6 %; one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.81);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.89);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.91);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.92);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.50);
        // cause: 61 of 170 (35.9 %) after the diag7 pass; floor one question below (60 of 170 = 35.3 %)
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.35);
        // kind, measured on 2026-11-30 (dev, 474 questions): 64.3 % (305 of 474); one question below
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.641);
    }
}
