package dev.llmadvisor.logs;

import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ggml's report of an error inside a GPU backend's operation ("current device: 0, in function ggml_cuda_op_mul_mat at
 * ggml-cuda.cu:1606", printed by ggml_cuda_error in ggml/src/ggml-cuda/ggml-cuda.cu for CUDA and HIP builds) shows work
 * running on that GPU: a crash log with it is never read as the GPU left unused, even when the pasted command shows no
 * -ngl. Generated from the backend's error texts, devices, operations and the paths builds print.
 */
class GpuKernelRanFormsTest {

    private static final List<String> ERRORS = List.of("CUDA error: unspecified launch failure", "CUDA error: an illegal memory access was encountered",
            "CUDA error: invalid argument", "ROCm error: invalid device function", "CUDA error: an internal operation failed");
    private static final List<String> OPS = List.of("ggml_cuda_op_mul_mat", "ggml_cuda_compute_forward", "ggml_backend_cuda_synchronize",
            "ggml_cuda_mul_mat_batched_cublas_impl", "ggml_cuda_mul_mat_q");
    private static final List<String> PATHS = List.of("ggml-cuda.cu", "/tmp/llama.cpp/ggml/src/ggml-cuda/ggml-cuda.cu",
            "C:\\a\\ollama\\ollama\\ml\\backend\\ggml\\ggml\\src\\ggml-cuda\\ggml-cuda.cu");

    private static List<String> crashLogs() {
        List<String> logs = new ArrayList<>();
        int device = 0, line = 1600;
        for (String e : ERRORS)
            for (String op : OPS)
                for (String path : PATHS) {
                    logs.add("./llama-server -m phi-3-mini-4k-instruct-q4_k.gguf --port 8080\n" + e + "\n  current device: " + (device++ % 4)
                            + ", in function " + op + " at " + path + ":" + (line++) + "\n  cudaGetLastError()\nGGML_ASSERT: ggml-cuda.cu:100: !\"CUDA error\"");
                }
        return logs;
    }

    @Test
    void anOperationFailingOnANumberedDeviceShowsTheGpuAtWork() {
        for (String log : crashLogs()) assertThat(LogReader.read(log).gpuKernelRan()).as(log).isTrue();
    }

    @Test
    void suchACrashIsNotReadAsTheGpuLeftUnused() {
        List<String> wrong = new ArrayList<>();
        for (String log : crashLogs().subList(0, 12)) {
            String cause = RealAdvisors.diagnosedCause(log);
            if ("gpu_not_used".equals(cause)) wrong.add(log);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void logsWithoutSuchAReportAreNotReadSo() {
        for (String log : List.of("./llama-cli -m llama-2-7b.Q4_K_M.gguf -p \"hello\"\nllama_print_timings: eval time = 12000 ms / 100 runs",
                "ggml_cuda_init: found 1 CUDA devices:\n  Device 0: NVIDIA GeForce RTX 3090, compute capability 8.6, VMM: yes",
                "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB. GPU 0 has a total capacity of 23.69 GiB")) {
            assertThat(LogReader.read(log).gpuKernelRan()).as(log).isFalse();
        }
    }
}
