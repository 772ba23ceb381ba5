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
        // measured with `evaluate-real` on 2026-11-30 over 838 questions (held-out 242, 14 of them new in batch 12): hardware
        // 70.7 %, model 76.0 %, models resolved 80.4 %, engine 76.8 %, verdict 48.6 %; each floor is one question below: a margin of one answer (a run on a
        // busy machine once gave one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.702);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.756);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.799);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.757);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.478);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured on 2026-11-30 (dev, 596 questions, 64 of them new in batch 12): hardware 86.1 %, model 87.4 %, models resolved
        // 88.4 % (444 of 502), engine 91.1 %, kind 75.5 %, verdict 56.2 %, cause 32.3 % (76 of 235); each floor one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.859);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.872);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.882);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.906);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.753);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.559);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.319);
    }
}
