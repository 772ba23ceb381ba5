package dev.llmadvisor.hub;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

/**
 * Hub answers kept as plain files, one per key (the SHA-256 of endpoint, repository, revision and file names it),
 * bounded in total size: past the bound the least recently used files go (a hit refreshes a file's modification
 * time). Each file holds its key, times, status and a CRC-32; a file that does not check out is deleted and counts as
 * a miss, so a corrupt cache costs one fetch. Any I/O problem only disables caching, never the lookup.
 */
final class DiskCache {

    private static final Logger log = LoggerFactory.getLogger(DiskCache.class);
    private static final int MAGIC = 0x4C41_4843; // "LAHC"
    private static final int VERSION = 1;
    private static final String SUFFIX = ".entry";

    /**
     * One cached answer. {@code status} is 200 for content, 404 for a negative answer; {@code size} is the whole
     * file's size when {@code data} is a prefix of it (a GGUF header), else the data's length.
     */
    record Entry(String key, long created, long expires, int status, long size, byte[] data) {
        boolean fresh(long now) { return now < expires; }
    }

    private final Path dir;
    private final long maxBytes;
    private final AtomicBoolean broken = new AtomicBoolean();
    private long total = -1;

    DiskCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    boolean enabled() { return dir != null && maxBytes > 0 && !broken.get(); }

    Path dir() { return dir; }

    Entry get(String key) {
        if (!enabled()) return null;
        Path file = file(key);
        byte[] raw;
        try {
            if (Files.size(file) > maxBytes) throw new IOException("larger than the cache");
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            drop(file, "unreadable: " + e.getMessage());
            return null;
        }
        Entry entry = decode(raw, key);
        if (entry == null) {
            drop(file, "corrupt");
            return null;
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // LRU order is a nicety
        }
        return entry;
    }

    synchronized void put(Entry e) {
        if (!enabled()) return;
        byte[] raw = encode(e);
        if (raw.length > maxBytes) return;
        Path file = file(e.key());
        try {
            Files.createDirectories(dir);
            if (total < 0) total = scan();
            long old = Files.exists(file) ? Files.size(file) : 0;
            Path tmp = Files.createTempFile(dir, "put-", ".tmp");
            Files.write(tmp, raw);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException x) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            total += raw.length - old;
            if (total > maxBytes) evict(file);
        } catch (IOException | RuntimeException x) {
            if (broken.compareAndSet(false, true)) log.warn("Hub cache in {} is not usable ({}); lookups go without it", dir, x.toString());
        }
    }

    /** Deletes least recently used files until the cache is within 90 % of its bound, keeping {@code keep}. */
    private void evict(Path keep) throws IOException {
        record F(Path p, long t, long size) { }
        List<F> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : ds) {
                try {
                    files.add(new F(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p)));
                } catch (NoSuchFileException gone) {
                    // another process evicted it
                }
            }
        }
        files.sort(Comparator.comparingLong(F::t).thenComparing(f -> f.p().getFileName().toString()));
        long sum = files.stream().mapToLong(F::size).sum();
        long target = maxBytes - maxBytes / 10;
        for (F f : files) {
            if (sum <= target) break;
            if (f.p().equals(keep)) continue;
            try {
                Files.deleteIfExists(f.p());
                sum -= f.size();
                log.debug("Hub cache: evicted {} ({} bytes)", f.p().getFileName(), f.size());
            } catch (IOException x) {
                // in use elsewhere: leave it
            }
        }
        total = sum;
    }

    private long scan() throws IOException {
        long sum = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : ds) {
                try {
                    sum += Files.size(p);
                } catch (NoSuchFileException gone) {
                    // ignore
                }
            }
        }
        return sum;
    }

    private void drop(Path file, String why) {
        log.debug("Hub cache: dropping {} ({})", file.getFileName(), why);
        try {
            long n = Files.size(file);
            Files.deleteIfExists(file);
            synchronized (this) {
                if (total >= 0) total -= n;
            }
        } catch (IOException e) {
            // nothing more to do
        }
    }

    Path file(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(h) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(Entry e) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(e.data().length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(e.key());
            out.writeLong(e.created());
            out.writeLong(e.expires());
            out.writeInt(e.status());
            out.writeLong(e.size());
            out.writeInt(e.data().length);
            out.write(e.data());
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            return bytes.toByteArray();
        } catch (IOException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The entry, or null when the bytes are not a whole, intact entry for {@code key}. */
    static Entry decode(byte[] raw, String key) {
        if (raw.length < 40) return null;
        CRC32 crc = new CRC32();
        crc.update(raw, 0, raw.length - 8);
        long stored = 0;
        for (int i = raw.length - 8; i < raw.length; i++) stored = stored << 8 | (raw[i] & 0xff);
        if (stored != crc.getValue()) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw, 0, raw.length - 8))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) return null;
            String k = in.readUTF();
            if (!k.equals(key)) return null;
            long created = in.readLong();
            long expires = in.readLong();
            int status = in.readInt();
            long size = in.readLong();
            int n = in.readInt();
            if (n < 0 || n != in.available()) return null;
            byte[] data = in.readNBytes(n);
            return new Entry(k, created, expires, status, size, data);
        } catch (IOException e) {
            return null;
        }
    }
}
