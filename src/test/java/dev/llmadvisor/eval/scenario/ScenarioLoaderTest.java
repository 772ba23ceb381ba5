package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsAGoodYamlFileWithQuestionsFactsAndFollowUps() throws IOException {
        write("good.yaml", """
                source: test
                scenarios:
                  - id: words
                    question: "what can my 16GB card run?"
                    follow_ups: ["and at 32k context?"]
                    expect: {verdict: yes, language: en, recommends: [qwen3-14b@Q4_K_M], total_gb_between: [1, 16]}
                  - id: facts
                    facts:
                      gpus: [{name: RTX 3090, count: 2}, "RTX 3060 12GB"]
                      ram_gb: 64
                      models: [llama3.1-70b-instruct]
                      format: q4_k_m
                      context: 32k
                      use_case: coding
                      topics: [php]
                      lang: zh
                      intent: can_run
                    expect:
                      verdict: no
                      at_least: 4
                    known_failure: "because"
                """);
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(dir));
        assertThat(l.errors()).isEmpty();
        assertThat(l.scenarios()).hasSize(2);
        Scenario w = l.scenarios().get(0);
        assertThat(w.question()).isEqualTo("what can my 16GB card run?");
        assertThat(w.followUps()).containsExactly("and at 32k context?");
        assertThat(w.expect().verdict()).isEqualTo("yes");
        assertThat(w.expect().totalGbBetween()).containsExactly(1, 16);
        assertThat(w.line()).isEqualTo(3);
        Scenario f = l.scenarios().get(1);
        assertThat(f.facts().gpus()).hasSize(2);
        assertThat(f.facts().gpus().get(0).count()).isEqualTo(2);
        assertThat(f.facts().format()).isEqualTo(WeightFormat.Q4_K_M);
        assertThat(f.facts().context()).isEqualTo(32768);
        assertThat(f.facts().useCase()).isEqualTo(UseCase.CODING);
        assertThat(f.facts().lang()).isEqualTo(Lang.ZH);
        assertThat(f.facts().intent()).isEqualTo(Intent.CAN_RUN);
        assertThat(f.facts().ramGb()).isEqualTo(64.0);
        assertThat(f.expect().verdict()).isEqualTo("no");
        assertThat(f.expect().quantBitsAtLeast()).isEqualTo(4);
        assertThat(f.knownFailure()).isEqualTo("because");
    }

    @Test
    void readsJsonAndATopLevelList() throws IOException {
        write("a.json", "[{\"id\": \"j\", \"question\": \"can a 4090 run qwen3 8b?\", \"expect\": {\"verdict\": \"yes\"}}]");
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(dir));
        assertThat(l.errors()).isEmpty();
        assertThat(l.scenarios()).extracting(Scenario::id).containsExactly("j");
    }

    @Test
    void anUnknownKeyIsReportedWithFileAndLineAndTheOtherFilesStillLoad() throws IOException {
        write("bad.yaml", """
                scenarios:
                  - id: ok
                    question: hi
                    expect: {verdict: clarify}
                  - id: typo
                    question: hi
                    expekt: {verdict: yes}
                """);
        write("good.yaml", "- {id: fine, question: hello, expect: {verdict: clarify}}\n");
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(dir));
        assertThat(l.scenarios()).extracting(Scenario::id).containsExactlyInAnyOrder("ok", "fine");
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).endsWith("bad.yaml");
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.message()).contains("unknown key 'expekt'");
            assertThat(e.toString()).contains("bad.yaml:7");
        });
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        write("broken.yaml", "scenarios:\n  - id: a\n    question: \"unterminated\n    expect: {verdict: yes}\n  - [\n");
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(dir));
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("not valid YAML");
            assertThat(e.line()).isGreaterThan(1);
        });
    }

    @Test
    void aMissingQuestionAMissingExpectAndBadValuesAreErrors() throws IOException {
        write("bad.yaml", """
                - id: noq
                  expect: {verdict: yes}
                - id: noexpect
                  question: hi
                - id: badverdict
                  question: hi
                  expect: {verdict: maybe}
                - id: badformat
                  facts: {vram_gb: 8, format: Q9_Z}
                  expect: {verdict: yes}
                - id: badrange
                  question: hi
                  expect: {total_gb_between: [5]}
                - id: x
                  question: first
                  expect: {verdict: yes}
                - id: x
                  question: second
                  expect: {verdict: yes}
                """);
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(dir));
        assertThat(l.errors()).extracting(ScenarioLoader.LoadError::line).containsExactly(1, 3, 7, 9, 13, 17);
        assertThat(l.errors().get(0).message()).contains("neither 'question' nor 'facts'");
        assertThat(l.errors().get(1).message()).contains("no 'expect'");
        assertThat(l.errors().get(2).message()).contains("verdict must be one of");
        assertThat(l.errors().get(3).message()).contains("unknown format 'Q9_Z'");
        assertThat(l.errors().get(4).message()).contains("[lo, hi]");
        assertThat(l.errors().get(5).message()).contains("duplicate scenario id 'x'");
    }

    @Test
    void aMissingPathIsAnError() {
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(dir.resolve("nope")));
        assertThat(l.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no such file"));
    }
}
