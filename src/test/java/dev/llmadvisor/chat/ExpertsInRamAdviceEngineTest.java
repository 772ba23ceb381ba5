package dev.llmadvisor.chat;

import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a slow MoE run with its experts in system RAM, then the advice to keep more experts on the GPU names llama.cpp's
 * --n-cpu-moe only to someone running llama.cpp: a KTransformers or Ollama user is told what helps without a flag their
 * engine does not have.
 */
class ExpertsInRamAdviceEngineTest {

    private static final String RUN = "DeepSeek-V3 Q4_K_M on one H20 96G with 512GB RAM %s runs very slow, is this normal?";

    @Test
    void theLlamaCppFlagGoesOnlyToALlamaCppUser() {
        String llama = askAsShipped(String.format(RUN, "in llama.cpp")).reply().headline();
        assertThat(llama).contains("in system RAM").contains("--n-cpu-moe");
        for (String engine : new String[] {"in ktransformers", "with ollama"}) {
            String q = String.format(RUN, engine);
            String headline = askAsShipped(q).reply().headline();
            assertThat(headline).as(q).contains("more GPU memory to hold more of the experts").doesNotContain("--n-cpu-moe");
        }
    }
}
