package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generation written after a line word ("Devstral Small 2", "devstral-small-2") is part of the name: a release the catalog
 * lacks is said to be unknown or sized as an open stand-in of its size, never read silently as the line's first generation
 * (issue 10). A count after the line word ("mistral small 2 days ago") is no generation.
 */
class LineWordGenerationTest {

    private static List<String> asked(String text) {
        return Understanding.of(text).models().stream().map(m -> (m.generic() ? "generic " : "") + m.asked()).toList();
    }

    @Test
    void givenAGenerationAfterALineWord_thenItIsReadWithTheName() {
        assertThat(asked("can my 3090 run Devstral Small 2 24B?")).containsExactly("generic Devstral Small 2 24B");
        assertThat(asked("can my 3090 run devstral-small-2?")).containsExactly("devstral-small-2");
        assertThat(Understanding.modelIds("can my 3090 run devstral-small-2?")).containsOnlyNulls();
    }

    @Test
    void givenACountAfterALineWord_thenTheLineAlone() {
        assertThat(asked("I tried mistral small 2 days ago on my 3090")).containsExactly("mistral small");
    }
}
