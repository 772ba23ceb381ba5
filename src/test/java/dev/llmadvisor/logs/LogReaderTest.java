package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What the log reader takes from each engine's lines, and that hostile input neither throws nor stalls. */
class LogReaderTest {

    @Test
    void llamaCppLoadLogWithPartialOffload() {
        // Lines as printed by llama.cpp (eval/llamacpp-logs.yaml record formats; ollama #3301 for the offload line)
        LogFacts f = LogReader.read("""
                ggml_cuda_init: found 1 CUDA devices:
                  Device 0: NVIDIA GeForce RTX 4070 Ti SUPER, compute capability 8.9, VMM: yes
                llm_load_tensors: offloading 30 repeating layers to GPU
                llm_load_tensors: offloaded 30/81 layers to GPU
                llm_load_tensors:        CPU buffer size = 38110.61 MiB
                llm_load_tensors:      CUDA0 buffer size = 13771.88 MiB
                llama_new_context_with_model: n_ctx      = 2048
                llama_kv_cache_init:  CUDA_Host KV buffer size =    96.00 MiB
                llama_kv_cache_init:      CUDA0 KV buffer size =   800.00 MiB
                llama_new_context_with_model:      CUDA0 compute buffer size =   112.00 MiB
                llama_new_context_with_model:  CUDA_Host compute buffer size =   518.00 MiB
                """);
        assertThat(f.engine()).isEqualTo(Engine.LLAMA_CPP);
        assertThat(f.layersOffloaded()).isEqualTo(30);
        assertThat(f.layersTotal()).isEqualTo(81);
        assertThat(f.cpuLayers()).isEqualTo(51);
        assertThat(f.partialOffload()).isTrue();
        assertThat(f.gpuModelMib()).isEqualTo(13771.88);
        assertThat(f.cpuModelMib()).isEqualTo(38110.61);
        assertThat(f.gpuKvMib()).isEqualTo(800.0);
        assertThat(f.cpuKvMib()).isEqualTo(96.0);
        assertThat(f.gpuComputeMib()).isEqualTo(112.0);
        assertThat(f.nCtx()).isEqualTo(2048);
        assertThat(f.gpuCount()).isEqualTo(1);
        assertThat(f.gpuName()).isEqualTo("NVIDIA GeForce RTX 4070 Ti SUPER");
    }

    @Test
    void theFrameOfVllmsKvCacheCheckInATracebackCutBeforeItsMessage() {
        // vllm #20726: the traceback pasted down to the check, its ValueError cut off
        LogFacts f = LogReader.read("""
                2025-07-10 08:59:40 ERROR 07-09 17:59:40 [core.py:586]     self._initialize_kv_caches(vllm_config)
                […]
                2025-07-10 08:59:40 ERROR 07-09 17:59:40 [core.py:586]     check_enough_kv_cache_memory(vllm_config, kv_cache_spec, available_memory)
                """);
        assertThat(f.kvCacheBelowMaxLen()).isTrue();
        assertThat(LogReader.read("INFO [core.py:586] self._initialize_kv_caches(vllm_config) took 3.2 s").kvCacheBelowMaxLen()).isFalse();
    }

    @Test
    void vllmsRefusalOfAParallelSizeAboveTheGpusItSees() {
        // Ray's placement group or cluster (ray_utils.py), and the multiprocessing executor's node (ParallelConfig)
        for (String text : List.of(
                "ValueError: The number of required GPUs exceeds the total number of available GPUs in the placement group.",
                "报错：\nThe number of required GPUs exceeds the total number of available GPUs in the cluster.",
                "pydantic_core._pydantic_core.ValidationError: 1 validation error for ParallelConfig\n  Value error, World size (4) is larger than the number of available GPUs (1) in this node.")) {
            LogFacts f = LogReader.read(text);
            assertThat(f.parallelOverGpus()).as(text).isTrue();
            assertThat(LogReader.hasFinding(f)).as(text).isTrue();
        }
        assertThat(LogReader.read("INFO: world size 4, number of available GPUs 4").parallelOverGpus()).isFalse();
    }

    @Test
    void vllmsPipelineRefusalForTheArchitecture() {
        // vllm #11539: DeepSeek V3 over two 8x H100 nodes with --pipeline-parallel-size 2
        LogFacts f = LogReader.read("NotImplementedError: Pipeline parallelism is only supported for the following  architectures: ['AquilaForCausalLM', [……]");
        assertThat(f.pipelineRefused()).isTrue();
        assertThat(LogReader.hasFinding(f)).isTrue();
        assertThat(LogReader.read("INFO: pipeline parallelism enabled, 2 stages").pipelineRefused()).isFalse();
    }

    @Test
    void aRunnerThatCrashedOnItsOwn() {
        // ollama #5628 and #11229: the runner's exit, with no memory message
        LogFacts f = LogReader.read("Error: llama runner process has terminated: exit status 0xc0000409 error:failed to create context with model 'C:\\Users\\x\\.ollama\\models\\blobs\\sha256-9161'");
        assertThat(f.runnerCrashed()).isTrue();
        assertThat(f.allocationFailed()).isFalse();
        assertThat(LogReader.read("llama runner process has terminated: error:fault.").runnerCrashed()).isTrue();
        // ollama #1838: the CLI's request to its server answered by a closed connection, on any endpoint
        assertThat(LogReader.read("Error: Post \"http://127.0.0.1:11434/api/generate\": EOF").runnerCrashed()).isTrue();
        assertThat(LogReader.read("Error: Post \"http://localhost:11434/api/chat\": EOF").runnerCrashed()).isTrue();
        assertThat(LogReader.read("Error: Post \"http://127.0.0.1:11434/api/chat\": dial tcp 127.0.0.1:11434: connect: connection refused").runnerCrashed()).isFalse();
        // the operating system killing the runner is memory, and so is CUDA's out-of-memory beside the crash
        assertThat(LogReader.read("Error: llama runner process has terminated: signal: killed").runnerCrashed()).isFalse();
        LogFacts oom = LogReader.read("Error: llama runner process has terminated: exit status 2 CUDA error: out of memory");
        assertThat(oom.runnerCrashed()).isTrue();
        assertThat(oom.outOfMemory()).isTrue();
    }

    @Test
    void blasZeroWithNoDeviceIsABuildWithoutAGpuBackend() {
        // llama-cpp-python #300: n_gpu_layers=10 asked, the 2023 system info says BLAS = 0 and no CUDA device is listed
        LogFacts f = LogReader.read("""
                llama_init_from_file: kv self size  = 1560.00 MB
                AVX = 1 | AVX2 = 1 | AVX512 = 0 | FMA = 1 | NEON = 0 | ARM_FMA = 0 | F16C = 1 | FP16_VA = 0 | WASM_SIMD = 0 | BLAS = 0 | SSE3 = 1 | VSX = 0 |
                """);
        assertThat(f.cpuBackendOnly()).isTrue();
        assertThat(f.noGpuReason()).contains("BLAS = 0");
        // the same line beside a CUDA device found is a GPU build whatever BLAS says
        assertThat(LogReader.read("""
                ggml_init_cublas: found 1 CUDA devices:
                  Device 0: NVIDIA GeForce RTX 3090, compute capability 8.6
                AVX = 1 | AVX2 = 1 | BLAS = 0 | SSE3 = 1 |
                """).cpuBackendOnly()).isFalse();
    }

    @Test
    void anOldMainCommandWithoutNglIsNoticed() {
        // llama.cpp #2641: ./build/bin/main run on an A100 without -ngl
        LogFacts f = LogReader.read("""
                CUDA_VISIBLE_DEVICES=7 ./build/bin/main -m ./models/llama-7b/ggml-model-q4.bin -n 128
                ggml_init_cublas: found 1 CUDA devices:
                llama_model_load_internal: n_ctx      = 512
                """);
        assertThat(f.llamaCommand()).isTrue();
        assertThat(f.nglGiven()).isFalse();
        assertThat(LogReader.read("./build/bin/main -m m.bin -ngl 1000").nglGiven()).isTrue();
    }

