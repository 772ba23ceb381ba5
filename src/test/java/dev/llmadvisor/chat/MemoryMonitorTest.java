package dev.llmadvisor.chat;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A diagnosis that finds no cause where the setup fits says what to check next with the person's own tool: a Mac shares
 * its memory with macOS and open apps (Activity Monitor), an AMD card has rocm-smi, an Intel one xpu-smi; nvidia-smi is NVIDIA's.
 */
class MemoryMonitorTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static String answer(String question) {
        var reply = ADVISOR.answer("monitor " + question, question).reply();
        return String.join("\n", reply.notes());
    }

    @Test
    void theNextCheckNamesThePlatformsOwnTool() {
        Map<String, String> machines = Map.of("an RX 7900 XTX", "rocm-smi", "an RTX 4090", "nvidia-smi",
                "an M2 Pro 32GB", "Activity Monitor", "a MacBook Air M3 24GB", "Activity Monitor", "an Arc A770 16GB", "xpu-smi");
        for (var m : machines.entrySet()) {
            for (String frame : List.of("Extremely slow, my computer freezes. I use %s with llama3 8b",
                    "llama3 8b is unusably slow and everything hangs, running it on %s")) {
                String q = String.format(frame, m.getKey());
                String notes = answer(q);
                assertThat(notes).as(q).contains(m.getValue());
                if (!m.getValue().equals("nvidia-smi")) assertThat(notes).as(q).doesNotContain("nvidia-smi");
            }
        }
        assertThat(answer("llama3 8b 特别慢，电脑都卡住了，我的是 M2 Pro 32G")).contains("活动监视器").doesNotContain("nvidia-smi");
    }

    @Test
    void mlxOnAMacIsNotToldToWatchNvidiaSmi() {
        String q = "mlx_lm.generate with qwen3 14b 4bit on my M2 Air 16GB is really slow, 2 tok/s";
        var reply = ADVISOR.answer("monitor mlx", q).reply();
        assertThat(reply.headline()).contains("Activity Monitor").doesNotContain("nvidia-smi");
    }
}
