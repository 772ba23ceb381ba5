package dev.llmadvisor.eval.real;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.eval.scenario.Scenario;
import dev.llmadvisor.eval.scenario.ScenarioLoader;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real-question corpus (issue 9) run through the shipped advisor, offline, as `evaluate-real` runs it.
 * The goals (held-out hardware, model and engine 90 %, verdict 85 %) are not met yet; this test guards
 * the levels measured so far, so that no change makes the advisor read real questions worse, and names the
 * goals still missed in its report. Raise the floors as the figures rise; never lower them to pass. The same answers
 * are checked for silent substitutions (issue 10), so that the build asks the corpus once.
 */
class RealQuestionEvaluationTest {

    static List<RealQuestion> corpus;
    /** The i-th corpus question's answer, as `evaluate-real` asks it. */
    static List<Answer> answers;
    static RealQuestionEvaluation.Report report;
    static RuleAdvisor advisor;
    static Knowledge knowledge;

    @BeforeAll
    static void run() throws Exception {
        corpus = RealQuestionLoader.load(Path.of("eval", "real-questions"));
        Assembly a = RealAdvisors.asShippedOffline();
        advisor = a.advisor();
        knowledge = a.knowledge();
        answers = corpus.stream().map(q -> RealQuestionEvaluation.answer(advisor, q)).toList();
        report = RealQuestionEvaluation.score(corpus, answers, knowledge);
        // `evaluate-real`'s output, kept for the CI log (.ci/run prints it rather than evaluating the corpus again)
        Files.writeString(REPORT, report.table() + report.missedGoalsLine());
    }

    /** Where the run's report is written, for .ci/run. */
    static final Path REPORT = Path.of("target", "real-questions-report.txt");

    @Test
    void theReportForTheCiLogIsTheTableAndTheGoalsMissed() throws Exception {
        String written = Files.readString(REPORT);
        assertThat(written).startsWith(report.table()).contains("questions: dev ").endsWith("\n");
        assertThat(written.contains("held-out goals missed: ")).isEqualTo(!report.missedGoals().isEmpty());
    }