    @Test
    void aVllmLogBesideAnOllamaRunToldInWordsIsVllms() {
        // vllm #12346: a GGUF loaded by vLLM on a Jetson, and "by ollama I can run it" as a comparison
        LogFacts f = LogReader.read("""
                INFO 01-23 07:32:01 model_runner.py:1060] Starting to load model ./Qwen2-7B-Instruct.Q4_K_M.gguf...
                INFO 01-23 07:32:42 model_runner.py:1071] Loading model weights took 4.3752 GB
                INFO 01-23 07:34:26 gpu_executor.py:122] # GPU blocks: 11836, # CPU blocks: 4681
                INFO 01-23 07:34:26 gpu_executor.py:126] Maximum concurrency for 200 tokens per request: 946.88x
                Killed
                By ollama , I can run qwen2.5-7b on the same device.
                """);
        assertThat(f.engine()).isEqualTo(Engine.VLLM);
        // Ollama's own log lines still make an Ollama log, though it runs llama.cpp
        assertThat(LogReader.read("""
                time=2025-01-01T10:00:00 level=INFO source=server.go:105 msg="system memory" total="31.1 GiB"
                llama_model_loader: loaded meta data with 24 key-value pairs from /root/.ollama/models/blobs/sha256-6a0746
                load_tensors: offloaded 29/29 layers to GPU
                """).engine()).isEqualTo(Engine.OLLAMA);
    }

    @Test
    void llamaServerNamedInASentenceIsNoCommandLine() {
        // a wrapper's own log names the program it failed to start; the flags it passed are not shown
        assertThat(LogReader.read("Error: failed to start llama-server: 2 consecutive failures\nMode:   full_gpu").llamaCommand()).isFalse();
        assertThat(LogReader.read("./llama-server -m qwen3-8b-q4_k_m.gguf -c 8192").llamaCommand()).isTrue();
        assertThat(LogReader.read("llama-cli.exe --model m.gguf -p hi").llamaCommand()).isTrue();
        assertThat(LogReader.read("llama-server \\\n  -m m.gguf \\\n  -c 4096").llamaCommand()).isTrue();
    }

    @Test
    void theOldMainBinaryRunOnWindowsIsACommandLine() {
        // llama.cpp on Windows 10: a CUDA build run as build\bin\Release\main.exe without -ngl, 0/41 layers offloaded
        LogFacts f = LogReader.read("""
                build\\bin\\Release\\main.exe -m D:\\Models\\qwen1_5-14b-chat-q4_0.gguf -n 512 --color -i
                ggml_cuda_init: found 1 CUDA devices:
                llm_load_tensors: offloaded 0/41 layers to GPU
                """);
        assertThat(f.llamaCommand()).isTrue();
        assertThat(f.nglGiven()).isFalse();
        // "main" as a word in a sentence is no command
        assertThat(LogReader.read("the main -m option is what I changed").llamaCommand()).isFalse();
    }

    @Test
    void theBuildAndTheProgramTellWhatNoNglMeans() {
        // the start-up line of a build from after llama.cpp #15434 (b6325): llama-server puts the layers on the GPU by itself
        LogFacts recent = LogReader.read("""
                ./llama-server -m qwen3-8b-q4_k_m.gguf -c 8192
                build: 6895 (4341dc8bc) with cc (GCC) 15.2.1 20250813 for x86_64-pc-linux-gnu
                """);
        assertThat(recent.llamaBuild()).isEqualTo(6895);
        assertThat(recent.noNglMeansGpu()).isTrue();
        assertThat(recent.noNglMeansCpu()).isFalse();
        // an older build, by its --version line or its release archive: no layer on the GPU without -ngl
        assertThat(LogReader.read("llama-cli -m m.gguf -p hi\nversion: 4514 (a1b2c3d4)").noNglMeansCpu()).isTrue();
        assertThat(LogReader.read("unzipped llama-b3600-bin-win-cuda-cu12.2.0-x64.zip\nllama-cli.exe -m m.gguf").llamaBuild()).isEqualTo(3600);
        // the old main binary and llama-cpp-python default to no GPU layer whatever the build
        assertThat(LogReader.read("./main -m m.gguf -p hi\nmain: build = 1414 (96981f3)").noNglMeansCpu()).isTrue();
        assertThat(LogReader.read("pip install llama-cpp-python\nllm = Llama(model_path=\"m.gguf\")").noNglMeansCpu()).isTrue();
        // llama-server with no build shown: neither is known
        LogFacts unknown = LogReader.read("./llama-server -m qwen3-8b-q4_k_m.gguf -c 8192");
        assertThat(unknown.noNglMeansCpu()).isFalse();
        assertThat(unknown.noNglMeansGpu()).isFalse();
        // a figure after "version" that is no build line is not read as one
        assertThat(LogReader.read("llama-server -m m.gguf\nCUDA version: 12.4").llamaBuild()).isZero();
    }

    @Test
    void offloadingWordedInProse() {
        // llama-gpt #105: "it is only offloading 10/51 layers to GPU"
        LogFacts f = LogReader.read("I noticed it is only offloading 10/51 layers to GPU, despite there being enough space");
        assertThat(f.layersOffloaded()).isEqualTo(10);
        assertThat(f.layersTotal()).isEqualTo(51);
    }

    @Test
    void llamaCppFailedAllocationsAreToldApart() {
        LogFacts model = LogReader.read("""
                load_tensors: loading model tensors, this can take a while... (mmap = true, direct_io = false)
                ggml_backend_cuda_buffer_type_alloc_buffer: allocating 144817.04 MiB on device 0: cudaMalloc failed: out of memory
                alloc_tensor_range: failed to allocate CUDA0 buffer of size 151851674624
                llama_model_load: error loading model: unable to allocate CUDA0 buffer
                """);
        assertThat(model.allocFailMib()).isEqualTo(144817.04);
        assertThat(model.allocFailDevice()).isZero();
        assertThat(model.modelAllocFailed()).isTrue();
        assertThat(model.kvAllocFailed()).isFalse();

        LogFacts kv = LogReader.read("""
                llama_kv_cache_unified: kv_size = 655360, type_k = 'f16', type_v = 'f16', n_layer = 40, can_shift = 1, padding = 32
                llama_kv_cache_unified:      CUDA0 KV buffer size = 51200.00 MiB
                ggml_backend_cuda_buffer_type_alloc_buffer: allocating 42256.00 MiB on device 0: cudaMalloc failed: out of memory
                llama_kv_cache_init: failed to allocate buffer for kv cache
                """);
        assertThat(kv.kvSize()).isEqualTo(655360);
        assertThat(kv.nCtx()).isEqualTo(655360);
        assertThat(kv.kvAllocFailed()).isTrue();
        assertThat(kv.gpuKvMib()).isEqualTo(51200.0);

        LogFacts compute = LogReader.read("""
                ggml_backend_cuda_buffer_type_alloc_buffer: allocating 9866.00 MiB on device 1: cudaMalloc failed: out of memory
                ggml_gallocr_reserve_n: failed to allocate CUDA1 buffer of size 10345253120
                """);
        assertThat(compute.computeAllocFailed()).isTrue();
        assertThat(compute.allocFailDevice()).isEqualTo(1);

        // Ollama's runner error keeps ggml's line alone (ollama #11202, #11355): the buffer's name gives the device
        LogFacts second = LogReader.read("Error: llama runner process has terminated: cudaMalloc failed: out of memory\n"
                + "ggml_gallocr_reserve_n: failed to allocate ROCm1 buffer of size 5274339328");
        assertThat(second.computeAllocFailed()).isTrue();
        assertThat(second.allocFailDevice()).isEqualTo(1);
        assertThat(LogReader.read("ggml_gallocr_reserve_n: failed to allocate CUDA0 buffer of size 9646586240").allocFailDevice()).isZero();
        // Vulkan numbers integrated GPUs too, and a host buffer is no device
        assertThat(LogReader.read("ggml_gallocr_reserve_n: failed to allocate Vulkan1 buffer of size 9646586240").allocFailDevice()).isEqualTo(-1);
        assertThat(LogReader.read("ggml_gallocr_reserve_n: failed to allocate CUDA_Host buffer of size 9646586240").allocFailDevice()).isEqualTo(-1);
    }

