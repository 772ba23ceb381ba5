package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a machine whose GPU shares one memory pool with the CPU that is not a Mac (a Jetson, DGX Spark, Strix Halo), then
 * the answer sizes it as that pool: the GPU's share of it, no system RAM apart to offload into, no second card to add.
 */
class UnifiedMemoryAnswerTest {

    private static String text(Answer a) {
        return a.reply().headline() + "\n" + String.join("\n", a.reply().notes());
    }

    @Test
    void aModelLargerThanTheGpusShareIsNoWithTheShareNamed() {
        Answer a = askAsShipped("Jetson Orin Nano 8GB: can it run Llama 3.1 70B?");
        assertThat(a.verdict()).isEqualTo(Verdict.NO);
        assertThat(text(a)).contains("shares one memory with the CPU").doesNotContain("system RAM").doesNotContain("second card");
    }

    @Test
    void aModelWithinTheGpusShareFits() {
        Answer spark = askAsShipped("DGX Spark 128GB: can it run gpt-oss-120b?");
        assertThat(spark.verdict()).isEqualTo(Verdict.FITS);
        assertThat(text(spark)).contains("shares one memory with the CPU");
        Answer orin = askAsShipped("Jetson Orin Nano 8GB 能跑 Qwen2.5 7B 吗");
        assertThat(orin.verdict()).isEqualTo(Verdict.FITS);
        assertThat(text(orin)).contains("共用同一块内存");
    }
}
