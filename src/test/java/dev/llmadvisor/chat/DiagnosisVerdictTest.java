package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict of a diagnosis is what the answer states of the setup: the sizing baseline line for the option it
 * names, and for a GPU left idle on a card the engine supports, what the GPU holds once the fault is fixed.
 */
class DiagnosisVerdictTest {

    /** The advisor as `ask` runs it, shared with the other tests of this JVM (hence the conversation prefix). */
    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static Answer ask(String conversation, String text) {
        return assembly.advisor().answer("diagnosis-verdict-" + conversation, text);
    }

    private static final String[] ENGINES = {"ollama", "llama.cpp", "LM Studio"};
    private static final String[] NVIDIA_CARDS = {"RTX 3060 12GB", "RTX 4090", "RTX 3090", "RTX 4070 Ti"};
    private static final String[] SMALL_MODELS = {"qwen2.5 7b", "llama3.1 8b", "mistral 7b", "gemma2 9b"};

    /** Ways people say the engine leaves the GPU idle, English and Chinese: engine, card, model. */
    private static final String[] IDLE_GPU = {
            "%s is not using my %s at all with %s, everything runs on the CPU",
            "I run %3$s with %1$s on an %2$s but the GPU is not used at all; it all runs on the CPU. Why?",
            "%1$s ignores my %2$s: %3$s runs only on the CPU and GPU utilization stays at 0%%",
            "why does %1$s not use the GPU? %3$s, %2$s, it falls back to CPU",
            "我的 %2$s 跑 %3$s，%1$s 完全没用显卡，全在 CPU 上跑",
    };

    @Test
    void aGpuLeftIdleOnACardTheEngineSupportsIsAFitWhenTheSizingPutsTheModelInGpuMemory() {
        int n = 0;
        for (String form : IDLE_GPU) {
            for (int i = 0; i < NVIDIA_CARDS.length; i++) {
                String q = String.format(form, ENGINES[i % ENGINES.length], NVIDIA_CARDS[i], SMALL_MODELS[(i + n) % SMALL_MODELS.length]);
                n++;
                Answer a = ask("idle-" + n, q);
                assertThat(a.cause()).as(q).isEqualTo("gpu_not_used");
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                // the verdict is said in the reply, from the sizing: the baseline line
                assertThat(a.reply().toText(false)).as(q).containsAnyOf("fits entirely in GPU memory", "能全部放进显存");
            }
        }
    }

    @Test
    void aGpuLeftIdleOnACardToldByItsMemoryAloneIsAFitWhenThatMemoryHoldsTheModel() {
        // README rule F: no make is named that the engine may lack code for, so the card's stated memory decides
        List<String> questions = List.of(
                "ollama runs mistral 7b on my 16GB GPU but the GPU is not used at all, it all runs on the CPU",
                "我16G显存的显卡跑 qwen2.5 7b，ollama 完全没用显卡，全在 CPU 上跑");
        int n = 0;
        for (String q : questions) {
            Answer a = ask("idle-memory-only-" + (n++), q);
            assertThat(a.cause()).as(q).isEqualTo("gpu_not_used");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        }
        // the same card told by its memory, with a model larger than it: part of it stays in RAM once the card is used
        Answer large = ask("idle-memory-only-large", "ollama runs llama3 70b on my 16GB GPU but the GPU is not used at all, it all runs on the CPU");
        assertThat(large.verdict()).isEqualTo(Verdict.OFFLOAD);
        // an out-of-memory on the card before the run fell back to the CPU: the card was tried and fell short, not idle
        Answer ranOut = ask("idle-memory-only-oom", "qwen2.5 7b跑demo，本身机器显存8G，使用cuda提示显存不够，目前使用cpu跑，贼慢十几个小时才出结果");
        assertThat(ranOut.verdict()).isNotEqualTo(Verdict.FITS);
    }

