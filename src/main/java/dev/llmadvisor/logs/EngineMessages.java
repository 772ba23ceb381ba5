package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The messages the engines themselves print when memory, context, loading, device support, drivers, file formats or
 * versions go wrong, taken from the engines' own source (each entry names the repository and file), with the finding
 * each one is evidence of and the cause the diagnosis gives a log holding only that message. A line is recognised by
 * the message's stable words: {@link Message#text} is lower case, and "…" stands for a part that varies (numbers,
 * names, paths), and a line holds the message when it holds every part (people quote a message in pieces, or out of order). Figures some of these messages carry are read by {@link LogReader}'s patterns; this table says only
 * which message means what, so that every wording of one family leads to the same finding.
 */
public final class EngineMessages {

    private EngineMessages() { }

    /** What a message shows, and the cause code (eval/real-questions/README.md) a log with only that message gets. */
    public enum Finding {
        /** Out of memory, no more: which memory ran short, and why, the figures and the setup around it decide. */
        OUT_OF_MEMORY(null),
        WEIGHTS_NOT_ALLOCATED("model_too_large"),
        WEIGHTS_ON_DISK("model_too_large"),
        KV_NOT_ALLOCATED("context_too_large"),
        COMPUTE_NOT_ALLOCATED("context_too_large"),
        /** llama-cpp-python's logits array, one row of the vocabulary per context position, held by numpy in RAM. */
        LOGITS_NOT_ALLOCATED("context_too_large"),
        CONTEXT_OVER_TRAINING("context_too_large"),
        /** Ollama's memory check: weights plus the context's cache; the figures and the model decide which is too large. */
        SYSTEM_MEMORY_SHORT(null),
        /**
         * System RAM, not GPU memory, ran out (PyTorch's CPU allocator): transformers and the engines built on PyTorch read a
         * checkpoint into host memory on its way to the GPU, so it fails before the GPU is reached.
         */
        HOST_MEMORY_SHORT("other"),
        /**
         * LMDeploy TurboMind's out-of-memory: TurboMind takes its k/v cache as a share of the GPU up front
         * (cache_max_entry_count), which LMDeploy's FAQ names as the usual cause; the weights alone exceeding the card
         * (sizing) is the other.
         */
        CACHE_SHARE_OOM(null),
        NO_CACHE_MEMORY("vllm_kv_cache_too_small"),
        KV_CACHE_BELOW_MAX_LEN("vllm_kv_cache_too_small"),
        KV_POOL_TOO_SMALL("vllm_kv_cache_too_small"),
        /** A request longer than the maximum length the pool engine was started with (its --max-model-len / --context-length). */
        REQUEST_OVER_MAX_LEN("vllm_kv_cache_too_small"),
        BATCH_TOO_LARGE("context_too_large"),
        TP_NOT_DIVISIBLE("multi_gpu_split"),
        /** vLLM has no pipeline-parallel split for the model's architecture. */
        PIPELINE_UNSUPPORTED("multi_gpu_split"),
        /** The parallel size asked for (tensor × pipeline) is more GPUs than the engine sees on the node, in Ray or the container. */
        PARALLEL_OVER_GPUS("multi_gpu_split"),
        /**
         * One operation met tensors on two GPUs: the model was split over the cards (accelerate's device_map) at a point its
         * code does not support, such as a vision tower or a custom forward that moves tensors to one device itself.
         */
        TENSORS_ON_TWO_GPUS("multi_gpu_split"),
        /**
         * A quantized weight's part is not a whole number of its kernel's groups, blocks or tiles: over several GPUs the
         * tensor-parallel shard (a split the model does not admit), on one GPU a shape the kernel cannot take, so the setup decides.
         */
        SHARD_OFF_QUANT_GROUPS(null),
        GPU_LACKS_FEATURE("unsupported_hardware"),
        PARTLY_ON_CPU("partial_offload"),
        NO_GPU("gpu_not_used"),
        /**
         * Ollama's GPU runners turned off on a CPU without AVX: only a source build or another CPU lifts it (label rule I),
         * unless a VM's host passes AVX through, which the words around the log decide.
         */
        NO_GPU_WITHOUT_AVX("unsupported_hardware"),
        DRIVER_TOO_OLD("gpu_not_used"),
        NO_KERNELS_FOR_GPU("unsupported_hardware"),
        /**
         * vLLM finds no fused-MoE kernel for the model's quantization on this platform: the install has no code for this
         * format on this card (label rule I), whatever its memory; another format of the model, or another card, runs.
         */
        NO_MOE_KERNEL_FOR_FORMAT("unsupported_hardware"),
        MEMORY_HELD_ELSEWHERE("memory_used_elsewhere"),
        /** Ollama's scheduler waited for the VRAM of an unloaded runner to be reported free again: a warning, not a cause. */
        VRAM_NOT_RECOVERED("other"),
        /**
         * Xinference gives each LLM GPUs of its own and refuses a launch when every GPU already holds a model: its allocation
         * rule, whatever memory is free on the cards.
         */
        GPUS_TAKEN("other"),
        MODEL_FILE_REFUSED("other"),
        MEMORY_ESTIMATE_NAN("other"),
        ILLEGAL_ACCESS("other"),
        VULKAN_VALIDATION("other"),
        /** One buffer above the Vulkan device's single-allocation limit: a limit of the driver, not a lack of memory. */
        VULKAN_BUFFER_LIMIT("other"),
        /** MLX holds as many Metal buffers as macOS allows one process: a count of buffers, not a lack of memory. */
        METAL_RESOURCE_LIMIT("other"),
        PAST_FIXED_CACHE("other"),
        /**
         * A fault of the software, not of memory: a library built for another version (a missing symbol or name, a module or
         * DLL that does not load), a chat template missing, a GPU kernel that fails. (PyTorch's device-side assert is left out: an index past a
         * tensor's end, which a context overflow also gives, asserts the same way.)
         */
        SOFTWARE_FAULT("other"),
        /**
         * The requests outgrew the context the engine was started with (llama.cpp's server finds no free cells in its KV
         * cache): the context was set too small, which is not a lack of memory.
         */
        CONTEXT_FULL("other"),
        /** The GPUs cannot talk to each other (NCCL's transport, PyTorch's NCCL watchdog): a link fault, not memory. */
        GPU_LINK_FAULT("other"),
        /**
         * The llama.cpp or Ollama runner itself crashed (a failed assert, a segmentation fault, Windows' fail-fast
         * 0xc0000409): a bug or a broken build of the engine, unless an out-of-memory message or the sizing says otherwise.
         */
        RUNNER_CRASHED("other"),
        /**
         * ggml's own context pool overflowed: the engine sized a ggml context (host memory, fixed when it is made) too small
         * for the graph it builds, which a large batch, context or layer count brings out; an engine bug, not GPU memory.
         */
        GGML_POOL_SHORT("other");

        /** The cause a log holding only this message is given; null when the message alone does not decide it. */
        public final String cause;

        Finding(String cause) { this.cause = cause; }
    }

    /**
     * One message: where it comes from, its stable words ("…" between the parts that must all be in the line), what
     * it shows, and one line as the engine prints it (made-up figures), for the table's test.
     */
    public record Message(String source, String text, Finding finding, String example) {
        /** The engine whose own source prints this message, or null for a library's (CUDA, PyTorch, ROCm, …). */
        public Engine engine() {
            String repo = source.substring(0, Math.max(0, source.indexOf(' ')));
            return ENGINES.get(repo);
        }

        /** Where the message's first part is in a lower-cased line, or -1 when the line does not hold every part. */
        int find(String low) {
            // most messages are one part: no split (run for every message on every line of a log)
            if (text.indexOf('…') < 0) return low.indexOf(text);
            int at = -1;
            for (String part : text.split("…")) {
                int i = low.indexOf(part);
                if (i < 0) return -1;
                if (at < 0) at = i;
            }
            return at;
        }
    }

    /** The engines' repositories; a message from one of them names that engine as the one that printed it. */
    private static final Map<String, Engine> ENGINES = Map.of(
            "ggml-org/llama.cpp", Engine.LLAMA_CPP, "abetlen/llama-cpp-python", Engine.LLAMA_CPP, "ollama/ollama", Engine.OLLAMA,
            "vllm-project/vllm", Engine.VLLM, "sgl-project/sglang", Engine.SGLANG, "huggingface/transformers", Engine.TRANSFORMERS,
            "huggingface/accelerate", Engine.TRANSFORMERS, "huggingface/text-generation-inference", Engine.TGI,
            "kvcache-ai/ktransformers", Engine.KTRANSFORMERS, "turboderp/exllamav2", Engine.EXLLAMA);

    /** A message found in a line, at a position of that line. */
    record Match(Message message, int at) { }

