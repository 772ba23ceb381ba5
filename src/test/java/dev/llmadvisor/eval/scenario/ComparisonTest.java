package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** --against on two rule folders written here: a copy of rules/ and one with a rule's points changed. */
class ComparisonTest {

    @TempDir
    static Path tmp;
    static Path base;
    static Path changed;
    static Path scenarios;

    @BeforeAll
    static void folders() throws IOException {
        base = copyRules(tmp.resolve("base"));
        changed = copyRules(tmp.resolve("changed"));
        Path formats = changed.resolve("20-formats.drl");
        String drl = Files.readString(formats);
        // The balance formats now lose points instead of gaining them: Q4_K_M/Q5_K_M answers move to other formats.
        String edited = drl.replace("Finding.score(kcontext, $c, 4,\n        \"{format} balances size and quality\"",
                "Finding.score(kcontext, $c, -40,\n        \"{format} balances size and quality\"");
        assertThat(edited).isNotEqualTo(drl);
        Files.writeString(formats, edited);
        scenarios = tmp.resolve("scenarios.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - id: balance
                    question: "Can an RTX 3060 12GB run Qwen3 8B?"
                    expect: {verdict: yes, quant: Q4_K_M}
                  - id: untouched
                    question: "help"
                    expect: {verdict: clarify}
                """);
    }

    private static Path copyRules(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }

    @Test
    void reportsTheFormatChangeTheStatusChangeAndNothingForUnchangedAnswers() {
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(scenarios));
        Evaluator ev = new Evaluator(1);
        Report a = report(ev, Assembly.of(Path.of("knowledge"), base), l);
        Report b = report(ev, Assembly.of(Path.of("knowledge"), changed), l);
        Comparison c = Comparison.of(a, b);
        assertThat(c.compared()).isEqualTo(2);
        assertThat(c.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.scenario()).isEqualTo("balance");
            assertThat(ch.changed()).singleElement().asString().startsWith("qwen3-8b: Q4_K_M gpu -> ");
            assertThat(ch.topBefore()).startsWith("qwen3-8b@Q4_K_M");
            assertThat(ch.topAfter()).doesNotStartWith("qwen3-8b@Q4_K_M");
            assertThat(ch.statusBefore()).isEqualTo(Evaluator.Status.PASS);
            assertThat(ch.statusAfter()).isEqualTo(Evaluator.Status.FAIL);
            assertThat(ch.passFailChanged()).isTrue();
            assertThat(ch.verdictBefore()).isEqualTo(ch.verdictAfter());
        });
        assertThat(ConsoleReport.comparison(c)).contains("1 of 2 scenarios answer differently", "~ qwen3-8b: Q4_K_M gpu ->", "status: PASS -> FAIL");
    }

    @Test
    void theCommandRunsBothRuleSetsAndExitsOnTheBaseRun() throws IOException {
        Path out = tmp.resolve("report.json");
        int code = Main.run("evaluate", scenarios.toString(), "--rules", base.toString(), "--against", changed.toString(),
                "--knowledge", "knowledge", "--format", "json", "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        String json = Files.readString(out);
        assertThat(json).contains("\"against\"", "\"scenario\" : \"balance\"", "\"statusAfter\" : \"FAIL\"");
    }

    private static Report report(Evaluator ev, Assembly a, ScenarioLoader.Loaded l) {
        long t0 = System.nanoTime();
        List<Evaluator.Result> rs = ev.run(new Evaluator.Subject(a.rules().rules().origin(), a.advisor(), a.rules().rules()), l.scenarios(), n -> { });
        return new Report(a.rules().rules().origin(), rs, l.errors(), a.rules().rules().rules(), System.nanoTime() - t0, 1, null);
    }
}
