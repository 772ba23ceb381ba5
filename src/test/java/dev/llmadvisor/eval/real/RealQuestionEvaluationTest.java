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
        // measured with `evaluate-real` on 2026-11-30 over 885 questions (held-out 261, 19 of them new in batch 13): hardware
        // 70.9 %, model 76.2 %, models resolved 80.4 % (176 of 219), engine 78.4 %, verdict 49.7 %; each floor is one question below: a margin of one
        // answer (a run on a busy machine once gave one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.704);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.758);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.799);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.774);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.490);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured on 2026-11-30 (dev, 624 questions, 28 of them new in batch 13): hardware 86.9 %, model 87.7 %, models resolved
        // 88.9 % (463 of 521), engine 91.3 %, kind 77.4 %, verdict 57.1 %, cause 31.0 % (79 of 255; batch 13 added 20 diagnose
        // questions of which 3 agree); each floor one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.866);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.874);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.886);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.909);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.772);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.568);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.305);
    }
}
