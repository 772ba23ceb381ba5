package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runtimes shown by what they print or by how people write them: MLX's array API and mlx-examples' scripts, the MLX servers
 * Rapid-MLX and vllm-mlx, a vLLM fork printing vLLM's lines under its own name (Aphrodite), TensorRT's logger, TabbyML's log
 * targets, candle's crates in a Rust backtrace, Lemonade and the Edge Gallery app by their short names, "transformer库" for the
 * library, DirectML as the device under transformers. Frames x values in English and Chinese, with near misses that keep their
 * old reading.
 */
class RuntimeShownFormsTest {


    private static final List<String> ENGINE_FRAMES = List.of(
            "I run qwen2.5 7b on my machine and it runs out of memory:\n```\n%s\n```\nWhy?",
            "%s — is this speed normal for qwen2.5 7b on a 16GB card?",
            "我用的是这个：%s，跑 qwen2.5 7b 显存不够怎么办？");

    private static final Map<String, Engine> SHOWN = Map.ofEntries(
            Map.entry("`mx.default_device` reports `Device(gpu, 0)`", Engine.MLX),
            Map.entry("import mlx.core as mx; print(mx.metal.get_peak_memory() / 1e9)", Engine.MLX),
            Map.entry("python llms/mixtral/mixtral.py --model-path mixtral-8x7b", Engine.MLX),
            Map.entry("rapid-mlx serve qwen3.5-9b-4bit", Engine.MLX),
            Map.entry("INFO:vllm_mlx.routes.chat:Chat completion: 2590 tokens in 59.64s", Engine.MLX),
            Map.entry("INFO: Initializing the Aphrodite Engine (v0.5.2)\nINFO: # GPU blocks: 17194, # CPU blocks: 4096 with --max-model-len 4096",
                    Engine.OTHER),
            Map.entry("[12/29/2023-05:24:11] [TRT] [E] 2: [virtualMemoryBuffer.cpp::resizePhysical::140] Error Code 2: OutOfMemory", Engine.OTHER),
            Map.entry("INFO tabby::serve: crates/tabby/src/serve.rs:114: Starting server", Engine.OTHER),
            Map.entry("Error: DriverError(CUDA_ERROR_OUT_OF_MEMORY)\n 9: candle_transformers::models::falcon::Falcon::load", Engine.OTHER),
            Map.entry("Lemonade on a Ryzen AI 9 HX 370", Engine.OTHER),
            Map.entry("the Edge gallery app on a Pixel 10 Pro", Engine.OTHER),
            Map.entry("the transformer library with torch-directml on an RX 6700 XT", Engine.TRANSFORMERS),
            Map.entry("DirectML分支，但是transformer库并不支持dml后端上的量化函数", Engine.TRANSFORMERS));

    /** Near misses naming no runtime: another project's llms/ package, MXNet's calls, the architecture word. */
    private static final List<String> NO_RUNTIME = List.of(
            "File \"site-packages/langchain/llms/huggingface_pipeline.py\", line 12",
            "ctx = mx.gpu(0); x = mx.nd.array([1, 2])",
            "a transformer model with 7b parameters");

    /** …and near misses that keep their engine: vLLM itself beside the fork's lines, DirectML with no engine named. */
    private static final Map<String, Engine> KEPT = Map.of(
            "vllm serve Qwen/Qwen2.5-7B --max-model-len 4096\nINFO: # GPU blocks: 17194", Engine.VLLM,
            "torch-directml on an RX 6700 XT", Engine.OTHER);

    @TestFactory
    Stream<DynamicTest> aRuntimeShownIsItsEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        SHOWN.forEach((value, engine) -> ENGINE_FRAMES.forEach(frame -> {
            String q = frame.formatted(value);
            tests.add(Parsers.engineIs(engine + ": " + q, q, engine));
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> nearMissesKeepTheirReading() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : ENGINE_FRAMES) {
            NO_RUNTIME.forEach(value -> tests.add(Parsers.engineIs("none: " + frame.formatted(value), frame.formatted(value), null)));
            KEPT.forEach((value, engine) -> tests.add(Parsers.engineIs(engine + ": " + frame.formatted(value), frame.formatted(value), engine)));
        }
        return tests.stream();
    }
}
