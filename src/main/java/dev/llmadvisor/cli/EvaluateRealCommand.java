package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.eval.real.RealQuestion;
import dev.llmadvisor.eval.real.RealQuestionEvaluation;
import dev.llmadvisor.eval.real.RealQuestionLoader;
import dev.llmadvisor.hub.HubLookup;
import dev.llmadvisor.knowledge.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs the real-question corpus and reports understanding and verdict agreement for dev and held-out. */
@Command(name = "evaluate-real", mixinStandardHelpOptions = true,
        description = {"Run real questions copied from public threads (eval/real-questions) and report, for the dev and",
                "held-out parts, how often the advisor understood each field and agreed with the thread's verdict.",
                "Exit code 1 with --check-goals when the held-out part misses a goal."})
final class EvaluateRealCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "eval/real-questions", description = "corpus folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--misses", paramLabel = "SPLIT", description = "list the misses of dev, dev-a, dev-b, held-out or all")
    String misses;

    @Option(names = "--dev-halves", description = "report dev as two fixed halves, dev-a and dev-b: tune on dev-a, measure dev-b")
    boolean devHalves;

    @Option(names = "--profile", description = "count the misses of each field by their shape (no card read, count differs, vllm -> null …), dev and held-out")
    boolean profile;

    @Option(names = "--field", paramLabel = "FIELD", description = "with --misses or --profile: only these fields (hardware, model, engine, verdict, kind, …)")
    List<String> fields = List.of();

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--check-goals", description = "exit 1 when the held-out part misses a goal")
    boolean checkGoals;

    @Option(names = "--online", description = "look up Hub models the catalog lacks (default: offline, so runs are repeatable)")
    boolean online;

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() throws Exception {
        if (misses != null && !List.of("dev", "dev-a", "dev-b", "held-out", "all").contains(misses)) {
            throw new InputError("--misses takes dev, dev-a, dev-b, held-out or all, not \"" + misses + "\"");
        }
        for (String f : fields) {
            if (!RealQuestionEvaluation.FIELDS.contains(f)) {
                throw new InputError("unknown --field \"" + f + "\"; fields: " + String.join(", ", RealQuestionEvaluation.FIELDS));
            }
        }
        List<RealQuestion> questions = RealQuestionLoader.load(dir);
        Assembly base = sources.assemble();
        Assembly a = online ? base : Assembly.of(base.knowledge(), base.rules(), base.parser(),
                HubLookup.disabled("evaluate-real runs offline", "evaluate-real 离线运行"));
        RealQuestionEvaluation.Report report = RealQuestionEvaluation.run(questions, a.advisor(), a.knowledge());
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.toJson()));
        } else {
            System.out.print(devHalves ? report.table(List.of("dev-a", "dev-b", "held-out")) : report.table());
            if (profile) System.out.print("\n" + (devHalves ? report.profile(fields, List.of("dev-a", "dev-b", "held-out")) : report.profile(fields)));
            if (misses != null) System.out.print("\n" + report.misses(misses, fields));
        }
        if (!json) System.out.print(report.missedGoalsLine());
        return checkGoals && !report.missedGoals().isEmpty() ? 1 : 0;
    }
}
