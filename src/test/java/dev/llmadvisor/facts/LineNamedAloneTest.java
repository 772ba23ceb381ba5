package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line named without a size ("gemma 3", "deepseek模型") is understood as that line, every size of it, beside the models
 * sized: it is what the person asked, no substitution and no model of its own size.
 */
class LineNamedAloneTest {

    @Test
    void givenALineNamedAlone_thenItIsReadAsTheLineByItsDisplayName() {
        Understood u = Understanding.of("can my 3090 run gemma 3?");
        assertThat(u.models()).isEmpty();
        assertThat(u.lines()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Gemma 3");
            assertThat(l.line()).isTrue();
            assertThat(l.generic()).isFalse();
            assertThat(l.id()).isNull();
        });
        assertThat(u.line(Lang.EN)).endsWith("Gemma 3, every size");
    }

    @Test
    void givenALineNamedAloneInChinese_thenTheReadAsLineSaysTheWholeLine() {
        assertThat(Understanding.of("我的4090能跑deepseek模型吗").line(Lang.ZH)).endsWith("DeepSeek 全系列");
    }

    @Test
    void givenALineWhoseModelIsNamedToo_thenOnlyThatModel() {
        Understood u = Understanding.of("llama2 is great, can my 3090 run llama-70B?");
        assertThat(u.lines()).isEmpty();
        assertThat(u.models()).singleElement().satisfies(m -> assertThat(m.paramsB()).isGreaterThan(60));
    }
}
