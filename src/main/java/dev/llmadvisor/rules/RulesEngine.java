package dev.llmadvisor.rules;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Finding;
import dev.llmadvisor.sizing.RecordHash;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs a question's facts through the live rule set, one short-lived session per question, within a firing limit
 * and a time bound ({@link Limits}): a rule that keeps firing or throws ends the question with a
 * {@link RuleFailure} naming it. The live set can be swapped atomically when its folder changes; a folder that
 * no longer compiles, or whose rules loop or throw on the probe questions, is reported and the previous rules
 * keep serving.
 */
public final class RulesEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RulesEngine.class);

    /**
     * How much one question may cost the rules: at most {@code maxFirings} rule firings and {@code timeout} of
     * rule evaluation, counted in CPU time of the deciding thread (so a busy machine or a cold start does not
     * trip it). An open question on the full catalog fires a few thousand times in milliseconds; the firing limit
     * stops a loop long before the time bound, which catches rules that are merely very slow.
     *
     * <p>With the automatic limit, one rule may also change working memory (insert other than a finding, update,
     * delete) at most once per fact plus {@link #AUTO_WRITE_MARGIN} times. Only such changes make rules fire again,
     * so a loop is one rule changing facts over and over; the shipped rules change none (their findings are collected),
     * and a rule that marks each candidate once stays within it. Each change wakes every rule on the fact again (some
     * 7 firings per change in an open question), so this stops a loop at about a third of the firings the firing
     * limit would allow it.
     */
    public record Limits(int maxFirings, Duration timeout) {
        /** Firings allowed per fact when no fixed limit is set: rules fire about 5 times per candidate today. */
        public static final int AUTO_PER_FACT = 20;
        public static final int AUTO_BASE = 2_000;
        public static final int AUTO_WRITE_MARGIN = 100;
        /** Auto firing limit (2,000 + 20 per fact), 3 s of CPU time. */
        public static final Limits DEFAULT = new Limits(0, Duration.ofMillis(3000));

        public Limits {
            if (maxFirings < 0) throw new IllegalArgumentException("the firing limit must be at least 1 (0: automatic), got " + maxFirings);
            if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the rule time bound must be positive");
        }

        /** The firing limit for a question with {@code facts} facts. */
        public int firingsFor(int facts) {
            return maxFirings > 0 ? maxFirings : AUTO_BASE + AUTO_PER_FACT * facts;
        }

        /** The changes of working memory one rule may make in a question with {@code facts} facts; a fixed firing limit alone governs. */
        public int writesFor(int facts) {
            return maxFirings > 0 ? Integer.MAX_VALUE : facts + AUTO_WRITE_MARGIN;
        }
    }

    private final AtomicReference<RuleSet> live;
    private final Path folder;
    private final Limits limits;
    private final Supplier<List<Probe>> probes;
    private volatile String stamp;
    private volatile List<RuleError> lastErrors = List.of();

    /** A question to try a new rule set on before it goes live. */
    public record Probe(String label, Ask ask, List<Candidate> candidates) { }

    private RulesEngine(RuleSet rules, Path folder, Limits limits, Supplier<List<Probe>> probes) {
        this.live = new AtomicReference<>(rules);
        this.folder = folder;
        this.limits = limits;
        this.probes = probes;
        this.stamp = folder == null ? null : signature(folder);
    }

    /** Serves the rules of {@code folder}, reloading them when they change. */
    public static RulesEngine watching(Path folder) throws RuleCompileException, IOException {
        return watching(folder, Limits.DEFAULT, List::of);
    }

    /**
     * Serves the rules of {@code folder} within {@code limits}, reloading them when they change; a changed rule
     * set must first decide every probe question without looping or throwing.
     */
    public static RulesEngine watching(Path folder, Limits limits, Supplier<List<Probe>> probes) throws RuleCompileException, IOException {
        return new RulesEngine(RuleSet.compile(folder), folder, limits, probes);
    }

    /** Serves a fixed rule set. */
    public static RulesEngine of(RuleSet rules) {
        return of(rules, Limits.DEFAULT);
    }

    public static RulesEngine of(RuleSet rules, Limits limits) {
        return new RulesEngine(rules, null, limits, List::of);
    }

    public RuleSet rules() { return current(); }

    /** The live rules, switched to their executable model once it was compiled in the background (same decisions, faster). */
    private RuleSet current() {
        RuleSet r = live.get();
        if (r.provenance() != RuleSet.Provenance.INTERPRETED) return r;
        RuleSet compiled = r.compiled();
        if (compiled == null) return r;
        return live.compareAndSet(r, compiled) ? compiled : live.get();
    }

    public Limits limits() { return limits; }

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
            RuleSet next = RuleSet.compile(folder);
            List<RuleError> problems = check(next, probes.get(), limits);
            if (!problems.isEmpty()) {
                lastErrors = problems;
                LOG.warn("rules in {} fail on the probe questions; keeping the previous rules:\n{}", folder, join(problems));
                return false;
            }
            live.set(next);
            lastErrors = List.of();
            LOG.info("rules reloaded from {}", folder);
            return true;
        } catch (RuleCompileException e) {
            lastErrors = e.errors();
            LOG.warn("rules in {} do not compile; keeping the previous rules:\n{}", folder, e.getMessage());
        } catch (IOException | RuntimeException e) {
            lastErrors = List.of(new RuleError(folder.toString(), 0, String.valueOf(e.getMessage())));
            LOG.warn("rules in {} cannot be loaded; keeping the previous rules: {}", folder, e.getMessage());
        }
        return false;
    }

    /**
     * Runs every probe through {@code rules} within {@code limits} on a worker thread, so that even a rule whose
     * consequence never returns is caught; returns one error per failing probe (empty: the set is safe).
     */
    /** A rule that fails on one question usually fails on all: a check stops after this many. */
    static final int MAX_PROBE_FAILURES = 3;

    public static List<RuleError> check(RuleSet rules, List<Probe> probes, Limits limits) {
        List<RuleError> errors = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rules-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Deliberation>> results = new ArrayList<>();
            for (Probe p : probes) results.add(worker.submit(() -> decide(rules, p.ask(), p.candidates(), limits)));
            for (int i = 0; i < probes.size(); i++) {
                Probe p = probes.get(i);
                try {
                    results.get(i).get(limits.timeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String rule = c instanceof RuleFailure f && f.rule() != null ? f.rule() : null;
                    errors.add(new RuleError(rule == null ? rules.origin() : "rule \"" + rule + "\"", 0, p.label() + ": " + c.getMessage()));
                    if (errors.size() >= MAX_PROBE_FAILURES) {
                        errors.add(new RuleError(rules.origin(), 0, "stopped after " + MAX_PROBE_FAILURES + " failing questions; "
                                + (probes.size() - i - 1) + " left unchecked"));
                        break;
                    }
                } catch (TimeoutException e) {
                    errors.add(new RuleError(rules.origin(), 0, p.label() + ": a rule's consequence did not return within "
                            + (limits.timeout().toMillis() + 2000) + " ms (an endless loop in its Java code?); "
                            + (probes.size() - i - 1) + " questions left unchecked"));
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            worker.shutdownNow();
        }
        return errors;
    }

    /** Runs the rules over the question and its candidates. */
    public Deliberation decide(Ask ask, List<Candidate> candidates) {
        return decide(current(), ask, candidates, limits);
    }

    /**
     * Runs the rules over a candidate list other questions share (the one {@link dev.llmadvisor.facts.FactBuilder}
     * keeps per machine for open questions). What the rules conclude depends only on the rule set, the ask and the
     * candidates, so the decision for the same list and ask by the same live rules is reused, ranked: an open
     * question costs the rules thousands of firings and its ranking sorts hundreds of options, and people ask the
     * same one about the same card again and again.
     */
    public Decision decideShared(Ask ask, List<Candidate> candidates) {
        RuleSet rules = current();
        SharedDecision key = new SharedDecision(rules, ask, new SameList(candidates));
        Decision d = decided.getIfPresent(key);
        if (d == null) {
            // decided outside the cache's lock: rules that run up to their time bound must not hold up other questions
            d = Decision.of(candidates, decide(rules, ask, candidates, limits));
            decided.put(key, d);
        }
        return d;
    }

    /** A list compared by identity: the shared list is the same object each time, so it is found without hashing hundreds of candidates per question. */
    private record SameList(List<Candidate> list) {
        @Override
        public boolean equals(Object o) { return o instanceof SameList other && other.list == list; }

        @Override
        public int hashCode() { return System.identityHashCode(list); }
    }

    /** A decision to reuse: a rule set swapped in by a reload decides afresh. */
    private record SharedDecision(RuleSet rules, Ask ask, SameList candidates) {
        /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
        @Override
        public int hashCode() { return RecordHash.of(rules, ask, candidates); }
    }

    /** Weighed by findings and trace entries (an open question has a few thousand of each, some 40 bytes apiece): about 20 MB. */
    private final Cache<SharedDecision, Decision> decided = Caffeine.newBuilder().maximumWeight(500_000)
            .weigher((SharedDecision k, Decision d) -> d.deliberation().findings().size() + d.deliberation().fired().size()).build();

    static Deliberation decide(RuleSet rules, Ask ask, List<Candidate> candidates, Limits limits) {
        List<Finding> findings = new ArrayList<>();
        KieSession session = rules.base().newKieSession();
        Counter counter = new Counter(session, cpuNow() + limits.timeout().toNanos(), limits.writesFor(candidates.size() + 1));
        Finding.collectInto(findings);
        try {
            session.insert(ask);
            for (Object row : rules.tableFacts()) session.insert(row);
            for (Candidate c : candidates) session.insert(c);
            // Rules that change working memory are the ones that can loop; rules that still insert their findings
            // make working memory worth searching afterwards.
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Finding) counter.inserted = true;
                    else counter.wrote(event.getRule());
                }

                @Override
                public void objectUpdated(ObjectUpdatedEvent event) { counter.wrote(event.getRule()); }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) { counter.wrote(event.getRule()); }
            });
            int limit = limits.firingsFor(candidates.size() + 1);
            int fired = session.fireAllRules(counter, limit);
            if (counter.timedOut) {
                String top = counter.mostFired();
                throw new RuleFailure(RuleFailure.Kind.TIMEOUT, top, String.format(Locale.ROOT,
                        "the rules ran past the time bound of %d ms of CPU time for one question (%d firings%s)", limits.timeout().toMillis(),
                        fired, top == null ? "" : "; rule \"" + top + "\" " + counter.describe(top)), null);
            }
            if (counter.looping != null) {
                throw new RuleFailure(RuleFailure.Kind.LOOP, counter.looping, String.format(Locale.ROOT,
                        "rule \"%s\" kept firing: %s, past the limit of %d changes (one per fact of the question and %d more) "
                                + "(does it insert or modify what it matches?)", counter.looping, counter.describe(counter.looping),
                        counter.writeLimit, Limits.AUTO_WRITE_MARGIN), null);
            }
            if (fired >= limit) {
                String top = counter.mostFired();
                throw new RuleFailure(RuleFailure.Kind.LOOP, top, String.format(Locale.ROOT,
                        "rule \"%s\" kept firing: %s, and the question reached the limit of %d firings "
                                + "(does it insert or modify what it matches?)", top, counter.describe(top), limit), null);
            }
            // Findings a rule also inserted are the same objects: count each once (only then worth an identity set).
            if (counter.inserted) {
                Set<Finding> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                seen.addAll(findings);
                for (Object o : session.getObjects(o -> o instanceof Finding)) if (seen.add((Finding) o)) findings.add((Finding) o);
            }
            return new Deliberation(findings, fired(findings, counter, rules));
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleFailure(RuleFailure.Kind.THREW, rule, "rule \"" + rule + "\" threw " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), null);
        } catch (RuleFailure e) {
            throw e;
        } catch (RuntimeException e) {
            String rule = ruleIn(e.getMessage(), rules);
            throw new RuleFailure(RuleFailure.Kind.THREW, rule, (rule == null ? "the rules" : "rule \"" + rule + "\"") + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), null);
        } finally {
            Finding.stopCollecting();
            session.dispose();
        }
    }

    /** The trace of the rules that spoke: one entry per finding, plus rules that fired without one. */
    private static List<FiredRule> fired(List<Finding> findings, Counter counter, RuleSet rules) {
        List<FiredRule> out = new ArrayList<>(findings.size());
        Map<String, Integer> spoke = new HashMap<>();
        for (Finding f : findings) {
            out.add(new FiredRule(f.rule(), f.source(), f.candidate()));
            spoke.merge(f.rule(), 1, Integer::sum);
        }
        counter.counts.forEach((rule, n) -> {
            if (!spoke.containsKey(rule)) out.add(new FiredRule(rule, rules.rules().getOrDefault(rule, ""), null));
        });
        return out;
    }

    private static String ruleIn(String message, RuleSet rules) {
        if (message == null) return null;
        for (String r : rules.rules().keySet()) if (message.contains("\"" + r + "\"") || message.contains("[Rule \"" + r)) return r;
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported();

    /** CPU time of this thread where the JVM measures it, else wall time. */
    private static long cpuNow() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Counts firings per rule and halts the session past the deadline. An agenda filter that accepts every match
     * sees each one just before it fires; an agenda event listener would see the same, but makes Drools create
     * event objects for every match created and fired, about a quarter of an open question's rule time.
     */
    private static final class Counter implements AgendaFilter {
        final Map<String, Integer> counts = new HashMap<>();
        final KieSession session;
        final long deadline;
        final int writeLimit;
        boolean timedOut;
        boolean inserted;
        /** The rule that changed working memory past the write limit; the session is halted. */
        String looping;
        int sinceClock;

        Counter(KieSession session, long deadline, int writeLimit) {
            this.session = session;
            this.deadline = deadline;
            this.writeLimit = writeLimit;
        }

        @Override
        public boolean accept(Match match) {
            counts.merge(match.getRule().getName(), 1, Integer::sum);
            if (++sinceClock >= 64) {
                sinceClock = 0;
                if (cpuNow() > deadline) {
                    timedOut = true;
                    session.halt();
                }
            }
            return true;
        }

        /** Inserts, updates and deletes per rule made from its consequence. */
        final Map<String, Integer> writes = new HashMap<>();

        void wrote(Rule rule) {
            if (rule == null) return;
            if (writes.merge(rule.getName(), 1, Integer::sum) > writeLimit && looping == null) {
                looping = rule.getName();
                session.halt();
            }
        }

        /** The likely culprit: the rule that changed working memory most, else the one that fired most. */
        String mostFired() {
            Map<String, Integer> m = writes.isEmpty() ? counts : writes;
            return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        int count(String rule) { return rule == null ? 0 : counts.getOrDefault(rule, 0); }

        String describe(String rule) {
            int w = writes.getOrDefault(rule, 0);
            return "fired " + count(rule) + " times" + (w > 0 ? " and changed working memory " + w + " times" : "");
        }
    }

    private static String join(List<RuleError> errors) {
        StringBuilder sb = new StringBuilder();
        for (RuleError e : errors) sb.append(e).append('\n');
        return sb.toString().stripTrailing();
    }

    /** Names, sizes and modification times of the folder's rule files: any edit, addition or removal changes it. */
    private static String signature(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : s.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".csv")).sorted().toList()) {
                sb.append(p).append('|').append(Files.size(p)).append('|').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return null;
        }
    }
}
