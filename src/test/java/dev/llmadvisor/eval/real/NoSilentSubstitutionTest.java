package dev.llmadvisor.eval.real;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.eval.scenario.Scenario;
import dev.llmadvisor.eval.scenario.ScenarioLoader;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import dev.llmadvisor.rules.Recommendation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: never answer for another model than the one asked without saying so. Every real question and every
 * golden question is asked; where the question names models, every recommendation shown must be one of the models
 * the answer says it understood (a catalog model, a fine-tune's base, a Hub model or a generic stand-in, each
 * stated in the "Read as" line and, when not plain, in a note), and an asked name resolved to something other
 * than itself must carry the note that says how.
 */
class NoSilentSubstitutionTest {

    /** A size alone, or a MoE's total and active sizes ("30b-a3b"): the named line's model of that size. */
    private static final java.util.regex.Pattern BARE_SIZE = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)b(?:-a\\d+(?:\\.\\d+)?b)?");

    static RuleAdvisor advisor;
    static Knowledge knowledge;

    @BeforeAll
    static void assemble() {
        Assembly a = RealAdvisors.asShippedOffline();
        knowledge = a.knowledge();
        advisor = a.advisor();
    }

    @Test
    void noRecommendationIsForAModelOtherThanTheOnesUnderstood() throws Exception {
        List<String> questions = new ArrayList<>();
        for (RealQuestion q : RealQuestionLoader.load(Path.of("eval", "real-questions"))) questions.add(q.text());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Scenario sc : new ScenarioLoader().load(files).scenarios()) if (sc.question() != null) questions.add(sc.question());
        assertThat(questions).hasSizeGreaterThan(600);

        List<String> silent = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < questions.size(); i++) {
            Answer a = advisor.answer("substitution-" + i, questions.get(i));
            Understood u = a.understood();
            if (u == null || u.models().isEmpty() || a.shown().isEmpty()) continue;
            checked++;
            Set<String> understood = new HashSet<>();
            for (Understood.Model m : u.models()) {
                if (m.id() != null) understood.add(m.id());
                if (m.name() != null) understood.add(m.name());
            }
            for (Recommendation r : a.shown()) {
                if (!understood.contains(r.candidate().modelId()) && !understood.contains(r.candidate().modelName())) {
                    silent.add(questions.get(i).replaceAll("\\s+", " ") + "  ->  " + r.candidate().modelName());
                }
            }
            for (Understood.Model m : u.models()) {
                if (m.note() != null || m.id() == null) continue;
                String asked = m.asked().strip().toLowerCase(java.util.Locale.ROOT);
                boolean plain;
                java.util.regex.Matcher bare = BARE_SIZE.matcher(asked);
                if (bare.matches()) {
                    // "Llama 2 70B … and 13B?", "qwen3 (8b 14b 30b-a3b)": the named line's model of that size, by its name or within 5 %
                    double size = Double.parseDouble(bare.group(1));
                    plain = Math.abs(m.paramsB() - size) <= 0.05 * size || m.name().toLowerCase(java.util.Locale.ROOT).contains(asked);
                } else {
                    plain = Stream.of(asked, asked.replaceAll("(?<![a-z])v(?=\\d)", ""))
                            .map(t -> knowledge.models().find(t)).filter(java.util.Optional::isPresent).map(java.util.Optional::get)
                            .anyMatch(x -> x.model().id().equals(m.id()) && x.finetune().isEmpty());
                }
                if (!plain) silent.add(questions.get(i).replaceAll("\\s+", " ") + "  ->  \"" + m.asked() + "\" read as " + m.name() + " without a note");
            }
        }
        assertThat(checked).as("answers that name models and recommend something").isGreaterThan(250);
        assertThat(silent).as("recommendations for a model the answer does not say it understood").isEmpty();
    }
}
