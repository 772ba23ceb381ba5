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
        // measured with `evaluate-real` at the end of the seventeenth pass (2026-12-01) over 1,094 questions (held-out 332, 14 of them
        // new in batch 17; labels audited against the four label rules of the corpus README, which on the build the pass started
        // from lowered held-out engine 87.1 -> 85.9 %): hardware 73.8 % (245), model 77.1 % (256), models resolved 80.4 % (222 of
        // 276), engine 91.3 % (136 of 149), verdict 55.3 % (110 of 199); each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.734);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.768);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.800);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.906);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.547);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the seventeenth pass (2026-12-01; dev, 762 questions, 38 of them new in batch 17 and not tuned on
        // in that pass; labels audited): hardware 86.5 % (659), model 87.8 % (669), models resolved 88.3 % (590 of 668), engine
        // 98.2 % (319 of 325), kind 80.2 % (611), verdict 64.0 % (293 of 458), cause 37.3 % (118 of 316); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.863);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.876);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.881);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.978);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.800);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.637);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.370);
    }
}
