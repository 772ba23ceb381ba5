package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static dev.llmadvisor.testing.RealAdvisors.assertTold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an out-of-memory at a context the person set themselves, diagnosed as the KV cache of that context, then as
 * asked it does not run: the verdict is no, said in one line in their language, though a shorter context would fit.
 * The same failure with no context stated (ours was assumed), or a context that runs, is not this no.
 */
class TheirContextOomVerdictTest {

    private static final List<String> EN = List.of(
            "Llama 3 8B on my RTX 4090 with llama.cpp: CUDA out of memory when I set -c 131072. Why?",
            "Qwen2.5 7B on an RTX 3090, context length 128k, it crashes with out of memory while loading",
            "Mistral 7B on my RTX 4060 Ti 16GB with llama.cpp: out of memory at -c 65536, what is wrong?");

    private static final List<String> ZH = List.of(
            "4060 Ti 16G 用 llama.cpp 跑 Mistral 7B，-c 65536 时显存不足",
            "3090 上跑 Qwen2.5 7B，上下文长度 128k，一加载就显存不足");

    @Test
    void anOutOfMemoryAtTheContextTheySetIsANo() {
        for (String q : EN) no(q, "At the context you set");
        for (String q : ZH) no(q, "按你设定的上下文");
    }

    private static void no(String q, String note) {
        assertTold(q, "context_too_large", Verdict.NO, note);
    }

    @Test
    void aContextTheyDidNotSetOrOneThatRunsIsNotThisNo() {
        for (String q : List.of(
                // no context stated: the KV cache that overflowed is of a context we assumed
                "Llama 3 8B on my RTX 4090 with llama.cpp: CUDA out of memory with long prompts. Why?",
                "4090 跑 Llama 3 8B，输入一长就爆显存",
                // a context they set that runs
                "Qwen2.5 7B on my RTX 4090 with llama.cpp runs fine with -c 32768, 40 tok/s")) {
            Answer a = askAsShipped(q);
            assertThat(String.join(" ", a.reply().notes())).as(q).doesNotContain("At the context you set").doesNotContain("按你设定的上下文");
        }
    }
}
