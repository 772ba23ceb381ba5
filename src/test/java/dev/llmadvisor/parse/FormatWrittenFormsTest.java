package dev.llmadvisor.parse;

import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weight formats in the spellings people type: a k-quant with an underscore after the q or hyphens between its parts
 * ("Q_4_K_M", "UD-Q3-K-XL"), GPTQ with its width joined ("GPTQ-8bit"), the width after 量化 ("量化8位", "量化成4比特"),
 * and bitsandbytes' offload option, which names no width loaded. Frames x forms, English and Chinese, with near misses.
 */
class FormatWrittenFormsTest {

    private static WeightFormat format(String q) {
        return Parsers.PARSER.parse(q).format();
    }

    private static List<DynamicTest> each(List<String> frames, Map<String, WeightFormat> forms) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            forms.forEach((form, want) -> {
                String q = frame.formatted(form);
                tests.add(DynamicTest.dynamicTest(q + " -> " + want, () -> assertThat(format(q)).as(q).isEqualTo(want)));
            });
        }
        return tests;
    }

    @TestFactory
    Stream<DynamicTest> givenAKQuantWithSeparatorsThenItIsThatQuant() {
        List<String> frames = List.of("Can my 4090 run qwen3 32b at %s?", "两张3090部署%s的deepseek r1 70b够吗",
                "llama 3.1 8b %s on a 3060 12GB is slow, why?");
        return each(frames, Map.of("Q_4_K_M", WeightFormat.Q4_K_M, "q_5_k_s", WeightFormat.Q5_K_S, "UD-Q3-K-XL", WeightFormat.Q3_K_XL,
                "q4-k-m", WeightFormat.Q4_K_M, "Q6-K", WeightFormat.Q6_K, "q_8_0", WeightFormat.Q8_0)).stream();
    }

    @TestFactory
    Stream<DynamicTest> givenGptqWithItsWidthJoinedThenThatWidth() {
        List<String> frames = List.of("Qwen3-32B-%s on two 3090s runs out of memory", "用vllm跑qwen2.5 72b %s，4张4090够不够");
        return each(frames, Map.of("GPTQ-8bit", WeightFormat.GPTQ_INT8, "gptq_8bits", WeightFormat.GPTQ_INT8,
                "GPTQ-4bit", WeightFormat.GPTQ_INT4, "GPTQ_4BIT", WeightFormat.GPTQ_INT4, "GPTQ-Int8", WeightFormat.GPTQ_INT8)).stream();
    }

    @TestFactory
    Stream<DynamicTest> givenTheWidthAfterTheWordForQuantizingThenThatWidth() {
        List<String> frames = List.of("qwen 7b %s，13900KF 纯CPU 速度怎么样", "chatglm2 6b %s以后3060能跑吗");
        return each(frames, Map.of("量化8位", WeightFormat.Q8_0, "量化成4比特", WeightFormat.Q4_K_M, "量化为 8 位", WeightFormat.Q8_0,
                "量化到4位", WeightFormat.Q4_K_M, "量化八位", WeightFormat.Q8_0, "4位量化", WeightFormat.Q4_K_M)).stream();
    }

    @TestFactory
    Stream<DynamicTest> givenNearMissesThenNoFormatIsRead() {
        List<String> texts = List.of(
                "有8位同事都说4090能跑qwen 7b，真的吗",
                "我们组3位同事共用一张A100跑qwen 14b",
                "LoRA on q_proj and v_proj of llama 3 8b, does it fit a 3090?",
                "You need to set `load_in_8bit_fp32_cpu_offload=True` and pass a custom device_map: qwen 7b on a 3060",
                "Qwen3-32B GPTQ model card lists 8 variants, which fits my 4090?");
        List<DynamicTest> tests = new ArrayList<>();
        for (String q : texts) tests.add(DynamicTest.dynamicTest(q, () -> assertThat(format(q)).as(q).isNotIn(WeightFormat.Q8_0,
                WeightFormat.BNB_INT8, WeightFormat.GPTQ_INT8, WeightFormat.Q3_K_M, WeightFormat.Q4_K_M)));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> givenBitsandbytesSwitchedOnBesideItsOffloadOptionThenEightBit() {
        return each(List.of("model = AutoModelForCausalLM.from_pretrained(x, %s, llm_int8_enable_fp32_cpu_offload=True) on my 3060 OOMs"),
                Map.of("load_in_8bit=True", WeightFormat.BNB_INT8, "load_in_4bit=True", WeightFormat.BNB_NF4)).stream();
    }
}
