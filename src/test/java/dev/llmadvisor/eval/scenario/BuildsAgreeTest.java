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
 * A changed rules folder answers first from Drools' interpreted build and later from its compiled executable model:
 * both must answer every golden scenario exactly as the shipped, precompiled rules do.
 */
class BuildsAgreeTest {

    private static Path changedCopy(Path to) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv")).toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        // a comment changes the content hash and nothing else: the folder is "changed" and not in the cache
        Path fit = to.resolve("00-fit.drl");
        Files.writeString(fit, Files.readString(fit) + "\n// changed " + System.nanoTime() + "\n");
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

        Path dir = changedCopy(tmp);
        Assembly first = Assembly.of(Path.of("knowledge"), dir);
        assertThat(first.rules().rules().provenance()).isEqualTo(RuleSet.Provenance.INTERPRETED);
        assertThat(answers(new Evaluator.Subject("interpreted", first.advisor(), first.rules().rules()), l.scenarios()))
                .as("the interpreted build").isEqualTo(shipped);

        ModelCompiles.awaitIdle(Duration.ofMinutes(5));
        Assembly next = Assembly.of(Path.of("knowledge"), dir);
        assertThat(next.rules().rules().provenance()).isEqualTo(RuleSet.Provenance.CACHED);
        assertThat(answers(new Evaluator.Subject("compiled", next.advisor(), next.rules().rules()), l.scenarios()))
                .as("the compiled model of the same folder").isEqualTo(shipped);
    }
}
