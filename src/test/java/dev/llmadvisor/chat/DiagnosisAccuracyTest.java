package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.logs.DiagnosisRecords;
import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnosis against the cause each thread established: every record of eval/diagnosis-logs.yaml goes
 * through the whole pipeline (parser, log reader, sizing, rules, reply) as a DIAGNOSE question. Held-out
 * records are only measured, never tuned on. Issue 11's goal is 80 % on them; the test guards the level
 * last measured ({@link #HELD_OUT_FLOOR}, and {@link #FITTING_FLOOR} for the fitting records) and prints whether the goal is met, so a
 * later change that lowers the agreement fails the build. The corpus's own cause labels are scored by
 * {@code evaluate-real} (field {@code cause}; {@code --misses dev --field cause} lists the dev misses).
 */
class DiagnosisAccuracyTest {

    /** Issue 11's goal for the held-out records. */
    static final double GOAL = 80.0;
    /**
     * The held-out agreement last measured (89 of 146 = 61.0 %, at the end of the sixty-fourth pass, whose regression rule and
     * engine messages took it from 88 to 89), less one record (88 of 146 = 60.3 %).
     */
    static final double HELD_OUT_FLOOR = 60.2;
    /**
     * The fitting agreement last measured (244 of 298 = 81.9 %, at the end of the sixty-fourth pass), less one record (243 of 298
     * = 81.5 %).
     */
    static final double FITTING_FLOOR = 81.5;

    static Assembly assembly;

    @BeforeAll
    static void assemble() throws Exception {
        assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
        for (String line : java.nio.file.Files.readAllLines(Path.of("rules", "80-diagnosis.drl"))) {
            if (line.startsWith("rule \"")) DIAGNOSIS_RULES.add(line.substring(6, line.lastIndexOf('"')));
        }
    }

    static Answer answer(String id, String text) {
        Question q = assembly.parser().parse(text).withIntent(Intent.DIAGNOSE);
        return assembly.advisor().answer("diagnosis-" + id, q);
    }

    /** The diagnosis rules that fired, for a miss's line. */
    static String diagnosisRules(Answer a) {
        return a.fired().stream().map(f -> f.rule()).filter(r -> DIAGNOSIS_RULES.contains(r)).distinct()
                .reduce((x, y) -> x + "; " + y).orElse("no diagnosis rule");
    }

    static final java.util.Set<String> DIAGNOSIS_RULES = new java.util.HashSet<>();

    @Test
    void theCauseOfTheThreadIsTheCauseOfTheAnswer() throws Exception {
        List<DiagnosisRecords.Rec> records = DiagnosisRecords.load().records();
        int fit = 0, fitOk = 0, held = 0, heldOk = 0;
        List<String> lines = new ArrayList<>();
        for (DiagnosisRecords.Rec r : records) {
            Answer a = answer(r.id(), r.text());
            String got = a.cause();
            boolean ok = r.cause().equals(got);
            if (r.heldOut()) { held++; if (ok) heldOk++; } else { fit++; if (ok) fitOk++; }
            lines.add(String.format(Locale.ROOT, "%-8s %-4s %-32s %-24s %-24s%s", r.heldOut() ? "held-out" : "fitting", ok ? "ok" : "MISS",
                    r.id(), r.cause(), Objects.toString(got), ok ? "" : " (" + diagnosisRules(a) + ")"));
        }
        System.out.println("diagnosis-logs: cause agreement per record (split, result, id, thread's cause, answer's cause)");
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "diagnosis-logs: fitting %d/%d (%.0f %%), held-out %d/%d (%.0f %%), all %d/%d (%.0f %%)%n",
                fitOk, fit, 100.0 * fitOk / fit, heldOk, held, 100.0 * heldOk / held, fitOk + heldOk, fit + held,
                100.0 * (fitOk + heldOk) / (fit + held));
        double heldPct = 100.0 * heldOk / held;
        System.out.printf(Locale.ROOT, "diagnosis-logs: issue 11's goal (%.0f %% on held-out) %s%n", GOAL, heldPct >= GOAL ? "met" : "NOT met");
        assertThat(heldPct).as("held-out cause agreement (%d/%d)", heldOk, held).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
        assertThat(100.0 * fitOk / fit).as("fitting cause agreement (%d/%d)", fitOk, fit).isGreaterThanOrEqualTo(FITTING_FLOOR);
    }
}
