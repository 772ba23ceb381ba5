package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weights "as you tried it" are counted in the GB the sizing and the GPU memory are counted in: a failed 16-bit
 * Llama 2 70B is about 128.5 GB of weights, as its sized option says, not 138 (decimal bytes beside binary GB).
 */
class WeightsAsTriedUnitsTest {

    @Test
    void givenAFailedSixteenBitRunThenItsWeightsAreTheFigureTheSizingGives() {
        Answer a = RealAdvisors.asShippedOffline().advisor().answer("weights-as-tried",
                "Failed to run Llama 2 70B model with tp_size = 2. Built the engine with --dtype float16 and ran it on 2xA100 80G, error: Traceback");
        String text = a.reply().toText(true);
        assertThat(text).contains("about 128.5 GB of weights").contains("128.5 GB weights").doesNotContain("138.0");
    }
}
