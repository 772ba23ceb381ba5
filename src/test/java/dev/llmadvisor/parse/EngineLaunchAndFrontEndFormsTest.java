package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the person runs when a message also names another engine: a launch command broken over lines with shell
 * continuations ("llama-server \⏎ -m …") still launches its engine, over a front end only compared ("but LM Studio gives
 * 35 t/s", "我用lmstudio更快"); a front end named with the backend it was told to use ("LocalAI … backend llama-cpp") is the
 * front end, while a host told its backend (Xinference) runs that backend; Jan started in a list of steps is Jan. Frames x
 * values in English and Chinese, with near misses that keep their old reading.
 */
class EngineLaunchAndFrontEndFormsTest {

    private static final List<String> CONTINUATIONS = List.of(" \\\n    ", " \\\n", " \\ ", "\\\n  ");

    private static final Map<String, Engine> LAUNCHES = Map.of(
            "./build/bin/llama-server{c}-m /mnt/d/lmstudioModels/Qwen3-30B-A3B-Q4_K_M.gguf{c}-c 32768 -ngl 40", Engine.LLAMA_CPP,
            "llama-cli{c}-m ~/models/qwen3-14b-q4_k_m.gguf{c}-ngl 99", Engine.LLAMA_CPP,
            "~/llama.cpp/build/bin/llama-server{c}--model gemma-3-27b-q4_0.gguf{c}--port 8080", Engine.LLAMA_CPP,
            "llama-server --host 0.0.0.0 --port 5000{c}-m qwen3-30b-a3b-q4_k_m.gguf{c}-ngl 40", Engine.LLAMA_CPP);

    private static final List<String> LAUNCH_FRAMES = List.of(
            "It runs:\n%s\nVRAM 15GB, 33 t/s. But LM Studio gives me 35 t/s, what did I set wrong?",
            "已经运行成功！\n%s\n显存占用15GB 33t/s，但是我用lmstudio 有35t/s的速度，哪里没设置好？",
            "%s\nwith ollama the same model is faster, why?");

    @TestFactory
    Stream<DynamicTest> aLaunchBrokenOverLinesStillLaunchesItsEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        LAUNCHES.forEach((launch, engine) -> CONTINUATIONS.forEach(c -> LAUNCH_FRAMES.forEach(frame -> {
            String q = frame.formatted(launch.replace("{c}", c));
            tests.add(Parsers.engineIs(engine + ": " + q, q, engine));
        })));
        return tests.stream();
    }

    /** Near misses: no launch at all, only the front end run and llama-server weighed or named in passing. */
    @TestFactory
    Stream<DynamicTest> withNoLaunchTheFrontEndRunStaysTheEngine() {
        return Stream.of(
                        "I use LM Studio and get 35 t/s; would llama-server be faster?",
                        "我用lmstudio跑qwen3 30b，有35t/s，换成llama-server会更快吗？",
                        "ollama run qwen3:30b \\\n  --verbose is slow on my 3070")
                .map(q -> Parsers.engineIs(q, q, q.startsWith("ollama") ? Engine.OLLAMA : Engine.LM_STUDIO));
    }

    /** Near miss: vLLM's flags continued over lines, one of them starting like text-generation-webui's --gpu-memory. */
    @TestFactory
    Stream<DynamicTest> servingFlagsContinuedOverLinesStayTheServingEngine() {
        return CONTINUATIONS.stream().map(c -> "单卡无法运行 Qwen 14B fp8精度，显存不够" + c + "--gpu-memory-util=0.96" + c
                + "--max-model-len=33000" + c + "--quantization fp8").map(q -> Parsers.engineIs(q, q, Engine.VLLM));
    }

    private static final List<String> FRONT_ENDS = List.of("LocalAI v3.8.0", "KoboldCpp 1.104", "GPT4All 3.1", "Jan v0.6.10");
    private static final List<String> BACKEND_FRAMES = List.of(
            "%s in a container: ERR Failed to load model Devstral-Small-24B with backend llama-cpp, try reducing --n-gpu-layers",
            "%s，推理后端: llama.cpp，加载 qwen3 32b 时报错显存不足",
            "Using %s (backend: llama.cpp) on a 3060 12GB, the 14b model fails to load");

    @TestFactory
    Stream<DynamicTest> aFrontEndToldItsBackendIsTheFrontEnd() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String front : FRONT_ENDS) {
            for (String frame : BACKEND_FRAMES) {
                String q = frame.formatted(front);
                tests.add(Parsers.engineIs(q, q, Engine.OTHER));
            }
        }
        return tests.stream();
    }

    /** Near misses: a host told its backend runs that backend; a backend told with no program named is the backend. */
    @TestFactory
    Stream<DynamicTest> aHostOrNoProgramToldItsBackendIsTheBackend() {
        return Stream.of(
                        Map.entry("xinference launch --model-engine Transformers --model-name qwen2.5-instruct --size-in-billions 7 fails with OOM",
                                Engine.TRANSFORMERS),
                        Map.entry("Xinference 1.9.1，推理引擎: vllm，两张T4显存不够", Engine.VLLM),
                        Map.entry("inference engine: vllm, two A100s, qwen3 32b runs out of memory", Engine.VLLM),
                        Map.entry("Ollama, backend: llama.cpp, qwen3:32b is slow on a 4090", Engine.OLLAMA))
                .map(e -> Parsers.engineIs(e.getKey(), e.getKey(), e.getValue()));
    }

    private static final List<String> JAN_STEPS = List.of(
            "Steps to Reproduce\n1. Start Jan\n2. Enter prompt\n3. Get error. Tested with multiple llama.cpp models on an RX 6700 XT.",
            "Tested with several llama.cpp models. 1. Start Jan 2. Load Qwen3 8B 3. It crashes with Vulkan on my 6700 XT",
            "After updating Jan the llama.cpp backend no longer uses my 3060, everything runs on the CPU");

    @TestFactory
    Stream<DynamicTest> janStartedOrUpdatedIsJan() {
        return JAN_STEPS.stream().map(q -> Parsers.engineIs(q, q, Engine.OTHER));
    }

    /** Jan named before what it does ("Jan fails to load", "Jan thinks CUDA is best"), which no month is followed by. */
    @TestFactory
    Stream<DynamicTest> janBeforeWhatItDoesIsJan() {
        return Stream.of(
                        "bug: on 32GB CPU and 1GB GPU, Jan fails to load 4B model",
                        "Jan thinks that GPU/CUDA is the best backend when the GPU has only 1GB VRAM",
                        "Jan crashes when I load qwen3 8b on my RX 6700 XT",
                        "Jan doesn't use my 3060, everything runs on the CPU with the llama.cpp backend",
                        "Jan keeps downloading the 7B model that does not fit my 8GB card")
                .map(q -> Parsers.engineIs(q, q, Engine.OTHER));
    }

    /** Near misses: the month, never the app, so the engine named is the one run. */
    @TestFactory
    Stream<DynamicTest> theMonthJanIsNotTheApp() {
        return Stream.of(
                        "I started in Jan 2024 with llama.cpp and a 3060; is 14b too big?",
                        "Since I updated Jan 5, ollama is slow on my 4090",
                        "Since Jan 15 ollama fails to load qwen3 32b on my 4090",
                        "In Jan, ollama crashes with qwen3 32b on my 3090",
                        "launched Jan 12th: llama-server -m qwen3-8b-q4_k_m.gguf -ngl 99 runs out of memory")
                .map(q -> Parsers.engineIs(q, q, q.contains("ollama") ? Engine.OLLAMA : Engine.LLAMA_CPP));
    }
}
