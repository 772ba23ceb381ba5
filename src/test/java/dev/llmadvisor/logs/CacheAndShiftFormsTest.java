package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two message families read from the engines' source, in generated frames: LMDeploy TurboMind's failures of the k/v
 * cache it takes up front (its out-of-memory, "No enough cache entries"), which are the context's unless the weights
 * alone exceed the card; and llama.cpp's abort when a full context cannot be shifted ("does not support K-shift", in
 * each release's wording), which is a context set too small, not memory.
 */
class CacheAndShiftFormsTest {

    private static final List<String> TM_OOM = List.of(
            "RuntimeError: [TM][ERROR] CUDA runtime error: out of memory /lmdeploy/src/turbomind/utils/allocator.h:{l}",
            "[TM][ERROR] CUDA runtime error: out of memory /opt/lmdeploy/src/turbomind/core/allocator.cc:{l}\nAborted (core dumped)",
            "terminate called after throwing an instance of 'std::runtime_error'\n  what():  [TM][ERROR] CUDA runtime error: out of memory /lmdeploy/src/turbomind/utils/allocator.h:{l}");
    private static final List<String> SETUPS = List.of(
            "lmdeploy serve api_server internlm/internlm2-chat-7b --server-port 23333 on an RTX 3090",
            "用 lmdeploy chat 跑 Qwen2.5-7B-Instruct，显卡是 4090",
            "pipeline('internlm/internlm2_5-7b-chat') with TurbomindEngineConfig() on one A10");

    @Test
    void turboMindRunningOutOfMemoryIsItsCacheShare() {
        int line = 220;
        for (String setup : SETUPS)
            for (String f : TM_OOM) {
                String text = setup + "\n" + f.replace("{l}", Integer.toString(line++));
                assertThat(LogReader.read(text).cacheShareOom()).as(text).isTrue();
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("context_too_large");
            }
    }

    @Test
    void turboMindRunningOutOfMemoryWithWeightsLargerThanTheCardIsTheModel() {
        for (String f : TM_OOM) {
            String text = "lmdeploy serve api_server meta-llama/Llama-2-70b-chat-hf on a single RTX 3090 24GB\n" + f.replace("{l}", "231");
            assertThat(RealAdvisors.diagnosedCause(text)).as(text).isNotEqualTo("context_too_large");
        }
    }

    @Test
    void turboMindRunningOutOfMemoryWithASmallCacheShareSetIsTheModel() {
        // InternVL #465: an A100 40GB, still out of memory with the share at 0.01
        List<String> set = List.of("lmdeploy chat /root/InternVL/ --cache-max-entry-count 0.01",
                "pipeline(path, backend_config=TurbomindEngineConfig(cache_max_entry_count=0.05)) 在 A100 40G 上",
                "lmdeploy serve api_server ./model --cache-max-entry-count .1 on an A10");
        for (String setup : set)
            for (String f : TM_OOM) {
                String text = setup + "\n" + f.replace("{l}", "32");
                assertThat(LogReader.read(text).smallCacheShare()).as(text).isTrue();
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("model_too_large");
            }
        // the default share, or one set high, is still the reservation that fails
        String high = "lmdeploy chat internlm/internlm2-chat-7b --cache-max-entry-count 0.8 on an RTX 3090\n" + TM_OOM.get(0).replace("{l}", "32");
        assertThat(LogReader.read(high).smallCacheShare()).isFalse();
        assertThat(RealAdvisors.diagnosedCause(high)).isEqualTo("context_too_large");
    }

    @Test
    void turboMindOutOfCacheEntriesIsTheContext() {
        for (int n : List.of(62, 118, 231))
            for (String lead : List.of("benchmark with 8 concurrent users fails:", "并发 8 个请求时报错：")) {
                String text = lead + "\n[TM][ERROR] No enough cache entries. Assertion fail: /lmdeploy/src/turbomind/models/llama/LlamaCacheManager.cc:" + n;
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("context_too_large");
            }
    }

    @Test
    void aFullContextThatCannotShiftIsNotMemory() {
        for (String m : List.of("The current context does not support K-shift", "The current KV cache / model configuration does not support K-shift",
                "Deepseek2 does not support K-shift"))
            for (String frame : List.of("llama.cpp:{n}: {m}", "Jan 27 16:32:52 host ollama[1319]: /src/llama-kv-cache.cpp:{n}: GGML_ABORT {m}",
                    "ollama 长回答时崩溃：\n{m}")) {
                String text = "deepseek-r1 keeps crashing on long answers with num_ctx 4096\n" + frame.replace("{n}", "11968").replace("{m}", m);
                assertThat(LogReader.read(text).contextFull()).as(text).isTrue();
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("other");
            }
    }
}
