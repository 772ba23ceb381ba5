package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

/**
 * The engine an app outside the list runs, as the README's rule B reads it: an app with several loaders named with one of them
 * runs that one (text-generation-webui with ExLlama), an app launched that shows one engine's own log lines or traceback frames
 * runs that engine, a host's package-version list is weaker than an engine logged elsewhere, a Python keyword argument of a
 * transformers config is no TGI flag, LMDeploy's engine config starts LMDeploy, and an engine used before ("之前用ollama") is
 * not the one run now. Near misses keep the app: loaders listed as tried, an app with one backend naming what it is built on,
 * an app launched with no engine's log lines.
 */
class EngineAppBackendFormsTest {

    private static final Map<String, Engine> CASES = Map.ofEntries(
            // an app with several loaders, one of them named as run
            Map.entry("I run Mistral Large exl2 3.0bpw with the ExLlamav2_HF loader in oobabooga and it crashes on the third GPU",
                    Engine.EXLLAMA),
            Map.entry("Model: text-generation-webui\nI load Llama 3.1 70B 6.0bpw with ExLlamav2 and get OOM at 7K context on ROCm",
                    Engine.EXLLAMA),
            Map.entry("text-generation-webui里用transformers加载qwen2.5 14b，4090显存不够", Engine.TRANSFORMERS),
            Map.entry("I serve qwen2.5 7b with ipex-llm's vLLM image on an Arc A770 and it runs out of memory", Engine.VLLM),
            // …but a format in a model's name is no loader named
            Map.entry("text-generation-webui:\nINFO:Loading TheBloke_Mistral-7B-exl2-4bpw...\nwhy so slow on my 3060?", Engine.OTHER),
            // …but loaders listed as tried, or an app with one backend that names what it is built on, stay the app
            Map.entry("text-generation-webui: tested AutoGPTQ,ExLlama_HF,ExLlama on the same 34B GPTQ model, all 0.5 tokens/s on a P40",
                    Engine.OTHER),
            Map.entry("koboldcpp (built on llama.cpp) is slow with qwen2.5 14b on my 3060", Engine.OTHER),
            // an app launched, showing one engine's own log lines or traceback frames
            Map.entry("python server.py --chat --auto-devices\nllama.cpp weights detected: models/13B/ggml-model-q4_0.bin\n"
                    + "llama_model_load: loading model\n0.06 tokens/s on a 2070, how do I speed it up?", Engine.LLAMA_CPP),
            Map.entry("swift infer --model_type qwen2-vl-7b-instruct\nTraceback (most recent call last):\n"
                    + "  File \"/opt/conda/lib/python3.10/site-packages/transformers/generation/utils.py\", line 2045, in generate\n"
                    + "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 39.25 GiB", Engine.TRANSFORMERS),
            // …and with none shown, the app
            Map.entry("swift infer --model_type qwen2-vl-7b-instruct\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 39.25 GiB",
                    Engine.OTHER),
            // a host's version list beside an engine's own log lines
            Map.entry("xinference 启动 qwen2.5-72b 报错\ntransformers 4.47.1\nvllm 0.7.0\n"
                    + "WARNING 05-15 15:12:09 model_runner_base.py:143] Failed to pickle inputs of failed execution", Engine.VLLM),
            Map.entry("xinference部署Qwen1.5-72B显存占用翻倍\nxinference版本 0.9.0\nvllm 0.3.0", Engine.VLLM),
            // transformers' GPTQConfig argument, and TGI's own flag and warmup log
            Map.entry("config = GPTQConfig(bits=4, use_exllama=True, max_input_length=2048)\n"
                    + "model = AutoModelForCausalLM.from_pretrained(x, device_map=\"auto\", quantization_config=config)\nV100上推理很慢",
                    Engine.TRANSFORMERS),
            Map.entry("text-generation-launcher --model-id x --max-input-length 4096 OOMs on my A10", Engine.TGI),
            Map.entry("ERROR warmup{max_input_length=1024 max_prefill_tokens=4096}: CUDA out of memory on a T4",
                    Engine.TGI),
            // LMDeploy by its engine config (vLLM the yardstick) and by "ImDeploy"
            Map.entry("A request takes 5s with vllm and 10s with this on a T4:\nbackend_config = TurbomindEngineConfig(model_format='awq', tp=1)\n"
                    + "pipe = pipeline(model_path, backend_config=backend_config)", Engine.OTHER),
            Map.entry("请问imdeploy支持在服务器上进行cpu部署吗？", Engine.OTHER),
            // a version joined to the name
            Map.entry("跑的ktransformersv0.2.1 docker镜像，A10 24G，速度只有2token/s", Engine.KTRANSFORMERS),
            // an engine used before is not the one run now
            Map.entry("之前用ollama跑qwen3 32b，现在用vllm，两张4090够吗？", Engine.VLLM));

    @TestFactory
    Stream<DynamicTest> theEngineAnAppRunsIsReadFromWhatTheTextNamesOrShows() {
        return CASES.entrySet().stream().map(e -> Parsers.engineIs(e.getValue() + ": " + e.getKey(), e.getKey(), e.getValue()));
    }
}
