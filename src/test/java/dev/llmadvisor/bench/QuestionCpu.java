package dev.llmadvisor.bench;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.cli.Assembly;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One warm question, measured in CPU time of the answering thread (p50 / p99), per kind of question as in
 * {@link RulesBenchmark}. On a machine shared with other work the wall-clock percentiles JMH reports mostly measure
 * the other work; the thread's CPU time measures the question.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.QuestionCpu</pre>
 */
public final class QuestionCpu {
    private QuestionCpu() { }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RuleAdvisor advisor = Assembly.of(Path.of("knowledge"), Path.of("rules")).advisor();
        String[][] kinds = {RulesBenchmark.WHAT_CAN_RUN, RulesBenchmark.CAN_RUN, RulesBenchmark.MEMORY_NEEDED};
        String[] names = {"what-can-run", "can-run", "memory-needed"};
        long n = 0;
        for (int k = 0; k < kinds.length; k++) {
            String[] qs = kinds[k];
            for (int i = 0; i < 3000; i++) advisor.ask("warm-" + n++, qs[i % qs.length]);
            long[] cpu = new long[4000];
            for (int i = 0; i < cpu.length; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                advisor.ask("q-" + n++, qs[i % qs.length]);
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-14s CPU per question: p50 %.2f ms, p99 %.2f ms%n", names[k],
                    cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
        }
    }
}
