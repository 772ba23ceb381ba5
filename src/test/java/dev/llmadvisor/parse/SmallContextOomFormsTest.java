package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a text, then it tells an out-of-memory that happens even at a small context, or it does not. */
class SmallContextOomFormsTest {

    private static final List<String> SMALL = List.of("a very small context size (128)", "tiny max_total_tokens", "a context of 512",
            "-c 2048", "a 2k context", "ctx-size 1024", "max_model_len=2048", "the smallest context", "num_ctx set to 512",
            "a short context", "a 1k context window");

    @Test
    void anOutOfMemoryEvenAtASmallContextIsTold() {
        for (String s : SMALL) {
            for (String t : List.of("Even with " + s + ", I encounter an Out of Memory error.",
                    "I get CUDA OOM even with " + s + ".", "It fails to allocate even at " + s + ".")) {
                assertThat(SmallContextOomForms.told(t)).as(t).isTrue();
            }
        }
        for (String t : List.of("即使上下文设成512也爆显存", "即使把上下文调到最小还是显存不足", "就算 max_model_len 设为 1024 也 OOM",
                "哪怕上下文长度改成2048，显存不够", "甚至 n_ctx=1024 都 out of memory")) {
            assertThat(SmallContextOomForms.told(t)).as(t).isTrue();
        }
    }

    @Test
    void aLargeContextAnOutputLengthOrNoFailureIsNot() {
        for (String t : List.of(
                "even after I reduced max-model-len from 26000 to 16384, still OOM",
                "I didn't understand this all even if I set the max_tokens to 1024 in LLM.",
                "OOM with context 8192 even with ubatch 512",
                "Even with a 2k context it runs at 20 tok/s",
                "CUDA out of memory when loading the model",
                "Out of memory at 32k context; with a 2k context it works.",
                "even with 512 MB free it says out of memory",
                "上下文设成512可以正常运行",
                "显存不足，上下文是32768",
                "llama-cli -m model.gguf -c 2048\nCUDA error: out of memory",
                // a plain "still" or 也 is as often one setting tried among others
                "I still get CUDA OOM with a context of 512", "上下文设成512也爆显存", "n_ctx=1024 还是 out of memory")) {
            assertThat(SmallContextOomForms.told(t)).as(t).isFalse();
        }
    }
}