    @Test
    void aGpuLeftIdleOnAppleSiliconIsAFitWhenTheSizingPutsTheModelInGpuMemory() {
        // every Mac engine reaches an Apple Silicon GPU through Metal: once fixed, the unified memory holds what it sizes
        List<String> questions = List.of(
                "ollama runs llama3.1 8b on my M2 Max 32GB Mac but the GPU is not used at all, it all runs on the CPU",
                "我的 Mac mini M4 24GB 跑 qwen2.5 7b，ollama 完全没用显卡，全在 CPU 上跑");
        int n = 0;
        for (String q : questions) {
            Answer a = ask("idle-mac-" + (n++), q);
            assertThat(a.cause()).as(q).isEqualTo("gpu_not_used");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(a.reply().toText(false)).as(q).containsAnyOf("fits entirely in GPU memory", "能全部放进显存");
        }
    }

    @Test
    void aGpuLeftWhollyIdleWithNothingToSizeIsAFitOnceFixedAndTheReplySaysWhy() {
        // README rule F: a model too large for the card would still use part of it (or fail with an out-of-memory), so a
        // card left wholly idle is a fault of the build, driver or settings, and no model or card memory is named to size
        List<String> questions = List.of(
                "ollama does not use my RTX 3060 12GB at all, everything runs on the CPU. How do I fix it?",
                "my GPU sits idle while LM Studio generates on the CPU only, GPU usage 0%",
                "我的显卡完全没被调用，ollama 全在 CPU 上跑，怎么办");
        int n = 0;
        for (String q : questions) {
            Answer a = ask("idle-unsized-" + (n++), q);
            assertThat(a.cause()).as(q).isEqualTo("gpu_not_used");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(a.reply().toText(false)).as(q).containsAnyOf("This is not a lack of memory", "这不是显存不够");
        }
    }

    @Test
    void aGpuLeftIdleWithNothingToSizeIsNoFitBesideAnOutOfMemoryOrASlowRunOrTheTaskManager() {
        List<String> questions = List.of(
                // the memory took part: an out-of-memory beside the idle GPU
                "ollama does not use my GPU at all, it runs on the CPU and then fails with CUDA out of memory",
                // a question about the speed of the run as it stands
                "LM Studio 不用我的显卡，全在 CPU 上跑，速度很慢",
                // the Task Manager's default graph shows 3D work, not CUDA: it does not show the card idle
                "ollama does not use my GPU at all, everything runs on the CPU; task manager shows 0% GPU");
        int n = 0;
        for (String q : questions) {
            Answer a = ask("idle-unsized-not-" + (n++), q);
            assertThat(a.verdict()).as(q).isNotEqualTo(Verdict.FITS);
            assertThat(a.reply().toText(false)).as(q).doesNotContain("This is not a lack of memory").doesNotContain("这不是显存不够");
        }
    }

    @Test
    void aGpuLeftIdleOnAnAcceleratorOfAnotherMakeIsAFitWhenItsEngineHasABuildForItAndTheCardHoldsTheModel() {
        // README rule F: the engine falling back to the CPU is the fault, not the hardware's limit; a Radeon, an Arc or an
        // Ascend NPU reached once the driver, the override or the device setting is fixed holds what it sizes
        List<String> questions = List.of(
                "ollama runs llama3.1 8b on my RX 6700 XT but the GPU is not used at all, it all runs on the CPU",
                "我的 RX 7600 跑 mistral 7b，ollama 完全没用显卡，全在 CPU 上跑",
                "llama.cpp runs qwen2.5 7b on my Arc A770 but the GPU is not used at all, it all runs on the CPU",
                "8卡 Ascend 910B，llamafactory-cli chat 跑 Llama-2-7b-chat-hf，提示使用cpu推理而不是npu");
        int n = 0;
        for (String q : questions) {
            Answer a = ask("idle-other-make-" + (n++), q);
            assertThat(a.cause()).as(q).isEqualTo("gpu_not_used");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        }
        // the same make with a model larger than the card: part of it stays in RAM once the card is used
        Answer large = ask("idle-other-make-large", "ollama runs llama3 70b on my RX 6700 XT but the GPU is not used at all, it all runs on the CPU");
        assertThat(large.verdict()).isEqualTo(Verdict.OFFLOAD);
    }

