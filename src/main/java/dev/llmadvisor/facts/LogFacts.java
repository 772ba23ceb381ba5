package dev.llmadvisor.facts;

/**
 * What an engine's pasted output says, as facts for the diagnosis rules: which engine, the memory it
 * allocated and where, what failed and by how much, and the settings it ran with. Read by
 * {@code dev.llmadvisor.logs.LogReader}; every field keeps the unit the engine printed (MiB for llama.cpp
 * buffers, GiB for PyTorch and Ollama) and its "not printed" value (0, -1 where 0 is a real value, or null).
 *
 * @param engine the engine whose output this is (llama.cpp lines inside Ollama's log count as Ollama), or null
 * @param model the model named in the log (general.name, vLLM model='…', -m FILE), or null
 * @param gpuName the first GPU named in the log, or null
 * @param gpuMemGib memory of one GPU as the log states it (torch total capacity, vLLM total_gpu_memory, Ollama total), GiB
 * @param gpuCount GPUs the engine found (ggml "found N CUDA devices", Ollama's memory.available list)
 * @param visibleGpus GPUs listed in CUDA_VISIBLE_DEVICES
 * @param fileType GGUF file type as printed (Q4_K - Medium), or null
 * @param fileSizeGib GGUF file / model size as printed, GiB
 * @param paramsB the model size the text names ("7b", "Qwen2-7B", "13B"), billions of parameters
 * @param nCtx context the engine allocated (n_ctx, --ctx-size, num_ctx)
 * @param kvSize KV cells (kv_size)
 * @param layersOffloaded layers on the GPU ("offloaded 42/81 layers to GPU"); -1 when not printed
 * @param layersTotal layers of the model in that line
 * @param gpuModelMib model buffers on GPUs, MiB
 * @param cpuModelMib model buffers in host memory (CPU, CPU_Mapped), MiB
 * @param gpuKvMib KV buffers on GPUs, MiB
 * @param cpuKvMib KV buffers in host memory, MiB
 * @param gpuComputeMib compute buffers on GPUs, MiB
 * @param metalUsedMib what llama.cpp has allocated on Apple's GPU ("allocated buffer, size = … (26062.74 / 8176.00)"), MiB
 * @param metalLimitMib the GPU working set it is measured against (the second figure), MiB
 * @param allocFailMib the allocation that failed ("allocating 144817.04 MiB on device 0: cudaMalloc failed"), MiB
 * @param allocFailDevice the device of that allocation; -1 when not printed
 * @param modelAllocFailed the failed allocation was for the weights (unable to allocate … buffer while loading)
 * @param kvAllocFailed the failed allocation was for the KV cache
 * @param computeAllocFailed the failed allocation was for the compute buffers
 * @param logitsAllocFailed the failed allocation was llama-cpp-python's logits array, one row per context position (numpy's _ArrayMemoryError)
 * @param outOfMemory some out-of-memory error was printed
 * @param sysRequiredGib an engine's memory check, what the model needs: Ollama "model requires more system memory (X GiB)",
 *        oMLX "Model '…' (X GB) exceeds max-model-memory (Y GB)" (in the unit printed)
 * @param sysAvailableGib what it may use: Ollama "… than is available (Y GiB)", oMLX's max-model-memory
 * @param sysMemoryShort Ollama: "model requires more system memory", with or without the figures
 * @param memoryEstimateNaN LM Studio's guardrail refused the load on an estimate that is not a number ("this model requires
 *        approximately NaN undefined of memory")
 * @param ollamaLayersModel Ollama offload line: layers.model
 * @param ollamaLayersOffload Ollama offload line: layers.offload; -1 when not printed
 * @param ollamaAvailableGib Ollama offload line: memory.available, summed over the GPUs (first load)
 * @param ollamaAvailableSpreadGib how much memory.available differed between the loads in the log, GiB
 * @param ollamaRequiredFullGib Ollama offload line: memory.required.full
 * @param ollamaRequiredKvGib Ollama offload line: memory.required.kv
 * @param ollamaWeightsGib Ollama offload line: memory.weights.total
 * @param ollamaMinimumGib Ollama offload line: the least free memory a GPU needs before Ollama puts a layer on it (its
 *        check "gpu has too little memory to allocate any layers": projector weights and graph, the larger compute graph,
 *        the GPU's minimum reserve and two layers), a lower bound from the figures printed; 0 when they are not printed
 * @param cpuPercent Ollama ps: the CPU share of the split ("48%/52% CPU/GPU", "100% CPU"); -1 when not printed
 * @param noGpu the engine says it found or may use no GPU
 * @param noGpuReason its words for that, or null
 * @param cpuBackendOnly only a CPU backend was loaded (load_backend lines without a GPU backend)
 * @param driverTooOld "CUDA driver version is insufficient for CUDA runtime version"
 * @param gpuRefused the engine's install refuses the GPU and no setting of that install changes it (label rule I): Ollama's
 *        GPU runners refused on a CPU without AVX outside a VM, or an AMD card whose gfx target no override reaches
 * @param vramNotRecovered Ollama: "gpu VRAM usage didn't recover within timeout"
 * @param offloadedToCpu transformers/accelerate: "Some modules are dispatched on the CPU or the disk"
 * @param offloadedToDisk transformers/accelerate put weights on disk ("The current `device_map` had weights offloaded to the
 *        disk", a device_map of only "disk"): the GPUs and the RAM together cannot hold them
 * @param maxSeqLen vLLM: the model's max seq len / max_model_len
 * @param kvTokens vLLM: tokens the KV cache can hold (the error's figure or "GPU KV cache size: N tokens")
 * @param gpuBlocks vLLM: "# GPU blocks: N"; -1 when not printed
 * @param maxConcurrency vLLM: "Maximum concurrency for N tokens per request: X"
 * @param noCacheMemory vLLM: "No available memory for the cache blocks"
 * @param kvCacheBelowMaxLen vLLM: the KV cache cannot hold one request of the max seq len ("To serve at least one request
 *        with the models's max seq len (N), (X GiB KV cache is needed, which is larger than the available KV cache memory")
 * @param requestOverMaxLen a request was longer than the maximum length vLLM or SGLang was started with ("The decoder prompt
 *        (length N) is longer than the maximum model length of M", "The input (N tokens) is longer than the model's context length")
 * @param memFractionTooSmall SGLang: "Not enough memory. Please try to increase --mem-fraction-static"
 * @param gpuMemUtil vLLM gpu_memory_utilization as printed or passed
 * @param weightsGb vLLM: "Loading model weights took X GB" / "Model loading took X GB"
 * @param kvCacheGib vLLM: kv_cache_size / "Available KV cache memory"
 * @param tensorParallel tensor-parallel size the engine was started with (0 when not printed)
 * @param heads attention heads named by a divisibility error
 * @param tpSize the tensor/expert-parallel size named by a divisibility error
 * @param tpNotDivisible a tensor-parallel divisibility or alignment error was printed
 * @param tpPowerOfTwo the engine (or the person) says tensor parallelism takes only a power-of-two or even number of GPUs
 * @param ccRequired compute capability an error requires
 * @param ccHave compute capability of the GPU as the error states it
 * @param unsupported what the GPU lacks: bf16, fp8, flash-attn or compute; null when nothing was said
 * @param memoryHeldElsewhere the engine says another process holds or changed GPU memory while it measured it (vLLM "Error
 *        in memory profiling", "on startup is less than desired GPU memory utilization"; SGLang "memory capacity is unbalanced")
 * @param modelFileRefused the engine refuses the model file itself: an architecture, tokenizer or tensor layout its version
 *        does not know, or a broken file (llama.cpp "unknown model architecture", vLLM "are not supported for now", …)
 * @param startupFreeGib vLLM: free memory at start-up when less than wanted
 * @param startupWantedGib vLLM: memory gpu_memory_utilization wanted at start-up
 * @param dtype dtype the engine ran with (float16, bfloat16, float32), or null
 * @param quantization quantization the engine ran with (awq, gptq, fp8, None), or null
 * @param triedMib torch: "Tried to allocate X"
 * @param totalGib torch: total capacity of the GPU
 * @param allocatedGib torch: memory already allocated (by PyTorch)
 * @param freeMib torch: memory free when it failed; -1 when not printed
 * @param processGib torch: "this process has X memory in use"
 * @param otherProcessGib torch: memory other processes hold ("Process N has X memory in use")
 * @param tokensPerSecond generation speed printed (eval rate, tokens per second)
 * @param nglGiven a GPU-layers setting (-ngl, --n-gpu-layers, n_gpu_layers, num_gpu) appears
 * @param llamaCommand a llama.cpp command or binding (llama-cli, llama-server, ./main, llama-cpp-python) appears
 * @param layersSetByUser the GPU layers were set by hand (-ngl, --n-gpu-layers, n_gpu_layers, num_gpu), not by the engine
 * @param draftSameAsModel ExLlama/TabbyAPI loaded the same model as its draft model and as the model: two copies
 * @param autoSplit ExLlama's automatic GPU split was used (gpu_split_auto, load_autosplit)
 * @param nCtxTrain the context the model was trained for, as an engine's context warning prints it
 * @param ctxOverTrain the engine warns the context asked for exceeds the model's training context (Ollama "requested
 *        context size too large for model", llama.cpp "n_ctx_per_seq (N) > n_ctx_train (M) -- possible training context overflow")
 * @param batchTokens TGI: the token budget its warm-up could not fit ("Not enough memory to handle N prefill tokens")
 * @param batchTokensTooMany TGI: the warm-up found the batch token budget does not fit next to the weights
 * @param oomWhileGenerating the out-of-memory error came from the generation loop (generate/sample frames,
 *        text-generation-webui's "Output generated … context N"), after the model had loaded
 * @param illegalAccess CUDA "an illegal memory access was encountered" (cudaErrorIllegalAddress, error 700): a crash in a kernel
 * @param vulkanValidation the Vulkan validation layer reported errors ("Validation Error: [ VUID-… ]"): a layer loaded from
 *        outside the engine (Vulkan Configurator, VK_INSTANCE_LAYERS) checks and may refuse its calls
 * @param vulkanBufferLimit llama.cpp's Vulkan backend asked for one buffer above the device's single-allocation limit
 *        ("Requested buffer size exceeds device memory allocation limit"): refused whatever memory is free
 * @param indexOutOfBounds PyTorch's CUDA index assertion ("index out of bounds"): a position past the end of a tensor
 * @param softwareFault a fault of the software, not of memory: a library built for another version ("undefined symbol",
 *        "cannot import name", "No module named", "DLL load failed"), no chat template, a GPU kernel that fails
 * @param contextFull the conversation outgrew the context the engine was started with (llama.cpp server "failed to find
 *        free space in the KV cache", "failed to find a memory slot for batch", "Context size has been exceeded"): the context
 *        was set too small for the requests, not too large for the memory
 * @param gpuLinkFault the GPUs could not talk to each other (NCCL "unhandled system error"/"unhandled cuda error", PyTorch's
 *        NCCL watchdog timeout): the transport between the cards failed, not their memory
 * @param cacheShareOom LMDeploy TurboMind ran out of memory ("[TM][ERROR] CUDA runtime error: out of memory"): TurboMind takes
 *        its k/v cache as a share of the GPU up front (cache_max_entry_count), so unless the weights alone exceed the card
 *        it is that share that does not fit
 * @param smallCacheShare the text sets that share to a tenth of the memory or less ("--cache-max-entry-count 0.01",
 *        cache_max_entry_count=0.05): then the reservation is not what fails, the weights are
 * @param gpuKernelRan a GPU backend reported an error from inside one of its operations on a numbered device (ggml's
 *        "current device: 0, in function ggml_cuda_op_mul_mat at ggml-cuda.cu:1606", printed by ggml_cuda_error in
 *        ggml/src/ggml-cuda/ggml-cuda.cu): work was running on the GPU, so the GPU was in use whatever the log leaves out
 * @param hostMemoryShort system RAM, not GPU memory, ran out: PyTorch's CPU allocator refused ("DefaultCPUAllocator: not
 *        enough memory"), or the operating system killed the process ("Loading checkpoint shards: 0%| Killed", "the process
 *        is killed", 被kill); a checkpoint passes through host memory on its way to the GPU
 * @param shardOffQuantGroups a quantized weight's part was not a whole number of its kernel's groups, blocks or tiles (vLLM
 *        "input_size_per_partition = 14784 is not divisible by min_thread_k = 128", block FP8 "not divisible by weight
 *        quantization block_n"); over several GPUs that is the tensor-parallel shard ({@link #tpNotDivisible} is then set too),
 *        on one GPU a shape the kernel cannot take
 * @param nanOutput the model answered with nothing but exclamation marks ("!!!!!!", 全是感叹号): token 0, which is "!" in
 *        most vocabularies, is what sampling picks from logits that are NaN, so the arithmetic overflowed (float16)
 * @param pipelineRefused vLLM refused pipeline parallelism for the model's architecture ("Pipeline parallelism is only
 *        supported for the following architectures"): the split asked for is one the engine has not implemented for it
 * @param parallelOverGpus the engine refused a parallel size (tensor × pipeline) larger than the GPUs it sees ("The number of
 *        required GPUs exceeds the total number of available GPUs", "World size (4) is larger than the number of available GPUs
 *        (1)"): the split asks for cards the engine was not given
 * @param runnerCrashed the llama.cpp or Ollama runner crashed on its own ("llama runner process has terminated: exit status
 *        0xc0000409", "error:fault", "exit status 2", "signal: segmentation fault", a GGML_ASSERT): an engine bug or build
 *        problem, unless memory ran out beside it
 * @param ggmlPoolShort ggml's "not enough space in the context's memory pool (needed N, available M)": a ggml context the
 *        engine sized itself, in host memory, came out too small for the graph (a large batch, context or layer count):
 *        an engine bug, not a lack of GPU memory
 * @param ggmlPoolNeededBytes  that message's "needed" figure in bytes, or 0
 * @param ggmlPoolAvailableBytes that message's "available" figure (the pool's size) in bytes, or 0
 * @param tensorsOnTwoGpus PyTorch's "Expected all tensors to be on the same device, but found at least two devices, cuda:0 and
 *        cuda:1": a model split over the GPUs (device_map="auto") at a point its code does not support
 * @param gpusTaken Xinference refused a launch with "No available slot found for the model": it places each LLM on GPUs of
 *        its own, and every GPU was already held by a running model (or reserved by a --gpu-idx launch)
 * @param metalResourceLimit MLX's "[metal::malloc] Resource limit (N) exceeded": the process holds as many Metal buffers as
 *        macOS lets it (iogpu.rsrc_limit, 499000 when unset), a count of buffers rather than a lack of memory
 * @param dataParallel vLLM's or SGLang's data-parallel size as launched (--data-parallel-size, -dp, --dp-size): that many
 *        replicas, each holding the whole model on its own GPUs; 0 when not given, or when the launch shards experts or
 *        attention over the ranks (--enable-expert-parallel, --enable-dp-attention)
 * @param llamaBuild the llama.cpp build number the log prints ("build: 6895 (4341dc8bc) with cc …", "version: 6895 (…)", a
 *        release archive "llama-b6895-bin-…"); 0 when none is shown
 * @param zeroLayerProgram the llama.cpp command is of a program whose default puts no layer on the GPU: the old ./main
 *        binary (renamed llama-cli in June 2024) or llama-cpp-python, whose n_gpu_layers defaults to 0
 */
