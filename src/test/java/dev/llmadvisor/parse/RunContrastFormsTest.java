package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a problem report that names several models, then the one said to fail beside one said to work is told, in English
 * and Chinese; not when both fail, when none is said to work, or when the working one is only asked about.
 */
class RunContrastFormsTest {

    @Test
    void theFailingModelBesideAWorkingOneIsTold() {
        assertThat(RunContrastForms.of("qwen3:8b runs fine on my 3060, but qwen3:32b crashes with out of memory", List.of("qwen3:8b", "qwen3:32b")))
                .hasValueSatisfying(t -> {
                    assertThat(t.failing()).containsExactly("qwen3:32b");
                    assertThat(t.working()).containsExactly("qwen3:8b");
                });
        assertThat(RunContrastForms.of("我的4060 8G，qwen2.5 7B没问题，14B就爆显存", List.of("qwen2.5 7B", "14B")))
                .hasValueSatisfying(t -> assertThat(t.failing()).containsExactly("14B"));
        assertThat(RunContrastForms.of("deepseek-r1:14b 跑不起来，一直报错，qwen2.5:14b 运行正常", List.of("deepseek-r1:14b", "qwen2.5:14b")))
                .hasValueSatisfying(t -> assertThat(t.failing()).containsExactly("deepseek-r1:14b"));
        // the failing one's trouble told of "the model" after a code block: it is the one not said to work
        assertThat(RunContrastForms.of("I can run:\n```\nollama run llama3.2\n```\nand that model works fine.\n\nHowever, when I run:\n"
                + "```\nollama run llama4:scout\n```\nThe model runs but it is painfully slow.", List.of("llama3.2", "llama4:scout")))
                .hasValueSatisfying(t -> assertThat(t.failing()).containsExactly("llama4:scout"));
    }

    @Test
    void theFailingModelIsFoundAsWrittenBesideTheReading() {
        // "without an issue" says it works; the 7B that answers blank is the one the diagnosis is about
        assertThat(RunContrastForms.of("I have been experimenting with Qwen2.5 1.5B model and it is working without an issue. But regarding "
                + "Qwen2.5 7B model, when I try to use it, it doesn't do anything.", List.of("Qwen2.5 1.5B", "Qwen2.5 7B")))
                .hasValueSatisfying(t -> assertThat(t.failing()).containsExactly("Qwen2.5 7B"));
        // the names as read drop the 的 the person wrote between a model and its size; qwen1 is not read inside qwen1.5
        assertThat(RunContrastForms.of("我本地可以跑qwen1 的72b int4， 但是跑不了qwen1.5的72b int4", List.of("qwen1 72b", "qwen1.5 72b")))
                .hasValueSatisfying(t -> {
                    assertThat(t.failing()).containsExactly("qwen1.5 72b");
                    assertThat(t.working()).containsExactly("qwen1 72b");
                });
    }

    @Test
    void noContrastToldKeepsNothing() {
        // both fail
        assertThat(RunContrastForms.of("on my 3090 both qwen3:32b and llama3.3:70b crash with out of memory", List.of("qwen3:32b", "llama3.3:70b"))).isEmpty();
        assertThat(RunContrastForms.of("qwen3:32b 爆显存，llama3.3:70b 也报错", List.of("qwen3:32b", "llama3.3:70b"))).isEmpty();
        // the working one only asked about
        assertThat(RunContrastForms.of("qwen3:32b crashes with out of memory. Does qwen3:8b run fine on a 3060?", List.of("qwen3:32b", "qwen3:8b"))).isEmpty();
        // one model, which worked before an update
        assertThat(RunContrastForms.of("llama3.1:8b ran fine before the update, now llama3.1:8b crashes", List.of("llama3.1:8b"))).isEmpty();
        // not working, said with a negation
        assertThat(RunContrastForms.of("qwen2.5 7B 不正常，14B 也爆显存", List.of("qwen2.5 7B", "14B"))).isEmpty();
    }
}
