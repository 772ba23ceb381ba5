package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label rule G over the device lines engines and tools print (forms as they appear in ggml-org/llama.cpp, ollama/ollama,
 * vllm-project/vllm and lmstudio-ai issue logs): each gives the card, its memory and the number of devices, for one card, two
 * of the same card and two different cards.
 */
class DeviceLineFormsTest {

    private static final String ASK = "why is llama3 70b so slow?\n";

    static Stream<Arguments> deviceLines() {
        return Stream.of(
                // llama.cpp / ggml, CUDA and ROCm
                Arguments.of("ggml_cuda_init: found 1 CUDA devices:\n  Device 0: NVIDIA GeForce RTX 3090, compute capability 8.6, VMM: yes", "1x24"),
                Arguments.of("ggml_cuda_init: found 2 CUDA devices:\n  Device 0: NVIDIA GeForce RTX 3090, compute capability 8.6, VMM: yes\n"
                        + "  Device 1: NVIDIA GeForce RTX 3090, compute capability 8.6, VMM: yes", "2x24"),
                Arguments.of("ggml_cuda_init: found 2 CUDA devices:\n  Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, VMM: yes\n"
                        + "  Device 1: NVIDIA GeForce RTX 3060, compute capability 8.6, VMM: yes", "1x12 1x24"),
                Arguments.of("ggml_cuda_init: found 1 ROCm devices:\n  Device 0: AMD Radeon RX 7900 XTX, gfx1100 (0x1100), VMM: no, Wave Size: 32", "1x24"),
                Arguments.of("ggml_init_cublas: found 2 ROCm devices:\n  Device 0: Radeon RX 7900 XTX, compute capability 11.0, VMM: no\n"
                        + "  Device 1: Radeon RX 7900 XTX, compute capability 11.0, VMM: no", "2x24"),
                // the buffers ggml put on a card of variants hold more than its smaller size: the larger
                Arguments.of("ggml_cuda_init: found 1 CUDA devices:\n  Device 0: NVIDIA GeForce RTX 4060 Ti, compute capability 8.9, VMM: yes\n"
                        + "llm_load_tensors: offloaded 41/41 layers to GPU\nllm_load_tensors:      CUDA0 buffer size = 12000.00 MiB", "1x16"),
                // Vulkan
                Arguments.of("ggml_vulkan: Found 1 Vulkan devices:\nggml_vulkan: 0 = AMD Radeon RX 6800 XT (AMD proprietary driver) | uma: 0 | fp16: 1 | warp size: 64", "1x16"),
                Arguments.of("ggml_vulkan: Found 2 Vulkan devices:\nggml_vulkan: 0 = Radeon RX 7900 XTX (RADV NAVI31) (radv) | uma: 0 | fp16: 1 | warp size: 64\n"
                        + "ggml_vulkan: 1 = Radeon RX 7900 XTX (RADV NAVI31) (radv) | uma: 0 | fp16: 1 | warp size: 64", "2x24"),
                // llama.cpp's device a model loads on: one line per device; the memory free on it above the smaller variant picks the larger
                Arguments.of("llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 4090) - 23008 MiB free", "1x24"),
                Arguments.of("llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 3090) - 23306 MiB free\n"
                        + "llama_model_load_from_file_impl: using device CUDA1 (NVIDIA GeForce RTX 3090) - 23306 MiB free", "2x24"),
                Arguments.of("llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 4090) - 23008 MiB free\n"
                        + "llama_model_load_from_file_impl: using device CUDA1 (NVIDIA GeForce RTX 3060) - 11102 MiB free", "1x12 1x24"),
                Arguments.of("llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 5060 Ti) (0000:01:00.0) - 15055 MiB free", "1x16"),
                // Ollama
                Arguments.of("level=INFO source=types.go:131 msg=\"inference compute\" id=GPU-2ef77503 library=cuda variant=v12 compute=8.9 driver=12.7 "
                        + "name=\"NVIDIA GeForce RTX 4090 D\" total=\"24.0 GiB\" available=\"22.5 GiB\"", "1x24"),
                Arguments.of("level=INFO source=types.go:131 msg=\"inference compute\" id=GPU-2ef77503 library=cuda compute=8.6 name=\"NVIDIA GeForce RTX 3090\" total=\"23.6 GiB\" available=\"23.3 GiB\"\n"
                        + "level=INFO source=types.go:131 msg=\"inference compute\" id=GPU-8e1f2a11 library=cuda compute=8.6 name=\"NVIDIA GeForce RTX 3090\" total=\"23.6 GiB\" available=\"23.3 GiB\"", "2x24"),
                Arguments.of("level=INFO source=types.go:131 msg=\"inference compute\" id=GPU-2ef77503 library=cuda compute=8.9 name=\"NVIDIA GeForce RTX 4090\" total=\"23.6 GiB\" available=\"23.3 GiB\"\n"
                        + "level=INFO source=types.go:131 msg=\"inference compute\" id=GPU-8e1f2a11 library=cuda compute=8.6 name=\"NVIDIA GeForce RTX 3060\" total=\"11.6 GiB\" available=\"11.3 GiB\"", "1x12 1x24"),
                Arguments.of("level=INFO source=types.go:131 msg=\"inference compute\" id=GPU-2e library=cuda compute=8.9 name=\"NVIDIA GeForce RTX 4060 Ti\" "
                        + "total=\"15.6 GiB\" available=\"14.9 GiB\"", "1x16"),
                Arguments.of("level=INFO source=types.go:42 msg=\"inference compute\" id=GPU-1a library=CUDA compute=8.9 name=CUDA0 description=\"NVIDIA GeForce RTX 4060 Ti\" "
                        + "libdirs=ollama,cuda_v12 driver=12.8 pci_id=0000:01:00.0 type=discrete total=\"15.6 GiB\" available=\"15.2 GiB\"", "1x16"),
                Arguments.of("level=INFO source=types.go:71 msg=\"inference compute\" id=0 library=rocm compute=gfx1100 driver=6.1 name=1002:744c total=\"24.0 GiB\" available=\"23.9 GiB\"", "1x24"),
                // nvidia-smi: its table, its list (-L) and its CSV query, one row per card
                Arguments.of("|   0  NVIDIA GeForce RTX 3090        Off |   00000000:07:00.0  On |                  N/A |\n"
                        + "| 79%   66C    P2            144W /  420W |   15005MiB /  24576MiB |      0%      Default |", "1x24"),
                Arguments.of("|   0  NVIDIA GeForce RTX 5090        Off |   00000000:01:00.0  On |                  N/A |\n"
                        + "|  0%   47C    P8             13W /  575W |      18MiB /  32607MiB |      0%      Default |\n"
                        + "|   1  NVIDIA GeForce RTX 3090        Off |   00000000:02:00.0 Off |                  N/A |\n"
                        + "|  0%   43C    P8             29W /  420W |   23352MiB /  24576MiB |      0%      Default |", "1x24 1x32"),
                Arguments.of("|   0  NVIDIA A100-SXM4-80GB          On  | 00000000:07:00.0 Off |                    0 |\n"
                        + "| N/A   30C    P0              62W / 400W |      4MiB / 81920MiB |      0%      Default |\n"
                        + "|   1  NVIDIA A100-SXM4-80GB          On  | 00000000:0B:00.0 Off |                    0 |\n"
                        + "| N/A   30C    P0              62W / 400W |      4MiB / 81920MiB |      0%      Default |", "2x80"),
                // nvidia-smi's status rows alone (filtered by egrep), one per card, under one card named without a count
                Arguments.of("out of memory on V100\n$ nvidia-smi | egrep -e \"Default| Driver\"\n"
                        + "| N/A   40C    P0             36W /  250W |   32004MiB /  32768MiB |      0%      Default |\n"
                        + "| N/A   35C    P0             24W /  250W |       0MiB /  32768MiB |      0%      Default |\n"
                        + "| N/A   49C    P0             39W /  250W |   30418MiB /  32768MiB |      0%      Default |\n"
                        + "| N/A   55C    P0             48W /  250W |[…]", "4x32"),
                Arguments.of("my RTX 3090 is slow\n| 30%   40C    P8             20W /  350W |     100MiB /  24576MiB |      0%      Default |", "1x24"),
                // a row's index with a log collector's timestamp before the line (docker logs -t) is still no count
                Arguments.of("2026-07-15T09:15:41+00:00 | 2     910B3               | OK            | 89.2        36                0    / 0             |\n"
                        + "2026-07-15T09:15:41+00:00 | 0                         | 0000:81:00.0  | 0           0    / 0          3410 / 65536         |", "1x64"),
                Arguments.of("2026-07-15T09:15:41.123456789Z |   3  NVIDIA GeForce RTX 3090        Off |   00000000:07:00.0  On |                  N/A |\n"
                        + "2026-07-15T09:15:41.123456789Z | 79%   66C    P2            144W /  420W |   15005MiB /  24576MiB |      0%      Default |", "1x24"),
                Arguments.of("$ nvidia-smi -L\nGPU 0: NVIDIA GeForce RTX 3090 (UUID: GPU-5a1b2c3d)\nGPU 1: NVIDIA GeForce RTX 3090 (UUID: GPU-6a1b2c3d)", "2x24"),
                Arguments.of("$ nvidia-smi --query-gpu=name,memory.total --format=csv\nname, memory.total [MiB]\n"
                        + "NVIDIA GeForce RTX 4090, 24564 MiB\nNVIDIA GeForce RTX 4090, 24564 MiB", "2x24"),
                // PyTorch and vLLM: a card's capacity as printed, read as the size sold (a card not named too)
                Arguments.of("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.69 GiB of which 1.12 GiB is free.", "1x24"),
                Arguments.of("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 14.75 GiB total capacity; "
                        + "5.11 GiB already allocated; 16.81 MiB free; 5.12 GiB reserved in total by PyTorch)", "1x16"),
                Arguments.of("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 44.35 GiB total capacity; "
                        + "5.11 GiB already allocated; 16.81 MiB free; 5.12 GiB reserved in total by PyTorch)", "1x48"),
                Arguments.of("INFO 07-01 worker.py:123] Memory profiling results: total_gpu_memory=44.35GiB initial_memory_usage=1.2GiB", "1x48"),
                Arguments.of("GPU models and configuration:\nGPU 0: NVIDIA A100-SXM4-80GB\nGPU 1: NVIDIA A100-SXM4-80GB", "2x80"),
                Arguments.of(">>> torch.cuda.get_device_name(0)\n'NVIDIA GeForce RTX 3060'", "1x12"),
                // rocm-smi's product name
                Arguments.of("$ rocm-smi --showproductname\nGPU[0]\t\t: Card series: \t\tRadeon RX 7900 XTX\nGPU[0]\t\t: Card model: \t\t0x744c", "1x24"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("deviceLines")
    void givenTheirOwnDeviceLines_thenTheCardsTheyShowAreRead(String log, String cards) {
        Understood u = Understanding.of(ASK + log);

        assertThat(u.gpus().stream().sorted(Comparator.comparingDouble(Understood.Gpu::vramGb))
                .map(g -> g.count() + "x" + Math.round(g.vramGb())).toList()).as(log).isEqualTo(List.of(cards.split(" ")));
        assertThat(u.cpuOnly()).as(log).isFalse();
    }

    /**
     * Near miss: a little memory free on a card of variants, or the buffers of another device, leave it at its first size
     * (rule C).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("littleShown")
    void givenLittleShownOnACardOfVariants_thenItStaysTheFirstSize(String log) {
        Understood u = Understanding.of(ASK + log);

        assertThat(u.gpus()).filteredOn(g -> g.name().contains("4060")).extracting(Understood.Gpu::vramGb).containsExactly(8.0);
    }

    static Stream<String> littleShown() {
        return Stream.of("llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 4060 Ti) - 1500 MiB free",
                "ggml_cuda_init: found 2 CUDA devices:\n  Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, VMM: yes\n"
                        + "  Device 1: NVIDIA GeForce RTX 4060 Ti, compute capability 8.9, VMM: yes\n"
                        + "llm_load_tensors:      CUDA0 buffer size = 20000.00 MiB\nllm_load_tensors:      CUDA1 buffer size = 6000.00 MiB");
    }
}
