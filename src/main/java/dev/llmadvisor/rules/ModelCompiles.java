package dev.llmadvisor.rules;

import dev.llmadvisor.knowledge.CacheFolder;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Compiles a changed rules folder's executable model for the disk cache after its first use was answered by
 * Drools' interpreted build. On 2 cores the executable model of the shipped 128 rules costs about twice the CPU
 * and wall time of the interpreted build (it generates and compiles Java for every rule), which the first
 * question of a changed folder would otherwise wait for; the model only pays back at later starts, when loading
 * it skips parsing and compiling altogether.
 *
 * <p>Where the process lives on (chat, the bot, tests, library use) the model is compiled on one low-priority
 * daemon thread. A one-shot command ends right after its answer, so {@code Main} defers instead
 * ({@link #deferToExit}) and, once the answer is out, starts a detached JVM per folder ({@link #detachDeferred})
 * that compiles the folder's files and caches the model (this class's {@link #main}).
 *
 * <p>A marker file per cache key (holding the compiling process's id) keeps two processes, or a row of quick
 * one-shot runs, from compiling the same files at once; a marker whose process is gone, or older than
 * {@link #STALE}, is ignored. A model that fails to compile although the interpreted build took the files keeps
 * its marker until it is stale, so it is not retried on every run.
 */
public final class ModelCompiles {

    static final Duration STALE = Duration.ofMinutes(10);
    private static final String FAILED = "failed";

    private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();
    /** Made on first use: a one-shot command loads this class at start and should not pay for a logger or a pool. */
    private static final class Worker {
        static final Logger LOG = LoggerFactory.getLogger(ModelCompiles.class);
        static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rules-model-compile");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
    /** Folders whose model a one-shot command leaves to a detached JVM, by cache key; null: compile in process. */
    private static volatile Map<String, Path> deferred;

    private ModelCompiles() { }

    /** One-shot commands: folders are compiled by a detached JVM after the answer ({@link #detachDeferred}). */
    public static synchronized void deferToExit() {
        if (deferred == null) deferred = new LinkedHashMap<>();
    }

    /**
     * Has the executable model of {@code files} compiled and cached under {@code key}; the future is completed with
     * its KieBase when it was compiled in this process (a process that lives on switches to it), else never. {@code folder} is where the
     * files came from (a detached JVM reads them there); null when they did not come from a folder, which a
     * one-shot command then leaves uncompiled.
     */
    static CompletableFuture<KieBase> schedule(String key, Map<String, String> files, String origin, Path folder) {
        CompletableFuture<KieBase> model = new CompletableFuture<>();
        if (CompileCache.folder() == null || !RUNNING.add(key)) return model;
        synchronized (ModelCompiles.class) {
            if (deferred != null) {
                if (folder != null) deferred.putIfAbsent(key, folder.toAbsolutePath());
                RUNNING.remove(key);
                return model;
            }
        }
        Worker.POOL.execute(() -> {
            try {
                if (compileAndCache(key, files, origin)) {
                    byte[] bytes = CompileCache.read(key);
                    if (bytes != null) model.complete(ModelArchive.load(bytes));
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                Worker.LOG.debug("the compiled model of {} does not load: {}", origin, e.toString());
            } finally {
                RUNNING.remove(key);
            }
        });
        return model;
    }

    /** Starts a detached JVM for each deferred folder; returns how many were started. The caller does not wait. */
    public static int detachDeferred() {
        Map<String, Path> todo;
        synchronized (ModelCompiles.class) {
            if (deferred == null || deferred.isEmpty()) return 0;
            todo = new LinkedHashMap<>(deferred);
            deferred.clear();
        }
        Path cache = CompileCache.folder();
        if (cache == null) return 0;
        int started = 0;
        for (Map.Entry<String, Path> e : todo.entrySet()) {
            if (busy(cache, e.getKey())) continue;
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // C1 only: the compile is a few seconds of one-off work, which C2 would not pay back
                    "-XX:TieredStopAtLevel=1", "-D" + CacheFolder.PROPERTY + "=" + cache.getParent(),
                    "-cp", System.getProperty("java.class.path"), ModelCompiles.class.getName(), e.getValue().toString()));
            try {
                new ProcessBuilder(command).redirectInput(Redirect.from(nullFile())).redirectOutput(Redirect.DISCARD)
                        .redirectError(Redirect.DISCARD).start();
                started++;
            } catch (IOException | SecurityException | UnsupportedOperationException ex) {
                Worker.LOG.debug("no detached compile of {}: {}", e.getValue(), ex.toString());
            }
        }
        return started;
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Waits until the in-process compiles scheduled so far are done, at most {@code max} (tests, tools). */
    public static void awaitIdle(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!RUNNING.isEmpty() && System.nanoTime() < end) TimeUnit.MILLISECONDS.sleep(20);
    }

    /** Compiles and caches unless another live process is at it; true when the model is in the cache. */
    static boolean compileAndCache(String key, Map<String, String> files, String origin) {
        Path cache = CompileCache.folder();
        if (cache == null) return false;
        Path marker = cache.resolve(key + ".compiling");
        try {
            Files.createDirectories(cache);
            if (busy(cache, key)) return false;
            Files.deleteIfExists(marker);
            Files.writeString(Files.createFile(marker), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | SecurityException e) {
            Worker.LOG.debug("cannot mark {} as compiling: {}", key, e.toString());
            return false;
        }
        try {
            CompileCache.write(key, RuleSet.build(files, origin));
        } catch (RuleCompileException | RuntimeException | LinkageError e) {
            // the interpreted build took these files: the marker says so until it is stale, so runs do not retry
            Worker.LOG.debug("the executable model of {} did not compile: {}", origin, e.toString());
            try {
                Files.writeString(marker, FAILED, StandardCharsets.US_ASCII);
            } catch (IOException | SecurityException ex) {
                Worker.LOG.debug("cannot mark {} as failed: {}", key, ex.toString());
            }
            return false;
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException | SecurityException e) {
            Worker.LOG.debug("cannot remove {}: {}", marker, e.toString());
        }
        return true;
    }

    /** Whether a live process other than this one is compiling {@code key}, or its model failed lately. */
    static boolean busy(Path cache, String key) {
        Path marker = cache.resolve(key + ".compiling");
        try {
            if (!Files.isRegularFile(marker)) return false;
            if (Files.getLastModifiedTime(marker).toInstant().isBefore(Instant.now().minus(STALE))) return false;
            String text = Files.readString(marker, StandardCharsets.US_ASCII).strip();
            if (text.isEmpty() || text.equals(FAILED)) return true; // being written, or failed lately
            long pid = Long.parseLong(text);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException | SecurityException e) {
            return false;
        }
    }

    /** The detached step: compiles the rules folder given and caches its executable model. Exit 0 when cached. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ModelCompiles RULES_DIR");
            System.exit(2);
        }
        int code;
        try {
            Path dir = Path.of(args[0]);
            Map<String, String> files = RuleSet.read(dir);
            code = !files.isEmpty() && compileAndCache(RuleSet.cacheKey(files), files, dir.toString()) ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            code = 1;
        }
        System.exit(code);
    }
}
