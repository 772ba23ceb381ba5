package dev.llmadvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up cost of the jar as a user meets it: {@code ask "what can my 16GB card run?"} against {@code --version},
 * each run as a fresh JVM several times, in turns after one warm-up run of each; medians of wall time and of the child's CPU time (user + system, from the
 * cutime/cstime Linux adds to /proc/self/stat when a child is reaped; wall only elsewhere).
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.StartupCost [-Dexec.args="RUNS"]</pre>
 */
public final class StartupCost {
    private StartupCost() { }

    private static final Path STAT = Path.of("/proc/self/stat");
    /** USER_HZ: the kernel reports children's times in these ticks; 100 on every mainstream Linux. */
    private static final double TICK_SECONDS = 0.01;

    record Run(double wallSeconds, double cpuSeconds) { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = "target/llm-advisor.jar";
        String[] versionLine = {java, "-jar", jar, "--version"};
        String[] askLine = {java, "-jar", jar, "ask", "what can my 16GB card run?"};
        // One of each first (the jar's class-data archive is made by its first ask, and this JVM settles), then the two
        // in turns, so that a change in the machine's load falls on both alike.
        run(versionLine);
        run(askLine);
        List<Run> version = new ArrayList<>(), ask = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            version.add(run(versionLine));
            ask.add(run(askLine));
        }
        Run v = median(version), a = median(ask);
        System.out.printf(Locale.ROOT, "--version: wall %.2f s, CPU %s (median of %d)%n", v.wallSeconds(), cpu(v), runs);
        System.out.printf(Locale.ROOT, "ask what-can-run: wall %.2f s, CPU %s (median of %d)%n", a.wallSeconds(), cpu(a), runs);
        if (v.cpuSeconds() > 0) {
            double[] turns = new double[runs];
            for (int i = 0; i < runs; i++) turns[i] = ask.get(i).cpuSeconds() / Math.max(0.01, version.get(i).cpuSeconds());
            Arrays.sort(turns);
            System.out.printf(Locale.ROOT, "CPU ratio ask / --version: %.2fx (medians), %.2fx (median of the %d turns' ratios; goal <= 3x); wall goal <= 1.5 s%n",
                    a.cpuSeconds() / v.cpuSeconds(), turns[runs / 2], runs);
        }
    }

    private static String cpu(Run r) {
        return r.cpuSeconds() > 0 ? String.format(Locale.ROOT, "%.2f s", r.cpuSeconds()) : "n/a";
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        double cpu0 = childrenCpu();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IllegalStateException(String.join(" ", command) + " exited " + code);
        return new Run(wall, childrenCpu() - cpu0);
    }

    private static double childrenCpu() throws IOException {
        if (!Files.isReadable(STAT)) return 0;
        String s = Files.readString(STAT);
        // Fields after the command name in parentheses: state is field 3, cutime 16, cstime 17.
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_SECONDS;
    }

    private static Run median(List<Run> runs) {
        double[] w = runs.stream().mapToDouble(Run::wallSeconds).sorted().toArray();
        double[] c = runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
        return new Run(w[w.length / 2], c[c.length / 2]);
    }
}
