package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesEngineTest {

    private static void copyRules(Path to) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
    }

    private static int points(RulesEngine engine, Candidate c) {
        return engine.decide(Given.ask().build(), java.util.List.of(c)).points(c.key());
    }

    @Test
    void aChangedFolderGoesLiveAndABrokenOneKeepsThePreviousRules(@TempDir Path dir) throws Exception {
        copyRules(dir);
        RulesEngine engine = RulesEngine.watching(dir);
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        int before = points(engine, c);

        Path fit = dir.resolve("00-fit.drl");
        String original = Files.readString(fit);
        Files.writeString(fit, original.replace("insert(Finding.score(kcontext, $c, 30,", "insert(Finding.score(kcontext, $c, 130,"));
        assertThat(engine.reloadIfChanged()).isTrue();
        assertThat(points(engine, c)).isEqualTo(before + 100);

        Files.writeString(fit, original.replace("when", "whne"));
        assertThat(engine.reloadIfChanged()).isFalse();
        assertThat(engine.lastErrors()).isNotEmpty().allMatch(e -> e.file().equals("00-fit.drl"));
        assertThat(points(engine, c)).as("still the previous rules").isEqualTo(before + 100);

        Files.delete(fit);
        assertThat(engine.reloadIfChanged()).as("a removed file is a change too").isTrue();
        assertThat(engine.rules().rules()).doesNotContainKey("Fits entirely on one GPU");
        assertThat(engine.lastErrors()).isEmpty();
    }

    @Test
    void compileErrorsNameFileLineAndRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.drl"), """
                package rules
                import dev.llmadvisor.facts.Candidate
                rule "typo in a field"
                when
                    $c : Candidate( placment == null )
                then
                end
                """);
        assertThatThrownBy(() -> RuleSet.compile(dir)).isInstanceOf(RuleCompileException.class)
                .satisfies(e -> assertThat(((RuleCompileException) e).errors())
                        .anyMatch(err -> err.file().equals("bad.drl") && err.line() == 5 && err.message().contains("placment")));
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSet.compile(dir)).isInstanceOf(RuleCompileException.class).hasMessageContaining("no .drl files");
    }
}
