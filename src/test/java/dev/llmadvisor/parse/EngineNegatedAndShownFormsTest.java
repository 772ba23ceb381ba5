package dev.llmadvisor.parse;

import dev.llmadvisor.facts.ChatClient;
import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine named as not used, before its name ("I don't use vLLM", "未启用vllm") or after it as a form's answer ("是否启用VLLM：否",
 * "vLLM: no"), is not the engine, and a GGUF file run in an app the text does not name is no engine's either; an engine shown by the frames of its own package in a traceback, or by a log line naming its
 * module (GPUStack's "vllm_resource_fit_selector"), is the engine an app or host runs; an app outside the list named beside
 * one engine's own log lines runs that engine (the README's rule B); ComfyUI and the evaluation harnesses are apps the model
 * runs in. Near misses: a form answered yes, a version after the name, what the engine does not use ("ollama没有使用GPU"), a run it
 * cannot make, an app with no engine's lines, an engine also named apart beside the app (compared with it).
 */
class EngineNegatedAndShownFormsTest {

    private static final List<String> NEGATED = List.of(
            "I don't use {e}, I run qwen3 8b with llama.cpp on my 3060, and it is slow",
            "I did not use {e}; I run qwen3 8b with llama.cpp on my 3060. Is 20 t/s normal?",
            "未启用{e}，用llama.cpp跑qwen3 8b，3060上很慢",
            "没有开启{e}，用llama.cpp跑qwen3 8b，3060上很慢",
            "是否启用{e}：否\n用llama.cpp在3060上跑qwen3 8b，很慢",
            "{e}: no\nI run qwen3 8b with llama.cpp on a 3060, slow",
            "{e}未启用，用llama.cpp跑qwen3 8b，3060上很慢");

