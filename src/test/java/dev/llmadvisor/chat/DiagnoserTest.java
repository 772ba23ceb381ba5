package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A pasted log or a described failure through the whole pipeline: the cause, its figures, the fix, in English and Chinese. */
class DiagnoserTest {

    static Assembly assembly;

    @BeforeAll
    static void assemble() {
        assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
    }

    private static Answer ask(String conversation, String text) {
        return assembly.advisor().answer(conversation, text);
    }

    private static Answer diagnose(String conversation, String text) {
        Question q = assembly.parser().parse(text).withIntent(Intent.DIAGNOSE);
        return assembly.advisor().answer(conversation, q);
    }

    @Test
    void thePastedVllmErrorGetsTheMaxModelLengthFix() {
        // issue 11's "Why": a pasted KV-cache error that got no word about --max-model-len
        Answer a = ask("d1", "vllm won't start: ValueError: The model's max seq len (32768) is larger than the maximum number of tokens "
                + "that can be stored in KV cache (24320). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.");
        assertThat(a.cause()).isEqualTo("vllm_kv_cache_too_small");
        String text = a.reply().toText(true);
        assertThat(text).contains("--max-model-len 24000").contains("24,320").contains("32,768").contains("--gpu-memory-utilization");
        assertThat(text).contains("vLLM: the max model length exceeds the KV cache");
        assertThat(a.fired()).extracting(f -> f.rule()).contains("vLLM: the max model length exceeds the KV cache");
    }

    @Test
    void lmdeployNamedBesideTransformersIsTheEngineThatReservesItsShare() {
        // lmdeploy #2875: the memory LMDeploy takes, set against transformers' in words; the log reader reads "transformers"
        Answer a = diagnose("d-lmdeploy-share", """
                模型推理时显存占用比使用transformers大
                使用lmdeploy量化后，发现模型加载推理时显存的占用量达到大约67GB，而使用transformers库，原模型MiniCPM-V-2_6加载推理只需要 16GB，
                这是为什么？
                显卡配置：NVIDIA A800
                """);
        assertThat(a.cause()).isEqualTo("other");
        assertThat(a.reply().toText(false)).contains("LMDeploy").contains("--cache-max-entry-count");
    }

    @Test
    void chineseQuestionGetsAChineseAnswer() {
        Answer a = ask("d2", "vllm 部署报错，怎么办？ValueError: The model's max seq len (32768) is larger than the maximum number of tokens "
                + "that can be stored in KV cache (24320).");
        assertThat(a.cause()).isEqualTo("vllm_kv_cache_too_small");
        assertThat(a.reply().headline()).contains("KV 缓存装不下设定的最大长度");
        assertThat(a.reply().toText(false)).contains("--max-model-len 24000").contains("解决办法");
    }

    @Test
    void aLlamaCppLogIsComparedWithOurEstimate() {
        Answer a = diagnose("d3", """
                my 4070 Ti Super 16GB is slow with llama 3.1 70b
                llm_load_tensors: offloaded 30/81 layers to GPU
                llm_load_tensors:        CPU buffer size = 38110.61 MiB
                llm_load_tensors:      CUDA0 buffer size = 13771.88 MiB
                llama_new_context_with_model: n_ctx      = 2048
                """);
        assertThat(a.cause()).isEqualTo("partial_offload");
        String text = a.reply().toText(true);
        assertThat(text).contains("30 of 81 layers are on the GPU and 51 run from system RAM");
        assertThat(text).contains("The log shows").contains("Our estimate").contains("Llama 3.1 70B");
    }

    @Test
    void anEngineThatRefusedToLoadForLackOfMemoryDidNotRunItWhateverOffloadCouldDo() {
        Answer a = diagnose("d4b", "gemma3:4b with ollama on my 8GB laptop: Error: model requires more system memory (4.1 GiB) than is available (3.1 GiB)");
        assertThat(a.cause()).isEqualTo("model_too_large");
        assertThat(a.verdict()).isNotNull();
        assertThat(a.verdict().id()).isEqualTo("no");
    }

