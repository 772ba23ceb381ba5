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
        // measured with `evaluate-real` at the end of the thirty-fifth pass (2026-12-03) over 1,629 questions (held-out 493, not tuned
        // on; models resolved is partly in-sample: catalog names were chosen from all parts' labels in the twentieth pass): hardware
        // 77.1 % (380), model 79.3 % (391), models resolved 83.6 % (363 of 434), engine 85.6 % (225 of 263), verdict 66.1 % (181 of
        // 274), as in the pass before but for models resolved (362 -> 363, a bare size taking its line's stated version) and
        // verdict (180 -> 181, a Chinese run told with a 'but'); each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.768);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.791);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.834);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.851);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.656);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the thirty-fifth pass (2026-12-03; dev, 1,136 questions, dev-a and dev-b both tuned on): hardware
        // 87.3 % (992), model 88.1 % (1,001), models resolved 88.7 % (894 of 1,008), engine 90.8 % (536 of 590), kind 82.4 % (936),
        // verdict 71.0 % (428 of 603), cause 44.3 % (204 of 460); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.872);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.880);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.885);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.906);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.823);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.708);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.441);
    }
}