    @Test
    void ollamaOffloadLineIsReadEvenWhenWrapped() {
        // rick-github's quote in ollama #9181, wrapped over lines as pasted
        LogFacts f = LogReader.read("""
                time=2025-02-18T02:29:51.627Z level=INFO source=server.go:130 msg=offload library=cuda layers.requested=-1 layers.model=81
                  layers.offload=44 layers.split=11,11,11,11 memory.available="[22.0 GiB 22.0 GiB 22.0 GiB 22.0 GiB]" memory.gpu_overhead="0 B"
                  memory.required.full="127.4 GiB" memory.required.partial="87.1 GiB" memory.required.kv="19.5 GiB"
                  memory.required.allocations="[21.8 GiB 21.8 GiB 21.8 GiB 21.8 GiB]" memory.weights.total="87.3 GiB"
                """);
        assertThat(f.engine()).isEqualTo(Engine.OLLAMA);
        assertThat(f.ollamaLayersModel()).isEqualTo(81);
        assertThat(f.ollamaLayersOffload()).isEqualTo(44);
        assertThat(f.cpuLayers()).isEqualTo(37);
        assertThat(f.ollamaAvailableGib()).isEqualTo(88.0);
        assertThat(f.gpuCount()).isEqualTo(4);
        assertThat(f.ollamaRequiredFullGib()).isEqualTo(127.4);
        assertThat(f.ollamaRequiredKvGib()).isEqualTo(19.5);
        assertThat(f.ollamaWeightsGib()).isEqualTo(87.3);
    }

    @Test
    void metalWorkingSetLines() {
        LogFacts f = LogReader.read("""
                ggml_backend_metal_buffer_type_alloc_buffer: allocated buffer, size =   400.00 MiB, ( 5655.70 /  5461.34)ggml_backend_metal_log_allocated_size: warning: current allocated size is greater than the recommended max working set size
                ggml_metal_add_buffer: allocated 'weights         ' buffer, size =  3351.50 MB, ( 3351.95 /  5461.34)
                """);
        assertThat(f.metalUsedMib()).isEqualTo(5655.70);
        assertThat(f.metalLimitMib()).isEqualTo(5461.34);
    }

    @Test
    void ollamaMinimumForOneLayer() {
        // the offload line as a maintainer quoted it, wrapped: projector 795.9 MiB + 1.0 GiB, graph max(517 MiB, 1.0 GiB),
        // 457 MiB reserve, two layers of 1.8 GiB / 35
        LogFacts f = LogReader.read("""
                time=2025-05-19T10:50:36.626+05:00 level=INFO source=server.go:168
                 msg=offload library=cuda layers.requested=-1 layers.model=35 layers.offload=0 layers.split=""
                 memory.available="[3.2 GiB]" memory.gpu_overhead="0 B" memory.required.full="2.6 GiB"
                 memory.weights.total="2.3 GiB" memory.weights.repeating="1.8 GiB" memory.weights.nonrepeating="525.0 MiB"
                 memory.graph.full="517.0 MiB" memory.graph.partial="1.0 GiB" projector.weights="795.9 MiB"
                 projector.graph="1.0 GiB"
                """);
        assertThat(f.ollamaMinimumGib()).isCloseTo(0.777 + 1.0 + 1.0 + 0.446 + 2 * 1.8 / 35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.ollamaAvailableGib()).isEqualTo(3.2);
        // no graph printed: no minimum
        assertThat(LogReader.read("msg=offload library=cuda layers.model=35 layers.offload=0 memory.available=\"[3.2 GiB]\"").ollamaMinimumGib()).isZero();
    }

    @Test
    void enginesRefusingALoadForMemory() {
        LogFacts omlx = LogReader.read("Error: {\"error\":{\"message\":\"Model 'Qwen3.5-397B-A17B-nvfp4' (218.08GB) exceeds max-model-memory (25.00GB)\",\"type\":\"server_error\"}}");
        assertThat(omlx.sysRequiredGib()).isEqualTo(218.08);
        assertThat(omlx.sysAvailableGib()).isEqualTo(25.0);
        assertThat(LogReader.hasFinding(omlx)).isTrue();
        LogFacts nan = LogReader.read("Error: Model loading was stopped due to insufficient system resources. Under the current settings, "
                + "this model requires approximately NaN undefined of memory, and continuing to load it would likely overload your system");
        assertThat(nan.memoryEstimateNaN()).isTrue();
        assertThat(LogReader.read("this model requires approximately 273.25 GB of memory").memoryEstimateNaN()).isFalse();
    }

    @Test
    void accelerateOffloadToDisk() {
        assertThat(LogReader.read("ValueError: The current `device_map` had weights offloaded to the disk. Please provide an `offload_folder` for them.")
                .offloadedToDisk()).isTrue();
        assertThat(LogReader.read("`from_pretrained` crash if `device_map` contains only \"disk\"").offloadedToDisk()).isTrue();
        // the CPU alone is no disk
        assertThat(LogReader.read("Some modules are dispatched on the CPU").offloadedToDisk()).isFalse();
        assertThat(LogReader.read("device_map=\"auto\" put everything on the GPU").offloadedToDisk()).isFalse();
    }

    @Test
    void vulkanOutOfDeviceMemory() {
        LogFacts f = LogReader.read("""
                ggml_vulkan: Device memory allocation of size 1610612736 failed.
                ggml_vulkan: vk::Device::allocateMemory: ErrorOutOfDeviceMemory
                """);
        assertThat(f.outOfMemory()).isTrue();
        assertThat(f.allocFailMib()).isEqualTo(1536.0);
        assertThat(LogReader.read("MESA: error: ../src/intel/vulkan/anv_device.c:4237: VK_ERROR_OUT_OF_DEVICE_MEMORY").outOfMemory()).isTrue();
    }

    @Test
    void vulkanBufferAboveTheAllocationLimit() {
        LogFacts f = LogReader.read("""
                llama_kv_cache_unified:    Vulkan0 KV buffer size =  6564.00 MiB
                ggml_vulkan: Device memory allocation of size 4757131264 failed.
                ggml_vulkan: Requested buffer size exceeds device memory allocation limit: ErrorOutOfDeviceMemory
                ggml_gallocr_reserve_n: failed to allocate Vulkan0 buffer of size 4757131264
                graph_reserve: failed to allocate compute buffers
                """);
        assertThat(f.vulkanBufferLimit()).isTrue();
        assertThat(LogReader.hasFinding(f)).isTrue();
        // the device's own out-of-memory is no such limit
        assertThat(LogReader.read("ggml_vulkan: vk::Device::allocateMemory: ErrorOutOfDeviceMemory").vulkanBufferLimit()).isFalse();
    }

    @Test
    void vulkanValidationLayerErrors() {
        LogFacts f = LogReader.read("""
                VUID-VkBufferCreateInfo-size-06409(ERROR / SPEC): msgNum: -332260500 - Validation Error:
                [ VUID-VkBufferCreateInfo-size-06409 ] | MessageID = 0xec321b6c |
                vkCreateBuffer(): pCreateInfo->size (3414061312) is larger than the maximum allowed buffer size VkPhysicalDeviceMaintenance4Properties.maxBufferSize (2147483648).
                """);
        assertThat(f.vulkanValidation()).isTrue();
        assertThat(LogReader.hasFinding(f)).isTrue();
        // the out-of-memory of the device itself is no validation report
        assertThat(LogReader.read("ggml_vulkan: vk::Device::allocateMemory: ErrorOutOfDeviceMemory").vulkanValidation()).isFalse();
    }

    @Test
    void mlxLmWorkingSetWarning() {
        // mlx-lm prints sizes in MiB with the label "MB" (model_bytes // 2**20); the warning comes at 90 % of the working set
        LogFacts f = LogReader.read("[WARNING] Generating with a model that requires 50986 MB which is close to the maximum recommended size of 49152 MB. "
                + "This can be slow. See the documentation for possible work-arounds: https://github.com/ml-explore/mlx-lm/tree/main#large-models");
        assertThat(f.metalUsedMib()).isEqualTo(50986);
        assertThat(f.metalLimitMib()).isEqualTo(49152);
        assertThat(LogReader.hasFinding(f)).isTrue();
    }

    @Test
    void ollamaMessages() {
        assertThat(LogReader.read("Error: model requires more system memory (164.8 GiB) than is available (13.4 GiB)"))
                .satisfies(f -> {
                    assertThat(f.sysRequiredGib()).isEqualTo(164.8);
                    assertThat(f.sysAvailableGib()).isEqualTo(13.4);
                    assertThat(f.sysMemoryShort()).isTrue();
                });
        assertThat(LogReader.read("\"model requires more system memory\" while it's not").sysMemoryShort()).isTrue();
        assertThat(LogReader.read("level=INFO source=gpu.go msg=\"no compatible GPUs were discovered\"").noGpu()).isTrue();
        assertThat(LogReader.read("time=2024-04-09T14:43:47 level=INFO source=gpu.go msg=\"no GPU detected\"").noGpu()).isTrue();
        assertThat(LogReader.read("llama3:latest   365c0bd3c000    32 GB   36%/64% CPU/GPU Forever").cpuPercent()).isEqualTo(36);
        assertThat(LogReader.read("ggml_cuda_init: failed to initialize CUDA: CUDA driver version is insufficient for CUDA runtime version").driverTooOld()).isTrue();
    }