public record LogFacts(
        Engine engine,
        String model,
        String gpuName,
        double gpuMemGib,
        int gpuCount,
        int visibleGpus,
        String fileType,
        double fileSizeGib,
        double paramsB,
        int nCtx,
        int kvSize,
        int layersOffloaded,
        int layersTotal,
        double gpuModelMib,
        double cpuModelMib,
        double gpuKvMib,
        double cpuKvMib,
        double gpuComputeMib,
        double metalUsedMib,
        double metalLimitMib,
        double allocFailMib,
        int allocFailDevice,
        boolean modelAllocFailed,
        boolean kvAllocFailed,
        boolean computeAllocFailed,
        boolean logitsAllocFailed,
        boolean outOfMemory,
        double sysRequiredGib,
        double sysAvailableGib,
        boolean sysMemoryShort,
        boolean memoryEstimateNaN,
        int ollamaLayersModel,
        int ollamaLayersOffload,
        double ollamaAvailableGib,
        double ollamaAvailableSpreadGib,
        double ollamaRequiredFullGib,
        double ollamaRequiredKvGib,
        double ollamaWeightsGib,
        double ollamaMinimumGib,
        int cpuPercent,
        boolean noGpu,
        String noGpuReason,
        boolean cpuBackendOnly,
        boolean driverTooOld,
        boolean gpuRefused,
        boolean vramNotRecovered,
        boolean offloadedToCpu,
        boolean offloadedToDisk,
        int maxSeqLen,
        int kvTokens,
        int gpuBlocks,
        double maxConcurrency,
        boolean noCacheMemory,
        boolean kvCacheBelowMaxLen,
        boolean requestOverMaxLen,
        boolean memFractionTooSmall,
        double gpuMemUtil,
        double weightsGb,
        double kvCacheGib,
        int tensorParallel,
        int heads,
        int tpSize,
        boolean tpNotDivisible,
        boolean tpPowerOfTwo,
        double ccRequired,
        double ccHave,
        String unsupported,
        boolean memoryHeldElsewhere,
        boolean modelFileRefused,
        double startupFreeGib,
        double startupWantedGib,
        String dtype,
        String quantization,
        double triedMib,
        double totalGib,
        double allocatedGib,
        double freeMib,
        double processGib,
        double otherProcessGib,
        double tokensPerSecond,
        boolean nglGiven,
        boolean llamaCommand,
        boolean layersSetByUser,
        boolean draftSameAsModel,
        boolean autoSplit,
        int nCtxTrain,
        boolean ctxOverTrain,
        int batchTokens,
        boolean batchTokensTooMany,
        boolean oomWhileGenerating,
        boolean illegalAccess,
        boolean vulkanValidation,
        boolean vulkanBufferLimit,
        boolean indexOutOfBounds,
        boolean softwareFault,
        boolean contextFull,
        boolean gpuLinkFault,
        boolean cacheShareOom,
        boolean smallCacheShare,
        boolean gpuKernelRan,
        boolean hostMemoryShort,
        boolean shardOffQuantGroups,
        boolean nanOutput,
        boolean pipelineRefused,
        boolean parallelOverGpus,
        boolean runnerCrashed,
        boolean ggmlPoolShort,
        double ggmlPoolNeededBytes,
        double ggmlPoolAvailableBytes,
        boolean tensorsOnTwoGpus,
        boolean gpusTaken,
        boolean metalResourceLimit,
        int dataParallel,
        int llamaBuild,
        boolean zeroLayerProgram) {

    /** Nothing was read. */
    public static final LogFacts NONE = new Builder().build();

    /** Anything at all was recognised. */
    public boolean isEmpty() { return this.equals(NONE); }

    /** Layers left in system RAM by a partial offload ("offloaded 42/81": 39), from llama.cpp or Ollama's lines. */
    public int cpuLayers() {
        if (layersOffloaded >= 0 && layersTotal > layersOffloaded) return layersTotal - layersOffloaded;
        if (ollamaLayersOffload >= 0 && ollamaLayersModel > ollamaLayersOffload) return ollamaLayersModel - ollamaLayersOffload;
        return 0;
    }

    /** Layers on the GPU and in the model, whichever line printed them. */
    public int gpuLayers() { return layersOffloaded >= 0 ? layersOffloaded : ollamaLayersOffload; }

    public int allLayers() { return layersOffloaded >= 0 ? layersTotal : ollamaLayersModel; }

    /** Part of the model runs from system RAM: some layers, or a CPU share in ollama ps, or accelerate's CPU dispatch. */
    public boolean partialOffload() {
        return (gpuLayers() > 0 && cpuLayers() > 0) || (cpuPercent > 0 && cpuPercent < 100) || offloadedToCpu;
    }

    /** The engine put no layer at all on a GPU it printed, or said it runs on the CPU only. */
    public boolean nothingOnGpu() {
        return (layersOffloaded == 0 && layersTotal > 0) || (ollamaLayersOffload == 0 && ollamaLayersModel > 0) || cpuPercent == 100;
    }

    /**
     * Every buffer llama.cpp printed is in host memory: a KV cache on the CPU and no model, KV or compute buffer on
     * any GPU, with no layer reported offloaded. A GPU build that put nothing on the GPU prints exactly this.
     */
    public boolean allBuffersOnCpu() {
        return cpuKvMib > 0 && gpuKvMib == 0 && gpuModelMib == 0 && gpuComputeMib == 0 && layersOffloaded <= 0 && ollamaLayersOffload <= 0;
    }

    /** KV buffers as printed, GPU plus host, MiB. */
    public double kvMib() { return gpuKvMib + cpuKvMib; }

    /** A GPU allocation failed (llama.cpp, PyTorch, vLLM, SGLang, ExLlama). */
    public boolean allocationFailed() {
        return outOfMemory || allocFailMib > 0 || modelAllocFailed || kvAllocFailed || computeAllocFailed || logitsAllocFailed || triedMib > 0;
    }

    /** PyTorch's out-of-memory message was printed (transformers, vLLM, SGLang, TGI). */
    public boolean torchOom() { return triedMib > 0; }

    /**
     * The first llama.cpp build whose llama-cli and llama-server put the maximum number of layers on the GPU when no -ngl is
     * given (llama.cpp #15434, b6325, 2025-08-30: "use the maximum number of GPU layers by default"; from b7410, 2025-12-15,
     * --fit then trims them to the free memory, #16653). Before it the default was no layer on the GPU.
     */
    public static final int FIRST_BUILD_ALL_LAYERS_ON_GPU = 6325;

    /** Without -ngl this run puts no layer on the GPU: a program whose default is none, or a build older than the change. */
    public boolean noNglMeansCpu() {
        return zeroLayerProgram || (llamaBuild > 0 && llamaBuild < FIRST_BUILD_ALL_LAYERS_ON_GPU);
    }

    /** Without -ngl this run puts every layer that fits on the GPU: llama-cli or llama-server of a build from the change on. */
    public boolean noNglMeansGpu() {
        return !zeroLayerProgram && llamaBuild >= FIRST_BUILD_ALL_LAYERS_ON_GPU;
    }

    public boolean engineIs(String id) { return engine != null && engine.id().equals(id); }

    /** The builder the log reader fills line by line. */
    public static final class Builder {
        public Engine engine = null;
        public String model = null;
        public String gpuName = null;
        public double gpuMemGib = 0;
        public int gpuCount = 0;
        public int visibleGpus = 0;
        public String fileType = null;
        public double fileSizeGib = 0;
        public double paramsB = 0;
        public int nCtx = 0;
        public int kvSize = 0;
        public int layersOffloaded = -1;
        public int layersTotal = 0;
        public double gpuModelMib = 0;
        public double cpuModelMib = 0;
        public double gpuKvMib = 0;
        public double cpuKvMib = 0;
        public double gpuComputeMib = 0;
        public double metalUsedMib = 0;
        public double metalLimitMib = 0;
        public double allocFailMib = 0;
        public int allocFailDevice = -1;
        public boolean modelAllocFailed = false;
        public boolean kvAllocFailed = false;
        public boolean computeAllocFailed = false;
        public boolean logitsAllocFailed = false;
        public boolean outOfMemory = false;
        public double sysRequiredGib = 0;
        public double sysAvailableGib = 0;
        public boolean sysMemoryShort = false;
        public boolean memoryEstimateNaN = false;
        public int ollamaLayersModel = 0;
        public int ollamaLayersOffload = -1;
        public double ollamaAvailableGib = 0;
        public double ollamaAvailableSpreadGib = 0;
        public double ollamaRequiredFullGib = 0;
        public double ollamaRequiredKvGib = 0;
        public double ollamaWeightsGib = 0;
        public double ollamaMinimumGib = 0;
        public int cpuPercent = -1;
        public boolean noGpu = false;
        public String noGpuReason = null;
        public boolean cpuBackendOnly = false;
        public boolean driverTooOld = false;
        public boolean gpuRefused = false;
        public boolean vramNotRecovered = false;
        public boolean offloadedToCpu = false;
        public boolean offloadedToDisk = false;
        public int maxSeqLen = 0;
        public int kvTokens = 0;
        public int gpuBlocks = -1;
        public double maxConcurrency = 0;
        public boolean noCacheMemory = false;
        public boolean kvCacheBelowMaxLen = false;
        public boolean requestOverMaxLen = false;
        public boolean memFractionTooSmall = false;
        public double gpuMemUtil = 0;
        public double weightsGb = 0;
        public double kvCacheGib = 0;
        public int tensorParallel = 0;
        public int heads = 0;
        public int tpSize = 0;
        public boolean tpNotDivisible = false;
        public boolean tpPowerOfTwo = false;
        public double ccRequired = 0;
        public double ccHave = 0;
        public String unsupported = null;
        public boolean memoryHeldElsewhere = false;
        public boolean modelFileRefused = false;
        public double startupFreeGib = 0;
        public double startupWantedGib = 0;
        public String dtype = null;
        public String quantization = null;
        public double triedMib = 0;
        public double totalGib = 0;
        public double allocatedGib = 0;
        public double freeMib = -1;
        public double processGib = 0;
        public double otherProcessGib = 0;
        public double tokensPerSecond = 0;
        public boolean nglGiven = false;
        public boolean llamaCommand = false;
        public boolean layersSetByUser = false;
        public boolean draftSameAsModel = false;
        public boolean autoSplit = false;
        public int nCtxTrain = 0;
        public boolean ctxOverTrain = false;
        public int batchTokens = 0;
        public boolean batchTokensTooMany = false;
        public boolean oomWhileGenerating = false;
        public boolean illegalAccess = false;
        public boolean vulkanValidation = false;
        public boolean vulkanBufferLimit = false;
        public boolean indexOutOfBounds = false;
        public boolean softwareFault = false;
        public boolean contextFull = false;
        public boolean gpuLinkFault = false;
        public boolean cacheShareOom = false;
        public boolean smallCacheShare = false;
        public boolean gpuKernelRan = false;
        public boolean hostMemoryShort = false;
        public boolean shardOffQuantGroups = false;
        public boolean nanOutput = false;
        public boolean pipelineRefused = false;
        public boolean parallelOverGpus = false;
        public boolean runnerCrashed = false;
        public boolean ggmlPoolShort = false;
        public double ggmlPoolNeededBytes = 0;
        public double ggmlPoolAvailableBytes = 0;
        public boolean tensorsOnTwoGpus = false;
        public boolean gpusTaken = false;
        public boolean metalResourceLimit = false;
        public int dataParallel = 0;
        public int llamaBuild = 0;
        public boolean zeroLayerProgram = false;

        public LogFacts build() {
            return new LogFacts(engine, model, gpuName, gpuMemGib, gpuCount, visibleGpus, fileType, fileSizeGib, paramsB, nCtx, kvSize, layersOffloaded, layersTotal, gpuModelMib, cpuModelMib, gpuKvMib, cpuKvMib, gpuComputeMib, metalUsedMib, metalLimitMib, allocFailMib, allocFailDevice, modelAllocFailed, kvAllocFailed, computeAllocFailed, logitsAllocFailed, outOfMemory, sysRequiredGib, sysAvailableGib, sysMemoryShort, memoryEstimateNaN, ollamaLayersModel, ollamaLayersOffload, ollamaAvailableGib, ollamaAvailableSpreadGib, ollamaRequiredFullGib, ollamaRequiredKvGib, ollamaWeightsGib, ollamaMinimumGib, cpuPercent, noGpu, noGpuReason, cpuBackendOnly, driverTooOld, gpuRefused, vramNotRecovered, offloadedToCpu, offloadedToDisk, maxSeqLen, kvTokens, gpuBlocks, maxConcurrency, noCacheMemory, kvCacheBelowMaxLen, requestOverMaxLen, memFractionTooSmall, gpuMemUtil, weightsGb, kvCacheGib, tensorParallel, heads, tpSize, tpNotDivisible, tpPowerOfTwo, ccRequired, ccHave, unsupported, memoryHeldElsewhere, modelFileRefused, startupFreeGib, startupWantedGib, dtype, quantization, triedMib, totalGib, allocatedGib, freeMib, processGib, otherProcessGib, tokensPerSecond, nglGiven, llamaCommand, layersSetByUser, draftSameAsModel, autoSplit, nCtxTrain, ctxOverTrain, batchTokens, batchTokensTooMany, oomWhileGenerating, illegalAccess, vulkanValidation, vulkanBufferLimit, indexOutOfBounds, softwareFault, contextFull, gpuLinkFault, cacheShareOom, smallCacheShare, gpuKernelRan, hostMemoryShort, shardOffQuantGroups, nanOutput, pipelineRefused, parallelOverGpus, runnerCrashed, ggmlPoolShort, ggmlPoolNeededBytes, ggmlPoolAvailableBytes, tensorsOnTwoGpus, gpusTaken, metalResourceLimit, dataParallel, llamaBuild, zeroLayerProgram);
        }
    }
}
