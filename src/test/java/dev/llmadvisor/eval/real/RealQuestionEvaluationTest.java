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
        // measured with `evaluate-real` at the end of the twenty-ninth pass (2026-12-03) over 1,553 questions (held-out 475, not tuned
        // on; batch 24's 18 held-out questions joined this pass; models resolved is partly in-sample: catalog names were chosen from
        // all parts' labels in the twentieth pass): hardware 77.3 % (367), model 79.6 % (378), models resolved 84.3 % (348 of 413),
        // engine 85.5 % (212 of 248), verdict 65.4 % (176 of 269); each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.770);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.793);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.840);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.850);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.650);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the twenty-ninth pass (2026-12-03; dev, 1,078 questions, batch 24's 50 dev questions among them, dev-a
        // and dev-b both tuned on): hardware 86.5 % (932), model 88.5 % (954), models resolved 89.0 % (851 of 956), engine 90.3 % (495
        // of 548), kind 81.3 % (876), verdict 69.5 % (406 of 584), cause 42.1 % (188 of 447); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.863);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.884);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.889);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.901);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.811);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.693);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.418);
    }
}
