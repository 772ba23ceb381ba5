package dev.llmadvisor.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Remembers that a folder's files were, when last read, the ones the build shipped (their content hash equals the
 * one the jar was built from), by each file's name, size and modification time: the next start that finds the same
 * names, sizes and times loads the build's copy without reading and hashing the files again. Every start checks the
 * knowledge folder (some 700 KB of YAML) and the rules folder against the jar that way, and in a cold JVM reading
 * and hashing them (SHA-256 without its intrinsic, and the rules' text encoded again) costs CPU on both threads.
 *
 * <p>A file changed since then has another size or time (nanoseconds where the file system keeps them), and is read
 * and hashed as before. As git does for its index ("racy" entries), a folder with a file modified within the last
 * {@link #SETTLE_NANOS} is not remembered: on a file system with coarse times an edit in the same tick would look
 * unchanged. Kept in the cache folder's {@code shipped} folder, one small file per folder and kind; no cache folder,
 * or anything that cannot be read or written there, only means the files are hashed.
 */
public final class ShippedStamp {

    /** Files modified this recently are not trusted to show a later edit in their time (FAT keeps 2 s). */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private ShippedStamp() { }

    /**
     * The names, sizes and modification times of {@code files} (in {@code dir}), as one text; null when one cannot be
     * read (the caller then reads the files, and reports what is wrong).
     */
    public static String of(Path dir, List<Path> files) {
        StringBuilder sb = new StringBuilder();
        try {
            String real = dir.toRealPath().toString();
            if (real.indexOf('\n') >= 0) return null;
            sb.append(real).append('\n');
            for (Path p : files) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isRegularFile()) return null;
                String name = dir.relativize(p).toString().replace('\\', '/');
                // one line per file, fields split by tabs: a name that holds either is not stamped
                if (name.indexOf('\n') >= 0 || name.indexOf('\t') >= 0) return null;
                sb.append(name).append('\t').append(a.size()).append('\t')
                        .append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return sb.toString();
    }

    /** Whether {@code stamp} is the one remembered for {@code kind} with {@code shippedHash}: the files are the shipped ones. */
    public static boolean matches(String kind, String stamp, String shippedHash) {
        if (stamp == null || shippedHash == null) return false;
        Path f = file(kind, stamp);
        if (f == null) return false;
        try {
            return Files.size(f) == expected(stamp, shippedHash).length && Files.readString(f, StandardCharsets.UTF_8).equals(text(stamp, shippedHash));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Remembers {@code stamp} for {@code kind}: the files, hashed just now, are the ones with {@code shippedHash}. Not
     * when one of them was modified within {@link #SETTLE_NANOS} of now.
     */
    public static void remember(String kind, String stamp, String shippedHash) {
        if (stamp == null || shippedHash == null || !settled(stamp)) return;
        Path f = file(kind, stamp);
        if (f == null) return;
        Path tmp = null;
        try {
            Files.createDirectories(f.getParent());
            tmp = Files.createTempFile(f.getParent(), kind, ".tmp");
            Files.write(tmp, expected(stamp, shippedHash));
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // only an accelerator: the next start hashes the files again; no half-written file is left behind
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // nothing more to do
            }
        }
    }

    /** Every file's time is at least {@link #SETTLE_NANOS} old. */
    static boolean settled(String stamp) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        String[] lines = stamp.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            long time = Long.parseLong(line.substring(line.lastIndexOf('\t') + 1));
            if (now - time < SETTLE_NANOS) return false;
        }
        return true;
    }

    private static String text(String stamp, String shippedHash) {
        return stamp + "shipped " + shippedHash + "\n";
    }

    private static byte[] expected(String stamp, String shippedHash) {
        return text(stamp, shippedHash).getBytes(StandardCharsets.UTF_8);
    }

    /** One file per folder (its real path, the stamp's first line) and kind; the text holds the path, so a clash only misses. */
    private static Path file(String kind, String stamp) {
        Path folder = CacheFolder.of("shipped");
        if (folder == null) return null;
        String path = stamp.substring(0, stamp.indexOf('\n'));
        return folder.resolve(kind + "-" + Integer.toHexString(path.hashCode()) + ".stamp");
    }
}
