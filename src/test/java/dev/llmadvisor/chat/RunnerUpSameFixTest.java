package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/** A runner-up cause is shown only when its fix differs from the top cause's: the same fix twice tells the person nothing more. */
class RunnerUpSameFixTest {

    @Test
    void aRunnerUpWithTheTopCausesFixIsNotShown() {
        // given Ollama on Windows refusing an AMD card (no override there) and running on the CPU: the top cause and the
        // "GPU not used" runner-up both carry the same fix (a release or build with the card's gfx target)
        Answer a = askAsShipped("ollama does not use my GPU. log:\n"
                + "time=2024-03-01T10:00:00 level=WARN source=amd_windows.go:95 msg=\"amdgpu is not supported\" gpu=0 gpu_type=gfx1032 "
                + "library=\"C:\\Program Files\\AMD\\ROCm\\5.7\\bin\" supported_types=\"[gfx1030 gfx1100 gfx1101 gfx1102 gfx906]\"\n"
                + "time=2024-03-01T10:00:00 level=INFO source=types.go:71 msg=\"inference compute\" id=0 library=cpu compute=\"\" "
                + "driver=0.0 name=\"\" total=\"31.9 GiB\" available=\"20.4 GiB\"");
        assertThat(a.cause()).isEqualTo("unsupported_hardware");
        assertThat(a.reply().options()).extracting(Reply.Option::title).contains("Fix").doesNotContain("Also possible");
        // then the headline quotes Ollama's message, not the line's timestamp
        assertThat(a.reply().headline()).contains("\"amdgpu is not supported\"").doesNotContain("time=2024");
    }
}
