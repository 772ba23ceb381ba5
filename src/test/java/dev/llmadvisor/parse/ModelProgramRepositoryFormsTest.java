package dev.llmadvisor.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program's repository written as a bare "owner/name" beside a model ("abetlen/llama-cpp-python",
 * "oobabooga/text-generation-webui") names the software, not a second model; a repository of a model stays one.
 */
class ModelProgramRepositoryFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "built abetlen/llama-cpp-python on my 4090, can it run qwen2.5 14b?|qwen2.5 14b",
            "I use oobabooga/text-generation-webui with llama 2 13b on my 3090|llama 2 13b",
            "using turboderp/exllamav2 on a 3090 for mixtral 8x7b, is 24GB enough?|mixtral 8x7b",
            "chatchat-space/Langchain-Chatchat 用 4090 能跑 qwen-14b 吗|qwen-14b"})
    void givenAProgramsRepositoryBesideAModel_thenOnlyTheModelIsRead(String q, String model) {
        assertThat(PARSER.parseOrThrow(q).models()).containsExactly(model);
    }

    /** Near miss: a model's repository written bare is the model, with a size, a family, a packaging or a tune's word in its name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can my 3090 run TheBloke/Llama-2-13B-GGUF?|TheBloke/Llama-2-13B-GGUF",
            "does deepseek-ai/DeepSeek-V3 fit on 8x H100?|deepseek-ai/DeepSeek-V3",
            "`TheBloke/LIMO-GGUF` is slow on my 4060|TheBloke/LIMO-GGUF",
            "both acme/Wobbly-chat-large and nothing else fail on my A10|acme/Wobbly-chat-large"})
    void givenAModelsRepositoryWrittenBare_thenItIsTheModel(String q, String model) {
        assertThat(PARSER.parseOrThrow(q).models()).containsExactly(model);
    }
}
