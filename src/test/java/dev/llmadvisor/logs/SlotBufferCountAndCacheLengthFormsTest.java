package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three engines' own refusals added in the fifty-fifth pass, each in the wordings its users paste (the CLI's or client's
 * exception, a server's 500 or 503 body, a web UI's toast) inside English or Chinese prose: Xinference's "No available slot
 * found for the model" (every GPU already holds a running model: its allocation rule, not a lack of memory), MLX's "[metal::malloc] Resource limit (N) exceeded" (too
 * many live Metal buffers, not too little memory), and PyTorch's narrow() past the end of a cache allocated for
 * max_seq_len positions, as ExLlama and ExLlamaV2 print it (the context set too small). Neighbouring messages of the same
 * engines stay what they were.
 */
class SlotBufferCountAndCacheLengthFormsTest {

    private static String cause(String text) {
        return RealAdvisors.diagnosedCause(text);
    }

    private static final List<String> PROSE_BEFORE = List.of(
            "", "I get this when I start the model:\n", "启动模型时报错：\n", "Any idea?\n```\n");
    private static final List<String> PROSE_AFTER = List.of("", "\nHow do I fix it?", "\n怎么解决？", "\n```");

    private static List<String> pastes(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String before : PROSE_BEFORE) for (String line : lines) for (String after : PROSE_AFTER) out.add(before + line + after);
        return out;
    }

    @Test
    void xinferenceWithEveryGpuTakenIsItsAllocationRuleNotMemory() {
        List<String> lines = List.of(
                "RuntimeError: Failed to launch model, detail: [address=0.0.0.0:52011, pid=4410] No available slot found for the model",
                "Server error: 503 - [address=0.0.0.0:9997, pid=87] No available slot found for the model",
                "xinference launch --model-name qwen2.5-instruct --size-in-billions 7 -n 1\nRuntimeError: No available slot found for the model",
                "Launch model failed: [address=127.0.0.1:30012, pid=2231] no available slot found for the model");
        for (String p : pastes(lines)) assertThat(cause(p)).as(p).isEqualTo("other");
        assertThat(LogReader.read(lines.get(0)).gpusTaken()).isTrue();
    }

    @Test
    void mlxBufferCountLimitIsNotALackOfMemory() {
        List<String> lines = List.of(
                "RuntimeError: [metal::malloc] Resource limit (499000) exceeded.",
                "libc++abi: terminating due to uncaught exception of type std::runtime_error: [metal::malloc] Resource limit (499000) exceeded.",
                "ERROR: Failed to generate text stream: [metal::malloc] Resource limit (524288) exceeded.",
                "mlx_lm.server 跑了一会儿就报 [metal::malloc] Resource limit (499000) exceeded. 内存明明还有很多");
        for (String p : pastes(lines)) assertThat(cause(p)).as(p).isEqualTo("other");
        assertThat(LogReader.read(lines.get(0)).metalResourceLimit()).isTrue();
        // MLX's single-buffer refusal is the size of one allocation, a memory message, not the count of buffers
        assertThat(LogReader.read("[metal::malloc] Attempting to allocate 30064771072 bytes which is greater than the maximum allowed "
                + "buffer size of 28991029248 bytes.").metalResourceLimit()).isFalse();
    }

    @Test
    void aCacheNarrowedPastItsLengthIsTheContextSetTooSmall() {
        List<String> lines = List.of(
                "RuntimeError: start (0) + length (2049) exceeds dimension size (2048).",
                "  File \"exllamav2/model.py\", line 812, in forward\nRuntimeError: start (0) + length (4097) exceeds dimension size (4096).",
                "Output generated in 31.20 seconds (4.10 tokens/s, 128 tokens, context 1980, seed 12)\nRuntimeError: start (1980) + length (128) exceeds dimension size (2048).",
                "聊了几轮之后报错 RuntimeError: start (0) + length (8193) exceeds dimension size (8192).");
        for (String p : pastes(lines)) assertThat(cause(p)).as(p).isEqualTo("other");
        assertThat(LogReader.read(lines.get(0)).contextFull()).isTrue();
    }

    @Test
    void theNeighboursOfTheseMessagesKeepTheirReading() {
        // llama.cpp's own "slot" wording is its context filling, not Xinference's GPUs
        assertThat(LogReader.read("decode: failed to find a memory slot for batch of size 512").gpusTaken()).isFalse();
        // an out-of-memory beside a narrowed cache is a memory diagnosis, not only the context set too small
        assertThat(cause("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.65 GiB "
                + "of which 1.02 GiB is free. Process 4410 has 20.10 GiB memory in use.\nRuntimeError: start (0) + length (2049) exceeds dimension size (2048)."))
                .isNotEqualTo("other");
    }
}
