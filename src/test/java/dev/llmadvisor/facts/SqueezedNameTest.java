package dev.llmadvisor.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqueezedNameTest {

    @Test
    void aNameSqueezedKeepsOnlyLowerCaseLettersDigitsAndDots() {
        // given names written with case, separators, a slash, full-width and Chinese characters; then only a-z, 0-9 and the
        // dot are left, in order, so "Qwen3-Coder" and "qwen3 coder" squeeze alike and 1.5b stays apart from 15b
        assertThat(ModelResolver.squeezed("Qwen3-Coder")).isEqualTo(ModelResolver.squeezed("qwen3 coder")).isEqualTo("qwen3coder");
        assertThat(ModelResolver.squeezed("Qwen/Qwen2.5-1.5B_Instruct")).isEqualTo("qwenqwen2.51.5binstruct");
        assertThat(ModelResolver.squeezed("ＧＬＭ４ 通义千问 Yi:34b")).isEqualTo("yi34b");
        assertThat(ModelResolver.squeezed("DeepSeek-R1 (蒸馏) 7B!")).isEqualTo("deepseekr17b");
        assertThat(ModelResolver.squeezed("")).isEmpty();
    }
}
