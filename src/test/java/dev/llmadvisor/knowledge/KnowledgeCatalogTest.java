package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorTable;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks over the shipped catalog (knowledge/models): the parameter count the sizing core derives from each
 * entry's config (the llama.cpp tensor layout) agrees with the entry's params_b, and for MoE models with
 * active_params_b. A wrong layer count, width or vocabulary in a config shows up here. The exceptions are
 * named and explained; a disagreement is fixed in the value, from its source, not in the tolerance.
 */
class KnowledgeCatalogTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final double TOTAL_TOLERANCE = 0.03;
    private static final double ACTIVE_TOLERANCE = 0.05;

    /** How a card counts active parameters when it does not count every tensor read per token. */
    private enum Active {
        /** Leaves out the token-embedding table, a lookup rather than a matrix product (gpt-oss, DeepSeek-V2-Lite). */
        WITHOUT_TOKEN_EMBEDDING,
        /** Leaves out the token-embedding table and the output head (GLM-4.5, GLM-4.5-Air, GLM-4.6, GLM-4.7). */
        WITHOUT_EMBEDDINGS
    }

    private static final Map<String, Active> ACTIVE_EXCEPTIONS = Map.ofEntries(
            Map.entry("deepseek-coder-v2-lite-instruct", Active.WITHOUT_TOKEN_EMBEDDING),
            Map.entry("deepseek-v2-lite-chat", Active.WITHOUT_TOKEN_EMBEDDING),
            Map.entry("gpt-oss-20b", Active.WITHOUT_TOKEN_EMBEDDING),
            Map.entry("gpt-oss-120b", Active.WITHOUT_TOKEN_EMBEDDING),
            Map.entry("glm-4.5", Active.WITHOUT_EMBEDDINGS),
            Map.entry("glm-4.5-air", Active.WITHOUT_EMBEDDINGS),
            Map.entry("glm-4.6", Active.WITHOUT_EMBEDDINGS),
            Map.entry("glm-4.7", Active.WITHOUT_EMBEDDINGS),
            Map.entry("glm-4.5v", Active.WITHOUT_EMBEDDINGS),
            Map.entry("minimax-m2", Active.WITHOUT_TOKEN_EMBEDDING),
            Map.entry("ernie-4.5-21b-a3b", Active.WITHOUT_TOKEN_EMBEDDING),
            Map.entry("ernie-4.5-21b-a3b-thinking", Active.WITHOUT_TOKEN_EMBEDDING));

    /**
     * Card totals that include a vision encoder llama.cpp keeps in a separate mmproj file, in billions:
     * Gemma 3's SigLIP encoder (Gemma 3 technical report, table 1: 417M); Llama 3.2 11B Vision's ViT-H/14 (MllamaVisionConfig:
     * 32 + 8 layers of 1,280 with 5,120-wide MLPs and a 7,680-to-4,096 projector, 0.82B by arithmetic; Ollama's projector file).
     */
    private static final Map<String, Double> VISION_TOWER_B = Map.of(
            "gemma3-4b-it", 0.417,
            "gemma3-12b-it", 0.417,
            "llama3.2-11b-vision-instruct", 0.82);

    private static long total(ModelArch a) {
        return new TensorTable(TensorTable.layout(a)).parameterCount();
    }

    /** Parameters used per token: routed expert tensors scaled by experts used / experts. */
    private static long active(ModelArch a, Active how) {
        long n = 0;
        for (Tensor t : TensorTable.layout(a)) {
            if (how != null && t.name().equals("token_embd.weight")) continue;
            if (how == Active.WITHOUT_EMBEDDINGS && t.name().equals("output.weight")) continue;
            n += t.name().contains("_exps") ? t.elements() / a.moe().experts() * a.moe().expertsUsed() : t.elements();
        }
        return n;
    }

    private static double off(double computed, double stated) {
        return Math.abs(computed - stated) / stated;
    }

    @Test
    void anOllamaTagKeepsItsColonAndAVersionlessHubNameIsItsOwnModel() {
        // Ollama's qwen:72b is Qwen1.5; "Qwen-72B" / "qwen14b" is what Qwen published before 1.5 (Qwen/Qwen-72B)
        assertThat(K.models().find("qwen:72b")).get().extracting(m -> m.model().id()).isEqualTo("qwen1.5-72b-chat");
        assertThat(K.models().find("qwen:14b-chat-q4_K_M")).get().extracting(m -> m.model().id()).isEqualTo("qwen1.5-14b-chat");
        assertThat(K.models().find("Qwen-72B")).get().extracting(m -> m.model().id()).isEqualTo("qwen-72b-chat");
        assertThat(K.models().find("qwen14b")).get().extracting(m -> m.model().id()).isEqualTo("qwen-14b-chat");
        // a tag whose plain spelling no other model has still names its model without the colon
        assertThat(K.models().find("qwen1.5 72b")).get().extracting(m -> m.model().id()).isEqualTo("qwen1.5-72b-chat");
        assertThat(K.models().find("llama3.1 8b")).get().extracting(m -> m.model().id()).isEqualTo("llama3.1-8b-instruct");
    }

    @Test
    void parameterCountsFollowFromTheConfigs() {
        List<String> wrong = new ArrayList<>();
        for (ModelEntry m : K.models().all()) {
            double total = total(m.arch()) / 1e9 + VISION_TOWER_B.getOrDefault(m.id(), 0.0);
            if (off(total, m.paramsB()) > TOTAL_TOLERANCE) {
                wrong.add(String.format(Locale.ROOT, "%s: params_b %.2f, layout %.2f", m.id(), m.paramsB(), total));
            }
            if (m.isMoe()) {
                double active = active(m.arch(), ACTIVE_EXCEPTIONS.get(m.id())) / 1e9;
                if (off(active, m.activeParamsB()) > ACTIVE_TOLERANCE) {
                    wrong.add(String.format(Locale.ROOT, "%s: active_params_b %.2f, layout %.2f", m.id(), m.activeParamsB(), active));
                }
            } else if (m.activeParamsB() != m.paramsB()) {
                wrong.add(m.id() + ": a dense model's active_params_b must equal params_b");
            }
        }
        assertThat(wrong).as("entries whose config disagrees with their parameter count").isEmpty();
    }

    private static ModelEntry entry(String id) {
        return K.models().all().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("exception for unknown entry " + id));
    }

    @Test
    void exceptionsNameRealEntriesAndAreNeeded() {
        for (String id : ACTIVE_EXCEPTIONS.keySet()) {
            ModelEntry m = entry(id);
            assertThat(off(active(m.arch(), null) / 1e9, m.activeParamsB())).as(id).isGreaterThan(ACTIVE_TOLERANCE);
        }
        for (String id : VISION_TOWER_B.keySet()) {
            ModelEntry m = entry(id);
            assertThat(off(total(m.arch()) / 1e9, m.paramsB())).as(id).isGreaterThan(TOTAL_TOLERANCE);
        }
    }

    /** Released as a NeMo checkpoint without config.json; the entry takes its shapes from the technical report. */
    private static final Set<String> NO_HUB_CONFIG = Set.of("nemotron-4-340b-instruct");

    @Test
    void everyEntryWithAHubRepoCitesItsConfig() {
        for (ModelEntry m : K.models().all()) {
            if (m.hf() == null || NO_HUB_CONFIG.contains(m.id())) continue;
            assertThat(m.sources()).as(m.id()).contains("https://huggingface.co/" + m.hf() + "/blob/main/config.json");
        }
    }

    private static String id(String name) {
        return K.models().find(name).map(mm -> mm.model().id()).orElse("(none)");
    }

    @Test
    void namesPeopleUseFindTheirModel() {
        Map<String, String> names = Map.ofEntries(
                Map.entry("meta-llama/Llama-2-13b-chat-hf", "llama2-13b-chat"),
                Map.entry("llama2:13b", "llama2-13b-chat"),
                Map.entry("llama 2 13b", "llama2-13b-chat"),
                Map.entry("llama2-13b", "llama2-13b-chat"),
                Map.entry("TheBloke/Llama-2-13B-chat-GGUF", "llama2-13b-chat"),
                Map.entry("huggyllama/llama-7b", "llama1-7b"),
                Map.entry("LLaMA-65B", "llama1-65b"),
                Map.entry("llama-30b", "llama1-33b"),
                Map.entry("llama3:70b", "llama3-70b-instruct"),
                Map.entry("codellama:13b-python", "codellama-13b-python"),
                Map.entry("Qwen/Qwen-7B-Chat", "qwen-7b-chat"),
                Map.entry("Qwen/Qwen-7B-Chat-Int4", "qwen-7b-chat"),
                Map.entry("Qwen/Qwen1.5-72B-Chat", "qwen1.5-72b-chat"),
                Map.entry("Qwen1.5-14B-Chat-AWQ", "qwen1.5-14b-chat"),
                Map.entry("qwen1.5 14b", "qwen1.5-14b-chat"),
                Map.entry("qwen:7b", "qwen1.5-7b-chat"),
                Map.entry("qwen2:72b", "qwen2-72b-instruct"),
                Map.entry("Qwen/Qwen2-57B-A14B-Instruct", "qwen2-57b-a14b-instruct"),
                Map.entry("qwen2.5:3b", "qwen2.5-3b-instruct"),
                Map.entry("Qwen2.5-Math-7B-Instruct", "qwen2.5-math-7b-instruct"),
                Map.entry("qwen3:30b-a3b-instruct-2507-q4_K_M", "qwen3-30b-a3b-instruct-2507"),
                Map.entry("Qwen/Qwen3-235B-A22B-Thinking-2507-FP8", "qwen3-235b-a22b-thinking-2507"),
                Map.entry("qwen3-coder:30b", "qwen3-coder-30b-a3b-instruct"),
                Map.entry("Qwen/Qwen3-VL-30B-A3B-Instruct", "qwen3-vl-30b-a3b-instruct"),
                Map.entry("qwen3-vl:8b", "qwen3-vl-8b-instruct"),
                Map.entry("Qwen3-VL-235B-A22B-Instruct-FP8", "qwen3-vl-235b-a22b-instruct"),
                Map.entry("qwq", "qwq-32b"),
                Map.entry("qwq 32b", "qwq-32b"),
                Map.entry("mlx-community/QwQ-32B-4bit", "qwq-32b"),
                Map.entry("QwQ-32B-Preview", "qwq-32b-preview"),
                Map.entry("mixtral:8x7b", "mixtral-8x7b-instruct"),
                Map.entry("mistralai/Mistral-7B-Instruct-v0.1", "mistral-7b-instruct-v0.1"),
                Map.entry("mistral 7b v0.2", "mistral-7b-instruct-v0.2"),
                Map.entry("mistral-small:22b", "mistral-small-22b-instruct-2409"),
                Map.entry("mistral-large:123b", "mistral-large-instruct-2411"),
                Map.entry("codestral", "codestral-22b"),
                Map.entry("deepseek-v3", "deepseek-v3"),
                // a quantization the advisor has no name for, and Unsloth's -UD, still name the model
                Map.entry("DeepSeek-R1-GGUF/DeepSeek-R1-UD-Q2_K_XL", "deepseek-r1"),
                Map.entry("deepseek v3", "deepseek-v3"),
                Map.entry("deepseek-ai/DeepSeek-V3.1", "deepseek-v3.1"),
                Map.entry("deepseek-coder:6.7b", "deepseek-coder-6.7b-instruct"),
                Map.entry("deepseek-llm:67b", "deepseek-llm-67b-chat"),
                Map.entry("deepseek-v2:16b", "deepseek-v2-lite-chat"),
                // the words of a name in another order
                Map.entry("deepseek-coder-v2-instruct lite", "deepseek-coder-v2-lite-instruct"),
                Map.entry("THUDM/chatglm2-6b", "chatglm2-6b"),
                Map.entry("chatglm2", "chatglm2-6b"),
                Map.entry("chatglm3", "chatglm3-6b"),
                Map.entry("chatglm3-6b-int4", "chatglm3-6b"),
                Map.entry("glm4:9b", "glm-4-9b-chat"),
                Map.entry("glm4 9b", "glm-4-9b-chat"),
                Map.entry("THUDM/GLM-4-32B-0414", "glm-4-32b-0414"),
                Map.entry("zai-org/GLM-4.5-Air", "glm-4.5-air"),
                Map.entry("zai-org/GLM-4.6", "glm-4.6"),
                Map.entry("glm 4.7", "glm-4.7"),
                Map.entry("zai-org/GLM-4.7-Flash", "glm-4.7-flash"),
                Map.entry("glm-4.7-flash:30b", "glm-4.7-flash"),
                Map.entry("zai-org/GLM-5-FP8", "glm-5"),
                Map.entry("glm5", "glm-5"),
                Map.entry("GLM-5.1", "glm-5.1"),
                Map.entry("glm-4.5v", "glm-4.5v"),
                Map.entry("zai-org/GLM-4.5V-FP8", "glm-4.5v"),
                Map.entry("internlm/internlm-chat-20b", "internlm-20b"),
                Map.entry("InternLM-20B", "internlm-20b"),
                Map.entry("mathstral:7b", "mathstral-7b-v0.1"),
                Map.entry("internlm/internlm2_5-1_8b-chat", "internlm2.5-1.8b-chat"),
                Map.entry("internlm2 1.8b", "internlm2-1.8b-chat"),
                Map.entry("yi:34b", "yi-1.5-34b-chat"),
                Map.entry("01-ai/Yi-34B-Chat", "yi-34b-chat"),
                Map.entry("baichuan-inc/Baichuan2-13B-Chat-4bits", "baichuan2-13b-chat"),
                Map.entry("百川2 13B", "baichuan2-13b-chat"),
                // the first Baichuan-7B is base only: a 7B chat model of Baichuan's is Baichuan 2's
                Map.entry("Baichuan-7B-Chat", "baichuan2-7b-chat"),
                Map.entry("baichuan-7b", "baichuan-7b"),
                Map.entry("internlm/internlm2_5-7b-chat", "internlm2.5-7b-chat"),
                Map.entry("internlm2 7b", "internlm2-7b-chat"),
                Map.entry("kimi k2", "kimi-k2-instruct-0905"),
                Map.entry("moonshotai/Kimi-K2-Thinking", "kimi-k2-thinking"),
                Map.entry("kimi k2 thinking", "kimi-k2-thinking"),
                Map.entry("MiniMaxAI/MiniMax-M2", "minimax-m2"),
                Map.entry("gpt2-xl", "gpt2-xl"),
                Map.entry("gpt-2 xl", "gpt2-xl"),
                Map.entry("GPT2 XL", "gpt2-xl"),
                Map.entry("openai-community/gpt2-xl", "gpt2-xl"),
                Map.entry("gpt2-large", "gpt2-large"),
                Map.entry("gpt2-medium", "gpt2-medium"),
                Map.entry("gpt-2", "gpt2"),
                Map.entry("openai-community/gpt2", "gpt2"),
                // vision-language and older models added for issue 10
                Map.entry("qwen2-vl:7b", "qwen2-vl-7b-instruct"),
                Map.entry("qwen2vl-7b", "qwen2-vl-7b-instruct"),
                Map.entry("Qwen2-VL-7B-Instruct-AWQ", "qwen2-vl-7b-instruct"),
                Map.entry("Qwen/Qwen2.5-VL-72B-Instruct-AWQ", "qwen2.5-vl-72b-instruct"),
                Map.entry("qwen2.5vl:3b", "qwen2.5-vl-3b-instruct"),
                Map.entry("minicpm-v 2.6 int4", "minicpm-v-2.6"),
                Map.entry("openbmb/MiniCPM-V-2_6", "minicpm-v-2.6"),
                Map.entry("minicpm-v:8b", "minicpm-v-2.6"),
                Map.entry("MiniCPM-Llama3-V-2_5", "minicpm-llama3-v-2.5"),
                Map.entry("MiniCPM-o-2_6", "minicpm-o-2.6"),
                Map.entry("moss", "moss-moon-003-sft"),
                Map.entry("MOSS-moon-003-sft-int4", "moss-moon-003-sft"),
                Map.entry("EleutherAI/gpt-j-6b", "gpt-j-6b"),
                Map.entry("mosaicml/mpt-30b-chat", "mpt-30b"),
                Map.entry("bigscience/bloom", "bloom-176b"),
                Map.entry("Orion-14B-Chat", "orion-14b-chat"),
                // GPT-NeoX lines of spring 2023 and their tunes (repo id, bare name, deduped run, uploader folder)
                Map.entry("EleutherAI/pythia-12b", "pythia-12b"),
                Map.entry("pythia 12b", "pythia-12b"),
                Map.entry("EleutherAI/pythia-6.9b-deduped", "pythia-6.9b"),
                Map.entry("databricks/dolly-v2-12b", "pythia-12b"),
                Map.entry("dolly v2 7b", "pythia-6.9b"),
                Map.entry("OpenAssistant_oasst-sft-4-pythia-12b-epoch-3.5", "pythia-12b"),
                Map.entry("h2oai/h2ogpt-oig-oasst1-512-6_9b", "pythia-6.9b"),
                Map.entry("togethercomputer/RedPajama-INCITE-Chat-3B-v1", "redpajama-incite-chat-3b"),
                Map.entry("RedPajama-INCITE-Instruct-3B-v1", "redpajama-incite-chat-3b"),
                Map.entry("redpajama", "redpajama-incite-chat-3b"),
                Map.entry("StarCoderBase 15.5B", "starcoder-15b"),
                Map.entry("starchat-alpha-ggml-q4_0", "starcoder-15b"),
                // OpenLLaMA reproduces LLaMA's shapes: sized as the LLaMA checkpoint of its size
                Map.entry("openlm-research/open_llama_7b", "llama1-7b"),
                Map.entry("open llama 13b", "llama1-13b"),
                Map.entry("h2oai/h2ogpt-gm-oasst1-en-2048-open-llama-7b", "llama1-7b"),
                // the leaked Mistral prototype, a Llama 2 70B retrain, from its upload's repo id
                Map.entry("152334H/miqu-1-70b-sf", "llama2-70b-chat"),
                Map.entry("miqu 70b", "llama2-70b-chat"),
                // Mistral AI's own name for its mixtures
                Map.entry("Mistral 8x7B", "mixtral-8x7b-instruct"),
                Map.entry("mistral-8x22b", "mixtral-8x22b-instruct"));
        List<String> wrong = new ArrayList<>();
        names.forEach((name, want) -> {
            if (!id(name).equals(want)) wrong.add(name + " -> " + id(name) + ", expected " + want);
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSizeOrVersionTheCatalogLacksNamesNoNeighbour() {
        // Pythia 2.8B, RedPajama 7B, Dolly v2 3B, OpenLLaMA 3B and a Mistral 8x3B are not in the catalog: no other size stands in for them
        for (String name : List.of("pythia-2.8b", "RedPajama 7B", "RedPajama-INCITE-7B-Chat", "dolly-v2-3b", "mistral 8x3b", "pythia",
                "open_llama_3b", "openllama")) {
            assertThat(id(name)).as(name).isEqualTo("(none)");
        }
        // the plain Mistral names keep their dense model
        assertThat(id("mistral 7b")).isEqualTo("mistral-7b-instruct-v0.3");
    }

    @Test
    void anUploadersOrganisationComesOffBeforeTheReleaseWords() {
        // taking "-Chat" off first would leave "Yi-6B" and "Kimi-K2", other models' names
        assertThat(id("TheBloke/Yi-6B-Chat-GGUF")).isEqualTo("yi-6b-chat");
        assertThat(id("bartowski/Kimi-K2-Instruct-GGUF")).isEqualTo("kimi-k2-instruct");
        assertThat(id("unsloth/ERNIE-4.5-21B-A3B-Thinking-GGUF")).isEqualTo("ernie-4.5-21b-a3b-thinking");
        assertThat(id("lmstudio-community/DeepSeek-V2-Chat-GGUF")).isEqualTo("deepseek-v2-chat");
    }

    @Test
    void aRepositoryOrDisplayNameWithoutItsReleaseWordNamesItsModel() {
        assertThat(id("codegemma-1.1-7b")).isEqualTo("codegemma-7b-it");
        assertThat(id("codegemma1.1 7b instruct")).isEqualTo("codegemma-7b-it");
        // 01-ai/Yi-6B is Yi 1.0's base; Ollama's yi:6b (Yi-1.5) keeps its colon
        assertThat(id("Yi-6B")).isEqualTo("yi-6b-chat");
        assertThat(id("yi:6b")).isEqualTo("yi-1.5-6b-chat");
        // the display name without its note in parentheses
        assertThat(id("Mistral Small 3 24B Instruct")).isEqualTo("mistral-small-24b-instruct-2501");
        // without a size it is the line's name; two models imply "Mistral Large 2 123B Instruct"; an alias without the
        // line's version ("llama-70b-chat") implies nothing
        assertThat(id("DeepSeek-V2")).isNotEqualTo("deepseek-v2-chat");
        assertThat(id("Mistral Large 2 123B Instruct")).isEqualTo("(none)");
        assertThat(id("llama-70b")).isEqualTo("(none)");
    }

    @Test
    void supersededReleasesAreLegacyAndCurrentOnesAreNot() {
        for (String legacy : List.of("llama1-7b", "llama2-70b-chat", "llama3-8b-instruct", "codellama-34b-instruct",
                "mistral-7b-instruct-v0.1", "mistral-7b-instruct-v0.2", "qwen-72b-chat", "qwen1.5-110b-chat",
                "qwen2-7b-instruct", "chatglm3-6b", "deepseek-llm-67b-chat", "baichuan2-13b-chat", "yi-1.5-34b-chat",
                "internlm2-20b-chat", "internlm2-1.8b-chat", "internlm-20b", "glm-4.5", "glm-4.6", "glm-5", "gpt2", "gpt2-xl")) {
            assertThat(entry(legacy).legacy()).as(legacy).isTrue();
        }
        for (String current : List.of("llama3.1-8b-instruct", "llama3.3-70b-instruct", "mistral-7b-instruct-v0.3",
                "qwen2.5-7b-instruct", "qwen3-8b", "qwq-32b", "deepseek-v3.1", "glm-4.5-air", "glm-4.7", "internlm3-8b-instruct",
                "internlm2.5-1.8b-chat", "mathstral-7b-v0.1", "glm-5.1", "glm-4.5v", "kimi-k2-thinking")) {
            assertThat(entry(current).legacy()).as(current).isFalse();
        }
    }

    /**
     * MLX uploads are named by their bit width after the repository's name (mlx_lm.convert --q-bits 2, 3, 4, 5, 6 or 8),
     * with or without an uploader and an "-Instruct"/"-MLX" word before it: every width names the model itself, for every
     * catalog model with a Hub repository.
     */
    @Test
    void everyMlxBitWidthNamesTheModel() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ModelEntry m : K.models().all()) {
            if (m.hf() == null) continue;
            String repo = m.hf().substring(m.hf().lastIndexOf('/') + 1);
            for (int bits : new int[] {2, 3, 4, 5, 6, 8}) {
                for (String form : List.of("mlx-community/%s-%dbit", "%s-%dbit", "%s-MLX-%dbit", "%s-%d-bit", "lmstudio-community/%s-MLX-%dbit")) {
                    String name = String.format(Locale.ROOT, form, repo, bits);
                    checked++;
                    String got = K.models().find(name).map(x -> x.model().id()).orElse("nothing");
                    if (!got.equals(m.id())) failures.add(name + " -> " + got + " (expected " + m.id() + ")");
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    /**
     * vLLM uploads named by llm-compressor's scheme (weight and activation widths): "-W4A16", "-W8A8", "-W8A8-INT8",
     * RedHatAI's "-quantized.w4a16" / "-quantized.w8a8", after "-Instruct" or not, with an uploader or not: each names the model.
     */
    @Test
    void everyCompressedTensorsSchemeNameNamesTheModel() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ModelEntry m : K.models().all()) {
            if (m.hf() == null) continue;
            String repo = m.hf().substring(m.hf().lastIndexOf('/') + 1);
            for (String scheme : List.of("-W4A16", "-W8A8", "-W8A16", "-W4A8", "-W8A8-INT8", "-quantized.w4a16", "-quantized.w8a8", "-w4a16", "-W8A8-FP8")) {
                for (String org : List.of("", "RedHatAI/", "neuralmagic/", "someone/")) {
                    String name = org + repo + scheme;
                    checked++;
                    String got = K.models().find(name).map(x -> x.model().id()).orElse("nothing");
                    if (!got.equals(m.id())) failures.add(name + " -> " + got + " (expected " + m.id() + ")");
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }
}
