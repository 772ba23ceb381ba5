package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The catalog's runs_on_llamacpp fact: false exactly for the architectures llama.cpp's converter does not register
 * (GPT-J, CodeGen, MOSS) and for the first ChatGLM-6B, whose registered name llama.cpp builds as ChatGLM2's block; each
 * such entry cites the converter's architecture map.
 */
class LlamaCppSupportTest {

    static final Knowledge KNOWLEDGE = Knowledge.load(Path.of("knowledge"));
    static final String CONVERTER_MAP = "https://github.com/ggml-org/llama.cpp/blob/master/conversion/__init__.py";

    @Test
    void theModelsLlamaCppCannotLoadAreMarkedAndSourced() {
        List<String> marked = KNOWLEDGE.models().all().stream().filter(m -> !m.runsOnLlamaCpp()).map(ModelEntry::id).sorted().toList();
        assertThat(marked).containsExactly("chatglm-6b", "codegen-16b-mono", "codegen-2b-mono", "codegen-350m-mono", "gpt-j-6b",
                "moss-moon-003-sft");
        for (String id : marked) {
            assertThat(KNOWLEDGE.models().exact(id).orElseThrow().sources()).as(id).contains(CONVERTER_MAP);
        }
        assertThat(KNOWLEDGE.models().exact("chatglm-6b").orElseThrow().sources())
                .contains("https://github.com/ggml-org/llama.cpp/blob/master/src/models/chatglm.cpp");
    }

    @Test
    void theMakersOwnQuantizedBuildsAreCatalogDataWithTheirRepositories() {
        // ChatGLM-6B's INT8/INT4 (model cards: also on the CPU), MOSS's GPTQ int8/int4 (README: triton, CUDA); CodeGen has none
        assertThat(KNOWLEDGE.models().exact("chatglm-6b").orElseThrow().builds()).containsExactly(
                new ModelEntry.Build(WeightFormat.GPTQ_INT8, "THUDM/chatglm-6b-int8", "INT8", false),
                new ModelEntry.Build(WeightFormat.GPTQ_INT4, "THUDM/chatglm-6b-int4", "INT4", false));
        assertThat(KNOWLEDGE.models().exact("moss-moon-003-sft").orElseThrow().builds())
                .extracting(ModelEntry.Build::hf, ModelEntry.Build::cudaOnly)
                .containsExactly(tuple("fnlp/moss-moon-003-sft-int8", true), tuple("fnlp/moss-moon-003-sft-int4", true));
        assertThat(KNOWLEDGE.models().exact("codegen-16b-mono").orElseThrow().builds()).isEmpty();
        for (String id : List.of("chatglm-6b", "moss-moon-003-sft")) {
            ModelEntry m = KNOWLEDGE.models().exact(id).orElseThrow();
            assertThat(m.builds()).allSatisfy(b -> assertThat(m.sources()).as(id).contains("https://huggingface.co/" + b.hf()));
        }
    }

    @Test
    void theAutoClassOfARepositorysOwnCodeFollowsItsConfigAutoMap() {
        // ChatGLM-6B maps only AutoModel (and Seq2SeqLM); MOSS maps AutoModelForCausalLM; GPT-J is transformers' own
        assertThat(KNOWLEDGE.models().exact("chatglm-6b").orElseThrow().remoteCodeClass()).isEqualTo("AutoModel");
        assertThat(KNOWLEDGE.models().exact("moss-moon-003-sft").orElseThrow().remoteCodeClass()).isEqualTo("AutoModelForCausalLM");
        // ChatGLM2/3 ship their own modeling code too (their config.json's auto_map), though llama.cpp runs them
        assertThat(KNOWLEDGE.models().exact("chatglm2-6b").orElseThrow().remoteCodeClass()).isEqualTo("AutoModel");
        assertThat(KNOWLEDGE.models().exact("chatglm3-6b").orElseThrow().remoteCodeClass()).isEqualTo("AutoModel");
        // Baichuan 1/2 and Qwen 1 are causal LMs whose repositories ship their own code (auto_map in config.json)
        assertThat(KNOWLEDGE.models().exact("baichuan-7b").orElseThrow().remoteCodeClass()).isEqualTo("AutoModelForCausalLM");
        assertThat(KNOWLEDGE.models().exact("baichuan2-13b-chat").orElseThrow().remoteCodeClass()).isEqualTo("AutoModelForCausalLM");
        assertThat(KNOWLEDGE.models().exact("qwen-7b-chat").orElseThrow().remoteCodeClass()).isEqualTo("AutoModelForCausalLM");
        assertThat(KNOWLEDGE.models().exact("gpt-j-6b").orElseThrow().remoteCodeClass()).isNull();
    }

    @Test
    void anArchitectureLlamaCppRegistersRunsOnIt() {
        // ChatGLM2 is the block llama.cpp's chatglm graph builds; GPT-NeoX has its own converter (conversion/gpt_neox.py)
        for (String id : List.of("chatglm2-6b", "gpt-neox-20b", "pythia-12b")) {
            assertThat(KNOWLEDGE.models().exact(id).orElseThrow().runsOnLlamaCpp()).as(id).isTrue();
        }
    }
}
