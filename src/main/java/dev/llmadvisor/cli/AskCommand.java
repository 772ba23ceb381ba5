package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.reply.ReplyWriter;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.engine.Remark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
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

    /**
     * The command for a line that is {@code ask}, the question's words and at most the options {@code --json},
     * {@code --why}, {@code --rules DIR} and {@code --knowledge DIR} (each once, anywhere among the words, a value
     * that is not an option), as picocli would make it, without picocli: building its model of the command from the
     * annotations by reflection, and its own classes (Java 5 class files, outside the class-data archive), cost
     * about a tenth of a one-shot ask's CPU. Null for any other line (another option, {@code --opt=value}, an
     * {@code @file}, {@code --}, a repeated option, no question), which picocli reads.
     */
    static AskCommand plainLine(String[] args) {
        if (args.length < 2 || !args[0].equals("ask")) return null;
        AskCommand c = new AskCommand();
        c.sources = new SourceOptions();
        List<String> words = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String w = args[i];
            switch (w) {
                case "--json" -> {
                    if (c.json) return null;
                    c.json = true;
                }
                case "--why" -> {
                    if (c.why) return null;
                    c.why = true;
                }
                case "--rules", "--knowledge" -> {
                    Path dir = i + 1 < args.length ? folder(args[++i]) : null;
                    if (dir == null || (w.equals("--rules") ? c.sources.rulesDir : c.sources.knowledgeDir) != null) return null;
                    if (w.equals("--rules")) c.sources.rulesDir = dir;
                    else c.sources.knowledgeDir = dir;
                }
                default -> {
                    if (w.isEmpty() || w.startsWith("-") || w.startsWith("@")) return null;
                    words.add(w);
                }
            }
        }
        if (words.isEmpty()) return null;
        c.words = List.copyOf(words);
        return c;
    }

    /** An option's folder as picocli reads it; null for what picocli would refuse or read otherwise. */
    private static Path folder(String value) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return null;
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

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
     * 0: answered (also "no, it does not fit", and help asked for); 1: not answerable (the question lacks the hardware
     * or the model — also one of which nothing was read, answered with the help —, or the rules failed); 2: bad input
     * (an unknown card or model, an impossible value).
     */
    static int exitCode(Answer a) {
        if (a.badInput()) return 2;
        return switch (a.reply().kind()) {
            case ANSWER -> 0;
            case HELP -> a.problems().isEmpty() ? 0 : 1;
            case CLARIFY, ERROR -> 1;
        };
    }

    /** What was understood of the question, in the field names of the real-question corpus. */
    static Map<String, Object> understood(Understood u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", u.kind().id());
        m.put("gpus", u.gpus().stream().map(AskCommand::gpu).toList());
        m.put("alternatives", u.alternatives().stream().map(AskCommand::gpu).toList());
        m.put("cpu_only", u.cpuOnly());
        m.put("ram_gb", u.ramGb());
        m.put("ram_assumed", u.ramAssumed());
        m.put("engine", u.engine() == null ? null : u.engine().id());
        m.put("format", u.format() == null ? null : u.format().label());
        m.put("context", u.context());
        m.put("kv_cache", u.kvCache() == null ? null : u.kvCache().label());
        List<Map<String, Object>> models = new ArrayList<>();
        // a line named without a size is every model of it: one entry of no one size
        for (Understood.Model x : u.modelsAndLines()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("asked", x.asked());
            mm.put("id", x.id());
            mm.put("name", x.name());
            mm.put("params_b", x.line() ? null : x.paramsB());
            mm.put("generic", x.generic());
            mm.put("line", x.line());
            if (x.note() != null) mm.put("note", x.note().en());
            models.add(mm);
        }
        m.put("models", models);
        return m;
    }

    private static Map<String, Object> gpu(Understood.Gpu g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("vram_gb", g.vramGb());
        // not said ("my multi-GPU rig"): null, as the corpus labels it, not the two it was sized as
        m.put("count", g.uncounted() ? null : g.count());
        m.put("unified", g.unified());
        return m;
    }

    private static List<Map<String, Object>> commands(List<CommandWriter.Command> cs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CommandWriter.Command c : cs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("engine", c.engine());
            m.put("command", c.command());
            if (c.note() != null) m.put("note", c.note());
            out.add(m);
        }
        return out;
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
        if (a.understood() != null) m.put("understood", understood(a.understood()));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("verdict", a.verdict() == null ? null : a.verdict().id());
        outcome.put("cause", a.cause());
        m.put("outcome", outcome);
        List<Map<String, Object>> recs = new ArrayList<>();
        for (Recommendation r : a.shown()) {
            Candidate c = r.candidate();
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("model", c.modelId());
            rm.put("model_name", c.modelName());
            rm.put("quant", c.formatLabel());
            rm.put("placement", c.placementName());
            rm.put("fits", r.eligible());
            rm.put("total_bytes", Units.gib(c.totalGb()));
            rm.put("gpu_bytes", Units.gib(c.gpuGb()));
            rm.put("ram_bytes", Units.gib(c.ramGb()));
            rm.put("tokens_per_second", Map.of("low", Math.round(c.tpsChatLow() * 10) / 10.0, "high", Math.round(c.tpsHigh() * 10) / 10.0));
            rm.put("score", r.points());
            rm.put("engine", c.engine());
            if (c.servingEngine()) {
                rm.put("tensor_parallel", c.tensorParallel());
                rm.put("pipeline_parallel", c.pipelineParallel());
                rm.put("kv_pool_bytes_per_gpu", Units.gib(c.kvPoolGb()));
                rm.put("kv_tokens", c.kvTokens());
                rm.put("max_context", c.engineMaxContext());
                rm.put("concurrency", Math.round(c.concurrency() * 100) / 100.0);
            }
            if (c.gpusNeeded() > 0) rm.put("gpus_needed", c.gpusNeeded());
            if (c.engineIssue() != null) rm.put("engine_issue", c.engineIssue().en());
            if (!c.engineNotes().isEmpty()) rm.put("engine_notes", c.engineNotes().stream().map(Remark::en).toList());
            rm.put("commands", commands(r.eligible() ? ReplyWriter.commandsFor(a.ask(), c) : List.of()));
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
        m.put("engine", a.ask() == null || a.ask().engine() == null ? null : a.ask().engine().id());
        m.put("commands", commands(a.commands()));
        m.put("notes", a.reply().notes());
        return m;
    }

}
