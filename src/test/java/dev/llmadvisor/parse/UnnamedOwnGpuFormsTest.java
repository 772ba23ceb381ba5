package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GPU of the person's own said without its name (label rule: one card, name and memory null): an issue form's GPU field
 * with a make, a run on CUDA logged or said, a run on one GPU. The card named, an Apple field, a requirement and a machine
 * without a GPU are not read so.
 */
class UnnamedOwnGpuFormsTest {

    private static Understood read(String q) {
        return Understanding.of(q);
    }

    private static void assertOneUnnamedCardOfTheirOwn(String q) {
        Understood u = read(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isNull();
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(1);
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    @Test
    void aGpuSpokenOfWithoutItsNameIsOneCardOfMemoryNotSaid() {
        for (String q : List.of(
                "GPU usage is not high, but the display memory is full with llama3 8b\n\n### OS\n\nWindows\n\n### GPU\n\nNvidia\n\n### CPU\n\nAMD\n",
                "gpt-oss:20b is slow in ollama\n### OS\nLinux\n### GPU\nAMD\n### Ollama version\n0.11.4",
                "llama 2 7b inference is slow\n2023-08-20 14:20:27,502 - INFO - run_localGPT.py:180 - Running on: cuda\n",
                "OOM when generating with Yarn-Llama-2-7b-128k: I use a prompt with 126k tokens and I am running things on 1 GPU.")) {
            assertOneUnnamedCardOfTheirOwn(q);
        }
    }

    @Test
    void aNamedCardAMacARequirementOrNoGpuIsNotAnUnnamedCard() {
        Understood named = read("llama3 8b is slow on my RTX 3090\n### OS\nLinux\n### GPU\nNvidia\n");
        assertThat(named.gpus()).hasSize(1);
        assertThat(named.gpus().get(0).vramGb()).isEqualTo(24.0);
        for (String q : List.of(
                "llama3 8b is slow\n### OS\nmacOS\n### GPU\nApple\n",
                "does llama 3 70b need more than one GPU to run?",
                "I have no GPU, only a CPU with 32GB RAM: can I run llama3 8b on cuda?")) {
            assertThat(read(q).gpus().stream().filter(g -> g.vramGb() == null && !g.unified()).toList()).as(q).isEmpty();
        }
    }

    @Test
    void aGpuSaidToBeLeftOutIsOneCardOfTheirOwnNotACpuBox() {
        for (String q : List.of(
                "ollama is not using my GPU, llama3 8b runs on the CPU",
                "llama3 8b is slow and the GPU sits idle",
                "用ollama跑qwen2 7b，显卡没有被调用",
                "chatglm3 6b 只用了一个cpu推理，很慢。cuda版本低，用不了gpu",
                "ollama用不上显卡，qwen2 7b跑得很慢")) {
            assertOneUnnamedCardOfTheirOwn(q);
        }
    }

    @Test
    void aGpuAskedAboutOrDoneWithoutIsNoCardOfTheirOwn() {
        for (String q : List.of(
                "does llama3 8b need a GPU?",
                "can llama3 8b run without a GPU?",
                "I have no GPU and llama3 8b runs on the CPU only",
                "我没有显卡，用不了gpu，用cpu推理qwen2 7b很慢")) {
            assertThat(read(q).gpus()).as(q).isEmpty();
        }
    }

    @Test
    void aCardOrItsMemoryCalledOnesOwnItsLoadWatchedOrRocmUsedIsOneCardOfTheirOwn() {
        // given a card the person calls theirs without naming it, its load watched, or an engine run on ROCm
        for (String q : List.of(
                "I would like to deploy DeepSeek R1 Q4 on my machine; I only have 256G RAM, but my GPU memory is sufficient",
                "is it normal that llama3 8b only uses my VRAM and nothing else from my gpu?",
                "我的显卡跑qwen2 7b很慢",
                "running qwen2.5vl 7b with ollama, GPU usage is visible but the CPU does the work",
                "qwen2 7b: GPU utilization at 100% but only 5 tokens/s",
                "qwen2 7b推理时GPU占用率90%，但速度很慢",
                "when running qwen2.5vl 7b with ROCm, ollama uses the CPU as well",
                // Ollama's share on a GPU in ollama ps, which it shows only when it found one, even beside a run said to be on the CPU
                "ollama ps reporting \"100% GPU\" while qwen2 7b is running on CPU only.",
                "ollama ps shows 48%/52% CPU/GPU for qwen2 7b")) {
            // then it is one card of a model not said, and no CPU box
            assertOneUnnamedCardOfTheirOwn(q);
        }
    }

    @Test
    void givenTheGpuLoadToldInWordsOrBesideTheCpus_thenOneCardOfTheirOwn() {
        // the load of an unnamed GPU watched and told as a level, not a figure, or side by side with the CPU's
        for (String q : List.of(
                "running gpt-oss 20b in ollama, the GPU utilization is quite low and it is slow",
                "Low GPU utilization with qwen3 30b-a3b in ollama",
                "Inconsistent CPU and GPU usage with gemma 3 27b in LM Studio, prompt processing is slow",
                "推断qwen2 7b的时候gpu的占用很低，速度比较慢",
                "qwen2 7b回复很慢，有人说没走GPU，但是gpu有占用")) {
            assertOneUnnamedCardOfTheirOwn(q);
        }
        // near miss: a load asked about in general, with no level told, is no card of theirs
        assertThat(read("how much gpu usage does qwen2 7b need?").gpus()).isEmpty();
    }

    @Test
    void cardsInThePluralAGpuAskedForOrAGeneralLoadAreNotOneCardOfTheirOwn() {
        // near misses: "my GPUs" gives no count, a wish for a GPU, GPU usage asked about without a figure, ROCm asked about
        for (String q : List.of(
                "does llama3 70b split well over my GPUs?",
                "does llama3 8b need a GPU, or does it reduce gpu usage to quantize it?",
                "does ollama support ROCm for llama3 8b?")) {
            assertThat(read(q).gpus().stream().filter(g -> g.count() == 1 && g.vramGb() == null && !g.unified()).toList()).as(q).isEmpty();
        }
    }
    @Test
    void givenAGpuSaidToBeThereOrAtWorkThoughTheCpuIsWanted_thenOneCardOfTheirOwnNotACpuBox() {
        // the person wants the CPU, but says their GPU is there or busy; or runs on one card, said in Chinese
        for (String q : List.of(
                "how to run llama3 8b on CPU instead of GPU even the GPU is available?",
                "I want to benchmark qwen2 7b on the CPU, but it keeps using GPU",
                "ollama still uses the GPU for llama3 8b though I set num_gpu 0? The GPU was detected at start",
                "使用SGLang单卡无法加载qwen3 14b",
                "单卡运行qwen2 7b，速度还可以，8 token每秒")) {
            assertOneUnnamedCardOfTheirOwn(q);
        }
    }

    @Test
    void givenAGpuOnlySupposedOrOneCardAskedAbout_thenNoCardOfTheirOwn() {
        // near misses: whether a GPU is there, a single card asked about, a run on the CPU with no GPU said
        for (String q : List.of(
                "how do I check if the GPU is available for llama3 8b?",
                "单卡能跑qwen2 72b吗",
                "单卡部署qwen2 72b需要多少显存？",
                "qwen 14b多卡推理速度比单卡推理速度慢十倍",
                "how to run llama3 8b on the CPU only?")) {
            assertThat(read(q).gpus().stream().filter(g -> g.count() == 1 && g.vramGb() == null && !g.unified()).toList()).as(q).isEmpty();
        }
    }

    @Test
    void givenARunSentToTheGpuByItsDeviceFlagOrTheGpuSaidFullyLoaded_thenOneCardOfTheirOwn() {
        // the device flag of OpenVINO's and GPT4All's runs, and the card's load said to be full in Chinese
        for (String q : List.of(
                "error with qwen3 30b a3b int8 and a 2GB KV cache: python nollama.py --model-dir qwen3-30b-a3b-int8-ov --device GPU --cache-size-gb 2",
                "model = GPT4All(\"wizardlm-13b-v1.1-superhot-8k.ggmlv3.q4_0\", device='gpu') is slow",
                "deepseek r1 推理速度非常慢（～1 token/s），GPU和CPU均基本满载",
                "qwen2 7b 运行时显卡跑满，但是速度很慢")) {
            assertOneUnnamedCardOfTheirOwn(q);
        }
    }

    @Test
    void givenTheCpuDeviceOrTheCpuOrMemoryFull_thenNoCardOfTheirOwn() {
        // near misses: the run sent to the CPU, the CPU loaded full, the memory (not the card's load) full
        for (String q : List.of(
                "model = GPT4All(\"wizardlm-13b-v1.1-superhot-8k.ggmlv3.q4_0\", device='cpu') is slow",
                "qwen2 7b 推理时CPU满载，速度很慢",
                "qwen2 7b 推理时内存占满，速度很慢")) {
            assertThat(read(q).gpus().stream().filter(g -> g.count() == 1 && g.vramGb() == null && !g.unified()).toList()).as(q).isEmpty();
        }
    }
}
