package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.rules.ModelCompiles;
import dev.llmadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed rules folder answers first from Drools' interpreted build (of its changed files over the shipped model, or
 * of the whole folder) and later from its compiled executable model: each must answer every golden scenario exactly
 * as the shipped, precompiled rules do.
 */
class BuildsAgreeTest {

    /** The shipped rules with a comment added to {@code changed} (the first of them: all .drl files when null). */
    private static Path changedCopy(Path to, String changed) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv")).toList()) {
                Path copy = Files.copy(p, to.resolve(p.getFileName()));
                // a comment changes the content hash and nothing else: the folder is "changed" and not in the cache
                if (copy.toString().endsWith(".drl") && (changed == null || copy.getFileName().toString().equals(changed))) {
                    Files.writeString(copy, Files.readString(copy) + "\n// changed " + System.nanoTime() + "\n");
                }
            }
        }
        return to;
    }

    /** What an answer shows: its verdict, text, options and the rules that spoke. */
    private static List<String> answers(Evaluator.Subject subject, List<Scenario> scenarios) {
        List<String> out = new ArrayList<>();
        for (Evaluator.Result r : new Evaluator(2).run(subject, scenarios, n -> { })) {
            Observed o = r.observed();
            out.add(r.scenario().key() + " " + r.status() + " " + r.failures()
                    + (o == null ? " threw" : " " + o.verdict() + " " + o.options() + " " + new java.util.TreeSet<>(o.fired()) + "\n" + o.text()));
        }
        return out;
    }

    @Test
    void theGoldenScenariosGetTheSameAnswersFromTheInterpretedBuildAndTheCompiledModel(@TempDir Path tmp) throws IOException, InterruptedException {
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(Path.of("scenarios")));
        List<String> shipped = answers(Shared.subject(), l.scenarios());

        // one file changed: the shipped model without that file's rules plus that file's interpreted build (ChangedFiles),
        // whose rules have other load orders than under the whole folder's build
        Path dir = changedCopy(tmp.resolve("one"), "00-fit.drl");
        Assembly first = Assembly.of(Path.of("knowledge"), dir);
        assertThat(first.rules().rules().provenance()).isEqualTo(RuleSet.Provenance.INTERPRETED);
        assertThat(first.rules().rules().builtFiles()).containsExactly("00-fit.drl");
        assertThat(answers(new Evaluator.Subject("interpreted", first.advisor(), first.rules().rules()), l.scenarios()))
                .as("the shipped model with one file interpreted").isEqualTo(shipped);

        Path all = changedCopy(tmp.resolve("all"), null);
        Assembly whole = Assembly.of(Path.of("knowledge"), all);
        assertThat(whole.rules().rules().builtFiles()).as("every file changed: the whole folder's interpreted build")
                .hasSize(RuleSet.read(all).size());
        assertThat(answers(new Evaluator.Subject("interpreted", whole.advisor(), whole.rules().rules()), l.scenarios()))
                .as("the interpreted build of the whole folder").isEqualTo(shipped);

        ModelCompiles.awaitIdle(Duration.ofMinutes(5));
        Assembly next = Assembly.of(Path.of("knowledge"), dir);
        assertThat(next.rules().rules().provenance()).isEqualTo(RuleSet.Provenance.CACHED);
        assertThat(answers(new Evaluator.Subject("compiled", next.advisor(), next.rules().rules()), l.scenarios()))
                .as("the compiled model of the same folder").isEqualTo(shipped);
    }
}
