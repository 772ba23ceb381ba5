package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a diagnosis read right: the memory an engine's check names, a format offered as the fix, one card asked of. */
class DiagnosisWordingTest {

    private static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    private static Reply reply(String question) {
        return ADVISOR.answer("wording-" + question.hashCode(), question).reply();
    }

    @Test
    void ollamasSystemMemoryCheckIsNotCalledTheGpuMemory() {
        // bolt.diy #249: Ollama's check counts the whole machine's memory, RAM and VRAM
        Reply r = reply("I can't get ollama to work. Its saying in the logs \"model requires more system memory (19.5 GiB) than is available (15.4 GiB)\". I'm trying to run deepseek-coder-v2");
        assertThat(r.headline()).startsWith("The model is too large for the memory available").doesNotContain("GPU memory");
        Reply zh = reply("ollama 跑 deepseek-coder-v2 报错：model requires more system memory (19.5 GiB) than is available (15.4 GiB)");
        assertThat(zh.headline()).startsWith("模型太大，可用内存放不下");
    }

    @Test
    void aFormatOfferedAsTheFixIsANounInTheSentence() {
        // vLLM #4821: an 8B model in 16-bit on a 16 GB card
        Reply r = reply("I tried to run Llama 3 8B instruct with vLLM on my RTX 4060 Ti 16GB but it always gives out of memory");
        String fixes = String.join("\n", r.options().stream().map(Reply.Option::detail).toList());
        assertThat(fixes).contains(", which fits entirely on the GPU)").doesNotContain(") fits entirely on the GPU").doesNotContain(")) ");
    }

    @Test
    void anIdleGpuOnAMacIsFixedThroughMetalNotCuda() {
        for (String q : java.util.List.of("ollama on my M2 Max 32GB does not use the GPU, llama3 8b runs on the CPU only",
                "LM Studio on my MacBook M3 16GB: the GPU is not used when I run qwen2.5 7b",
                "我的 M2 Max 32G 上 ollama 跑 llama3 8b 没有用上 GPU")) {
            Reply r = reply(q);
            String fix = String.join("\n", r.options().stream().map(Reply.Option::detail).toList());
            assertThat(fix).as(q).contains("Metal").doesNotContain("CUDA").doesNotContain("NVIDIA");
        }
        // a card on a PC keeps the CUDA fix
        String pc = String.join("\n", reply("ollama on my RTX 3060 12GB does not use the GPU, llama3 8b runs on the CPU only")
                .options().stream().map(Reply.Option::detail).toList());
        assertThat(pc).contains("CUDA");
    }

    @Test
    void oneUnnamedCardIsAskedOfInTheSingular() {
        Reply r = reply("model inference is pretty slow\n2023-08-20 14:20:27,502 - INFO - run_localGPT.py:180 - Running on: cuda\n"
                + "Loading Model: TheBloke/Llama-2-7B-Chat-GGML, on: cuda");
        assertThat(r.toString()).contains("Which GPU is it, with how much memory").doesNotContain("the 1 cards");
    }

    @Test
    void aWindowsMainExeRunWithoutNglIsToldToPassNgl() {
        // llama.cpp on Windows: a CUDA build found the card, and main.exe was run without -ngl
        Reply r = reply("""
                在 llama.cpp 上运行 qwen1_5-14b-chat-q4_0.gguf 不能使用GPU推理，显卡 2080ti 22GB，已用 cmake .. -DLLAMA_CUBLAS=ON 编译成功
                `build\\bin\\Release\\main.exe -m D:\\Models\\qwen1_5-14b-chat-q4_0.gguf -n 512 --color -i`
                ```
                ggml_cuda_init: found 1 CUDA devices:
                  Device 0: NVIDIA GeForce RTX 2080 Ti, compute capability 7.5, VMM: yes
                llm_load_tensors: offloading 0 repeating layers to GPU
                llm_load_tensors: offloaded 0/41 layers to GPU
                llm_load_tensors:        CPU buffer size =  7794.73 MiB
                ```
                """);
        String fix = String.join("\n", r.options().stream().map(Reply.Option::detail).toList());
        assertThat(fix).contains("没有设置 GPU 层数").contains("-ngl 99").doesNotContain("用带 CUDA 的 llama.cpp");
    }