    @Test
    void aGpuLeftIdleStaysARunFromRamWhereTheSizingOrTheCardDoesNotSayOtherwise() {
        List<String> questions = List.of(
                // too large for the card: part of it runs from RAM even once the GPU is used
                "ollama runs llama3 70b on my RTX 4090 but the GPU is not used at all, it all runs on the CPU",
                "我的 RTX 3060 12GB 跑 qwen2.5 72b，ollama 完全没用显卡，全在 CPU 上跑",
                // a Radeon the engine's log calls unsupported: no code for it in that build (README rule I), the CPU it is
                "ollama runs mistral 7b on my RX 5500 XT but the log says amdgpu is not supported and it all runs on the CPU",
                // an Ascend NPU under Ollama, which has no CANN build: the CPU is all that engine gives there
                "ollama runs llama3.1 8b on my Ascend 910B but the NPU is not used at all, it all runs on the CPU",
                // a card older than the engine's CUDA builds support: the CPU is what this hardware gives
                "ollama runs llama3 8b on my GTX 780 but the GPU is not used at all, it all runs on the CPU");
        int n = 0;
        for (String q : questions) {
            Answer a = ask("idle-no-" + (n++), q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.OFFLOAD);
        }
    }

    @Test
    void aDiagnosisWithNoCauseCarriesTheVerdictItsBaselineLineStates() {
        String[] forms = {
                // a GGUF engine named: the file sized is what runs, so a crash the sizing does not explain names no cause
                // (one on a card it fits with room to spare is "not memory", a cause: those are left out below)
                "%s in ollama on my %s with %s RAM keeps crashing, what is wrong?",
                "%s on my %s (%s RAM) gives strange answers, did I set something up wrong?",
                "%s on my %s with %s RAM repeats itself endlessly, what did I configure wrong?",
                "我的 %2$s，内存 %3$s，用 ollama 跑 %1$s 老是崩溃，是哪里不对？",
        };
        String[] models = {"qwen2.5 14b", "llama 2 13b", "mistral 7b", "qwen2.5 32b", "llama3.1 8b"};
        String[] cards = {"RTX 3060 8GB", "GTX 1660 6GB", "RTX 4060 8GB", "RTX 3080 10GB", "GTX 1060 6GB"};
        String[] ram = {"16GB", "32GB", "64GB"};
        Set<Verdict> seen = new java.util.HashSet<>();
        List<String> checked = new ArrayList<>();
        int n = 0;
        // every model on every card: the setups the sizing leaves causeless are a minority once a crash on a card with room
        // to spare is "not memory", so all pairs are asked
        for (String form : forms) {
            for (int i = 0; i < models.length * cards.length; i++) {
                String q = String.format(form, models[i % models.length], cards[(i / models.length + n) % cards.length], ram[i % ram.length]);
                n++;
                Answer a = ask("baseline-" + n, q);
                if (a.cause() != null || a.verdict() == null) continue; // a cause was named: the diagnosis' own verdict
                String text = a.reply().toText(false);
                if (!text.contains("Our estimate") && !text.contains("我们的估算")) continue;
                Verdict stated = text.contains("fits entirely in GPU memory") || text.contains("fits in GPU memory, split")
                        || text.contains("能全部放进显存") ? Verdict.FITS
                        : text.contains("only part of it fits") || text.contains("runs on the CPU alone") || text.contains("显存只放得下一部分")
                        || text.contains("只能在 CPU 上") ? Verdict.OFFLOAD : Verdict.NO;
                assertThat(a.verdict()).as(q + "\n" + text).isEqualTo(stated);
                seen.add(stated);
                checked.add(q);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
        assertThat(seen).contains(Verdict.FITS, Verdict.OFFLOAD);
    }
}
