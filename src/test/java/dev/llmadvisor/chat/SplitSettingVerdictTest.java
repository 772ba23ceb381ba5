package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a diagnosis of the split over the cards (data parallelism putting a whole copy on each card) where nothing could
 * be sized, then the fix is how the engine spreads the model, so the verdict is a fit once split, said in one line in the
 * person's language; not when the load fails at all, and an out-of-memory with no split named stays a no as tried.
 */
class SplitSettingVerdictTest {

    @Test
    void aSplitOverTheCardsWithNothingSizedFitsOnceSplit() {
        for (String q : List.of("Serving Mixtral 8x7B with vllm --data-parallel-size 2 on my two GPUs runs out of memory on both, why?",
                "用 sglang 部署 Llama 3.1 70B，--dp-size 4，四张卡都爆显存了，是什么问题")) {
            Answer a = askAsShipped(q);
            assertThat(a.cause()).as(q).isEqualTo("multi_gpu_split");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            assertThat(String.join(" ", a.reply().notes())).as(q).containsAnyOf("how the model is spread over the cards", "模型怎样分到各张卡上");
        }
    }

    @Test
    void aSplitWhoseLoadFailsAtAllStatesNoFit() {
        String q = "I have two RTX 3090s, only one GPU is used and it can't load the model at all";
        assertThat(askAsShipped(q).verdict()).as(q).isNotEqualTo(Verdict.FITS);
    }

    @Test
    void anOutOfMemoryWithNoSplitNamedStaysANo() {
        String q = "My RTX 3090 runs out of memory, why?";
        assertThat(askAsShipped(q).verdict()).as(q).isEqualTo(Verdict.NO);
    }
}