    public static final List<Message> ALL = List.of(
            // ---- out of memory -------------------------------------------------------------------------------------
            new Message("pytorch/pytorch c10/cuda/CUDACachingAllocator.cpp", "out of memory", Finding.OUT_OF_MEMORY,
                    "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"),
            new Message("pytorch/pytorch torch/cuda (torch.OutOfMemoryError)", "outofmemoryerror", Finding.OUT_OF_MEMORY,
                    "torch.cuda.OutOfMemoryError: CUDA error"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-cuda/ggml-cuda.cu (cudaError name)", "cuda_error_out_of_memory", Finding.OUT_OF_MEMORY,
                    "CUDA error: CUDA_ERROR_OUT_OF_MEMORY"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-cuda/ggml-cuda.cu (cudaErrorMemoryAllocation)", "cudaerrormemoryallocation", Finding.OUT_OF_MEMORY,
                    "cudaErrorMemoryAllocation: current device 0"),
            new Message("ollama/ollama llm/llama_server.go", "reported out-of-memory", Finding.OUT_OF_MEMORY,
                    "Error: llama-server reported out-of-memory during startup: cudaMalloc failed"),
            // ggml_vk_create_buffer: "if (size > device->max_memory_allocation_size) throw vk::OutOfDeviceMemoryError(…)", printed
            // beside the ErrorOutOfDeviceMemory below; the size is one buffer's, not what is free
            new Message("ggml-org/llama.cpp ggml/src/ggml-vulkan/ggml-vulkan.cpp (ggml_vk_create_buffer)", "requested buffer size exceeds device memory allocation limit",
                    Finding.VULKAN_BUFFER_LIMIT, "ggml_vulkan: Requested buffer size exceeds device memory allocation limit: ErrorOutOfDeviceMemory"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-vulkan/ggml-vulkan.cpp", "erroroutofdevicememory", Finding.OUT_OF_MEMORY,
                    "ggml_vulkan: vk::Device::allocateMemory: ErrorOutOfDeviceMemory"),
            new Message("KhronosGroup Vulkan / oneapi-src unified-runtime (VK_ERROR_, UR_RESULT_ERROR_)", "out_of_device_memory", Finding.OUT_OF_MEMORY,
                    "MESA: error: VK_ERROR_OUT_OF_DEVICE_MEMORY"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-metal (command buffer status)", "kiogpucommandbuffercallbackerroroutofmemory", Finding.OUT_OF_MEMORY,
                    "ggml_metal_graph_compute: command buffer 0 failed with status 5 error: Insufficient Memory (00000008:kIOGPUCommandBufferCallbackErrorOutOfMemory)"),
            new Message("ggml-org/llama.cpp ggml/src/ggml.c (ggml_aligned_malloc)", "insufficient memory (attempted to allocate", Finding.OUT_OF_MEMORY,
                    "ggml_aligned_malloc: insufficient memory (attempted to allocate 24576.00 MB)"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-metal (newBufferWithLength)", "newbufferwith…must not exceed", Finding.OUT_OF_MEMORY,
                    "-[MTLDebugDevice newBufferWithBytesNoCopy:length:options:deallocator:]: failed assertion `length must not exceed 28672 MB'"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-metal (buffer size check)", "larger than buffer maximum", Finding.OUT_OF_MEMORY,
                    "ggml_metal_add_buffer: error: buffer 'data' size 40000000000 is larger than buffer maximum of 28991029248"),
            new Message("ollama/ollama ml/backend/ggml/ggml.go", "memory layout cannot be allocated", Finding.OUT_OF_MEMORY,
                    "level=WARN source=runner.go:140 msg=\"memory layout cannot be allocated\" memory.InputWeights=1.2GiB"),
            new Message("NVIDIA cuBLAS (cublasStatus_t)", "cublas_status_alloc_failed", Finding.OUT_OF_MEMORY,
                    "RuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`"),
            // MetalAllocator::malloc counts live buffers against iogpu.rsrc_limit (499000 when the sysctl is unset) and throws at the
            // limit (ml-explore/mlx #1718): many small buffers (a long KV cache, an unevaluated graph) reach it with most memory free
            new Message("ml-explore/mlx mlx/backend/metal/allocator.cpp (MetalAllocator::malloc: resource limit, mlx #1718)", "[metal::malloc] resource limit", Finding.METAL_RESOURCE_LIMIT,
                    "RuntimeError: [metal::malloc] Resource limit (499000) exceeded."),
            new Message("ml-explore/mlx mlx/backend/metal/allocator.cpp", "greater than the maximum allowed buffer size", Finding.OUT_OF_MEMORY,
                    "libc++abi: terminating due to uncaught exception of type std::runtime_error: [metal::malloc] Attempting to allocate 30064771072 bytes which is greater than the maximum allowed buffer size of 28991029248 bytes."),
            // the error's own name, printed by HIP callers that report it by name rather than by hipGetErrorString's words
            new Message("ROCm/HIP include/hip/hip_runtime_api.h (hipErrorOutOfMemory)", "hiperroroutofmemory", Finding.OUT_OF_MEMORY,
                    "RuntimeError: HIP error: hipErrorOutOfMemory"),
            // ROCr's allocation failure of a GPU job (device memory, or the runtime's own queues and buffers)
            new Message("ROCm/ROCR-Runtime src/inc/hsa.h (HSA_STATUS_ERROR_OUT_OF_RESOURCES)", "hsa_status_error_out_of_resources", Finding.OUT_OF_MEMORY,
                    "HSA_STATUS_ERROR_OUT_OF_RESOURCES: The runtime failed to allocate the necessary resources."),
            // SYCL's name for UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY (intel/llvm's UR-to-PI error map); Intel's extension for
            // PyTorch documents it as "caused by out of GPU memory"
            new Message("intel/llvm sycl/plugins/unified_runtime (UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY -> PI_ERROR_OUT_OF_RESOURCES)", "pi_error_out_of_resources", Finding.OUT_OF_MEMORY,
                    "RuntimeError: Native API failed. Native API returns: -5 (PI_ERROR_OUT_OF_RESOURCES) -5 (PI_ERROR_OUT_OF_RESOURCES)"),
            // Metal: what the GPU was given passes the share of unified memory macOS lets it keep resident, so it pages or fails
            new Message("ggml-org/llama.cpp ggml/src/ggml-metal (ggml_backend_metal_log_allocated_size)", "greater than the recommended max working set size", Finding.OUT_OF_MEMORY,
                    "ggml_backend_metal_log_allocated_size: warning: current allocated size is greater than the recommended max working set size"),
            // LM Studio's load guardrail (guardrailHasEnoughResourcesForModelOrThrow), which refuses a model whose estimate passes
            // the memory it sees: "Model loading was stopped / aborted due to insufficient system resources", and from 0.4 "Not
            // enough resources to load the model with the current settings" (lmstudio-bug-tracker #927, #1202, #1562)
            new Message("lmstudio-ai (LM Studio model loading guardrail, 0.3)", "due to insufficient system resources", Finding.OUT_OF_MEMORY,
                    "Error: Model loading aborted due to insufficient system resources. Overloading the system will likely cause it to freeze."),
            new Message("lmstudio-ai (LM Studio model loading guardrail, 0.4)", "not enough resources to load the model", Finding.OUT_OF_MEMORY,
                    "Failed to load the model: Not enough resources to load the model with the current settings"),
            // the CPU allocator's two wordings (Windows: "not enough memory", Linux: "can't allocate memory", errno 12)
            new Message("pytorch/pytorch c10/core/impl/alloc_cpu.cpp", "defaultcpuallocator: not enough memory", Finding.HOST_MEMORY_SHORT,
                    "RuntimeError: [enforce fail at alloc_cpu.cpp:114] data. DefaultCPUAllocator: not enough memory: you tried to allocate 1073741824 bytes."),
            new Message("pytorch/pytorch c10/core/impl/alloc_cpu.cpp", "defaultcpuallocator: can't allocate memory", Finding.HOST_MEMORY_SHORT,
                    "RuntimeError: [enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate 140247040 bytes. Error code 12 (Cannot allocate memory)"),
            // Windows' commit limit (RAM plus page file, ERROR_COMMITMENT_LIMIT 1455): a checkpoint mapped or read into host
            // memory on its way to the GPU passes it before the GPU is reached
            new Message("Microsoft Win32 system error codes (ERROR_COMMITMENT_LIMIT, 1455)", "paging file is too small", Finding.HOST_MEMORY_SHORT,
                    "OSError: The paging file is too small for this operation to complete. (os error 1455)"),
            new Message("numpy/numpy numpy/core/_exceptions.py (_ArrayMemoryError)", "unable to allocate…for an array with shape", Finding.OUT_OF_MEMORY,
                    "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 9.27 GiB for an array with shape (32768, 75968) and data type float32"),
            // numpy's own error class, named alone or before its message: among the engines, only llama-cpp-python keeps model
            // state in numpy, the scores array Llama.__init__ sizes (n_ctx, n_vocab) in float32 (0.2.x; later with logits_all)
            new Message("abetlen/llama-cpp-python llama_cpp/llama.py (Llama.__init__: self.scores = np.ndarray((n_ctx, n_vocab)))", "_arraymemoryerror", Finding.LOGITS_NOT_ALLOCATED,
                    "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 18.5 GiB for an array with shape (32768, 151936) and data type float32"),
            new Message("kubernetes/kubernetes pkg/kubelet/oom/oom_watcher_linux.go", "system oom encountered", Finding.OUT_OF_MEMORY,
                    "Warning  SystemOOM  node/gpu-node-1  System OOM encountered, victim process: llama-server, pid: 4242"),
            // ---- an allocation for the weights, the KV cache or the compute buffers ---------------------------------
            new Message("ggml-org/llama.cpp ggml/src/ggml-alloc.c (alloc_tensor_range)", "alloc_tensor_range: failed", Finding.WEIGHTS_NOT_ALLOCATED,
                    "alloc_tensor_range: failed to allocate CUDA0 buffer of size 13421772800"),
            new Message("ggml-org/llama.cpp src/llama-model.cpp", "unable to allocate backend buffer", Finding.WEIGHTS_NOT_ALLOCATED,
                    "llama_model_load: error loading model: unable to allocate backend buffer"),
            new Message("ggml-org/llama.cpp src/llama.cpp (llama_model_load)", "error loading model…unable to allocate", Finding.WEIGHTS_NOT_ALLOCATED,
                    "llama_load_model_from_file: error loading model: unable to allocate CUDA0 buffer"),
            new Message("ggml-org/llama.cpp src/llama-kv-cache.cpp", "failed to allocate buffer for kv cache", Finding.KV_NOT_ALLOCATED,
                    "llama_init_from_model: failed to initialize the context: failed to allocate buffer for kv cache"),
            new Message("ggml-org/llama.cpp llama.cpp (older llama_kv_cache_init)", "llama_kv_cache_init() failed", Finding.KV_NOT_ALLOCATED,
                    "llama_new_context_with_model: llama_kv_cache_init() failed for self-attention cache"),
            // node-llama-cpp (llama.cpp for Node.js) refuses a context before allocating it when its estimate of the context's
            // KV cache and compute buffers exceeds what is free: "A context size of ${size}[ with ${n} sequences] is too large
            // for the available VRAM" (or "RAM", "VRAM and RAM", "resources")
            new Message("withcatai/node-llama-cpp src/evaluator/LlamaContext/utils/resolveContextContextSizeOption.ts (InsufficientMemoryError)",
                    "a context size of …is too large for the available", Finding.KV_NOT_ALLOCATED,
                    "InsufficientMemoryError: A context size of 4096 is too large for the available VRAM"),
            // oMLX's prefill memory guard refuses a prompt before prefilling it when the weights already resident plus the
            // prompt's KV cache and attention scratch would pass its memory ceiling; both of its wordings end in "reduce
            // context length": the preflight safety cap and the pre-chunk guard ("Prefill context too large for available
            // memory (…)"), and the peak check ("Prefill would require ~N peak (current … + KV+SDPA …) but … ceiling is …")
            new Message("jundot/omlx omlx scheduler (_preflight_safety_rejection, _guard_prefill_chunk)", "prefill context too large for available memory", Finding.KV_NOT_ALLOCATED,
                    "Error: Prefill context too large for available memory (preflight safety guard, kv_len=66461, min_chunk=32): predicted peak would require ~25.53 GB"),
            new Message("jundot/omlx omlx scheduler (_format_rejection_message)", "prefill would require…peak…ceiling is", Finding.KV_NOT_ALLOCATED,
                    "Prefill would require ~30.10 GB peak (current 24.00 GB + KV+SDPA 6.10 GB) but static ceiling is 28.00 GB. Reduce context length or raise memory_guard_tier (safe → balanced → aggressive)."),
            new Message("ggml-org/llama.cpp src/llama-context.cpp", "failed to allocate compute", Finding.COMPUTE_NOT_ALLOCATED,
                    "llama_init_from_model: failed to allocate compute buffers"),
            new Message("ggml-org/llama.cpp src/llama-context.cpp", "compute buffer allocation failed", Finding.COMPUTE_NOT_ALLOCATED,
                    "llama_new_context_with_model: compute buffer allocation failed"),
            new Message("ggml-org/llama.cpp src/llama-context.cpp (graph_reserve)", "graph_reserve: failed", Finding.COMPUTE_NOT_ALLOCATED,
                    "graph_reserve: failed to allocate compute buffers"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-alloc.c", "ggml_gallocr_reserve_n: failed", Finding.COMPUTE_NOT_ALLOCATED,
                    "ggml_gallocr_reserve_n: failed to allocate CUDA0 buffer of size 1946157056"),
            new Message("huggingface/accelerate src/accelerate/utils/modeling.py", "offloaded to disk, please pass along an `offload_folder`", Finding.WEIGHTS_ON_DISK,
                    "ValueError: At least one of the model submodule will be offloaded to disk, please pass along an `offload_folder`."),
            new Message("huggingface/transformers src/transformers/modeling_utils.py", "offloaded to the disk", Finding.WEIGHTS_ON_DISK,
                    "The current `device_map` had weights offloaded to the disk. Please provide an `offload_folder` for them."),
            // dispatch_model when device_map="auto" found room for no layer on the GPUs or in RAM
            new Message("huggingface/accelerate src/accelerate/big_modeling.py (dispatch_model)", "offload the whole model to the disk", Finding.WEIGHTS_ON_DISK,
                    "ValueError: You are trying to offload the whole model to the disk. Please use the `disk_offload` function instead."),
            // ---- the context -----------------------------------------------------------------------------------------
            new Message("ollama/ollama llm/server.go", "requested context size too large for model", Finding.CONTEXT_OVER_TRAINING,
                    "level=WARN source=server.go:136 msg=\"requested context size too large for model\" num_ctx=131072 num_parallel=1 n_ctx_train=32768"),
            new Message("ggml-org/llama.cpp src/llama-context.cpp", "n_ctx_train…possible training context overflow", Finding.CONTEXT_OVER_TRAINING,
                    "llama_context: n_ctx_per_seq (131072) > n_ctx_train (32768) -- possible training context overflow"),
            new Message("vllm-project/vllm vllm/config.py (_get_and_verify_max_len)", "user-specified max_model_len…is greater than the derived max_model_len", Finding.CONTEXT_OVER_TRAINING,
                    "ValueError: User-specified max_model_len (65536) is greater than the derived max_model_len (max_position_embeddings=32768 or model_max_length=None in model's config.json)."),
            new Message("ollama/ollama llm/server.go", "requires more system memory", Finding.SYSTEM_MEMORY_SHORT,
                    "Error: model requires more system memory (38.2 GiB) than is available (31.1 GiB)"),
            // ---- vLLM and SGLang: the KV-cache pool ----------------------------------------------------------------------
            new Message("vllm-project/vllm vllm/v1/core/kv_cache_utils.py; vllm/worker/worker.py", "no available memory for the cache blocks", Finding.NO_CACHE_MEMORY,
                    "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine."),
            new Message("vllm-project/vllm vllm/v1/core/kv_cache_utils.py", "to serve at least one request with the model…max seq len", Finding.KV_CACHE_BELOW_MAX_LEN,
                    "ValueError: To serve at least one request with the models's max seq len (131072), (16.00 GiB KV cache is needed, which is larger than the available KV cache memory (6.50 GiB). Based on the available memory, the estimated maximum model length is 53248. Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine."),
            // the frame of V1's check in a traceback cut before its message: it raises only when the memory left for the KV cache
            // is none, or less than one request of the max model length needs
            new Message("vllm-project/vllm vllm/v1/core/kv_cache_utils.py (check_enough_kv_cache_memory raises only for too little KV-cache memory)",
                    "check_enough_kv_cache_memory(", Finding.KV_CACHE_BELOW_MAX_LEN,
                    "ERROR 07-09 17:59:40 [core.py:586]     check_enough_kv_cache_memory(vllm_config, kv_cache_spec, available_memory)"),
            new Message("vllm-project/vllm vllm/worker/worker.py (raise_if_cache_size_invalid)", "is larger than the maximum number of tokens that can be stored in kv cache", Finding.KV_CACHE_BELOW_MAX_LEN,
                    "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache (20784). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine."),
            new Message("vllm-project/vllm vllm/v1/engine/processor.py", "is longer than the maximum model length of", Finding.REQUEST_OVER_MAX_LEN,
                    "ValueError: The decoder prompt (length 40123) is longer than the maximum model length of 32768. Make sure that `max_model_len` is no smaller than the number of text tokens."),
            new Message("vllm-project/vllm vllm/entrypoints/openai/serving_engine.py", "maximum context length is…however, you requested", Finding.REQUEST_OVER_MAX_LEN,
                    "openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': \"This model's maximum context length is 8192 tokens. However, you requested 9500 tokens (7500 in the messages, 2000 in the completion). Please reduce the length of the messages or completion.\"}"),
            new Message("vllm-project/vllm vllm/core/scheduler.py", "is too long and exceeds limit of", Finding.REQUEST_OVER_MAX_LEN,
                    "WARNING 03-12 10:01:02 scheduler.py:683] Input prompt (9000 tokens) is too long and exceeds limit of 8192"),
            new Message("sgl-project/sglang python/sglang/srt/managers/tokenizer_manager.py", "is longer than the model's context length", Finding.REQUEST_OVER_MAX_LEN,
                    "ValueError: The input (40123 tokens) is longer than the model's context length (32768 tokens)."),
            new Message("sgl-project/sglang python/sglang/srt/model_executor/model_runner.py", "not enough memory…mem-fraction-static", Finding.KV_POOL_TOO_SMALL,
                    "RuntimeError: Not enough memory. Please try to increase --mem-fraction-static."),
            new Message("sgl-project/sglang python/sglang/srt/model_executor/model_runner.py", "no gpu memory for the kv cache…mem-fraction-static", Finding.KV_POOL_TOO_SMALL,
                    "RuntimeError: Loaded weights leave no GPU memory for the KV cache. Please try to increase --mem-fraction-static."),
            // LMDeploy TurboMind: the k/v cache is taken up front as cache_max_entry_count (a share of the GPU's memory; the
            // number of sequences in releases before 0.2), so its errors are the cache's (docs/zh_cn/faq.md: "通常这是因为
            // k/v cache内存比例过大导致的", lower cache_max_entry_count)
            new Message("InternLM/lmdeploy src/turbomind/models/llama/LlamaCacheManager.cc (allocate: FT_CHECK_WITH_INFO)", "no enough cache entries", Finding.KV_NOT_ALLOCATED,
                    "[TM][ERROR] No enough cache entries. Assertion fail: /lmdeploy/src/turbomind/models/llama/LlamaCacheManager.cc:62"),
            new Message("InternLM/lmdeploy src/turbomind/utils/allocator.h, src/turbomind/core/allocator.cc (check_cuda_error)", "[tm][error]…out of memory", Finding.CACHE_SHARE_OOM,
                    "RuntimeError: [TM][ERROR] CUDA runtime error: out of memory /lmdeploy/src/turbomind/utils/allocator.h:231"),
            new Message("turboderp/exllamav2 exllamav2/model.py", "insufficient vram for model and cache", Finding.KV_NOT_ALLOCATED,
                    "RuntimeError: Insufficient VRAM for model and cache"),
            new Message("huggingface/text-generation-inference server/text_generation_server/models/flash_causal_lm.py", "not enough memory to handle…tokens", Finding.BATCH_TOO_LARGE,
                    "RuntimeError: Not enough memory to handle 16000 prefill tokens. You need to decrease `--max-batch-prefill-tokens`"),
            // ---- several GPUs ---------------------------------------------------------------------------------------------
            // two GPUs named as the devices found (a cpu among them is an offload or an input left on the CPU, another fault):
            // threads answer with one GPU or the model's own device map (Qwen-VL #202, Valley #18, InternVL #229, Firefly #64)
            new Message("pytorch/pytorch aten/src/ATen/TensorIterator.cpp, native/TensorCompare (check that all tensors share a device)",
                    "found at least two devices, cuda:…and cuda:", Finding.TENSORS_ON_TWO_GPUS,
                    "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cuda:1! (when checking argument for argument tensors in method wrapper_CUDA_cat)"),
            new Message("vllm-project/vllm vllm/config.py (_verify_with_parallel_config)", "must be divisible by tensor parallel size", Finding.TP_NOT_DIVISIBLE,
                    "ValueError: Total number of attention heads (40) must be divisible by tensor parallel size (3)."),
            // TGI's flash models check the same split with --num-shard as the tensor-parallel size
            new Message("huggingface/text-generation-inference server/text_generation_server/models/custom_modeling/flash_*_modeling.py", "`num_heads` must be divisible by `num_shards`", Finding.TP_NOT_DIVISIBLE,
                    "ValueError: `num_heads` must be divisible by `num_shards` (got `num_heads`: 40 and `num_shards`: 3)"),
            new Message("vllm-project/vllm vllm/model_executor/layers/quantization (weight shape check)", "not aligned with the quantized weight shape", Finding.TP_NOT_DIVISIBLE,
                    "ValueError: The input size is not aligned with the quantized weight shape. This can be caused by too large tensor parallel size."),
            new Message("vllm-project/vllm vllm/config.py (verify_with_parallel_config: _PP_SUPPORTED_MODELS)", "pipeline parallelism is only supported for the following…architectures", Finding.PIPELINE_UNSUPPORTED,
                    "NotImplementedError: Pipeline parallelism is only supported for the following architectures: ['AquilaForCausalLM', 'LlamaForCausalLM']."),
            // the world size (tensor × pipeline parallel) against the GPUs vLLM can place workers on: Ray's placement group or
            // cluster (vllm/executor/ray_utils.py, vllm/engine/ray_utils.py before 0.4), the node's devices for the multiprocessing
            // executor (vllm/config.py ParallelConfig); CUDA_VISIBLE_DEVICES, a container's GPU limit or an app that hands the
            // engine fewer cards all lead here
            new Message("vllm-project/vllm vllm/executor/ray_utils.py (initialize_ray_cluster: world_size > GPUs in the placement group or cluster)",
                    "number of required gpus exceeds the total number of available gpus", Finding.PARALLEL_OVER_GPUS,
                    "ValueError: The number of required GPUs exceeds the total number of available GPUs in the placement group."),
            new Message("vllm-project/vllm vllm/config.py (ParallelConfig: world_size > cuda device count)",
                    "world size (…) is larger than the number of available gpus", Finding.PARALLEL_OVER_GPUS,
                    "Value error, World size (2) is larger than the number of available GPUs (1) in this node."),
            // a quantized weight's per-GPU part against its kernel's group, block or tile (Qwen: "the intermediate size ...
            // divided by the group_size ... impossible to deploy on 2, 4, 6, 8 devices"; vllm #21695, sglang #3345)
            new Message("vllm-project/vllm vllm/model_executor/layers/quantization/utils/marlin_utils.py (verify_marlin_supports_shape)", "size_per_partition…is not divisible by", Finding.SHARD_OFF_QUANT_GROUPS,
                    "ValueError: Weight input_size_per_partition = 14784 is not divisible by min_thread_k = 128. Consider reducing tensor_parallel_size or running with --quantization gptq."),
            new Message("vllm-project/vllm vllm/model_executor/layers/quantization/compressed_tensors (wNa16 create_weights)", "input_size_per_partition % group_size", Finding.SHARD_OFF_QUANT_GROUPS,
                    "AssertionError: assert input_size_per_partition % group_size == 0"),
            new Message("vllm-project/vllm vllm/model_executor/layers/quantization/fp8.py (validate_block_quant_shapes), also SGLang's", "is not divisible by weight quantization block_", Finding.SHARD_OFF_QUANT_GROUPS,
                    "ValueError: Weight output_partition_size = 576 is not divisible by weight quantization block_n = 128."),
            new Message("vllm-project/vllm csrc/quantization (Marlin repack: TORCH_CHECK size_n % tile_n_size)", "is not divisible by tile_", Finding.SHARD_OFF_QUANT_GROUPS,
                    "RuntimeError: size_n = 2736 is not divisible by tile_n_size = 64"),
            new Message("vllm-project/vllm csrc/quantization/awq/gemm_kernels.cu (TORCH_CHECK group_size % 32)", "group size should be a multiple of 32", Finding.SHARD_OFF_QUANT_GROUPS,
                    "RuntimeError: Group size should be a multiple of 32"),
            new Message("huggingface/text-generation-inference server/text_generation_server/layers/marlin/gptq.py (repack_gptq_for_marlin)", "not divisible by group size", Finding.SHARD_OFF_QUANT_GROUPS,
                    "ValueError: Number of input features (192) not divisible by group size (128)"),
            // ---- a format or feature the GPU lacks -----------------------------------------------------------------------------
            new Message("vllm-project/vllm vllm/worker/worker.py (_check_if_gpu_supports_dtype)", "bfloat16 is only supported on gpus with compute capability", Finding.GPU_LACKS_FEATURE,
                    "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla T4 GPU has compute capability 7.5."),
            new Message("vllm-project/vllm vllm/config.py (_verify_quantization)", "quantization method…is not supported for the current gpu", Finding.GPU_LACKS_FEATURE,
                    "ValueError: The quantization method awq is not supported for the current GPU. Minimum capability: 75. Current capability: 70."),
            new Message("vllm-project/vllm vllm/model_executor/layers/quantization/fp8.py", "fp8 quantized models is only supported on gpus with compute capability", Finding.GPU_LACKS_FEATURE,
                    "ValueError: FP8 quantized models is only supported on GPUs with compute capability >= 8.9"),
            new Message("triton-lang/triton (fp8e4nv type check)", "fp8e4nv not supported", Finding.GPU_LACKS_FEATURE,
                    "AssertionError: fp8e4nv not supported in this architecture. The supported fp8 dtypes are ('fp8e4b15', 'fp8e5')"),
            new Message("Dao-AILab/flash-attention csrc/flash_attn/flash_api.cpp", "flashattention only supports ampere", Finding.GPU_LACKS_FEATURE,
                    "RuntimeError: FlashAttention only supports Ampere GPUs or newer."),
            new Message("huggingface/text-generation-inference server/text_generation_server/utils/flash_attn.py", "gpu with cuda…capability…is not supported", Finding.GPU_LACKS_FEATURE,
                    "WARN text_generation_launcher: Unable to use Flash Attention V2: GPU with CUDA capability 7 5 is not supported for Flash Attention V2"),
            new Message("vllm-project/vllm vllm/attention/backends/xformers.py", "does not support attention logits soft capping", Finding.GPU_LACKS_FEATURE,
                    "ValueError: XFormers does not support attention logits soft capping."),
            // the frame of vLLM's bf16 check in a traceback cut before its message: the check raises for nothing else
            new Message("vllm-project/vllm vllm/worker/worker.py (_check_if_gpu_supports_dtype raises only for bfloat16 below compute capability 8.0)",
                    "_check_if_gpu_supports_dtype(", Finding.GPU_LACKS_FEATURE,
                    "ERROR | stderr |     _check_if_gpu_supports_dtype(self.model_config.dtype)"),
            // the end of vLLM's bf16 refusal, which people quote alone
            new Message("vllm-project/vllm vllm/platforms/cuda.py (check_if_supports_dtype)", "you can use float16 instead by explicitly setting the", Finding.GPU_LACKS_FEATURE,
                    "You can use float16 instead by explicitly setting the`dtype` flag in CLI, for example: --dtype=half."),
            new Message("vllm-project/flash-attention vllm_flash_attn/flash_attn_interface.py (fa_version_unsupported_reason, logged by vLLM's fa_utils.py)", "is only supported on device…compute capa", Finding.GPU_LACKS_FEATURE,
                    "WARNING fa_utils.py:60] Cannot use FA version 2 is not supported due to FA2 is only supported on devices with compute capability >= 8"),
            // the assert of vLLM V1's FlashAttention backend, in a traceback cut before the reason: the version chosen (FA2 needs
            // compute capability 8.0, FA3 Hopper) is one vllm_flash_attn does not run on this device
            new Message("vllm-project/vllm vllm/v1/attention/backends/flash_attn.py (FlashAttentionImpl.__init__: assert is_fa_version_supported(self.fa_version))",
                    "assert is_fa_version_supported(", Finding.GPU_LACKS_FEATURE,
                    "ERROR 02-11 20:39:41 core.py:208]     assert is_fa_version_supported(self.fa_version)"),
            new Message("NVIDIA ptxas (PTX target check)", "requires .target sm_", Finding.GPU_LACKS_FEATURE,
                    "ptxas /tmp/tmpxft_0006e7c4_00000000-6_gemm_kernels.ptx, line 928; error   : Feature '.m16n8k16' requires .target sm_80 or higher"),
            new Message("facebookresearch/xformers xformers/ops/fmha/common.py", "bf16 is only supported on a100+", Finding.GPU_LACKS_FEATURE,
                    "NotImplementedError: No operator found for `memory_efficient_attention_forward`: bf16 is only supported on A100+ GPUs"),
            // torch.autocast's bf16 check: the card has no bfloat16 (before Ampere); float16 is what it runs
            new Message("pytorch/pytorch torch/amp/autocast_mode.py (autocast.__init__)", "current cuda device does not support bfloat16", Finding.GPU_LACKS_FEATURE,
                    "RuntimeError: Current CUDA Device does not support bfloat16. Please switch dtype to float16."),
            // torch.compile's Triton backend (and engines built on it) refuses cards below compute capability 7.0
            new Message("pytorch/pytorch torch/_dynamo/exc.py (GPUTooOldForTriton)", "too old to be supported by the triton gpu compiler", Finding.GPU_LACKS_FEATURE,
                    "RuntimeError: Found Tesla P40 which is too old to be supported by the triton GPU compiler, which is used as the backend. Triton only supports devices of CUDA Capability >= 7.0, but your device is of CUDA capability 6.1"),
            // a kernel gated on one architecture (FA4's FP8 path runs on Blackwell SM100 alone, not on the SM120 of an RTX 5090)
            new Message("Dao-AILab/flash-attention flash_attn/cute/interface.py (FA4 CuTe: assert arch // 10 == 10)", "is only supported on sm…(compute capability", Finding.GPU_LACKS_FEATURE,
                    "AssertionError: FP8 is only supported on SM100 (compute capability 10.x) for FA4 CuTe."),
            // ---- part of the model on the CPU ------------------------------------------------------------------------------
            new Message("huggingface/transformers src/transformers/modeling_utils.py", "some modules are dispatched on the cpu", Finding.PARTLY_ON_CPU,
                    "ValueError: Some modules are dispatched on the CPU or the disk. Make sure you have enough GPU RAM to fit the quantized model."),
            new Message("huggingface/accelerate src/accelerate/big_modeling.py", "meta device because they were offloaded to the cpu", Finding.PARTLY_ON_CPU,
                    "WARNING:accelerate.big_modeling:Some parameters are on the meta device because they were offloaded to the cpu."),
            // ---- no GPU, the driver, the build ------------------------------------------------------------------------------
            new Message("ollama/ollama discover/gpu.go", "no compatible gpus were discovered", Finding.NO_GPU,
                    "level=INFO source=gpu.go:386 msg=\"no compatible GPUs were discovered\""),
            new Message("ollama/ollama gpu/gpu.go (v0.1)", "no gpu detected", Finding.NO_GPU, "msg=\"no GPU detected\""),
            new Message("ollama/ollama scripts/install.sh", "no nvidia gpu detected", Finding.NO_GPU,
                    "WARNING: No NVIDIA GPU detected. Ollama will run in CPU-only mode."),
            new Message("ollama/ollama scripts/install.sh", "no nvidia/amd gpu detected", Finding.NO_GPU,
                    "WARNING: No NVIDIA/AMD GPU detected. Ollama will run in CPU-only mode."),
            new Message("ollama/ollama scripts/install.sh", "will run in cpu-only mode", Finding.NO_GPU,
                    ">>> The Ollama API is now available at 127.0.0.1:11434. Ollama will run in CPU-only mode."),
            new Message("ollama/ollama gpu/cpu_common.go", "disabling gpu support", Finding.NO_GPU_WITHOUT_AVX,
                    "msg=\"CPU does not have AVX or AVX2, disabling GPU support.\""),
            new Message("ollama/ollama discover/gpu.go", "gpu inference disabled", Finding.NO_GPU_WITHOUT_AVX,
                    "msg=\"CPU does not have minimum vector extensions, GPU inference disabled\" required=avx detected=\"no vector extensions\""),
            new Message("ggml-org/llama.cpp common/common.cpp (older)", "not compiled with gpu offload support", Finding.NO_GPU,
                    "warning: not compiled with GPU offload support, --n-gpu-layers option will be ignored"),
            new Message("ggml-org/llama.cpp common/arg.cpp", "no usable gpu found", Finding.NO_GPU,
                    "warning: no usable GPU found, --gpu-layers option will be ignored"),
            new Message("abetlen/llama-cpp-python llama_cpp/llama.py", "gpu support may not be enabled", Finding.NO_GPU,
                    "WARNING: GPU support may not be enabled"),
            // a tensor_split over more devices than llama_max_devices(), which llama.cpp returned as 1 in a build without a GPU
            // backend (2024: the CUDA, SYCL or Vulkan maximum otherwise; Metal, one GPU, is never split): a CPU-only build
            new Message("abetlen/llama-cpp-python llama_cpp/llama.py (tensor_split longer than llama_cpp.LLAMA_MAX_DEVICES)",
                    "current llama_max_devices=1", Finding.NO_GPU,
                    "ValueError: Attempt to split tensors that exceed maximum supported devices. Current LLAMA_MAX_DEVICES=1"),
            new Message("ggml-org/llama.cpp ggml/src/ggml-cuda/ggml-cuda.cu", "failed to initialize cuda", Finding.NO_GPU,
                    "ggml_cuda_init: failed to initialize CUDA: no CUDA-capable device is detected"),
            new Message("NVIDIA CUDA runtime (cudaErrorNoDevice)", "no cuda-capable device is detected", Finding.NO_GPU,
                    "RuntimeError: CUDA error: no CUDA-capable device is detected"),
            new Message("pytorch/pytorch torch/cuda/__init__.py", "torch not compiled with cuda enabled", Finding.NO_GPU,
                    "AssertionError: Torch not compiled with CUDA enabled"),
            // a CPU-only build of the library (or its CUDA binary not found): its 8-bit and 4-bit kernels cannot reach the GPU
            new Message("bitsandbytes-foundation/bitsandbytes bitsandbytes/cextension.py", "bitsandbytes was compiled without gpu support", Finding.NO_GPU,
                    "UserWarning: The installed version of bitsandbytes was compiled without GPU support. 8-bit optimizers, 8-bit multiplication, and GPU quantization are unavailable."),
            new Message("pytorch/pytorch torch/cuda/__init__.py", "found no nvidia driver on your system", Finding.NO_GPU,
                    "RuntimeError: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver"),
            // half-precision kernels PyTorch has only on the GPU: a 16-bit model is running on the CPU
            new Message("pytorch/pytorch aten/src/ATen/native (CPU kernels without Half)", "_cpu…not implemented for 'half'", Finding.NO_GPU,
                    "RuntimeError: \"addmm_impl_cpu_\" not implemented for 'Half'"),
            new Message("ollama/ollama discover/amd_linux.go", "amdgpu is not supported", Finding.NO_GPU,
                    "msg=\"amdgpu is not supported (supported types:[gfx1030 gfx1100])\" gpu_type=gfx1032"),
            new Message("ollama/ollama gpu/amd_linux.go, gpu/amd_windows.go (0.1.x wording of the same check)", "amdgpu…is not supported by", Finding.NO_GPU,
                    "level=WARN source=amd_linux.go:116 msg=\"amdgpu [0] gfx1103 is not supported by /tmp/ollama2145067703/rocm [gfx1030 gfx1100 gfx900 gfx906]\""),
            new Message("ollama/ollama discover/amd_linux.go", "no compatible amdgpu devices", Finding.NO_GPU,
                    "msg=\"no compatible amdgpu devices detected\""),
            new Message("ollama/ollama discover/amd_linux.go", "unsupported radeon igpu detected", Finding.NO_GPU,
                    "msg=\"unsupported Radeon iGPU detected skipping\" id=0"),
            new Message("ollama/ollama discover/amd_linux.go", "no compatible rocm library found", Finding.NO_GPU,
                    "msg=\"amdgpu detected, but no compatible rocm library found.  Please install ROCm\""),
            new Message("ollama/ollama discover/gpu.go", "no nvidia devices detected by library", Finding.NO_GPU,
                    "msg=\"no nvidia devices detected by library /usr/lib/libcuda.so.535.54.03\""),
            new Message("ollama/ollama discover/gpu.go", "unknown error initializing cuda driver library", Finding.NO_GPU,
                    "msg=\"unknown error initializing cuda driver library /usr/lib/x86_64-linux-gnu/libcuda.so.550.54.14: cuda driver library init failure: 999\""),
            new Message("ollama/ollama discover/amd_linux.go", "kfd driver not loaded", Finding.NO_GPU,
                    "msg=\"kfd driver not loaded.  If running in a container, remember to include '--device /dev/kfd --device /dev/dri'\""),
            new Message("ollama/ollama discover/amd_linux.go", "permission problems block access", Finding.NO_GPU,
                    "msg=\"amdgpu devices detected but permission problems block access: kfd driver not loaded\""),
            new Message("ollama/ollama ml/device.go; docs/troubleshooting.mdx", "failed to finish discovery before timeout", Finding.NO_GPU,
                    "level=INFO source=runner.go:464 msg=\"failure during GPU discovery\" OLLAMA_LIBRARY_PATH=[/usr/lib/ollama] error=\"failed to finish discovery before timeout\""),
            new Message("NVIDIA CUDA runtime (cudaErrorInsufficientDriver)", "cuda driver version is insufficient", Finding.DRIVER_TOO_OLD,
                    "CUDA error: CUDA driver version is insufficient for CUDA runtime version"),
            new Message("ollama/ollama discover/gpu_info_cudart.c", "your nvidia driver is too old", Finding.DRIVER_TOO_OLD,
                    "msg=\"your nvidia driver is too old or missing.  If you have a CUDA GPU please upgrade to run ollama\""),
            new Message("pytorch/pytorch torch/cuda/__init__.py", "the nvidia driver on your system is too old", Finding.DRIVER_TOO_OLD,
                    "UserWarning: The NVIDIA driver on your system is too old (found version 11040)."),
            new Message("NVIDIA CUDA runtime (cudaErrorUnsupportedPtxVersion)", "ptx was compiled with an unsupported toolchain", Finding.DRIVER_TOO_OLD,
                    "CUDA error: the provided PTX was compiled with an unsupported toolchain."),
            new Message("NVIDIA CUDA runtime (cudaErrorCompatNotSupportedOnDevice)", "forward compatibility was attempted on non supported hw", Finding.DRIVER_TOO_OLD,
                    "cudaGetDeviceCount: Error 804: forward compatibility was attempted on non supported HW"),
            new Message("ollama/ollama discover/gpu.go", "version mismatch between driver and cuda driver library", Finding.DRIVER_TOO_OLD,
                    "msg=\"version mismatch between driver and cuda driver library - reboot or upgrade may be required: library /usr/lib/libcuda.so\""),
            new Message("NVIDIA CUDA runtime (cudaErrorNoKernelImageForDevice)", "no kernel image is available", Finding.NO_KERNELS_FOR_GPU,
                    "CUDA error: no kernel image is available for execution on the device"),
            new Message("NVIDIA CUDA runtime / ROCm HIP (cudaErrorInvalidDeviceFunction)", "invalid device function", Finding.NO_KERNELS_FOR_GPU,
                    "HIP error: invalid device function"),
            new Message("ROCm/rocBLAS library/src/tensile_host.cpp", "cannot read…tensilelibrary", Finding.NO_KERNELS_FOR_GPU,
                    "rocBLAS error: Cannot read /opt/rocm/lib/rocblas/library/TensileLibrary.dat: Illegal seek for GPU arch : gfx90c"),
            new Message("ROCm/rocBLAS library/src/tensile_host.cpp", "tensilelibrary…for gpu arch", Finding.NO_KERNELS_FOR_GPU,
                    "rocBLAS error: Could not initialize Tensile host: TensileLibrary for GPU arch : gfx1032 not found"),
            new Message("ollama/ollama discover/gpu.go", "cuda gpu is too old", Finding.NO_KERNELS_FOR_GPU,
                    "msg=\"[0] CUDA GPU is too old. Compute Capability detected: 3.5\""),
            new Message("ollama/ollama discover/amd_linux.go", "amdgpu too old", Finding.NO_KERNELS_FOR_GPU,
                    "msg=\"amdgpu too old gfx803\" gpu=0"),
            new Message("pytorch/pytorch torch/cuda/__init__.py (_check_capability)", "is not compatible with the current pytorch installation", Finding.NO_KERNELS_FOR_GPU,
                    "UserWarning: NVIDIA GeForce GTX 1080 with CUDA capability sm_61 is not compatible with the current PyTorch installation. The current PyTorch install supports CUDA capabilities sm_70 sm_75 sm_80 sm_86 sm_90."),
            new Message("pytorch/pytorch torch/cuda/__init__.py (_check_capability)", "pytorch no longer supports this gpu because it is too old", Finding.NO_KERNELS_FOR_GPU,
                    "UserWarning: Found GPU0 Tesla K40m which is of cuda capability 3.5. PyTorch no longer supports this GPU because it is too old."),
            new Message("NVIDIA cuBLAS (cublasStatus_t)", "cublas_status_arch_mismatch", Finding.NO_KERNELS_FOR_GPU,
                    "RuntimeError: CUDA error: CUBLAS_STATUS_ARCH_MISMATCH when calling `cublasGemmEx( handle, opa, opb, m, n, k, &falpha, a, CUDA_R_16BF, lda, b, CUDA_R_16BF, ldb, &fbeta, c, CUDA_R_16BF, ldc, CUDA_R_32F, CUBLAS_GEMM_DFALT_TENSOR_OP)`"),
            // vllm/model_executor/layers/fused_moe/oracle: each quantized MoE method (FP8, NvFp4, Int8, WNA16, MixedInput,
            // Unquantized) tries its kernel backends in order and raises when none supports this platform and config
            new Message("vllm-project/vllm vllm/model_executor/layers/fused_moe/oracle (select_*_moe_backend)", "moe backend supports the deployment configuration",
                    Finding.NO_MOE_KERNEL_FOR_FORMAT,
                    "NotImplementedError: No WNA16 MoE backend supports the deployment configuration."),
            // ROCr refuses a code object built for another gfx target than the card's
            new Message("ROCm/ROCR-Runtime src/inc/hsa.h (HSA_STATUS_ERROR_INVALID_ISA)", "hsa_status_error_invalid_isa", Finding.NO_KERNELS_FOR_GPU,
                    "HSA_STATUS_ERROR_INVALID_ISA: The instruction set architecture is invalid."),
            new Message("ROCm/HIP (hipErrorNoBinaryForGpu)", "hiperrornobinaryforgpu", Finding.NO_KERNELS_FOR_GPU,
                    "\"hipErrorNoBinaryForGpu: Unable to find code object for all current devices!\""),
            // ---- memory someone else holds --------------------------------------------------------------------------------
            new Message("vllm-project/vllm vllm/v1/worker/gpu_worker.py; vllm/worker/worker.py", "error in memory profiling", Finding.MEMORY_HELD_ELSEWHERE,
                    "AssertionError: Error in memory profiling. Initial free memory 20.5 GiB, current free memory 22.1 GiB."),
            new Message("vllm-project/vllm vllm/v1/worker/gpu_worker.py", "on startup is less than desired gpu memory utilization", Finding.MEMORY_HELD_ELSEWHERE,
                    "ValueError: Free memory on device (10.2/23.6 GiB) on startup is less than desired GPU memory utilization (0.9, 21.2 GiB). Decrease GPU memory utilization or reduce GPU memory used by other processes."),
            new Message("sgl-project/sglang python/sglang/srt/utils.py", "memory capacity is unbalanced", Finding.MEMORY_HELD_ELSEWHERE,
                    "RuntimeError: The memory capacity is unbalanced. Some GPUs may be occupied by other processes."),
            // xinference/core/worker.py (allocate_devices): a launch needs n_gpu GPUs that no running LLM holds
            new Message("xorbitsai/inference xinference/core/worker.py (allocate_devices)", "no available slot found for the model", Finding.GPUS_TAKEN,
                    "RuntimeError: Failed to launch model, detail: [address=0.0.0.0:41235, pid=1201] No available slot found for the model"),
            new Message("ollama/ollama server/sched.go", "vram usage didn't recover", Finding.VRAM_NOT_RECOVERED,
                    "level=WARN source=sched.go:642 msg=\"gpu VRAM usage didn't recover within timeout\" seconds=5.2"),
            // ---- the model file: an architecture, tokenizer or layout this version does not know, or a broken file -------------
            new Message("ggml-org/llama.cpp src/llama-arch.cpp; src/llama-model-loader.cpp", "unknown model architecture", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: error loading model architecture: unknown model architecture: 'qwen3moe'"),
            new Message("ggml-org/llama.cpp src/llama-vocab.cpp", "unknown pre-tokenizer type", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: error loading model vocabulary: unknown pre-tokenizer type: 'qwen2'"),
            new Message("ggml-org/llama.cpp src/llama-model-loader.cpp (done_getting_tensors)", "wrong number of tensors", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: done_getting_tensors: wrong number of tensors; expected 292, got 291"),
            new Message("ggml-org/llama.cpp src/llama-model-loader.cpp (check_tensor_dims)", "has wrong shape; expected", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: check_tensor_dims: tensor 'output.weight' has wrong shape; expected  4096, 128256, got  4096, 128257"),
            new Message("ggml-org/llama.cpp src/llama-model-loader.cpp", "is not within…file bounds", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: tensor 'blk.21.ffn_up.weight' data is not within the file bounds, model is corrupted or incomplete"),
            new Message("ggml-org/llama.cpp ggml/src/gguf.cpp", "invalid magic characters", Finding.MODEL_FILE_REFUSED,
                    "gguf_init_from_file_impl: invalid magic characters: 'lmgg', expected 'GGUF'"),
            new Message("ggml-org/llama.cpp ggml.c gguf_init_from_file (2023 builds, before gguf.cpp)", "invalid magic number", Finding.MODEL_FILE_REFUSED,
                    "gguf_init_from_file: invalid magic number 67676a74"),
            new Message("ggml-org/llama.cpp gguf-py/gguf/gguf_reader.py (GGUFReader)", "gguf magic invalid", Finding.MODEL_FILE_REFUSED,
                    "ValueError: GGUF magic invalid"),
            // apps and bindings that check a file's first four bytes for "GGUF" before handing it to llama.cpp (an Android
            // binding's isGGUF, Rust and Python loaders found with the code search) word the refusal this way
            new Message("llama.cpp bindings and apps (a GGUF magic check before loading)", "not in gguf format", Finding.MODEL_FILE_REFUSED,
                    "Failed to create data: java.lang.IllegalArgumentException: File is not in GGUF format"),
            new Message("ggml-org/llama.cpp src/llama-model-loader.cpp (create_tensor, check_tensor_dims)", "tensor '…' not found", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: check_tensor_dims: tensor 'blk.0.attn_qkv.weight' not found"),
            new Message("ggml-org/llama.cpp src/llama-model-loader.cpp (require_tensor_meta)", "missing tensor '", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: missing tensor 'blk.40.ssm_conv1d.weight'"),
            new Message("ggml-org/llama.cpp llama.cpp (GGJT loader, 2023)", "is missing from model", Finding.MODEL_FILE_REFUSED,
                    "error loading model: llama.cpp: tensor 'layers.7.attention_norm.weight' is missing from model"),
            new Message("ggml-org/llama.cpp llama.cpp (GGML loader, spring 2023)", "missing tok_embeddings.weight", Finding.MODEL_FILE_REFUSED,
                    "error loading model: missing tok_embeddings.weight"),
            new Message("huggingface/safetensors safetensors/src/tensor.rs (SafeTensorError::HeaderTooLarge: a file cut short or not a safetensors file)", "headertoolarge", Finding.MODEL_FILE_REFUSED,
                    "safetensors_rust.SafetensorError: Error while deserializing header: HeaderTooLarge"),
            new Message("huggingface/safetensors bindings/python/src/lib.rs (a header that does not parse)", "error while deserializing header", Finding.MODEL_FILE_REFUSED,
                    "SafetensorError: Error while deserializing header: MetadataIncompleteBuffer"),
            new Message("ggml-org/llama.cpp src/llama-model-loader.cpp (get_key)", "key not found in model", Finding.MODEL_FILE_REFUSED,
                    "llama_model_load: error loading model: error loading model hyperparameters: key not found in model: llama.context_length"),
            new Message("ggml-org/llama.cpp ggml/src/gguf.cpp", "has invalid ggml type", Finding.MODEL_FILE_REFUSED,
                    "gguf_init_from_file_impl: tensor 'blk.0.attn_q.weight' has invalid ggml type 39 (NONE)"),
            new Message("ggml-org/llama.cpp llama.cpp (GGML formats before GGUF)", "this format is no longer supported", Finding.MODEL_FILE_REFUSED,
                    "error loading model: this format is no longer supported (see https://github.com/ggerganov/llama.cpp/pull/1305)"),
            new Message("ggml-org/llama.cpp llama.cpp (GGML formats before GGUF)", "is this really a ggml file", Finding.MODEL_FILE_REFUSED,
                    "error loading model: unknown (magic, version) combination: 67676a74, 00000003; is this really a GGML file?"),
            new Message("ollama/ollama llm/server.go", "not supported by your version of ollama", Finding.MODEL_FILE_REFUSED,
                    "Error: this model is not supported by your version of Ollama. You may need to upgrade"),
            new Message("ollama/ollama server/sched.go", "may be incompatible with your version of ollama", Finding.MODEL_FILE_REFUSED,
                    "Error: llama runner process has terminated: exit status 2: this model may be incompatible with your version of Ollama. If you previously pulled this model, try updating it by running `ollama pull qwen3:8b`"),
            new Message("ollama/ollama llm/ggml.go", "unsupported model format", Finding.MODEL_FILE_REFUSED,
                    "Error: unsupported model format"),
            // A GPTQ/AWQ checkpoint holds each linear layer as qweight, qzeros, scales and g_idx (the parameters
            // vllm/model_executor/layers/quantization/gptq.py and awq.py create); built without that quantization method,
            // the model's load_weights looks the checkpoint's names up in parameters it does not have (params_dict[name]).
            new Message("vllm-project/vllm vllm/model_executor/models/*.py load_weights (params of layers/quantization/gptq.py, awq.py)", "keyerror: '…qweight'", Finding.MODEL_FILE_REFUSED,
                    "ERROR 03-02 10:12:40 engine.py:366] KeyError: 'model.layers.12.mlp.gate_up_proj.qweight'"),
            new Message("vllm-project/vllm vllm/model_executor/models/*.py load_weights (params of layers/quantization/gptq.py, awq.py)", "keyerror: '…qzeros'", Finding.MODEL_FILE_REFUSED,
                    "KeyError: 'model.layers.3.self_attn.o_proj.qzeros'"),
            new Message("vllm-project/vllm vllm/model_executor/models/*.py load_weights (params of layers/quantization/gptq.py)", "keyerror: '…g_idx'", Finding.MODEL_FILE_REFUSED,
                    "KeyError: 'transformer.h.0.attn.c_attn.g_idx'"),
            new Message("vllm-project/vllm vllm/model_executor/models/registry.py", "are not supported for now", Finding.MODEL_FILE_REFUSED,
                    "ValueError: Model architectures ['Qwen3MoeForCausalLM'] are not supported for now. Supported architectures: dict_keys(['LlamaForCausalLM'])"),
            new Message("huggingface/transformers src/transformers/models/auto/configuration_auto.py", "does not recognize this architecture", Finding.MODEL_FILE_REFUSED,
                    "ValueError: The checkpoint you are trying to load has model type `qwen3` but Transformers does not recognize this architecture."),
            new Message("kvcache-ai/ktransformers ktransformers/server/args.py", "not supported. please check your model directory or model name", Finding.MODEL_FILE_REFUSED,
                    "ValueError: Model DeepseekV4ForCausalLM not supported. Please check your model directory or model name."),
            new Message("ml-explore/mlx-lm mlx_lm/utils.py (_get_classes: no mlx_lm.models module for the config's model_type)", "model type…not supported", Finding.MODEL_FILE_REFUSED,
                    "ERROR:root:Model type gemma3 not supported."),
            new Message("sgl-project/sglang python/sglang/srt/managers/router/model_runner.py (get_model_cls_by_arch_name, 0.1)", "unsupported architectures", Finding.MODEL_FILE_REFUSED,
                    "ValueError: Unsupported architectures: LlavaQwenForCausalLM"),
            new Message("huggingface/tokenizers (a tokenizer.json written by a newer release than the one installed)", "data did not match any variant of untagged enum", Finding.MODEL_FILE_REFUSED,
                    "Exception: data did not match any variant of untagged enum ModelWrapper at line 268080 column 3"),
            // ---- crashes and checks that are not a lack of memory ------------------------------------------------------------
            new Message("lmstudio-ai (LM Studio guardrail)", "requires approximately nan", Finding.MEMORY_ESTIMATE_NAN,
                    "Error: this model requires approximately NaN undefined of memory"),
            new Message("NVIDIA CUDA runtime (cudaErrorIllegalAddress)", "illegal memory", Finding.ILLEGAL_ACCESS,
                    "CUDA error: an illegal memory access was encountered"),
            new Message("NVIDIA CUDA driver (CUDA_ERROR_ILLEGAL_ADDRESS)", "illegaladdress", Finding.ILLEGAL_ACCESS,
                    "CUDA error: cudaErrorIllegalAddress"),
            new Message("NVIDIA CUDA driver (CUDA_ERROR_ILLEGAL_ADDRESS)", "illegal address", Finding.ILLEGAL_ACCESS,
                    "CUDA_ERROR_ILLEGAL_ADDRESS: an illegal address"),
            // ROCr's page fault of a GPU kernel: ROCm's wording of an illegal address
            new Message("ROCm/ROCR-Runtime src/inc/hsa.h (HSA_STATUS_ERROR_MEMORY_APERTURE_VIOLATION)", "hsa_status_error_memory_aperture_violation", Finding.ILLEGAL_ACCESS,
                    "HSA_STATUS_ERROR_MEMORY_APERTURE_VIOLATION: The agent attempted to access memory beyond the largest legal address. code: 0x29"),
            new Message("KhronosGroup/Vulkan-ValidationLayers", "validation error…vuid-", Finding.VULKAN_VALIDATION,
                    "Validation Error: [ VUID-VkBufferCreateInfo-size-06409 ] vkCreateBuffer(): pCreateInfo->size (4294967296) is larger than the maximum"),
            new Message("pytorch/pytorch aten/src/ATen/native/cuda/IndexKernel.cu", "index out of bounds", Finding.PAST_FIXED_CACHE,
                    "ktransformers/operators/attention.py: IndexKernel.cu:92: Assertion `-sizes[i] <= index && index < sizes[i] && \"index out of bounds\"` failed."),
            new Message("kvcache-ai/ktransformers ktransformers/server/backend/interfaces/ktransformers.py", "> cache_lens", Finding.PAST_FIXED_CACHE,
                    "WARNING ktransformers.py:215 input_ids_length 9000 > cache_lens 8192"),
            new Message("kvcache-ai/ktransformers ktransformers/server/backend/interfaces/ktransformers.py", "bigger than cache_lens", Finding.PAST_FIXED_CACHE,
                    "WARNING ktransformers.py:259 seq_length bigger than cache_lens, killed"),
            // ---- the llama.cpp / Ollama runner crashed: Go's exec error after "llama runner process has terminated" --------------
            new Message("ollama/ollama llm/server.go (runner exit: Windows STATUS_STACK_BUFFER_OVERRUN, the fail-fast of an abort)", "runner process has terminated: exit status 0xc0000409", Finding.RUNNER_CRASHED,
                    "Error: llama runner process has terminated: exit status 0xc0000409"),
            new Message("ollama/ollama llm/server.go (runner exit, with the runner's last error line)", "runner process has terminated: error:fault", Finding.RUNNER_CRASHED,
                    "Error: llama runner process has terminated: error:fault"),
            new Message("ollama/ollama llm/server.go (runner exit: Go's exit status of a runner that panicked)", "runner process has terminated: exit status 2", Finding.RUNNER_CRASHED,
                    "Error: llama runner process has terminated: exit status 2"),
            // the CLI's request to its own server ended with the connection closed and no answer: the server (0.1.x, where the
            // runner ran inside it) went down mid-request; Go's net/http error, 'Post "<url>": EOF'
            new Message("ollama/ollama api/client.go (the server closed the connection mid-request)", "post \"http…\": eof", Finding.RUNNER_CRASHED,
                    "Error: Post \"http://127.0.0.1:11434/api/generate\": EOF"),
            new Message("ollama/ollama llm/server.go (runner exit: killed by SIGSEGV)", "signal: segmentation fault", Finding.RUNNER_CRASHED,
                    "Error: llama runner process has terminated: signal: segmentation fault (core dumped)"),
            new Message("ggml-org/llama.cpp ggml/src/ggml.c (GGML_ASSERT: an internal check of the engine failed)", "ggml_assert", Finding.RUNNER_CRASHED,
                    "GGML_ASSERT: ggml/src/ggml.c:5210: ggml_can_repeat(b, a)"),
            // ggml_new_object prints this and aborts (GGML_ASSERT(obj_new)) when an object passes the context's mem_size, which the
            // engine chose when it made the context; llama-cpp-python #546 worked with a smaller n_batch
            new Message("ggml-org/llama.cpp ggml/src/ggml.c (ggml_new_object)", "not enough space in the context's memory pool", Finding.GGML_POOL_SHORT,
                    "ggml_new_object: not enough space in the context's memory pool (needed 13340448, available 10485760)"),
            // ---- the software itself: libraries of mismatched versions, a missing chat template, a failing kernel ---------------
            new Message("python/cpython Python/importdl.c (a compiled extension built against another PyTorch or CUDA)", "undefined symbol", Finding.SOFTWARE_FAULT,
                    "ImportError: /opt/venv/lib/python3.10/site-packages/flash_attn_2_cuda.cpython-310-x86_64-linux-gnu.so: undefined symbol: _ZN3c104cuda9SetDeviceEi"),
            new Message("python/cpython Python/import.c (a package release without the name another package imports)", "cannot import name", Finding.SOFTWARE_FAULT,
                    "ImportError: cannot import name 'ExLlamaV2Cache_Q4' from 'exllamav2'"),
            new Message("python/cpython Lib/importlib (ModuleNotFoundError)", "no module named", Finding.SOFTWARE_FAULT,
                    "ModuleNotFoundError: No module named 'vllm._C'"),
            new Message("python/cpython Python/dynload_win.c (an extension whose DLLs do not load)", "dll load failed", Finding.SOFTWARE_FAULT,
                    "ImportError: DLL load failed while importing _C: The specified module could not be found."),
            new Message("NVIDIA CUDA runtime (cudaErrorLaunchFailure, error 719)", "unspecified launch failure", Finding.SOFTWARE_FAULT,
                    "CUDA error: unspecified launch failure current device: 0, in function ggml_backend_cuda_synchronize"),
            new Message("huggingface/transformers src/transformers/tokenization_utils_base.py (apply_chat_template)", "chat_template is not set", Finding.SOFTWARE_FAULT,
                    "ValueError: Cannot use chat template functions because tokenizer.chat_template is not set and no template argument was passed!"),
            // Python's errors of the code itself (a call with the wrong type, a module or name without what is asked of it): a release whose
            // parts do not match, or a bug, never a lack of memory; printed as the last line of a traceback
            new Message("python/cpython Objects/exceptions.c (TypeError)", "typeerror: ", Finding.SOFTWARE_FAULT,
                    "TypeError: 'NoneType' object is not subscriptable"),
            // a module without the name is releases that do not match; "'NoneType' object has no attribute" is left out, as it is
            // also how a compiled kernel that did not load shows (bitsandbytes without CUDA, cpm_kernels on a Mac)
            new Message("python/cpython Objects/exceptions.c (AttributeError on a module)", "attributeerror: module '…has no attribute", Finding.SOFTWARE_FAULT,
                    "AttributeError: module 'torch.library' has no attribute 'register_fake'"),
            new Message("python/cpython Objects/exceptions.c (NameError)", "nameerror: name '", Finding.SOFTWARE_FAULT,
                    "NameError: name 'flash_attn_varlen_func' is not defined"),
            // ---- the requests outgrew the context the server was started with -----------------------------------------------
            new Message("ggml-org/llama.cpp examples/server/server.cpp (update_slots, 2023-2025)", "failed to find free space in the kv cache", Finding.CONTEXT_FULL,
                    "update_slots : failed to find free space in the KV cache, retrying with smaller n_batch = 256"),
            // PyTorch's narrow() past a tensor's end; ExLlama and ExLlamaV2 narrow their cache, allocated for max_seq_len positions,
            // to the sequence's length (turboderp/exllama model.py: cache.key_states[i].narrow(2, 0, past_len + q_len)), so a
            // conversation longer than the loader's max_seq_len fails here
            new Message("pytorch/pytorch aten/src/ATen/native/TensorShape.cpp (narrow: TORCH_CHECK start <= cur_size - length)", "start (…) + length (…) exceeds dimension size (", Finding.CONTEXT_FULL,
                    "RuntimeError: start (0) + length (2049) exceeds dimension size (2048)."),
            new Message("ggml-org/llama.cpp src/llama-context.cpp (decode)", "failed to find a memory slot for batch", Finding.CONTEXT_FULL,
                    "decode: failed to find a memory slot for batch of size 512"),
            new Message("ggml-org/llama.cpp tools/server/server.cpp (send_error)", "context size has been exceeded", Finding.CONTEXT_FULL,
                    "srv  send_error: task id = 12, error: Context size has been exceeded."),
            // The context filled and the model cannot shift old tokens out (MLA caches, DeepSeek 2/3): GGML_ABORT in the cache
            // update, worded by release as src/llama.cpp "The current context does not support K-shift", src/llama-kv-cache.cpp
            // "The current KV cache / model configuration does not support K-shift", and "Deepseek2 does not support K-shift"
            // (the prefix ollama/ollama llm/status.go watches for)
            new Message("ggml-org/llama.cpp src/llama-kv-cache.cpp, src/llama.cpp (llama_kv_cache_update: GGML_ABORT)", "does not support k-shift", Finding.CONTEXT_FULL,
                    "llama.cpp:11968: The current context does not support K-shift"),
            // ---- several GPUs that cannot talk to each other ----------------------------------------------------------------
            new Message("NVIDIA/nccl src/init.cc (ncclGetErrorString: ncclSystemError); vllm-project/vllm vllm/distributed/device_communicators/pynccl_wrapper.py ('NCCL error: …')", "nccl error…unhandled system error", Finding.GPU_LINK_FAULT,
                    "RuntimeError: NCCL error: unhandled system error (run with NCCL_DEBUG=INFO for details)"),
            new Message("NVIDIA/nccl src/init.cc (ncclGetErrorString: ncclUnhandledCudaError)", "nccl error…unhandled cuda error", Finding.GPU_LINK_FAULT,
                    "[rank0]: RuntimeError: NCCL error: unhandled cuda error (run with NCCL_DEBUG=INFO for details)"),
            new Message("NVIDIA/nccl src/init.cc (ncclGetErrorString: ncclRemoteError)", "remote process exited or there was a network error", Finding.GPU_LINK_FAULT,
                    "torch.distributed.DistBackendError: NCCL error in: ProcessGroupNCCL.cpp:1970, remote process exited or there was a network error"),
            new Message("pytorch/pytorch torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp (watchdog)", "watchdog caught collective operation timeout", Finding.GPU_LINK_FAULT,
                    "[rank1]:[E ProcessGroupNCCL.cpp:629] [Rank 1] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1, OpType=ALLREDUCE) ran for 600081 milliseconds before timing out."));

    /** The messages a line holds, each with where it starts in the line. */
    static List<Match> in(String low) {
        List<Match> found = new ArrayList<>(2);
        for (Message m : ALL) {
            int at = m.find(low);
            if (at >= 0) found.add(new Match(m, at));
        }
        return found;
    }
}
