package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.UpFrontReservers;
import dev.llmadvisor.logs.ProseHints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MemoryUseForms}: the memory a setup takes said as higher than expected, generated from the grammar's parts
 * (nouns of memory, words of usage, of size, verbs of taking, Chinese predicates), never corpus sentences; and the near
 * misses it must leave out (a lack of memory, a sizing question, the CPU's or the GPU's load, memory growing turn after
 * turn). Also {@link UpFrontReservers}, the engines whose share of the GPU makes that use by design.
 */
class MemoryAboveExpectedFormsTest {

    private static final List<String> NOUNS = List.of("VRAM", "GPU memory", "memory", "RAM", "video memory");

    private static List<String> generated() {
        List<String> out = new ArrayList<>();
        for (String noun : NOUNS) {
            for (String usage : List.of("usage", "consumption", "footprint", "use")) {
                for (String how : List.of("is very high", "seems huge", "doubled", "is way higher", "went through the roof", "is more than expected")) {
                    out.add("With Mistral 7B on my A6000 the " + noun + " " + usage + " " + how + ", why?");
                }
                for (String size : List.of("Excessive", "Huge", "Abnormal", "High")) {
                    out.add(size + " " + noun + " " + usage + " when serving a 14B model");
                }
            }
            for (String verb : List.of("uses", "takes", "consumes", "costs", "eats")) {
                for (String more : List.of("more", "much more", "twice the", "double the", "way more")) {
                    out.add("this engine " + verb + " " + more + " " + noun + " than transformers for the same model");
                }
            }
            out.add("the server eats up all the " + noun + " right after start");
            out.add("it hogs the " + noun + " even when idle");
        }
        for (String zhNoun : List.of("显存", "内存", "显存占用", "显存的占用量", "内存消耗")) {
            for (String pred : List.of("翻倍了", "激增", "过高", "太大了", "偏高", "不符合预期", "增加很多", "就要满了", "异常")) {
                out.add("部署 qwen2 7b 之后" + zhNoun + pred + "，这是为什么");
            }
        }
        for (String n : List.of("50", "90", "95.5")) {
            out.add("双卡各占用" + n + "%，是正常的吗");
            out.add("启动后显存占用率" + n + "%");
        }
        for (String n : List.of("40", "70", "12")) {
            out.add("显存直接占了" + n + "多个g，这是为啥");
            out.add("启动后占用了显存" + n + "多GB");
        }
        // the use seen set against an expectation, and the memory above it asked after
        for (String noun : NOUNS) {
            out.add("the estimate says 10 GB, far below the actual " + noun + " consumption after loading");
            out.add("Actual " + noun + " usage is not what the formula gives");
            for (String extra : List.of("extra", "additional", "remaining", "rest of the")) {
                out.add("the weights are 9.5 GB and the KV cache 4.6 GB, so where does the " + extra + " " + noun + " go?");
                out.add("where did all the " + extra + " " + noun + " come from?");
            }
        }
        for (String verb : List.of("占用了", "需要用到", "用了", "消耗了", "实际上占了")) {
            for (String n : List.of("22g多", "约320G", "大约15.6GB", "40多个g")) {
                out.add("理论上应该占用160G，但实际" + verb.replace("实际", "") + n + "的显存");
            }
        }
        for (String extra : List.of("多余的显存用在哪了", "多出来的显存都去哪了", "额外的内存用到哪了", "剩下的显存跑哪了")) {
            out.add("按公式算是15.6G，" + extra + "呢");
        }
        // memory doubled by a call, or N-fold against another run
        for (String noun : NOUNS) {
            for (String verb : List.of("doubles", "doubled", "tripled")) {
                out.add("calling it through the app " + verb + " the " + noun + " size");
            }
        }
        for (String zhNoun : List.of("显存占用", "内存消耗", "显存的使用量")) {
            for (String times : List.of("一倍", "两倍", "3倍")) {
                out.add("qwen1.5 72b 的" + zhNoun + "是qwen 72b的" + times);
            }
        }
        out.add("vllm也这么吃显存吗");
        out.add("这个框架很吃内存");
        return out;
    }

