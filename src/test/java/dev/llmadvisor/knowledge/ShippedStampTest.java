package dev.llmadvisor.knowledge;

import dev.llmadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder remembered as the shipped one is trusted only while every file keeps its name, size and time: each kind
 * of change a person makes to a copied folder (an edit of the same length, a longer one, a file added, removed or
 * renamed, a file touched) is seen, and a file modified just now is never remembered. The load paths (knowledge and
 * rules) read an edited copy after it was remembered.
 */
class ShippedStampTest {

    private static final String HASH = "0123456789abcdef";
    /** Older than the settle time: as a checked-out or unpacked folder is. */
    private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);

    @TempDir
    Path tmp;

    private Path folder(String... namesAndTexts) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("f" + System.nanoTime()));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path p = dir.resolve(namesAndTexts[i]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, namesAndTexts[i + 1]);
            Files.setLastModifiedTime(p, OLD);
        }
        return dir;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private static String stamp(Path dir) throws IOException {
        return ShippedStamp.of(dir, files(dir));
    }

    @Test
    void aRememberedFolderMatchesUntilAnyFileChanges() throws IOException {
        // Each change, applied to a fresh remembered copy, must make the stamp miss.
        List<ThrowingChange> changes = List.of(
                d -> overwrite(d.resolve("a.yaml"), "id: b"),                  // same length, new time
                d -> overwrite(d.resolve("a.yaml"), "id: a, b"),               // longer
                d -> Files.setLastModifiedTime(d.resolve("a.yaml"), FileTime.fromMillis(System.currentTimeMillis())), // touched
                d -> Files.writeString(d.resolve("models/new.yaml"), "x"),    // added
                d -> Files.delete(d.resolve("models/m.yaml")),                 // removed
                d -> Files.move(d.resolve("models/m.yaml"), d.resolve("models/n.yaml"))); // renamed, same bytes and time
        for (ThrowingChange change : changes) {
            Path d = folder("a.yaml", "id: a", "models/m.yaml", "模型: 7b", "rules.drl", "rule \"x\" end");
            String s = stamp(d);
            ShippedStamp.remember("test", s, HASH);
            assertTrue(ShippedStamp.matches("test", stamp(d), HASH), "remembered");
            assertFalse(ShippedStamp.matches("test", stamp(d), HASH + "0"), "another build's hash");
            assertFalse(ShippedStamp.matches("other", stamp(d), HASH), "another kind");
            change.apply(d);
            assertFalse(ShippedStamp.matches("test", stamp(d), HASH), "after a change the folder is read again");
        }
    }

    @Test
    void aFolderWithAFileModifiedJustNowIsNotRemembered() throws IOException {
        Path d = folder("a.yaml", "id: a", "b.yaml", "id: b");
        Files.writeString(d.resolve("b.yaml"), "id: c");
        ShippedStamp.remember("test", stamp(d), HASH);
        assertFalse(ShippedStamp.matches("test", stamp(d), HASH));
        Files.setLastModifiedTime(d.resolve("b.yaml"), OLD);
        ShippedStamp.remember("test", stamp(d), HASH);
        assertTrue(ShippedStamp.matches("test", stamp(d), HASH), "once settled");
    }

    @Test
    void unreadableOrMissingInputsOnlyMiss() throws IOException {
        Path d = folder("a.yaml", "id: a");
        assertNull(ShippedStamp.of(d, List.of(d.resolve("missing.yaml"))));
        assertNull(ShippedStamp.of(d, List.of(d)), "a folder is not a file");
        // Names that would break the stamp's lines and fields (Linux allows both) are not stamped, and nothing throws.
        for (String odd : List.of("tab\there.yaml", "line\nbreak.yaml")) {
            Path p = Files.writeString(d.resolve(odd), "id: x");
            Files.setLastModifiedTime(p, OLD);
            assertNull(ShippedStamp.of(d, files(d)), odd);
            ShippedStamp.remember("test", ShippedStamp.of(d, files(d)), HASH);
            Files.delete(p);
        }
        Path odd = Files.createDirectories(tmp.resolve("odd\nfolder"));
        Files.writeString(odd.resolve("a.yaml"), "id: a");
        assertNull(ShippedStamp.of(odd, files(odd)), "a folder whose path breaks a line");
        assertFalse(ShippedStamp.matches("test", null, HASH));
        assertFalse(ShippedStamp.matches("test", stamp(d), null));
        ShippedStamp.remember("test", null, HASH);
        assertFalse(ShippedStamp.matches("test", stamp(d), HASH), "never remembered");
    }

    @Test
    void anEditedCopyOfTheShippedKnowledgeIsReadAfterItWasRemembered() throws IOException {
        Path copy = tmp.resolve("knowledge");
        copyTree(Path.of("knowledge"), copy);
        Knowledge shipped = Knowledge.load(copy);
        String remembered = ShippedStamp.of(copy, KnowledgeFiles.paths(copy));
        assertTrue(ShippedStamp.matches("knowledge", remembered, KnowledgeFiles.bundleHash()), "the shipped copy is remembered");
        assertEquals(shipped.models().all().size(), Knowledge.load(copy).models().all().size());

        Path file = copy.resolve("name-changes.yaml");
        String text = Files.readString(file);
        // A second line of comment: the same entries, other bytes, so the folder is parsed, not taken from the bundle.
        overwrite(file, text + "\n# edited\n");
        assertFalse(ShippedStamp.matches("knowledge", ShippedStamp.of(copy, KnowledgeFiles.paths(copy)), KnowledgeFiles.bundleHash()));
        assertNotEquals(KnowledgeFiles.bundleHash(), ContentHash.ofBytes(KnowledgeFiles.bytes(copy)));
        assertEquals(shipped.models().all().size(), Knowledge.load(copy).models().all().size(), "parsed from the folder");
    }

    @Test
    void aCopyOfTheShippedRulesIsRememberedAndATouchedFileIsHashedAgain() throws Exception {
        Path copy = tmp.resolve("rules");
        copyTree(Path.of("rules"), copy);
        RuleSet first = RuleSet.compile(copy);
        assertEquals(RuleSet.Provenance.PRECOMPILED, first.provenance());
        List<Path> drl;
        try (Stream<Path> s = Files.walk(copy)) {
            drl = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        String hash = first.contentHash();
        assertTrue(ShippedStamp.matches("rules", ShippedStamp.of(copy, drl), hash), "remembered");
        RuleSet again = RuleSet.compile(copy);
        assertEquals(RuleSet.Provenance.PRECOMPILED, again.provenance());
        assertEquals(first.rules(), again.rules(), "the same rules, table rows included");
        assertEquals(first.tableFacts().size(), again.tableFacts().size());

        // Touched, same bytes: the stamp misses, the files are hashed, and they are still the shipped ones.
        Files.setLastModifiedTime(drl.get(0), FileTime.fromMillis(System.currentTimeMillis()));
        assertFalse(ShippedStamp.matches("rules", ShippedStamp.of(copy, drl), hash));
        assertEquals(RuleSet.Provenance.PRECOMPILED, RuleSet.compile(copy).provenance());
    }

    private static void overwrite(Path p, String text) throws IOException {
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with the files' times kept (old), as a checked-out folder has. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                    Files.setLastModifiedTime(t, OLD);
                }
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingChange {
        void apply(Path dir) throws IOException;
    }
}
