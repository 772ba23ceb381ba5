package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.GgmlType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal GGUF v3 writer for tests: metadata, tensor infos, and zero-filled tensor data. */
final class GgufWriter {

    private record TensorInfo(String name, GgmlType type, long[] dims) { }

    private final Map<String, Object> kv = new LinkedHashMap<>();
    /** Keys written a second time, after the others (a malformed file). */
    private final List<Map.Entry<String, Object>> repeated = new ArrayList<>();
    private final List<TensorInfo> tensors = new ArrayList<>();

    /** Values: String, Integer (uint32), Long (uint64), Float, Boolean, int[] (int32 array), String[]. */
    GgufWriter kv(String key, Object value) {
        kv.put(key, value);
        return this;
    }

    /** Writes {@code key} once more, after every other key. */
    GgufWriter repeat(String key, Object value) {
        repeated.add(Map.entry(key, value));
        return this;
    }

    GgufWriter tensor(String name, GgmlType type, long... dims) {
        tensors.add(new TensorInfo(name, type, dims));
        return this;
    }

    byte[] bytes() {
        Out o = new Out();
        o.u32(0x46554747);
        o.u32(3);
        o.u64(tensors.size());
        o.u64(kv.size() + repeated.size());
        List<Map.Entry<String, Object>> all = new ArrayList<>(kv.entrySet());
        all.addAll(repeated);
        for (Map.Entry<String, Object> e : all) {
            o.str(e.getKey());
            o.value(e.getValue());
        }
        long offset = 0;
        List<Long> sizes = new ArrayList<>();
        for (TensorInfo t : tensors) {
            o.str(t.name());
            o.u32(t.dims().length);
            long n = 1;
            for (long d : t.dims()) {
                o.u64(d);
                n *= d;
            }
            o.u32(t.type().id());
            o.u64(offset);
            long size = n / t.type().blockSize() * t.type().blockBytes();
            sizes.add(size);
            offset += (size + 31) / 32 * 32;
        }
        while (o.size() % 32 != 0) o.u8(0);
        for (int i = 0; i < sizes.size(); i++) {
            long s = sizes.get(i);
            o.zeros(s);
            // Padding only between tensors: the file ends with the last tensor's data, as llama.cpp writes it.
            if (i < sizes.size() - 1) o.zeros((32 - s % 32) % 32);
        }
        return o.toByteArray();
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    private static final class Out extends ByteArrayOutputStream {
        void u8(int v) { write(v); }

        void u32(long v) { write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array(), 0, 4); }

        void u64(long v) { write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array(), 0, 8); }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            write(b, 0, b.length);
        }

        void zeros(long n) {
            for (long i = 0; i < n; i++) write(0);
        }

        void value(Object v) {
            if (v instanceof String s) { u32(8); str(s); }
            else if (v instanceof Integer i) { u32(4); u32(i); }
            else if (v instanceof Long l) { u32(10); u64(l); }
            else if (v instanceof Float f) { u32(6); u32(Float.floatToIntBits(f)); }
            else if (v instanceof Boolean b) { u32(7); u8(b ? 1 : 0); }
            else if (v instanceof int[] a) {
                u32(9); u32(5); u64(a.length);
                for (int x : a) u32(x);
            } else if (v instanceof String[] a) {
                u32(9); u32(8); u64(a.length);
                for (String x : a) str(x);
            } else throw new IllegalArgumentException("unsupported value " + v);
        }
    }
}
