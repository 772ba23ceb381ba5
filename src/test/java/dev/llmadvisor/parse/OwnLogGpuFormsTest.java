package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label rule G: a GPU shown by the person's own log, error or command is theirs. With no card named, a CUDA/ROCm/NPU error,
 * a device buffer, layers offloaded to a GPU or a run given one device is one card of a model not said; several parallel
 * sizes tried ran on as many cards as the largest. Someone else's log (quoted), a CPU-only build's log and an offload of
 * no layers show no card of theirs.
 */
class OwnLogGpuFormsTest {

    private static void assertUnnamedCards(String q, int count) {
        Understood u = Understanding.of(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isNull();
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(count);
        assertThat(u.cpuOnly()).as(q).isFalse();
    }

    @Test
    void aGpuErrorOrOffloadOfTheirOwnLogIsOneUnnamedCard() {
        for (String q : List.of(
                "python -m vllm.entrypoints.openai.api_server --model /model/Qwen2-7B\n"
                        + "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 9.25 GiB.",
                "llama3 8b at 64k context does not load\n"
                        + "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 4507.00 MiB on device 0: cudaMalloc failed: out of memory\n"
                        + "ggml_gallocr_reserve_n: failed to allocate CUDA0 buffer of size 4725934080",
                "koboldcpp.exe --model mlewd-20b.q4_K_S.gguf --usecublas --gpulayers 65 --contextsize 8192\n"
                        + "llama_new_context_with_model: total VRAM used: 21332.56 MB (model: 10726.55 MB, context: 10606.00 MB)",
                "why is llama3 8b so slow?\nllm_load_tensors: offloaded 20/33 layers to GPU",
                "Qwen2.5-VL 7B answers only exclamation marks:\n"
                        + "model = Qwen2_5_VLForConditionalGeneration.from_pretrained(path, torch_dtype=torch.float16, device_map=\"cuda:5\")",
                "internlm2 20b uses too much memory\nCUDA_VISIBLE_DEVICES=0 python api_server.py --model_path internlm2-chat-20b-4bit",
                "运行 infer.py 报 cuda out of memory，请问至少需要多大的显存?")) {
            assertUnnamedCards(q, 1);
        }
    }

    @Test
    void ofSeveralParallelSizesTriedTheLargestIsTheCardsTheyRanOn() {
        // (vLLM's tensor_parallel_size 2 and 4: QuestionParserTest)
        assertUnnamedCards("lmdeploy serve api_server InternVL2-1B --tp 1 starts, but with --tp 2 it reports NPU out of memory", 2);
    }

    @Test
    void someoneElsesQuotedLogACpuBuildOrNoLayersOffloadedShowNoCardOfTheirs() {
        for (String q : List.of(
                // a maintainer's reproduction, quoted in a post of the person's own words
                "Can Qwen2 7B run on a laptop with 16GB RAM? The maintainer's run gave:\n"
                        + "> torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 9.25 GiB.",
                // a CPU-only build's log
                "llama3 8b is slow with 32GB RAM\nsystem_info: n_threads = 8 | AVX = 1 | AVX2 = 1 | BLAS = 0\n"
                        + "llm_load_tensors: CPU buffer size = 4437.80 MiB")) {
            assertThat(Understanding.of(q).gpus()).as(q).isEmpty();
        }
        assertThat(DeviceLines.gpuShownAt("llm_load_tensors: offloaded 0/33 layers to gpu").count()).isZero();
        assertThat(DeviceLines.gpuShownAt("llm_load_tensors: offloaded 33/33 layers to gpu").count()).isOne();
    }
}
