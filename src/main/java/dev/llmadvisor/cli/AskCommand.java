package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Answers one typed question through the rules. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = {"Answer one question, e.g. ask \"can two 3090s run llama 3.1 70b?\"",
        "Exit code 0 answered, 1 not answerable (hardware or model missing, or the rules failed), 2 bad input (unknown card or model)."})
final class AskCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "the question, in English or Chinese")
    List<String> words;

    @Option(names = "--json", description = "print the recommendations as JSON")
    boolean json;

    @Option(names = "--why", description = "also print the reasons")
    boolean why;


    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() throws Exception {
        Answer a = sources.assemble().advisor().answer("cli", String.join(" ", words));
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(a)));
        } else {
            System.out.println(a.reply().toText(why));
        }
        return exitCode(a);
    }

    /**
     * 0: answered (also "no, it does not fit", and help); 1: not answerable (the question lacks the hardware or the
     * model, or the rules failed); 2: bad input (an unknown card or model, an impossible value).
     */
    static int exitCode(Answer a) {
        if (a.badInput()) return 2;
        return switch (a.reply().kind()) {
            case ANSWER, HELP -> 0;
            case CLARIFY, ERROR -> 1;
        };
    }

    static Map<String, Object> toJson(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.reply().kind().name().toLowerCase(Locale.ROOT));
        m.put("language", a.reply().lang().name().toLowerCase(Locale.ROOT));
        m.put("verdict", a.reply().headline());
        if (a.ask() != null) {
            m.put("hardware", a.ask().hardware());
            m.put("context", a.ask().context());
        }
        List<Map<String, Object>> recs = new ArrayList<>();
        for (Recommendation r : a.shown()) {
            Candidate c = r.candidate();
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("model", c.modelId());
            rm.put("model_name", c.modelName());
            rm.put("quant", c.format().label());
            rm.put("placement", c.placementName());
            rm.put("fits", r.eligible());
            rm.put("total_bytes", Units.gib(c.totalGb()));
            rm.put("gpu_bytes", Units.gib(c.gpuGb()));
            rm.put("ram_bytes", Units.gib(c.ramGb()));
            rm.put("tokens_per_second", Map.of("low", Math.round(c.tpsLow() * 10) / 10.0, "high", Math.round(c.tpsHigh() * 10) / 10.0));
            rm.put("score", r.points());
            List<Map<String, Object>> reasons = new ArrayList<>();
            reasons.add(Map.of("rule", "arithmetic", "source", "sizing core", "text", c.arithmetic(a.reply().lang())));
            for (Finding f : r.findings()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("rule", f.rule());
                fm.put("source", f.source());
                fm.put("effect", f.effect().name().toLowerCase(Locale.ROOT));
                fm.put("points", f.points());
                fm.put("text", f.text(a.reply().lang()));
                reasons.add(fm);
            }
            rm.put("reasons", reasons);
            recs.add(rm);
        }
        m.put("recommendations", recs);
        m.put("notes", a.reply().notes());
        return m;
    }

}
