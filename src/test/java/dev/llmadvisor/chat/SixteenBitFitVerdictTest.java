package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory from a load with no dtype and no quantizing, when the cause found is a float32 load (rule "Out of
 * memory: loaded in 32-bit by default") and the model in 16 bits, as published, fits the card with room to spare, then
 * the verdict is fits: one setting (torch_dtype) undoes the failure, with no smaller format or more memory. When the
 * 16-bit estimate fills the card, the failure reported stands: no.
 */
class SixteenBitFitVerdictTest {

    private static final String OOM = "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 54.00 MiB.";

    @Test
    void aFloat32LoadOfAModelWhose16BitWeightsFitWithRoomToSpareFits() {
        for (String q : List.of(
                "GLM-4-9B-Chat on my RTX 3090 24GB: " + OOM,
                "Llama-2-13b-chat-hf on my A100 40GB: " + OOM,
                "THUDM/glm-4-9b-chat 在 3090 24G 上推理: " + OOM)) {
            Answer a = askAsShipped(q);
            assertThat(a.cause()).as(q).isEqualTo("unquantized");
            assertThat(a.reply().headline()).as(q).containsAnyOf("float32", "dtype");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        }
    }

    @Test
    void a16BitEstimateThatFillsTheCardLeavesTheFailureReportedANo() {
        String q = "Qwen2.5-7B-Instruct on my Tesla T4 16GB: " + OOM;
        Answer a = askAsShipped(q);
        assertThat(a.cause()).as(q).isEqualTo("unquantized");
        assertThat(a.verdict()).as(q).isEqualTo(Verdict.NO);
    }
}
