package dev.llmadvisor.eval.real;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict field sample (src/test/resources/field-samples/verdict): fresh real questions from threads outside the
 * corpus whose outcome the thread establishes, labelled before any run. It widens the tuning data beyond the corpus'
 * dev part; this test holds the verdict figure reached on it, as `evaluate-real` measures it, minus a margin of one
 * answer. Raise the floor as the figure rises; never lower it to pass, never change a label to match the output.
 */
class FieldSampleVerdictTest {

    static List<RealQuestion> sample;
    static RealQuestionEvaluation.Report report;

    @BeforeAll
    static void run() throws Exception {
        sample = RealQuestionLoader.load(Path.of("src", "test", "resources", "field-samples", "verdict"));
        Assembly a = RealAdvisors.asShippedOffline();
        report = RealQuestionEvaluation.run(sample, a.advisor(), a.knowledge());
    }

    @Test
    void theSampleIsTuningDataWithOutcomesAndSources() {
        assertThat(sample).hasSizeGreaterThanOrEqualTo(25);
        assertThat(sample).allSatisfy(q -> {
            assertThat(q.heldOut()).as(q.id()).isFalse();
            assertThat(q.source()).as(q.id()).startsWith("https://");
            assertThat(q.outcome().hasVerdict()).as(q.id()).isTrue();
        });
    }

    @Test
    void theVerdictStaysAtLeastAtTheMeasuredLevel() {
        // measured with `evaluate-real src/test/resources/field-samples/verdict` at the end of the eighteenth pass (2026-12-01):
        // 52.0 % (13 of 25), the same before and after the pass' verdict changes; the floor is one answer below
        assertThat(report.rate("dev", "verdict")).as(report.table()).isGreaterThanOrEqualTo(0.48);
    }
}
