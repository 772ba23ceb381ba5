package dev.llmadvisor.eval.real;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
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
        // `evaluate-real`'s output, kept for the CI log (.ci/run prints it rather than evaluating the corpus again)
        Files.writeString(REPORT, report.table() + report.missedGoalsLine());
    }

    /** Where the run's report is written, for .ci/run. */
    static final Path REPORT = Path.of("target", "real-questions-report.txt");

    @Test
    void theReportForTheCiLogIsTheTableAndTheGoalsMissed() throws Exception {
        String written = Files.readString(REPORT);
        assertThat(written).startsWith(report.table()).contains("questions: dev ").endsWith("\n");
        assertThat(written.contains("held-out goals missed: ")).isEqualTo(!report.missedGoals().isEmpty());
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
        // measured with `evaluate-real` at the end of the thirty-eighth pass (2026-12-04) over 1,870 questions (held-out 573, not tuned
        // on; models resolved is partly in-sample: catalog names were chosen from all parts' labels in the twentieth pass): hardware
        // 77.7 % (445), model 79.8 % (457), models resolved 83.2 % (406 of 488), engine 84.3 % (264 of 313), verdict 65.6 % (196 of
        // 299); the pass added 62 questions (batch 30, 23 of them held out) and audited batches 28/29's labels by rule, so the
        // levels moved with the corpus; each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.774);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.795);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.829);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.840);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.652);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the thirty-ninth pass (2026-12-04; dev, 1,297 questions, dev-a and dev-b both tuned on): hardware
        // 87.0 % (1128), model 88.4 % (1147), models resolved 89.3 % (1014 of 1135), engine 89.0 % (614 of 690), kind 83.1 % (1078),
        // verdict 72.5 % (483 of 666), cause 45.9 % (246 of 536); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.868);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.883);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.892);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.888);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.830);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.723);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.457);
    }
}
