package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.testing.BadRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A changed folder answers from Drools' interpreted build first; its executable model is compiled for the cache. */
class ModelCompilesTest {

    private static Path folder(Path tmp, String name, String drl) throws Exception {
        // a comment unique to this run: the files must not be in the cache already
        return BadRules.folder(tmp, name, drl + "\n// " + name + " " + System.nanoTime() + "\n");
    }

    @Test
    void aLoopingRuleIsStoppedAndNamedUnderBothBuilds(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp, "loop", BadRules.LOOP);
        RuleSet interpreted = RuleSet.compile(dir);
        assertThat(interpreted.provenance()).isEqualTo(RuleSet.Provenance.INTERPRETED);
        RuleSet model = RuleSet.compileModel(RuleSet.read(dir), dir.toString());
        assertThat(model.provenance()).isEqualTo(RuleSet.Provenance.COMPILED);
        assertThat(model.rules()).isEqualTo(interpreted.rules());
        List<Candidate> cs = List.of(Given.candidate("qwen3-8b", 8.2, Q4_K_M).build(), Given.candidate("llama3-8b", 8.5, Q4_K_M).build());
        for (RuleSet rs : List.of(interpreted, model)) {
            assertThatThrownBy(() -> RulesEngine.of(rs).decide(Given.ask().build(), cs)).as(rs.provenance().toString())
                    .isInstanceOfSatisfying(RuleFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(RuleFailure.Kind.LOOP);
                        assertThat(f.rule()).isEqualTo("Touches its candidate");
                    }).hasMessageContaining("kept firing").hasMessageContaining("limit of");
        }
    }

    @Test
    void aThrowingRuleIsNamedUnderBothBuilds(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp, "throws", BadRules.THROWS);
        RuleSet interpreted = RuleSet.compile(dir);
        RuleSet model = RuleSet.compileModel(RuleSet.read(dir), dir.toString());
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        for (RuleSet rs : List.of(interpreted, model)) {
            assertThatThrownBy(() -> RulesEngine.of(rs).decide(Given.ask().build(), List.of(c))).as(rs.provenance().toString())
                    .isInstanceOfSatisfying(RuleFailure.class, f -> assertThat(f.rule()).isEqualTo("Divides by zero"))
                    .hasMessageContaining("ArithmeticException");
        }
    }

    @Test
    void theInterpretedBuildNamesTheFileAndLineOfAnError(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp, "broken", BadRules.LOOP.replace("then", "thne"));
        assertThatThrownBy(() -> RuleSet.compile(dir)).isInstanceOfSatisfying(RuleCompileException.class,
                e -> assertThat(e.errors()).isNotEmpty().allMatch(err -> err.file().equals("rules.drl"))
                        .anyMatch(err -> err.line() == 9 && err.message().contains("Touches its candidate")));
    }

    @Test
    void theModelIsCompiledInTheBackgroundAndTheNextUseLoadsIt(@TempDir Path tmp) throws Exception {
        Path a = folder(tmp, "a", BadRules.THROWS);
        RulesEngine engine = RulesEngine.watching(a);
        assertThat(engine.rules().provenance()).isEqualTo(RuleSet.Provenance.INTERPRETED);
        ModelCompiles.awaitIdle(Duration.ofMinutes(3));
        assertThat(engine.rules().provenance()).as("a process that lives on switches to the compiled model").isEqualTo(RuleSet.Provenance.COMPILED);
        assertThat(engine.rules().origin()).isEqualTo(a.toString());
        Path b = BadRules.folder(tmp, "b", Files.readString(a.resolve("rules.drl")));
        assertThat(RuleSet.compile(b).provenance()).isEqualTo(RuleSet.Provenance.CACHED);
    }

    @Test
    void theDetachedStepCompilesAFolderIntoTheCache(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp, "detached", BadRules.THROWS);
        Map<String, String> files = RuleSet.read(dir);
        String key = RuleSet.cacheKey(files);
        assertThat(CompileCache.read(key)).isNull();
        assertThat(ModelCompiles.compileAndCache(key, files, dir.toString())).isTrue();
        assertThat(CompileCache.read(key)).isNotNull();
        assertThat(CompileCache.folder().resolve(key + ".compiling")).doesNotExist();
        assertThat(RuleSet.compile(dir).provenance()).isEqualTo(RuleSet.Provenance.CACHED);
    }

    @Test
    void aMarkerOfALiveProcessOrOfAFailureHoldsOffASecondCompileAndAStaleOneDoesNot(@TempDir Path cache) throws Exception {
        Path marker = cache.resolve("k.compiling");
        assertThat(ModelCompiles.busy(cache, "k")).as("no marker").isFalse();
        Files.writeString(marker, Long.toString(ProcessHandle.current().parent().orElseThrow().pid()), StandardCharsets.US_ASCII);
        assertThat(ModelCompiles.busy(cache, "k")).as("another live process").isTrue();
        Files.writeString(marker, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        assertThat(ModelCompiles.busy(cache, "k")).as("this process").isFalse();
        Files.writeString(marker, "failed", StandardCharsets.US_ASCII);
        assertThat(ModelCompiles.busy(cache, "k")).as("failed lately").isTrue();
        Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - ModelCompiles.STALE.toMillis() - 60_000));
        assertThat(ModelCompiles.busy(cache, "k")).as("stale").isFalse();
        Files.writeString(marker, "999999999", StandardCharsets.US_ASCII);
        assertThat(ModelCompiles.busy(cache, "k")).as("a process that is gone").isFalse();
    }
}
