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
 * Quants written as their tools write them: Unsloth's dynamic "UD-…_XL" files, mistral.rs' in-situ "Q4K", fastllm's "int4g128",
 * torchao's configs ("int8dq", "int4wo-128", "fp8wo": the width, or fp8; with no engine named a width is sized as GGUF),
 * bitsandbytes switched on at load (over the compute dtype set beside it; also LLaMA-Factory's "--quantization_bit 4"). Frames x values in English and Chinese, with near
 * misses (bitsandbytes switched off, a plain quant, a width without a group size) that keep their old reading.
 */
class QuantWrittenFormsTest {

    private static final List<String> FORMAT_FRAMES = List.of(
            "I use %s of qwen3 30b a3b on a 4090 24GB and 64GB RAM: does it fit?",
            "model: %s — it is slow on my 3090, why?",
            "%s 在 4060 Ti 16G 上能跑吗？");

    private static final Map<String, WeightFormat> QUANTS = Map.ofEntries(
            Map.entry("Qwen3-30B-A3B-UD-Q2_K_XL.gguf", WeightFormat.Q2_K_XL),
            Map.entry("DeepSeek-R1-UD-Q2_K_XL", WeightFormat.Q2_K_XL),
            Map.entry("Qwen3-Coder-30B-A3B-Instruct-UD-Q4_K_XL", WeightFormat.Q4_K_XL),
            Map.entry("unsloth's UD-Q8_K_XL", WeightFormat.Q8_K_XL),
            Map.entry("Q6_K_XL", WeightFormat.Q6_K_XL),
            Map.entry("mistralrs-server --isq Q4K plain -m microsoft/Phi-3.5-mini-instruct", WeightFormat.Q4_K_M),
            Map.entry("--isq q8_0 of Phi-3.5", WeightFormat.Q8_0),
            Map.entry("ftllm server ./Qwen3-30B --dtype int4g128", WeightFormat.Q4_K_M),
            Map.entry("BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=torch.float16)", WeightFormat.BNB_NF4),
            Map.entry("dtype = None # Float16 for Tesla T4, Bfloat16 for Ampere+\nload_in_4bit = True", WeightFormat.BNB_NF4),
            Map.entry("torch_dtype=torch.float16, load_in_8bit=True", WeightFormat.BNB_INT8),
            Map.entry("python server.py --load-in-8bit", WeightFormat.BNB_INT8),
            // LLaMA-Factory's on-the-fly quantization, bitsandbytes by default: its CLI flag (both spellings) and its YAML key
            Map.entry("llamafactory-cli chat --model_name_or_path Qwen/Qwen-72B-Chat --template qwen --quantization_bit 4", WeightFormat.BNB_NF4),
            Map.entry("python src/cli_demo.py --quantization-bit=8 --template qwen", WeightFormat.BNB_INT8),
            Map.entry("finetuning_type: lora\nquantization_bit: 4\ntemplate: qwen", WeightFormat.BNB_NF4),
            Map.entry("python3 -m sglang.launch_server --model-path qwen3-next-80b --torchao-config int8dq", WeightFormat.GPTQ_INT8),
            Map.entry("--torchao-config int8wo", WeightFormat.Q8_0),
            Map.entry("--torchao-config int4wo-128", WeightFormat.Q4_K_M),
            Map.entry("--torchao-config fp8dq-per_row", WeightFormat.FP8),
            Map.entry("torchao fp8wo", WeightFormat.FP8));

    /** Near misses: bitsandbytes switched off leaves the dtype; a plain Q4_K_M; an integer width without a group size. */
    private static final Map<String, WeightFormat> QUANT_NEAR = Map.ofEntries(
            Map.entry("torch_dtype=torch.float16, load_in_4bit=False", WeightFormat.F16),
            Map.entry("load_in_8bit: false, torch_dtype: bfloat16", WeightFormat.BF16),
            Map.entry("Qwen3-30B-A3B-Q4_K_M.gguf", WeightFormat.Q4_K_M),
            Map.entry("the int8 build", WeightFormat.Q8_0),
            // a bit count that is not a width LLaMA-Factory quantizes to is no format
            Map.entry("torch_dtype: bfloat16, quantization_bit: 16", WeightFormat.BF16));

    @TestFactory
    Stream<DynamicTest> aQuantWrittenAsItsToolWritesItIsRead() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, WeightFormat> values : List.of(QUANTS, QUANT_NEAR)) {
            values.forEach((value, format) -> FORMAT_FRAMES.forEach(frame -> {
                String q = frame.formatted(value);
                tests.add(DynamicTest.dynamicTest(q + " -> " + format, () -> assertThat(Parsers.PARSER.parse(q).format()).as(q).isEqualTo(format)));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> unslothsDynamicPrefixParsesToTheMixItNames() {
        return Stream.of("UD-Q2_K_XL", "ud-q4_k_xl", "UD-IQ1_S", "UD-Q8_K_XL").map(label -> DynamicTest.dynamicTest(label,
                () -> assertThat(WeightFormat.parse(label)).as(label).isEqualTo(WeightFormat.parse(label.substring(3)))
                        .isPresent()));
    }
}
