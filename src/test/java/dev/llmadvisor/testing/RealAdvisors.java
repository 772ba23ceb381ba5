package dev.llmadvisor.testing;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.hub.HubLookup;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The real advisor over the shipped knowledge and rules, built once per test JVM (it takes a few seconds). */
public final class RealAdvisors {
    private static RuleAdvisor shared;

    private RealAdvisors() { }

    /** A new advisor (its own conversation memory) sharing the loaded knowledge and compiled rules. */
    public static synchronized RuleAdvisor fresh() {
        if (parts == null) {
            Knowledge k = Knowledge.load(Path.of("knowledge"));
            QuestionParser parser = new QuestionParser(Vocabulary.load(Path.of("src/test/resources/parse/vocabulary.yaml")));
            try {
                parts = new Parts(parser, new FactBuilder(k), RulesEngine.of(RuleSet.compile(Path.of("rules"))));
            } catch (Exception e) {
                throw new IllegalStateException("the shipped rules do not compile", e);
            }
        }
        return new RuleAdvisor(parts.parser::parse, parts.facts, parts.rules);
    }

    /** One advisor shared by the tests of this JVM (conversation ids must differ between tests). */
    public static synchronized RuleAdvisor shared() {
        if (shared == null) shared = fresh();
        return shared;
    }

    private record Parts(QuestionParser parser, FactBuilder facts, RulesEngine rules) { }

    private static Parts parts;
    private static Assembly shipped;

    /**
     * The advisor as `ask` and `evaluate-real` run it: the shipped knowledge and rules, the knowledge base's own
     * vocabulary, the Hub lookup off. Built once per test JVM; conversation ids must differ between tests.
     */
    public static synchronized Assembly asShippedOffline() {
        if (shipped == null) {
            Knowledge k = Knowledge.load(Path.of("knowledge"));
            try {
                shipped = Assembly.of(k, RulesEngine.of(RuleSet.compile(Path.of("rules"))),
                        new QuestionParser(Assembly.vocabulary(k))::parse, HubLookup.disabled("tests run offline", "测试离线运行"));
            } catch (Exception e) {
                throw new IllegalStateException("the shipped rules do not compile", e);
            }
        }
        return shipped;
    }

    private static final AtomicInteger DIAGNOSES = new AtomicInteger();
    private static final AtomicInteger QUESTIONS = new AtomicInteger();

    /** The shipped advisor's (offline) answer to a question asked in a conversation of its own. */
    public static dev.llmadvisor.reply.Answer askAsShipped(String question) {
        return asShippedOffline().advisor().answer("question-" + QUESTIONS.incrementAndGet(), question);
    }

    /** Asks as shipped and checks the cause, the verdict and a line among the notes the answer gives. */
    public static void assertTold(String question, String cause, dev.llmadvisor.reply.Verdict verdict, String note) {
        dev.llmadvisor.reply.Answer a = askAsShipped(question);
        org.assertj.core.api.Assertions.assertThat(a.cause()).as(question).isEqualTo(cause);
        org.assertj.core.api.Assertions.assertThat(a.verdict()).as(question).isEqualTo(verdict);
        org.assertj.core.api.Assertions.assertThat(String.join(" ", a.reply().notes())).as(question).contains(note);
    }

    /** The cause the shipped advisor (offline) gives for a text read as a diagnose question, each in a conversation of its own. */
    public static String diagnosedCause(String text) {
        Assembly a = asShippedOffline();
        return a.advisor().answer("diagnosis-" + DIAGNOSES.incrementAndGet(), a.parser().parse(text).withIntent(Intent.DIAGNOSE)).cause();
    }
}