    @Test
    void aLoadThatRanOutOfMemoryInSixteenBitsDidNotRunAsTried() {
        // a 4-bit file would fit, and offload could run the 16-bit one slowly, but neither is the setup tried
        Answer a = ask("d4e", "glm-4-9b-chat with transformers in bf16 on my 2080 Ti 11GB: CUDA out of memory");
        assertThat(a.cause()).isEqualTo("unquantized");
        assertThat(a.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void anEngineThatRefusesTheSetupWhateverTheMemoryDidNotRunIt() {
        // vllm #414: 52 heads over 3 GPUs; our estimate says the model fits, but the engine will not start it so
        Answer split = ask("d4c", "I am running LLaMa 33B on 3 V100 32G gpus with vllm: ValueError: Total number of attention heads (52) "
                + "must be divisible by tensor parallel size (3).");
        assertThat(split.cause()).isEqualTo("multi_gpu_split");
        assertThat(split.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aStatedTensorParallelSizeTheHeadsDoNotAdmitIsRefused() {
        // Qwen3-Coder #449: six H20s hold the FP8 weights, but vLLM will not shard 8 KV heads over tp 6
        String asked = "Qwen3-Coder-480B-A35B-Instruct-FP8 deploy fails on H20 141G x6 with vllm: "
                + "vllm serve Qwen3-Coder-480B-A35B-Instruct-FP8 --gpu_memory_utilization 0.9 --tensor-parallel-size %d --enable-expert-parallel";
        Answer six = diagnose("d4h", String.format(asked, 6));
        assertThat(six.cause()).isEqualTo("multi_gpu_split");
        assertThat(six.verdict()).isEqualTo(Verdict.NO);
        assertThat(six.reply().headline()).contains("6 GPUs");
        // a size the heads admit is not refused for it
        Answer eight = diagnose("d4i", String.format(asked, 8).replace("x6", "x8"));
        assertThat(eight.fired()).extracting(f -> f.rule()).doesNotContain("A stated tensor-parallel size the model does not admit");
    }

    @Test
    void aBfloat16RefusalIsAFlagAwaySoTheMemoryDecides() {
        // vllm #730, self-llm #162: "--dtype half" loads the same weights as float16 in the same memory
        String error = " with vllm: ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. "
                + "Your Tesla T4 GPU has compute capability 7.5. You can use float16 instead by explicitly setting the dtype flag.";
        Answer small = ask("d4f", "Llama 3.2 3B Instruct on a Tesla T4 16GB" + error);
        assertThat(small.cause()).isEqualTo("unsupported_hardware");
        assertThat(small.verdict()).isEqualTo(Verdict.FITS);
        // a model whose 16-bit weights do not fit in the T4 is a no for its memory, not for the missing bf16
        Answer large = ask("d4g", "Qwen2.5 14B Instruct on a Tesla T4 16GB" + error);
        assertThat(large.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aFeatureNoFlagWorksAroundStillRefusesTheSetup() {
        assertThat(dev.llmadvisor.reply.DiagnosisWriter.refusesWhateverTheFlags("fp8")).isTrue();
        assertThat(dev.llmadvisor.reply.DiagnosisWriter.refusesWhateverTheFlags("kernels")).isTrue();
        assertThat(dev.llmadvisor.reply.DiagnosisWriter.refusesWhateverTheFlags("bf16")).isFalse();
        assertThat(dev.llmadvisor.reply.DiagnosisWriter.refusesWhateverTheFlags(null)).isFalse();
    }

    @Test
    void anEngineThatPutsNothingInRamRunsTheModelOnTheGpuOrNotAtAll() {
        // amd-strix-halo-vllm-toolboxes #19: gpt-oss-120b answers at 8 tok/s under vLLM, which keeps no layers in RAM
        Answer runs = diagnose("d4j", "vllm serve openai/gpt-oss-120b --max-model-len 131072 on my Ryzen AI Max+ 395 64GB: "
                + "TG 8 tok/s, disappointingly slow");
        assertThat(runs.verdict()).isEqualTo(Verdict.FITS);
        // GLM-4 #149: a 1M-token max_model_len does not start on 40 GB under vLLM: a no, not an offload
        Answer refused = ask("d4k", "请教glm4-9b-1M跑起来需要多少显存？\n想部署一下glm4-9b-1m模型，目前40G显存跑不起来，"
                + "请问一下需要多少显存才能跑支持max_model_len为1M的大模型？");
        assertThat(refused.verdict()).isEqualTo(Verdict.NO);
        // vllm #5951: no card named, but the model runs with tensor parallel 2 under vLLM: it runs on the GPUs
        Answer named = ask("d4l", "When I set VLLM_TENSOR_PARALLEL_SIZE = 2, it works well. But when I change it to 4, vllm can not support "
                + "Phi3-medium-*. model='/data/models/Phi-3-medium-4k-instruct' dtype=torch.float16, max_seq_len=4096, tensor_parallel_size=4");
        assertThat(named.verdict()).isEqualTo(Verdict.FITS);
    }

    @Test
    void aKvCacheThatHoldsSomeTokensMeansTheModelRunsWithAShorterMaxLength() {
        // Qwen #16: vLLM's KV cache holds 24,320 tokens of the model's default 32,768: the weights fit the 3090
        Answer a = ask("d1b", "RTX3090-24G, qwen/Qwen1.5-7B-Chat-GPTQ-Int4 with vllm: ValueError: The model's max seq len (32768) is larger "
                + "than the maximum number of tokens that can be stored in KV cache (24320).");
        assertThat(a.cause()).isEqualTo("vllm_kv_cache_too_small");
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
        // no room for any KV block at all is not that: the weights leave nothing (vllm #2447, Falcon-40B in 16-bit on one A100 80GB)
        Answer none = ask("d1c", "Can Falcon-40B run at single A100 80gb with vllm? ValueError: No available memory for the cache blocks. "
                + "Try increasing `gpu_memory_utilization` when initializing the engine.");
        assertThat(none.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void noRoomForKvBlocksWithTheWeightsInsideVllmsShareIsASettingSoTheModelFits() {
        // Qwen #853: the 16-bit 72B's weights (about 135 GB) fit vLLM's share of four A100 40GB; the maximum length and
        // gpu_memory_utilization, which its error names, leave the KV cache no room
        String error = ": ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.";
        Answer a = ask("d1d", "4张A100-40G使用vllm部署Qwen-72B-Chat报错" + error);
        assertThat(a.cause()).isEqualTo("vllm_kv_cache_too_small");
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
        // a maximum length they state is what they asked for, not a setting to lower: at that length it does not run
        Answer stated = ask("d1e", "4x A100 40GB, vllm serving Qwen-72B-Chat with max_model_len 32768" + error);
        assertThat(stated.cause()).isEqualTo("vllm_kv_cache_too_small");
        assertThat(stated.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aGpuLeftIdleIsTheCauseAndTheCardItWouldRunOnGivesTheVerdict() {
        Answer a = ask("d4d", "ollama runs llama3 8b on my RX 6600 XT but the GPU is not used at all, it all runs on the CPU. Why?");
        assertThat(a.cause()).isEqualTo("gpu_not_used");
        // the 8 GB card holds the 8B at 4-bit once Ollama uses it: the verdict is the card's (the corpus README's rule F)
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
    }

    @Test
    void layersTheLogPutInRamAtTheContextTheySetAreAnOffloadAsRun() {
        // given their own Ollama log placing no layer on two detected 24 GB cards at the num_ctx they set, which our
        // estimate of the engine today fits: what the engine did is the verdict (ollama #10615)
        String log = """
                qwen2.5:14b on my two RTX 3090 is slow since I set num_ctx to 128K
                ```
                level=INFO source=server.go:139 msg=offload library=cuda layers.requested=-1 layers.model=49 layers.offload=%s \
                layers.split="%s" memory.available="[23.3 GiB 23.3 GiB]" memory.required.kv="24.0 GiB" memory.weights.total="8.4 GiB"
                ```
                Why does it not use the GPUs?
                """;
        Answer none = ask("d-ctx-off", log.formatted("0", ""));
        assertThat(none.cause()).isEqualTo("context_too_large");
        assertThat(none.verdict()).isEqualTo(Verdict.OFFLOAD);
        // then every layer on the cards at that context is no offload
        assertThat(ask("d-ctx-on", log.formatted("49", "24,25")).verdict()).isEqualTo(Verdict.FITS);
    }

    @Test
    void anOutOfMemoryAfterTheEnginesOwnSplitIsAnOffloadAsRun() {
        // given the engine's own count of layers on the GPU and off it (not set by hand) and then an out-of-memory: its
        // estimate was too low, and by its own count the model does not fit the GPU as run, so the verdict is offload
        // Ollama's offload line on a 24 GiB ROCm card (ollama #5913)
        Answer ollama = ask("d-split-oom-1", """
                Out of memory when offloading layers on ROCm, llama3:70b
                level=INFO source=memory.go:309 msg="offload to rocm" layers.requested=-1 layers.model=81 layers.offload=43                 memory.available="[24.0 GiB]" memory.required.full="43.1 GiB" memory.required.partial="23.7 GiB"
                CUDA error: out of memory
                """);
        assertThat(ollama.cause()).isEqualTo("other");
        assertThat(ollama.verdict()).isEqualTo(Verdict.OFFLOAD);
        // llama.cpp's own placement line under Ollama, in Chinese
        Answer zh = ask("d-split-oom-2", """
                ollama 跑 qwen2.5:32b 报错，日志：
                llm_load_tensors: offloaded 40/65 layers to GPU
                ggml_backend_cuda_buffer_type_alloc_buffer: allocating 1536.00 MiB on device 0: cudaMalloc failed: out of memory
                显卡是 RTX 3060 12G，这是为什么？
                """);
        assertThat(zh.cause()).isEqualTo("other");
        assertThat(zh.verdict()).isEqualTo(Verdict.OFFLOAD);
        // the same split set by hand (-ngl) is the person's choice, not the engine's estimate: this reading does not apply
        Answer byHand = ask("d-split-oom-3", """
                llama-server -m qwen2.5-32b-instruct-q4_k_m.gguf -ngl 40 on my RTX 3060 12GB
                llm_load_tensors: offloaded 40/65 layers to GPU
                ggml_backend_cuda_buffer_type_alloc_buffer: allocating 1536.00 MiB on device 0: cudaMalloc failed: out of memory
                """);
        assertThat(byHand.cause()).isNotEqualTo("other");
    }

    @Test
    void aReportedWorkingSetupIsImprovedNeverContradicted() {
        Answer a = diagnose("d4", "qwen3 32b runs at 4 tok/s on my RTX 4060 8GB with ollama, how do I make it faster?");
        String text = a.reply().toText(true);
        assertThat(text).doesNotContain("does not fit").doesNotContain("cannot hold").doesNotStartWith("No:");
        assertThat(a.cause()).isEqualTo("partial_offload");
        assertThat(a.reply().headline()).startsWith("It runs (4 tokens/s)");
        assertThat(a.verdict()).isNotNull();
        assertThat(a.verdict().id()).isEqualTo("offload");
    }

    @Test
    void aBareLogIsDiagnosedNotAnsweredWithHelp() {
        Answer a = ask("d5", "ValueError: Total number of attention heads (28) must be divisible by tensor parallel size (8)");
        assertThat(a.reply().kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.cause()).isEqualTo("multi_gpu_split");
        assertThat(a.reply().toText(false)).contains("--tensor-parallel-size 2, 4, 7 or 14");
    }

    @Test
    void askingWhyTheCpuIsNotBusierWithNoGpuIsAboutRamBandwidth() {
        Answer a = diagnose("d8", "I run mistral 7b with llama.cpp on a 64-core Xeon server and the CPU usage stays at 50%. How do I get it to 100%?");
        assertThat(a.cause()).isEqualTo("ram_bandwidth");
        assertThat(a.reply().toText(false)).contains("RAM bandwidth");
        Answer withGpu = diagnose("d9", "ollama with mistral 7b on my RTX 3060 12GB: CPU usage is 50% and the answers are slow");
        assertThat(withGpu.cause()).isNotEqualTo("ram_bandwidth");
    }

    @Test
    void withoutAnyClueTheAnswerSaysSoAndAsksForTheLog() {
        Answer a = diagnose("d6", "why does it not work?");
        assertThat(a.cause()).isNull();
        assertThat(a.reply().toText(false)).contains("cannot tell the cause").contains("Paste the engine's");
    }

    @Test
    void ordinaryQuestionsAreNotRoutedToTheDiagnosis() {
        Answer a = ask("d7", "can two 3090s run llama 3.1 70b at 32k context?");
        assertThat(a.cause()).isNull();
        assertThat(a.shown()).isNotEmpty();
    }

    @Test
    void ofTwoModelsNamedTheBaselineIsTheOneTheLogLoads() {
        // sglang #10736: gpt-oss-120b runs on the H20; the log loads qwen3-next-80b and fails
        Answer a = ask("d45focus", """
                gpt-oss-120b model can be ran on a single H20 GPU and is very fast. But always got memory error when try to run Qwen3-Next-80B-A3B.
                python3 -m sglang.launch_server --model-path qwen3-next-80b --host 0.0.0.0 --port 30000
                torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 95.08 GiB of which 1.27 GiB is free.
                """);
        // then the estimate is of the model the log loads, and both models stay in what was understood
        assertThat(a.reply().options()).filteredOn(o -> o.title().equals("Our estimate")).singleElement()
                .satisfies(o -> assertThat(o.detail()).startsWith("Qwen3-Next"));
        assertThat(a.understood().models()).hasSize(2);
    }
}
