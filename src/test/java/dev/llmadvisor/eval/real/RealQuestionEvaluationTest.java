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
        // measured with `evaluate-real` on 2026-12-01 over 988 questions (held-out 295, 18 of them new in batch 15): hardware
        // 72.2 % (213), model 76.9 % (227), models resolved 80.9 % (199 of 246), engine 80.0 % (104 of 130), verdict 51.5 % (88 of 171);
        // each floor is one question below: a margin of one answer (a run on a busy machine once gave one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.718);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.766);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.804);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.792);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.508);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured on 2026-12-01 (dev, 693 questions, 35 of them new in batch 15): hardware 88.7 % (615), model 88.3 % (612),
        // models resolved 90.0 % (531 of 590), engine 92.2 % (270 of 293), kind 79.7 % (552), verdict 62.0 % (253 of 408),
        // cause 32.2 % (88 of 273); each floor one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.886);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.881);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.898);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.918);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.795);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.617);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.318);
    }
}
