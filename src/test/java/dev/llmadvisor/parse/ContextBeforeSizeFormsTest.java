package dev.llmadvisor.parse;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long-context release's context glued before its size ("Yi-200k 34b") names that release, Yi 34B 200K, as the catalog's
 * order ("Yi-34B-200K") does; it was read as the line's default 34B.
 */
class ContextBeforeSizeFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "How to load Yi-200k 34b with 4 A10 cards?          | yi-34b-200k",
            "Yi-200K-34B on two 3090s, how much context fits?   | yi-34b-200k",
            "Yi-34B-200K on two 3090s, how much context fits?   | yi-34b-200k"})
    void givenAContextWordGluedBeforeTheSize_thenItIsTheLongContextRelease(String q, String id) {
        assertThat(Understanding.modelIds(q)).containsExactly(id);
    }

    /** Near miss: a context said apart after the size is the context asked for, not a release. */
    @Test
    void givenAContextAfterTheSizeApart_thenItIsTheContextAsked() {
        assertThat(Understanding.of("can a 3090 run yi 34b at 200k context?").context()).isEqualTo(204_800);
    }
}
