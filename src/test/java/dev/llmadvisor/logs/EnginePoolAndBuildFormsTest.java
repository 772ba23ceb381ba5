package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engine messages that look like a lack of memory and are not: ggml's own context pool overflowing (the figures are the
 * pool's bytes, not the GPU's memory) is an engine bug, "other"; llama-cpp-python refusing a tensor_split because
 * LLAMA_MAX_DEVICES is 1 shows a build without a GPU backend, "gpu_not_used"; PyTorch finding tensors on two GPUs is a
 * split the model's code does not support, "multi_gpu_split", while a CPU among the devices is not read as that.
 */
class EnginePoolAndBuildFormsTest {

    private static final String POOL = "ggml_new_object: not enough space in the context's memory pool (needed 26231472, available 26231136)";

    @Test
    void givenGgmlsPoolMessage_thenItsFiguresAreReadAsThePoolsBytes() {
        LogFacts f = LogReader.read("llama_new_context_with_model: pipeline parallelism enabled (n_copies=4)\n" + POOL + "\nSegmentation fault");
        assertThat(f.ggmlPoolShort()).isTrue();
        assertThat(f.ggmlPoolNeededBytes()).isEqualTo(26231472);
        assertThat(f.ggmlPoolAvailableBytes()).isEqualTo(26231136);
        assertThat(f.allocationFailed()).as("no allocation on the GPU failed").isFalse();
    }

    @Test
    void givenGgmlsPoolMessage_withACardAModelOrWordsOfMemory_thenTheCauseIsTheEngineNotTheMemory() {
        for (String text : List.of(
                "Insufficient memory pool on GPU\n**ggml_new_tensor_impl: not enough space in the context's memory pool (needed 13340448, available 10485760)**\n"
                        + "My system requirements are sufficient: NVIDIA GeForce RTX 3080 Ti Laptop GPU",
                "llama 3.1 8b Q4_K_M on my RTX 3090 crashes with --n_batch 4096:\n" + POOL,
                "加载 qwen2.5 14b 时报错，显存不够吗？\n" + POOL))
            assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("other");
    }

    @Test
    void givenASplitRefusedForLlamaMaxDevicesOne_thenTheBuildHasNoGpuBackend() {
        String text = "since the update, I get this error when I try to run models split across two cuda devices:\n"
                + "`ValueError: Attempt to split tensors that exceed maximum supported devices. Current LLAMA_MAX_DEVICES=1`\n"
                + "python3 -m llama_cpp.server --model /models/deepseek-coder-33b-instruct.Q4_K_M.gguf --n_gpu_layers 56 --tensor_split 64 36";
        assertThat(LogReader.read(text).noGpu()).isTrue();
        assertThat(RealAdvisors.diagnosedCause(text)).isEqualTo("gpu_not_used");
    }

    @Test
    void givenTensorsFoundOnTwoGpus_thenTheSplitIsTheCause() {
        for (String text : List.of(
                "model = AutoModelForCausalLM.from_pretrained(path, torch_dtype=torch.float16, device_map='auto')\n"
                        + "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:1 and cuda:0!",
                "采用4张T4显卡执行推理，device_map=\"auto\"，出现bug：RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:2 and cuda:3!",
                "Qwen2-VL 7B on two RTX 3090s:\nRuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cuda:1! (when checking argument for argument tensors in method wrapper_CUDA_cat)"))
            assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("multi_gpu_split");
    }

    @Test
    void givenACpuAmongTheDevices_thenItIsNotReadAsASplitOverGpus() {
        for (String line : List.of(
                "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cpu and cuda:0! (when checking argument for argument mat2 in method wrapper_CUDA_bmm)",
                "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!"))
            assertThat(LogReader.read(line).tensorsOnTwoGpus()).as(line).isFalse();
    }
}
