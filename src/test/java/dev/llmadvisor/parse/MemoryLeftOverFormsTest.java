package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory said to be left over after the amount, in Chinese as in English ("显存占了20G，还有10G空余", "还有8G显存空闲"): no
 * memory the machine has, so neither its RAM nor a card's size, even after 还有 ("have"). Near miss: RAM stated after 还有.
 */
class MemoryLeftOverFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    @ParameterizedTest
    @ValueSource(strings = {"v100显卡，加载Yi-34B-Chat-4bits推理很慢，显存占了20G，还有10G空余，有办法解决吗？",
            "4090上跑qwen2.5 14b，显存用了14G，还有8G显存空闲，为什么这么慢",
            "3090跑qwen2.5 32b awq，还有4G剩余，能不能开更长的上下文？"})
    void givenMemoryLeftOverAfterTheAmount_thenItIsNoRam(String text) {
        Question q = PARSER.parse(text);
        assertThat(q.ramGb()).as(text).isNull();
        assertThat(q.gpus()).as(text).hasSize(1);
    }

    @Test
    void givenRamStatedAfterHave_thenItIsTheRam() {
        Question q = PARSER.parse("v100显卡，还有64G内存，跑Yi-34B-Chat-4bits推理很慢，有办法解决吗？");
        assertThat(q.ramGb()).isEqualTo(64.0);
    }
}
