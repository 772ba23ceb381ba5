package dev.llmadvisor.logs;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long input named where the memory fails ({@code ProseHints.LONG_INPUT}), in the forms people write it (generated, English
 * and Chinese), is read; a memory that is only large, a long wait, a long story, a long input that works, and memory said to
 * grow from turn to turn are not. The whole pipeline then names the context's cause.
 */
class LongInputFormsTest {

    @Test
    void aLongInputThatFailsForMemoryIsRead() {
        List<String> forms = new ArrayList<>();
        for (String adj : List.of("long", "very long", "overly long", "longer", "lengthy"))
            for (String noun : List.of("prompts", "context", "inputs", "documents", "sequences", "conversations"))
                for (String fail : List.of("I get CUDA out of memory", "it runs out of memory", "insufficient memory on the A100", "OOM"))
                    forms.add("With " + adj + " " + noun + " " + fail + " on my 24GB card");
        for (String noun : List.of("prompt", "context", "input"))
            for (String grows : List.of("gets longer", "grows", "is too long"))
                forms.add("When the " + noun + " " + grows + ", vLLM crashes with OOM");
        for (String adj : List.of("超长", "较长", "很长", "长"))
            for (String noun : List.of("文本", "上下文", "输入", "文档"))
                forms.add(adj + noun + "的推理会爆显存，单卡 A100");
        for (String noun : List.of("输入", "文本", "问题"))
            for (String len : List.of("太长", "过长", "长度超过 8000"))
                forms.add(noun + len + "时显存不足");
        List<String> missed = forms.stream().filter(f -> !ProseHints.of(f).longInput()).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void nearMissesAreNotRead() {
        for (String f : List.of(
                "the model uses 20GB of VRAM, why so much?",
                "VRAM usage increases after loading the model",
                "it takes a long time to load and then OOM",
                "long story short: CUDA out of memory on my 3090",
                "with long prompts it is slow but works",
                "显存占用很高，为什么",
                "加载模型时显存不足",
                "I waited a long time, the memory is fine",
                "a large model does not fit: out of memory",
                "GPU memory keeps increasing with each message until it crashes",
                "多轮对话时显存逐步增加，最后 OOM")) {
            assertThat(ProseHints.of(f).longInput()).as(f).isFalse();
        }
    }

    @Test
    void theAnswerNamesTheContext() {
        Answer en = RealAdvisors.shared().answer("long-input-en",
                "I serve llama-2-7b with transformers on an RTX 4090; with long documents as the prompt it crashes with CUDA out of memory. Why?");
        assertThat(en.cause()).isEqualTo("context_too_large");
        Answer zh = RealAdvisors.shared().answer("long-input-zh", "chatglm3-6b 在 RTX 3090 上，输入很长的文档时就爆显存了，短的没问题，是什么原因？");
        assertThat(zh.cause()).isEqualTo("context_too_large");
    }
}
