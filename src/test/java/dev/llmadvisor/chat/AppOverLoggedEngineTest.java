package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a diagnosis where the person names an app (read as another engine) and pastes PyTorch's own out-of-memory line,
 * then the estimate follows the engine the log shows: transformers loads the published 16-bit weights, so the model is
 * judged at F16, not at the Q4_K_M a GGUF engine would pull (the corpus' label rule B: an app is "other" unless the
 * text shows the engine's own log lines).
 */
class AppOverLoggedEngineTest {

    private static final String LOG = " torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 32.00 GiB. "
            + "GPU 0 has a total capacty of 79.33 GiB of which 19.10 GiB is free.";

    @Test
    void theLoggedEngineSetsTheFormatJudgedWhenOnlyAnAppIsNamed() {
        String zh = "qwen2_vl-7b模型，A800 80G显存，图片用llamafactory的方式resize，推理报错OOM，这个正常吗" + LOG;
        String en = "Qwen2-VL-7B on an A800 80G, images resized the llamafactory way, inference fails with OOM, is this normal?" + LOG;
        for (String text : new String[] {zh, en}) {
            Answer a = askAsShipped(text);
            String reply = a.reply().toText(false);
            assertThat(reply).as(text).contains("F16").doesNotContain("Q4_K_M");
        }
    }
}
