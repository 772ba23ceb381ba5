package dev.llmadvisor.chat;

import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a serving engine that cannot start a model on two cards of different memory, then the count of cards it needs
 * is of the larger card and the answer says why (tensor parallelism gives every card the same share): "it needs 2 such
 * GPUs" on a 4090 + 3060 would read as a condition already met. Equal cards keep the plain count.
 */
class UnequalCardsServingCountTest {

    @Test
    void unequalCardsGetTheCountOfTheLargerCardAndTheReason() {
        String en = askAsShipped("can I run Qwen2.5-32B-Instruct-AWQ with vllm tensor parallel on my RTX 4090 and RTX 3060 12GB?")
                .reply().headline();
        assertThat(en).startsWith("No").contains("GPUs of 24").contains("smallest card decides").doesNotContain("such GPUs");
        String zh = askAsShipped("我用vllm在一张4090和一张3060 12G上跑Qwen2.5-32B-Instruct-AWQ可以吗").reply().headline();
        assertThat(zh).startsWith("不行").contains("每张 24").contains("最小的那张卡");
    }

    @Test
    void equalCardsKeepThePlainCount() {
        String en = askAsShipped("can I run Qwen2.5-72B-Instruct-AWQ with vllm on my two RTX 3090?").reply().headline();
        assertThat(en).contains("It needs 4 such GPUs").doesNotContain("smallest card");
    }
}
