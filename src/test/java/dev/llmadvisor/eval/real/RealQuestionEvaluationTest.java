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
        // measured with `evaluate-real` at the end of the sixteenth pass (2026-12-01) over 1,042 questions (held-out 318, 23 of them
        // new in batch 16, whose resolved share of 12 of 17 lowered that rate; the engine labels audited against the corpus's
        // convention): hardware 73.6 % (234), model 77.4 % (246), models resolved 80.2 % (211 of 263), engine 86.3 % (120 of 139),
        // verdict 52.1 % (98 of 188); each floor is one question below: a margin of one answer (a run on a busy machine once gave
        // one verdict less)
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.732);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.770);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.798);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.856);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.515);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the sixteenth pass (2026-12-01; dev, 724 questions, 31 of them new in batch 16 and not tuned on
        // in that pass): hardware 88.4 % (640), model 88.5 % (641), models resolved 89.4 % (559 of 625), engine 96.4 % (293 of
        // 304), kind 80.8 % (585), verdict 62.8 % (270 of 430), cause 38.4 % (112 of 292); each floor one question below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.882);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.883);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.892);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.960);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.806);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.625);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.380);
    }
}
