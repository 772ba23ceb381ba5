package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word that only begins a line's name ("gpt" of gpt-oss, GPT-2 and GPT-J) names no line; a line's own word ("deepseek",
 * "qwen3", "llama3") still names the line, with its versions.
 */
class LineWordWholeNameTest {

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
}
