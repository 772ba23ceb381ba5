package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a run said to be slow on Windows with an NVIDIA card the model all but fills, then the answer names the driver's
 * shared-memory fallback and how to rule it out (NVIDIA support answer 5490; llama.cpp #4498; koboldcpp #1294: "very low
 * generation speeds despite the entire model fitting on my gpu … my new one has windows 11"). Near misses get no such
 * line: the same run on Linux, a model that leaves room on the card, a run not said to be slow.
 */
class SharedMemoryFallbackTest {

    private static boolean namesFallback(Answer a) {
        return a.reply().notes().stream().anyMatch(n -> n.contains("Sysmem Fallback") || n.contains("系统内存回退"));
    }

    @Test
    void slowOnWindowsNearTheCardsLimitNamesTheDriversFallback() {
        for (String q : List.of(
                "I have an RTX 4050 6gb and 16gb ram and am running ministral 8b but generation is very slow. Windows 11",
                "windows系统，4060 8G 跑 qwen2.5 7b q6_k 很慢，为什么")) {
            Answer a = askAsShipped(q);
            assertThat(namesFallback(a)).as(q).isTrue();
        }
    }

    @Test
    void noFallbackLineOffWindowsWithRoomToSpareOrWhenNotSlow() {
        for (String q : List.of(
                "I have an RTX 4050 6gb and 16gb ram and am running ministral 8b but generation is very slow. Ubuntu 22.04",
                "windows 11, rtx 4090, llama 3 8b q4 is slow, why?",
                "can my rtx 4050 6gb run ministral 8b on windows 11?")) {
            Answer a = askAsShipped(q);
            assertThat(namesFallback(a)).as(q).isFalse();
        }
    }
}
