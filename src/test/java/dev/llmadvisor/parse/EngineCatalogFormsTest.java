package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runtimes the catalog grew by (transformers.js, Intel's extension for transformers, torchchat, ExecuTorch's .pte programs,
 * RWKV's strategy strings and RWKV-Runner's presets, Ollama's runner errors, text-generation-webui's timed log lines, an EXL2
 * model's joined bits per weight, Unsloth's loaders, DB-GPT) named in English and Chinese questions and pasted logs; near misses keep their old
 * reading (plain transformers, a bare "cuda fp16", a company's "Pte. Ltd."). llama.cpp's KV cache log lines tell the cache's
 * type, never the weights'.
 */
class EngineCatalogFormsTest {

    private static final List<String> FRAMES = List.of(
            "I use %s with qwen2.5 7b on a 3060 12GB and it runs out of memory. Why?",
            "Log:\n```\n%s\n```\nThe model is very slow on my 4090, is that normal?",
            "我用 %s 跑 qwen2.5 7b，显卡是 3060 12GB，显存不够怎么办？");

    private static final Map<String, Engine> VALUES = Map.ofEntries(
            Map.entry("transformers.js v3 with device: 'webgpu'", Engine.OTHER),
            Map.entry("@huggingface/transformers", Engine.OTHER),
            Map.entry("transformer.js 3.8.1", Engine.OTHER),
            Map.entry("intel-extension-for-transformers", Engine.OTHER),
            Map.entry("torchchat", Engine.OTHER),
            Map.entry("the compiled llama3_2.pte on the phone", Engine.OTHER),
            Map.entry("strategy 'cuda fp16i8 *10 -> cpu fp32'", Engine.OTHER),
            Map.entry("the GPU-4G-7B-CN preset", Engine.OTHER),
            Map.entry("Error: llama runner exited, you may not have enough available memory to run this model", Engine.OLLAMA),
            Map.entry("Error: llama runner process has terminated: exit status 0xc0000409", Engine.OLLAMA),
            Map.entry("15:48:46-070819 INFO     Loading \"TheBloke_Llama-2-13B-GPTQ\"", Engine.OTHER),
            Map.entry("turboderp_Llama-3.1-70B-Instruct-exl2_4.0bpw", Engine.EXLLAMA),
            // Unsloth's loader runs the model, over the vLLM flags it passes through; DB-GPT by its name
            Map.entry("model, tokenizer = FastLanguageModel.from_pretrained(\"unsloth/Qwen3-4B\", fast_inference = True, gpu_memory_utilization = 0.8)",
                    Engine.OTHER),
            Map.entry("DB-GPT (main branch) with vicuna-13b-v1.5", Engine.OTHER),
            // …but Unsloth's Hub organisation and DB-GPT's fine-tuning repository name no program
            Map.entry("model = AutoModelForCausalLM.from_pretrained(\"unsloth/Llama-3.2-3B-Instruct\")", Engine.TRANSFORMERS),
            Map.entry("llama-server -m unsloth/Qwen3-8B-GGUF/Qwen3-8B-UD-Q4_K_XL.gguf -ngl 99", Engine.LLAMA_CPP),
            Map.entry("pipe = pipeline(\"text-generation\", model = \"/root/DB-GPT-Hub-main/dbgpt_hub/output/codellama-13b-sql-sft\")",
                    Engine.TRANSFORMERS),
            // the near misses: the library itself, however it is written next to other words
            Map.entry("transformers 4.40.0", Engine.TRANSFORMERS),
            Map.entry("pip install -U transformers.", Engine.TRANSFORMERS),
            Map.entry("the huggingface/transformers library", Engine.TRANSFORMERS),
            // a Hub organisation's model id is no program: transformers loads TabbyML's checkpoints as well
            Map.entry("model = AutoModelForCausalLM.from_pretrained(\"TabbyML/StarCoder-1B\")", Engine.TRANSFORMERS));

    @TestFactory
    Stream<DynamicTest> eachRuntimeNamedOrShownIsItsEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        VALUES.forEach((value, engine) -> {
            for (String frame : FRAMES) {
                String q = frame.formatted(value);
                tests.add(Parsers.engineIs(engine + ": " + q, q, engine));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> nearMissesNameNoRuntime() {
        List<String> texts = List.of(
                "I bought an RTX 4090 from Acme Pte. Ltd. Can it run qwen2.5 32b?",
                "Does qwen2.5 7b run in cuda fp16 on a 3060 12GB?",
                "我的 4060 8GB 用 fp16 跑 qwen2.5 7b 够吗？",
                "Can a GPU with 4G run a 7B model in English?");
        return texts.stream().map(q -> DynamicTest.dynamicTest(q,
                () -> assertThat(Parsers.PARSER.parse(q).engine()).as(q).isIn(null, Engine.TRANSFORMERS)));
    }

    private static final List<String> KV_LOGS = List.of(
            "llama_new_context_with_model: KV self size  = 8192.00 MiB, K (%1$s): 4096.00 MiB, V (%1$s): 4096.00 MiB",
            "llama_kv_cache_unified: size = 6564.00 MiB ( 70016 cells,  48 layers,  1/ 1 seqs), K (%1$s): 3282.00 MiB, V (%1$s): 3282.00 MiB",
            "llama_kv_cache_init: layer 0: n_embd_k_gqa = 1024, type_k = '%1$s', type_v = '%1$s'\nllama_kv_cache_init: layer 1: type_k = '%1$s', type_v = '%1$s'");

    @TestFactory
    Stream<DynamicTest> theKvCacheLinesOfALogAreNoWeightFormat() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String log : KV_LOGS) {
            for (String type : List.of("f16", "q8_0", "q4_0")) {
                String alone = "Out of memory with a 64k context on my 4060 Ti 16GB:\n" + log.formatted(type);
                tests.add(DynamicTest.dynamicTest(alone, () -> assertThat(Parsers.PARSER.parse(alone).format()).as(alone).isNull()));
                String withFile = "Loading Meta-Llama-3-8B-Instruct-Q5_K_M.gguf on a 4060 Ti 16GB fails:\n" + log.formatted(type);
                tests.add(DynamicTest.dynamicTest(withFile,
                        () -> assertThat(Parsers.PARSER.parse(withFile).format()).as(withFile).isEqualTo(WeightFormat.Q5_K_M)));
            }
        }
        // near miss: a weight format said in words beside the same word "K" stays read
        String said = "I run llama 3 8b in f16 on a 4090; the K (keys) are fine";
        tests.add(DynamicTest.dynamicTest(said, () -> assertThat(Parsers.PARSER.parse(said).format()).as(said).isEqualTo(WeightFormat.F16)));
        return tests.stream();
    }
}
