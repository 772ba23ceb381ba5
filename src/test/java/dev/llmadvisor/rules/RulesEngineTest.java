package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Preference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.llmadvisor.testing.BadRules;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        Files.writeString(fit, original.replace("Finding.score(kcontext, $c, 30,", "Finding.score(kcontext, $c, 130,"));
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
    void aSharedListIsDecidedOnceForEachAskUntilTheRulesChange(@TempDir Path dir) throws Exception {
        copyRules(dir);
        RulesEngine engine = RulesEngine.watching(dir);
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        List<Candidate> shared = List.of(c);
        Decision first = engine.decideShared(Given.ask().build(), shared);
        assertThat(engine.decideShared(Given.ask().build(), shared)).as("the same list and an equal ask").isSameAs(first);
        assertThat(engine.decideShared(Given.ask().preference(Preference.QUALITY).build(), shared)).isNotSameAs(first);
        assertThat(engine.decideShared(Given.ask().build(), new ArrayList<>(shared))).as("another list, even an equal one").isNotSameAs(first);
        assertThat(first.ranking().all()).singleElement().satisfies(r -> assertThat(r.points()).isEqualTo(first.deliberation().points(c.key())));

        Path fit = dir.resolve("00-fit.drl");
        Files.writeString(fit, Files.readString(fit).replace("Finding.score(kcontext, $c, 30,", "Finding.score(kcontext, $c, 130,"));
        assertThat(engine.reloadIfChanged()).isTrue();
        assertThat(engine.decideShared(Given.ask().build(), shared).deliberation().points(c.key()))
                .as("new rules decide afresh").isEqualTo(first.deliberation().points(c.key()) + 100);
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
    void aRuleThatKeepsFiringIsNamedWithinTheFiringLimit(@TempDir Path tmp) throws Exception {
        RuleSet loop = RuleSet.compile(BadRules.folder(tmp, "loop", BadRules.LOOP));
        RulesEngine engine = RulesEngine.of(loop, new RulesEngine.Limits(2_000, Duration.ofSeconds(60)));
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        assertThatThrownBy(() -> engine.decide(Given.ask().build(), List.of(c))).isInstanceOf(RuleFailure.class)
                .hasMessageContaining("rule \"Touches its candidate\" kept firing")
                .satisfies(e -> assertThat(((RuleFailure) e).kind()).isEqualTo(RuleFailure.Kind.LOOP))
                .satisfies(e -> assertThat(((RuleFailure) e).rule()).isEqualTo("Touches its candidate"));
        // A time bound stops it too, whichever comes first.
        RulesEngine timed = RulesEngine.of(loop, new RulesEngine.Limits(100_000_000, Duration.ofMillis(200)));
        assertThatThrownBy(() -> timed.decide(Given.ask().build(), List.of(c))).isInstanceOf(RuleFailure.class)
                .satisfies(e -> assertThat(((RuleFailure) e).rule()).isEqualTo("Touches its candidate"));
    }

    @Test
    void withTheAutomaticLimitsALoopIsStoppedWhenOneRuleHasChangedMoreFactsThanThereAre(@TempDir Path tmp) throws Exception {
        RuleSet loop = RuleSet.compile(BadRules.folder(tmp, "loop", BadRules.LOOP));
        for (int n : new int[] {1, 40, 300}) {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) candidates.add(Given.candidate("model-" + i, 4 + i % 9, Q4_K_M).build());
            RulesEngine.Limits limits = RulesEngine.Limits.DEFAULT;
            int writeLimit = limits.writesFor(n + 1);
            assertThat(writeLimit).isEqualTo(n + 1 + RulesEngine.Limits.AUTO_WRITE_MARGIN);
            assertThatThrownBy(() -> RulesEngine.of(loop, limits).decide(Given.ask().build(), candidates)).isInstanceOf(RuleFailure.class)
                    .satisfies(e -> assertThat(((RuleFailure) e).kind()).isEqualTo(RuleFailure.Kind.LOOP))
                    .satisfies(e -> assertThat(((RuleFailure) e).rule()).isEqualTo("Touches its candidate"))
                    // stopped at the change past the write limit, long before the firing limit
                    .hasMessageContaining("changed working memory " + (writeLimit + 1) + " times")
                    .hasMessageContaining("past the limit of " + writeLimit + " changes");
        }
    }

    @Test
    void aRuleThatChangesWorkingMemoryOnceForEachFactIsNoLoop(@TempDir Path tmp) throws Exception {
        RuleSet marking = RuleSet.compile(BadRules.folder(tmp, "marks", """
                package rules
                import dev.llmadvisor.facts.Candidate
                import dev.llmadvisor.facts.Finding
                rule "Marks each candidate"
                    @source("test: one insert per candidate")
                when
                    $c : Candidate()
                then
                    insert($c.key() + " seen");
                end
                rule "Fits when marked"
                    @source("test")
                when
                    $c : Candidate( fits() )
                    String( this == ($c.key() + " seen") )
                then
                    Finding.score(kcontext, $c, 1, "fits", "fits");
                end
                """));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 400; i++) candidates.add(Given.candidate("model-" + i, 4 + i % 9, Q4_K_M).build());
        Deliberation d = RulesEngine.of(marking).decide(Given.ask().build(), candidates);
        assertThat(candidates).allSatisfy(c -> assertThat(d.points(c.key())).isEqualTo(1));
    }

    @Test
    void aRuleThatChangesAFactAFewTimesIsNoLoop(@TempDir Path tmp) throws Exception {
        // Steps a declared counter up to a bound: the same rule fires on the same fact again after each change.
        int steps = 50;
        RuleSet stepping = RuleSet.compile(BadRules.folder(tmp, "steps", """
                package rules
                import dev.llmadvisor.facts.Candidate
                import dev.llmadvisor.facts.Finding
                declare Step
                    n : int
                end
                rule "Starts counting"
                    @source("test")
                when
                    $c : Candidate( fits() )
                then
                    insert(new Step(0));
                end
                rule "Counts up"
                    @source("test: a rule that changes what it matches a bounded number of times")
                when
                    $s : Step( n < %d )
                then
                    modify($s) { setN($s.getN() + 1) };
                end
                rule "Fits"
                    @source("test")
                when
                    $c : Candidate( fits() )
                    Step( n == %d )
                then
                    Finding.score(kcontext, $c, 1, "fits", "fits");
                end
                """.formatted(steps, steps)));
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        assertThat(RulesEngine.of(stepping).decide(Given.ask().build(), List.of(c)).points(c.key())).isEqualTo(1);
    }

    @Test
    void aRuleThatThrowsIsNamed(@TempDir Path tmp) throws Exception {
        RulesEngine engine = RulesEngine.of(RuleSet.compile(BadRules.folder(tmp, "throws", BadRules.THROWS)));
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        assertThatThrownBy(() -> engine.decide(Given.ask().build(), List.of(c))).isInstanceOf(RuleFailure.class)
                .hasMessage("rule \"Divides by zero\" threw ArithmeticException: / by zero");
    }

    @Test
    void hotReloadRejectsALoopingRuleSetAndThePreviousRulesKeepServing(@TempDir Path tmp) throws Exception {
        Path dir = BadRules.folder(tmp, "live", BadRules.THROWS.replace("System.out.println(1 / zero);", "System.out.println(zero);"));
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        RulesEngine.Probe probe = new RulesEngine.Probe("probe", Given.ask().build(), List.of(c));
        RulesEngine engine = RulesEngine.watching(dir, new RulesEngine.Limits(2_000, Duration.ofSeconds(60)), () -> List.of(probe));
        Files.writeString(dir.resolve("rules.drl"), BadRules.LOOP);
        Files.setLastModifiedTime(dir.resolve("rules.drl"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(engine.reloadIfChanged()).isFalse();
        assertThat(engine.lastErrors()).singleElement().satisfies(e -> assertThat(e.toString()).contains("Touches its candidate").contains("kept firing"));
        assertThat(engine.rules().rules()).containsKey("Divides by zero").doesNotContainKey("Touches its candidate");
        assertThat(engine.decide(Given.ask().build(), List.of(c)).findings()).isEmpty();
    }

    @Test
    void findingsAreCollectedOnceWhetherOrNotARuleInsertsThem(@TempDir Path tmp) throws Exception {
        String both = """
                package rules
                import dev.llmadvisor.facts.Candidate
                import dev.llmadvisor.facts.Finding
                rule "Old style"
                when
                    $c : Candidate( )
                then
                    insert(Finding.score(kcontext, $c, 3, "old", "old"));
                end
                rule "New style"
                when
                    $c : Candidate( )
                then
                    Finding.score(kcontext, $c, 4, "new", "new");
                end
                """;
        RulesEngine engine = RulesEngine.of(RuleSet.compile(BadRules.folder(tmp, "styles", both)));
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        Deliberation d = engine.decide(Given.ask().build(), List.of(c));
        assertThat(d.points(c.key())).isEqualTo(7);
        assertThat(d.fired()).extracting(FiredRule::rule).containsExactlyInAnyOrder("Old style", "New style");
    }

    @Test
    void aSecondCompileOfTheSameFilesComesFromTheCache(@TempDir Path tmp) throws Exception {
        Path a = BadRules.folder(tmp, "a", BadRules.THROWS + "\n// cache test " + System.nanoTime() + "\n");
        RuleSet first = RuleSet.compile(a);
        assertThat(first.provenance()).as("a changed folder's first use").isEqualTo(RuleSet.Provenance.INTERPRETED);
        ModelCompiles.awaitIdle(java.time.Duration.ofMinutes(3));
        Path b = BadRules.folder(tmp, "b", Files.readString(a.resolve("rules.drl")));
        RuleSet second = RuleSet.compile(b);
        assertThat(second.provenance()).isEqualTo(RuleSet.Provenance.CACHED);
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(RuleSet.compile(Path.of("rules")).provenance()).as("the shipped rules").isEqualTo(RuleSet.Provenance.PRECOMPILED);
    }

    @Test
    void theShippedRuleFilesAreCopiedAsShipped(@TempDir Path tmp) throws Exception {
        assertThat(RuleSet.copyShipped(tmp)).isTrue();
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            List<Path> shipped = s.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv")).toList();
            assertThat(shipped).isNotEmpty();
            for (Path p : shipped) assertThat(tmp.resolve(p.getFileName().toString())).hasSameBinaryContentAs(p);
        }
        assertThat(RuleSet.compile(tmp).provenance()).isEqualTo(RuleSet.Provenance.PRECOMPILED);
    }

    @Test
    void aBinaryRuleFileIsNamed(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("image.drl"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(() -> RuleSet.compile(tmp)).isInstanceOf(IOException.class).hasMessageContaining("image.drl")
                .hasMessageContaining("not UTF-8 text");
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSet.compile(dir)).isInstanceOf(RuleCompileException.class).hasMessageContaining("no .drl files");
    }
}
