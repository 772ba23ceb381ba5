package dev.llmadvisor.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 over a folder's files (name and text, in name order): what the build's precompiled copies are keyed by. */
public final class ContentHash {

    private ContentHash() { }

    public static String of(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return ofBytes(bytes);
    }

    /**
     * The same hash over files given as their bytes: for UTF-8 files, what {@link #of} gives for their texts, without
     * decoding them first (the start-up check of a knowledge folder against the build's bundle).
     */
    public static String ofBytes(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
