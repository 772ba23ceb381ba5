package dev.llmadvisor.hub;

import dev.llmadvisor.knowledge.ByteSource;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The start of a remote file, fetched by ranges only as far as the reader asks: the first range is small, each
 * further one doubles, and nothing is read past {@code maxBytes} (a GGUF header that needs more fails with a clear
 * message). The bytes read form one contiguous prefix held in memory, at most {@code maxBytes}.
 */
final class RangedFile implements ByteSource {

    /** Fetches {@code [from, to]} (inclusive); returns the bytes from {@code from} on (possibly fewer) and the file's size. */
    interface Fetcher {
        Chunk fetch(long from, long to);
    }

    record Chunk(byte[] bytes, long totalSize) { }

    private final Fetcher fetcher;
    private final long maxBytes;
    private final String label;
    private long nextRange;
    private byte[] buf;
    private int len;
    private long size = -1;

    RangedFile(Fetcher fetcher, int firstRange, long maxBytes, String label) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
        this.label = label;
        this.nextRange = firstRange;
        this.buf = new byte[0];
    }

    @Override
    public long size() {
        if (size < 0) grow(0);
        return size;
    }

    @Override
    public int read(ByteBuffer dst, long position) {
        if (position >= size()) return -1;
        if (!dst.hasRemaining()) return 0;
        while (position >= len) grow(position);
        int n = (int) Math.min(dst.remaining(), len - position);
        dst.put(buf, (int) position, n);
        return n;
    }

    /** Extends the prefix to cover {@code position}, by at least the next range. */
    private void grow(long position) {
        long from = len;
        if (from >= maxBytes || position >= maxBytes) throw HubFailure.headerTooLarge(label, maxBytes);
        long to = Math.max(position, from + nextRange - 1);
        to = Math.min(to, maxBytes - 1);
        if (size >= 0) to = Math.min(to, size - 1);
        nextRange = Math.min(nextRange * 2, maxBytes);
        Chunk c = fetcher.fetch(from, to);
        if (c.totalSize() < 0) throw HubFailure.malformed(label, "the server did not say how long the file is");
        size = c.totalSize();
        if (size == 0) throw HubFailure.malformed(label, "the file is empty");
        int n = (int) Math.min(c.bytes().length, to - from + 1);
        if (n <= 0 && from < size) throw HubFailure.malformed(label, "the server sent no bytes for range " + from + "-" + to);
        if (len + n > buf.length) buf = Arrays.copyOf(buf, (int) Math.min(maxBytes, Math.max(len + n, buf.length * 2L)));
        System.arraycopy(c.bytes(), 0, buf, len, n);
        len += n;
    }
}
