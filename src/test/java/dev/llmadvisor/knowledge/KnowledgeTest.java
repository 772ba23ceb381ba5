package dev.llmadvisor.knowledge;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeTest {

    @TempDir
    Path tmp;

    private static Path fixture() {
        try {
            return Path.of(KnowledgeTest.class.getResource("/knowledge-fixture/gpus.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Knowledge K = Knowledge.load(fixture());

    private Path copyFixture() throws IOException {
        Path src = fixture();
        Path dst = tmp.resolve("knowledge");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    private ModelMatch model(String q) {
        return K.models().find(q).orElseThrow(() -> new AssertionError("no model for " + q));
    }

    private GpuMatch gpu(String q) {
        return K.gpus().find(q).orElseThrow(() -> new AssertionError("no GPU for " + q));
    }

    @Test
    void loadsEntries() {
        assertThat(K.models().all()).hasSize(5);
        ModelEntry m = model("qwen3-8b").model();
        assertThat(m.family()).isEqualTo("qwen");
        assertThat(m.maxContext()).isEqualTo(131072);
        assertThat(m.uses()).contains("coding", "chinese");
        assertThat(m.arch().arch()).isEqualTo("qwen3");
        assertThat(m.arch().layers()).isEqualTo(36);
        ModelEntry moe = model("qwen3-30b-a3b").model();
        assertThat(moe.isMoe()).isTrue();
        assertThat(moe.activeParamsB()).isEqualTo(3.3);
        assertThat(model("qwen3-14b").model().activeParamsB()).isEqualTo(14.8);
        assertThat(model("qwen3-14b").model().maxContext()).isEqualTo(32768);
        assertThat(K.gpus().all()).hasSize(10);
        assertThat(K.formats().get(WeightFormat.Q4_K_M)).map(FormatEntry::bpwReference).contains(4.89);
        assertThat(K.formats().get(WeightFormat.AWQ_INT4).orElseThrow().pplDelta()).isNull();
        assertThat(K.formats().get(WeightFormat.Q2_K)).isEmpty();
    }

    @Test
    void findsModelsInAnySpelling() {
        for (String q : List.of("Qwen3-14B", "qwen3 14b", "qwen3:14b", "QWEN3_14B", "Qwen/Qwen3-14B", "ｑｗｅｎ３ １４ｂ",
                "qwen3-14b-instruct", "unsloth/Qwen3-14B-GGUF")) {
            assertThat(model(q).model().id()).as(q).isEqualTo("qwen3-14b");
            assertThat(model(q).format()).as(q).isEmpty();
        }
        assertThat(model("qwen2.5-coder:32b-instruct-q8_0")).isEqualTo(new ModelMatch(model("qwen2.5-coder-32b").model(), Optional.of(WeightFormat.Q8_0)));
        assertThat(model("unsloth/Qwen3-14B-GGUF:Q4_K_M").format()).contains(WeightFormat.Q4_K_M);
        assertThat(model("qwen3:30b-a3b-q4_K_M").model().id()).isEqualTo("qwen3-30b-a3b");
        assertThat(model("Llama-3.1-8B-Instruct").model().id()).isEqualTo("llama3.1-8b");
        assertThat(model("qwen3:8b-fp16").format()).contains(WeightFormat.F16);
        assertThat(K.models().find("qwen3:4b")).isEmpty();
        assertThat(K.models().find("  ")).isEmpty();
        // 1.5 is not 15: dots stay in keys.
        assertThat(K.models().find("qwen3 1.4b")).isEmpty();
    }

    @Test
    void variantAndFormatMarkersOfUploadsAreNotPartOfTheName() {
        assertThat(model("mlx-community/Qwen3-14B-4bit").model().id()).isEqualTo("qwen3-14b");
        assertThat(model("mlx-community/Qwen3-14B-4bit").format()).contains(WeightFormat.Q4_K_M);
        assertThat(model("Qwen3-14B-MLX-8bit").format()).contains(WeightFormat.Q8_0);
        assertThat(model("unsloth/Qwen3-14B-bnb-4bit").model().id()).isEqualTo("qwen3-14b");
        assertThat(model("Qwen/Qwen3-14B-AWQ").format()).contains(WeightFormat.AWQ_INT4);
        assertThat(model("Qwen3-14B-GPTQ-Int8").format()).contains(WeightFormat.GPTQ_INT8);
        assertThat(model("Qwen3-14B-Chat-Int4").model().id()).isEqualTo("qwen3-14b");
        assertThat(model("Qwen3-14B-FP8").format()).contains(WeightFormat.FP8);
    }

    @Test
    void legacyIsReadAndAbsentMeansCurrent() throws IOException {
        assertThat(K.models().all()).noneMatch(ModelEntry::legacy);
        Path k = copyFixture();
        edit(k.resolve("models/qwen.yaml"), "    hf: Qwen/Qwen3-14B\n", "    hf: Qwen/Qwen3-14B\n    legacy: true\n");
        Knowledge legacy = Knowledge.load(k);
        assertThat(legacy.models().find("qwen3-14b").orElseThrow().model().legacy()).isTrue();
        assertThat(legacy.models().find("qwen3-8b").orElseThrow().model().legacy()).isFalse();
        edit(k.resolve("models/qwen.yaml"), "legacy: true", "legacy: \"yes\"");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("entry qwen3-14b: legacy must be true or false");
    }

    @Test
    void legacyModelsAreSizedWhenNamedButNotOfferedInOpenLists() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("models/qwen.yaml"), "    hf: Qwen/Qwen3-14B\n", "    hf: Qwen/Qwen3-14B\n    legacy: true\n");
        FactBuilder facts = new FactBuilder(Knowledge.load(k));
        Question open = Question.of(Lang.EN, "what can a 48GB card run?").toBuilder().intent(Intent.WHAT_CAN_RUN).vramGb(48.0).ramGb(64.0).models(List.of()).build();
        assertThat(facts.build(open).candidates()).extracting(Candidate::modelId)
                .contains("qwen3-8b").doesNotContain("qwen3-14b");
        Question named = Question.of(Lang.EN, "can a 48GB card run qwen3 14b?").toBuilder().intent(Intent.CAN_RUN).vramGb(48.0).ramGb(64.0).models(List.of("qwen3 14b")).build();
        assertThat(facts.build(named).candidates()).extracting(Candidate::modelId).contains("qwen3-14b");
        // A loose mention ("qwen3") offers the current models of the line.
        Question loose = Question.of(Lang.EN, "which qwen3 can a 48GB card run?").toBuilder().intent(Intent.WHAT_CAN_RUN).vramGb(48.0).ramGb(64.0).models(List.of("qwen3")).build();
        assertThat(facts.build(loose).candidates()).extracting(Candidate::modelId)
                .contains("qwen3-8b").doesNotContain("qwen3-14b");
    }

    @Test
    void suggestsNearestModels() {
        assertThat(K.models().suggest("qwen3 15b", 2)).first().isEqualTo("Qwen3 14B");
        assertThat(K.models().suggest("lama 3.1 8b", 3)).contains("Llama 3.1 8B");
        assertThat(K.models().suggest("completely different", 3)).isEmpty();
    }

    @Test
    void findsGpusInAnySpelling() {
        for (String q : List.of("4090", "RTX 4090", "rtx4090", "NVIDIA GeForce RTX 4090", "ＲＴＸ４０９０")) {
            assertThat(gpu(q).gpu().name()).as(q).isEqualTo("RTX 4090");
            assertThat(gpu(q).assumed()).isFalse();
        }
        assertThat(gpu("3060 12G").gpu().name()).isEqualTo("RTX 3060 12GB");
        assertThat(gpu("3060 12gb").memoryGb()).contains(12.0);
        assertThat(gpu("rtx 3060 8gb").gpu().name()).isEqualTo("RTX 3060 8GB");
        assertThat(gpu("RTX 2000 Ada").gpu().vramGb()).isEqualTo(16);
        assertThat(gpu("A100 80GB").gpu().name()).isEqualTo("A100 80GB");
        assertThat(gpu("a100 40g").gpu().name()).isEqualTo("A100 40GB");
        assertThat(gpu("7900 XTX").gpu().backend()).isEqualTo(Device.Backend.ROCM);
        assertThat(gpu("5090 laptop").gpu().name()).isEqualTo("RTX 5090 Laptop");
        assertThat(gpu("5090 笔记本").gpu().name()).isEqualTo("RTX 5090 Laptop");
        assertThat(gpu("5090").gpu().name()).isEqualTo("RTX 5090");
        assertThat(K.gpus().find("RTX 9999")).isEmpty();
    }

    @Test
    void ambiguousNamesTakeTheCommonVariantAndSaySo() {
        GpuMatch m = gpu("3060");
        assertThat(m.gpu().name()).isEqualTo("RTX 3060 12GB");
        assertThat(m.assumed()).isTrue();
        assertThat(gpu("A100").gpu().name()).isEqualTo("A100 80GB");
        assertThat(gpu("A100").assumed()).isTrue();
        assertThat(gpu("3060 12gb").assumed()).isFalse();
    }

    @Test
    void appleMemoryChoiceAndWorkingSet() {
        GpuMatch m = gpu("M3 Max 64GB");
        assertThat(m.gpu().name()).isEqualTo("M3 Max");
        assertThat(m.memoryGb()).contains(64.0);
        assertThat(m.assumed()).isFalse();
        Device d = m.toDevice();
        assertThat(d.backend()).isEqualTo(Device.Backend.METAL);
        assertThat(d.memoryBytes()).isEqualTo(Units.gib(64));
        assertThat(d.usableBytes()).isEqualTo(Units.gib(48));
        assertThat(gpu("m3 max 36gb").toDevice().usableBytes()).isEqualTo(Units.gib(24));
        GpuMatch bare = gpu("Apple M3 Max");
        assertThat(bare.assumed()).isTrue();
        assertThat(bare.toDevice().memoryBytes()).isEqualTo(Units.gib(36));
        assertThatThrownBy(() -> K.gpus().find("M3 Max 50GB")).isInstanceOf(InputError.class)
                .hasMessageContaining("M3 Max comes with [36, 48, 64, 96, 128] GB of memory, not 50 GB");
        Device rtx = gpu("4090").toDevice();
        assertThat(rtx.memoryBytes()).isEqualTo(Units.gib(24));
        assertThat(rtx.usableBytes()).isEqualTo(rtx.memoryBytes());
        assertThat(rtx.bandwidthGBs()).isEqualTo(1008);
    }

    @Test
    void suggestsNearestGpus() {
        assertThat(K.gpus().suggest("RTX 4080", 3)).contains("RTX 4090");
        assertThat(K.gpus().suggest("M3 Mux", 1)).containsExactly("M3 Max");
    }

    @Test
    void entryWithoutSourceIsNamed() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("models/qwen.yaml"), "    sources: [https://huggingface.co/Qwen/Qwen3-14B/blob/main/config.json]\n", "");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessage("models/qwen.yaml, entry qwen3-14b: no sources");
    }

    @Test
    void duplicateAliasIsNamed() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("models/llama.yaml"), "\"llama3.1:8b\"", "\"Qwen3 8B\"");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("models/qwen.yaml, entry qwen3-8b")
                .hasMessageContaining("models/llama.yaml, entry llama3.1-8b")
                .hasMessageContaining("Qwen3 8B");
    }

    @Test
    void duplicateGpuNameIsNamed() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("gpus.yaml"), "aliases: [\"Radeon RX 7900 XTX\"]", "aliases: [\"4090\"]");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("gpus.yaml, entry RX 7900 XTX").hasMessageContaining("\"4090\"");
    }

    @Test
    void badConfigIsNamed() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("models/llama.yaml"), "num_hidden_layers: 32", "num_hidden_layers: 0");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("models/llama.yaml, entry llama3.1-8b: config: num_hidden_layers must be positive");
    }

    @Test
    void otherDefectsAreNamed() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("gpus.yaml"), "backend: rocm", "backend: directml");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("gpus.yaml, entry RX 7900 XTX: backend directml");
        edit(k.resolve("gpus.yaml"), "backend: directml", "backend: rocm");
        edit(k.resolve("models/llama.yaml"), "max_context: 131072", "max_context: 4096");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessage("models/llama.yaml, entry llama3.1-8b: max_context 4096 is below context 8192");
        Path k2 = tmp.resolve("k2");
        Files.createDirectories(k2.resolve("models"));
        Files.writeString(k2.resolve("models/x.yaml"), "models:\n  - id: [unclosed\n");
        assertThatThrownBy(() -> Knowledge.load(k2)).isInstanceOf(InputError.class)
                .hasMessageContaining("models/x.yaml is not valid YAML: line");
        Files.writeString(k2.resolve("models/x.yaml"), "models: []\n");
        assertThatThrownBy(() -> Knowledge.load(k2)).isInstanceOf(InputError.class).hasMessageContaining("has no gpus.yaml");
        assertThatThrownBy(() -> Knowledge.load(tmp.resolve("nowhere"))).isInstanceOf(InputError.class);
    }

    @Test
    void formatErrorsAreNamed() throws IOException {
        Path k = copyFixture();
        edit(k.resolve("formats.yaml"), "id: Q4_K_M", "id: Q4_K_X");
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("formats.yaml, entry Q4_K_X: id Q4_K_X is not a known weight format");
    }

    @Test
    void loadsFromInsideAJar() throws IOException {
        Path jar = tmp.resolve("app.jar");
        Path src = fixture();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(src)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry("knowledge/" + src.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        URL url = new URL("jar:" + jar.toUri() + "!/knowledge/gpus.yaml");
        Knowledge k = Knowledge.fromResource(url);
        assertThat(k.models().all()).hasSize(5);
        assertThat(k.gpus().find("4090")).isPresent();
        // A second load opens the jar again: the first file system was closed.
        assertThat(Knowledge.fromResource(url).formats().all()).hasSize(3);
        assertThat(Knowledge.fromResource(fixture().resolve("gpus.yaml").toUri().toURL()).models().all()).hasSize(5);
    }
}
