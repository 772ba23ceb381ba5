package dev.llmadvisor.eval.real;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field sample for the question kind and the diagnosis cause (src/test/resources/field-samples/kind): 76 fresh real
 * questions and problem reports from threads not in eval/real-questions, labelled from the text and the thread before the
 * advisor was run on them, all tuning data (split: dev). Run as `evaluate-real` runs it; the floors are the figures
 * measured at the end of the eighteenth pass (kind 80.3 % = 61/76, cause 60.0 % = 15/25; with the label-rule-A reading
 * of 0782016 kind was 82.9 % and cause 64.0 %), never the program's output per line. Raise them as the figures rise;
 * never lower them to pass.
 */
class KindFieldSampleTest {

    @Test
    void kindAndCauseOfTheSample() {
        List<RealQuestion> sample = RealQuestionLoader.load(Path.of("src", "test", "resources", "field-samples", "kind"));
        assertThat(sample).hasSizeGreaterThanOrEqualTo(70);
        assertThat(sample).allSatisfy(q -> assertThat(q.split()).as(q.id()).isEqualTo("dev"));
        long zh = sample.stream().filter(q -> q.lang() == Lang.ZH).count();
        assertThat((double) zh / sample.size()).isGreaterThanOrEqualTo(0.40);
        Assembly a = RealAdvisors.asShippedOffline();
        RealQuestionEvaluation.Report report = RealQuestionEvaluation.run(sample, a.advisor(), a.knowledge());
        assertThat(report.rate("dev", "kind")).isGreaterThanOrEqualTo(0.80);
        assertThat(report.rate("dev", "cause")).isGreaterThanOrEqualTo(0.60);
    }
}
