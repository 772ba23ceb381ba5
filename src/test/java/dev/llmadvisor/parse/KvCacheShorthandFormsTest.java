package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KV cache's type as people write it without llama.cpp's flags: "Q4 cache", "8-bit KV cache", "KV cache in 4 bit",
 * TabbyAPI's "cache_mode: Q8", text-generation-webui's "--cache_8bit" and "cache_type q4", "8bit的KV缓存". It sets the
 * cache's type, never the weights': the weights keep the format named beside it, or none. ExLlama's Q6 cache has no
 * llama.cpp type; it is still never the weights' format.
 */
class KvCacheShorthandFormsTest {

    private static final Map<String, KvCacheType> FORMS = Map.ofEntries(
            Map.entry("Q4 cache", KvCacheType.Q4_0), Map.entry("q8 cache", KvCacheType.Q8_0),
            Map.entry("8-bit cache", KvCacheType.Q8_0), Map.entry("4bit kv cache", KvCacheType.Q4_0),
            Map.entry("8 bit KV cache", KvCacheType.Q8_0), Map.entry("fp8 cache", KvCacheType.FP8),
            Map.entry("FP16 cache", KvCacheType.F16), Map.entry("KV cache in 4 bit", KvCacheType.Q4_0),
            Map.entry("cache_mode: Q4", KvCacheType.Q4_0), Map.entry("cache_mode Q8", KvCacheType.Q8_0),
            Map.entry("cache_mode: FP16", KvCacheType.F16), Map.entry("--cache_type q8", KvCacheType.Q8_0),
            Map.entry("--cache_8bit", KvCacheType.Q8_0), Map.entry("--cache_4bit", KvCacheType.Q4_0),
            Map.entry("8bit的KV缓存", KvCacheType.Q8_0), Map.entry("KV缓存用4bit", KvCacheType.Q4_0));

    private record Frame(String text, WeightFormat weights) { }

    private static final List<Frame> FRAMES = List.of(
            new Frame("Can my 4090 run Qwen2.5 32B Q4_K_M with %s at 32k context?", WeightFormat.Q4_K_M),
            new Frame("Can my 4090 run Qwen2.5 32B with %s at 32k context?", null),
            new Frame("Llama 3.1 70B exl2 4.0bpw on two 3090s in TabbyAPI, %s, 32k context: will it fit?", WeightFormat.EXL2),
            new Frame("4090 跑 Qwen2.5 32B Q5_K_M，%s，32k 上下文够吗？", WeightFormat.Q5_K_M));

    @TestFactory
    Stream<DynamicTest> theCacheTypeIsReadAndTheWeightsKeepTheirs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Frame frame : FRAMES)
            FORMS.forEach((form, type) -> {
                String text = frame.text().formatted(form);
                tests.add(DynamicTest.dynamicTest(text, () -> {
                    Question q = Parsers.PARSER.parse(text);
                    assertThat(q.kvType()).as(text).isEqualTo(type);
                    assertThat(q.format()).as(text).isEqualTo(frame.weights());
                }));
            });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> exllamasQ6CacheIsNeverTheWeights() {
        return FRAMES.stream().map(frame -> frame.text().formatted("cache_mode: Q6")).map(text -> DynamicTest.dynamicTest(text, () -> {
            Question q = Parsers.PARSER.parse(text);
            assertThat(q.kvType()).as(text).isNull();
            assertThat(q.format()).as(text).isNotEqualTo(WeightFormat.Q6_K);
        }));
    }

    /** A width or quant beside other words about caching is the weights'. */
    @TestFactory
    Stream<DynamicTest> nearMissesAreTheWeights() {
        return Map.of("Can my 4090 run Qwen2.5 32B Q4_K_M with the prompt cache on?", WeightFormat.Q4_K_M,
                "Can my 4090 run the 8-bit Qwen2.5 14B cached in RAM?", WeightFormat.Q8_0,
                "Qwen2.5 32B q4 on a 4090, cache-friendly prompts, is it fast?", WeightFormat.Q4_K_M,
                "4090 跑 Qwen2.5 32B 的 Q4 量化，开了缓存，速度多少？", WeightFormat.Q4_K_M).entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Question q = Parsers.PARSER.parse(e.getKey());
                    assertThat(q.kvType()).as(e.getKey()).isNull();
                    assertThat(q.format()).as(e.getKey()).isEqualTo(e.getValue());
                }));
    }
}
