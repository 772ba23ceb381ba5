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
        // measured with `evaluate-real` at the end of the thirty-seventh pass (2026-12-04) over 1,808 questions (held-out 550, not tuned
        // on; models resolved is partly in-sample: catalog names were chosen from all parts' labels in the twentieth pass): hardware
        // 77.1 % (424), model 79.5 % (437), models resolved 83.1 % (392 of 472), engine 83.1 % (256 of 308), verdict 65.7 % (190 of
        // 289); the pass added 97 questions (batches 28 and 29, 29 of them held out), so the levels moved with the corpus;
        // each floor is one question below: a margin of one answer. Batch 30 (27 Chinese questions, 11 held out, measured before
        // any change) moved held-out engine to 82.7 % (258 of 312); that floor is one answer below the new level
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.769);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.792);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.828);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.823);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.653);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the thirty-seventh pass (2026-12-04; dev, 1,258 questions, dev-a and dev-b both tuned on): hardware
        // 86.4 % (1087), model 88.2 % (1110), models resolved 89.3 % (989 of 1107), engine 87.2 % (601 of 689), kind 82.6 % (1039),
        // verdict 71.3 % (463 of 649), cause 44.5 % (234 of 526); each floor one below. Batch 30 (en and zh, measured before any
        // change) lowered kind, model, models resolved and cause; those floors are one answer below the levels measured with it
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.863);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.879);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.890);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.870);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.822);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.711);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.439);
    }
}
