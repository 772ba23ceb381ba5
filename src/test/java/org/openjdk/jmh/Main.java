package org.openjdk.jmh;

import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-scope stand-in for JMH's own {@code org.openjdk.jmh.Main} (test classes come first on the class
 * path, so this one runs). It exists for one reason: under {@code mvn exec:java} the JVM's
 * {@code java.class.path} is Maven's launcher, and JMH builds the forked benchmark JVM's class path from
 * that property, so {@code -f 1} fails with "Could not find or load main class ForkedMain". This sets
 * the property to the project's test class path (the class loader exec:java built), then does what
 * JMH's Main does.
 */
public final class Main {
    private Main() { }

    public static void main(String[] argv) throws Exception {
        String cp = projectClassPath();
        if (cp != null) System.setProperty("java.class.path", cp);
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(argv);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line:\n " + e.getMessage());
            System.exit(1);
            return;
        }
        Runner runner = new Runner(options);
        if (options.shouldHelp()) {
            options.showHelp();
            return;
        }
        if (options.shouldList()) {
            runner.list();
            return;
        }
        try {
            runner.run();
        } catch (NoBenchmarksException e) {
            System.err.println("No matching benchmarks. Miss-spelled regexp?");
        } catch (RunnerException e) {
            System.err.print("ERROR: ");
            e.printStackTrace(System.err);
        }
    }

    private static String projectClassPath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (!(cl instanceof URLClassLoader u)) cl = Main.class.getClassLoader();
        if (!(cl instanceof URLClassLoader u)) return null;
        List<String> parts = new ArrayList<>();
        for (URL url : u.getURLs()) {
            try {
                if ("file".equals(url.getProtocol())) parts.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a plain file entry: skip it
            }
        }
        return parts.isEmpty() ? null : String.join(File.pathSeparator, parts);
    }
}
