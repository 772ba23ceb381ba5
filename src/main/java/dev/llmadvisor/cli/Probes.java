package dev.llmadvisor.cli;

import dev.llmadvisor.eval.scenario.Scenario;
import dev.llmadvisor.eval.scenario.ScenarioLoader;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Facts;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.parse.Parser;
import dev.llmadvisor.rules.RulesEngine.Probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions a new rule set must decide without looping or throwing before it serves: a few varied ones for hot
 * reload, and the facts of every golden scenario for {@code rules check}.
 */
final class Probes {
    private Probes() { }

    /** Open and named questions on one and several cards, a Mac, CPU only, long context, Chinese. */
    static final List<String> QUESTIONS = List.of(
            "what can my 16GB card run?",
            "can two 3090s run llama 3.1 70b at 32k context?",
            "which quant for qwen3 14b on an RTX 4060 Ti 16GB?",
            "how much memory does qwen3-30b-a3b need at 128k context?",
            "best coding model for an M3 Max 64GB",
            "what can I run on CPU only with 64GB RAM",
            "我的 RTX 4060 8G 能跑什么写代码的模型?",
            "can I run deepseek r1 on a 4090 with 256GB RAM");

    static List<Probe> questions(Parser parser, FactBuilder facts) {
        List<Probe> out = new ArrayList<>();
        for (String q : QUESTIONS) add(out, q, parser.parse(q), facts);
        return out;
    }

    /** The facts of every scenario under {@code dirs} (questions parsed, structured facts as given). */
    static List<Probe> scenarios(List<Path> dirs, Parser parser, FactBuilder facts) {
        ScenarioLoader.Loaded l = new ScenarioLoader().load(dirs);
        List<Probe> out = new ArrayList<>();
        for (Scenario s : l.scenarios()) {
            Question q = s.question() != null ? parser.parse(s.question()) : s.facts();
            add(out, s.key(), q, facts);
        }
        return out;
    }

    private static void add(List<Probe> out, String label, Question q, FactBuilder facts) {
        Facts f = facts.build(q);
        if (!f.hasProblems() && !f.candidates().isEmpty()) out.add(new Probe(label, f.ask(), f.candidates()));
    }
}
