package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A folder that differs from the shipped rules by a few files: the others come from the shipped model and only the
 * changed ones are built from DRL; anything the files could share (declared types, functions, globals, queries, rules
 * that extend others, a name used twice) sends the whole folder to Drools' own build.
 */
class ChangedFilesTest {

    private static Map<String, String> shipped() throws Exception {
        return RuleSet.read(Path.of("rules"));
    }

    /** Rule names (with package) of a KieBase. */
    private static TreeSet<String> names(org.kie.api.KieBase base) {
        TreeSet<String> out = new TreeSet<>();
        for (KiePackage p : base.getKiePackages()) for (Rule r : p.getRules()) out.add(p.getName() + "." + r.getName());
        return out;
    }

    private static String rule(String name, String constraint, String then) {
        return "rule \"" + name + "\"\n    @source(\"test\")\nwhen\n    $c : Candidate( " + constraint + " )\nthen\n    " + then + "\nend\n";
    }

    private static final String HEAD = "package rules\nimport dev.llmadvisor.facts.Candidate\nimport dev.llmadvisor.facts.Finding\n";

    @Test
    void theJarsManifestIsThatOfTheShippedRules() throws Exception {
        ChangedFiles.Manifest m = RuleSet.Embedded.get().manifest();
        assertThat(m).isEqualTo(ChangedFiles.Manifest.of(shipped()));
        assertThat(m.plain()).as("the shipped files hold only imports and rules").isTrue();
        assertThat(ChangedFiles.changed(shipped(), m)).isEmpty();
    }

    @Test
    void aFolderWithOneShippedFileEditedBuildsOnlyThatFileAndHasTheSameRules() throws Exception {
        TreeSet<String> all = names(RuleSet.embedded().base());
        long total = shipped().values().stream().mapToLong(String::length).sum();
        for (String file : shipped().keySet()) {
            Map<String, String> files = new LinkedHashMap<>(shipped());
            files.put(file, "// edited\n" + files.get(file) + "\n// " + System.nanoTime() + "\n");
            ChangedFiles.Built b = ChangedFiles.build(files, RuleSet.Embedded.get());
            if (files.get(file).length() * 2L > total) {
                assertThat(b).as(file + ", more than half of the folder: built with the rest").isNull();
                continue;
            }
            assertThat(b).as(file).isNotNull();
            assertThat(b.built()).as(file).containsExactly(file);
            assertThat(names(b.base())).as(file).isEqualTo(all);
        }
    }

    @Test
    void newFilesWhereverTheirNamesSortAreAddedToTheShippedRules() throws Exception {
        TreeSet<String> all = names(RuleSet.embedded().base());
        int i = 0;
        for (String name : List.of("000-first.drl", "15-between.drl", "99-last.drl", "extra/nested.drl", "zz-mine.drl")) {
            Map<String, String> files = new LinkedHashMap<>(shipped());
            String ruleName = "Added rule " + i++;
            files.put(name, HEAD + rule(ruleName, "fits()", "Finding.score(kcontext, $c, 1, \"ok\", \"好\");"));
            ChangedFiles.Built b = ChangedFiles.build(files, RuleSet.Embedded.get());
            assertThat(b).as(name).isNotNull();
            assertThat(b.built()).containsExactly(name);
            TreeSet<String> expected = new TreeSet<>(all);
            expected.add("rules." + ruleName);
            assertThat(names(b.base())).as(name).isEqualTo(expected);
        }
    }

    @Test
    void aRemovedShippedFileTakesItsRulesAlong() throws Exception {
        for (String file : List.of("30-multi-gpu.drl", "70-platform.drl")) {
            Map<String, String> files = new LinkedHashMap<>(shipped());
            files.remove(file);
            ChangedFiles.Built b = ChangedFiles.build(files, RuleSet.Embedded.get());
            assertThat(b.built()).isEmpty();
            List<String> gone = RuleSet.Embedded.get().manifest().fileRules().get(file).stream().map(k -> k.replace('\u0000', '.')).toList();
            assertThat(gone).isNotEmpty();
            assertThat(names(b.base())).as(file).doesNotContainAnyElementsOf(gone).hasSize(names(RuleSet.embedded().base()).size() - gone.size());
        }
    }

