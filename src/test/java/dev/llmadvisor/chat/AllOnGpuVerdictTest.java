package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a run the person tells wholly on the GPU (every layer offloaded, ollama ps's "100% GPU", "runs entirely on the
 * card") on a setup our estimate puts partly in system RAM or rules out, then the verdict is that it fits, said in one
 * line in their language, whatever another engine of theirs does; not with a failure beside it, nor with the GPU told
 * unused, nor when it is only asked. The model told to fit the card's memory ("model fits in vram") fits even with the
 * GPU told unused (README rule F).
 */
class AllOnGpuVerdictTest {

    /** Setups our estimate does not fit on the card as read: Q8_0 of a 7-8B model on an 8 GB card, a 27B at 16k on 16 GB. */
    private static final List<String> SETUPS = List.of("qwen2.5 7b Q8_0 on my RTX 2060 Super 8GB", "llama 3.1 8b Q8_0 on an 8GB RTX 3070",
            "gemma3 27b Q4_K_M at 16k context on my 16GB RTX 4080");

    @Test
    void aRunToldWhollyOnTheGpuFits() {
        for (String s : SETUPS) {
            for (String f : List.of("{s}: in llama.cpp the model runs entirely on the GPU, but ollama puts part of it on the CPU. Why?",
                    "{s}\nload_tensors: offloaded 99/99 layers to GPU\nhow do I make ollama do the same?")) {
                String q = f.replace("{s}", s);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(said(a)).as(q).contains("You tell a run with the whole model on the GPU");
            }
            String zh = s + "，ollama ps 显示 100% GPU，已经全部加载到GPU了，但是回答很慢，为什么";
            Answer a = askAsShipped(zh);
            assertThat(a.verdict()).as(zh).isEqualTo(Verdict.FITS);
        }
    }

    @Test
    void givenTheModelToldToFitTheCardsMemory_thenItFitsEvenWithTheGpuToldUnused() {
        for (String s : SETUPS) {
            for (String f : List.of("{s}: the vulkan build is as slow as the cpu and probably not using the gpu (model fits in vram, and works in mainline)",
                    "{s}: why is it so slow when the model fits in VRAM?")) {
                String q = f.replace("{s}", s);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(said(a)).as(q).contains("You say the model fits in your GPU memory");
            }
        }
        String asked = "llama 3.1 8b Q8_0 on an 8GB RTX 3070: does the model fit in VRAM?";
        assertThat(said(askAsShipped(asked))).as(asked).doesNotContain("You say the model fits in your GPU memory");
    }

    @Test
    void aFailureTheGpuUnusedOrAQuestionKeepsTheEstimate() {
        for (String q : List.of("llama 3.1 8b Q8_0 on an 8GB RTX 3070\nload_tensors: offloaded 33/33 layers to GPU\nCUDA error: out of memory",
                "llama 3.1 8b Q8_0 on an 8GB RTX 3070: ollama ps shows 100% GPU but the model is not running on the GPU, it uses the CPU only",
                "can llama 3.1 8b Q8_0 run entirely on the GPU of my 8GB RTX 3070?")) {
            Answer a = askAsShipped(q);
            assertThat(said(a)).as(q).doesNotContain("You tell a run with the whole model on the GPU");
            assertThat(a.verdict()).as(q).isNotEqualTo(Verdict.FITS);
        }
    }

    private static String said(Answer a) {
        return a.reply().headline() + "\n" + String.join("\n", a.reply().notes());
    }
}