    @TestFactory
    Stream<DynamicTest> anEngineNamedAsNotUsedIsNotTheEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String frame : NEGATED) {
            for (String e : List.of("vLLM", "Ollama", "SGLang")) {
                String q = frame.replace("{e}", e);
                tests.add(Parsers.engineIs(q, q, Engine.LLAMA_CPP));
            }
        }
        return tests.stream();
    }

    /** Negated with nothing else named, or a GGUF file run in an app the text does not name: no engine. */
    private static final List<String> NONE = List.of(
            "是否启用VLLM：否\n显卡：4090 24G\n模型：qwen2.5-14b 推理很慢",
            "I run qwen2.5 7b and I don't use vllm. Is 20 t/s normal on my 3090?",
            "Tested Qwen2.5-3B-Instruct-Q8_0.gguf in the app on my Android phone with 8GB RAM: 10 s per token. Is it normal?",
            "手机上加载qwen2.5-3b-instruct-q4_k_m.gguf，8G内存，很慢");

    @TestFactory
    Stream<DynamicTest> anEngineNamedOnlyAsNotUsedLeavesNone() {
        return NONE.stream().map(q -> Parsers.engineIs(q, q, null));
    }

    private static final Map<String, Engine> CASES = Map.ofEntries(
            // a form a form answered yes, or a version after the name, is the engine
            Map.entry("是否启用VLLM：是\n显卡：4090 24G\n模型：qwen2.5-14b 推理很慢", Engine.VLLM),
            Map.entry("vllm: 0.6.3\nGPU: 4090\nqwen2.5 14b is slow", Engine.VLLM),
            // …nor what the engine does not use, a run it cannot make, or quitting it
            Map.entry("ollama没有使用GPU，4090上跑qwen2.5 14b很慢", Engine.OLLAMA),
            Map.entry("I cannot run vllm on my 3090 with qwen2.5 14b, OOM", Engine.VLLM),
            Map.entry("关闭ollama后显存没有释放，4090，qwen2.5 14b", Engine.OLLAMA),
            // a host's log naming its backend's module
            Map.entry("GPUStack 2.0.0 on two RTX 3070 8GB cannot start Qwen3-0.6B:\n"
                    + "2025-12-06 07:03:53 - gpustack.policies.candidate_selectors.vllm_resource_fit_selector - INFO - "
                    + "The model requires approximately 3.7 GiB of VRAM.", Engine.VLLM),
            Map.entry("GPUStack 2.0 cannot start qwen3-8b-q4_k_m.gguf on my 3070", Engine.OTHER),
            // mistral.rs by its crates' log lines, and lagent's LMDeploy wrapper (MindSearch's config)
            Map.entry("M1 Pro 16GB, Qwen3-8B-Q4_K_M.gguf:\n2026-04-08T18:41:28.272216Z  INFO mistralrs_core::pipeline::gguf: "
                    + "GGUF file(s) [\"workdir/qwen3/Qwen3-8B-Q4_K_M.gguf\"]", Engine.OTHER),
            Map.entry("本地部署显存不足如何多卡运行？\nllm = LMDeployServer(path='internlm/internlm2_5-7b-chat', model_name='internlm2')",
                    Engine.OTHER),
            // an app launched or named, with a traceback through one engine's package or that engine's own log lines
            Map.entry("swift deploy --model Qwen/Qwen2.5-72B-Instruct\nTraceback (most recent call last):\n"
                    + "  File \"/usr/local/lib/python3.10/site-packages/vllm/engine/llm_engine.py\", line 301, in __init__\n"
                    + "torch.OutOfMemoryError: CUDA out of memory on 4 x 4090", Engine.VLLM),
            Map.entry("llamafactory-cli api examples/inference/qwen2.yaml\n"
                    + "  File \"/opt/conda/lib/python3.10/dist-packages/sglang/srt/managers/scheduler.py\", line 1805\n"
                    + "RuntimeError: out of memory on an A100 40GB", Engine.SGLANG),
            Map.entry("I use LLaMA-Factory's web UI to chat with qwen2.5 7b on a 3090 and it runs out of memory:\n"
                    + "INFO 05-13 10:11:12 [config.py:58] This model supports multiple tasks", Engine.VLLM),
            Map.entry("I run DB-GPT with qwen2.5 14b on a 4090, OOM:\nllm_load_tensors: offloading 32 repeating layers to GPU",
                    Engine.LLAMA_CPP),
            // …and with none shown, or the engine also named apart as the comparison, the app
            Map.entry("swift deploy --model Qwen/Qwen2.5-72B-Instruct\ntorch.OutOfMemoryError: CUDA out of memory on 4 x 4090",
                    Engine.OTHER),
            Map.entry("I compared TorchChat's tokens/second with llama-cpp on my M1. I am using FP16 with llama-cpp: "
                    + "TorchChat 1.85 t/s, llama-cpp 11.27 t/s\nggml_backend_metal_log_allocated_size: allocated buffer", Engine.OTHER),
            // a GGUF file with no app told of is the llama.cpp family's, and a binding of llama.cpp on a phone is llama.cpp
            Map.entry("qwen2.5-14b-instruct-q4_k_m.gguf is slow on my 3060 12GB", Engine.LLAMA_CPP),
            Map.entry("iPad Air 5, iOS 17.3: MiniCPM-o Model-7.6B-Q4_K_M.gguf with llama.rn 0.3.10 outputs garbage", Engine.LLAMA_CPP),
            // ComfyUI and an evaluation harness are apps the model runs in, over an engine named only as the comparison
            Map.entry("My desktop running ComfyUI with Qwen3-VL-2B on a 3060 12GB takes 45 s per image, while my mini PC runs "
                    + "Ollama with the same model in 5 s", Engine.OTHER),
            Map.entry("Any minimum requirements? GTX 1070 8GB, 32 GB RAM, Comfy UI portable install", Engine.OTHER),
            Map.entry("python run.py --data MMMU_DEV_VAL --model InternVL2-8B\n8张24GB显卡，OOM，VLMEvalKit有没有工具预分配显存？",
                    Engine.OTHER),
            // …and a harness told to run an engine runs that engine
            Map.entry("python run.py --data MMBench_DEV_EN --model Qwen2-VL-7B-Instruct --use-vllm: VLMEvalKit runs out of memory "
                    + "on my 4090", Engine.VLLM),
            // …as lm-evaluation-harness is by its --model, which names the backend (its "hf" is its own word: the harness)
            Map.entry("lm_eval --model vllm --model_args pretrained=meta-llama/Llama-3.1-8B-Instruct,tensor_parallel_size=2 runs out "
                    + "of memory on two 3090s", Engine.VLLM),
            Map.entry("On my 4090, lm_eval --model sglang --model_args pretrained=Qwen/Qwen2.5-7B-Instruct is slow", Engine.SGLANG),
            Map.entry("On my 4090, lm_eval --model hf --model_args pretrained=Qwen/Qwen2.5-7B-Instruct is slow", Engine.OTHER));

    /**
     * A chat client or app platform named with no engine is the app the model is run through (the README's rule B names Dify):
     * other, also beside an engine named only as the yardstick; named as not used, or beside the engine run, it is not.
     */
    private static final Map<String, Engine> CLIENTS = Map.of(
            "Hello OpenWebUI team, Llama3.1 takes a long time to answer the first prompt on my 4090. Why?", Engine.OTHER,
            "A chatbot released on Dify with qwen2-7b q8 takes 15GB of GPU memory, normally it should be 9GB", Engine.OTHER,
            "Serving gemma 3 27b on a DGX Spark and testing with openwebUI, I get less than 10 tokens/s", Engine.OTHER,
            "In Open WebUI llama3.1 8b is slow on my 3060, while it works fine in LM Studio", Engine.OTHER,
            "Not through open-webui, directly with ollama: qwen2.5 32b on my 3090 is slow", Engine.OLLAMA);

    @TestFactory
    Stream<DynamicTest> aClientAloneIsTheAppItRunsIn() {
        List<DynamicTest> tests = new ArrayList<>();
        CLIENTS.forEach((q, e) -> tests.add(Parsers.engineIs(q, q, e)));
        String negated = "I don't use Open WebUI; qwen2.5 7b on my 3090 is slow";
        tests.add(Parsers.engineIs(negated, negated, null));
        return tests.stream();
    }

    /**
     * The client an engine read as other is, by the name its project writes and its documented default backend, in any
     * spelling listed; none when the engine run is named beside it, or when it is said not to be used.
     */
    @Test
    void givenAClientNamedAloneThenTheQuestionCarriesItsNameAndDefaultBackend() {
        Map<String, ChatClient> read = Map.of(
                "Hello OpenWebUI team, Llama3.1 takes a long time to answer the first prompt on my 4090. Why?", new ChatClient("Open WebUI", Engine.OLLAMA),
                "In Open WebUI llama3.1 8b is slow on my 3060, while it works fine in LM Studio", new ChatClient("Open WebUI", Engine.OLLAMA),
                "I use continue.dev with qwen2.5 coder 7b on my 3060, is it slow?", new ChatClient("Continue", null),
                "我用cherrystudio接入qwen3 32b，两张4090，回复很慢", new ChatClient("Cherry Studio", null));
        read.forEach((q, c) -> assertThat(Parsers.PARSER.parse(q).client()).as(q).isEqualTo(c));
        for (String q : List.of("Not through open-webui, directly with ollama: qwen2.5 32b on my 3090 is slow",
                "I use Open WebUI as the front end and vLLM serves qwen3 14b on my 3090; it runs out of memory",
                "lmdeploy serves qwen2.5 14b on my 4090 and I chat with it in Open WebUI")) {
            assertThat(Parsers.PARSER.parse(q).client()).as(q).isNull();
        }
    }

    /**
     * A program the table does not know, launched with the model file, is the program run (other); llama.cpp's own programs of
     * before the llama- prefix, and prose that passes a flag, leave the file to name its family.
     */
    private static final Map<String, Engine> LAUNCHED = Map.of(
            "`starcoder -m ./starchat-alpha-ggml-q4_0.bin -t 16` uses all cores of my Xeon, is 310 ms per token expected?", Engine.OTHER,
            "(.venv) bingo@ubuntu:~/llm/Nano$ ./nano_wss ./models/qwen3-0b6_q8.bin -P 8888\n输出的全是乱码，是什么原因？", Engine.OTHER,
            "./build/bin/main -m models/7B/ggml-model-q4_0.bin -t 8 is slow on my 3060", Engine.LLAMA_CPP,
            "./embedding -m qwen2.5-7b-instruct-q4_k_m.gguf -p hi is slow on my 3060", Engine.LLAMA_CPP,
            "When I pass -m qwen2.5-7b-instruct-q4_k_m.gguf it is slow on my 3060", Engine.LLAMA_CPP);

    @TestFactory
    Stream<DynamicTest> anUnknownProgramLaunchedWithTheModelIsTheOneRun() {
        List<DynamicTest> tests = new ArrayList<>();
        LAUNCHED.forEach((q, e) -> tests.add(Parsers.engineIs(q, q, e)));
        String script = "python chat.py -m ./models/qwen-7b.bin runs out of memory on my 3060";
        tests.add(Parsers.engineIs(script, script, null));
        return tests.stream();
    }

    /**
     * A GGUF beside the tracing log lines of a Rust program the list does not know is run by that program (other), not by
     * llama.cpp; a binding of llama.cpp printing such lines, or a GGUF with no log, leaves the file to name its family.
     */
    private static final Map<String, Engine> RUST_LOGGED = Map.of(
            "Cannot load Qwen3-8B-Q4_K_M.gguf on my M1 Pro 16GB:\n"
                    + "2026-04-08T18:41:28.272456Z  INFO some_engine::pipeline: Prompt chunk size is 1024.", Engine.OTHER,
            "显存碎片化加载不了 qwen3-30b-a3b-q4_k_m.gguf，7900 XTX 24G\n"
                    + "2026-08-30T10:55:56.093822Z  INFO infr_vulkan: [infr] vulkan device Vulkan0", Engine.OTHER,
            "Cannot load Qwen3-8B-Q4_K_M.gguf on my 3060:\n2025-03-01T10:00:00.000Z INFO llama_cpp_2::model: loading", Engine.LLAMA_CPP,
            "Cannot load Qwen3-8B-Q4_K_M.gguf on my 3060 12GB, it runs out of memory", Engine.LLAMA_CPP);

    @TestFactory
    Stream<DynamicTest> aRustProgramsLogBesideAGgufIsThatProgram() {
        List<DynamicTest> tests = new ArrayList<>();
        RUST_LOGGED.forEach((q, e) -> tests.add(Parsers.engineIs(q, q, e)));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> anEngineShownOrAnAppNamedIsReadSo() {
        List<DynamicTest> tests = new ArrayList<>();
        CASES.forEach((q, e) -> tests.add(Parsers.engineIs(q, q, e)));
        return tests.stream();
    }
}
