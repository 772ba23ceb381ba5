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
        // measured with `evaluate-real` at the end of the twenty-fifth pass (2026-12-02) over 1,276 questions (held-out 397, not tuned
        // on, batch 20's 27 held-out questions among them; models resolved is partly in-sample: catalog names were chosen from all
        // parts' labels in the twentieth pass): hardware 76.3 % (303), model 78.8 % (313), models resolved 84.3 % (289 of 343), engine
        // 89.4 % (178 of 199), verdict 65.7 % (151 of 230); each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.760);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.785);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.839);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.889);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.652);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the twenty-fifth pass (2026-12-02; dev, 879 questions, batch 20's 48 dev questions among them, dev-a
        // and dev-b both tuned on): hardware 88.5 % (778), model 89.1 % (783), models resolved 90.2 % (710 of 787), engine 93.6 % (393
        // of 420), kind 80.4 % (707), verdict 70.9 % (356 of 502), cause 38.7 % (148 of 382); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.883);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.889);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.900);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.933);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.803);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.707);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.384);
    }
}
