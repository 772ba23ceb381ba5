package dev.llmadvisor.logs;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "It takes 20 GB": the memory a setup takes, asked about, in the forms people write it (a verb of taking, what is taken,
 * a hedge, the amount; English and Chinese, generated), is read as a memory-use question; having memory is not. On a
 * serving engine that reserves its share of the GPU up front, the answer says that reservation is the cause (other).
 */
class MemoryUseFormsTest {

    @Test
    void everyFormOfTakingMemoryIsRead() {
        List<String> forms = new ArrayList<>();
        for (String verb : List.of("uses", "takes", "occupies", "consumes"))
            for (String what : List.of("", " VRAM", " GPU memory", " the VRAM of"))
                for (String hedge : List.of("", " about", " nearly"))
                    forms.add("the 7B AWQ model " + verb + what + hedge + " 21GB, why?");
        for (String verb : List.of("占用了", "用了", "吃了", "占了", "跳到"))
            for (String what : List.of("", "显存"))
                for (String hedge : List.of("", "大约", "将近"))
                    forms.add("7b 模型部署后" + verb + what + hedge + "21GB，为什么");
        forms.add("显存占用达到大约67GB");
        forms.add("发现占用了70多GB呢");
        List<String> missed = forms.stream().filter(f -> !ProseHints.of(f).memoryUse()).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void havingMemoryIsNotTakingIt() {
        for (String f : List.of("I have a 24GB card, can it run qwen2.5 14b?", "我有 24G 显存，能跑 qwen2.5 14b 吗", "RTX 4090 24GB + 64GB RAM",
                "显存 24G 的卡跑 32b 模型")) {
            assertThat(ProseHints.of(f).memoryUse()).as(f).isFalse();
        }
    }

    @Test
    void aQuantizedLoadThatTookNoLessIsReadAndItsCauseIsTheQuantizationNotApplied() {
        for (String f : List.of("I load llama-2-13b with bitsandbytes nf4 but it still uses more VRAM than the fp16 model",
                "load_in_8bit=True 为何显存占用没有减小呢？", "用int8量化后显存只降低了10G", "加载了int8模型，但是占用了31G显存，和非量化的一样")) {
            assertThat(ProseHints.of(f).quantizedNoSmaller()).as(f).isTrue();
            assertThat(ProseHints.of(f).memoryUse()).as(f).isTrue();
        }
        assertThat(ProseHints.of("用 int8 量化后显存从 13G 降到了 7G").quantizedNoSmaller()).isFalse();
        Answer zh = RealAdvisors.shared().answer("quantized-no-smaller-zh",
                "传参时load_in_8bit=True 为何显存占用没有减小呢？不设置load_in_8bit时，chatglm2-6B加载后是12.4GB左右，但是load_in_8bit 开启，模型加载完还是12.4GB显存。");
        assertThat(zh.cause()).isEqualTo("other");
    }

    @Test
    void aServingEnginesReservationIsTheAnswer() {
        Answer en = RealAdvisors.shared().answer("memory-use-en", "With vLLM the 4GB AWQ file of a 7B model uses VRAM about 20GB on my 4090. Why is that?");
        assertThat(en.cause()).isEqualTo("other");
        Answer zh = RealAdvisors.shared().answer("memory-use-zh", "用 vllm 在 4090 上部署 qwen2-7b，显存占用了将近 21GB，为什么这么多？");
        assertThat(zh.cause()).isEqualTo("other");
    }
}
