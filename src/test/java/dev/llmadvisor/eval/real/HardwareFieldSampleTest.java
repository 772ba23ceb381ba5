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
 * The hardware field sample (src/test/resources/field-samples/hardware): fresh sentences from public threads not in
 * the corpus, labelled for the hardware fields from the text alone before the advisor was run on them, all tuning
 * data ({@code split: dev}). It widens what hardware reading is measured on beyond the corpus's dev part; the floors
 * guard the level measured at the end of the pass that added it, never the reading of any one sentence.
 */
class HardwareFieldSampleTest {

    static List<RealQuestion> sample;
    static RealQuestionEvaluation.Report report;

    @BeforeAll
    static void run() {
        sample = RealQuestionLoader.load(Path.of("src", "test", "resources", "field-samples", "hardware"));
        Assembly a = RealAdvisors.asShippedOffline();
        report = RealQuestionEvaluation.run(sample, a.advisor(), a.knowledge());
    }

    @Test
    void theSampleIsFreshBilingualAndAllTuningData() {
        assertThat(sample).hasSizeGreaterThanOrEqualTo(70);
        assertThat(sample).allSatisfy(q -> assertThat(q.heldOut()).as(q.id()).isFalse());
        assertThat(sample).allSatisfy(q -> assertThat(q.source()).as(q.id()).startsWith("https://github.com/"));
        long zh = sample.stream().filter(q -> q.lang() == Lang.ZH).count();
        assertThat((double) zh / sample.size()).isGreaterThanOrEqualTo(0.40);
        // fresh: no thread of the sample is one of the corpus's
        List<String> corpusSources = RealQuestionLoader.load(Path.of("eval", "real-questions")).stream().map(RealQuestion::source).toList();
        assertThat(sample).allSatisfy(q -> assertThat(corpusSources).as(q.id()).noneMatch(c -> c.equals(q.source()) || c.startsWith(q.source() + "#")));
    }

    @Test
    void hardwareReadingStaysAtLeastAtTheMeasuredLevel() {
        String why = report.table();
        // measured with `evaluate-real src/test/resources/field-samples/hardware` at the end of the eighteenth pass (72 sentences):
        // hardware 75.0 % (54) before the pass's changes, 86.1 % (62) after; gpus 80.6 % (58) -> 90.3 % (65). Floors two answers below.
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.833);
        assertThat(report.rate("dev", "gpus")).as(why).isGreaterThanOrEqualTo(0.875);
    }
}
