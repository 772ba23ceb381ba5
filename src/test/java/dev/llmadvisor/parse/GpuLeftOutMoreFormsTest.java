package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the GPU left out in these words, then it is read ({@link GpuNotUsedForms}): the run said to go all on the CPU
 * ("run all on CPU and system RAM"), the model said not to load into the GPU ("cannot be loaded into the GPU"), the card or
 * its driver said to be unusable ("installed but cannot be used normally"), and the GPU's load said to be none (GPU负荷没有).
 * Not a run split with the GPU, a purpose the card cannot serve, or a limit the load stays under.
 */
class GpuLeftOutMoreFormsTest {

    private static boolean read(String s) {
        return GpuNotUsedForms.said(s.toLowerCase(java.util.Locale.ROOT), false);
    }

    @Test
    void theseFormsTellTheGpuLeftOut() {
        for (String s : List.of("same setting as before, but run all on CPU and system RAM.", "it runs all on the CPU now",
                "after updating, the gemma2:9b model cannot be loaded into the GPU.", "the model is not offloaded to the GPU at all",
                "the rocm driver rx7900xtx has been installed but cannot be used normally.", "my RTX 3060 cannot be used by ollama",
                "qwen2.5 7b 跑起来GPU负荷没有，CPU满了", "显卡负载一直没有变化。")) {
            assertThat(read(s)).as(s).isTrue();
        }
    }

    @Test
    void givenTheGpuAsTheOneThatDoesNoWorkThenItIsLeftOut() {
        for (String s : List.of("I downloaded the 32b version. The GPU doesn't even touch it.", "The GPU doesn't even touching it",
                "my GPU isn't doing anything while ollama answers", "the graphics card never kicks in",
                "The video card does nothing during generation", "my gpu is not doing any work", "the GPU did not participate at all")) {
            assertThat(read(s)).as(s).isTrue();
        }
        // one GPU of several idle is a split, and a card not working may be broken: neither is the GPU left out
        for (String s : List.of("the second GPU does nothing", "the other GPU isn't doing anything", "my GPU isn't working since the update")) {
            assertThat(read(s)).as(s).isFalse();
        }
    }

    @Test
    void givenTheCardsMakeOrModelBeforeGpuThenItIsStillLeftOut() {
        // ollama #8399: "It did not use the nvidia H100 GPUs"; the make and model between the verb and "GPU" change nothing
        for (String s : List.of("It did not use the nvidia H100 GPUs", "ollama doesn't use my RTX 3090 GPU", "it won't use the AMD GPU",
                "llama.cpp will not use the 4060 GPU")) {
            assertThat(read(s)).as(s).isTrue();
        }
        // other words there are not a card's name: a GPU of several, or one asked about
        for (String s : List.of("it doesn't use the other GPU", "I did not use the second GPU for this run")) {
            assertThat(read(s)).as(s).isFalse();
        }
    }

    @Test
    void theseDoNot() {
        for (String s : List.of("it runs all on the CPU and GPU together", "the 3090 cannot be used for training a 70b model",
                "显卡占用没有超过80%", "the model loaded into the GPU fine")) {
            assertThat(read(s)).as(s).isFalse();
        }
    }
}
