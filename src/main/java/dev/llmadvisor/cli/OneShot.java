package dev.llmadvisor.cli;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.management.ObjectName;

/**
 * A one-shot command ({@code ask}, {@code estimate}, {@code rules check}) ends within seconds, long before
 * HotSpot's optimising C2 compiler pays back the CPU it spends (about 2 s of compiler threads per {@code ask} on
 * 2 cores). Such runs ask HotSpot, through its documented diagnostic command {@code Compiler.directives_add} (the
 * one {@code jcmd} uses), to leave C2 out; the quick C1 tier still compiles. This is what
 * {@code -XX:TieredStopAtLevel=1} does, for a {@code java -jar} line that cannot carry JVM flags. Done on a
 * background thread; the command is reached directly (about 40 ms, in effect some 150 ms after start), or through
 * the management server, which takes a quarter of a second to start; any JVM without the command simply runs as it
 * would have.
 */
final class OneShot {

    private static final Set<String> COMMANDS = Set.of("ask", "estimate", "rules");
    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private OneShot() { }

    static void tuneFor(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || Boolean.getBoolean("llm.advisor.keepC2")) return;
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
