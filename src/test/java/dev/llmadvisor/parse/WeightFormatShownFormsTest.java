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
 * Weight formats shown rather than spelled as a format name: ChatGLM's {@code .quantize(N)} call, the width said before the
 * letter ("8Q"), the quant a GGUF/GGML file name ends with (over a precision earlier in the name), and a bare width ("4bit",
 * "Int4", "4位") beside one quantizer family's package or naming (auto_gptq, AutoAWQ, a GPTQ "-128g" suffix), and "w8a8"
 * ("w4a16") for the weights' width. Generated from
 * frames x values, English and Chinese, with near misses that must keep their old reading.
 */
class WeightFormatShownFormsTest {

    private static WeightFormat format(String q) {
        return Parsers.PARSER.parse(q).format();
    }

    private static DynamicTest expect(String q, WeightFormat f) {
        return DynamicTest.dynamicTest(q + " -> " + f, () -> assertThat(format(q)).as(q).isEqualTo(f));
    }

    @TestFactory
    Stream<DynamicTest> chatglmsQuantizeCallIsAnIntegerWidth() {
        List<String> frames = List.of(
                "model = AutoModel.from_pretrained(\"THUDM/chatglm3-6b\", trust_remote_code=True).quantize(%s).cuda() still gives CUDA out of memory on my 3060",
                "显存不够，手动加.quantize(%s)也不行",
                "quantize(%s)和不量化，哪个推理速度更快？",
                "Does chatglm2-6b fit a 6GB card with model.quantize(bits=%s)?");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (int bits : new int[] {4, 8}) {
                String q = frame.formatted(bits);
                tests.add(DynamicTest.dynamicTest(q, () -> assertThat(format(q)).as(q).isNotNull().extracting(WeightFormat::nominalBits).isEqualTo(bits)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theWidthSaidBeforeTheLetterIsThatQuant() {
        List<String> frames = List.of("While trying to run the Qwen 2.5 7b %dQ model, ollama used my CPU", "a 32B %dQ model on CPU with 128GB RAM is slow",
                "用 %dQ 的 qwen2.5 14b，4060 8G 够吗");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (int bits : new int[] {3, 4, 5, 8}) tests.add(expect(frame.formatted(bits), WeightFormat.parse("q" + bits).orElseThrow()));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theQuantAFileNameEndsWithIsTheFormatLoaded() {
        List<String> frames = List.of("llama-bench.exe -ngl 20 -m \"D:\\models\\lzlv_70b_fp16_hf.%s.gguf\" is slow on my Arc A770",
                "It took 2 hours with f16 or q8_0. ./main -m /model/hf/llama-65b-hf/ggml-model-%s.bin -ngl 40 on an A10G",
                "加载 Qwen2.5-72B-Instruct-bf16-%s.gguf 时显存不够，4090 24G");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (String quant : List.of("Q4_K_M", "Q5_K_S", "IQ4_XS", "Q8_0", "Q2_K")) tests.add(expect(frame.formatted(quant), WeightFormat.parse(quant).orElseThrow()));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theTypeLlamaCppLogsForTheFileIsTheFormatLoaded() {
        // a precision set beside the log (LocalAI's "f16: true" compute switch, a dtype) is not the weights that ran
        List<String> frames = List.of(
                "gpu_layers: 35\nf16: true\nllm_load_print_meta: model type       = 7B\nllm_load_print_meta: model ftype      = %s\nwhy is my RTX 3060 6GB not used?",
                "--dtype float16\nllama_model_loader: - type  f32:   65 tensors\nprint_info: file type   = %s\nload_tensors: offloaded 20/33 layers to GPU, slow on a 4060 8G",
                "显存只用了一半，f16 设置没用？ llama_model_load_internal: ftype      = 2 (mostly %s)");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (String quant : List.of("Q6_K", "Q4_0", "Q8_0", "Q5_1")) tests.add(expect(frame.formatted(quant), WeightFormat.parse(quant).orElseThrow()));
        }
        // near misses: no type logged, the precision named is the format; a logged type does not hide a file name's quant
        tests.add(expect("f16: true in my LocalAI config for llama 2 7b, does it fit a 3060 6GB?", WeightFormat.F16));
        tests.add(expect("./main -m ggml-model-q4_0.bin\nllm_load_print_meta: model ftype      = Q4_0\nslow on my 3060", WeightFormat.parse("q4_0").orElseThrow()));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aBareWidthBesideOneQuantizerIsThatFamilys() {
        Map<String, WeightFormat> texts = Map.of(
                "from auto_gptq import AutoGPTQForCausalLM; model = AutoGPTQForCausalLM.from_quantized('FlagAlpha/Llama2-Chinese-13b-Chat-%s') fails on colab", WeightFormat.GPTQ_INT4,
                "Qwen-14B-Chat-%s GPTQ model is slower than the original model on an A100 80G", WeightFormat.GPTQ_INT4,
                "internlm2-chat-20b量化为%s后显存只降低了10G。量化命令：lmdeploy lite auto_awq internlm2-chat-20b", WeightFormat.AWQ_INT4,
                "Using AutoAWQ 0.1.0 the llama 2 13b %s model is slower on my 3090", WeightFormat.AWQ_INT4);
        List<DynamicTest> tests = new ArrayList<>();
        texts.forEach((frame, f) -> {
            for (String width : List.of("4bit", "Int4", "4-bit")) tests.add(expect(frame.formatted(width), f));
        });
        for (String name : List.of("gpt4-x-alpaca-13b-native-4bit-128g", "vicuna-13b-4bit-32g", "llama-7b-4bit-128g"))
            tests.add(expect("Loading anon8231489123_" + name + "... CUDA out of memory on a 3080 Laptop 8GB", WeightFormat.GPTQ_INT4));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> weightsAndActivationsNameTheWeightsWidth() {
        List<String> frames = List.of("vllm serve Qwen/Qwen2.5-72B-Instruct-%s on 4x A100 80GB runs out of memory",
                "vllm/qwen3.5.md的推荐卡数是不是有误？35b-%s推荐四卡");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            tests.add(expect(frame.formatted("w8a8"), WeightFormat.GPTQ_INT8));
            tests.add(expect(frame.formatted("W8A16"), WeightFormat.GPTQ_INT8));
            tests.add(DynamicTest.dynamicTest(frame.formatted("w4a16"),
                    () -> assertThat(format(frame.formatted("w4a16"))).isNotNull().extracting(WeightFormat::nominalBits).isEqualTo(4)));
        }
        return tests.stream();
    }

    /** Near misses: no call, no width before a lone letter, no quant ending a file, no or both quantizers: the old reading. */
    @TestFactory
    Stream<DynamicTest> nearMissesKeepTheirReading() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String q : List.of("llama-quantize model.gguf out.gguf, which type should I pick for my 3060?",
                "I want to quantize(model) myself on a 3090", "we have 64q of questions for llama 3 8b on a 4090",
                "Qwen2.5-7B-Instruct-GGUF on a 3060 12GB: which file?"))
            tests.add(expect(q, null));
        // a bare width with no quantizer shown, or with both families weighed, stays the width read before
        tests.add(expect("llama 2 13b 4bit on a 3060 12GB?", WeightFormat.Q4_K_M));
        tests.add(expect("AWQ vs GPTQ: which 4bit is faster on my 3090?", WeightFormat.AWQ_INT4));
        tests.add(expect("a 4bit model with 32g of RAM on a 3060", WeightFormat.Q4_K_M));
        // another model's file named after a quant of its own: the first quant named stays
        tests.add(expect("Qwen3-32B-GPTQ-4bit 13 tokens/s vs Llama3.3_70b_Q5_K_S.gguf 20 tokens/s on 4x MI50", WeightFormat.GPTQ_INT4));
        tests.add(expect("Q8_0 is slow, the Q4_K_M file is fine: ./llama-cli -m qwen2.5-7b-instruct-q6_k.gguf", WeightFormat.Q8_0));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> nvidiasFourBitFloatAsPeopleAndCheckpointsNameIt() {
        List<String> frames = List.of("can my 5090 run qwen3 32b %s with vllm?", "vllm serve nvidia/Llama-3.3-70B-Instruct-%s fails on two 4090s",
                "RTX PRO 6000 跑 Qwen3-235B-A22B-%s 够吗", "%s 版本的 DeepSeek-R1 需要几张 B200？");
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : frames) {
            for (String written : List.of("NVFP4", "nvfp4", "NV-FP4", "FP4")) tests.add(expect(frame.formatted(written), WeightFormat.NVFP4));
        }
        // near misses: the OCP microscaling FP4 keeps its name, and FP8 or a bare 4-bit is no NVFP4
        for (String frame : frames) {
            tests.add(expect(frame.formatted("MXFP4"), WeightFormat.MXFP4));
            tests.add(expect(frame.formatted("FP8"), WeightFormat.FP8));
        }
        tests.add(DynamicTest.dynamicTest("fp40 is no format", () -> assertThat(format("can my 5090 run qwen3 32b fp40?")).isNotEqualTo(WeightFormat.NVFP4)));
        return tests.stream();
    }
}
