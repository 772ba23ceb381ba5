package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine without a GPU asked whether a model runs: the CPU is what they asked about, so the first line is a yes on the
 * CPU with its speed, not "Only on the CPU", which reads as a limit of a machine that has a GPU.
 */
class CpuOnlyYesTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static String headline(String question) {
        return assembly.advisor().answer("cpu-only-yes", question).reply().headline();
    }

    @Test
    void aModelThatRunsOnAMachineWithoutAGpuIsAYesWithItsSpeed() {
        // given a laptop with no GPU and 32 GB of RAM, asked in English and in Chinese about an 8B and a 7B
        String en = headline("can I run llama 3.1 8b on my laptop with 32GB RAM and no GPU?");
        String zh = headline("没有显卡，32G内存，能跑 qwen2.5 7b 吗？");
        // then the answer is a yes on the CPU with the speed, not "only"
        assertThat(en).startsWith("Yes, on the CPU: Llama 3.1 8B Instruct").contains("runs from system RAM at about").doesNotContain("Only");
        assertThat(zh).startsWith("可以，在 CPU 上跑：Qwen2.5 7B Instruct").contains("tokens/s");
    }
}
