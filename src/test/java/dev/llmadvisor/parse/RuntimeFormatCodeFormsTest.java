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
 * Formats written in a runtime's own code or in an error message: MLC LLM's qAfB_id codes read as the GGUF type of the same
 * size, bitsandbytes' "nf4" on its own, an integer width with a hyphen ("INT-4"), and vLLM's refusal of bf16, which shows the
 * published bf16 (read only when nothing else is named; the float16 of its advice is no choice of the person's). English and
 * Chinese frames, with near misses that keep their old reading.
 */
class RuntimeFormatCodeFormsTest {

    private static WeightFormat format(String q) {
        return Parsers.PARSER.parse(q).format();
    }

    private static DynamicTest expect(String q, WeightFormat f) {
        return DynamicTest.dynamicTest(q + " -> " + f, () -> assertThat(format(q)).as(q).isEqualTo(f));
    }

    @TestFactory
    Stream<DynamicTest> givenAnMlcCodeThenTheGgufTypeOfItsSize() {
        List<String> frames = List.of("mlc_llm chat HF://mlc-ai/Llama-3-8B-Instruct-%s-MLC is slow on my Pixel 8",
                "Does the %s build of Mistral 7B fit an iPhone 15 Pro with MLC Chat?",
                "用 mlc-llm 编译 qwen2 7b，--quantization %s，手机 12G 内存够吗",
                "mlc_llm convert_weight ./Llama-2-7b-chat-hf --quantization %s -o dist/llama2-%s fails on 8GB");
        Map<String, WeightFormat> codes = Map.of("q4f16_1", WeightFormat.Q4_0, "q4f16_0", WeightFormat.Q4_0, "q4f16_ft", WeightFormat.Q4_0,
                "q4f32_1", WeightFormat.Q4_1, "q3f16_1", WeightFormat.Q3_K_S, "q0f16", WeightFormat.F16, "q0f32", WeightFormat.F32,
                "Q4F16_1", WeightFormat.Q4_0, "q8f16_1", WeightFormat.Q8_0);
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) codes.forEach((code, f) -> tests.add(expect(frame.replace("%s", code), f)));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> givenNf4AloneThenBitsandbytesNf4() {
        List<String> frames = List.of("load meta-llama/Llama-2-13b-chat-hf in `%s` on a 16GB T4?", "用%s加载qwen2.5 14b，3060 12G够吗",
                "is %s slower than GPTQ for llama 3 8b on my 3090?");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (String written : List.of("nf4", "NF4", "bitsandbytes-nf4", "bnb_nf4")) tests.add(expect(frame.formatted(written), WeightFormat.BNB_NF4));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> givenAnIntegerWidthWithAHyphenThenThatWidth() {
        List<String> frames = List.of("使用%s模型，200人规模需要配置多少显存的服务器？", "Can a 4060 Ti 16GB run Qwen-14B-Chat %s?",
                "chatglm2-6b %s 在 6G 显存上能跑吗");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (int bits : new int[] {4, 8}) {
                for (String written : List.of("INT-" + bits, "int-" + bits, "Int " + bits)) {
                    String q = frame.formatted(written);
                    tests.add(DynamicTest.dynamicTest(q, () -> assertThat(format(q)).as(q).isNotNull().extracting(WeightFormat::nominalBits).isEqualTo(bits)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> givenVllmsBf16RefusalThenThePublishedBf16UnlessAnotherIsNamed() {
        List<DynamicTest> tests = new ArrayList<>();
        // vLLM's refusal shows the checkpoint's bf16; its advice's float16 is not the person's choice
        String vllm = "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla T4 GPU has compute "
                + "capability 7.5. You can use float16 instead by explicitly setting the`dtype` flag in CLI, for example: --dtype=half.";
        tests.add(expect(vllm + " when run Baichuan2-13B-Chat", WeightFormat.BF16));
        tests.add(expect("vllm on a V100: " + vllm.substring(0, 120) + " — Baichuan-13B-Chat", WeightFormat.BF16));
        // a format the person chose wins over the published one
        tests.add(expect(vllm + " 然后换了精度为“float16”，这时候报错 CUDA out of memory", WeightFormat.F16));
        tests.add(expect(vllm + " I then loaded the AWQ build and it still fails", WeightFormat.AWQ_INT4));
        return tests.stream();
    }

    /** Near misses: words that only contain the forms, and bf16 that the person names as what they run. */
    @TestFactory
    Stream<DynamicTest> nearMissesKeepTheirReading() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String q : List.of("my conf4 file for llama 3 8b on a 3060?", "print-4 llama 3 8b on a 3060?", "can a q4f16x model run on a 3060?",
                "the mint-8 laptop runs llama 3 8b?"))
            tests.add(expect(q, null));
        tests.add(expect("I run qwen2.5 7b in bf16 on a 4090, is it slow?", WeightFormat.BF16));
        tests.add(expect("does the 4090 support bf16 for qwen2.5 7b?", WeightFormat.BF16));
        tests.add(expect("Q4_K_M of llama 3 8b with nf4 kv?", WeightFormat.Q4_K_M));
        return tests.stream();
    }
}
