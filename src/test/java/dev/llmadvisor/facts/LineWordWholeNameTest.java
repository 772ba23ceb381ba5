package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word that only begins a line's name ("gpt" of gpt-oss, GPT-2 and GPT-J) names no line; a line's own word ("deepseek",
 * "qwen3", "llama3") still names the line, with its versions.
 */
class LineWordWholeNameTest {

    private static final Knowledge KNOWLEDGE = Knowledge.load(Path.of("knowledge"));

    @Test
    void givenAWordThatOnlyBeginsLinesNames_thenNoLineIsRead() {
        Understood u = Understanding.of("can my 3090 run gpt?");
        assertThat(u.lines()).isEmpty();
        assertThat(u.models()).noneMatch(m -> m.id() != null);
    }

    @Test
    void givenTheLinesWholeName_thenThatLine() {
        assertThat(Understanding.of("can my 3090 run gpt oss?").lines()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("gpt-oss"));
    }

    @Test
    void givenAMakersWordBeforeItsVersions_thenItsLineWithThem() {
        assertThat(Understanding.of("can my 3090 run deepseek?").lines()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("DeepSeek"));
        assertThat(Understanding.of("can my 3090 run qwen3?").lines()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Qwen3"));
        assertThat(Understanding.of("can my 3090 run llama3?").lines()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Llama 3"));
    }

    @Test
    void givenAMakersWord_thenItsLineKeepsItsNamesWithoutAVersionFirst() {
        assertThat(ModelResolver.family(KNOWLEDGE, "deepseek")).extracting(ModelEntry::id)
                .contains("deepseek-r1", "deepseek-coder-v2-instruct");
        assertThat(ModelResolver.family(KNOWLEDGE, "gpt")).isEmpty();
    }
}
