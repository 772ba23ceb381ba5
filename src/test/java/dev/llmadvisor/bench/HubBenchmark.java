package dev.llmadvisor.bench;

import dev.llmadvisor.hub.FakeHub;
import dev.llmadvisor.hub.HubFixtures;
import dev.llmadvisor.hub.HubLookup;
import dev.llmadvisor.hub.HubRef;
import dev.llmadvisor.hub.HubRefs;
import dev.llmadvisor.hub.HubResult;
import dev.llmadvisor.hub.HubSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The Hub lookup against the fake Hub on loopback (dev.llmadvisor.hub.FakeHub), in a warm JVM:
 * {@code miss}: a lookup with nothing cached (a new lookup without disk cache each time: the API answer, then config.json,
 * or the 302 to the CDN and the ranged reads of a GGUF header); {@code diskHit}: a new lookup (a fresh process, say)
 * over a filled disk cache, zero requests; {@code memoryHit}: the same lookup asked again. {@code repo}: a config.json
 * repository, a small GGUF header (Qwen3 8B tensor table, 24 KB) and a real-sized one (Qwen3 8B with its 152K-token
 * vocabulary and merges: 6 MB of header, read as 1 + 2 + 4 MB ranges).
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.llmadvisor.bench.Jmh -Dexec.args="HubBenchmark -f 1 -wi 2 -i 3"</pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HubBenchmark {

    @Param({"acme-ai/Widget-7B-Instruct", "acme-ai/Widget-8B-GGUF", "acme-ai/Real-8B-GGUF"})
    String repo;

    FakeHub hub;
    Path files;
    Path cache;
    HubRef ref;
    Function<String, String> env;
    HubSettings noCache;
    HubSettings cached;
    HubLookup warm;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        files = Files.createTempDirectory("hub-bench-files");
        cache = Files.createTempDirectory("hub-bench-cache");
        hub = new FakeHub();
        HubFixtures.install(hub, files);
        env = Map.of("HF_ENDPOINT", hub.url())::get;
        ref = HubRefs.parse(repo).orElseThrow();
        noCache = new HubSettings(true, null, null, null, null, null, 0, null, null, null, null);
        cached = new HubSettings(true, null, null, null, null, cache.toString(), null, null, null, null, null);
        warm = HubLookup.create(cached, env);
        check(warm.lookup(ref), HubResult.Origin.NETWORK);
        check(warm.lookup(ref), HubResult.Origin.MEMORY_CACHE);
        check(HubLookup.create(cached, env).lookup(ref), HubResult.Origin.DISK_CACHE);
    }

    private static void check(HubResult r, HubResult.Origin expected) {
        if (!(r instanceof HubResult.Found f) || f.origin() != expected) throw new IllegalStateException("unexpected " + r);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hub.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public HubResult miss() {
        return HubLookup.create(noCache, env).lookup(ref);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public HubResult diskHit() {
        return HubLookup.create(cached, env).lookup(ref);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public HubResult memoryHit() {
        return warm.lookup(ref);
    }
}