    @Test
    void theCorpusIsLargeEnoughAndBilingualWithAFixedSplit() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        long zh = corpus.stream().filter(q -> q.lang() == Lang.ZH).count();
        assertThat((double) zh / corpus.size()).isGreaterThanOrEqualTo(0.40);
        long heldOut = corpus.stream().filter(RealQuestion::heldOut).count();
        assertThat((double) heldOut / corpus.size()).isBetween(0.25, 0.35);
        assertThat(corpus).allSatisfy(q -> assertThat(q.source()).as(q.id()).startsWith("http"));
    }

    @Test
    void devSplitsIntoTwoFixedHalvesThatTogetherAreDev() {
        long a = corpus.stream().filter(q -> "dev-a".equals(q.devHalf())).count();
        long b = corpus.stream().filter(q -> "dev-b".equals(q.devHalf())).count();
        long dev = corpus.stream().filter(q -> !q.heldOut()).count();
        assertThat(a + b).isEqualTo(dev);
        assertThat((double) a / dev).isBetween(0.4, 0.6);
        assertThat(corpus).filteredOn(RealQuestion::heldOut).allSatisfy(q -> assertThat(q.devHalf()).isNull());
        assertThat(report.of("dev-a")).hasSize((int) a);
        assertThat(report.table(List.of("dev-a", "dev-b", "held-out")))
                .contains("questions: dev-a " + a + ", dev-b " + b + ", held-out " + (corpus.size() - dev));
        int[] devVerdict = report.count("dev", "verdict");
        int[] halfA = report.count("dev-a", "verdict");
        int[] halfB = report.count("dev-b", "verdict");
        assertThat(new int[] {halfA[0] + halfB[0], halfA[1] + halfB[1]}).containsExactly(devVerdict);
    }

    @Test
    void heldOutUnderstandingAndVerdictStayAtLeastAtTheMeasuredLevels() {
        String why = report.table() + "held-out goals missed: " + report.missedGoals();
        // measured with `evaluate-real` at the end of the sixty-eighth pass (2026-12-07) over 2,348 questions (held-out 721, not tuned
        // on; models resolved is partly in-sample: catalog names were chosen from all parts' labels in the twentieth pass): hardware
        // 78.2 % (564, after the sixty-fourth pass's rule E label fixes of five held-out entries, read from the text alone; batch 43
        // added 8 held-out questions, 5 of them read right), model 81.3 % (586, of which 4 from the sixty-second pass's generic-size
        // label rule with the code unchanged), models resolved 85.8 % (538 of 627, of which 7 from the sixty-eighth pass's scoring of
        // a line named without a size against the line read), engine 91.5 % (365 of 399, after the thirty-ninth pass's engine-label
        // audit by rule B, the fifty-ninth pass's two held-out rule B label fixes, the sixty-third's rule B fixes of batch 38 and the
        // sixty-fifth's of batch 40), verdict 67.3 % (253 of 376, of which 2 from the fifty-fourth pass's rule K audit with the code
        // unchanged); each floor is one question below: a margin of one answer
        assertThat(report.rate("held-out", "hardware")).as(why).isGreaterThanOrEqualTo(0.78);
        assertThat(report.rate("held-out", "model")).as(why).isGreaterThanOrEqualTo(0.811);
        assertThat(report.rate("held-out", "resolved")).as(why).isGreaterThanOrEqualTo(0.856);
        assertThat(report.rate("held-out", "engine")).as(why).isGreaterThanOrEqualTo(0.912);
        assertThat(report.rate("held-out", "verdict")).as(why).isGreaterThanOrEqualTo(0.67);
    }

    @Test
    void devFiguresStayAtLeastAtTheMeasuredLevels() {
        String why = report.table();
        // measured at the end of the sixty-eighth pass (2026-12-07; dev, 1,627 questions, dev-a and dev-b both tuned on): hardware
        // 89.9 % (1463, after the forty-ninth pass's rule G label audit and rule E label fixes of the fifty-ninth, sixty-first,
        // sixty-third, sixty-fourth and sixty-seventh), model 91.3 % (1486, of which 17 from the sixty-second pass's generic-size label
        // rule and net 4 from the sixty-eighth pass's rule D label fixes), models resolved 93.0 % (1350 of 1451, with the sixty-eighth
        // pass's line scoring), engine 98.6 % (866 of 878, after the engine-label audit and the fifty-ninth, sixty-third, sixty-fourth
        // and sixty-fifth passes' rule B label fixes), kind 87.7 % (1427, after the forty-seventh and forty-eighth passes' kind label
        // audits), verdict 80.6 % (682 of 846, of which 4 from the rule K audit and 2 from the sixtieth pass's rule K label fixes with
        // the code unchanged), cause 61.1 % (360 of 589, after the rule H audit of what the thread settles, the fiftieth pass's rule I
        // audit of unused or unsupported cards, the fifty-first pass's rule J audit of weights that do not fit, which took 3 with the
        // code unchanged, and the sixty-seventh's label of one card of several idle by design; batch 43 added 6 dev questions with a
        // cause, 2 of them answered right, which took the floor from 0.61 to 0.609); each floor one below
        assertThat(report.rate("dev", "hardware")).as(why).isGreaterThanOrEqualTo(0.898);
        assertThat(report.rate("dev", "model")).as(why).isGreaterThanOrEqualTo(0.912);
        assertThat(report.rate("dev", "resolved")).as(why).isGreaterThanOrEqualTo(0.929);
        assertThat(report.rate("dev", "engine")).as(why).isGreaterThanOrEqualTo(0.985);
        assertThat(report.rate("dev", "kind")).as(why).isGreaterThanOrEqualTo(0.876);
        assertThat(report.rate("dev", "verdict")).as(why).isGreaterThanOrEqualTo(0.804);
        assertThat(report.rate("dev", "cause")).as(why).isGreaterThanOrEqualTo(0.609);
    }

    /** A size alone, or a MoE's total and active sizes ("30b-a3b"): the named line's model of that size. */
    private static final Pattern BARE_SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)b(?:-a\\d+(?:\\.\\d+)?b)?");
    /** "7b qwen": a size written before the name, which names what the name with its size after does (ModelResolver.find). */
    private static final Pattern SIZE_FIRST = Pattern.compile("^(\\d+(?:\\.\\d+)?b) (.+)$");

    /**
     * Issue 10: never answer for another model than the one asked without saying so. Every real question and every
     * golden question is asked; where the question names models, every recommendation shown must be one of the models
     * the answer says it understood (a catalog model, a fine-tune's base, a Hub model or a generic stand-in, each
     * stated in the "Read as" line and, when not plain, in a note), and an asked name resolved to something other
     * than itself must carry the note that says how.
     */
    @Test
    void noRecommendationIsForAModelOtherThanTheOnesUnderstood() throws Exception {
        // the corpus's answers as asked above, then every golden question in a conversation of its own
        List<String> questions = new ArrayList<>();
        List<Answer> given = new ArrayList<>(answers);
        for (RealQuestion q : corpus) questions.add(q.text());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Scenario sc : new ScenarioLoader().load(files).scenarios()) {
            if (sc.question() == null) continue;
            given.add(advisor.answer("substitution-" + questions.size(), sc.question()));
            questions.add(sc.question());
        }
        assertThat(questions).hasSizeGreaterThan(600);

        List<String> silent = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < questions.size(); i++) {
            Answer a = given.get(i);
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
                String asked = m.asked().strip().toLowerCase(Locale.ROOT);
                boolean plain;
                Matcher bare = BARE_SIZE.matcher(asked);
                if (bare.matches()) {
                    // "Llama 2 70B … and 13B?", "qwen3 (8b 14b 30b-a3b)": the named line's model of that size, by its name or within 5 %
                    double size = Double.parseDouble(bare.group(1));
                    plain = Math.abs(m.paramsB() - size) <= 0.05 * size || m.name().toLowerCase(Locale.ROOT).contains(asked);
                } else {
                    plain = Stream.of(asked, asked.replaceAll("(?<![a-z])v(?=\\d)", ""), SIZE_FIRST.matcher(asked).replaceFirst("$2 $1"))
                            .map(t -> knowledge.models().find(t)).filter(Optional::isPresent).map(Optional::get)
                            .anyMatch(x -> x.model().id().equals(m.id()) && x.finetune().isEmpty());
                }
                if (!plain) silent.add(questions.get(i).replaceAll("\\s+", " ") + "  ->  \"" + m.asked() + "\" read as " + m.name() + " without a note");
            }
        }
        assertThat(checked).as("answers that name models and recommend something").isGreaterThan(250);
        assertThat(silent).as("recommendations for a model the answer does not say it understood").isEmpty();
    }

    /**
     * The sizing-verdict invariant ({@code SizingVerdictInvariantTest}) over real questions: given a dev answer whose model
     * (a catalog model or an openly generic stand-in) and machine (GPU memory, or a CPU-only machine) are both known, on a
     * question about running, then it carries a verdict. Checked here on the answers asked above, and on the field samples.
     */
    @Test
    void everyDevAnswerWithModelAndMachineKnownCarriesAVerdict() {
        List<String> ids = new ArrayList<>();
        List<Answer> given = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (corpus.get(i).heldOut()) continue;
            ids.add(corpus.get(i).id());
            given.add(answers.get(i));
        }
        for (String f : List.of("hardware", "models", "kind", "verdict")) {
            Path dir = Path.of("src/test/resources/field-samples", f);
            if (!Files.isDirectory(dir)) continue;
            for (RealQuestion q : RealQuestionLoader.load(dir)) {
                if (q.heldOut()) continue;
                ids.add(q.id());
                given.add(RealQuestionEvaluation.answer(advisor, q));
            }
        }
        List<String> broken = new ArrayList<>();
        int bound = 0;
        for (int i = 0; i < given.size(); i++) {
            if (!modelAndMachineKnown(given.get(i))) continue;
            bound++;
            if (given.get(i).verdict() == null) broken.add(ids.get(i));
        }
        assertThat(bound).isGreaterThan(300);
        assertThat(broken).isEmpty();
    }

    /** Model and machine known on an answer about running (not training, not bad input, not help). */
    private static boolean modelAndMachineKnown(Answer a) {
        Understood u = a.understood();
        if (u == null || a.badInput() || u.kind() == Intent.OUT_OF_SCOPE) return false;
        if (a.reply().kind() != Reply.Kind.ANSWER && a.reply().kind() != Reply.Kind.CLARIFY) return false;
        boolean model = u.models().stream().anyMatch(m -> m.id() != null || m.generic());
        boolean machine = u.cpuOnly() || u.gpus().stream().anyMatch(g -> g.vramGb() != null && g.vramGb() > 0);
        return model && machine;
    }
}
