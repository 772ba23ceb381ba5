package dev.llmadvisor.cli;

import java.lang.management.ManagementFactory;
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
 * background thread, since the management server it goes through takes a quarter of a second to start; any JVM
 * without the command simply runs as it would have.
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
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // not HotSpot, or no management: the run is only slower
        } finally {
            if (directives != null) directives.toFile().delete();
        }
    }
}
