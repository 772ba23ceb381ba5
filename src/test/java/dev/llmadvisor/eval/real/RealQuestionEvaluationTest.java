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
    void devSplitsIntoTwoFixedHalvesThatTogetherAreDev() {
        long a = corpus.stream().filter(q -> "dev-a".equals(q.devHalf())).count();
        long b = corpus.stream().filter(q -> "dev-b".equals(q.devHalf())).count();
        long dev = corpus.stream().filter(q -> !q.heldOut()).count();
        assertThat(a + b).isEqualTo(dev);
        assertThat((double) a / dev).isBetween(0.4, 0.6);
        assertThat(corpus).filteredOn(RealQuestion::heldOut).allSatisfy(q -> assertThat(q.devHalf()).isNull());
        assertThat(report.of("dev-a")).hasSize((int) a);
        assertThat(report.table(List.of("dev-a", "dev-b", "held-out")))
                .contains("questions: dev-a " + a + ", dev-b " + b + ", held-out " + (corpus.size() - dev));
        int[] devVerdict = report.count("dev", "verdict");
        int[] halfA = report.count("dev-a", "verdict");
        int[] halfB = report.count("dev-b", "verdict");
        assertThat(new int[] {halfA[0] + halfB[0], halfA[1] + halfB[1]}).containsExactly(devVerdict);
    }

    @Test
    void heldOutUnderstandingAndVerdictStayAtLeastAtTheMeasuredLevels() {
        String why = report.table() + "held-out goals missed: " + report.missedGoals();
        // measured with `evaluate-real` at the end of the thirty-sixth pass (2026-12-04) over 1,729 questions (held-out 527, not tuned
        // on; models resolved is partly in-sample: catalog names were chosen from all parts' labels in the twentieth pass): hardware
        // 77.2 % (407), model 79.3 % (418), models resolved 83.6 % (382 of 457), engine 84.7 % (243 of 287), verdict 66.1 % (187 of
        // 283); the pass added 100 questions (batches 26 and 27, 34 of them held out), so the levels moved with the corpus;
        // each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.770);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.791);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.833);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.843);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.657);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the thirty-sixth pass (2026-12-04; dev, 1,202 questions, dev-a and dev-b both tuned on): hardware
        // 87.6 % (1053), model 88.2 % (1060), models resolved 88.9 % (949 of 1067), engine 89.4 % (574 of 642), kind 82.7 % (994),
        // verdict 71.6 % (452 of 631), cause 45.2 % (216 of 478); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.875);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.881);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.888);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.892);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.826);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.714);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.449);
    }
}
