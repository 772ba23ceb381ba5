package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * knowledge/finetunes.yaml (fine-tunes resolve to their base), the pending fine-tunes whose bases belong to the
 * Llama/Mistral/DeepSeek/Qwen catalog work, and the name forms people paste (HF repo suffixes, quantizer orgs,
 * Ollama tags with size and quant).
 */
class CatalogFinetunesTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));


    @TempDir
    Path tmp;

    private static ModelMatch find(Knowledge k, String q) {
        return k.models().find(q).orElseThrow(() -> new AssertionError("no model for " + q));
    }

    @Test
    void everyFinetuneResolvesToItsBaseByNameAndAlias() {
        List<FineTune> all = K.models().finetunes();
        assertThat(all.size()).isGreaterThanOrEqualTo(50);
        for (FineTune f : all) {
            assertThat(f.source()).as(f.name()).startsWith("https://");
            for (String name : Stream.concat(Stream.of(f.name()), f.aliases().stream()).toList()) {
                ModelMatch m = find(K, name);
                assertThat(m.model()).as(name).isSameAs(f.base());
                assertThat(m.finetune()).as(name).contains(f.name());
            }
        }
        ModelMatch hermes = find(K, "NousResearch/Hermes-3-Llama-3.1-70B");
        assertThat(hermes.model().id()).isEqualTo("llama3.1-70b-instruct");
        assertThat(hermes.finetune()).contains("Hermes 3 Llama 3.1 70B");
        // A catalog model is not a fine-tune.
        assertThat(find(K, "falcon3:7b").finetune()).isEmpty();
    }

    @Test
    void finetunesOfLlamaMistralDeepSeekAndQwenLinesResolveToTheirBase() {
        assertThat(loadedFinetunesCount()).isGreaterThanOrEqualTo(143);
        assertThat(find(K, "TheBloke/vicuna-13B-v1.5-GPTQ")).isEqualTo(new ModelMatch(K.models().exact("llama2-13b-chat").orElseThrow(),
                Optional.of(WeightFormat.GPTQ_INT4), Optional.of("Vicuna 13B v1.5")));
        assertThat(find(K, "magicoder:7b-s-cl-q4_K_M").model().id()).isEqualTo("codellama-7b-instruct");
        assertThat(find(K, "Smaug-72B-v0.1").model().id()).isEqualTo("qwen1.5-72b-chat");
        assertThat(find(K, "vicuna-7b-v1.1").model().id()).isEqualTo("llama1-7b");
        // MLC LLM's first prebuilt name for it
        assertThat(find(K, "vicuna-v1-7b")).isEqualTo(new ModelMatch(K.models().exact("llama1-7b").orElseThrow(), Optional.empty(),
                Optional.of("Vicuna 7B v1.1")));
        // the first Hermes is a LLaMA 1 tune; only the Llama2-named repos are Llama 2
        assertThat(find(K, "NousResearch/Nous-Hermes-13b").model().id()).isEqualTo("llama1-13b");
        // GPT4All's name for it
        assertThat(find(K, "Hermes 13B").model().id()).isEqualTo("llama1-13b");
        assertThat(find(K, "Nous-Hermes-Llama2-13b").model().id()).isEqualTo("llama2-13b-chat");
        // Yi-34B tunes follow the Yi release their card names (Capybara: the 200K base)
        assertThat(find(K, "Nous-Capybara-34B").model().id()).isEqualTo("yi-34b-200k");
        assertThat(find(K, "WizardMath-7B-V1.1").model().id()).isEqualTo("mistral-7b-instruct-v0.1");
        // vision models sized as the language model they are built on
        assertThat(find(K, "THUDM/glm-4v-9b").model().id()).isEqualTo("glm-4-9b-chat");
        assertThat(find(K, "GLM-4.1V-9B-Thinking").model().id()).isEqualTo("glm-4-9b-0414");
        assertThat(find(K, "microsoft/Phi-4-multimodal-instruct").model().id()).isEqualTo("phi-4-mini-instruct");
        // the first InternLM-XComposer is on InternLM-7B (its 2 and 2.5 on InternLM2-7B): not a generic 7B, nor InternLM 7B unsaid
        assertThat(find(K, "InternLM-XComposer-VL-7b").finetune()).contains("InternLM-XComposer VL 7B (vision)");
        assertThat(find(K, "internlm/internlm-xcomposer-7b-4bit").model().id()).isEqualTo("internlm-7b");
        assertThat(find(K, "InternLM-XComposer-2.5").finetune()).contains("InternLM-XComposer2.5 7B (vision)");
        // dated releases of a line resolve to the release their card builds on, not to the nearest date
        assertThat(find(K, "Magistral-Small-2509").model().id()).isEqualTo("mistral-small-3.2-24b-instruct-2506");
        // the Janus line's only 7B is Janus-Pro's, so "janus 7b" without its Pro is that model, sized as DeepSeek LLM 7B
        assertThat(find(K, "janus 7b").finetune()).contains("Janus-Pro 7B (vision)");
        assertThat(find(K, "janus-7b").model().id()).isEqualTo("deepseek-llm-7b-chat");
    }

    private static int loadedFinetunesCount() { return K.models().finetunes().size(); }

    @Test
    void aChangedNameMustResolveToItsModelToday() throws IOException {
        Path k = copy(fixture(), tmp.resolve("n"));
        Path nc = k.resolve("name-changes.yaml");
        Files.writeString(nc, """
                names:
                  - {name: "qwen3 8b", model: qwen3-8b, before: llama3.1-8b, until: "2025-04", source: https://example.org}
                """);
        NameChange c = Knowledge.load(k).nameChange("Qwen3-8B").orElseThrow();
        assertThat(c.before().id()).isEqualTo("llama3.1-8b");
        assertThat(Knowledge.load(k).nameChange("qwen3 14b")).isEmpty();
        Files.writeString(nc, """
                names:
                  - {name: "qwen3 8b", model: llama3.1-8b, before: qwen3-14b, until: "2025-04", source: https://example.org}
                """);
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessage("name-changes.yaml, entry qwen3 8b: \"qwen3 8b\" resolves to qwen3-8b, not llama3.1-8b");
    }

    @Test
    void aNameTwoCardsShareIsALoadErrorInAFolderTheBuildDidNotCheck() throws IOException {
        // as for models: the shipped bundle reads its cards' names at the first lookup, any other folder at load
        Path k = copy(fixture(), tmp.resolve("card-clash"));
        Path gpus = k.resolve("gpus.yaml");
        Files.writeString(gpus, Files.readString(gpus).replace("aliases: [\"GeForce RTX 4090\"]", "aliases: [\"GeForce RTX 4090\", \"RTX 5090\"]"));
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class).hasMessageContaining("\"RTX 5090\" is already a name of");
    }

    @Test
    void aNameTwoModelsShareIsALoadErrorInAFolderTheBuildDidNotCheck() throws IOException {
        // the shipped bundle indexes its names at the first lookup; any other folder at load, so the error comes first
        Path k = copy(fixture(), tmp.resolve("clash"));
        Path qwen = k.resolve("models/qwen.yaml");
        Files.writeString(qwen, Files.readString(qwen).replace("aliases: [\"qwen3:14b\"]", "aliases: [\"qwen3:14b\", \"llama 3.1 8b instruct\"]"));
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("\"llama 3.1 8b instruct\" is already a name of");
        Files.writeString(qwen, Files.readString(qwen).replace(", \"llama 3.1 8b instruct\"]", ", \"llama3.1:8b\"]"));
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("\"llama3.1:8b\" is already a tag of");
    }

    @Test
    void finetuneErrorsNameTheEntry() throws IOException {
        Path k = copy(fixture(), tmp.resolve("f"));
        Path ft = k.resolve("finetunes.yaml");
        Files.writeString(ft, """
                finetunes:
                  - name: Vicuna 13B v1.5
                    aliases: ["lmsys/vicuna-13b-v1.5"]
                    base: llama2-13b
                    source: https://huggingface.co/lmsys/vicuna-13b-v1.5
                """);
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessage("finetunes.yaml, entry Vicuna 13B v1.5: base llama2-13b is not a model of the catalog");
        Files.writeString(ft, """
                finetunes:
                  - name: Hermes 3 Llama 3.1 8B
                    base: llama3.1-8b
                """);
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessage("finetunes.yaml, entry Hermes 3 Llama 3.1 8B: no source");
        Files.writeString(ft, """
                finetunes:
                  - name: Hermes 3 Llama 3.1 8B
                    aliases: ["qwen3 8b"]
                    base: llama3.1-8b
                    source: https://huggingface.co/NousResearch/Hermes-3-Llama-3.1-8B
                """);
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("finetunes.yaml, entry Hermes 3 Llama 3.1 8B: \"qwen3 8b\" is already a name of models/qwen.yaml, entry qwen3-8b");
        Files.writeString(ft, """
                finetunes:
                  - name: Hermes 3 Llama 3.1 8B
                    aliases: ["hermes3:8b"]
                    base: llama3.1-8b
                    source: https://huggingface.co/NousResearch/Hermes-3-Llama-3.1-8B
                  - name: Hermes 3 again
                    aliases: ["hermes3 8b"]
                    base: llama 3.1 8b
                    source: https://huggingface.co/NousResearch/Hermes-3-Llama-3.1-8B
                """);
        assertThatThrownBy(() -> Knowledge.load(k)).isInstanceOf(InputError.class)
                .hasMessageContaining("finetunes.yaml, entry Hermes 3 again: \"hermes3 8b\" is already a name of finetunes.yaml, entry Hermes 3 Llama 3.1 8B");
        // The base may be given by an exact name of the model as well as by its id; suggestions include fine-tunes.
        Files.writeString(ft, """
                finetunes:
                  - name: Hermes 3 Llama 3.1 8B
                    aliases: ["hermes3:8b"]
                    base: Llama 3.1 8B
                    source: https://huggingface.co/NousResearch/Hermes-3-Llama-3.1-8B
                """);
        Knowledge loaded = Knowledge.load(k);
        assertThat(find(loaded, "hermes3:8b-q4_K_M").format()).contains(WeightFormat.Q4_K_M);
        assertThat(loaded.models().suggest("hermes 3 llama 8b", 2)).contains("Hermes 3 Llama 3.1 8B");
    }

    /**
     * Every name form of the brief: HF repo suffixes (-hf, -chat, -Instruct, -it, -base, -GPTQ, -AWQ, -Int4, -Int8,
     * -Chat-Int4, -GGUF, -MLX, -4bit, -8bit, -bnb-4bit, -fp8, -exl2), quantizer organisations and Ollama tags with
     * size and quant. Columns: query, model id, its params_b, the format the name carries ("-" for none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CodeLlama-34b-hf,                                    codellama-34b-instruct,      33.7,  -",
            "aya-expanse-8b-chat,                                 aya-expanse-8b,              8.03,  -",
            "tiiuae/Falcon3-7B-Base,                              falcon3-7b-instruct,         7.46,  -",
            "Falcon3-10B-Instruct,                                falcon3-10b-instruct,        10.3,  -",
            "google/gemma-2-2b-it,                                gemma2-2b-it,                2.61,  -",
            "TheBloke/Falcon-180B-Chat-GPTQ,                      falcon-180b-chat,            179.5, GPTQ_INT4",
            "TheBloke/SOLAR-10.7B-Instruct-v1.0-AWQ,              solar-10.7b-instruct,        10.7,  AWQ_INT4",
            "Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4,                  qwen2.5-7b-instruct,         7.61,  GPTQ_INT4",
            "Qwen/Qwen2.5-72B-Instruct-GPTQ-Int8,                 qwen2.5-72b-instruct,        72.7,  GPTQ_INT8",
            "baidu/ERNIE-4.5-21B-A3B-PT-Int4,                     ernie-4.5-21b-a3b,           21.8,  GPTQ_INT4",
            "CohereLabs/aya-expanse-32b-Chat-Int4,                aya-expanse-32b,             32.3,  GPTQ_INT4",
            "bartowski/gemma-2-2b-it-GGUF,                        gemma2-2b-it,                2.61,  -",
            "bartowski/c4ai-command-r7b-12-2024-GGUF:Q4_K_M,      command-r7b-12-2024,         8.03,  Q4_K_M",
            "lmstudio-community/Phi-4-mini-reasoning-GGUF,        phi-4-mini-reasoning,        3.84,  -",
            "QuantFactory/SmolLM2-1.7B-Instruct-GGUF,             smollm2-1.7b-instruct,       1.71,  -",
            "unsloth/Phi-3.5-MoE-instruct-GGUF:Q8_0,              phi-3.5-moe-instruct,        41.9,  Q8_0",
            "mlx-community/OLMo-2-1124-7B-Instruct-MLX,           olmo2-7b-instruct,           7.3,   -",
            "mlx-community/phi-4-4bit,                            phi-4,                       14.7,  Q4_K_M",
            "mlx-community/SmolLM3-3B-4bit,                       smollm3-3b,                  3.08,  Q4_K_M",
            "mlx-community/granite-3.3-8b-instruct-8bit,          granite-3.3-8b-instruct,     8.17,  Q8_0",
            "unsloth/gemma-2-2b-it-bnb-4bit,                      gemma2-2b-it,                2.61,  Q4_K_M",
            "unsloth/Phi-4-mini-reasoning-unsloth-bnb-4bit,       phi-4-mini-reasoning,        3.84,  Q4_K_M",
            "neuralmagic/gemma-2-9b-it-FP8,                       gemma2-9b-it,                9.24,  FP8",
            "RedHatAI/phi-4-FP8-dynamic,                          phi-4,                       14.7,  FP8",
            "neuralmagic/Phi-3.5-mini-instruct-FP8-KV,            phi-3.5-mini-instruct,       3.82,  FP8",
            "mradermacher/Merged-RP-Stew-V2-34B-i1-GGUF,          yi-34b-200k,                 34.4,  -",
            "defog/sqlcoder-7b-2,                                 codellama-7b-instruct,       6.74,  -",
            "30b-Lazarus.ggmlv3.q4_1,                             llama1-33b,                  32.5,  Q4_1",
            "TheBloke/30B-Lazarus-GGML,                           llama1-33b,                  32.5,  -",
            "rhaymison/Llama-3-portuguese-Tom-cat-8b-instruct,    llama3-8b-instruct,          8.03,  -",
            "turboderp/Falcon3-10B-Instruct-exl2,                 falcon3-10b-instruct,        10.3,  -",
            "LoneStriker/SOLAR-10.7B-Instruct-v1.0-4.0bpw-h6-exl2, solar-10.7b-instruct,       10.7,  -",
            "llama3:8b-instruct-q4_K_M,                           llama3-8b-instruct,          8.03,  Q4_K_M",
            "qwen2.5:32b-instruct-q8_0,                           qwen2.5-32b-instruct,        32.5,  Q8_0",
            "falcon3:10b-instruct-q4_K_M,                         falcon3-10b-instruct,        10.3,  Q4_K_M",
            "gemma2:2b-instruct-q4_0,                             gemma2-2b-it,                2.61,  Q4_0",
            "phi3:14b-medium-4k-instruct-q4_K_M,                  phi-3-medium-4k-instruct,    14.0,  Q4_K_M",
            "olmo2:13b-1124-instruct-q4_K_M,                      olmo2-13b-instruct,          13.7,  Q4_K_M",
            "exaone3.5:7.8b-instruct-q8_0,                        exaone-3.5-7.8b-instruct,    7.82,  Q8_0",
            "smollm2:1.7b-instruct-fp16,                          smollm2-1.7b-instruct,       1.71,  F16",
            "tinyllama:1.1b-chat-v1-q4_K_M,                       tinyllama-1.1b-chat,         1.1,   Q4_K_M",
            "command-r-plus:104b-q4_K_M,                          command-r-plus-08-2024,      104.0, Q4_K_M",
            "Command R+,                                          command-r-plus-08-2024,      104.0, -",
            "Command R,                                           command-r-08-2024,           32.3,  -",
            "TheBloke/Nous-Hermes-2-Mixtral-8x7B-DPO-GPTQ,        mixtral-8x7b-instruct,       46.7,  GPTQ_INT4",
            "bartowski/Llama-3.1-Nemotron-70B-Instruct-HF-GGUF:Q4_K_M, llama3.1-70b-instruct,  70.6,  Q4_K_M",
            "dolphin-mixtral:8x7b-v2.7-q4_K_M,                    mixtral-8x7b-instruct,       46.7,  Q4_K_M",
            "hermes3:8b-llama3.1-q8_0,                            llama3.1-8b-instruct,        8.03,  Q8_0",
            "unsloth/OpenThinker-7B-GGUF,                         qwen2.5-7b-instruct,         7.61,  -",
            "TheBloke/Nous-Hermes-13B-GPTQ,                       llama1-13b,                  13.0,  GPTQ_INT4",
            "TheBloke/Nous-Hermes-Llama2-70B-GGUF,                llama2-70b-chat,             69.0,  -",
            "TheBloke/Nous-Hermes-2-Yi-34B-GGUF,                  yi-34b-chat,                 34.4,  -",
            "TheBloke/dolphin-2_2-yi-34b-AWQ,                     yi-34b-chat,                 34.4,  AWQ_INT4",
            "TheBloke/guanaco-7B-HF,                              llama1-7b,                   6.74,  -",
            "TheBloke/vicuna-13B-v1.5-16K-GPTQ,                   llama2-13b-chat,             13.0,  GPTQ_INT4",
            "TheBloke/Xwin-LM-70B-V0.1-GGUF,                      llama2-70b-chat,             69.0,  -",
            "TheBloke/StableBeluga2-70B-GPTQ,                     llama2-70b-chat,             69.0,  GPTQ_INT4",
            "FlagAlpha/Llama2-Chinese-13b-Chat,                   llama2-13b-chat,             13.0,  -",
            "TheBloke/openchat-3.5-1210-GGUF,                     mistral-7b-instruct-v0.1,    7.24,  -",
            "TheBloke/Toppy-M-7B-GGUF,                            mistral-7b-instruct-v0.1,    7.24,  -",
            "TheBloke/dolphin-2.6-mixtral-8x7b-GGUF,              mixtral-8x7b-instruct,       46.7,  -",
            "TheBloke/CodeBooga-34B-v0.1-GGUF,                    codellama-34b-instruct,      33.7,  -",
            "Phind/Phind-CodeLlama-34B-Python-v1,                 codellama-34b-python,        33.7,  -",
            "TheBloke/Wizard-Vicuna-30B-Uncensored-GPTQ,          llama1-33b,                  32.5,  GPTQ_INT4",
            "ggml-gpt4all-j-v1.3-groovy,                          gpt-j-6b,                    6.05,  -",
            "ggml-gpt4all-j-q4_0,                                 gpt-j-6b,                    6.05,  Q4_0",
            "PatronusAI/Patronus-Lynx-70B-Instruct,               llama3-70b-instruct,         70.6,  -",
            "bartowski/Llama-3-Patronus-Lynx-70B-Instruct-GGUF:Q4_K_M, llama3-70b-instruct,    70.6,  Q4_K_M",
            "mradermacher/Llama-3-Patronus-Lynx-8B-Instruct-i1-GGUF, llama3-8b-instruct,       8.03,  -",
            "Lynx 8B,                                             llama3-8b-instruct,          8.03,  -",
            "BelleGroup/BELLE-7B-2M,                              bloom-7b1,                   7.069, -",
            "BelleGroup/BELLE-LLaMA-EXT-13B,                      llama1-13b,                  13.0,  -",
            "next-tat/tat-llm-13b-fft,                            llama2-13b-chat,             13.0,  -",
            "hfl/chinese-llama-plus-lora-13b,                     llama1-13b,                  13.0,  -",
            "PowerInfer/ReluLLaMA-70B-PowerInfer-GGUF,            llama2-70b-chat,             69.0,  -",
            "SparseLLM/ReluLLaMA-7B,                              llama2-7b-chat,              6.74,  -",
            "Phi-4-MM,                                            phi-4-mini-instruct,         3.84,  -",
            "Salesforce/codegen-2B-multi,                         codegen-2b-mono,             2.78,  -",
            "codegen-16B-nl,                                      codegen-16b-mono,            16.03, -",
            "Salesforce/codegen-350M-mono,                        codegen-350m-mono,           0.357, -",
            "dolphin-phi:2.7b-v2.6-q4_K_M,                        phi-2,                       2.78,  Q4_K_M",
    })
    void nameFormsResolveToModelSizeAndFormat(String query, String id, double paramsB, String format) {
        ModelMatch m = find(K, query);
        assertThat(m.model().id()).isEqualTo(id);
        assertThat(m.model().paramsB()).isEqualTo(paramsB);
        assertThat(m.format()).isEqualTo(format.equals("-") ? Optional.empty() : Optional.of(WeightFormat.valueOf(format)));
    }

    @Test
    void aFineTunesLineWordAloneNamesNoModel() {
        // "lynx" alone is also a browser and a cat: only with its size or maker does it name Patronus' judge
        assertThat(K.models().find("lynx")).isEmpty();
        assertThat(K.models().find("patronus")).isEmpty();
        assertThat(K.models().find("Lynx 70B").orElseThrow().model().id()).isEqualTo("llama3-70b-instruct");
    }

    private static Path fixture() {
        try {
            return Path.of(CatalogFinetunesTest.class.getResource("/knowledge-fixture/gpus.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path src, Path dst) throws IOException {
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }
}
