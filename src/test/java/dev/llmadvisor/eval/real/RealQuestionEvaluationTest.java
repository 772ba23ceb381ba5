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
        // measured with `evaluate-real` on 2026-12-01 over 935 questions (held-out 277, 16 of them new in batch 14): hardware
        // 70.8 % (196), model 76.5 % (212), models resolved 80.6 % (187 of 232), engine 79.8 % (95 of 119), verdict 51.5 % (84 of 163);
        // each floor is one question below: a margin of one answer (a run on a busy machine once gave one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.703);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.761);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.801);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.789);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.509);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured on 2026-12-01 (dev, 658 questions, 34 of them new in batch 14): hardware 89.2 % (587), model 88.9 % (585),
        // models resolved 89.9 % (497 of 553), engine 93.4 % (254 of 272), kind 79.9 % (526), verdict 61.7 % (238 of 386),
        // cause 31.3 % (83 of 265); each floor one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.890);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.887);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.896);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.930);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.797);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.613);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.309);
    }
}
