package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next step of a diagnosis says only what the sizing bears out: a smaller format that puts the model all in GPU
 * memory is named with its size when one does, and not promised when none does (DeepSeek-R1 beside a 16 GB card); beside
 * a cause that rules memory out, no "check what else holds memory" remains, only the engine's lines and the GPU's monitor.
 */
class NextStepTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static Reply reply(String question) {
        return assembly.advisor().answer("next-step", question).reply();
    }

    @Test
    void aModelNoFormatOfWhichFitsTheCardIsNotToldThatASmallerFormatWould() {
        // given DeepSeek-R1 at Q4_K_M under KTransformers on a 16 GB card with 512 GB of RAM
        Reply r = reply("I run DeepSeek-R1 Q4_K_M with ktransformers on my RTX 4080 16GB and 512GB RAM; after loading RAM use shows only 8GB, is that normal?");
        // then the next step says that no format fits the card, not that a smaller one puts it all in GPU memory
        assertThat(r.nextStep()).isNotNull();
        assertThat(r.nextStep().baseline()).isEqualTo(NextStep.Baseline.SPILLS);
        assertThat(r.nextStep().text()).contains("no format of it fits entirely in this GPU memory").doesNotContain("a smaller format");
        assertThat(r.notes()).contains(r.nextStep().text());
    }

    @Test
    void aSmallerFormatThatFitsIsNamedWithItsSize() {
        // given a 32B at Q6_K on a 16 GB card, no cause in the message
        Reply r = reply("docker运行qwen2.5 32b Q6_K，一个4080显卡显存16G，内存64G，模型加载成功后内存仅有8G多，这个正常吗？");
        // then the next step names the format that fits entirely, with its size, and no shorter context (the weights fill the card)
        assertThat(r.nextStep()).isNotNull();
        assertThat(r.nextStep().text()).contains("换更小的量化格式 Q2_K（").contains("GB）可以全部放进显存").doesNotContain("更短的上下文");
    }

    @Test
    void aCauseThatRulesMemoryOutLeavesNoMemoryCheck() {
        // given a crash of a 7B that fits a 24 GB card with room to spare
        Reply r = reply("llama.cpp crashes on my RTX 4090 when loading qwen2.5 7b Q4_K_M, what's wrong?");
        // then the headline rules memory out and the next step asks for llama.cpp's own lines and a look at the GPU's monitor
        assertThat(r.headline()).startsWith("Not a memory problem");
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("what else holds GPU memory"));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("To see what fails, paste llama.cpp's start-up and error lines")
                .contains("watch nvidia-smi while it runs").endsWith("does it hold the model?"));
    }
}
