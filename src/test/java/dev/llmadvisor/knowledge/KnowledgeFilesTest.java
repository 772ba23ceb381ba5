package dev.llmadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build's JSON bundle of the knowledge folder loads the same knowledge as the folder itself. */
class KnowledgeFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theBundleOfTheShippedFolderLoadsTheSameCatalogsAsTheFolder() throws Exception {
        Path bundle = tmp.resolve("bundle.json");
        KnowledgeFiles.main(new String[] {"knowledge", bundle.toString()});
        // the folder parsed itself (Knowledge.load would take the bundle for the shipped folder)
        Knowledge fromFolder = Knowledge.from(KnowledgeFiles.read(Path.of("knowledge")));
        Knowledge fromBundle;
        try (InputStream in = Files.newInputStream(bundle)) {
            fromBundle = Knowledge.from(KnowledgeFiles.bundle(in, "test bundle"));
        }
        assertThat(fromBundle.models().all()).hasSizeGreaterThan(200).isEqualTo(fromFolder.models().all());
        assertThat(fromBundle.models().finetunes()).isEqualTo(fromFolder.models().finetunes());
        assertThat(fromBundle.gpus().all()).isEqualTo(fromFolder.gpus().all());
        assertThat(fromBundle.formats().all()).isEqualTo(fromFolder.formats().all());
        assertThat(fromBundle.formats().ladder("vllm")).isEqualTo(fromFolder.formats().ladder("vllm"));
        assertThat(fromBundle.generic()).isEqualTo(fromFolder.generic());
    }

    @Test
    void theEmbeddedKnowledgeIsTheShippedFolder() {
        // The bundle's load skips the name checks the build ran; what it yields is the checked folder's.
        Knowledge embedded = Knowledge.embedded();
        Knowledge checked = Knowledge.from(KnowledgeFiles.read(Path.of("knowledge")));
        assertThat(embedded.models().all()).isEqualTo(checked.models().all());
        assertThat(embedded.generic()).isEqualTo(checked.generic());
        assertThat(embedded.nameChanges()).isEqualTo(checked.nameChanges());
    }

    @Test
    void theShippedFolderHasTheBundlesHashAndAnEditedCopyDoesNot() throws Exception {
        assertThat(KnowledgeFiles.bundleHash()).isNotNull().isEqualTo(KnowledgeFiles.contentHash(Path.of("knowledge")))
                .isEqualTo(KnowledgeFiles.bytesHash(Path.of("knowledge")));
        Path copy = tmp.resolve("knowledge");
        try (var files = Files.walk(Path.of("knowledge"))) {
            for (Path p : files.toList()) {
                Path t = copy.resolve(Path.of("knowledge").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        assertThat(KnowledgeFiles.contentHash(copy)).isEqualTo(KnowledgeFiles.bundleHash());
        Path gpus = copy.resolve("gpus.yaml");
        Files.writeString(gpus, Files.readString(gpus).replace("name: GeForce RTX 4090", "name: GeForce RTX 4090 Edited"));
        assertThat(KnowledgeFiles.contentHash(copy)).isNotEqualTo(KnowledgeFiles.bundleHash()).isEqualTo(KnowledgeFiles.bytesHash(copy));
        // the edited folder is read, not the bundle
        assertThat(Knowledge.load(copy).gpus().all()).anyMatch(g -> g.name().equals("GeForce RTX 4090 Edited"));
        assertThat(KnowledgeFiles.contentHash(tmp.resolve("missing"))).isNull();
    }

    @Test
    void theBundleReaderMakesTheNodesOfObjectMappersReadTree() throws Exception {
        Path bundle = tmp.resolve("bundle.json");
        KnowledgeFiles.main(new String[] {"knowledge", bundle.toString()});
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String odd = "{\"a\": [1, -2147483649, 123456789012345678901234567890, 1.5, -0.0, 1e300, \"x\\u00e9\", true, false, null, {}, []],"
                + " \"b\": {\"c\": {\"d\": 2.0}}, \"a2\": 3, \"a2\": 4}";
        for (byte[] json : new byte[][] {Files.readAllBytes(bundle), odd.getBytes(java.nio.charset.StandardCharsets.UTF_8)}) {
            com.fasterxml.jackson.databind.JsonNode ours;
            try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
                ours = KnowledgeFiles.readTree(p);
            }
            com.fasterxml.jackson.databind.JsonNode theirs = mapper.readTree(json);
            // equals compares node types too (IntNode vs LongNode, DoubleNode vs FloatNode)
            assertThat(ours).isEqualTo(theirs);
            assertThat(ours.toString()).isEqualTo(theirs.toString());
        }
    }

    @Test
    void aBundleThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> KnowledgeFiles.bundle(InputStream.nullInputStream(), "empty"))
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void aBundleWithoutGpusNamesTheMissingFile() throws Exception {
        KnowledgeFiles files = KnowledgeFiles.bundle(new java.io.ByteArrayInputStream("{\"models/x.yaml\": {\"models\": []}}".getBytes()), "a bundle");
        assertThatThrownBy(() -> Knowledge.from(files)).isInstanceOf(InputError.class).hasMessageContaining("a bundle has no gpus.yaml");
    }
}
