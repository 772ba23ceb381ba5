package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PatternsTest {

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : null;
    }

    @Test
    void theLongestNameMatchesWhereSeveralStartAlike() {
        // names come longest first, as the vocabulary keeps them
        Pattern p = Patterns.anyOf(List.of("llama 3.1 70b", "llama 3.1", "llama3", "llama"), Patterns.B0);
        assertThat(first(p, "can a 4090 run llama 3.1 70b?")).isEqualTo("llama 3.1 70b");
        assertThat(first(p, "can a 4090 run llama 3.1?")).isEqualTo("llama 3.1");
        assertThat(first(p, "llama-3.1-70b on two cards")).isEqualTo("llama-3.1-70b");
        assertThat(first(p, "llama3 on a mac")).isEqualTo("llama3");
        assertThat(first(p, "llamas are not models")).isNull();
    }

    @Test
    void separatorsAreOptionalAndSymbolsAreLiteral() {
        Pattern p = Patterns.anyOf(List.of("rtx 4090", "command r+", "qwen2.5"), Patterns.B0);
        assertThat(first(p, "my rtx4090")).isEqualTo("rtx4090");
        assertThat(first(p, "RTX_4090".toLowerCase())).isEqualTo("rtx_4090");
        assertThat(first(p, "command r+ 104b")).isEqualTo("command r+");
        assertThat(first(p, "qwen2x5")).isNull();
    }
}
