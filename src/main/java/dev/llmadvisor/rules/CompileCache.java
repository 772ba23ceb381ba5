package dev.llmadvisor.rules;

import dev.llmadvisor.knowledge.CacheFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Compiled rule models on disk, keyed by the content hash of the DRL files and the program build they were
 * compiled for (generated code refers to the fact classes, so a model is only reused by the same build).
 *
 * <p>Where: {@code rules} in the {@link CacheFolder}. The cache is only an accelerator: a folder that cannot be
 * read or written, or an entry that does not load, means compiling.
 */
public final class CompileCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);
    /** Program builds without a precompiled model (run from an IDE): the fact classes' bytes stand for the build. */
    private static final String[] FACT_CLASSES = {"/dev/llmadvisor/facts/Candidate.class", "/dev/llmadvisor/facts/Ask.class",
            "/dev/llmadvisor/facts/Finding.class", "/dev/llmadvisor/facts/Effect.class"};
    /** Entries larger than this are not ours. */
    private static final long MAX_ENTRY = 64L << 20;

    private CompileCache() { }

    /** The cache folder for compiled rules, or null when caching is off. */
    public static Path folder() {
        return CacheFolder.of("rules");
    }

    static String key(String contentHash, String build) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(contentHash.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            if (build != null) {
                md.update(build.getBytes(StandardCharsets.UTF_8));
            } else {
                for (String c : FACT_CLASSES) {
                    try (InputStream in = CompileCache.class.getResourceAsStream(c)) {
                        if (in != null) md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(String key) {
        Path dir = folder();
        if (dir == null) return null;
        Path f = dir.resolve(key + ".kjar");
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > MAX_ENTRY) return null;
            return Files.readAllBytes(f);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    static void write(String key, byte[] model) {
        Path dir = folder();
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, model);
            try {
                Files.move(tmp, dir.resolve(key + ".kjar"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(key + ".kjar"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            LOG.debug("rule model not cached in {}: {}", dir, e.toString());
        }
    }

    static void forget(String key) {
        Path dir = folder();
        if (dir == null) return;
        try {
            Files.deleteIfExists(dir.resolve(key + ".kjar"));
        } catch (IOException | SecurityException e) {
            LOG.debug("cannot remove {}: {}", key, e.toString());
        }
    }

    /** Whether {@code key} was recorded by {@link #record} (e.g. a rule set already checked against the same facts). */
    public static boolean recorded(String key) {
        Path dir = folder();
        return dir != null && Files.isRegularFile(dir.resolve("checked").resolve(key));
    }

    public static void record(String key) {
        Path dir = folder();
        if (dir == null) return;
        try {
            Files.createDirectories(dir.resolve("checked"));
            Files.writeString(dir.resolve("checked").resolve(key), "checked\n");
        } catch (IOException | SecurityException e) {
            LOG.debug("cannot record {}: {}", key, e.toString());
        }
    }

    /** A key over the contents of every regular file under {@code paths} (names and bytes) and {@code extra}. */
    public static String keyOf(java.util.List<Path> paths, String extra) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(extra.getBytes(StandardCharsets.UTF_8));
            String build = RuleSet.Embedded.get() == null ? "dev" : RuleSet.Embedded.get().build();
            md.update(build.getBytes(StandardCharsets.UTF_8));
            for (Path root : paths) {
                if (!Files.exists(root)) continue;
                try (java.util.stream.Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(p.toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(p));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            return null;
        }
    }
}