    @Test
    void filesThatCouldShareAnythingAreBuiltWithTheWholeFolder() throws Exception {
        List<String> shared = List.of(
                "declare Note\n    text : String\nend\n" + rule("Uses a type", "fits()", "insert(new Note(\"x\"));"),
                "function int twice(int x) { return 2 * x; }\n" + rule("Uses a function", "fits()", "Finding.score(kcontext, $c, twice(1), \"a\", \"b\");"),
                "global java.util.List seen\n" + rule("Uses a global", "fits()", "seen.add($c);"),
                "query \"fitting\"\n    $c : Candidate( fits() )\nend\n",
                rule("Base rule", "fits()", "Finding.score(kcontext, $c, 1, \"a\", \"b\");")
                        + "rule \"Derived rule\" extends \"Base rule\"\nwhen\n    Candidate( this == $c, onGpu() )\nthen\nend\n",
                // a name a kept shipped rule has: the whole folder's build reports the duplicate
                rule("Fits entirely on one GPU", "fits()", "Finding.score(kcontext, $c, 1, \"a\", \"b\");"),
                // does not compile on its own: the whole folder's build names the file and line
                rule("Broken", "fits(", "Finding.score(kcontext, $c, 1, \"a\", \"b\");"));
        for (String text : shared) {
            Map<String, String> files = new LinkedHashMap<>(shipped());
            files.put("90-mine.drl", HEAD + text);
            assertThat(ChangedFiles.build(files, RuleSet.Embedded.get())).as(text).isNull();
        }
        // so does an edit of most of the folder: its own build costs no more
        Map<String, String> most = new LinkedHashMap<>();
        shipped().forEach((n, t) -> most.put(n, t + "\n// all edited\n"));
        assertThat(ChangedFiles.build(most, RuleSet.Embedded.get())).isNull();
    }

    @Test
    void aDuplicateNameOrASyntaxErrorInTheChangedFileIsReportedAsTheWholeBuildReportsIt(@TempDir Path tmp) throws Exception {
        Path dup = copy(tmp.resolve("dup"), "90-mine.drl", HEAD + rule("Fits entirely on one GPU", "fits()", "update($c);"));
        assertThatThrownBy(() -> RuleSet.compile(dup)).isInstanceOfSatisfying(RuleCompileException.class,
                e -> assertThat(e.getMessage()).contains("Fits entirely on one GPU"));
        Path broken = copy(tmp.resolve("broken"), "90-mine.drl", HEAD + rule("Broken", "fits()", "update($c);").replace("then", "thne"));
        assertThatThrownBy(() -> RuleSet.compile(broken)).isInstanceOfSatisfying(RuleCompileException.class,
                e -> assertThat(e.errors()).isNotEmpty().allMatch(err -> err.file().equals("90-mine.drl")));
    }

    @Test
    void aLoopingRuleAddedToTheShippedRulesIsNamedAndAnEditedShippedRuleTakesEffect(@TempDir Path tmp) throws Exception {
        Path loop = copy(tmp.resolve("loop"), "95-touch.drl", HEAD + rule("Touches each fitting candidate", "fits()", "update($c);")
                + "// " + System.nanoTime() + "\n");
        RuleSet rs = RuleSet.compile(loop);
        assertThat(rs.provenance()).isEqualTo(RuleSet.Provenance.INTERPRETED);
        assertThat(rs.builtFiles()).containsExactly("95-touch.drl");
        List<Candidate> cs = List.of(Given.candidate("qwen3-8b", 8.2, Q4_K_M).build(), Given.candidate("llama3-8b", 8.5, Q8_0).build());
        assertThatThrownBy(() -> RulesEngine.of(rs).decide(Given.ask().build(), cs)).isInstanceOfSatisfying(RuleFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(RuleFailure.Kind.LOOP);
            assertThat(f.rule()).isEqualTo("Touches each fitting candidate");
        });

        Candidate c = Given.candidate("llama3-8b", 8.5, Q8_0).build();
        int before = RulesEngine.of(RuleSet.embedded()).decide(Given.ask().build(), List.of(c)).points(c.key());
        Path edited = copy(tmp.resolve("edited"), null, null);
        Path formats = edited.resolve("20-formats.drl");
        Files.writeString(formats, Files.readString(formats).replace("Finding.score(kcontext, $c, 6,", "Finding.score(kcontext, $c, 56,")
                + "// " + System.nanoTime() + "\n");
        RuleSet changed = RuleSet.compile(edited);
        assertThat(changed.builtFiles()).containsExactly("20-formats.drl");
        assertThat(RulesEngine.of(changed).decide(Given.ask().build(), List.of(c)).points(c.key()))
                .as("the edited rule replaced the shipped one").isEqualTo(before + 50);
    }

    /** The shipped rules and tables in {@code dir}, plus one file (none when {@code name} is null). */
    private static Path copy(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        try (var s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv")).toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        if (name != null) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), text);
        }
        return dir;
    }
}
