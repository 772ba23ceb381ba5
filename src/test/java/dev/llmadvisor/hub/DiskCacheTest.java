package dev.llmadvisor.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DiskCacheTest {

    @TempDir
    Path dir;

    static DiskCache.Entry entry(String key, int bytes) {
        long now = System.currentTimeMillis();
        return new DiskCache.Entry(key, now, now + 60_000, 200, bytes, new byte[bytes]);
    }

    @Test
    void roundTrip() {
        DiskCache c = new DiskCache(dir, 1 << 20);
        byte[] data = "hello".getBytes();
        long now = System.currentTimeMillis();
        c.put(new DiskCache.Entry("k", now, now + 1000, 200, 99, data));
        DiskCache.Entry e = c.get("k");
        assertThat(e.data()).isEqualTo(data);
        assertThat(e.size()).isEqualTo(99);
        assertThat(e.fresh(now)).isTrue();
        assertThat(e.fresh(now + 1000)).isFalse();
        assertThat(c.get("other")).isNull();
    }

    @Test
    void leastRecentlyUsedGoFirstAtTheBound() throws IOException {
        DiskCache c = new DiskCache(dir, 350_000);
        c.put(entry("a", 100_000));
        c.put(entry("b", 100_000));
        c.put(entry("c", 100_000));
        age(c, "a", 30);
        age(c, "b", 20);
        age(c, "c", 10);
        assertThat(c.get("a")).isNotNull(); // a is now the most recently used
        c.put(entry("d", 100_000));
        assertThat(c.get("b")).isNull();
        assertThat(c.get("a")).isNotNull();
        assertThat(c.get("c")).isNotNull();
        assertThat(c.get("d")).isNotNull();
        assertThat(total()).isLessThanOrEqualTo(350_000);
        // An entry larger than the whole cache is not kept.
        c.put(entry("huge", 400_000));
        assertThat(c.get("huge")).isNull();
    }

    @Test
    void corruptOrForeignFilesAreMissesAndDeleted() throws IOException {
        DiskCache c = new DiskCache(dir, 1 << 20);
        c.put(entry("k", 1000));
        Path f = c.file("k");
        byte[] b = Files.readAllBytes(f);
        b[100] ^= 1;
        Files.write(f, b);
        assertThat(c.get("k")).isNull();
        assertThat(f).doesNotExist();
        c.put(entry("k", 1000));
        Files.write(f, java.util.Arrays.copyOf(Files.readAllBytes(f), 500));
        assertThat(c.get("k")).isNull();
        // A file that checks out but belongs to another key (a hash collision) is not served.
        c.put(entry("k", 10));
        Files.copy(f, c.file("j"));
        assertThat(c.get("j")).isNull();
        assertThat(DiskCache.decode(new byte[3], "k")).isNull();
    }

    @Test
    void anUnusableFolderOnlyDisablesCaching() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        DiskCache c = new DiskCache(file, 1 << 20);
        c.put(entry("k", 10));
        assertThat(c.get("k")).isNull();
        assertThat(c.enabled()).isFalse();
        assertThat(new DiskCache(null, 1 << 20).enabled()).isFalse();
        assertThat(new DiskCache(dir, 0).enabled()).isFalse();
    }

    private void age(DiskCache c, String key, int secondsAgo) throws IOException {
        Files.setLastModifiedTime(c.file(key), FileTime.fromMillis(System.currentTimeMillis() - secondsAgo * 1000L));
    }

    private long total() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
