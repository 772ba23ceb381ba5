package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.CacheFolder;
import dev.llmadvisor.rules.RuleSet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javax.management.ObjectName;

/**
 * A one-shot command ({@code ask}, {@code estimate}, {@code rules check}) ends within seconds, long before
 * HotSpot's optimising C2 compiler pays back the CPU it spends (about 2 s of compiler threads per {@code ask} on
 * 2 cores), and a good part of its start is loading the same classes from the jar every time.
 *
 * <p>From a plain {@code java -jar} line, {@link #inTunedJvm} runs the command in a second JVM started with
 * {@code -XX:TieredStopAtLevel=1} without inlining, the serial collector and a class-data archive of the jar.
 * Otherwise (a line with JVM options of its own, no cache folder), {@link #tuneFor} asks HotSpot, through its documented diagnostic command
 * {@code Compiler.directives_add} (the one {@code jcmd} uses), to leave C2 out; the quick C1 tier still compiles.
 * Done on a background thread; the command is reached directly (about 40 ms, in effect some 150 ms after start), or
 * through the management server, which takes a quarter of a second to start; any JVM without the command simply
 * runs as it would have.
 */
final class OneShot {

    private static final Set<String> COMMANDS = Set.of("ask", "estimate", "rules");
    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    /** C1 only, from the first compile on (the directive below leaves C2 out, but not C1's profiling tier). */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * A run of a second or two allocates some 150 MB: the serial collector's few young collections cost less CPU than
     * G1's threads, barriers and concurrent refinement (about 0.13 s of an ask's 1.8 s, idle machine, 15 runs each).
     */
    private static final String SERIAL_GC = "-XX:+UseSerialGC";
    /**
     * C1 without inlining: some 2,700 methods reach C1 in an ask, and inlining their callees makes up much of its
     * work (about 0.57 -> 0.42 s of compile time, {@code -XX:+CITime}); code that runs a second or two gains less
     * from inlining than that (second JVM alone, loaded machine, 10 runs in turns: 0.12-0.2 s of CPU less, wall
     * unchanged).
     */
    private static final String NO_INLINING = "-XX:-Inline";
    /**
     * No hsperfdata file: the JVM otherwise creates and maps a shared-memory file under /tmp for tools such as jps and
     * jstat, which nothing attaches to a run of a second or two (second JVM alone, 20 runs in turns with it: about
     * 0.04-0.06 s of CPU less in the medians, on a loaded machine).
     */
    private static final String NO_PERF_DATA = "-XX:-UsePerfData";
    private static final String MAKE_ARCHIVE = "-XX:ArchiveClassesAtExit=";
    /** What the JVM that makes the archive also answers, so that the archive serves an ask whatever came first. */
    private static final String[] TRAINING = {"ask", "what can my 16GB card run?"};
    /**
     * A rule file added to the shipped rules for the training: a rule author's edited folder is built with Drools'
     * interpreted build and its Java consequences compiled (some 1,500 classes of ECJ, MVEL and the DRL compiler), and
     * a rule that changes what it matches is stopped and reported (the error path and logging). Archived, those
     * classes are not read from the jar and verified again at a changed folder's first question.
     */
    private static final String TRAINING_RULE = """
            package rules
            import dev.llmadvisor.facts.Candidate
            rule "Touches its candidate (class-data archive training)"
                @source("the one-shot JVM's class-data archive training")
            when
                $c : Candidate( fits() )
            then
                update($c);
            end
            """;

    private OneShot() { }

    /**
     * Runs a one-shot command from a plain {@code java -jar} line in a second JVM, started with
     * {@code -XX:TieredStopAtLevel=1} and this jar's class-data archive ({@code -XX:SharedArchiveFile}: its classes
     * parsed, verified and laid out once, not at every start); the first JVM only waits and passes the exit code on.
     * This is what a {@code java -jar} line cannot say itself (a manifest carries no JVM options), and pays for the
     * first JVM's start several times over. The archive is made by the first such run
     * ({@code -XX:ArchiveClassesAtExit}; that JVM also answers a sample question unseen, see {@link #train}, and
     * writes the archive at its exit, a few seconds more once) and kept in the {@code jvm} cache folder, one per jar
     * location and JVM; a rebuilt jar gets a new one and the old one is removed.
     *
     * <p>Returns the second JVM's exit code, or empty when this JVM is to run the command: not a one-shot command,
     * a line with JVM options of its own (they are run as given; the second JVM's own line is one), no cache folder,
     * a JVM that could not make an archive (an empty file records it), or no second JVM could be started.
     */
    static OptionalInt inTunedJvm(String[] args) throws InterruptedException {
        if (args.length == 0 || !COMMANDS.contains(args[0])) return OptionalInt.empty();
        List<String> line = javaLine();
        Path folder = CacheFolder.of("jvm");
        if (line.size() < 2 || !line.get(0).equals("-jar") || folder == null) return OptionalInt.empty();
        Path archive;
        Path fresh = null;
        String vm;
        Process child;
        try {
            // The archive holds the class path as given; the same absolute path every time matches it.
            Path jar = Path.of(line.get(1)).toRealPath();
            vm = Integer.toHexString((jar + "\n" + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version")).hashCode());
            archive = folder.resolve(vm + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    C1_ONLY, SERIAL_GC, NO_INLINING, NO_PERF_DATA, "-Xlog:cds*=off"));
            if (Files.isRegularFile(archive)) {
                if (Files.size(archive) == 0) return OptionalInt.empty();
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                Files.createDirectories(folder);
                fresh = folder.resolve(vm + "-" + ProcessHandle.current().pid() + ".tmp");
                command.add(MAKE_ARCHIVE + fresh);
            }
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(Arrays.asList(args));
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | SecurityException e) {
            return OptionalInt.empty();
        }
        int code = child.waitFor();
        // Ended as a command ends (0 answered, 1 not answerable, 2 bad input), after the training; not killed.
        if (fresh != null) keep(fresh, archive, vm, code >= 0 && code <= 2);
        return OptionalInt.of(code);
    }

    /**
     * A new archive in place of the jar's older ones (same location and JVM); an empty file when a run that ended
     * well left none, so later runs do not try again. Only an accelerator: what cannot be done is left.
     */
    static void keep(Path fresh, Path archive, String vm, boolean ranWell) {
        try {
            if (!ranWell) {
                Files.deleteIfExists(fresh);
                return;
            }
            if (!Files.isRegularFile(fresh)) Files.createFile(fresh);
            try {
                Files.move(fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), vm + "-*.jsa")) {
                for (Path p : old) {
                    if (!p.equals(archive)) Files.deleteIfExists(p);
                }
            }
        } catch (IOException | SecurityException e) {
            // the next run tries again, or runs without an archive
        }
    }

    /**
     * In the JVM that makes the class-data archive, after the command: answers {@link #TRAINING} with its output
     * dropped, so that the archive holds what an {@code ask} loads even when the first one-shot command was
     * {@code rules --help}.
     */
    static void train(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || javaLine().stream().noneMatch(a -> a.startsWith(MAKE_ARCHIVE))) return;
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(none);
        System.setErr(none);
        try {
            Main.run(TRAINING);
            trainChangedRules();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /**
     * Answers {@link #TRAINING} with the shipped rules plus {@link #TRAINING_RULE} in a temporary folder, caching off
     * for it: no compiled model is read or made, and no detached compile is left for the folder. The property is
     * restored, so a changed folder of the command itself still gets its detached compile.
     */
    static void trainChangedRules() {
        Path dir = null;
        String cache = System.getProperty(CacheFolder.PROPERTY);
        try {
            dir = Files.createTempDirectory("llm-advisor-training");
            if (!RuleSet.copyShipped(dir)) return;
            Files.writeString(dir.resolve("99-training.drl"), TRAINING_RULE);
            System.setProperty(CacheFolder.PROPERTY, "off");
            Main.run(new String[] {TRAINING[0], TRAINING[1], "--rules", dir.toString()});
        } catch (IOException | RuntimeException e) {
            // the archive then holds what the command and the first training loaded
        } finally {
            if (cache == null) System.clearProperty(CacheFolder.PROPERTY);
            else System.setProperty(CacheFolder.PROPERTY, cache);
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind
        }
    }

    /** This JVM's arguments after the {@code java} command: its options, then {@code -jar JAR} or the main class. */
    private static List<String> javaLine() {
        return ProcessHandle.current().info().arguments().map(Arrays::asList).orElse(List.of());
    }

    static void tuneFor(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || Boolean.getBoolean("llm.advisor.keepC2")) return;
        List<String> line = javaLine();
        // The second JVM of inTunedJvm has no C2 to leave out.
        if (line.subList(0, Math.max(0, line.indexOf("-jar"))).contains(C1_ONLY)) return;
        Thread t = new Thread(OneShot::leaveOutC2, "one-shot-jit");
        t.setDaemon(true);
        t.start();
    }

    private static void leaveOutC2() {
        Path directives = null;
        try {
            directives = Files.createTempFile("llm-advisor-jit", ".json");
            Files.writeString(directives, NO_C2);
            if (!direct("Compiler.directives_add " + directives)) {
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            }
        } catch (Exception | LinkageError e) {
            // not HotSpot, or no management: the run is only slower
        } finally {
            if (directives != null) directives.toFile().delete();
        }
    }

    /**
     * Runs a diagnostic command the way the DiagnosticCommand MBean does in the end, without starting the platform
     * MBean server first: that costs about 0.25 s of CPU (some 200 JMX classes) and leaves C2 compiling for as long.
     * Needs the jar manifest's {@code Add-Opens: jdk.management/com.sun.management.internal}; returns false when the
     * JDK's internals differ or are closed (tests, another JVM), and the caller goes through the MBean server.
     */
    private static boolean direct(String command) {
        try {
            // Its initialisation loads the native library behind the diagnostic commands.
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl");
            Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
            Method get = impl.getDeclaredMethod("getDiagnosticCommandMBean");
            get.setAccessible(true);
            Method exec = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
            exec.setAccessible(true);
            exec.invoke(get.invoke(null), command);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
