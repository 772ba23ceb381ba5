package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line's name and size written without a version ("llama 13b", "千问72B") beside a model of one versioned release of that
 * line at another size ("llama2 7b", "qwen110B-awq") is that release's model of the size; at the same size the two are
 * compared and stay two.
 */
class VersionInheritedTest {

    private static List<String> names(String text) {
        return Understanding.modelNames(text);
    }

    @Test
    void givenAVersionlessSizeBesideAVersionedRelease_thenThatReleasesModel() {
        assertThat(names("qwen110B-awq和千问72B不量化 那个效果好一点啊，A100 80G"))
                .hasSize(2).anyMatch(n -> n.startsWith("Qwen1.5 110B")).anyMatch(n -> n.startsWith("Qwen1.5 72B"));
        assertThat(names("llama2 7b runs on my 3060 12GB, but llama 13b does not. Why?"))
                .hasSize(2).anyMatch(n -> n.startsWith("Llama 2 7B")).anyMatch(n -> n.startsWith("Llama 2 13B"));
    }

    @Test
    void givenTheVersionsModelOfThatSizeNamedToo_thenThatModelOnce() {
        // a title's short form beside the body's full one: the model named twice, not the version's other build of the size
        assertThat(Understanding.modelIds("Request for Qwen 7B support. Qwen2.5 1.5B works, but Qwen2.5 7B answers nothing on my RK3588"))
                .containsExactlyInAnyOrder("qwen2.5-1.5b-instruct", "qwen2.5-7b-instruct");
    }

    @Test
    void givenTheSameSizeInBothForms_thenBothStay() {
        assertThat(names("llama 7b vs llama-2-7b on a 3060: which one is faster?")).hasSize(2);
        assertThat(names("llama 7b vs llama-2-7b on a 3060: which one is faster? and llama-2-13b?")).hasSize(3);
    }
}
