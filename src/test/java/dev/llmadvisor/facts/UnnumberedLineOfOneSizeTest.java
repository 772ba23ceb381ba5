package dev.llmadvisor.facts;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line all of whose releases are of one size, named without a version or a size ("chatglm": ChatGLM-6B, ChatGLM2-6B and
 * ChatGLM3-6B are all 6B), is the release its bare name belongs to, ChatGLM-6B, said so (issue 10); a line of several sizes
 * ("qwen") stays a loose mention, and an open question still weighs the whole line.
 */
class UnnumberedLineOfOneSizeTest {

    @Test
    void givenABareLineNameOfOneSize_thenItsUnnumberedRelease() {
        Understood u = Understanding.of("我是3060M（6G）+16G内存的，跑chatglm能把内存显存统统吃干抹净，有没有办法进行8bit量化？");
        assertThat(u.models()).extracting(Understood.Model::id).containsExactly("chatglm-6b");
        assertThat(u.models().get(0).note().en()).contains("without a version number");
    }

    @Test
    void givenAVersionedLineNameOfOneSize_thenThatVersionsRelease() {
        assertThat(Understanding.modelIds("can my 2060 run chatglm3?")).containsExactly("chatglm3-6b");
    }

    @Test
    void givenTheLineNameOnlyInsideAFileOrAppName_thenNoModelIsPicked() {
        assertThat(Understanding.modelIds("运行失败，被kill了：python knowledge_based_chatglm.py")).isEmpty();
        assertThat(Understanding.modelIds("MAC只能使用chatglm-cpp吗？我的3090呢")).isEmpty();
    }

    @Test
    void givenALineOfSeveralSizes_thenNoModelIsPicked() {
        assertThat(Understanding.modelIds("can my 3090 run qwen?")).isEmpty();
    }
}