    @Test
    void aServingEnginesQuantizedOptionIsSizedByItsWeights() {
        // vLLM #16570: a 72B model in 16-bit on 4 A100 40GB; vLLM reserves the same share of the GPUs for any format
        Reply r = reply("Qwen2.5-VL-72B-Instruct out of memory with vLLM on 4x A100 40GB, --tensor-parallel-size 4 --max_model_len 8192");
        String fixes = String.join("\n", r.options().stream().map(Reply.Option::detail).toList());
        assertThat(fixes).containsPattern("FP8 \\(\\d+\\.\\d GB of weights, which fits entirely on the GPU\\)");
    }

    @Test
    void anIdleGpuInAnotherAppIsFixedInThatApp() {
        // gpt4all #1877: the app's own GPU setting, not a llama.cpp build or PyTorch
        String fix = String.join("\n", reply("GPT4All does not use my RTX 3060 12GB GPU, mistral 7b runs on the CPU only")
                .options().stream().map(Reply.Option::detail).toList());
        assertThat(fix).contains("set the app to run on the GPU").doesNotContain("cmake").doesNotContain("PyTorch");
    }

    @Test
    void aCutOffOutOfMemoryErrorLeavesNoUnfilledFigure() {
        // guardrails #658: the error is cut off after "Tried to allocate 448.00 MiB. GPU", naming no capacity or free memory
        Reply r = reply("I'm running on Google Colab using the T4 GPU. When I deploy Lynx 70b with "
                + "`python -m vllm.entrypoints.openai.api_server --model 'PatronusAI/Patronus-Lynx-70B-Instruct'` I get "
                + "` torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 448.00 MiB. GPU `");
        assertThat(r.toString()).contains("448 MiB").doesNotContain("?").doesNotContain("0.00 GiB");
    }

    @Test
    void aCudaBuildThatCannotReachTheGpuIsNotToldToUseACudaBuild() {
        // llama.cpp #1866: the official server-cuda image, and CUDA failed to initialize
        Reply r = reply("""
                I'm seeing this too, with the official server-cuda image, pulled today. 128GB RAM, 96GB VRAM, Meta-Llama-3-70B-Instruct.Q5_K_M.gguf
                ```
                llama-cpp    | ggml_cuda_init: failed to initialize CUDA: unknown error
                llama-cpp    | llm_load_tensors: offloaded 81/81 layers to GPU
                llama-cpp    | llm_load_tensors:        CPU buffer size = 47628.36 MiB
                ```
                """);
        String fix = String.join("\n", r.options().stream().map(Reply.Option::detail).toList());
        assertThat(fix).contains("nvidia-smi").contains("--gpus all").doesNotContain("use a CUDA build");
    }

    @Test
    void anEstimateThatTheEngineRefusesSaysWhyBesideWeightsThatFitTheCard() {
        // MiniCPM-o #919: 14.2 GB of weights "do not fit" an 18 GB card under vLLM, which reads as a contradiction unless
        // the estimate says what vLLM reserves on top of the weights
        Reply r = reply("[vllm] - 文档写占用显存18GB，但是我实际vllm部署时候发现占用了70多GB呢\n\n为什么文档写\nMiniCPM-o 2.6 | GPU | 18 GB\n"
                + "占用显存18GB，但是我实际vllm部署时候发现占用了70多GB呢");
        String estimate = r.options().stream().filter(o -> o.title().equals("我们的估算")).map(Reply.Option::detail).findFirst().orElseThrow();
        assertThat(estimate).contains("放不下：vLLM").contains("KV 缓存").doesNotContain("放一部分到内存里也不行");
    }
}
