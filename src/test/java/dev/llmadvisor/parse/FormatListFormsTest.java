package dev.llmadvisor.parse;

import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formats named as a list ("Q5_K_S and Q4_K_M", "q4_0, q4_1", "BF16和FP8", "int8、int4") are the topic of the question, not the
 * format the person runs: no format is read. Options weighed with "or" / "还是" / "vs", formats written with "/", and a list
 * after the format the person runs keep the first format named; the formats listed are still all spotted.
 */
class FormatListFormsTest {

    private static WeightFormat format(String q) {
        return Parsers.PARSER.parse(q).format();
    }

    @TestFactory
    Stream<DynamicTest> givenAListOfFormatsThenNoFormatIsRead() {
        return Stream.of(
                "I see different versions like Q5_K_S and Q4_K_M. How do you decide which one to run?",
                "Is there any source that explains q4_0, q4_1, q5_0 quantization?",
                "The model loads fine in 4bit, 8 bit and fp16 with transformers but not with llama.cpp",
                "Why is inference with int8 & int4 so much slower than the original model?",
                "Does the quality of AWQ as well as GPTQ hold up for a 70B model?",
                "请问BF16和FP8版本在显存占用上有什么区别？",
                "int8、int4量化的模型推理速度为什么都比原版慢？",
                "Q4_K_M与Q8_0的困惑度差多少")
                .map(q -> DynamicTest.dynamicTest(q, () -> assertThat(format(q)).as(q).isNull()));
    }

    @TestFactory
    Stream<DynamicTest> givenOneFormatOrOptionsWeighedThenTheFirstNamedIsRead() {
        return Map.of(
                        "Q4_K_M or Q8_0 for Llama 3 8B on my 3090?", WeightFormat.Q4_K_M,
                        "qwen2.5 32b用q8_0还是q4_k_m好", WeightFormat.Q8_0,
                        "Q8_0 vs Q4_K_M on a 4090: which one is faster?", WeightFormat.Q8_0,
                        "I run Qwen2.5 32B Q4_K_M and it is slow, 16GB VRAM", WeightFormat.Q4_K_M,
                        "I run Llama 3 8B in Q4_K_M, and 8k context does not fit my 8GB card", WeightFormat.Q4_K_M,
                        "I run Llama 3 8B in Q4_K_M on a 3060. What is the difference between q8_0 and fp16?", WeightFormat.Q4_K_M,
                        "我用的是Qwen2.5 7B的AWQ，和原版比速度慢很多", WeightFormat.AWQ_INT4)
                .entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " -> " + e.getValue(),
                        () -> assertThat(format(e.getKey())).as(e.getKey()).isEqualTo(e.getValue())));
    }

    @TestFactory
    Stream<DynamicTest> givenAListThenEveryFormatIsStillSpotted() {
        return Stream.of(List.of("Q5_K_S and Q4_K_M, which one should I pick?", "2"), List.of("请问BF16和FP8有什么区别？", "2"))
                .map(c -> DynamicTest.dynamicTest(c.get(0), () -> assertThat(new FormatSpotter().spot(new Scan(c.get(0))).named())
                        .as(c.get(0)).hasSize(Integer.parseInt(c.get(1)))));
    }
}
