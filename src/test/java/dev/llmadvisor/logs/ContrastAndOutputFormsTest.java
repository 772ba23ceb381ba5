package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words around a log that name a cause by themselves, in generated forms with near misses: memory below what was
 * expected ({@link ProseHints#memoryLow}), garbage output ({@link ProseHints#garbage}), the same model working elsewhere
 * on the machine ({@link ProseHints#worksElsewhere}), memory above what was expected in the words {@code MemoryUseForms}
 * leaves out, and fewer cards working where more run out ({@link ProseHints#gpusHang}); then whole questions through the
 * advisor, in English and Chinese.
 */
class ContrastAndOutputFormsTest {

    private static ProseHints hints(String text) {
        return ProseHints.of(text);
    }

    @Test
    void memoryBelowWhatWasExpected() {
        for (String verb : List.of("only uses", "only using", "just takes", "only used", "only occupies", "only consumes"))
            for (String amount : List.of("1.6gb", "4 GB", "5.2 GiB", "about 7 GB", "900 MB"))
                assertThat(hints("ollama " + verb + " " + amount + " of RAM with qwen 4b, can it use more?").memoryLow())
                        .as(verb + " " + amount).isTrue();
        for (String t : List.of("Low RAM usage with llama3 8b", "the VRAM usage is very low", "it uses so little memory",
                "why does it use less memory than expected?", "500G内存只用了18G", "加载后显存占用也只是 7.7G", "推理时的显存使用为啥这么少呢？",
                "显卡显存利用率不高", "内存占用很少"))
            assertThat(hints(t).memoryLow()).as(t).isTrue();
        // what they have, a part of the card (the split's business), or less than before, is not a run that takes little
        for (String t : List.of("I only have 8 GB of VRAM", "显存只有8G，能跑吗", "it only uses 12 GB of 24 GB", "only uses 12 out of 24",
                "it takes less memory than the fp16 model", "my GPU has 16 GB"))
            assertThat(hints(t).memoryLow()).as(t).isFalse();
    }

    @Test
    void garbageOutput() {
        for (String t : List.of("llama3 70B 4bit seems to be generating garbage", "it only outputs gibberish", "the model returns complete nonsense",
                "it spits out total nonsense after the update", "推理一直在不停胡言乱语", "输出全是乱码", "回答胡说八道"))
            assertThat(hints(t).garbage()).as(t).isTrue();
        for (String t : List.of("python garbage collection frees it", "this error message is nonsense to me", "the output is fine but slow"))
            assertThat(hints(t).garbage()).as(t).isFalse();
    }

    @Test
    void theSameModelWorksElsewhere() {
        for (String verb : List.of("works", "works fine", "worked perfectly", "holds good", "runs fine", "loads without issues", "is fine"))
            for (String place : List.of("on Ubuntu", "on the V0 engine", "on HF transformer pipeline", "with llama.cpp", "in LM Studio",
                    "under WSL2", "with vanilla llama.cpp", "with transformers"))
                assertThat(hints("OOM with it here, but it " + verb + " " + place).worksElsewhere()).as(verb + " " + place).isTrue();
        for (String t : List.of("在linux上可以正常运行", "用transformers能跑", "在 Ubuntu 下正常", "直接用llama_cpp可以加载"))
            assertThat(hints(t).worksElsewhere()).as(t).isTrue();
        // the engine under the wrapper, in its spellings, named after the verb or, set against the wrapper, before it
        for (String place : List.of("in pure llama_cpp python", "with llama-cpp-python", "with the hugginface pipeline",
                "when directly using llama_cpp library", "when direct using the llama cpp library", "with plain transformers"))
            assertThat(hints("Failed to launch it in Xinference, but it works fine " + place).worksElsewhere()).as(place).isTrue();
        for (String t : List.of("Loading with vanilla llama.cpp (build from source) a 32B model with 32768 context works with no issues",
                "using plain transformers the same model runs fine", "with native ollama it loads without any errors"))
            assertThat(hints(t).worksElsewhere()).as(t).isTrue();
        // the failing setup described, not another one that works
        for (String t : List.of("ollama runs on Windows with my 3090", "I'm working on linux", "trying to load it on linux with lm studio",
                "it works, but slowly", "works fine on a single GPU", "with ollama small models run fine but the 70B fails",
                "with vanilla llama.cpp it fails too. The 7B runs fine", "with pure llama_cpp python it works, but slowly"))
            assertThat(hints(t).worksElsewhere()).as(t).isFalse();
    }

    @Test
    void aModelAsLargeOrLargerRuns() {
        for (String t : List.of("Ollama decides to use only 12 GB. Other larger models load correctly.", "bigger models run fine on this card",
                "llama2-13b都加载得好好的，XVERSE-13B加载太消耗显存了", "Qwen2.5-VL-32B-AWQ 报错，类似启动命令可以在Qwen3-32B-AWQ上对话成功",
                "mistral 7b fails to load with an error. llama 3.1 8b works fine on the same GPU", "更大的模型都能跑，这个 7b 却起不来"))
            assertThat(hints(t).largerModelRuns()).as(t).isTrue();
        // a smaller model that runs, one that fails too, one asked about or supposed, or larger models that run out
        for (String t : List.of("qwen 7b works fine, qwen 14b OOMs on my 3060", "用 ollama 跑 qwen2.5 14b 正常，32b 就爆显存",
                "llama 13b works but 70b fails", "does llama 13b work if 13b fails?", "larger models run out of memory",
                "13b 也不行, 13b 报错", "I have 24 GB of VRAM and qwen 32b works fine", "7B models can be used with that context size, the 32B cannot"))
            assertThat(hints(t).largerModelRuns()).as(t).isFalse();
        // a smaller model that runs beside a larger one out of memory is no sign against memory
        assertThat(RealAdvisors.diagnosedCause("qwen2.5 7b works fine on my RTX 3060, but qwen2.5 14b fails with out of memory")).isNotEqualTo("other");
    }

    @Test
    void memoryAboveWhatWasExpected() {
        for (String t : List.of("memory usage over my expectation: 18G for each GPU", "VRAM is far beyond what I expected",
                "the memory use is higher than my estimate", "loaded it in bitsandbytes-nf4 but it still uses more VRAM than the default model",
                "为什么显存会到22g这么多", "更新以后显存占用量大幅上升", "量化为4bit后显存占用只降低了10G", "发现占用了31G的显存。和数据中的非量化一样"))
            assertThat(hints(t).memoryUse()).as(t).isTrue();
        for (String t : List.of("the speed is higher than expected", "how much memory does it need?"))
            assertThat(hints(t).memoryUse()).as(t).isFalse();
    }

    @Test
    void fewerCardsWorkWhereMoreRunOut() {
        for (String t : List.of("tensor_parallel_size=8 gives OOM. However, TP4 works fine", "--tp 2 out of memory, while --tp 1 runs",
                "with tensor-parallel-size 4 it OOMs; it works with tp 2", "多卡 --tp 2 报显存不足，--tp 1 可以"))
            assertThat(hints(t).gpusHang()).as(t).isTrue();
        // more cards running out, with no run on fewer that works
        for (String t : List.of("tensor_parallel_size=2 runs out of memory", "--tp 4 runs out of memory on 4 gpus"))
            assertThat(hints(t).gpusHang()).as(t).isFalse();
    }

    @Test
    void memoryThatOverflowsIsOutOfMemory() {
        for (String t : List.of("导致显存溢出报错", "第一张卡的显存增加直到溢出", "内存占用一直涨到溢出", "显存溢出了"))
            assertThat(hints(t).symptoms()).as(t).contains(dev.llmadvisor.facts.Report.Symptom.OUT_OF_MEMORY);
        for (String t : List.of("整数溢出", "显存够用，但是数值溢出了。"))
            assertThat(hints(t).symptoms()).as(t).doesNotContain(dev.llmadvisor.facts.Report.Symptom.OUT_OF_MEMORY);
    }

    @Test
    void wholeQuestionsNameTheCause() {
        SoftAssertions soft = new SoftAssertions();
        for (String[] c : List.of(
                new String[] {"gpt-oss 20b fails to load on Windows with ollama on my RTX 4090, but works fine on Ubuntu", "other"},
                new String[] {"Qwen2.5 32B AWQ on 2x A100 80GB: OOM error on the V1 engine, works on the V0 engine", "other"},
                new String[] {"Failed to launch qwen1.5 14b Q8_0 GGUF with Xinference on an A100 40GB, but it works fine in pure llama_cpp python", "other"},
                new String[] {"Ollama only uses 12 GB of the 24 GB on my RTX 3090 for gemma2 27b and fails to load it. Other larger models load correctly.", "other"},
                new String[] {"RTX 4090 上用 lmdeploy 跑 Qwen2.5-VL-32B-AWQ 报错，同样的启动命令可以在Qwen3-32B-AWQ上对话成功", "other"},
                new String[] {"llama 3.1 8b Q4_K_M on my RTX 3090 with llama.cpp generates gibberish", "other"},
                new String[] {"RTX 4090 上用 ollama 跑 qwen2.5 7b，一直输出乱码", "other"},
                new String[] {"I have a 3090 and ollama with llama3 8b only uses 5.2 GB of VRAM, is that normal?", "other"},
                new String[] {"4090 跑 qwen2.5 14b，显存只用了9G，正常吗", "other"},
                new String[] {"Llama 2 70B AWQ with vllm on 8x A10G: tensor_parallel_size=8 runs out of memory, but TP4 works fine", "multi_gpu_split"},
                new String[] {"lmdeploy 跑 InternVL2 8B，单卡能跑，多卡 --tp 2 反而报 out of memory", "multi_gpu_split"}))
            soft.assertThat(RealAdvisors.diagnosedCause(c[0])).as(c[0]).isEqualTo(c[1]);
        soft.assertAll();
    }
}
