package dev.llmadvisor.sizing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Profiles computed ahead of time, keyed by architecture and weight format. Typing every tensor of every catalog
 * model (the quantizer) is most of a cold start's sizing work, and its result depends only on the architecture and
 * the format, so the build computes the catalog's profiles once and the program reads them. The key holds a digest
 * of every architecture field: an architecture edited after the build simply misses and is computed as before.
 */
public final class ProfileTable {

    private static final int VERSION = 2;

    private final Map<String, Profile> profiles;
    /**
     * Digest of each architecture looked up (a catalog model is asked for in several formats), by the architecture's
     * text: hashing and comparing the record itself links its hashCode and equals, and its parts', through method
     * handles at first use, about 30 ms of a cold start's CPU.
     */
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    private ProfileTable(Map<String, Profile> profiles) {
        this.profiles = profiles;
    }

    public static ProfileTable empty() {
        return new ProfileTable(Map.of());
    }

    /** The key of an architecture in a format: the format and a digest of the architecture's every field. */
    public static String key(ModelArch arch, WeightFormat format) {
        return key(digest(arch), format);
    }

    private static String key(String digest, WeightFormat format) {
        return format.name() + ":" + digest;
    }

    private static String digest(ModelArch arch) {
        return digest(arch.toString());
    }

    /**
     * 64-bit FNV-1a over the text's characters, and its length: a name-based UUID hashes with MD5, whose provider
     * lookup and first digests cost more of a cold start than the profiles it finds. An architecture edited after the
     * build differs in its text, so its key misses but for a 64-bit collision.
     */
    private static String digest(String archText) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < archText.length(); i++) {
            h ^= archText.charAt(i);
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h) + "-" + archText.length();
    }

    /** The precomputed profile, or null when this architecture and format were not computed ahead. */
    public Profile get(ModelArch arch, WeightFormat format) {
        return profiles.isEmpty() ? null : profiles.get(key(digests.computeIfAbsent(arch.toString(), ProfileTable::digest), format));
    }

    public int size() {
        return profiles.size();
    }

    /** The spec of a model, from the table when it holds the profile, else computed. */
    public ModelSpec spec(String id, ModelArch arch, WeightFormat format) {
        Profile p = get(arch, format);
        return p != null ? ModelSpec.of(id, arch, format, p) : ModelSpec.of(id, arch, format);
    }

    /** Writes {@code profiles} (key as given by {@link #key}). */
    public static void write(Map<String, Profile> profiles, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(VERSION);
        o.writeInt(profiles.size());
        for (Map.Entry<String, Profile> e : profiles.entrySet()) {
            Profile p = e.getValue();
            o.writeUTF(e.getKey());
            writeRuns(o, p.dense());
            writeRuns(o, p.experts());
            for (long v : new long[] {p.tokenEmbedding(), p.output(), p.hostOutput(), p.fileBytes(), p.parameters(), p.activeParameters()}) {
                o.writeLong(v);
            }
            o.writeByte(p.byClass().size());
            for (Map.Entry<TensorClass, Long> c : p.byClass().entrySet()) {
                o.writeByte(c.getKey().ordinal());
                o.writeLong(c.getValue());
            }
        }
        o.flush();
    }

    /** Reads a table written by {@link #write}; a table of another version reads as empty. */
    public static ProfileTable read(InputStream in) throws IOException {
        DataInputStream i = new DataInputStream(in);
        if (i.readInt() != VERSION) return empty();
        int n = i.readInt();
        Map<String, Profile> out = new HashMap<>(n * 2);
        TensorClass[] classes = TensorClass.values();
        for (int k = 0; k < n; k++) {
            String key = i.readUTF();
            long[] dense = readRuns(i);
            long[] experts = readRuns(i);
            long emb = i.readLong(), output = i.readLong(), hostOutput = i.readLong(), file = i.readLong(),
                    params = i.readLong(), active = i.readLong();
            Map<TensorClass, Long> byClass = new EnumMap<>(TensorClass.class);
            int c = i.readByte();
            for (int j = 0; j < c; j++) byClass.put(classes[i.readByte()], i.readLong());
            out.put(key, new Profile(dense, experts, emb, output, hostOutput, file, params, active, Collections.unmodifiableMap(byClass)));
        }
        return new ProfileTable(out);
    }

    /** Per-layer sums as runs of equal values: most layers of a model are alike. */
    private static void writeRuns(DataOutputStream o, long[] values) throws IOException {
        o.writeInt(values.length);
        int i = 0;
        while (i < values.length) {
            int j = i;
            while (j < values.length && values[j] == values[i]) j++;
            o.writeInt(j - i);
            o.writeLong(values[i]);
            i = j;
        }
    }

    private static long[] readRuns(DataInputStream i) throws IOException {
        long[] values = new long[i.readInt()];
        int at = 0;
        while (at < values.length) {
            int run = i.readInt();
            long v = i.readLong();
            if (run <= 0 || at + run > values.length) throw new IOException("bad run length " + run);
            Arrays.fill(values, at, at + run, v);
            at += run;
        }
        return values;
    }
}
