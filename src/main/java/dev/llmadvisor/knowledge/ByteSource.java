package dev.llmadvisor.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Random-access bytes for {@link GgufReader}: a local file, or a file read by ranges from elsewhere (the Hub).
 * The reader checks every position against {@link #size()} before it reads, so a source only has to deliver
 * the bytes it is asked for.
 */
public interface ByteSource {

    /** The total length in bytes. */
    long size();

    /**
     * Reads up to {@code dst.remaining()} bytes starting at {@code position} into {@code dst}; returns how many
     * were read (at least one when {@code position < size()}), or -1 at the end.
     */
    int read(ByteBuffer dst, long position) throws IOException;

    static ByteSource of(FileChannel ch) throws IOException {
        long size = ch.size();
        return new ByteSource() {
            @Override
            public long size() { return size; }

            @Override
            public int read(ByteBuffer dst, long position) throws IOException { return ch.read(dst, position); }
        };
    }
}