    @Test
    void vllmStartupLines() {
        LogFacts f = LogReader.read("""
                INFO 04-27 10:11:03 llm_engine.py:70] Initializing an LLM engine with config: model='/model_repos/CustomLLM/Qwen-7B-QAnything', tokenizer_mode=auto, trust_remote_code=True, dtype=torch.bfloat16, max_seq_len=4096, download_dir=None, load_format=auto, tensor_parallel_size=1, quantization=None, enforce_eager=False, seed=0)
                INFO 04-27 10:13:05 llm_engine.py:275] # GPU blocks: 0, # CPU blocks: 256
                """);
        assertThat(f.engine()).isEqualTo(Engine.VLLM);
        assertThat(f.gpuBlocks()).isZero();
        assertThat(f.maxSeqLen()).isEqualTo(4096);
        assertThat(f.dtype()).isEqualTo("bfloat16");
        assertThat(f.tensorParallel()).isEqualTo(1);
        assertThat(f.quantization()).isEqualTo("none");
        assertThat(f.model()).isEqualTo("/model_repos/CustomLLM/Qwen-7B-QAnything");

        // vllm-project/vllm#13882: vLLM 0.7 names the device in the blocks line and reports a negative KV reserve
        LogFacts named = LogReader.read("""
                INFO 02-26 09:54:05 worker.py:267] model weights take 5.20GiB; non_torch_memory takes 0.03GiB; PyTorch activation peak memory takes 1.42GiB; the rest of the memory reserved for KV Cache is -1.05GiB.
                INFO 02-26 09:54:05 executor_base.py:111] # cuda blocks: 0, # CPU blocks: 4681
                """);
        assertThat(named.gpuBlocks()).isZero();
        assertThat(named.noCacheMemory()).isTrue();
        assertThat(LogReader.read("the current vLLM instance can use total_gpu_memory (8.00GiB) x gpu_memory_utilization (0.70) = 5.60GiB").gpuMemUtil()).isEqualTo(0.70);
        assertThat(LogReader.read("INFO executor_base.py:111] # npu blocks: 1234, # CPU blocks: 512").gpuBlocks()).isEqualTo(1234);
        assertThat(LogReader.read("the rest of the memory reserved for KV Cache is 3.20GiB.").noCacheMemory()).isFalse();

        LogFacts v1 = LogReader.read("""
                INFO [kv_cache_utils.py] GPU KV cache size: 24,320 tokens
                INFO [kv_cache_utils.py] Maximum concurrency for 32,768 tokens per request: 0.74x
                """);
        assertThat(v1.kvTokens()).isEqualTo(24320);
        assertThat(v1.maxSeqLen()).isEqualTo(32768);
        assertThat(v1.maxConcurrency()).isEqualTo(0.74);

        LogFacts startup = LogReader.read("ValueError: Free memory on device cuda:1 (19.77/22.05 GiB) on startup is less than desired GPU memory utilization (0.9, 19.84 GiB). Decrease GPU memory utilization or reduce GPU memory used by other processes.");
        assertThat(startup.startupFreeGib()).isEqualTo(19.77);
        assertThat(startup.startupWantedGib()).isEqualTo(19.84);
        assertThat(startup.gpuMemGib()).isEqualTo(22.05);

        LogFacts fp8 = LogReader.read("ValueError: The quantization method fp8 is not supported for the current GPU. Minimum capability: 90. Current capability: 86.");
        assertThat(fp8.unsupported()).isEqualTo("fp8");
        assertThat(fp8.ccRequired()).isEqualTo(9.0);
        assertThat(fp8.ccHave()).isEqualTo(8.6);
    }

    @Test
    void sglangKvPoolMessagesOldAndNew() {
        assertThat(LogReader.read("RuntimeError: Not enough memory. Please try to increase --mem-fraction-static.").memFractionTooSmall()).isTrue();
        LogFacts f = LogReader.read("ValueError: Loaded weights leave no GPU memory for the KV cache under --mem-fraction-static=0.88.");
        assertThat(f.memFractionTooSmall()).isTrue();
        assertThat(f.engine()).isEqualTo(Engine.SGLANG);
    }

    @Test
    void metalBufferAboveTheDeviceMaximumIsAFailedAllocation() {
        assertThat(LogReader.read("newBufferWith*:length 0x86004000 must not exceed 2048 MB.").allocationFailed()).isTrue();
        assertThat(LogReader.read("ggml_metal_add_buffer: buffer 'data' size 18300780544 is larger than buffer maximum of 17179869184").allocationFailed())
                .isTrue();
        assertThat(LogReader.read("the prompt must not exceed 2048 tokens").allocationFailed()).isFalse();
    }

    @Test
    void pytorchOutOfMemoryNewFormatTellsOtherProcessesApart() {
        LogFacts f = LogReader.read("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.71 GiB. GPU 0 has a total capacity of 22.30 GiB of which 1.52 GiB is free. Process 29153 has 248.00 MiB memory in use. Process 162529 has 248.00 MiB memory in use. Process 162519 has 20.28 GiB memory in use. Of the allocated memory 19.55 GiB is allocated by PyTorch, and 244.94 MiB is reserved by PyTorch but unallocated.");
        assertThat(f.triedMib()).isEqualTo(1.71 * 1024);
        assertThat(f.totalGib()).isEqualTo(22.30);
        assertThat(f.freeMib()).isEqualTo(1.52 * 1024);
        assertThat(f.processGib()).isEqualTo(20.28);
        assertThat(f.otherProcessGib()).isEqualTo(0.48);
        assertThat(f.allocatedGib()).isEqualTo(19.55);

        LogFacts other = LogReader.read("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 74.16 GiB. GPU 0 has a total capacity of 44.40 GiB of which 29.89 GiB is free. Including non-PyTorch memory, this process has 14.51 GiB memory in use. Process 2684311 has 14.51 GiB memory in use.");
        assertThat(other.processGib()).isEqualTo(14.51);
        assertThat(other.otherProcessGib()).isEqualTo(14.51);
    }

    @Test
    void speedLines() {
        assertThat(LogReader.read("llama_print_timings:        eval time = 15896.38 ms /    64 runs   (  248.38 ms per token)").tokensPerSecond())
                .isEqualTo(4.03);
        assertThat(LogReader.read("eval rate:            6.149277563422422 tokens/s").tokensPerSecond()).isEqualTo(6.149277563422422);
        assertThat(LogReader.read("prompt eval rate:     11.82 tokens/s\neval rate:  3.5 tokens/s").tokensPerSecond()).isEqualTo(3.5);
        assertThat(LogReader.read("Output generated in 163.82 seconds (0.39 tokens/s, 64 tokens, context 1623, seed 1809972029)").tokensPerSecond())
                .isEqualTo(0.39);
    }

    @Test
    void numbersAsPrinted() {
        assertThat(Num.d("24,320")).isEqualTo(24320);
        assertThat(Num.d("1,497,584")).isEqualTo(1497584);
        assertThat(Num.d("66,86")).isEqualTo(66.86);
        assertThat(Num.d("14.9888")).isEqualTo(14.9888);
        assertThat(Num.d("")).isZero();
    }

    @Test
    void nothingRecognisedIsNone() {
        assertThat(LogReader.read(null)).isEqualTo(LogFacts.NONE);
        assertThat(LogReader.read("   \n\t")).isEqualTo(LogFacts.NONE);
        assertThat(LogReader.hasFinding(LogReader.read("can my 3090 run llama 70b?"))).isFalse();
    }

