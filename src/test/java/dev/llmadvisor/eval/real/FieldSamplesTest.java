package dev.llmadvisor.eval.real;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field samples (src/test/resources/field-samples/FIELD): fresh real sentences from public threads that are not in
 * the corpus, labelled for one field from the text (and, for verdicts, the thread) before the advisor ran on them, all
 * tuning data ({@code split: dev}). They widen what a field is tuned on beyond the corpus's dev part, because fixes shaped
 * by the dev questions alone did not reach unseen ones. Each is run as `evaluate-real` runs it
 * (`java -jar target/llm-advisor.jar evaluate-real src/test/resources/field-samples/FIELD`); the floors are the figures
 * measured at the end of the eighteenth pass (2026-12-01) less a margin, never the program's reading of one line. Raise
 * them as the figures rise; never lower one to pass, never change a label to match the output.
 */
class FieldSamplesTest {

    /** A sample folder, its least size and Chinese share, whether every entry carries the thread's verdict, and its floors. */
    record Sample(String field, int minSize, double minChinese, boolean outcomes, Map<String, Double> floors) {
        @Override
        public String toString() { return field; }
    }

    static List<Sample> samples() {
        return List.of(
                // 72 sentences: hardware 75.0 % (54) before the pass's changes, 86.1 % (62) after; gpus 80.6 % (58) -> 90.3 %
                // (65); floors two answers below
                new Sample("hardware", 70, 0.40, false, Map.of("hardware", 0.833, "gpus", 0.875)),
                // 73 questions: model 78.1 % (57) before the pass's changes, 87.7 % (64) after; two entries whose thread is
                // also a batch-18 corpus question were then dropped: 71, model 87.3 % (62), resolved 93.6 % (73 of 78); one below
                new Sample("models", 70, 0.40, false, Map.of("model", 0.859, "resolved", 0.923)),
                // 25 threads whose outcome the thread establishes (5 Chinese), verdict 13 before and after the pass's changes;
                // two shared a thread with batch 18 and were dropped: 23, verdict 52.2 % (12); one below
                new Sample("verdict", 23, 0.0, true, Map.of("verdict", 0.47)),
                // 76 questions: kind 80.3 % (61), cause 60.0 % (15 of 25) on its own branch, 56.0 % (14) with the pass's other
                // changes merged; one below
                new Sample("kind", 70, 0.40, false, Map.of("kind", 0.789, "cause", 0.52)));
    }

    static Assembly assembly;
    static Set<String> corpusThreads;

    @BeforeAll
    static void load() {
        assembly = RealAdvisors.asShippedOffline();
        corpusThreads = RealQuestionLoader.load(Path.of("eval", "real-questions")).stream()
                .map(q -> thread(q.source())).collect(Collectors.toSet());
    }

    /** A thread's address without its comment anchor, scheme or trailing slash. */
    private static String thread(String source) {
        return source.replaceFirst("#.*$", "").replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }

    private static List<RealQuestion> questions(Sample s) {
        return RealQuestionLoader.load(Path.of("src", "test", "resources", "field-samples", s.field()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isFreshSourcedTuningData(Sample s) {
        List<RealQuestion> sample = questions(s);
        assertThat(sample).hasSizeGreaterThanOrEqualTo(s.minSize());
        assertThat(sample).allSatisfy(q -> {
            assertThat(q.heldOut()).as(q.id()).isFalse();
            assertThat(q.source()).as(q.id()).startsWith("https://");
            assertThat(corpusThreads).as("%s is a corpus thread", q.source()).doesNotContain(thread(q.source()));
            if (s.outcomes()) assertThat(q.outcome().hasVerdict()).as(q.id()).isTrue();
        });
        long zh = sample.stream().filter(q -> q.lang() == Lang.ZH).count();
        assertThat((double) zh / sample.size()).isGreaterThanOrEqualTo(s.minChinese());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void staysAtLeastAtItsMeasuredLevel(Sample s) {
        RealQuestionEvaluation.Report report = RealQuestionEvaluation.run(questions(s), assembly.advisor(), assembly.knowledge());
        s.floors().forEach((field, floor) ->
                assertThat(report.rate("dev", field)).as(field + "\n" + report.table()).isGreaterThanOrEqualTo(floor));
    }
}
