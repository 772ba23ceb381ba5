package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "It is slow, am I doing something wrong?" on a setup that fits with room to spare is answered with the speed first:
 * what the setup gives by our estimate and where the speed they see sits against it, then why memory is not the cause
 * (a reply that opened "Not a memory problem: …" left the question of the speed to the reader).
 */
class SlowDiagnosisSpeedFirstTest {

    private static final AtomicInteger CONVERSATION = new AtomicInteger();

    private static Answer answer(String question) {
        return RealAdvisors.shared().answer("slow-speed-first-" + CONVERSATION.incrementAndGet(), question);
    }

    @Test
    void aSpeedWithinTheEstimateIsSaidToBeWhatTheSetupGives() {
        Answer a = answer("llama 3.1 8b q4_k_m on my RTX 3090 with llama.cpp is very slow, only 100 tokens/s. Am I doing something wrong?");
        assertThat(a.understood().kind()).isEqualTo(Intent.DIAGNOSE);
        String head = a.reply().headline();
        assertThat(head).startsWith("Llama 3.1 8B Instruct Q4_K_M runs at about ").contains("tokens/s here by our estimate; the 100 tokens/s you see is")
                .contains("Not a memory problem").contains("room to spare").doesNotContain("check that the engine puts all of it on the GPU");
    }

    @Test
    void aSpeedFarBelowTheEstimatePointsAtThePlacement() {
        Answer a = answer("llama 3.1 8b q4_k_m on my RTX 3090 with llama.cpp is very slow, only 3 tokens/s. Am I doing something wrong?");
        assertThat(a.reply().headline()).contains("the 3.0 tokens/s you see is far below it").contains("all of it on the GPU");
    }
}
