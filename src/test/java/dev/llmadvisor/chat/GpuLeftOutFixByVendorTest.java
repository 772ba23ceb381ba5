package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GPU left out gets the fix for the card's maker and the engine run: an AMD card under Ollama the ROCm list, its
 * override and the Vulkan backend (Ollama's docs/gpu.md), llama.cpp built for HIP or Vulkan; an Intel card llama.cpp
 * built for SYCL or Vulkan; an NVIDIA card the driver and CUDA build; LM Studio its runtime and GPU offload settings, even
 * when the llama.cpp lines it prints are pasted. No card's fix names another maker's stack, and a question with no log
 * pasted shows no "the log shows" line.
 */
class GpuLeftOutFixByVendorTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static String fix(String question) {
        Answer a = RealAdvisors.shared().answer("gpu-fix-" + CONVERSATION.incrementAndGet(), question);
        assertThat(a.cause()).as(question).isEqualTo("gpu_not_used");
        return a.reply().toText(false);
    }

    @Test
    void anAmdCardUnderOllamaGetsRocmsListItsOverrideAndVulkan() {
        for (String q : List.of("Why does ollama use my CPU instead of GPU? I have a RX 6600",
                "ollama is not using my Radeon RX 6700 XT, everything runs on the CPU")) {
            assertThat(fix(q)).as(q).contains("HSA_OVERRIDE_GFX_VERSION").contains("Vulkan").doesNotContain("CUDA").doesNotContain("NVIDIA");
        }
        assertThat(fix("为什么ollama不用我的RX 6700 XT显卡，全在CPU上跑？")).contains("HSA_OVERRIDE_GFX_VERSION").doesNotContain("CUDA");
    }

    @Test
    void anAmdOrIntelCardUnderLlamaCppGetsItsOwnBuild() {
        assertThat(fix("llama.cpp doesn't use my RX 7900 XTX, everything runs on the CPU")).contains("-DGGML_HIP=ON").doesNotContain("GGML_CUDA");
        assertThat(fix("llama.cpp doesn't use my Arc A770, everything runs on the CPU")).contains("-DGGML_SYCL=ON").doesNotContain("GGML_CUDA");
    }

    @Test
    void anNvidiaCardKeepsTheCudaFixAndNoLogLineIsShownWithoutALog() {
        String reply = fix("ollama runs on cpu only, my gpu is a 3060");
        assertThat(reply).contains("CUDA").doesNotContain("HSA_OVERRIDE").doesNotContain("The log shows");
    }

    @Test
    void noEngineNamedGetsOllamasAndLlamaCppsFixNotLlamaCppsAlone() {
        // given a card left out and no engine named: then the fix is not presumed to be a llama.cpp build
        for (String q : List.of("my RTX 3060 is not used at all, everything runs on the CPU", "我的RTX 3060显卡没有被调用，全在CPU上跑")) {
            assertThat(fix(q)).as(q).contains("Ollama").contains("llama.cpp").contains("CUDA");
        }
        assertThat(fix("my RX 7900 XTX is not used at all, everything runs on the CPU")).contains("HSA_OVERRIDE_GFX_VERSION", "-DGGML_HIP=ON");
    }

    @Test
    void lmStudioGetsItsRuntimeAndOffloadSettingsNotABuildFlag() {
        for (String q : List.of("LM Studio doesn't use my RTX 3060 anymore, everything runs on the CPU",
                "LM Studio 0.2.31 is not using my RTX 3060, it runs all on CPU and system RAM\n"
                        + "llama_model_load: offloaded 0/33 layers to GPU")) {
            assertThat(fix(q)).as(q).contains("LM Studio", "runtime", "GPU offload").doesNotContain("cmake").doesNotContain("-ngl 99");
        }
    }
}
