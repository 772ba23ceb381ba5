package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Engines outside the advisor's list shown by what people paste rather than by name: LLamaSharp's C# API (also over the
 * llama.cpp log lines it prints), OpenVINO's ov_genai alias, C++ namespace and exceptions, the GGML files of chatglm.cpp and
 * its ports, and LLaMA-Factory's export flags are all another engine (the README's rule B). Frames x forms in English and
 * Chinese, with near misses that keep their old reading.
 */
class EngineApiAndPortFileFormsTest {

    private static final List<String> FRAMES = List.of(
            "My RTX 3060 12GB runs out of memory:\n%s\nwhat should I change?",
            "%s\n在 3060 12G 上很慢，正常吗？",
            "Using this on a MacBook M2 16GB: %s — tokens come at 2/s");

    private static Stream<DynamicTest> allOther(List<String> forms) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String form : forms) {
            for (String frame : FRAMES) {
                String q = frame.formatted(form);
                tests.add(Parsers.engineIs(q, q, Engine.OTHER));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> givenLlamaSharpsApiThenAnotherEngine() {
        return allOther(List.of(
                "var parameters = new ModelParams(\"llama-2-7b.Q4_K_M.gguf\") { ContextSize = 4096, GpuLayerCount = 35 };\nusing var model = LLamaWeights.LoadFromFile(parameters);",
                // (with llama.cpp's own log lines pasted under it, llama.cpp is the engine by the README's rule B:
                // EngineFingerprintsTest.aFrontEndWithItsBackendsOwnLogLinesRunsThatBackendOnlyWhenOutsideTheList)
                "NativeLibraryConfig.All.WithCuda(); // LLama.Native",
                "Install-Package LLamaSharp.Backend.Cuda12 and a StatelessExecutor over qwen2-7b-instruct-q4_k_m.gguf",
                "using LLama.Common; var ex = new InteractiveExecutor(context);"));
    }

    @TestFactory
    Stream<DynamicTest> givenOpenVinosApiOrErrorsThenAnotherEngine() {
        return allOther(List.of(
                "import openvino_genai as ov_genai\npipe = ov_genai.LLMPipeline(\"Qwen2.5-7B-Instruct-int4-ov\", \"GPU\")",
                "ov::genai::LLMPipeline pipe(models_path, \"NPU\");",
                "RuntimeError: Exception from src/inference/src/cpp/core.cpp:112:\nException from src/plugins/intel_gpu/src/runtime/ocl/ocl_engine.cpp:183: out of GPU resources"));
    }

    private static final String HF_LOAD = "tokenizer = AutoTokenizer.from_pretrained(\"chatglm-6b\", trust_remote_code=True)\n"
            + "model = AutoModel.from_pretrained(\"chatglm-6b\", trust_remote_code=True)\n";

    /** fastllm converts what transformers loaded and runs it itself: its API after transformers' loader is another engine. */
    @TestFactory
    Stream<DynamicTest> givenFastllmsPythonApiAfterTransformersThenAnotherEngine() {
        return allOther(List.of(HF_LOAD + "from fastllm_pytools import llm\nmodel = llm.from_hf(model, tokenizer, dtype=\"int4\")",
                HF_LOAD + "model = llm.from_hf(model, tokenizer, dtype = \"float16\")  # 可以调整为\"int8\", \"int4\"",
                "from fastllm_pytools import llm; model = llm.model(\"chatglm-6b-int4.flm\")"));
    }

    /** Near miss: transformers' loader alone, or another library's from_hf, is transformers. */
    @TestFactory
    Stream<DynamicTest> givenTransformersLoaderWithoutFastllmThenTransformers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String form : List.of(HF_LOAD + "response, history = model.chat(tokenizer, \"你好\", history=[])",
                HF_LOAD + "model = model.half().cuda()  # from_hf in my own helper")) {
            for (String frame : FRAMES) {
                String q = frame.formatted(form);
                tests.add(Parsers.engineIs(q, q, Engine.TRANSFORMERS));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> givenAChatglmFamilyGgmlFileThenAnotherEngine() {
        return allOther(List.of("运行chatglm3-6b-ggml int4量化模型，采用clblast加速", "./build/bin/main -m chatglm2-ggml-q4_0.bin -p 你好",
                "python3 qwen_cpp/convert.py -t q4_0 -o qwen7b-ggml.bin", "baichuan2-13b-chat-ggml.bin q8_0",
                // with the ggml log lines the port prints
                "chatglm-ggml.bin\nggml_metal_add_buffer: allocated 'weights' buffer, size = 3351.50 MB"));
    }

    @TestFactory
    Stream<DynamicTest> givenLlamaFactorysExportFlagsThenAnotherEngine() {
        return allOther(List.of("CUDA_VISIBLE_DEVICES=0 python export_model.py --model_name_or_path Qwen1.5-72B-Chat --export_quantization_bit 4 --export_dir out",
                "llamafactory export --export_dir ./q --export_size 2 --export_quantization_dataset data/c4_demo.json"));
    }

    /** Near misses: llama.cpp's own GGML files and logs, a bare "ggml", words that only contain the forms. */
    @TestFactory
    Stream<DynamicTest> nearMissesKeepTheirReading() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(Parsers.engineIs("llama ggml", "./main -m models/7B/ggml-model-q4_0.bin is slow on my 3060", Engine.LLAMA_CPP));
        tests.add(Parsers.engineIs("llama ggml log", "llama-2-13b-chat.ggmlv3.q4_0.bin\nllama_model_load_internal: n_ctx = 2048", Engine.LLAMA_CPP));
        for (String q : List.of("is ggml faster than gguf for chatglm3 6b on a 3060?", "the movie params and the stateless design of my app, llama 3 8b on a 3060",
                "export the model with --export to onnx on a 3060", "my glove::core dump on a 3060 running llama 3 8b",
                "Exception from the source of llama 3 8b on a 3060"))
            tests.add(Parsers.engineIs(q, q, null));
        return tests.stream();
    }
}
