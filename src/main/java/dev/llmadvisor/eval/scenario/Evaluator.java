package dev.llmadvisor.eval.scenario;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Runs scenarios through an advisor, each in a conversation of its own, on a few threads (the advisor and
 * the rule engine are safe to share: one rule session per question).
 */
public final class Evaluator {

    /** The advisor under test and the rule set it runs (for coverage). */
    public record Subject(String label, RuleAdvisor advisor, RuleSet rules) { }

    /** One scenario's outcome. {@code observed} is null when the advisor threw. */
    public record Result(Scenario scenario, Status status, List<String> failures, Observed observed, long nanos) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    /**
     * PASS; FAIL: an expectation is not met; KNOWN_FAILURE: it fails and the scenario says why the program
     * is wrong; FIXED: marked as a known failure but now passes (remove the mark).
     */
    public enum Status { PASS, FAIL, KNOWN_FAILURE, FIXED }

    private static final AtomicLong CONVERSATIONS = new AtomicLong();

    private final int threads;

    public Evaluator(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Evaluates every scenario in order; {@code progress} is told the number done after each one. */
    public List<Result> run(Subject subject, List<Scenario> scenarios, IntConsumer progress) {
        List<Result> out = new ArrayList<>(scenarios.size());
        if (threads == 1 || scenarios.size() < 2) {
            int i = 0;
            for (Scenario s : scenarios) {
                out.add(evaluate(subject, s));
                progress.accept(++i);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicLong done = new AtomicLong();
            List<Future<Result>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                futures.add(pool.submit(() -> {
                    Result r = evaluate(subject, s);
                    progress.accept((int) done.incrementAndGet());
                    return r;
                }));
            }
            for (Future<Result> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Asks the scenario's question and follow-ups, then checks the last answer. */
    public static Result evaluate(Subject subject, Scenario s) {
        String conversation = "eval-" + CONVERSATIONS.incrementAndGet();
        long t0 = System.nanoTime();
        Observed observed;
        try {
            Answer a = s.question() != null ? subject.advisor().answer(conversation, s.question())
                    : subject.advisor().answer(conversation, s.facts());
            for (String f : s.followUps()) a = subject.advisor().answer(conversation, f);
            observed = Observed.of(a, !s.expect().mentions().isEmpty());
        } catch (RuntimeException e) {
            long nanos = System.nanoTime() - t0;
            return new Result(s, s.knownFailure() != null ? Status.KNOWN_FAILURE : Status.FAIL,
                    List.of("the advisor threw " + e), null, nanos);
        }
        long nanos = System.nanoTime() - t0;
        List<String> fails = Checker.check(s.expect(), observed);
        Status st = fails.isEmpty() ? (s.knownFailure() != null ? Status.FIXED : Status.PASS)
                : (s.knownFailure() != null ? Status.KNOWN_FAILURE : Status.FAIL);
        return new Result(s, st, fails, observed, nanos);
    }
}
