package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled sets as a regression guard. The main set was used to tune the parser, so its threshold
 * is high; the held-out set was not, and its lower threshold is the honest expectation for new messages.
 */
class PhrasingAccuracyTest {

    /** The labelled sets live in eval/ so that `parse-eval` runs on the same files from the jar. */
    private static final Path LABELLED = Path.of("eval/phrasings.yaml");
    private static final Path HELD_OUT = Path.of("eval/phrasings-holdout.yaml");

    @Test
    void labelledSet() {
        ParserAccuracy.Report report = ParserAccuracy.evaluate(LABELLED, PARSER);
        assertThat(report.cases()).isGreaterThanOrEqualTo(150);
        assertThat(report.exactRate()).as(report.render()).isGreaterThanOrEqualTo(0.97);
        report.fields().forEach((field, score) ->
                assertThat(score.accuracy()).as(field + "\n" + report.render()).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void heldOutSet() {
        ParserAccuracy.Report report = ParserAccuracy.evaluate(HELD_OUT, PARSER);
        assertThat(report.exactRate()).as(report.render()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aboutHalfOfTheLabelledSetIsChinese() {
        long chinese = ParserAccuracy.load(LABELLED).stream()
                .filter(p -> p.lang() == dev.llmadvisor.facts.Lang.ZH).count();
        assertThat(chinese).isBetween(80L, 130L);
    }

    @Test
    void aFieldTheLabelLeavesOutCountsAsMissedWhenTheParserFillsIt(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("one.yaml");
        Files.writeString(yaml, """
                - text: "what can my 4090 run?"
                  lang: EN
                  intent: WHAT_CAN_RUN
                - text: "why?"
                  lang: EN
                  intent: WHY
                """);
        ParserAccuracy.Report report = ParserAccuracy.evaluate(yaml, PARSER);
        assertThat(report.cases()).isEqualTo(2);
        assertThat(report.exact()).isEqualTo(1);
        assertThat(report.fields().get("gpus")).isEqualTo(new ParserAccuracy.FieldScore(0, 1));
        assertThat(report.fields().get("intent")).isEqualTo(new ParserAccuracy.FieldScore(2, 2));
        assertThat(report.misses()).singleElement()
                .satisfies(m -> assertThat(m.differences()).containsExactly("gpus: expected null, got [4090 x1]"));
    }
}
