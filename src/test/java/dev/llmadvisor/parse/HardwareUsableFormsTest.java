package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a question, whether it asks if the hardware is of use at all (not whether it runs a model) is read. */
class HardwareUsableFormsTest {

    @Test
    void questionsAboutTheHardwareItselfAreRead() {
        for (String q : new String[] {
                "Is my GTX 1070 useless for LLMs or can I use it somehow?",
                "can I still use my old card for this?",
                "is the Arc A770 supported?",
                "does ollama support my 6700 XT?",
                "请问支持7900xtx吗？",
                "支不支持A卡",
                "我这张卡还能用吗"}) {
            assertThat(HardwareUsableForms.asked(q)).as(q).isTrue();
        }
    }

    @Test
    void questionsAboutAModelOrAFeatureAreNot() {
        for (String q : new String[] {
                "can my 3090 run it?",
                "can my 3090 run vicuna?",
                "does it support qwen3?",
                "支持128k上下文吗",
                "支持qwen2.5 72b吗",
                // the model the text points at, unnamed, is what supports the card
                "方便问下这个模型支持V100推理吗",
                "该模型支持4090吗",
                "我的4060 8G能跑vicuna吗"}) {
            assertThat(HardwareUsableForms.asked(q)).as(q).isFalse();
        }
    }
}
