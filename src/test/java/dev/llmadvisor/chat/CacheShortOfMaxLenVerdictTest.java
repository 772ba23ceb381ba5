package dev.llmadvisor.chat;

import dev.llmadvisor.reply.ReplyWriter;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static dev.llmadvisor.testing.RealAdvisors.assertTold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a serving engine's KV cache told short of the maximum length it was started with (vLLM's documented "No available
 * memory for the cache blocks", or told in words) and an answer that sized nothing (the card's memory not stated), then
 * the verdict is that the model fits, said in one line in the person's language: the engine sizes its cache only once the
 * weights are in GPU memory. Near misses: a plain out-of-memory with no such message gets no verdict from this rule, and a
 * verdict the sizing gave is kept.
 */
class CacheShortOfMaxLenVerdictTest {

    private static final List<String> MODELS = List.of("Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", "glm-4-9b-chat");

    private static final String ERROR = "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization`"
            + " when initializing the engine.";

    private static final List<String> EN = List.of("Serving {m} with vllm on my GPU fails at start-up:\n" + ERROR,
            "vllm serve {m} crashes, why?\n" + ERROR,
            "vllm serve {m} crashes with --max-model-len 131072, why? The KV cache is too small for the max model len");
    private static final List<String> ZH = List.of("用 vllm 部署 {m} 启动时报错：\n" + ERROR, "vllm 启动 {m} 失败，请问是什么原因？\n" + ERROR);

    @Test
    void aCacheShortOfTheMaximumLengthWithNothingSizedFits() {
        for (String m : MODELS) {
            for (String form : EN) check(form.replace("{m}", m), "which the engine sizes only once the weights are in GPU memory");
            for (String form : ZH) check(form.replace("{m}", m), "引擎是在权重放进显存之后才划出 KV 缓存的");
        }
    }

    private static void check(String q, String line) {
        assertTold(q, "vllm_kv_cache_too_small", Verdict.FITS, line);
    }

    @Test
    void aPlainOutOfMemoryOrAVerdictAlreadyGivenIsNotThisFit() {
        for (String m : MODELS) {
            String q = "Serving " + m + " with vllm on my GPU fails: torch.OutOfMemoryError: CUDA out of memory.";
            assertThat(String.join(" ", askAsShipped(q).reply().notes())).as(q)
                    .doesNotContain("which the engine sizes only once the weights are in GPU memory");
        }
        assertThat(ReplyWriter.cacheShortOfMaxLenAsReported(Verdict.NO, "vllm_kv_cache_too_small")).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.cacheShortOfMaxLenAsReported(Verdict.OFFLOAD, "vllm_kv_cache_too_small")).isEqualTo(Verdict.OFFLOAD);
        assertThat(ReplyWriter.cacheShortOfMaxLenAsReported(null, "context_too_large")).isNull();
        assertThat(ReplyWriter.cacheShortOfMaxLenAsReported(null, null)).isNull();
    }
}
