package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Chinese reply leaves no space between two Chinese characters, where a template put one around a word filled in. */
class ChineseReplyTextTest {

    @Test
    void givenAChineseReplyThenNoSpaceIsLeftBetweenTwoChineseCharacters() {
        Reply r = new Reply(Lang.ZH, Reply.Kind.ANSWER, "FlashAttention 需要计算能力 8，而 这张显卡 只有 7.0",
                List.of(new Reply.Option("在 4 GB 显卡，16 GB 内存 上", "还不支持的 推理引擎 版本")), List.of(), List.of("改用 更小的量化"));
        assertThat(r.headline()).isEqualTo("FlashAttention 需要计算能力 8，而这张显卡只有 7.0");
        assertThat(r.options().get(0).title()).isEqualTo("在 4 GB 显卡，16 GB 内存上");
        assertThat(r.options().get(0).detail()).isEqualTo("还不支持的推理引擎版本");
        assertThat(r.notes()).containsExactly("改用更小的量化");
    }

    @Test
    void givenAnEnglishReplyThenItsSpacesStay() {
        Reply r = new Reply(Lang.EN, Reply.Kind.ANSWER, "use 更小 的 model", List.of(), List.of(), List.of());
        assertThat(r.headline()).isEqualTo("use 更小 的 model");
    }
}
