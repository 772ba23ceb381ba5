package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a text, then it asks in advance whether more GPUs would make it faster, or it does not: a single faster card,
 * more layers or RAM, or more cards asked about for memory are not.
 */
class MoreGpusFasterFormsTest {

    @Test
    void askingWhetherMoreGpusMakeItFasterIsRead() {
        for (String t : List.of(
                "will a second 3090 make llama 3 70b faster?",
                "Would adding another GPU speed it up?",
                "Is multi-GPU faster for inference? I have two 4090s.",
                "single GPU or multiple GPUs, which is faster for qwen2.5 32b?",
                "单卡快还是多卡快？我有两张4090跑qwen2.5 32b",
                "请问单卡还是多卡推理更快",
                "多卡会更快吗？",
                "再加一张显卡能提速吗")) {
            assertThat(MoreGpusFasterForms.asked(t)).as(t).isTrue();
        }
    }

    @Test
    void otherQuestionsAboutCardsOrSpeedAreNot() {
        for (String t : List.of(
                "will a 4090 make it faster than my 3060?",
                "do more layers on the gpu make it faster?",
                "can more RAM make it faster?",
                "will a second 3090 fit llama 3 70b?",
                "多卡部署qwen2.5 72b需要多少显存",
                "加一张卡能放下70b吗",
                "how fast is llama 3 8b on a 4090?")) {
            assertThat(MoreGpusFasterForms.asked(t)).as(t).isFalse();
        }
    }
}
