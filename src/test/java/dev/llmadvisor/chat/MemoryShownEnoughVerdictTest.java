package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a failure whose cause the diagnosis finds in the engine because a run on the same machine shows the memory is
 * there (the same model under another engine, or a larger model under this one), and no model we can size, then the
 * answer's verdict is that it fits, as its headline says; a failure with no such run keeps no verdict.
 */
class MemoryShownEnoughVerdictTest {

    @Test
    void aRunOnTheSameMachineThatShowsTheMemoryIsEnoughFits() {
        for (String q : List.of("BUG: Failed to launch my model using Xinference but works fine in pure llama_cpp python",
                "There is 24 GB of VRAM and Ollama decides to use only 12 for this model. Other larger models load correctly.",
                "启动模型报错，但是在 linux 上正常")) {
            Answer a = askAsShipped(q);
            assertThat(a.reply().headline()).as(q).containsAnyOf("memory is enough", "显存是够的", "显存够");
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        }
    }

    @Test
    void aFailureWithNoRunThatWorksHasNoVerdict() {
        String q = "BUG: Failed to launch my model using Xinference";
        assertThat(askAsShipped(q).verdict()).as(q).isNull();
    }
}
