package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Cause;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Setup;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over one diagnosis: the question's ask, the candidates of the person's model, what they run
 * ({@link Setup}) and what their log shows ({@link LogFacts}); collects the {@link Cause}s the diagnosis rules
 * (rules/80-diagnosis.drl) conclude and ranks them, strongest first, one per cause code.
 */
public final class DiagnosisRun {

    /** Firings allowed in one diagnosis session; the rules only insert causes, so this is a guard, not a budget. */
    static final int MAX_FIRINGS = 10_000;

    private DiagnosisRun() { }

    /**
     * @param ranked one cause per code, strongest evidence first (ties: the order the rules fired)
     * @param all    every cause concluded, in firing order
     */
    public record Result(List<Cause> ranked, List<Cause> all, List<FiredRule> fired) {
        public Result {
            ranked = List.copyOf(ranked);
            all = List.copyOf(all);
            fired = List.copyOf(fired);
        }

        /** The strongest cause, or null when no rule named one. */
        public Cause top() { return ranked.isEmpty() ? null : ranked.get(0); }

        /** The strongest other cause, or null. */
        public Cause runnerUp() { return ranked.size() < 2 ? null : ranked.get(1); }
    }

    public static Result run(RuleSet rules, Ask ask, List<Candidate> candidates, Setup setup, LogFacts log) {
        List<FiredRule> fired = new ArrayList<>();
        List<Cause> all = new ArrayList<>();
        KieSession session = rules.base().newKieSession();
        Cause.collectInto(all);
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Match m = event.getMatch();
                    Object src = m.getRule().getMetaData().get("source");
                    String cand = null;
                    for (Object o : m.getObjects()) if (o instanceof Candidate c) cand = c.key();
                    fired.add(new FiredRule(m.getRule().getName(), src == null ? "" : src.toString(), cand));
                }
            });
            if (ask != null) session.insert(ask);
            for (Candidate c : candidates) session.insert(c);
            session.insert(setup == null ? Setup.NONE : setup);
            session.insert(log == null ? LogFacts.NONE : log);
            session.fireAllRules(MAX_FIRINGS);
            all.sort(Comparator.comparingInt(c -> order(fired, c.rule())));
            return new Result(rank(all), all, fired);
        } finally {
            Cause.stopCollecting();
            session.dispose();
        }
    }

    /** One cause per code, the strongest evidence for it; codes ordered by that strength. */
    static List<Cause> rank(List<Cause> all) {
        Map<String, Cause> best = new LinkedHashMap<>();
        for (Cause c : all) best.merge(c.code(), c, (a, b) -> b.points() > a.points() ? b : a);
        List<Cause> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(Cause::points).reversed());
        return out;
    }

    private static int order(List<FiredRule> fired, String rule) {
        for (int i = 0; i < fired.size(); i++) if (fired.get(i).rule().equals(rule)) return i;
        return Integer.MAX_VALUE;
    }
}
