package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden suite in scenarios/ on the project's rules: how CI runs it. Known failures are allowed, nothing else. */
class GoldenSuiteTest {

    @TempDir
    Path tmp;

    @Test
    void theGoldenSuiteHasNoUnexpectedFailures() {
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(Path.of("scenarios")));
        assertThat(l.errors()).isEmpty();
        assertThat(l.scenarios()).hasSizeGreaterThanOrEqualTo(300);
        long zh = l.scenarios().stream().filter(s -> s.id().endsWith("-zh")).count();
        assertThat(zh).isBetween(l.scenarios().size() * 2L / 5, l.scenarios().size() * 3L / 5);
        List<Evaluator.Result> rs = new Evaluator(Runtime.getRuntime().availableProcessors()).run(Shared.subject(), l.scenarios(), n -> { });
        String failures = rs.stream().filter(r -> r.status() == Evaluator.Status.FAIL || r.status() == Evaluator.Status.FIXED)
                .map(r -> r.scenario().key() + " " + r.status() + ": " + r.failures()).collect(Collectors.joining("\n"));
        assertThat(failures).as("unexpected failures (or known failures that now pass)").isEmpty();
    }

    @Test
    void aBadFileIsReportedTheOthersStillRunAndTheExitCodeIsNonZero() throws IOException {
        Files.writeString(tmp.resolve("good.yaml"), "- {id: g, question: help, expect: {verdict: clarify}}\n");
        Files.writeString(tmp.resolve("bad.yaml"), "- {id: b, question: help, expect: {verdict: clarify}, colour: red}\n");
        Path out = tmp.resolve("out.xml");
        int code = Main.run("evaluate", tmp.toString(), "--format", "junit", "--out", out.toString(), "-q");
        assertThat(code).isEqualTo(1);
        String xml = Files.readString(out);
        assertThat(xml).contains("name=\"g\"").contains("bad.yaml:1: unknown key &apos;colour&apos;");
    }

    @Test
    void aFailingScenarioMakesTheExitCodeNonZeroAndAKnownFailureDoesNot() throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "- {id: k, question: help, expect: {verdict: yes}, known_failure: \"demo\"}\n");
        assertThat(Main.run("evaluate", f.toString(), "-q", "--out", tmp.resolve("r.txt").toString())).isZero();
        Files.writeString(f, "- {id: k, question: help, expect: {verdict: yes}}\n");
        assertThat(Main.run("evaluate", f.toString(), "-q", "--out", tmp.resolve("r.txt").toString())).isEqualTo(1);
    }
}
