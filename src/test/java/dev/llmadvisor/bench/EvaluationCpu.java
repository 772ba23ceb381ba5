package dev.llmadvisor.bench;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.eval.scenario.Evaluator;
import dev.llmadvisor.eval.scenario.ScenarioLoader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The golden suite evaluated in rounds on 1 and 2 threads, reporting scenarios per wall-clock second and per second
 * of process CPU time. On a machine shared with other work, wall-clock throughput says how busy the machine was;
 * CPU time says what the program costs (JMH's EvaluationBenchmark reports wall clock only). The process's CPU time
 * includes the JIT compilers and the collector; the evaluating threads' own CPU time is what a scenario costs once the
 * JIT has settled, and it holds on a busy machine.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.EvaluationCpu -Dexec.args=8</pre>
 */
public final class EvaluationCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EvaluationCpu() { }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Assembly a = Assembly.of(Path.of("knowledge"), Path.of("rules"));
        ScenarioLoader.Loaded l = new ScenarioLoader().load(List.of(Path.of("scenarios")));
        Evaluator.Subject subject = new Evaluator.Subject("rules", a.advisor(), a.rules().rules());
        for (int round = 1; round <= rounds; round++) {
            for (int threads : new int[] {1, 2}) {
                // each evaluating thread's CPU time at its last scenario (one thread runs on this one, from its time now)
                Map<Long, Long> threadCpu = new ConcurrentHashMap<>();
                long self = Thread.currentThread().getId(), selfBefore = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime(), c0 = cpu();
                List<Evaluator.Result> rs = new Evaluator(threads).run(subject, l.scenarios(),
                        n -> threadCpu.put(Thread.currentThread().getId(), THREADS.getCurrentThreadCpuTime()));
                double wall = (System.nanoTime() - t0) / 1e9, cpu = (cpu() - c0) / 1e9;
                double evaluating = threadCpu.entrySet().stream()
                        .mapToLong(e -> e.getValue() - (e.getKey() == self ? selfBefore : 0)).sum() / 1e9;
                long failed = rs.stream().filter(r -> r.status() == Evaluator.Status.FAIL).count();
                System.out.printf("round %d, %d thread(s): %.0f scenarios/s wall, %.0f scenarios per CPU-second, "
                                + "%.0f per evaluating-thread CPU-second, %d failed%n",
                        round, threads, rs.size() / wall, rs.size() / cpu, rs.size() / evaluating, failed);
            }
        }
    }
}
