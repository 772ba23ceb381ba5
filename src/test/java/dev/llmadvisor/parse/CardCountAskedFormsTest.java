package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a question, whether it asks how many cards a model takes is read. */
class CardCountAskedFormsTest {

    @Test
    void aCountOfCardsAskedIsRead() {
        for (String q : new String[] {
                "准备用80G的A100，先计算下要多少张显卡",
                "用4090的话需要几块？",
                "I plan to use A100 80GB cards, how many of them do I need for llama 3.1 405b?",
                "how many H100 GPUs does deepseek v3 need?"}) {
            assertThat(CardCountAskedForms.asked(q)).as(q).isTrue();
        }
    }

    @Test
    void aCountTheyHaveOrAMemoryAskedIsNot() {
        for (String q : new String[] {
                "我有几张4090，能跑deepseek v3吗",
                "需要多少显存",
                "how many tokens per second will my 3090 give?"}) {
            assertThat(CardCountAskedForms.asked(q)).as(q).isFalse();
        }
    }
}
