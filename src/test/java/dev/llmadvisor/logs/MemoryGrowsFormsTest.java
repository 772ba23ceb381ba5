package dev.llmadvisor.logs;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "RAM usage increasing over time": the memory a run takes said to keep growing as it goes on (a word for the memory, a
 * verb of growing, how it grows; English and Chinese, generated) is read as growth; memory seen rising while a model
 * loads, or memory a person has or adds, is not. Under MLX the answer names its buffer cache and leaks (other).
 */
class MemoryGrowsFormsTest {

    @Test
    void everyFormOfMemoryGrowingOverARunIsRead() {
        List<String> forms = new ArrayList<>();
        for (String what : List.of("memory", "RAM usage", "the VRAM", "memory usage"))
            for (String verb : List.of("is growing", "keeps increasing", "climbs", "goes up", "is growing up"))
                for (String how : List.of("over time", "quickly", "with every message", "while generating", "until it swaps"))
                    forms.add("With phi-2 the " + what + " " + verb + " " + how + ", is this expected?");
        for (String what : List.of("显存", "内存", "内存占用"))
            for (String how : List.of("不断增加", "持续上涨", "越来越大", "一直涨"))
                forms.add("推理的时候" + what + how + "，是什么原因");
        forms.add("随着对话轮数增加，显存也在增加");
        List<String> missed = forms.stream().filter(f -> !ProseHints.of(f).memoryGrows()).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void memoryRisingWhileLoadingOrMemoryOwnedIsNotGrowth() {
        for (String f : List.of("I can see the memory increasing but then it fails before it completes loading the model.",
                "I increased the RAM to 64GB and it still fails.", "My Mac has 64GB of memory, can it run llama 3 70b?",
                "Memory usage is 20GB, why so much?", "我的显存是 24G，内存 64G，能跑 32b 吗")) {
            assertThat(ProseHints.of(f).memoryGrows()).as(f).isFalse();
        }
    }

    @Test
    void underMlxTheGrowthIsItsBufferCache() {
        Answer en = RealAdvisors.shared().answer("mlx-grows-en",
                "Excessive RAM usage with MLX on my M1 Mac 64GB: with qwen2.5-coder-7b-instruct the RAM usage starts at 5GB and keeps increasing over time, up to 50GB with swap.");
        assertThat(en.cause()).isEqualTo("other");
        Answer zh = RealAdvisors.shared().answer("mlx-grows-zh",
                "M2 Pro 16G 上用 mlx 跑 phi-2 4bit，生成的时候内存不断增加，还用到了交换，这正常吗？");
        assertThat(zh.cause()).isEqualTo("other");
    }
}