    @Test
    void everyGeneratedFormIsRead() {
        List<String> forms = generated();
        assertThat(forms).hasSizeGreaterThan(300);
        for (String f : forms) {
            assertThat(MemoryUseForms.said(f.toLowerCase(Locale.ROOT))).as(f).isTrue();
            // the words around a log read the same forms
            assertThat(ProseHints.of(f).memoryUse()).as("hints: " + f).isTrue();
        }
    }

    @Test
    void nearMissesAreLeftOut() {
        for (String f : List.of(
                "CUDA out of memory, not enough VRAM for the 70B model",
                "显存不足，跑不起来",
                "需要多少显存才能跑 qwen2 72b",
                "it needs more VRAM than I have, what can I do",
                "how much memory does llama 3 70b need",
                "CPU占用100%，GPU利用率很低",
                "GPU utilization is high but it is slow",
                "the memory keeps growing with every turn",
                "显存越来越大，最后爆了",
                "I use more than one GPU",
                "RAM is 64GB and VRAM is 24GB",
                "the RAM requirement is high for this model, how much do I need?",
                "we ran the ram test and the memory test, both passed",
                // an actual figure of the card or the model, not of the use seen; a place asked, not the memory's whereabouts
                "the actual memory of the card is 24GB",
                "实际显存是24G，能跑吗",
                "实际需要多少显存？",
                "where does the model go, in the models folder?",
                "显存在哪里看",
                // doubling the card's memory wished for, its bandwidth; the speed said of a memory, not its use
                "the new card doubles the memory bandwidth",
                "同设备不同内存推理速度也有很大差异",
                "内存带宽很大，速度还是慢")) {
            assertThat(MemoryUseForms.said(f.toLowerCase(Locale.ROOT))).as(f).isFalse();
        }
        assertThat(MemoryUseForms.said(null)).isFalse();
        assertThat(MemoryUseForms.said("")).isFalse();
    }

    @Test
    void theEnginesThatReserveTheirShareAreKnownByEngineOrByName() {
        assertThat(UpFrontReservers.of(Engine.VLLM, "")).map(UpFrontReservers.Reserver::display).contains("vLLM");
        assertThat(UpFrontReservers.of(Engine.SGLANG, null)).map(UpFrontReservers.Reserver::display).contains("SGLang");
        assertThat(UpFrontReservers.of(Engine.TGI, "x")).map(UpFrontReservers.Reserver::display).contains("TGI");
        for (String t : List.of("lmdeploy serve api_server ./internlm2-chat-7b", "用 turbomind 加载后显存占用 19G", "python -m lmdeploy.turbomind.chat ./workspace")) {
            assertThat(UpFrontReservers.of(Engine.OTHER, t)).as(t).map(UpFrontReservers.Reserver::display).contains("LMDeploy");
            assertThat(UpFrontReservers.of(null, t)).as(t).map(UpFrontReservers.Reserver::display).contains("LMDeploy");
        }
        assertThat(UpFrontReservers.of(Engine.OTHER, "trtllm-serve on an H100")).map(UpFrontReservers.Reserver::display).contains("TensorRT-LLM");
        assertThat(UpFrontReservers.of(Engine.OTHER, "python -m lightllm.server.api_server --tp 2")).map(UpFrontReservers.Reserver::display).contains("LightLLM");
        // the first one named when several are
        assertThat(UpFrontReservers.of(Engine.OTHER, "LightLLM uses more than LMDeploy")).map(UpFrontReservers.Reserver::display).contains("LightLLM");
        // engines that take what the model needs, and names that only contain a reserver's letters
        assertThat(UpFrontReservers.of(Engine.LLAMA_CPP, "lmdeploy")).isEmpty();
        assertThat(UpFrontReservers.of(Engine.OLLAMA, "")).isEmpty();
        assertThat(UpFrontReservers.of(Engine.OTHER, "koboldcpp with 20 layers")).isEmpty();
        assertThat(UpFrontReservers.of(Engine.OTHER, "mylmdeployfork")).isEmpty();
        assertThat(UpFrontReservers.of(null, null)).isEmpty();
    }
}