    @Test
    void hostileInputNeitherThrowsNorStalls() {
        Random rnd = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 2_000_000; i++) noise.append((char) rnd.nextInt(0x3000));
        String[] hostile = {
                noise.toString(),
                "Tried to allocate " + "9".repeat(200_000) + " GiB",
                "memory.available=\"[" + "1.0 GiB ".repeat(100_000),
                "offloaded " + "1/".repeat(300_000) + " layers to GPU",
                ("allocating 1" + ",1".repeat(50_000) + " MiB on device 0: cudaMalloc failed\n").repeat(20),
                "max seq len (" + "9".repeat(100_000) + ") is larger than the maximum number of tokens that can be stored in KV cache (1)",
                "Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your " + "x ".repeat(100_000) + "GPU has compute capability 7.0.",
                "\n".repeat(1_000_000),
                "llama_kv_cache_init: CUDA0 KV buffer size = \u0000\uFFFF MiB\u202E",
                ("Process 1 has 1 GiB memory in use. ").repeat(50_000),
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String h : hostile) {
                LogFacts f = LogReader.read(h);
                assertThat(f).isNotNull();
            }
        });
    }

    @Test
    void aLongPasteKeepsItsStartAndItsError() {
        String start = "llama_new_context_with_model: n_ctx      = 32768\n";
        String middle = "llm_load_print_meta: filler line\n".repeat(20_000);
        String end = "llama_kv_cache_init: failed to allocate buffer for kv cache\n";
        LogFacts f = LogReader.read(start + middle + end);
        assertThat(f.nCtx()).isEqualTo(32768);
        assertThat(f.kvAllocFailed()).isTrue();
    }

    @Test
    void oldTorchMessageLeavesWhatAnotherProcessHolds() {
        // PyTorch 1.x/2.0 wording: 9 GiB reserved on a 24 GiB card with nothing free leaves ~15 GiB held outside this process
        LogFacts busy = LogReader.read("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 64.00 MiB (GPU 0; 23.69 GiB total capacity; "
                + "8.90 GiB already allocated; 20.50 MiB free; 9.02 GiB reserved in total by PyTorch)");
        assertThat(busy.otherProcessGib()).isEqualTo(14.65);
        // A card PyTorch filled itself: only the CUDA context is outside, which is no other process
        LogFacts own = LogReader.read("CUDA out of memory. Tried to allocate 172.00 MiB (GPU 0; 23.69 GiB total capacity; 23.33 GiB "
                + "already allocated; 66.94 MiB free; 23.33 GiB reserved in total by PyTorch)");
        assertThat(own.otherProcessGib()).isZero();
    }

    @Test
    void draftModelThatIsTheModelItselfIsNoticed() {
        // TabbyAPI / ExLlamaV2 start-up lines
        LogFacts same = LogReader.read("""
                INFO:     Loading draft model: /models/Qwen2.5-72B-Instruct-exl2-4.0
                INFO:     Loading model: /models/Qwen2.5-72B-Instruct-exl2-4.0
                """);
        assertThat(same.draftSameAsModel()).isTrue();
        LogFacts small = LogReader.read("""
                INFO:     Loading draft model: /models/Qwen2.5-0.5B-Instruct-exl2-4.0
                INFO:     Loading model: /models/Qwen2.5-72B-Instruct-exl2-4.0
                """);
        assertThat(small.draftSameAsModel()).isFalse();
    }

    @Test
    void softCappingWithoutFlashAttentionIsAMissingGpuFeature() {
        LogFacts f = LogReader.read("ValueError: XFormers does not support attention logits soft capping.");
        assertThat(f.unsupported()).isEqualTo("soft-capping");
        assertThat(f.engine()).isEqualTo(Engine.VLLM);
    }

    @Test
    void kTransformersInTheSingularAndAChineseSpeed() {
        LogFacts f = LogReader.read("Ktransformer 跑 DeepSeek-V3-Q4_K_M，推理速度只有 5个tokens/s");
        assertThat(f.engine()).isEqualTo(Engine.KTRANSFORMERS);
        assertThat(f.tokensPerSecond()).isEqualTo(5.0);
    }

    @Test
    void layersSetByHandAreToldFromLayersTheEngineChose() {
        assertThat(LogReader.read("llm_load_tensors: offloaded 20/33 layers to GPU").layersSetByUser()).isFalse();
        assertThat(LogReader.read("./llama-cli -m model.gguf -ngl 20\nllm_load_tensors: offloaded 20/33 layers to GPU").layersSetByUser()).isTrue();
    }

    @Test
    void proseHintsForRevertingAndTheTaskManager() {
        ProseHints h = ProseHints.of("CUDA error: out of memory since 0.5.2 (rolling back to 0.5.1 fixes it)");
        assertThat(h.afterUpdate()).isTrue();
        ProseHints tm = ProseHints.of("ollama 跑 qwen2.5:14b，任务管理器显示GPU无占用");
        assertThat(tm.taskManager()).isTrue();
        assertThat(tm.symptoms()).contains(dev.llmadvisor.facts.Report.Symptom.GPU_NOT_USED);
    }

    @Test
    void contextSizeKeyAndTorchtuneAndAutosplit() {
        // LocalAI / LLMKube model YAML
        assertThat(LogReader.read("context_size: 131072\nWarning  SystemOOM  victim process: llama-server").nCtx()).isEqualTo(131072);
        assertThat(LogReader.read("tune run generate --config generation.yaml\nCUDA OOM (torchtune.models.llama3.llama3_8b)").engine())
                .isEqualTo(Engine.TRANSFORMERS);
        assertThat(LogReader.read("INFO:     Loading with autosplit\ntorch.OutOfMemoryError: CUDA out of memory.").autoSplit()).isTrue();
    }
    @Test
    void contextWarningsTgiBudgetGenerationAndIllegalAccess() {
        // Ollama's warning (ipex-llm #13248) and llama.cpp's overflow warning; its "<" line is not one
        LogFacts o = LogReader.read("time=2025-07-14 level=WARN source=server.go msg=\"requested context size too large for model\" num_ctx=131072 num_parallel=2 n_ctx_train=32768");
        assertThat(o.ctxOverTrain()).isTrue();
        assertThat(o.nCtx()).isEqualTo(131072);
        assertThat(o.nCtxTrain()).isEqualTo(32768);
        LogFacts l = LogReader.read("llama_context: n_ctx_per_seq (131072) > n_ctx_train (32768) -- possible training context overflow");
        assertThat(l.ctxOverTrain()).isTrue();
        assertThat(l.nCtxTrain()).isEqualTo(32768);
        assertThat(LogReader.read("llama_context: n_ctx_per_seq (4096) < n_ctx_train (131072) -- the full capacity of the model will not be utilized")
                .ctxOverTrain()).isFalse();
        // TGI #755
        LogFacts t = LogReader.read("Error: Warmup(Generation(\"Not enough memory to handle 4096 prefill tokens. You need to decrease `--max-batch-prefill-tokens`\"))");
        assertThat(t.batchTokensTooMany()).isTrue();
        assertThat(t.batchTokens()).isEqualTo(4096);
        assertThat(LogReader.read("{ max_batch_prefill_tokens: 4096, max_batch_total_tokens: 16000 }").engine()).isEqualTo(Engine.TGI);
        // text-generation-webui #1595: the out-of-memory came while generating; the context is the summary line's
        LogFacts g = LogReader.read("""
                torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 672.00 MiB (GPU 0; 8.00 GiB total capacity; 6.23 GiB already allocated; 0 bytes free; 6.92 GiB reserved in total by PyTorch)
                Output generated in 2.48 seconds (0.00 tokens/s, 0 tokens, context 2096, seed 165012704)
                """);
        assertThat(g.oomWhileGenerating()).isTrue();
        assertThat(g.nCtx()).isEqualTo(2096);
        assertThat(LogReader.read("""
                  File "modules/text_generation.py", line 220, in generate_with_callback
                torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB
                """).oomWhileGenerating()).isTrue();
        assertThat(LogReader.read("""
                  File "modeling_utils.py", line 2903, in from_pretrained
                torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB
                """).oomWhileGenerating()).isFalse();
        // llama.cpp #13906, vllm #1518
        assertThat(LogReader.read("CUDA error: an illegal memory access was encountered").illegalAccess()).isTrue();
        assertThat(LogReader.read("RuntimeError: CUDA error: out of memory").illegalAccess()).isFalse();
    }

    @Test
    void everyBufferOnTheCpu() {
        // ollama #4726: a GPU build that put nothing on the GPU
        LogFacts c = LogReader.read("""
                llama_kv_cache_init:        CPU KV buffer size =   448.00 MiB
                llama_new_context_with_model:        CPU  output buffer size =     0.15 MiB
                llama_new_context_with_model:        CPU compute buffer size =   244.01 MiB
                """);
        assertThat(c.allBuffersOnCpu()).isTrue();
        LogFacts g = LogReader.read("""
                llama_kv_cache_init:        CPU KV buffer size =    48.00 MiB
                llama_new_context_with_model:      CUDA0 compute buffer size =   164.01 MiB
                """);
        assertThat(g.allBuffersOnCpu()).isFalse();
    }

    @Test
    void aNoGpuReasonQuotesTheLogMessageNotItsTimestamp() {
        // given Ollama's key=value line: then the reason quoted back is its message, not the timestamp and level before it
        LogFacts f = LogReader.read("time=2024-03-01T10:00:00.000+08:00 level=WARN source=amd_windows.go:95 msg=\"amdgpu is not supported\" "
                + "gpu=0 gpu_type=gfx1032");
        assertThat(f.noGpu()).isTrue();
        assertThat(f.noGpuReason()).startsWith("\"amdgpu is not supported\"").doesNotContain("time=", "level=");
        // and a line without msg= is quoted whole
        assertThat(LogReader.read("warning: no usable GPU found, --gpu-layers option will be ignored").noGpuReason())
                .isEqualTo("warning: no usable GPU found, --gpu-layers option will be ignored");
    }

    @Test
    void aNoGpuReasonFromDockerComposeOutputLeavesTheServiceNameOut() {
        // given a container's line as docker compose prints it: then the reason is the engine's message alone
        LogFacts f = LogReader.read("llama-cpp    | ggml_cuda_init: failed to initialize CUDA: unknown error\n"
                + "llama-cpp    | llm_load_tensors: offloaded 81/81 layers to GPU");
        assertThat(f.noGpu()).isTrue();
        assertThat(f.noGpuReason()).isEqualTo("ggml_cuda_init: failed to initialize CUDA: unknown error");
    }

    @Test
    void ollamaSaysTheDriverIsTooOld() {
        // ollama #6604: Ollama's own words for a driver older than its CUDA runtime
        LogFacts f = LogReader.read("time=2024-09-03T16:36:00.853+08:00 level=DEBUG source=gpu.go:537 msg=\"Unable to load cudart\" "
                + "library=C:\\Users\\asus\\AppData\\Local\\Programs\\Ollama\\lib\\ollama\\cudart64_12.dll "
                + "error=\"your nvidia driver is too old or missing.  If you have a CUDA GPU please upgrade to run ollama\"");
        assertThat(f.driverTooOld()).isTrue();
        assertThat(f.noGpuReason()).contains("driver is too old");
        assertThat(LogReader.read("msg=\"unable to load cuda driver library\"").driverTooOld()).isFalse();
    }

    @Test
    void noKernelImageForTheCard() {
        // koboldcpp #1409 (K80), pytorch #31285
        LogFacts f = LogReader.read("""
                ggml_cuda_compute_forward: ADD failed
                CUDA error: no kernel image is available for execution on the device
                  current device: 0, in function ggml_cuda_compute_forward at ggml-cuda.cu:2325
                """);
        assertThat(f.unsupported()).isEqualTo("kernels");
        assertThat(LogReader.read("CUDA error: out of memory").unsupported()).isNull();
    }

    @Test
    void anOutOfMemoryInTheCodeThatAllocatesTheKvCache() {
        // LightLLM #13: the traceback ends in the allocation of the KV buffers
        LogFacts lightllm = LogReader.read("""
                self.value_buffer = [torch.empty((size, head_num, head_dim), dtype=dtype, device="cuda") for _ in range(layer_num)]

                torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.14 GiB (GPU 0; 79.35 GiB total capacity; 77.83 GiB already allocated; 711.19 MiB free; 77.83 GiB reserved in total by PyTorch)
                """);
        assertThat(lightllm.kvAllocFailed()).isTrue();
        // exllamav2 #677: ExLlamaV2Cache creating its state tensors
        assertThat(LogReader.read("""
                  File "/home/ubuntu/exllamav2/exllamav2/cache.py", line 91, in create_state_tensors
                    p_key_states = torch.zeros(self.shape_wk, dtype = self.dtype, device = device).contiguous()
                torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB.
                """).kvAllocFailed()).isTrue();
        // an out-of-memory with no such frame says nothing about the cache
        assertThat(LogReader.read("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.14 GiB").kvAllocFailed()).isFalse();
    }

    @Test
    void lmdeployTensorParallelSetting() {
        // lmdeploy #684 ("设置tp=4"), TurbomindEngineConfig(tp=2)
        assertThat(LogReader.read("设置tp=4，持续运行时显存一直缓慢增长直到oom").tensorParallel()).isEqualTo(4);
        assertThat(LogReader.read("backend_config=TurbomindEngineConfig(tp=2, max_batch_size=32)").tensorParallel()).isEqualTo(2);
        assertThat(LogReader.read("--disable-mtp=1 setup").tensorParallel()).isZero();
    }

    @Test
    void itRunsIsSaidNotAsked() {
        // chatglm-6b #311: "cpu和常规模式能跑起来" says the CPU run works; GLM-4 #149 asks how much memory it takes to run
        assertThat(ProseHints.of("MPS backend out of memory。cpu和常规模式能跑起来。").works()).isTrue();
        assertThat(ProseHints.of("4090 16G的，试了可以运行，但是每运行一次显存就增高").works()).isTrue();
        assertThat(ProseHints.of("目前40G显存跑不起来，请问一下需要多少显存才能跑支持max_model_len为1M的大模型？").works()).isFalse();
        assertThat(ProseHints.of("单卡3090或4090能跑吗？").works()).isFalse();
        assertThat(ProseHints.of("2080Ti显卡是否能跑起来").works()).isFalse();
        assertThat(ProseHints.of("24G显存能不能跑deepseek").works()).isFalse();
    }

    @Test
    void aQuantizedReleaseIsNotQuantizingAtLoadTime() {
        // Qwen #367: "72B int4" names the Int4 release; load_in_4bit quantizes while loading
        assertThat(ProseHints.of("Qwen1.5-chat 72B int4 4卡(V100) 推理过程中token数到10k会报错OOM").quantizing()).isFalse();
        assertThat(ProseHints.of("chatglm2-6b int4 OOM").quantizing()).isFalse();
        // minillm #6: a release named by size and 4bit; xinference #1712: quantization named only to turn it off
        assertThat(ProseHints.of("llama-65b-4bit | 40GB | A100, 2x3090 ... with 2 RTX 3090 I get an OOM").quantizing()).isFalse();
        assertThat(ProseHints.of("xinference launch --model-format pytorch --quantization none 出现OOM").quantizing()).isFalse();
        assertThat(ProseHints.of("model = AutoModelForCausalLM.from_pretrained(path, load_in_4bit=True) gives OOM").quantizing()).isTrue();
        assertThat(ProseHints.of("I load it in int4 and it still runs out of memory").quantizing()).isTrue();
        // quantization named only to switch it off is a 16-bit load
        assertThat(ProseHints.of("xinference launch --model-name glm-4v --quantization none gives OOM").quantizing()).isFalse();
        assertThat(ProseHints.of("from_pretrained(path, load_in_8bit=False) runs out of memory").quantizing()).isFalse();
    }

    @Test
    void theyAskWhyItTakesSoMuchMemory() {
        // vllm #17891, #15204
        assertThat(ProseHints.of("[Usage]: Why does loading a 7b model with VLLM require 70GB of vram?").memoryUse()).isTrue();
        assertThat(ProseHints.of("it seems kv cache used a lot of vram? how can i close it?").memoryUse()).isTrue();
        assertThat(ProseHints.of("why 3B-Instruct-AWQ takes 16G?").memoryUse()).isTrue();
        assertThat(ProseHints.of("vllm serve fails: CUDA error: out of memory").memoryUse()).isFalse();
    }

    @Test
    void ollamasSystemLineNamesTheBackendsItLoaded() {
        // ollama #10798: the start-up line lists only CPU features; the offload line had planned all 29 layers for CUDA
        LogFacts cpuOnly = LogReader.read("""
                time=2025-05-21T17:49:23.790+08:00 level=INFO source=server.go:168 msg=offload library=cuda layers.requested=-1 layers.model=29 layers.offload=29
                time=2025-05-21T17:49:23.905+08:00 level=INFO source=ggml.go:104 msg=system CPU.0.LLAMAFILE=1 compiler=cgo(gcc)
                """);
        assertThat(cpuOnly.cpuBackendOnly()).isTrue();
        // ollama #10855: the same line with the CUDA backend loaded
        assertThat(LogReader.read("level=INFO source=ggml.go:104 msg=system CPU.0.SSE3=1 CPU.0.AVX2=1 CPU.1.LLAMAFILE=1 "
                + "CUDA.0.ARCHS=500,600,610,700,750,800,860,870,890,900,1200 CUDA.0.USE_GRAPHS=1").cpuBackendOnly()).isFalse();
    }

    @Test
    void anInvalidDeviceFunctionIsAKernelTheBuildLacks() {
        // ktransformers #96 (Tesla P40): cudaErrorInvalidDeviceFunction, like "no kernel image is available"
        LogFacts f = LogReader.read("""
                    |     hidden_states = hidden_states.to(torch.float32)
                    | RuntimeError: CUDA error: invalid device function
                """);
        assertThat(f.unsupported()).isEqualTo("kernels");
        assertThat(LogReader.read("RuntimeError: CUDA error: device-side assert triggered").unsupported()).isNull();
    }

    @Test
    void aMissingRocblasLibraryForTheArchitectureIsAKernelTheBuildLacks() {
        // given rocBLAS failing to find kernels for the card's gfx architecture: then the build has no code for it
        assertThat(LogReader.read("rocBLAS error: Cannot read /usr/lib/ollama/rocm/rocblas/library/TensileLibrary.dat: No such file or directory for GPU arch : gfx1032")
                .unsupported()).isEqualTo("kernels");
        // then the library loading for a supported architecture is no finding
        assertThat(LogReader.read("rocblas: loading TensileLibrary_lazy_gfx1100.dat").unsupported()).isNull();
    }

    @Test
    void divisibilityInOtherWordsIsTheTensorParallelConstraint() {
        // vllm #6601 (three 4090s), vllm #596's "number of GPUs per node is not divisible by the number of tensor parallelism"
        assertThat(LogReader.read("The issue is that parallel deployment requires the number of GPUs to be divisible by 32")
                .tpNotDivisible()).isTrue();
        assertThat(LogReader.read("the attention heads of the model cannot be divisible by tensor parallel size").tpNotDivisible()).isTrue();
        assertThat(LogReader.read("the batch size must be divisible by 8").tpNotDivisible()).isFalse();
    }

    @Test
    void notDetectedAndOtherModelsReadInContext() {
        // ollama #11420: the card is what is not detected
        assertThat(ProseHints.of("ROCm: RX 7900 XTX (gfx1100) not detected on Arch-based distro, falls back to CPU").symptoms())
                .contains(dev.llmadvisor.facts.Report.Symptom.GPU_NOT_USED);
        // ollama #3765: what is "not detected" is the VRAM other programs hold, and that is another consumer of the GPU
        ProseHints consumers = ProseHints.of("CUDA error: out of memory - other VRAM consumers not detected in available memory");
        assertThat(consumers.symptoms()).doesNotContain(dev.llmadvisor.facts.Report.Symptom.GPU_NOT_USED);
        assertThat(consumers.otherUse()).isTrue();
        // ollama #5359: other models that run fine are a comparison, not a model holding the GPU
        assertThat(ProseHints.of("Both Gemma2 model fail with cudaMalloc error despite available GPU memory, while other models run successfully.")
                .otherUse()).isFalse();
        assertThat(ProseHints.of("the other model is still loaded when I start this one").otherUse()).isTrue();
    }

    @Test
    void vllmsMaxLengthCheckIsReadByItsTail() {
        // given vLLM's V0 check retyped into a question, its first words changed and its quotes curled
        LogFacts retyped = LogReader.read("vllm: The model’s max sew len (32768) is larger than the maximum number of tokens that can be stored in KV cache (18896). Try increasing ‘gpu_memory_utilization’ or decreasing ‘max_model_len’ when initializing the engine.");
        // then both figures are read, as from the message pasted whole
        assertThat(retyped.maxSeqLen()).isEqualTo(32768);
        assertThat(retyped.kvTokens()).isEqualTo(18896);
    }

    @Test
    void aCueDeniedOrWishedForIsNotTold() {
        // given another program or an offload the person says is not there, or only wants
        assertThat(ProseHints.of("Attempts to load it fail. I don't have any other processes using the GPU.").otherUse()).isFalse();
        assertThat(ProseHints.of("加载失败，没有其他程序占用显卡").otherUse()).isFalse();
        assertThat(ProseHints.of("ram usage is 25gb without cpu offloading, which is an issue, as i want to use cpu offloading").ramSpill()).isFalse();
        // then the same cues told as there still count, also beside a denial of something else
        assertThat(ProseHints.of("It does not load because another process holds 6 GB of the GPU.").otherUse()).isTrue();
        assertThat(ProseHints.of("no other gpu here, and with cpu offloading it crawls").ramSpill()).isTrue();
    }

    @Test
    void computeCapabilityChecksInOtherWordings() {
        // the bf16 check pasted lower-cased
        LogFacts bf16 = LogReader.read("valueerror: bfloat16 is only supported on gpus with compute capability of at least 8.0. your tesla v100-sxm2-32gb gpu has compute capability 7.0.");
        assertThat(bf16.unsupported()).isEqualTo("bf16");
        assertThat(bf16.ccRequired()).isEqualTo(8.0);
        assertThat(bf16.ccHave()).isEqualTo(7.0);
        // a loader's own FP8 check, with the card's capability
        LogFacts fp8 = LogReader.read("ERROR: FP8 models require a GPU with Compute Capability 8.9 or higher (e.g., RTX 4090). Your GPU's capability is 8.6. Please select a non-FP8 model.");
        assertThat(fp8.unsupported()).isEqualTo("fp8");
        assertThat(fp8.ccRequired()).isEqualTo(8.9);
        assertThat(fp8.ccHave()).isEqualTo(8.6);
        // TransformerEngine's, without it
        LogFacts te = LogReader.read("AssertionError: Device compute capability 8.9 or higher required for FP8 execution.");
        assertThat(te.unsupported()).isEqualTo("fp8");
        assertThat(te.ccRequired()).isEqualTo(8.9);
        assertThat(te.ccHave()).isZero();
        // a capability named without FP8 is no FP8 check
        assertThat(LogReader.read("Requires a GPU with compute capability 7.0 or higher for fast kernels").unsupported()).isNull();
    }

    @Test
    void tritonsRefusalOfAnOldCardAndTorchAutocastsBf16Check() {
        // torch.compile's Triton backend on a Pascal card: the card, what Triton needs and what the card has
        LogFacts triton = LogReader.read("torch._dynamo.exc.BackendCompilerFailed: backend='inductor' raised:\n"
                + "RuntimeError: Found Tesla P100-PCIE-16GB which is too old to be supported by the triton GPU compiler, which is used as the backend. "
                + "Triton only supports devices of CUDA Capability >= 7.0, but your device is of CUDA capability 6.0");
        assertThat(triton.unsupported()).isEqualTo("triton");
        assertThat(triton.ccRequired()).isEqualTo(7.0);
        assertThat(triton.ccHave()).isEqualTo(6.0);
        assertThat(triton.gpuName()).isEqualTo("Tesla P100-PCIE-16GB");
        // the message wrapped before its figures still names Triton's minimum
        LogFacts wrapped = LogReader.read("RuntimeError: Found NVIDIA GeForce GTX 960 which is too old to be supported by the triton GPU compiler, which is used\n"
                + "as the backend. Triton only supports devices of CUDA Capability >= 7.0, but your device is of CUDA capability 5.2");
        assertThat(wrapped.unsupported()).isEqualTo("triton");
        assertThat(wrapped.ccRequired()).isEqualTo(7.0);
        // torch.autocast's bf16 check names no capability: bf16 needs Ampere (8.0)
        LogFacts autocast = LogReader.read("RuntimeError: Current CUDA Device does not support bfloat16. Please switch dtype to float16.");
        assertThat(autocast.unsupported()).isEqualTo("bf16");
        assertThat(autocast.ccRequired()).isEqualTo(8.0);
    }

    @Test
    void proseHintsForAGpuLeftOutAndAModelAlreadyLoaded() {
        var gpuNotUsed = dev.llmadvisor.facts.Report.Symptom.GPU_NOT_USED;
        assertThat(ProseHints.of("I have a tesla p40 and a k80 gpu and it will not use gpu.").symptoms()).contains(gpuNotUsed);
        assertThat(ProseHints.of("I am running it on Jetson orin but it's not offloading the GPU").symptoms()).contains(gpuNotUsed);
        assertThat(ProseHints.of("32 cores of CPU are pinned at 100% while GPU utilization is around 2%.").symptoms()).contains(gpuNotUsed);
        // a GPU-layers setting that changes nothing: the layers do not reach the GPU
        assertThat(ProseHints.of("using CLBLAST and --gpu-layers (any number) is no faster than without it").symptoms()).contains(gpuNotUsed);
        assertThat(ProseHints.of("[ISSUE] --gpu-layers in useless.").symptoms()).contains(gpuNotUsed);
        assertThat(ProseHints.of("n_gpu_layers has no effect").symptoms()).contains(gpuNotUsed);
        assertThat(ProseHints.of("-ngl 35 made it much faster").symptoms()).doesNotContain(gpuNotUsed);
        // a busy GPU is no GPU left out
        assertThat(ProseHints.of("GPU utilization is around 95% and it is still slow").symptoms()).doesNotContain(gpuNotUsed);
        assertThat(ProseHints.of("i get the following error when one of the models already have been loaded in to the VRAM").otherUse()).isTrue();
        assertThat(ProseHints.of("the model is loaded and answers, but slowly").otherUse()).isFalse();
        // a model compared with holds nothing
        assertThat(ProseHints.of("ollama falls back to CPU for deepseek-coder:6.7b. Any other model runs just fine with cuda").otherUse()).isFalse();
        assertThat(ProseHints.of("the other model is still loaded on the GPU").otherUse()).isTrue();
    }

    @Test
    void severalInstancesOnOneCardHoldEachOthersMemory() {
        // vllm #10533, lmdeploy #1390, vllm-ascend #8621: instances started on one card
        assertThat(ProseHints.of("[Bug]: vllm failed to run two instance with one gpu").otherUse()).isTrue();
        assertThat(ProseHints.of("I run two vLLM instances on the same GPU and the second one fails").otherUse()).isTrue();
        assertThat(ProseHints.of("如果一张卡上启动两个进程，其中一个进程会被挤掉").otherUse()).isTrue();
        assertThat(ProseHints.of("昇腾910B单卡顺序启动多个Qwen3-0.6B小模型时，第四个实例因显存不够启动失败").otherUse()).isTrue();
        // several cards, one model each, or one model on one card: nothing else on its card
        assertThat(ProseHints.of("I run two models on two GPUs, one each, and the second one fails").otherUse()).isFalse();
        assertThat(ProseHints.of("一张卡跑一个模型，两张卡显存都不够").otherUse()).isFalse();
    }

    @Test
    void aReleaseNamedWhereItBrokeOrStillWorkedIsAnUpdate() {
        // given a build, a version or a pull request named as the point where it broke, or as one where it still worked
        assertThat(ProseHints.of("the 13B model gives CUDA OOM since b3400").afterUpdate()).isTrue();
        assertThat(ProseHints.of("After version 2.1.0 the model no longer loads").afterUpdate()).isTrue();
        assertThat(ProseHints.of("With 0.5.4 it works, 0.5.7 fails to allocate").afterUpdate()).isTrue();
        assertThat(ProseHints.of("crashes after PR #9012 was merged").afterUpdate()).isTrue();
        assertThat(ProseHints.of("this model worked before update, now it is out of memory").afterUpdate()).isTrue();
        // then a duration or a plain number is no release
        assertThat(ProseHints.of("it crashes after 2.5 seconds of generation").afterUpdate()).isFalse();
        assertThat(ProseHints.of("out of memory after 10 minutes with 4.5 GB used").afterUpdate()).isFalse();
    }

    @Test
    void xformersRefusalsAreCapabilityChecks() {
        // given xFormers' reasons for each kernel it rejects on a Pascal card, bf16 among them: then bf16, against the card's 6.1
        LogFacts bf16 = LogReader.read("""
                NotImplementedError: No operator found for `memory_efficient_attention_forward` with inputs:
                `flshattF@v2.3.6` is not supported because:
                    requires device with capability > (8, 0) but your GPU has capability (6, 1) (too old)
                    bf16 is only supported on A100+ GPUs
                """);
        assertThat(bf16.unsupported()).isEqualTo("bf16");
        assertThat(bf16.ccRequired()).isEqualTo(8.0);
        assertThat(bf16.ccHave()).isEqualTo(6.1);
        // given only the capability reasons: then the attention kernels, at the lowest capability any of them needs
        LogFacts kernels = LogReader.read("""
                `fa3F@0.0.0` is not supported because:
                    requires device with capability > (9, 0) but your GPU has capability (7, 0) (too old)
                `fa2F@2.5.7` is not supported because:
                    requires device with capability > (8, 0) but your GPU has capability (7, 0) (too old)
                """);
        assertThat(kernels.unsupported()).isEqualTo("flash-attn");
        assertThat(kernels.ccRequired()).isEqualTo(8.0);
        assertThat(kernels.ccHave()).isEqualTo(7.0);
        // then a kernel rejected for another reason is no capability check
        assertThat(LogReader.read("`cutlassF` is not supported because:\n    operator wasn't built - see `python -m xformers.info`").unsupported()).isNull();
    }

    @Test
    void anIndexPastTheEndOfATensorIsRead() {
        // given PyTorch's CUDA index assertion under the KTransformers server: then an index out of bounds, a finding there
        LogFacts kt = LogReader.read("""
                INFO:     127.0.0.1:51234 - "POST /v1/chat/completions HTTP/1.1" 200 OK
                /pytorch/aten/src/ATen/native/cuda/IndexKernel.cu:93: operator(): block: [0,0,0], thread: [5,0,0] Assertion `-sizes[i] <= index && index < sizes[i] && "index out of bounds"` failed.
                ktransformers --model_path deepseek-ai/DeepSeek-V3 --gguf_path /models/DeepSeek-V3-Q4 --cpu_infer 48
                """);
        assertThat(kt.indexOutOfBounds()).isTrue();
        assertThat(kt.engine()).isEqualTo(Engine.KTRANSFORMERS);
        assertThat(LogReader.hasFinding(kt)).isTrue();
        // then the same assertion elsewhere is read, but names no cause of its own
        LogFacts torch = LogReader.read("RuntimeError: CUDA error: device-side assert triggered after \"index out of bounds\" in a custom sampler");
        assertThat(torch.indexOutOfBounds()).isTrue();
        assertThat(LogReader.hasFinding(torch)).isFalse();
    }

    @Test
    void devicesFoundAreCountedWhateverTheBackendAndItsCase() {
        // the question parser counts the same line (DeviceLines.FOUND_DEVICES), so a log read either way gives one count
        assertThat(LogReader.read("ggml_cuda_init: found 2 CUDA devices:").gpuCount()).isEqualTo(2);
        assertThat(LogReader.read("ggml_cuda_init: found 3 ROCm devices:").gpuCount()).isEqualTo(3);
        assertThat(LogReader.read("ggml_cuda_init: found 2 HIP devices:").gpuCount()).isEqualTo(2);
        assertThat(LogReader.read("ggml_vulkan: found 1 vulkan devices").gpuCount()).isEqualTo(1);
    }

    /** The device lines DeviceLines shares with the question parser, in the forms later releases print them. */
    @Test
    void givenLaterForms_thenTheCardIsReadFromItsDeviceLine() {
        LogFacts ollama = LogReader.read("time=2025-10-01T10:00:00.000Z level=INFO source=types.go:42 msg=\"inference compute\" id=GPU-1a "
                + "library=CUDA compute=8.6 name=CUDA0 description=\"NVIDIA GeForce RTX 3090\" libdirs=ollama,cuda_v12 driver=12.8 "
                + "pci_id=0000:01:00.0 type=discrete total=\"24.0 GiB\" available=\"23.6 GiB\"");
        assertThat(ollama.gpuName()).isEqualTo("NVIDIA GeForce RTX 3090");
        assertThat(ollama.gpuMemGib()).isEqualTo(24.0);

        assertThat(LogReader.read("ggml_cuda_init: found 1 ROCm devices:\n  Device 0: AMD Radeon RX 7900 XTX, gfx1100 (0x1100), VMM: no, Wave Size: 32")
                .gpuName()).isEqualTo("AMD Radeon RX 7900 XTX");
        assertThat(LogReader.read("llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 5060 Ti) (0000:01:00.0) - 15055 MiB free")
                .gpuName()).isEqualTo("NVIDIA GeForce RTX 5060 Ti");
    }
}
