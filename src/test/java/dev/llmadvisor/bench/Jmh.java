package dev.llmadvisor.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs JMH from {@code mvn exec:java}. JMH forks each benchmark into a new JVM with {@code java.class.path}, which
 * under exec:java is Maven's own launcher path, so forks fail with "Could not find or load main class
 * org.openjdk.jmh.runner.ForkedMain". This sets it to the test class path exec:java loaded us from, then hands the
 * arguments to {@link org.openjdk.jmh.Main}.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.Jmh -Dexec.args="SizingBenchmark -f 1 -wi 2 -i 3"</pre>
 */
public final class Jmh {

    private Jmh() { }

    public static void main(String[] args) throws Exception {
        Set<String> path = new LinkedHashSet<>();
        for (ClassLoader cl = Jmh.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (!(cl instanceof URLClassLoader u)) continue;
            for (URL url : u.getURLs()) {
                if (!url.getProtocol().equals("file")) continue;
                try {
                    path.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    path.add(url.getPath());
                }
            }
        }
        if (!path.isEmpty()) System.setProperty("java.class.path", String.join(File.pathSeparator, path));
        org.openjdk.jmh.Main.main(args);
    }
}
