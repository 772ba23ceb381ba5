package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a diagnosis, then what it says holds together and is said in the person's own terms: the memory of their machine
 * (a Mac or a machine without a GPU has no GPU memory apart from RAM), a format offered as smaller that is smaller than the
 * one they run, no runner-up that the top cause rules out, and the engine's own setting for a fix.
 */
class FixInTheirTermsTest {

    private static Reply reply(String question) {
        return askAsShipped(question).reply();
    }

    private static String options(Reply r) {
        return String.join("\n", r.options().stream().map(o -> o.title() + ": " + o.detail()).toList());
    }

    @Test
    void aModelTooLargeForAMacOrAMachineWithoutAGpuIsTooLargeForItsOneMemory() {
        for (String q : List.of("GPT4All on my MacBook Air M1 8GB: the Hermes 13B model won't load, it hangs on loading and swaps",
                "I'm running alpaca 7b on my Xeon server with no GPU and 4GB of RAM and it is very slow, 20 minutes per word;"
                        + " the swap is 90% used. Is something wrong with my server?")) {
            Reply r = reply(q);
            assertThat(r.headline()).as(q).startsWith("The model is too large for the memory available").doesNotContain("GPU memory");
            assertThat(options(r)).as(q).contains("does not fit in the machine's memory").doesNotContain("not even with part of it in system RAM");
        }
        // then a Jetson, whose GPU shares one memory with its CPU, has no system RAM apart either
        Reply jetson = reply("Ollama on my Jetson Orin Nano 8GB: Llama 2 13B won't load, it hangs on loading and swaps");
        assertThat(options(jetson)).contains("does not fit in the machine's memory").doesNotContain("not even with part of it in system RAM");
        // then a card with memory of its own keeps "GPU memory"
        assertThat(reply("llama 2 70b Q4_K_M on my RTX 3060 12GB with vLLM gives CUDA out of memory").headline())
                .doesNotStartWith("The model is too large for the memory available");
    }

    @Test
    void theFormatOfferedAsSmallerIsSmallerThanTheOneRun() {
        // the log says the weights did not fit where our estimate fits Q4_K_S with room: a larger quant is no fix
        Reply r = reply("""
                LM Studio on my Radeon AI PRO R9700 32GB: Qwen3 14B Q4_K_S at context 32768 fails to load:
                ggml_vulkan: Device memory allocation of size 1059303232 failed.
                ggml_vulkan: vk::Device::allocateMemory: ErrorOutOfDeviceMemory
                alloc_tensor_range: failed to allocate Vulkan0 buffer of size 1059303232""");
        String fix = r.options().get(0).detail();
        assertThat(fix).contains("Q3_K_M").doesNotContain("Q8_0").doesNotContain("Q6_K").doesNotContain("Q5_K");
        // then the layers are set where LM Studio sets them, not with llama.cpp's flag
        assertThat(fix).contains("GPU Offload in the load settings").doesNotContain("-ngl");
    }

    @Test
    void weightsBeyondTheGpusLeaveNoContextCauseBesideThemAndVllmOffloadsByItsFlag() {
        Reply r = reply("vllm serve cognitivecomputations/Qwen3-235B-A22B-AWQ --tensor-parallel-size 4 --max-model-len 8192"
                + " on 4x A10 24GB always gives OOM");
        assertThat(r.headline()).startsWith("The model is too large for the GPU memory");
        assertThat(r.options()).extracting(Reply.Option::title).doesNotContain("Also possible");
        assertThat(r.options().get(0).detail()).contains("--cpu-offload-gb").doesNotContain("layers in RAM");
    }

    @Test
    void weightsLoadedIn16BitsAreNotSaidToBeTooLargeAgainBesideIt() {
        // given a 16-bit load that overflows a card a quantized form fits: the runner-up "too large" is the same finding
        Reply r = reply("RTX 4090 跑 Baichuan2-13B-Chat，用 transformers 加载，一开始聊天就报显存溢出");
        assertThat(r.headline()).startsWith("模型以未量化的 16/32 位加载");
        // then one fix, the quantized load, and no "also possible" repeating it
        assertThat(r.options()).extracting(Reply.Option::title).contains("解决办法").doesNotContain("也可能");
    }

    @Test
    void aWeightsBufferWithNoSizeInTheLogIsNamedWithoutAPlaceholder() {
        // given Ollama's allocation error, which prints no size
        Reply r = reply("ollama run llama3.1:70b on my RTX 3090 fails: Error: llama runner process has terminated: error loading model:"
                + " unable to allocate CUDA0 buffer");
        // then the cause names a buffer, never a "?" where the size would go
        assertThat(r.headline()).contains("needed a buffer on").doesNotContain("?");
    }

    @Test
    void aReservationThatLeavesTooLittleIsLoweredWithThatEnginesOwnSettings() {
        // given LMDeploy running out beside weights that fit, at a session length already short
        Reply r = reply("lmdeploy serve api_server Qwen/Qwen2.5-14B-Instruct-AWQ --model-format awq --session-len 500 on my RTX 4090"
                + " gives CUDA out of memory when loading");
        // then the fix names LMDeploy's settings, not vLLM's
        assertThat(r.options().get(0).detail()).contains("--cache-max-entry-count, e.g. 0.2-0.5").contains("--session-len")
                .doesNotContain("--max-model-len").doesNotContain("vLLM");
        // and no context too long is offered beside a session of 500 tokens, whose cache cannot be what ran out (no "e.g. 1024"
        // longer than theirs either)
        assertThat(options(r)).doesNotContain("e.g. 1024").doesNotContain("context is too long");
    }

    @Test
    void aContextAllocatedUpFrontIsLoweredWithTheEnginesOwnFlag() {
        Reply r = reply("llama-server with qwen3 8b Q4_K_M on my RTX 3060 12GB takes 11GB of VRAM, far more than the 5GB file."
                + " Why does it use so much memory?");
        assertThat(r.headline()).contains("allocates the KV cache for the whole context");
        assertThat(r.options().get(0).detail()).contains("-c, e.g.").doesNotContain("ExLlama").doesNotContain("max_seq_len");
    }
}
