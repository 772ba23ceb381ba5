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
 * The cache's quantization as a front end's load settings name it ("K/V Cache Quantization Type = Q8_0", LM Studio's "K Cache
 * Quantization Type: Q4_0") sets the KV cache's type, never the weights': the model's own quant named beside it stays the
 * weight format. A quantization type named without the cache is the weights'.
 */
class KvCacheSettingFormsTest {

    private static final List<String> SETTINGS = List.of("K/V Cache Quantization Type = %s", "**K/V Cache Quantization Type = %s**",
            "K Cache Quantization Type: %s", "KV cache quantization: %s", "V Cache Quantization Type %s", "kv_cache_quantization_type=%s");
    private static final Map<String, KvCacheType> VALUES = Map.of("Q8_0", KvCacheType.Q8_0, "q4_0", KvCacheType.Q4_0, "F16", KvCacheType.F16);
    private static final List<String> FRAMES = List.of(
            "In LM Studio with Hermes-4-14B (Q5_K_M), Context Length = 65536 and %s, the loaded context is only 6656 on my 24 GB Mac. Why?",
            "LM Studio 加载 qwen3 14b Q5_K_M，%s，上下文 32768，24G 内存不够吗？");

    @TestFactory
    Stream<DynamicTest> theSettingSetsTheCacheNotTheWeights() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : FRAMES)
            for (String setting : SETTINGS)
                VALUES.forEach((value, type) -> {
                    String text = frame.formatted(setting.formatted(value));
                    tests.add(DynamicTest.dynamicTest(text, () -> {
                        Question q = Parsers.PARSER.parse(text);
                        assertThat(q.kvType()).as(text).isEqualTo(type);
                        assertThat(q.format()).as(text).isEqualTo(WeightFormat.Q5_K_M);
                    }));
                });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aQuantizationTypeWithoutTheCacheIsTheWeights() {
        return Stream.of("Quantization Type = Q8_0 for qwen3 14b on my 24 GB Mac, is that too much?",
                "量化类型选 Q8_0，qwen3 14b，24G 的 Mac 够吗？").map(text -> DynamicTest.dynamicTest(text, () -> {
                    Question q = Parsers.PARSER.parse(text);
                    assertThat(q.format()).as(text).isEqualTo(WeightFormat.Q8_0);
                    assertThat(q.kvType()).as(text).isNull();
                }));
    }
}
