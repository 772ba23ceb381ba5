package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed far below its estimate on a setup that keeps the model on the GPU, then the monitor the check names is
 * the one of the person's GPU, as a diagnosis names it: rocm-smi on a Radeon, nvidia-smi on an NVIDIA card.
 */
class SpeedMonitorTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    private static String headline(String question) {
        return assembly.advisor().answer("speed-monitor", question).reply().headline();
    }

    @Test
    void givenARadeonThenRocmSmi() {
        assertThat(headline("I run Qwen2.5 7B Instruct with vLLM on my RX 7900 XTX and get only 3 tok/s, is this normal?"))
                .contains("(rocm-smi)").doesNotContain("nvidia-smi");
    }

    @Test
    void givenAnNvidiaCardThenNvidiaSmi() {
        assertThat(headline("I run Qwen2.5 7B Instruct with vLLM on my RTX 4090 and get only 3 tok/s, is this normal?"))
                .contains("(nvidia-smi)");
    }
}
