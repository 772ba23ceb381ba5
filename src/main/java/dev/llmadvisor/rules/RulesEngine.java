package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs a question's facts through the live rule set, one short-lived session per question. The live set
 * can be swapped atomically when its folder changes; a folder that no longer compiles is reported and
 * the previous rules keep serving.
 */
public final class RulesEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RulesEngine.class);

    private final AtomicReference<RuleSet> live;
    private final Path folder;
    private volatile String stamp;
    private volatile List<RuleError> lastErrors = List.of();

    private RulesEngine(RuleSet rules, Path folder) {
        this.live = new AtomicReference<>(rules);
        this.folder = folder;
        this.stamp = folder == null ? null : signature(folder);
    }

    /** Serves the rules of {@code folder}, reloading them when they change. */
    public static RulesEngine watching(Path folder) throws RuleCompileException, IOException {
        return new RulesEngine(RuleSet.compile(folder), folder);
    }

    /** Serves a fixed rule set. */
    public static RulesEngine of(RuleSet rules) {
        return new RulesEngine(rules, null);
    }

    public RuleSet rules() { return live.get(); }

    /** Errors of the last reload that failed (empty when the live rules are the folder's). */
    public List<RuleError> lastErrors() { return lastErrors; }

    /**
     * Recompiles the folder if a file changed since the last look. Returns true when new rules went live.
     * Cheap when nothing changed (one directory walk), so front ends may call it before each question.
     */
    public boolean reloadIfChanged() {
        if (folder == null) return false;
        String now = signature(folder);
        if (now == null || now.equals(stamp)) return false;
        stamp = now;
        try {
            live.set(RuleSet.compile(folder));
            lastErrors = List.of();
            LOG.info("rules reloaded from {}", folder);
            return true;
        } catch (RuleCompileException e) {
            lastErrors = e.errors();
            LOG.warn("rules in {} do not compile; keeping the previous rules:\n{}", folder, e.getMessage());
        } catch (IOException e) {
            lastErrors = List.of(new RuleError(folder.toString(), 0, e.getMessage()));
            LOG.warn("rules in {} cannot be read; keeping the previous rules: {}", folder, e.getMessage());
        }
        return false;
    }

    /** Runs the rules over the question and its candidates. */
    public Deliberation decide(Ask ask, List<Candidate> candidates) {
        List<FiredRule> fired = new ArrayList<>();
        KieSession session = live.get().base().newKieSession();
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
            session.insert(ask);
            for (Candidate c : candidates) session.insert(c);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) findings.add((Finding) o);
            return new Deliberation(findings, fired);
        } finally {
            session.dispose();
        }
    }

    /** Names, sizes and modification times of the folder's DRL files: any edit, addition or removal changes it. */
    private static String signature(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                sb.append(p).append('|').append(Files.size(p)).append('|').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return null;
        }
    }
}
