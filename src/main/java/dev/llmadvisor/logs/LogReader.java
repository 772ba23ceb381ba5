package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.parse.DeviceLines;
import dev.llmadvisor.parse.Prefilter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the engine output people paste (llama.cpp, Ollama, vLLM, SGLang, transformers/PyTorch, TGI,
 * KTransformers, ExLlama) into {@link LogFacts}: buffers and where they went, layers offloaded, context, KV
 * blocks, the allocation that failed, vLLM's KV-cache and tensor-parallel checks, compute-capability errors,
 * PyTorch's out-of-memory figures, and the speed printed.
 *
 * <p>A pure function with bounded work: at most {@link #MAX_CHARS} characters are read (the head and the
 * tail of a longer paste, where the start-up lines and the error are), each line at most {@link #MAX_LINE}
 * characters; every pattern is tried only on lines that contain its literal keyword, and no pattern nests
 * quantifiers. Garbage yields {@link LogFacts#NONE}, never an exception.
 */
public final class LogReader {

    /** Characters read from one paste. */
    public static final int MAX_CHARS = 256 * 1024;
    /** Characters read from one line. */
    public static final int MAX_LINE = 8 * 1024;
    private static final int HEAD = 64 * 1024;

    private LogReader() { }

    // ---- llama.cpp -------------------------------------------------------------------------------------------
    private static final Pattern OFFLOADED_PROSE = Pattern.compile("(\\d{1,4}) (?:of|out of) (\\d{1,4}) layers (?:are |were |got )?(?:offloaded|on the GPU)");
    /** ggml_new_object's figures, in bytes: "not enough space in the context's memory pool (needed 13340448, available 10485760)". */
    private static final Pattern GGML_POOL = Pattern.compile("memory pool \\(needed (\\d{1,15}), available (\\d{1,15})\\)");
    private static final Pattern MS_PER_TOKEN = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?) ?ms per token");
    private static final Pattern MODEL_BUFFER = Pattern.compile("(?:load_tensors|llm_load_tensors):\\s+(\\S{1,40}) (?:model )?buffer size\\s*=\\s*(" + Num.NUM + ") MiB");
    private static final Pattern VRAM_USED = Pattern.compile("(?:total )?VRAM used:\\s*(" + Num.NUM + ") MB");
    private static final Pattern KV_BUFFER = Pattern.compile("(\\S{1,40}) KV buffer size\\s*=\\s*(" + Num.NUM + ") MiB");
    private static final Pattern COMPUTE_BUFFER = Pattern.compile("(\\S{1,40}) compute buffer size\\s*=\\s*(" + Num.NUM + ") MiB");
    private static final Pattern N_CTX = Pattern.compile("\\bn_ctx\\s*=\\s*(\\d{1,8})\\b");
    private static final Pattern KV_SIZE = Pattern.compile("\\bkv_size\\s*=\\s*(\\d{1,9})");
    private static final Pattern CTX_FLAG = Pattern.compile("(?:--ctx[-_]size|\\s-c|num_ctx|ctx_len|context[-_]size)[ =:]\\s{0,3}(\\d{3,8})\\b");
    // mlx-lm's warning when the weights reach 90 % of Metal's recommended working set (sizes in MiB, printed as "MB"):
    // "Generating with a model that requires 50986 MB which is close to the maximum recommended size of 49152 MB"
    private static final Pattern MLX_WORKING_SET = Pattern.compile("model that requires (\\d{1,9}) MB which is close to the maximum recommended size of (\\d{1,9}) MB");
    private static final Pattern METAL_ALLOC = Pattern.compile("allocated (?:'[^']{0,40}' )?buffer, size =\\s*" + Num.NUM + " M[Bi]B?,? ?(?:offs =\\s*\\d{1,20})?,? ?\\(\\s*(" + Num.NUM + ") /\\s*(" + Num.NUM + ")\\)");
    private static final Pattern ALLOCATING = Pattern.compile("allocating (" + Num.NUM + ") MiB on device (\\d{1,2}): cudaMalloc failed");
    // ggml-vulkan: "ggml_vulkan: Device memory allocation of size 1610612736 failed." then "vk::Device::allocateMemory: ErrorOutOfDeviceMemory"
    private static final Pattern VULKAN_ALLOC = Pattern.compile("Device memory allocation of size (\\d{1,16}) failed");
    private static final Pattern FAILED_BUFFER = Pattern.compile("failed to allocate (?:(\\S{1,20}) )?buffer of size (\\d{1,16})");
    private static final Pattern LOAD_BACKEND = Pattern.compile("load_backend: loaded (\\S{1,20}) backend");
    private static final Pattern GENERAL_NAME = Pattern.compile("general\\.name\\s+(?:str\\s+)?=\\s+(\\S[^\\r\\n]{0,120})");
    private static final Pattern FILE_TYPE = Pattern.compile("(?:file type|model ftype)\\s*=\\s*(\\S[^\\r\\n]{0,40})");
    private static final Pattern FTYPE_OLD = Pattern.compile("ftype\\s*=\\s*\\d{1,3} \\(([^)]{1,40})\\)");
    private static final Pattern FILE_SIZE = Pattern.compile("(?:file size|model size)\\s*=\\s*(" + Num.NUM + ") GiB");
    private static final Pattern PARAMS = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:\\.\\d{1,2})?)[bB](?![a-zA-Z0-9])");
    private static final Pattern GGUF_ARG = Pattern.compile("-m\\s+(\\S{1,200}\\.gguf)");
    private static final Pattern EVAL_TIME = Pattern.compile("(?<!prompt )eval time\\s*=\\s*" + Num.NUM + " ms /\\s*\\d{1,9} (?:runs|tokens)\\s*\\(\\s*(" + Num.NUM + ") ms per token(?:,\\s*(" + Num.NUM + ") tokens per second)?");

    // ---- Ollama ----------------------------------------------------------------------------------------------
    private static final Pattern SYS_MEMORY = Pattern.compile("model requires more system memory \\((" + Num.NUM + ") GiB\\) than is available \\((" + Num.NUM + ") GiB\\)");
    // oMLX refuses a model larger than its memory limit: "Model 'Qwen3.5-397B-A17B-nvfp4' (218.08GB) exceeds max-model-memory (25.00GB)"
    private static final Pattern MAX_MODEL_MEMORY = Pattern.compile("\\((" + Num.NUM + ") ?GB\\) exceeds max-model-memory \\((" + Num.NUM + ") ?GB\\)");
    private static final Pattern LAYERS_MODEL = Pattern.compile("layers\\.model=(\\d{1,4})");
    private static final Pattern LAYERS_OFFLOAD = Pattern.compile("layers\\.offload=(\\d{1,4})");
    private static final Pattern MEM_AVAILABLE = Pattern.compile("memory\\.available=\"?\\[([^\\]]{0,400})\\]");
    private static final Pattern MEM_FULL = Pattern.compile("memory\\.required\\.full=\"(" + Num.NUM + ") (GiB|MiB|B)\"");
    private static final Pattern MEM_KV = Pattern.compile("memory\\.required\\.kv=\"(" + Num.NUM + ") (GiB|MiB|B)\"");
    private static final Pattern MEM_WEIGHTS = Pattern.compile("memory\\.weights\\.total=\"(" + Num.NUM + ") (GiB|MiB|B)\"");
    // The parts of Ollama's minimum for a GPU to take any layer (llm/memory.go, "gpu has too little memory to allocate any layers")
    private static final Pattern MEM_REPEATING = Pattern.compile("memory\\.weights\\.repeating=\"(" + Num.NUM + ") (GiB|MiB|KiB|B)\"");
    private static final Pattern GRAPH_FULL = Pattern.compile("memory\\.graph\\.full=\"(" + Num.NUM + ") (GiB|MiB|KiB|B)\"");
    private static final Pattern GRAPH_PARTIAL = Pattern.compile("memory\\.graph\\.partial=\"(" + Num.NUM + ") (GiB|MiB|KiB|B)\"");
    private static final Pattern PROJECTOR_WEIGHTS = Pattern.compile("projector\\.weights=\"(" + Num.NUM + ") (GiB|MiB|KiB|B)\"");
    private static final Pattern PROJECTOR_GRAPH = Pattern.compile("projector\\.graph=\"(" + Num.NUM + ") (GiB|MiB|KiB|B)\"");
    /** Ollama's minimum reserve on a CUDA or ROCm GPU (discover: cudaMinimumMemory = rocmMinimumMemory = 457 MiB), GiB. */
    private static final double OLLAMA_GPU_MINIMUM_GIB = 457.0 / 1024.0;
    private static final Pattern SIZE_UNIT = Pattern.compile("(" + Num.NUM + ") (GiB|MiB|KiB|B)\\b");
    private static final Pattern PS_SPLIT = Pattern.compile("(\\d{1,3})%\\s{0,2}/\\s{0,2}(\\d{1,3})%\\s{0,3}CPU/GPU");
    private static final Pattern PS_FULL = Pattern.compile("\\b100%\\s{0,2}(CPU|GPU)\\b");
    private static final Pattern OLLAMA_RUN = Pattern.compile("ollama run (\\S{2,120})");
    // Ollama's start-up line lists each backend it loaded with its features: "msg=system CPU.0.SSE3=1 … CUDA.0.ARCHS=500,600"
    private static final Pattern SYSTEM_BACKEND = Pattern.compile("\\b([A-Za-z][A-Za-z0-9]{1,15})\\.\\d{1,2}\\.[A-Z0-9_]{1,30}=");
    // "msg=\"requested context size too large for model\" num_ctx=131072 num_parallel=2 n_ctx_train=32768"
    private static final Pattern NUM_CTX_KV = Pattern.compile("\\bnum_ctx=(\\d{1,8})");
    private static final Pattern N_CTX_TRAIN_KV = Pattern.compile("\\bn_ctx_train=(\\d{1,8})");
    // llama.cpp: "n_ctx_per_seq (131072) > n_ctx_train (32768) -- possible training context overflow"
    private static final Pattern CTX_OVERFLOW = Pattern.compile("n_ctx_per_seq \\((\\d{1,8})\\) > n_ctx_train \\((\\d{1,8})\\)");

    // ---- TGI -------------------------------------------------------------------------------------------------
    // warm-up: "Not enough memory to handle 4096 prefill tokens. You need to decrease `--max-batch-prefill-tokens`"
    private static final Pattern TGI_TOKENS = Pattern.compile("Not enough memory to handle (\\d{1,9}) (?:total|prefill) tokens");

    // ---- text-generation-webui -------------------------------------------------------------------------------
    // "Output generated in 2.48 seconds (0.00 tokens/s, 0 tokens, context 2096, seed 165012704)"
    private static final Pattern TEXTGEN_CONTEXT = Pattern.compile("tokens, context (\\d{1,8})[,)]");

    // ---- vLLM / SGLang ---------------------------------------------------------------------------------------
    // vLLM V0's check, read by its tail: a message retyped into a question keeps the tail but not always "max seq len"
    private static final Pattern MAX_SEQ_KV = Pattern.compile("\\((\\d{1,9})\\) is larger than the maximum number of tokens that can be stored in KV cache \\((\\d{1,9})\\)");
    // vLLM V1's check, in GiB: "To serve at least one request with the models's max seq len (131072), (16.00 GiB KV cache is
    // needed, which is larger than the available KV cache memory (6.50 GiB). Based on the available memory, the estimated
    // maximum model length is 53248."
    private static final Pattern KV_NEEDED = Pattern.compile("max seq len \\((\\d{1,9})\\), \\((" + Num.NUM + ") ?Gi?B KV cache is needed, which is larger than the available KV cache memory \\((" + Num.NUM + ") ?Gi?B\\)");
    private static final Pattern ESTIMATED_MAX_LEN = Pattern.compile("estimated maximum model length is (\\d{1,9})");
    // "User-specified max_model_len (65536) is greater than the derived max_model_len (max_position_embeddings=32768 …"
    private static final Pattern DERIVED_MAX_LEN = Pattern.compile("max_model_len \\((\\d{1,9})\\) is greater than the derived max_model_len \\(\\w{1,40}=(\\d{1,9})");
    // vLLM 0.7+ names the device in this line ("# cuda blocks: 0", "# npu blocks" on Ascend) where older ones said "GPU"
    private static final Pattern GPU_BLOCKS = Pattern.compile("#\\s*(?i:gpu|cuda|rocm|npu|xpu|hpu|tpu) blocks:\\s*(\\d{1,9})");
    private static final Pattern KV_CACHE_TOKENS = Pattern.compile("GPU KV cache size:\\s*(" + Num.NUM + ") tokens");
    private static final Pattern CONCURRENCY = Pattern.compile("Maximum concurrency for (" + Num.NUM + ") tokens per request:\\s*(" + Num.NUM + ")x");
    private static final Pattern MAX_LEN_ARG = Pattern.compile("(?:max_seq_len|max_model_len|max-model-len)['\"]?[=: ]\\s{0,2}(\\d{2,9})");
    // "gpu_memory_utilization=0.9", "--gpu-memory-utilization 0.9" and vLLM 0.7's profile line "x gpu_memory_utilization (0.70) ="
    private static final Pattern UTIL = Pattern.compile("gpu[-_]memory[-_]utilization['\"]?(?:[=: ]\\s{0,2}|\\s?\\()(" + Num.NUM + ")");
    private static final Pattern WEIGHTS_TOOK = Pattern.compile("(?:Loading model weights took|Model loading took|Memory usage:) (" + Num.NUM + ") ?Gi?B");
    private static final Pattern TOTAL_GPU_MEMORY = Pattern.compile("total_gpu_memory=(" + Num.NUM + ")GiB");
    private static final Pattern KV_CACHE_SIZE = Pattern.compile("(?:kv_cache_size=|Available KV cache memory: )(" + Num.NUM + ") ?GiB");
    // ... and LMDeploy's tp=N (TurbomindEngineConfig(tp=2), "设置tp=4")
    /** vLLM's and SGLang's data-parallel size as launched (--data-parallel-size 4, -dp=2, --dp-size 8, data_parallel_size=2). */
    private static final Pattern DP_ARG = Pattern.compile("(?:data_parallel_size=|--data-parallel-size[ =]|--dp-size[ =]|--dp[ =]|(?<![\\w-])-dp[ =]|(?<![\\w-])dp_size=)(\\d{1,3})");
    /** Flags that shard the experts or the attention over the data-parallel ranks, so a rank no longer holds the whole model. */
    private static final Pattern DP_SHARDED = Pattern.compile("enable-expert-parallel|enable_expert_parallel|enable-dp-attention|enable_dp_attention|--ep-size|--expert-parallel-size");
    private static final Pattern TP_ARG = Pattern.compile("(?:tensor_parallel_size=|--tensor-parallel-size[ =]|--tp-size[ =]|--tp[ =]|\\s-tp[ =]|(?<![\\w-])tp=)(\\d{1,3})");
    /**
     * The tensor-parallel size said in words: "with TP4", "TP = 2", "TP size 8", "4 tensor parallelism" (and its misspellings),
     * "4-way tensor parallel", "tensor parallel size of 2", 张量并行数为4; upper-case TP only, as "tp" is a word part too.
     */
    private static final Pattern TP_SAID = Pattern.compile("(?<![\\w-])TP(?: ?size)? ?[=:]? ?(\\d{1,2})(?![\\w.])"
            + "|(?<![\\w.])(\\d{1,2})(?:-way| way)? ?(?i:tensor[ _-]?parall\\w*)"
            + "|(?i:tensor[ _-]?parallel(?:ism)?[ _-]?size)(?: of| is| =|:)? ?(\\d{1,2})(?![\\w.])"
            + "|张量并行(?:数|度|大小|规模)?(?:为|是|设为|设置为|=|：|:)? ?(\\d{1,2})(?!\\d)");
    /**
     * ggml's report of an error inside a GPU backend's operation: "current device: 0, in function ggml_cuda_op_mul_mat at
     * .../ggml-cuda.cu:1606" (CUDA and HIP builds share the code; the function is one of the backend's: ggml_cuda_*,
     * ggml_backend_cuda_*, or a named kernel launcher). The device number says the operation was running on that GPU.
     */
    /**
     * llama-cli or llama-server (or the older main, main.exe on Windows) run with arguments: its command line shows whether
     * -ngl was given. A program named in a sentence ("failed to start llama-server", a wrapper's own log) shows no command line.
     */
    /**
     * The llama.cpp build a log prints at start-up ("build: 6895 (4341dc8bc) with cc …", older "main: build = 1414 (…)"),
     * `--version` prints ("version: 6895 (4341dc8bc)"), or a release archive names ("llama-b6895-bin-win-cuda-12.4-x64.zip").
     */
    private static final Pattern LLAMA_BUILD = Pattern.compile(
            "\\b(?:build|version)\\s*[:=]\\s*(\\d{3,5})\\s*\\([0-9a-f]{6,}|llama-b(\\d{3,5})-bin");
    private static final Pattern LLAMA_RUN = Pattern.compile("llama-(?:cli|server)(?:\\.exe)?\\s+(?:-|\\\\\\s*$)"
            // the older binary by its Windows path or name: build\bin\Release\main.exe -m …
            + "|(?:\\\\main(?:\\.exe)?|\\bmain\\.exe)\\s+-");

    /** llama.cpp's report of the split it made: "offloading 0 repeating layers to GPU", "offloaded 0/41 layers to GPU". */
    private static final Pattern OFFLOAD_REPORT = Pattern.compile("offload(?:ing \\d+ repeating|ing (?:non-repeating|output)|ed \\d+/\\d+) layers?");

    private static final Pattern GPU_OP_FAILED = Pattern.compile("current device: ?\\d+, in function \\w+");
    /**
     * The process killed by the operating system: bash's report at a line's end ("…it/s]Killed", "line 5: 12989 Killed"), the
     * process told killed ("the process is killed", "it gets killed"), the OOM killer, 被kill / 被杀 (lower case).
     */
    private static final Pattern PROCESS_KILLED = Pattern.compile("(?<![a-z])killed\\s*$|\\b\\d+\\s+killed\\b"
            + "|\\b(?:is|was|were|got|gets|get|has been|had been|will be|being)\\s+killed\\b|oom[- ]?killer|killed by (?:the )?(?:os|oom|kernel|system)"
            + "|被\\s?(?:kil|杀)");
    /** Loading the weights (a kill while they load is host memory's), or host memory named: checkpoint shards, 加载, RAM, swap, 内存. */
    private static final Pattern LOADING_OR_RAM = Pattern.compile("checkpoint shards|\\bload(?:s|ing|ed)?\\b[^.\\n]{0,30}?(?:weight|checkpoint|shard|model)"
            + "|加载|载入|\\b(?:ram|swap|swapfile)\\b|内存|(?:system|host|cpu) memory");
    private static final Pattern VISIBLE = Pattern.compile("CUDA_VISIBLE_DEVICES=['\"]?([\\d,]{1,60})");
    private static final Pattern HEADS_TP = Pattern.compile("attention heads \\((\\d{1,4})\\) must be divisible by tensor parallel size \\((\\d{1,3})\\)");
    private static final Pattern HEADS_MP = Pattern.compile("num_heads \\((\\d{1,4})\\) must be divisible by mp_size \\((\\d{1,3})\\)");
    private static final Pattern EP_SIZE = Pattern.compile("must be divisible by ep_size=(\\d{1,3})");
    /**
     * The model-parallel split's own check, Megatron-LM's ensure_divisibility as vLLM copies it (vllm/distributed/utils.py
     * divide: assert numerator % denominator == 0, "{} is not divisible by {}"): a count of the model (heads, experts, a
     * dimension) that the number of GPUs it is split over does not divide.
     */
    private static final Pattern SPLIT_NOT_DIVISIBLE = Pattern.compile("assertionerror: \\d{1,6} is not divisible by (\\d{1,3})(?![\\d.])");
    /**
     * Tensor parallelism that takes only a power-of-two (or even) number of GPUs, in the engine's words or the person's
     * ("AssertionError: tp should be 2^n", "supported only for 2^n count of GPUs", "tp只能支持2的n次方", "Support odd count
     * of GPUs"): said next to tensor parallelism or a count of GPUs ({@link #TP_OR_GPU_COUNT}).
     */
    private static final Pattern POWER_OF_TWO_GPUS = Pattern.compile(
            "2\\s*\\^\\s*n\\b|2\\*\\*n\\b|powers? of (?:2|two)\\b|2\\s*的\\s*n\\s*次方|2\\s*的(?:整数)?次?幂|odd (?:number|count) of (?:gpu|card)|even number of (?:gpu|card)|奇数(?:张|块|个)");
    private static final Pattern TP_OR_GPU_COUNT = Pattern.compile(
            "(?<![a-z])tp(?![a-z])|tensor[ _-]?parall|张量并行|(?:张|块)(?:显)?卡|(?:number|count) of (?:gpu|card)|\\d\\s*(?:x\\s*)?gpus");
    /** A count of GPUs that is not a power of two, refused ("3 gpu's not supported?", "5张卡不支持"): the count, not the card. */
    private static final Pattern GPU_COUNT_REFUSED = Pattern.compile(
            "(?<![\\d.])[3567]\\s*(?:x\\s*)?(?:gpu|card)'?s?\\b[^.\\n]{0,20}?(?:not supported|unsupported)|(?<![\\d.])[3567三五六七]\\s*(?:张|块)(?:显)?卡[^。\\n]{0,12}?不支持");
    // Case-insensitive: the message is also pasted lower-cased (OpenBuddy #45: "valueerror: bfloat16 is only supported …").
    private static final Pattern BF16 = Pattern.compile("Bfloat16 is only supported on GPUs with compute capability of at least (\\d{1,2}\\.\\d)\\. Your (.{1,80}?) ?GPU has compute capability (\\d{1,2}\\.\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_BELOW = Pattern.compile("compute capability below (\\d{1,2}\\.\\d) (?:are|is) not supported");
    /**
     * TGI's FlashAttention check names the card's capability as two numbers: "GPU with CUDA capability 7 5 is not supported
     * for Flash Attention V2" (V2 needs Ampere, 8.0), or without "for Flash Attention V2" for its V1 kernels (Turing, 7.5);
     * also pasted as "GPU with CUDA is capability 7 0 is not supported". Lower-cased input.
     */
    private static final Pattern CUDA_CAP_REFUSED = Pattern.compile("gpu with cuda (?:is )?capability (\\d{1,2})[ .](\\d) is not supported( for flash attention v2)?");
    // vLLM's capability check of any quantization method (fp8, awq, gptq_marlin, …), capabilities as 89 for 8.9
    private static final Pattern QUANT_CAP = Pattern.compile("quantization method (\\S{2,40}) is not supported for the current GPU\\. Minimum capability: (\\d{2,3})\\. Current capability: (\\d{2,3})");
    private static final Pattern FP8_CC = Pattern.compile("FP8 quantized models is only supported on GPUs with compute capability >= (\\d{1,2}\\.\\d)");
    // Other loaders word the FP8 check their own way, with the capability needed and often the one the card has:
    // "FP8 models require a GPU with Compute Capability 8.9 or higher (e.g., RTX 4090). Your GPU's capability is 8.6"
    // (ComfyUI-QwenVL), "Device compute capability 8.9 or higher required for FP8 execution" (TransformerEngine).
    private static final Pattern CC_NEEDED = Pattern.compile("compute capability (?:of at least |>= ?|≥ ?)?(\\d{1,2}\\.\\d)(?: or (?:higher|above|newer)| is required| required)", Pattern.CASE_INSENSITIVE);
    /**
     * A feature "only supported on" GPUs of a least compute capability, whatever the feature: "FA3 is only supported on device
     * with compute capablity>=8" (vLLM V1 on a V100), "… only supported on GPUs with compute capability >= 8.9".
     */
    private static final Pattern ONLY_ON_MIN_CC = Pattern.compile("only supported on[^.\\n]{0,40}?compute\\s+capa\\w*\\s*(?:>=|≥|of at least)\\s*(\\d{1,2}(?:\\.\\d)?)",
            Pattern.CASE_INSENSITIVE);
    /** NVIDIA ptxas refusing an instruction the target architecture lacks: "Feature '.m16n8k16' requires .target sm_80 or higher". */
    private static final Pattern PTX_TARGET = Pattern.compile("requires \\.target sm_(\\d)(\\d)");
    /** torch.compile's Triton refusal names the card, the capability Triton needs and the card's. */
    private static final Pattern TRITON_CC = Pattern.compile("Found (.{1,60}?) which is too old to be supported by the triton GPU compiler.{0,80}?Capability >= (\\d{1,2}\\.\\d), but your device is of CUDA capability (\\d{1,2}\\.\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_HAVE = Pattern.compile("(?:capability is|current capability:?|has compute capability) (\\d{1,2}\\.\\d)", Pattern.CASE_INSENSITIVE);
    // xFormers lists each attention kernel it rejects, with the capability it needs and the card's, and bf16 apart:
    // "requires device with capability > (8, 0) but your GPU has capability (7, 5) (too old)", "bf16 is only supported on A100+ GPUs"
    private static final Pattern XFORMERS_CC = Pattern.compile("requires device with capability [>=]{1,2} ?\\((\\d{1,2}), ?(\\d)\\) but your GPU has capability \\((\\d{1,2}), ?(\\d)\\)");
    private static final Pattern STARTUP_FREE = Pattern.compile("Free memory on device \\S{1,20} \\((" + Num.NUM + ")/(" + Num.NUM + ") GiB\\) on startup is less than desired GPU memory utilization \\((" + Num.NUM + "), (" + Num.NUM + ") GiB\\)");
    private static final Pattern DTYPE = Pattern.compile("(?:dtype=torch\\.|--dtype[ =]|dtype=['\"]?|torch_dtype=torch\\.)(float16|bfloat16|float32|half|float|auto)\\b");
    private static final Pattern QUANT = Pattern.compile("(?:quantization=|--quantization[ =]|\\s-q )['\"]?(\\w{2,20})");
    private static final Pattern VLLM_MODEL = Pattern.compile("(?:model='|--model[ =]|\\s-model |vllm serve |--model-path[ =])([^'\\s]{2,200})");
    private static final Pattern DISK_ONLY = Pattern.compile("device_map`? (?:contains|is|has) only [\"'`]?disk");
    private static final Pattern FROM_PRETRAINED = Pattern.compile("from_pretrained\\(\\s*[\"']([^\"']{2,200})[\"']");

    // ---- ExLlama / TabbyAPI ------------------------------------------------------------------------------------
    private static final Pattern LOADING_MODEL = Pattern.compile("Loading (draft )?model: (\\S[^\\r\\n]{0,300})");

    // ---- PyTorch ---------------------------------------------------------------------------------------------
    private static final Pattern TRIED = Pattern.compile("Tried to allocate (" + Num.NUM + ") ?(GiB|MiB|KiB|GB|MB)");
    private static final Pattern OLD_CAPACITY = Pattern.compile("\\(GPU \\d{1,2}; (" + Num.NUM + ") (GiB|MiB) total capacity; (" + Num.NUM + ") (GiB|MiB|KiB|bytes) already allocated; (" + Num.NUM + ") (GiB|MiB|KiB|bytes) free");
    private static final Pattern NEW_CAPACITY = Pattern.compile("has a total capac(?:i)?ty of (" + Num.NUM + ") (GiB|MiB) of which (" + Num.NUM + ") (GiB|MiB|KiB|bytes) is free");
    private static final Pattern THIS_PROCESS = Pattern.compile("this process has (" + Num.NUM + ") (GiB|MiB|KiB|bytes) memory in use");
    private static final Pattern OTHER_PROCESS = Pattern.compile("Process \\d{1,9} has (" + Num.NUM + ") (GiB|MiB|KiB|bytes) memory in use");
    private static final Pattern RESERVED = Pattern.compile("(" + Num.NUM + ") (GiB|MiB|KiB|bytes) reserved in total by PyTorch");
    private static final Pattern BY_PYTORCH = Pattern.compile("Of the allocated memory (" + Num.NUM + ") (GiB|MiB|KiB|bytes) is allocated by PyTorch");

    // ---- speed -----------------------------------------------------------------------------------------------
    private static final Pattern EVAL_RATE = Pattern.compile("(?<!prompt )eval rate:\\s*(" + Num.NUM + ") tokens/s");
    private static final Pattern OUTPUT_GENERATED = Pattern.compile("Output generated in " + Num.NUM + " seconds \\((" + Num.NUM + ") tokens/s");
    private static final Pattern PROSE_SPEED = Pattern.compile("(?<![\\d.,])(\\d{1,4}(?:\\.\\d{1,4})?)\\s?(?:个\\s?)?(?:tokens per second|tokens/sec|tokens/s|tok/s|t/s)\\b");

    /**
     * An answer of nothing but exclamation marks (NaN logits pick token 0, "!"): a run of four or more given as the output
     * ("the output is all !!!!!!", "returns \"!!!!!\"", 结果全是"!!!!"), a line of them alone, or the words ("only
     * exclamation marks", 全是感叹号, 一串感叹号); not "!!!!" written for emphasis ("it works!!!!", "the output is wrong!!!!").
     */
    private static final Pattern NAN_OUTPUT = Pattern.compile(
            "(?:\\boutputs?|\\banswers?|\\bresponses?|\\brepl(?:y|ies)|\\bresults?|\\bcontent|\\bgenerat\\w*|\\bproduc\\w*|\\breturn\\w*"
            + "|\\brespond\\w*|\\bgives?|\\bspits? out|\\bprints?)(?:\\s+(?:is|are|was|were|only|just|all|nothing but|endless|infinite|like|with))*"
            + "\\s*[:：=]?\\s*[\"'“‘`(\\[]*[!！]{4,}"
            + "|(?:输出|返回|回复|回答|结果|生成|内容|答案)[^，。,.；;\\n!！]{0,8}?[\"'“‘`]*[!！]{4,}"
            + "|^[\\s\"'“‘`>]*[!！]{4,}[\\s\"'”’`]*$"
            + "|\\b(?:only|all|just|nothing but|endless|infinite|infinitely many|repeated|string of|series of|sequence of|bunch of|full of|lots of)"
            + "\\s+(?:\\w+\\s+){0,2}exclamation (?:marks?|points?)|\\bexclamation (?:marks?|points?) only"
            + "|(?:全|都|只|仅|一串|一堆|大量|无限|很多|一直|出现|输出|生成|返回|回复)[^，。,.；;\\n]{0,6}?感叹号",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** Reads a paste. Never throws; null or blank text gives {@link LogFacts#NONE}. */
    public static LogFacts read(String text) {
        if (text == null || text.isBlank()) return LogFacts.NONE;
        try {
            return new Reading().read(bound(text));
        } catch (RuntimeException | StackOverflowError e) {
            // A pattern choking on some input must not take the answer down: the log is then simply not read.
            return LogFacts.NONE;
        }
    }

    /** Whether the text holds an engine error or warning the diagnosis can name a cause from. */
    public static boolean hasFinding(LogFacts f) {
        return (f.maxSeqLen() > 0 && f.kvTokens() > 0 && f.maxSeqLen() > f.kvTokens()) || f.noCacheMemory()
                || f.tpNotDivisible() || f.unsupported() != null || f.driverTooOld() || f.noGpu() || f.cpuBackendOnly()
                || f.allocationFailed() || f.sysMemoryShort() || f.sysRequiredGib() > f.sysAvailableGib() || f.memoryEstimateNaN() || f.offloadedToDisk() || f.memFractionTooSmall() || f.kvCacheBelowMaxLen()
                || f.memoryHeldElsewhere() || f.modelFileRefused() || f.requestOverMaxLen() || f.vramNotRecovered()
                || f.startupFreeGib() > 0 || f.metalUsedMib() > f.metalLimitMib() || f.partialOffload() || f.nothingOnGpu() || f.gpuBlocks() == 0
                || f.ctxOverTrain() || f.batchTokensTooMany() || f.illegalAccess() || f.oomWhileGenerating() || f.vulkanValidation() || f.vulkanBufferLimit() || f.softwareFault()
                || (f.indexOutOfBounds() && f.engineIs("ktransformers")) || f.contextFull() || f.gpuLinkFault() || f.cacheShareOom() || f.hostMemoryShort()
                || f.shardOffQuantGroups() || f.nanOutput() || f.pipelineRefused() || f.runnerCrashed() || f.ggmlPoolShort() || f.tensorsOnTwoGpus()
                || f.gpusTaken() || f.metalResourceLimit() || f.parallelOverGpus();
    }

    /** The head and the tail of a paste longer than {@link #MAX_CHARS}: the start-up lines and the error. */
    static String bound(String text) {
        if (text.length() <= MAX_CHARS) return text;
        return text.substring(0, HEAD) + "\n" + text.substring(text.length() - (MAX_CHARS - HEAD));
    }

    /** One pass over the lines, filling a builder. */
    /** LMDeploy's k/v cache share as set on the command line or in TurbomindEngineConfig ("--cache-max-entry-count 0.01"). */
    private static final Pattern CACHE_SHARE_SET = Pattern.compile("cache[-_]max[-_]entry[-_]count[\\s=:]+(0?\\.\\d{1,3}|0|1)(?![\\d.])");
    /**
     * A share at or below which the reservation is not what runs out: a tenth of a 24 GB card is 2.4 GB, the cache of a
     * few thousand tokens of a 7B model, where the default 0.8 takes most of the card.
     */
    static final double SMALL_CACHE_SHARE = 0.1;

    /** The card's gfx target in Ollama's refusal: "gpu_type=gfx1032" (0.2 on), "amdgpu [0] gfx1103 is not supported by" (0.1.x). */
    private static final Pattern REFUSED_GFX = Pattern.compile("(?:gpu_type=|amdgpu \\[\\d+] )(gfx[0-9a-f]{3,4})\\b");
    /** The targets its ROCm build carries, the bracketed list after the refusal ("supported types:[gfx1030 gfx1100]"). */
    private static final Pattern GFX_LIST = Pattern.compile("\\[((?:\\s*gfx[0-9a-f]{3,4}[\\s,]*)+)]");
    /** A virtual machine, as people name it beside a log. */
    private static final Pattern VIRTUAL_MACHINE = Pattern.compile(
            "\\b(?:vms?|virtual machines?|proxmox|esxi|vmware|hyper-v|kvm|qemu|virtualbox|vps)\\b|虚拟机", Pattern.CASE_INSENSITIVE);

    private static final class Reading {
        private final LogFacts.Builder b = new LogFacts.Builder();
        private final Map<Engine, Integer> signals = new EnumMap<>(Engine.class);
        private final Set<String> backends = new LinkedHashSet<>();
        private final List<Double> availablePerLoad = new ArrayList<>();
        private final List<Double> processes = new ArrayList<>();
        private double pytorchAllocatedGib;
        /** Ollama refused its GPU runners on a CPU without AVX; in a VM whose CPU flags the host sets, or not. */
        private boolean gpuOffWithoutAvx;
        private boolean inVm;
        /** Ollama's ROCm refusal: on Windows, the override advised by the log itself, no x.y.0 target of the card's family listed. */
        private boolean amdOnWindows;
        private boolean overrideAdvised;
        private boolean amdNoOverrideTarget;
        private double repeatingGib;
        private double graphFullGib;
        private double graphPartialGib;
        private double projectorGib;
        private double projectorGraphGib;
        private double reservedGib;
        private String draftModel;
        private String mainModel;
        private double proseSpeed;
        private double slowestMsPerToken;
        private int ctxFlag;
        private int argMaxLen;
        /** The tensor-parallel size said in words ({@link #TP_SAID}), for when the engine's own line or flag gives none. */
        private int saidTp;
        /** The launch shards experts or attention over its data-parallel ranks (expert parallelism, DP attention). */
        private boolean dpSharded;
        private boolean generating;
        /** xFormers: the lowest capability one of its rejected kernels needs, the card's, and whether bf16 was refused. */
        private double xformersNeed;
        private double xformersHave;
        private boolean xformersBf16;
        /** A traceback frame of the code that allocates a KV cache was seen: an out-of-memory after it is the cache's. */
        private boolean cacheFrame;
        /** The operating system killed the process ({@link #PROCESS_KILLED}); host memory when loading or RAM is named too. */
        private boolean processKilled;
        private boolean loadingOrRam;
        /** llama.cpp's system info (2023 builds) said BLAS = 0: the line, kept as the reason when no GPU shows elsewhere. */
        private String noBlasLine;

        LogFacts read(String text) {
            int start = 0;
            int n = text.length();
            List<String> lines = new ArrayList<>();
            while (start < n) {
                int end = text.indexOf('\n', start);
                if (end < 0) end = n;
                String line = text.substring(start, Math.min(end, start + MAX_LINE));
                if (!line.isBlank()) lines.add(line);
                start = end + 1;
            }
            for (String line : lines) line(line);
            // only a refusal read above needs these whole-text scans: a VM's CPU flags are a setting of its host (gh ollama
            // #8399: AVX enabled for the VM, and the GPU was used); Ollama's 0.1.x Windows log advised the override itself
            if (gpuOffWithoutAvx) inVm = Prefilter.find(VIRTUAL_MACHINE, text);
            if (amdOnWindows) overrideAdvised = text.toLowerCase(Locale.ROOT).contains("for hsa_override_gfx_version usage");
            // after every line was read whole, so that a wrapped message only fills what no whole line gave
            for (int i = 0; i < lines.size(); i++) torchWrapped(lines, i);
            if (Prefilter.find(NAN_OUTPUT, text)) b.nanOutput = true;
            Matcher share = CACHE_SHARE_SET.matcher(text);
            while (share.find()) if (Double.parseDouble(share.group(1)) <= SMALL_CACHE_SHARE) b.smallCacheShare = true;
            finish();
            return b.build();
        }

        /**
         * PyTorch's out-of-memory message is one long line, which a terminal or a quoted paste often wraps ("… 23.33 GiB" /
         * "already allocated; …"): when a line starts the message's capacity part and holds no complete form of it, the
         * figures are read again from it joined with the next lines (where the wrap left a space, then where it cut a word).
         */
        private void torchWrapped(List<String> lines, int i) {
            String line = lines.get(i);
            if (!(line.contains("Tried to") || line.contains("allocate ") || line.contains("capac") || line.contains("(GPU "))) return;
            // from the line before (a wrap inside "Tried to / allocate") to six lines after (the message runs to about 400 characters)
            int from = Math.max(0, i - 1);
            StringBuilder spaced = new StringBuilder(lines.get(from).stripTrailing());
            StringBuilder cut = new StringBuilder(lines.get(from).stripTrailing());
            for (int j = from + 1; j < Math.min(lines.size(), i + 7); j++) {
                String next = lines.get(j).strip();
                spaced.append(' ').append(next);
                cut.append(next);
            }
            for (String joined : List.of(spaced.toString(), cut.toString())) {
                Matcher m;
                if (b.totalGib == 0 && (m = OLD_CAPACITY.matcher(joined)).find()) {
                    b.totalGib = Num.gib(Num.d(m.group(1)), m.group(2));
                    b.allocatedGib = Num.gib(Num.d(m.group(3)), m.group(4));
                    b.freeMib = Num.mib(Num.d(m.group(5)), m.group(6));
                } else if (b.totalGib == 0 && (m = NEW_CAPACITY.matcher(joined)).find()) {
                    b.totalGib = Num.gib(Num.d(m.group(1)), m.group(2));
                    b.freeMib = Num.mib(Num.d(m.group(3)), m.group(4));
                }
                if (b.triedMib == 0 && (m = TRIED.matcher(joined)).find()) {
                    b.triedMib = Num.mib(Num.d(m.group(1)), m.group(2));
                    b.outOfMemory = true;
                }
                if (b.processGib == 0 && (m = THIS_PROCESS.matcher(joined)).find()) b.processGib = Num.gib(Num.d(m.group(1)), m.group(2));
                if (pytorchAllocatedGib == 0 && (m = BY_PYTORCH.matcher(joined)).find()) pytorchAllocatedGib = Num.gib(Num.d(m.group(1)), m.group(2));
                if (reservedGib == 0 && (m = RESERVED.matcher(joined)).find()) reservedGib = Num.gib(Num.d(m.group(1)), m.group(2));
                // other processes only when no line held one whole (a wrap through "Process 2722 has 22.22 GiB / memory in use")
                if (processes.isEmpty()) {
                    m = OTHER_PROCESS.matcher(joined);
                    while (m.find()) processes.add(Num.gib(Num.d(m.group(1)), m.group(2)));
                }
            }
        }

        private void line(String line) {
            String low = line.toLowerCase(Locale.ROOT);
            engineSignals(low);
            llamaCpp(line, low);
            ollama(line, low);
            vllm(line, low);
            torch(line);
            speed(line, low);
            // Frames of the code that allocates a KV cache up front (LightLLM's key/value buffers, ExLlamaV2Cache's state
            // tensors); PyTorch's out-of-memory error follows the frames of the failing allocation. (vLLM's pool has its own checks.)
            if (low.contains("value_buffer") || low.contains("key_buffer") || low.contains("kv_buffer")
                    || low.contains("create_state_tensors")) cacheFrame = true;
            // Frames of the generation loop (transformers generate/sample, text-generation-webui's callback) and the
            // webui's summary line: the model had loaded, and the memory ran out while generating.
            if (low.contains(", in generate") || low.contains("generation/utils.py") || low.contains("generate_with_callback")
                    || low.contains(", in sample") || low.contains(", in greedy_search") || low.contains("output generated in")) generating = true;
            // the engines' own messages, by their stable words
            for (EngineMessages.Match m : EngineMessages.in(low)) found(m, line, low);
            // the engine's own report ("offloading 0 repeating layers to GPU", "offloaded 0/41 layers") sets nothing
            if ((low.contains("offload") && !Prefilter.find(OFFLOAD_REPORT, low)) || low.contains("-ngl") || low.contains("n-gpu-layers") || low.contains("gpu-layers") || low.contains("n_gpu_layers")
                    || low.contains("num_gpu ") || low.contains("gpu_layers")) b.nglGiven = true;
            // Set by hand, as opposed to the "offloaded n/N" an engine reports after choosing the split itself.
            if (low.contains("-ngl") || low.contains("n-gpu-layers") || low.contains("gpu-layers") || low.contains("n_gpu_layers")
                    || low.contains("num_gpu ") || low.contains("gpu_layers")) b.layersSetByUser = true;
            // ggml's backend error report names the device and the operation that failed on it (ggml_cuda_error in
            // ggml/src/ggml-cuda/ggml-cuda.cu: "  current device: %d, in function %s at %s:%d"): the GPU was running work
            if (Prefilter.find(GPU_OP_FAILED, low)) b.gpuKernelRan = true;
            // the operating system stopped the process for want of RAM: bash's job report ("line 5: 12989 Killed", "…it/s]Killed"),
            // the process told killed, 被kill; not a runner a supervisor reports ("runner process has terminated: signal: killed")
            if (Prefilter.find(LOADING_OR_RAM, low)) loadingOrRam = true;
            if (low.contains("kil") || low.contains("杀")) {
                if (Prefilter.find(PROCESS_KILLED, low) && !low.contains("signal: killed")) processKilled = true;
            }
            if (Prefilter.find(LLAMA_RUN, low) || low.contains("./main") || low.contains("bin/main ")
                    || low.contains("/main -m") || low.contains("llama-cpp-python")
                    || low.contains("llama_print_timings") || low.contains("llama(model_path")) b.llamaCommand = true;
            // programs whose default is no GPU layer whatever the build: the old main binary, llama-cpp-python, and any
            // build old enough to print llama_print_timings (renamed llama_perf in September 2024, before the change)
            if (low.contains("./main") || low.contains("bin/main ") || low.contains("/main -m") || low.contains("main.exe")
                    || low.contains("llama-cpp-python") || low.contains("llama(model_path")
                    || low.contains("llama_print_timings")) b.zeroLayerProgram = true;
            Matcher build;
            if (b.llamaBuild == 0 && (low.contains("build") || low.contains("version") || low.contains("llama-b"))
                    && (build = LLAMA_BUILD.matcher(low)).find()) {
                b.llamaBuild = Num.i(build.group(1) != null ? build.group(1) : build.group(2));
            }
        }

        private void signal(Engine e) { signals.merge(e, 1, Integer::sum); }

        private void engineSignals(String low) {
            if (low.contains("ollama") || low.contains("source=server.go") || low.contains("source=sched.go")
                    || low.contains("msg=offload") || low.contains("llama runner") || low.contains("parameter num_ctx")) signal(Engine.OLLAMA);
            if (low.contains("ktransformer") || low.contains("cache_lens") || low.contains("--cpu_infer")) signal(Engine.KTRANSFORMERS);
            if (low.contains("sglang") || low.contains("mem-fraction-static") || low.contains("mem_fraction_static")) signal(Engine.SGLANG);
            if (low.contains("text_generation_") || low.contains("shardcannotstart") || low.contains("text-generation-inference")
                    || low.contains("max-batch-prefill-tokens") || low.contains("max_batch_prefill_tokens")
                    || low.contains("max-batch-total-tokens") || low.contains("max_batch_total_tokens")) signal(Engine.TGI);
            if (low.contains("exllama") || low.contains("exui") || low.contains("insufficient vram for model and cache")) signal(Engine.EXLLAMA);
            if (low.contains("vllm") || low.contains("llm_engine.py") || low.contains("gpu blocks") || low.contains("gpu_memory_utilization")
                    || low.contains("gpu-memory-utilization") || low.contains("max_model_len") || low.contains("enginecore")
                    || low.contains("max seq len") || low.contains("for the cache blocks") || low.contains("tensor parallel size")
                    || low.contains("bfloat16 is only supported") || low.contains("xformers does not support")
                    // vLLM's own start-up lines (a GGUF file loaded by vLLM is no llama.cpp run)
                    || low.contains("gpu_executor.py") || low.contains("loading model weights took")
                    || low.contains("maximum concurrency for")) signal(Engine.VLLM);
            if (low.contains("llama_") || low.contains("llm_load") || low.contains("load_tensors") || low.contains("ggml")
                    || low.contains(".gguf") || low.contains("llama-cli") || low.contains("llama-server") || low.contains("llama.cpp")
                    || low.contains("llama-cpp") || low.contains("print_info:")) signal(Engine.LLAMA_CPP);
            if (low.contains("transformers") || low.contains("from_pretrained") || low.contains("outofmemoryerror")
                    || low.contains("accelerate") || low.contains("torchrun") || low.contains("flashattention")
                    || low.contains("torchtune")) signal(Engine.TRANSFORMERS);
        }

        private void llamaCpp(String line, String low) {
            Matcher m;
            if (line.contains(" layers ") && b.layersOffloaded < 0 && (m = OFFLOADED_PROSE.matcher(line)).find()) {
                b.layersOffloaded = Num.i(m.group(1));
                b.layersTotal = Num.i(m.group(2));
            }
            if (low.contains("layers to ") && (m = DeviceLines.OFFLOADED.matcher(line)).find()) {
                if (b.layersOffloaded < 0) {
                    b.layersOffloaded = Num.i(m.group(1));
                    b.layersTotal = Num.i(m.group(2));
                }
            }
            if (line.contains("buffer size")) {
                if ((m = MODEL_BUFFER.matcher(line)).find()) {
                    double mib = Num.d(m.group(2));
                    if (onGpu(m.group(1))) b.gpuModelMib += mib; else b.cpuModelMib += mib;
                }
                if (line.contains("KV buffer") && (m = KV_BUFFER.matcher(line)).find()) {
                    double mib = Num.d(m.group(2));
                    if (onGpu(m.group(1))) b.gpuKvMib += mib; else b.cpuKvMib += mib;
                }
                if (line.contains("compute buffer") && (m = COMPUTE_BUFFER.matcher(line)).find() && onGpu(m.group(1))) {
                    b.gpuComputeMib += Num.d(m.group(2));
                }
            }
            if (line.contains("allocated") && line.contains("buffer, size") && (m = METAL_ALLOC.matcher(line)).find()) {
                b.metalUsedMib = Math.max(b.metalUsedMib, Num.d(m.group(1)));
                b.metalLimitMib = Num.d(m.group(2));
            }
            if (line.contains("maximum recommended size") && (m = MLX_WORKING_SET.matcher(line)).find()) {
                b.metalUsedMib = Math.max(b.metalUsedMib, Num.d(m.group(1)));
                b.metalLimitMib = Num.d(m.group(2));
            }
            if (line.contains("VRAM used") && (m = VRAM_USED.matcher(line)).find() && b.gpuModelMib == 0) b.gpuModelMib = Num.d(m.group(1));
            if (line.contains("n_ctx") && b.nCtx == 0 && (m = N_CTX.matcher(line)).find()) b.nCtx = Num.i(m.group(1));
            if (line.contains("kv_size") && b.kvSize == 0 && (m = KV_SIZE.matcher(line)).find()) b.kvSize = Num.i(m.group(1));
            if ((low.contains("ctx") || low.contains("context") || line.contains(" -c ")) && ctxFlag == 0 && (m = CTX_FLAG.matcher(line)).find()) ctxFlag = Num.i(m.group(1));
            if (line.contains("cudaMalloc failed") && (m = ALLOCATING.matcher(line)).find() && b.allocFailMib == 0) {
                b.allocFailMib = Num.d(m.group(1));
                b.allocFailDevice = Num.i(m.group(2));
                b.outOfMemory = true;
            }
            // Vulkan's out-of-device-memory: the GPU could not give a buffer, as cudaMalloc's "out of memory"
            if (line.contains("Device memory allocation of size") && (m = VULKAN_ALLOC.matcher(line)).find() && b.allocFailMib == 0) {
                b.allocFailMib = Num.d(m.group(1)) / (1024.0 * 1024.0);
                b.outOfMemory = true;
            }
            if (line.contains("failed to allocate") && (m = FAILED_BUFFER.matcher(line)).find()) {
                if (b.allocFailMib == 0) b.allocFailMib = Num.d(m.group(2)) / (1024.0 * 1024.0);
                // Ollama's runner error keeps ggml's buffer line but not the cudaMalloc line before it that names the device
                if (b.allocFailDevice < 0 && m.group(1) != null) b.allocFailDevice = bufferDevice(m.group(1));
            }
            if (line.contains("devices") && (m = DeviceLines.FOUND_DEVICES.matcher(line)).find()) b.gpuCount = Math.max(b.gpuCount, Num.i(m.group(1)));
            if (line.contains("Device ") && (m = DeviceLines.DEVICE.matcher(line)).find() && b.gpuName == null) b.gpuName = m.group(2).strip();
            if (line.contains("MiB free") && (m = DeviceLines.USING_DEVICE.matcher(line)).find() && b.gpuName == null) b.gpuName = m.group(2).strip();
            if (line.contains("load_backend") && (m = LOAD_BACKEND.matcher(line)).find()) backends.add(m.group(1).toUpperCase(Locale.ROOT));
            if (line.contains("BLAS = 0") && noBlasLine == null) noBlasLine = clip(line.strip());
            if (line.contains("general.name") && b.model == null && (m = GENERAL_NAME.matcher(line)).find()) b.model = m.group(1).strip();
            if ((line.contains("file type") || line.contains("model ftype")) && b.fileType == null && (m = FILE_TYPE.matcher(line)).find()) b.fileType = m.group(1).strip();
            if (line.contains("ftype") && b.fileType == null && (m = FTYPE_OLD.matcher(line)).find()) b.fileType = m.group(1).strip();
            if (line.contains(" size") && b.fileSizeGib == 0 && (m = FILE_SIZE.matcher(line)).find()) b.fileSizeGib = Num.d(m.group(1));
            if (b.paramsB == 0 && (m = PARAMS.matcher(line)).find()) {
                double p = Num.d(m.group(1));
                if (p >= 0.5 && p <= 1000) b.paramsB = p;
            }
            if (line.contains(".gguf") && b.model == null && (m = GGUF_ARG.matcher(line)).find()) b.model = m.group(1);
        }

        private void ollama(String line, String low) {
            Matcher m;
            if (line.contains("system memory") && (m = SYS_MEMORY.matcher(line)).find()) {
                b.sysRequiredGib = Num.d(m.group(1));
                b.sysAvailableGib = Num.d(m.group(2));
            }
            // another engine's memory check in the same terms: the model's size against the memory it may use
            if (line.contains("max-model-memory") && (m = MAX_MODEL_MEMORY.matcher(line)).find()) {
                b.sysRequiredGib = Num.d(m.group(1));
                b.sysAvailableGib = Num.d(m.group(2));
            }
            if (line.contains("layers.model") && b.ollamaLayersModel == 0 && (m = LAYERS_MODEL.matcher(line)).find()) b.ollamaLayersModel = Num.i(m.group(1));
            if (line.contains("layers.offload") && b.ollamaLayersOffload < 0 && (m = LAYERS_OFFLOAD.matcher(line)).find()) b.ollamaLayersOffload = Num.i(m.group(1));
            if (line.contains("memory.available") && (m = MEM_AVAILABLE.matcher(line)).find()) {
                double sum = 0;
                int gpus = 0;
                Matcher s = SIZE_UNIT.matcher(m.group(1));
                while (s.find()) {
                    sum += Num.gib(Num.d(s.group(1)), s.group(2));
                    gpus++;
                }
                availablePerLoad.add(sum);
                if (availablePerLoad.size() == 1) b.ollamaAvailableGib = sum;
                b.gpuCount = Math.max(b.gpuCount, gpus);
            }
            if (line.contains("memory.required.full") && b.ollamaRequiredFullGib == 0 && (m = MEM_FULL.matcher(line)).find()) b.ollamaRequiredFullGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("memory.required.kv") && b.ollamaRequiredKvGib == 0 && (m = MEM_KV.matcher(line)).find()) b.ollamaRequiredKvGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("memory.weights.total") && b.ollamaWeightsGib == 0 && (m = MEM_WEIGHTS.matcher(line)).find()) b.ollamaWeightsGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("memory.weights.repeating") && repeatingGib == 0 && (m = MEM_REPEATING.matcher(line)).find()) repeatingGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("memory.graph.full") && graphFullGib == 0 && (m = GRAPH_FULL.matcher(line)).find()) graphFullGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("memory.graph.partial") && graphPartialGib == 0 && (m = GRAPH_PARTIAL.matcher(line)).find()) graphPartialGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("projector.weights") && projectorGib == 0 && (m = PROJECTOR_WEIGHTS.matcher(line)).find()) projectorGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("projector.graph") && projectorGraphGib == 0 && (m = PROJECTOR_GRAPH.matcher(line)).find()) projectorGraphGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("total=\"") && (m = DeviceLines.INFERENCE_COMPUTE.matcher(line)).find()) {
                if (b.gpuName == null) b.gpuName = m.group(1);
                if (b.gpuMemGib == 0) b.gpuMemGib = Num.d(m.group(2));
            }
            if (line.contains("CPU/GPU") && (m = PS_SPLIT.matcher(line)).find()) b.cpuPercent = Num.i(m.group(1));
            if (line.contains("100%") && b.cpuPercent < 0 && (m = PS_FULL.matcher(line)).find()) b.cpuPercent = "CPU".equals(m.group(1)) ? 100 : 0;
            if (low.contains("inference compute") && low.contains("library=cpu")) {
                b.noGpu = true;
                if (b.noGpuReason == null) b.noGpuReason = "Ollama's inference compute is the CPU (library=cpu)";
            }
            if (line.contains("ollama run") && b.model == null && (m = OLLAMA_RUN.matcher(line)).find()) b.model = m.group(1);
            if (line.contains("msg=system")) {
                m = SYSTEM_BACKEND.matcher(line);
                while (m.find()) backends.add(m.group(1).toUpperCase(Locale.ROOT));
            }
            if (low.contains("requested context size too large")) {
                if (line.contains("num_ctx=") && (m = NUM_CTX_KV.matcher(line)).find() && b.nCtx == 0) b.nCtx = Num.i(m.group(1));
                if (line.contains("n_ctx_train=") && (m = N_CTX_TRAIN_KV.matcher(line)).find()) b.nCtxTrain = Num.i(m.group(1));
            }
            if (line.contains("n_ctx_train") && line.contains("overflow") && (m = CTX_OVERFLOW.matcher(line)).find()) {
                b.ctxOverTrain = true;
                if (b.nCtx == 0) b.nCtx = Num.i(m.group(1));
                b.nCtxTrain = Num.i(m.group(2));
            }
            if (line.contains("Not enough memory to handle") && b.batchTokens == 0 && (m = TGI_TOKENS.matcher(line)).find()) b.batchTokens = Num.i(m.group(1));
            if (line.contains("context ") && line.contains("Output generated") && ctxFlag == 0 && (m = TEXTGEN_CONTEXT.matcher(line)).find()) ctxFlag = Num.i(m.group(1));
        }

        private void vllm(String line, String low) {
            Matcher m;
            if (line.contains("stored in KV cache") && (m = MAX_SEQ_KV.matcher(line)).find()) {
                b.maxSeqLen = Num.i(m.group(1));
                b.kvTokens = Num.i(m.group(2));
            }
            if (line.contains("KV cache is needed") && (m = KV_NEEDED.matcher(line)).find()) {
                b.maxSeqLen = Num.i(m.group(1));
                Matcher est = ESTIMATED_MAX_LEN.matcher(line);
                // the cache's tokens: vLLM's own estimate when printed, else the max length scaled by available / needed
                double needed = Num.d(m.group(2));
                if (est.find()) b.kvTokens = Num.i(est.group(1));
                else if (needed > 0) b.kvTokens = (int) (b.maxSeqLen * Num.d(m.group(3)) / needed);
            }
            if (line.contains("derived max_model_len") && (m = DERIVED_MAX_LEN.matcher(line)).find()) {
                if (b.nCtx == 0) b.nCtx = Num.i(m.group(1));
                b.nCtxTrain = Num.i(m.group(2));
            }
            if (low.contains(" blocks:") && b.gpuBlocks < 0 && (m = GPU_BLOCKS.matcher(line)).find()) b.gpuBlocks = Num.i(m.group(1));
            // vLLM's profile line: a negative reserve means the weights and activations already fill its share
            if (low.contains("reserved for kv cache is -")) b.noCacheMemory = true;
            if (line.contains("KV cache size") && b.kvTokens == 0 && (m = KV_CACHE_TOKENS.matcher(line)).find()) b.kvTokens = (int) Num.d(m.group(1));
            if (line.contains("Maximum concurrency") && (m = CONCURRENCY.matcher(line)).find()) {
                if (argMaxLen == 0) argMaxLen = (int) Num.d(m.group(1));
                b.maxConcurrency = Num.d(m.group(2));
            }
            if ((low.contains("max_seq_len") || low.contains("max_model_len") || low.contains("max-model-len")) && argMaxLen == 0
                    && (m = MAX_LEN_ARG.matcher(line)).find()) argMaxLen = Num.i(m.group(1));
            if (line.contains("model: ") && (m = LOADING_MODEL.matcher(line)).find()) {
                if (m.group(1) != null) draftModel = m.group(2).strip(); else if (mainModel == null) mainModel = m.group(2).strip();
            }
            // ExLlama's automatic split (TabbyAPI gpu_split_auto, load_autosplit) fills the first GPUs up to their size
            if (low.contains("gpu_split_auto") || low.contains("autosplit") || low.contains("auto split") || low.contains("auto-split")) b.autoSplit = true;
            if (low.contains("memory_utilization") || low.contains("memory-utilization")) {
                if (b.gpuMemUtil == 0 && (m = UTIL.matcher(line)).find()) b.gpuMemUtil = Num.d(m.group(1));
            }
            if (line.contains("took") || line.contains("Memory usage:")) {
                if (b.weightsGb == 0 && (m = WEIGHTS_TOOK.matcher(line)).find()) b.weightsGb = Num.d(m.group(1));
            }
            if (line.contains("total_gpu_memory") && (m = TOTAL_GPU_MEMORY.matcher(line)).find() && b.gpuMemGib == 0) b.gpuMemGib = Num.d(m.group(1));
            if ((line.contains("kv_cache_size") || line.contains("KV cache memory")) && b.kvCacheGib == 0 && (m = KV_CACHE_SIZE.matcher(line)).find()) b.kvCacheGib = Num.d(m.group(1));
            if ((low.contains("tensor") || low.contains("tp")) && b.tensorParallel == 0 && (m = TP_ARG.matcher(line)).find()) b.tensorParallel = Num.i(m.group(1));
            if ((low.contains("dp") || low.contains("data")) && b.dataParallel == 0 && (m = DP_ARG.matcher(low)).find()) b.dataParallel = Num.i(m.group(1));
            if (low.contains("expert") || low.contains("dp-attention") || low.contains("dp_attention") || low.contains("ep-size")) {
                if (Prefilter.find(DP_SHARDED, low)) dpSharded = true;
            }
            if ((low.contains("tensor") || line.contains("TP") || line.contains("张量并行")) && saidTp == 0 && (m = TP_SAID.matcher(line)).find()) {
                saidTp = Num.i(firstGroup(m));
            }
            if (line.contains("CUDA_VISIBLE_DEVICES") && (m = VISIBLE.matcher(line)).find()) {
                int ids = 0;
                for (String id : m.group(1).split(",")) if (!id.isBlank()) ids++;
                b.visibleGpus = Math.max(b.visibleGpus, ids);
            }
            if (line.contains("must be divisible")) {
                if ((m = HEADS_TP.matcher(line)).find() || (m = HEADS_MP.matcher(line)).find()) {
                    b.heads = Num.i(m.group(1));
                    b.tpSize = Num.i(m.group(2));
                    b.tpNotDivisible = true;
                } else if ((m = EP_SIZE.matcher(line)).find()) {
                    b.tpSize = Num.i(m.group(1));
                    b.tpNotDivisible = true;
                }
            }
            if (low.contains("not divisible by the number of tensor parallel")) b.tpNotDivisible = true;
            if (low.contains("assertionerror") && (m = SPLIT_NOT_DIVISIBLE.matcher(low)).find()) {
                b.tpSize = Num.i(m.group(1));
                b.tpNotDivisible = true;
            }
            // the same constraint in other words ("requires the number of GPUs to be divisible by 32", "heads … cannot be divisible")
            if (low.contains("divisible") && (low.contains("gpu") || low.contains("tensor parallel") || low.contains("attention heads"))) b.tpNotDivisible = true;
            if ((Prefilter.find(POWER_OF_TWO_GPUS, low) && Prefilter.find(TP_OR_GPU_COUNT, low)) || Prefilter.find(GPU_COUNT_REFUSED, low)) {
                b.tpNotDivisible = true;
                b.tpPowerOfTwo = true;
            }
            if (low.contains("bfloat16") && (m = BF16.matcher(line)).find()) {
                unsupported("bf16", Num.d(m.group(1)), Num.d(m.group(3)));
                if (b.gpuName == null) b.gpuName = m.group(2).strip();
            }
            if (low.contains("triton gpu compiler") && (m = TRITON_CC.matcher(line)).find()) {
                unsupported("triton", Num.d(m.group(2)), Num.d(m.group(3)));
                if (b.gpuName == null) b.gpuName = m.group(1).strip();
            }
            if (line.contains("compute capability below") && (m = CC_BELOW.matcher(line)).find()) unsupported("compute", Num.d(m.group(1)), 0);
            if (low.contains("gpu with cuda") && (m = CUDA_CAP_REFUSED.matcher(low)).find())
                unsupported("flash-attn", m.group(3) != null ? 8.0 : 7.5, Num.d(m.group(1) + "." + m.group(2)));
            if (line.contains("quantization method") && (m = QUANT_CAP.matcher(line)).find()) {
                unsupported(m.group(1).contains("fp8") ? "fp8" : "quantization", Num.d(m.group(2)) / 10, Num.d(m.group(3)) / 10);
            }
            if (line.contains("FP8") && (m = FP8_CC.matcher(line)).find()) unsupported("fp8", Num.d(m.group(1)), 0);
            if (low.contains("only supported on") && (m = ONLY_ON_MIN_CC.matcher(line)).find()) unsupported(feature(low.substring(0, m.start())), Num.d(m.group(1)), 0);
            if (low.contains(".target sm_") && (m = PTX_TARGET.matcher(low)).find()) unsupported("compute", Num.d(m.group(1) + "." + m.group(2)), 0);
            if (low.contains("fp8") && low.contains("compute capability") && (m = CC_NEEDED.matcher(line)).find()) {
                double need = Num.d(m.group(1));
                Matcher have = CC_HAVE.matcher(line);
                unsupported("fp8", need, have.find() ? Num.d(have.group(1)) : 0);
            }
            if (low.contains("requires device with capability") && (m = XFORMERS_CC.matcher(line)).find()) {
                double need = Num.d(m.group(1) + "." + m.group(2));
                if (xformersNeed == 0 || need < xformersNeed) xformersNeed = need;
                xformersHave = Num.d(m.group(3) + "." + m.group(4));
            }
            if (line.contains("on startup is less than") && (m = STARTUP_FREE.matcher(line)).find()) {
                b.startupFreeGib = Num.d(m.group(1));
                if (b.gpuMemGib == 0) b.gpuMemGib = Num.d(m.group(2));
                b.gpuMemUtil = Num.d(m.group(3));
                b.startupWantedGib = Num.d(m.group(4));
            }
            if (low.contains("dtype") && b.dtype == null && (m = DTYPE.matcher(line)).find()) b.dtype = dtype(m.group(1));
            if (low.contains("quantization") || line.contains(" -q ")) {
                if (b.quantization == null && (m = QUANT.matcher(line)).find()) b.quantization = m.group(1).toLowerCase(Locale.ROOT);
            }
            if (b.model == null && (low.contains("model") || low.contains("vllm serve")) && (m = VLLM_MODEL.matcher(line)).find()) b.model = m.group(1);
            if (b.model == null && line.contains("from_pretrained") && (m = FROM_PRETRAINED.matcher(line)).find()) b.model = m.group(1);
            // accelerate puts weights on disk only when the GPUs and the RAM cannot hold them; a device_map that "contains only \"disk\""
            if (low.contains("device_map") && Prefilter.find(DISK_ONLY, low)) b.offloadedToDisk = true;
        }

        /** What one of the engines' own messages shows, as the facts the diagnosis rules read. */
        private void found(EngineMessages.Match match, String line, String low) {
            Engine printedBy = match.message().engine();
            if (printedBy != null) signal(printedBy);
            switch (match.message().finding()) {
                case OUT_OF_MEMORY -> {
                    b.outOfMemory = true;
                    // "out of memory … kv buffer size allocating 43G", or after the frames of a cache allocation: the KV cache failed
                    if (low.contains("kv buffer") || low.contains("kv cache") || cacheFrame) b.kvAllocFailed = true;
                }
                case WEIGHTS_NOT_ALLOCATED -> b.modelAllocFailed = true;
                case WEIGHTS_ON_DISK -> b.offloadedToDisk = true;
                case KV_NOT_ALLOCATED -> b.kvAllocFailed = true;
                case COMPUTE_NOT_ALLOCATED -> b.computeAllocFailed = true;
                case LOGITS_NOT_ALLOCATED -> b.logitsAllocFailed = true;
                case CONTEXT_OVER_TRAINING -> b.ctxOverTrain = true;
                // clients quote Ollama's check without its figures ("model requires more system memory" while it's not)
                case SYSTEM_MEMORY_SHORT -> b.sysMemoryShort = true;
                case HOST_MEMORY_SHORT -> b.hostMemoryShort = true;
                case CACHE_SHARE_OOM -> {
                    b.outOfMemory = true;
                    b.cacheShareOom = true;
                }
                case NO_CACHE_MEMORY -> b.noCacheMemory = true;
                case KV_CACHE_BELOW_MAX_LEN -> b.kvCacheBelowMaxLen = true;
                case KV_POOL_TOO_SMALL -> b.memFractionTooSmall = true;
                case REQUEST_OVER_MAX_LEN -> b.requestOverMaxLen = true;
                case PARTLY_ON_CPU -> b.offloadedToCpu = true;
                case NO_GPU, NO_GPU_WITHOUT_AVX -> {
                    b.noGpu = true;
                    if (b.noGpuReason == null) b.noGpuReason = clip(message(line));
                    if (match.message().finding() == EngineMessages.Finding.NO_GPU_WITHOUT_AVX) gpuOffWithoutAvx = true;
                    if (low.contains("amdgpu") && low.contains("is not supported")) amdRefusal(low);
                }
                case DRIVER_TOO_OLD -> {
                    b.driverTooOld = true;
                    // the message itself, not the timestamp and library path in front of it
                    if (b.noGpuReason == null) b.noGpuReason = clip(line.substring(match.at()).strip());
                }
                case NO_KERNELS_FOR_GPU -> unsupported("kernels", 0, 0);
                case NO_MOE_KERNEL_FOR_FORMAT -> unsupported("moe-kernels", 0, 0);
                // figures the patterns read come first; a message without them still names what the GPU lacks
                case GPU_LACKS_FEATURE -> lacks(low);
                case TP_NOT_DIVISIBLE -> b.tpNotDivisible = true;
                case PIPELINE_UNSUPPORTED -> b.pipelineRefused = true;
                case PARALLEL_OVER_GPUS -> b.parallelOverGpus = true;
                case TENSORS_ON_TWO_GPUS -> b.tensorsOnTwoGpus = true;
                case SHARD_OFF_QUANT_GROUPS -> b.shardOffQuantGroups = true;
                case BATCH_TOO_LARGE -> {
                    b.batchTokensTooMany = true;
                    b.outOfMemory = true;
                }
                case MEMORY_HELD_ELSEWHERE -> b.memoryHeldElsewhere = true;
                case VRAM_NOT_RECOVERED -> b.vramNotRecovered = true;
                case GPUS_TAKEN -> b.gpusTaken = true;
                case MODEL_FILE_REFUSED -> b.modelFileRefused = true;
                case MEMORY_ESTIMATE_NAN -> b.memoryEstimateNaN = true;
                case ILLEGAL_ACCESS -> b.illegalAccess = true;
                case VULKAN_VALIDATION -> b.vulkanValidation = true;
                case VULKAN_BUFFER_LIMIT -> b.vulkanBufferLimit = true;
                case METAL_RESOURCE_LIMIT -> b.metalResourceLimit = true;
                case PAST_FIXED_CACHE -> b.indexOutOfBounds = true;
                case SOFTWARE_FAULT -> b.softwareFault = true;
                case CONTEXT_FULL -> b.contextFull = true;
                case GPU_LINK_FAULT -> b.gpuLinkFault = true;
                case RUNNER_CRASHED -> b.runnerCrashed = true;
                case GGML_POOL_SHORT -> {
                    b.ggmlPoolShort = true;
                    Matcher pool = GGML_POOL.matcher(low);
                    if (pool.find()) {
                        b.ggmlPoolNeededBytes = Num.d(pool.group(1));
                        b.ggmlPoolAvailableBytes = Num.d(pool.group(2));
                    }
                }
            }
        }

        /**
         * What the GPU lacks, from the words of the message, with the least compute capability it needs where the message
         * implies one: FP8 compute needs 8.9 (Ada), FlashAttention and its soft-capping 8.0 (Ampere; Gemma 2's soft-capping
         * needs FlashAttention, which the xFormers fallback of older GPUs lacks).
         */
        private void lacks(String low) {
            if (low.contains("bf16 is only supported on a100+")) xformersBf16 = true;
            // vLLM's bf16 refusal ends "You can use float16 instead by explicitly setting the `dtype` flag", quoted alone; its
            // check's frame, in a traceback cut before the message, raises for bfloat16 only
            else if (low.contains("bfloat16") || low.contains("float16 instead") || low.contains("_check_if_gpu_supports_dtype")) unsupported("bf16", 8.0, 0);
            else if (low.contains("fp8")) unsupported("fp8", 8.9, 0);
            else if (low.contains("triton")) unsupported("triton", 7.0, 0);
            else if (low.contains("soft capping")) unsupported("soft-capping", 8.0, 0);
            else if (low.contains("flashattention") || low.contains("flash attention") || low.contains("is_fa_version_supported")) unsupported("flash-attn", 8.0, 0);
            else if (low.contains(".target sm_")) unsupported("compute", 0, 0);
            else unsupported("quantization", 0, 0);
        }

        /** The feature a refusal names before "only supported on": FP8, FlashAttention (FA2/FA3/FA4), bfloat16, else the engine itself. */
        private static String feature(String before) {
            if (before.contains("fp8")) return "fp8";
            if (before.contains("fa2") || before.contains("fa3") || before.contains("fa4") || before.contains("flash")) return "flash-attn";
            if (before.contains("bfloat16") || before.contains("bf16")) return "bf16";
            return "compute";
        }

        private static String clip(String s) { return s.length() > 160 ? s.substring(0, 160) : s; }

        /** A key=value log line's message from its msg= on (not the timestamp and level before it); any other line whole. */
        private static String message(String line) {
            int m = line.indexOf("msg=");
            return m >= 0 ? line.substring(m + 4).strip() : COMPOSE_PREFIX.matcher(line.strip()).replaceFirst("");
        }

        /** The service name docker compose writes in front of each line of a container's output ("llama-cpp    | "). */
        private static final Pattern COMPOSE_PREFIX = Pattern.compile("^[A-Za-z0-9_.-]+\\s*\\|\\s+");

        /**
         * Ollama's "amdgpu is not supported" names the card's gfx target and the targets its ROCm build carries. The override
         * (HSA_OVERRIDE_GFX_VERSION) points a card at the x.y.0 target of its own family (gfx1031 at gfx1030, gfx1103 at
         * gfx1100, gfx90c at gfx900): the install can use the card when that target is in the list, and, on Windows, only
         * where Ollama's log itself points at the override (its 0.1.x Windows build did; docs/gpu.md documents it for Linux).
         */
        private void amdRefusal(String low) {
            Matcher card = REFUSED_GFX.matcher(low);
            Matcher list = GFX_LIST.matcher(low);
            boolean listed = list.find();
            if (card.find() && listed) {
                String gfx = card.group(1);
                String family = gfx.substring(0, gfx.length() - 1) + "0";
                if (!List.of(list.group(1).trim().split("[\\s,]+")).contains(family)) amdNoOverrideTarget = true;
            }
            if (low.contains("amd_windows.go") || low.contains("c:\\")) amdOnWindows = true;
        }

        /** The first group a match of alternatives filled. */
        private static String firstGroup(Matcher m) {
            for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
            return "0";
        }

        private void unsupported(String what, double required, double have) {
            // bf16 is worked around with --dtype half; a refusal beside it that no flag works around ("GPUs with compute
            // capability below 7.0 are not supported" after vLLM's bf16 line on a P100) is what stops the engine
            boolean outweighsBf16 = "bf16".equals(b.unsupported) && !what.equals("bf16");
            if (b.unsupported == null || outweighsBf16) b.unsupported = what;
            if (b.ccRequired == 0 || outweighsBf16 && required > 0) b.ccRequired = required;
            if (b.ccHave == 0) b.ccHave = have;
        }

        private void torch(String line) {
            Matcher m;
            if (line.contains("Tried to allocate") && b.triedMib == 0 && (m = TRIED.matcher(line)).find()) {
                b.triedMib = Num.mib(Num.d(m.group(1)), m.group(2));
                b.outOfMemory = true;
            }
            if (line.contains("total capacity") && (m = OLD_CAPACITY.matcher(line)).find()) {
                b.totalGib = Num.gib(Num.d(m.group(1)), m.group(2));
                b.allocatedGib = Num.gib(Num.d(m.group(3)), m.group(4));
                b.freeMib = Num.mib(Num.d(m.group(5)), m.group(6));
            }
            if (line.contains("total capac") && (m = NEW_CAPACITY.matcher(line)).find()) {
                b.totalGib = Num.gib(Num.d(m.group(1)), m.group(2));
                b.freeMib = Num.mib(Num.d(m.group(3)), m.group(4));
            }
            if (line.contains("this process has") && (m = THIS_PROCESS.matcher(line)).find()) b.processGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("memory in use")) {
                m = OTHER_PROCESS.matcher(line);
                while (m.find()) processes.add(Num.gib(Num.d(m.group(1)), m.group(2)));
            }
            if (line.contains("allocated by PyTorch") && (m = BY_PYTORCH.matcher(line)).find()) pytorchAllocatedGib = Num.gib(Num.d(m.group(1)), m.group(2));
            if (line.contains("reserved in total") && (m = RESERVED.matcher(line)).find()) reservedGib = Num.gib(Num.d(m.group(1)), m.group(2));
        }

        private void speed(String line, String low) {
            Matcher m;
            if (b.tokensPerSecond == 0) {
                if (low.contains("eval rate") && (m = EVAL_RATE.matcher(line)).find()) b.tokensPerSecond = Num.d(m.group(1));
                else if (low.contains("eval time") && (m = EVAL_TIME.matcher(line)).find()) {
                    b.tokensPerSecond = m.group(2) != null ? Num.d(m.group(2)) : round2(1000.0 / Math.max(0.001, Num.d(m.group(1))));
                } else if (line.contains("Output generated") && (m = OUTPUT_GENERATED.matcher(line)).find()) b.tokensPerSecond = Num.d(m.group(1));
            }
            if (low.contains("ms per token") && !low.contains("eval time =")) {
                Matcher ms = MS_PER_TOKEN.matcher(line);
                while (ms.find()) slowestMsPerToken = Math.max(slowestMsPerToken, Num.d(ms.group(1)));
            }
            if (proseSpeed == 0 && !low.contains("prompt") && (low.contains("token") || low.contains("t/s") || low.contains("tok/s"))
                    && (m = PROSE_SPEED.matcher(line)).find()) proseSpeed = Num.d(m.group(1));
        }

        private void finish() {
            b.engine = engine();
            // rule I: a refusal no setting of this install lifts is the card unsupported by what is installed
            if ((gpuOffWithoutAvx && !inVm) || amdNoOverrideTarget || (amdOnWindows && !overrideAdvised)) b.gpuRefused = true;
            if (processKilled && loadingOrRam) b.hostMemoryShort = true;
            // xFormers' refusals: bf16 when it says so (float16 works around it), else the attention kernels the card is too old for
            if (xformersBf16) unsupported("bf16", 8.0, xformersHave);
            else if (xformersNeed > 0) unsupported("flash-attn", xformersNeed, xformersHave);
            if (b.nCtx == 0) b.nCtx = b.kvSize > 0 ? b.kvSize : ctxFlag;
            if (b.maxSeqLen == 0) b.maxSeqLen = argMaxLen;
            if (b.tokensPerSecond == 0) b.tokensPerSecond = proseSpeed;
            if (b.tokensPerSecond == 0 && slowestMsPerToken > 0) b.tokensPerSecond = round2(1000.0 / slowestMsPerToken);
            if (availablePerLoad.size() > 1) {
                double min = availablePerLoad.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                double max = availablePerLoad.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                b.ollamaAvailableSpreadGib = round2(max - min);
            }
            if (!backends.isEmpty() && backends.stream().allMatch(x -> x.startsWith("CPU"))) b.cpuBackendOnly = true;
            // llama.cpp's 2023 system info set BLAS = 1 for every GPU build (cuBLAS, CLBlast, Vulkan, SYCL): BLAS = 0 with no
            // device or offloaded layer in the log is a build without a GPU backend
            if (noBlasLine != null && b.gpuName == null && b.layersOffloaded <= 0 && backends.stream().allMatch(x -> x.startsWith("CPU"))) {
                b.cpuBackendOnly = true;
                if (b.noGpuReason == null) b.noGpuReason = noBlasLine;
            }
            // Ollama puts a layer on a GPU only when its free memory holds the projector, the larger compute graph, the
            // GPU's minimum reserve and two layers; the repeating weights over all layers under-count one layer (lower bound).
            if (b.ollamaLayersModel > 0 && (graphFullGib > 0 || graphPartialGib > 0)) {
                b.ollamaMinimumGib = round2(projectorGib + projectorGraphGib + Math.max(graphFullGib, graphPartialGib)
                        + OLLAMA_GPU_MINIMUM_GIB + 2 * repeatingGib / b.ollamaLayersModel);
            }
            if (b.allocatedGib == 0 && pytorchAllocatedGib > 0) b.allocatedGib = pytorchAllocatedGib;
            if (!processes.isEmpty()) {
                double sum = processes.stream().mapToDouble(Double::doubleValue).sum();
                if (b.processGib > 0) {
                    b.otherProcessGib = round2(sum);
                } else {
                    // Without "this process has", torch lists every process; the one holding what PyTorch allocated is us.
                    double largest = processes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                    if (largest >= pytorchAllocatedGib) {
                        b.processGib = largest;
                        b.otherProcessGib = round2(sum - largest);
                    } else {
                        b.otherProcessGib = round2(sum);
                    }
                }
            }
            // The old message lists no processes, but what PyTorch reserved and what is free leave the rest: beyond the
            // CUDA context (under a GiB), that is memory another process holds on the same GPU.
            if (processes.isEmpty() && b.totalGib > 0 && reservedGib > 0 && b.freeMib >= 0) {
                double outside = b.totalGib - reservedGib - b.freeMib / 1024.0;
                if (outside >= Math.max(2.0, 0.2 * b.totalGib)) b.otherProcessGib = round2(outside);
            }
            if (b.gpuMemGib == 0 && b.totalGib > 0) b.gpuMemGib = b.totalGib;
            if (generating && b.outOfMemory) b.oomWhileGenerating = true;
            if (b.gpuCount == 0 && b.visibleGpus > 0) b.gpuCount = b.visibleGpus;
            if (b.tensorParallel == 0) b.tensorParallel = saidTp;
            // experts or attention sharded over the ranks: each rank holds a part of the model, not a whole copy
            if (dpSharded) b.dataParallel = 0;
            // a quantized part off its kernel's groups is the tensor-parallel shard when the log shows the model split
            if (b.shardOffQuantGroups && (b.tensorParallel > 1 || (b.tensorParallel == 0 && b.visibleGpus > 1))) b.tpNotDivisible = true;
            // A draft model for speculative decoding is a second model in VRAM; the same path twice is two full copies.
            if (draftModel != null && draftModel.equals(mainModel)) b.draftSameAsModel = true;
        }

        /**
         * The engine with the most specific signal: an engine that runs on another wins over it (Ollama wraps llama.cpp,
         * vLLM logs name transformers); between engines that do not, the one with more lines wins, in this order on a
         * tie ("By ollama I can run it" beside a vLLM log is a comparison, not the log's engine).
         */
        private Engine engine() {
            Engine best = null;
            for (Engine e : List.of(Engine.OLLAMA, Engine.KTRANSFORMERS, Engine.SGLANG, Engine.TGI, Engine.EXLLAMA, Engine.VLLM)) {
                if (signals.getOrDefault(e, 0) > (best == null ? 0 : signals.get(best))) best = e;
            }
            if (best != null) return best;
            for (Engine e : List.of(Engine.LLAMA_CPP, Engine.TRANSFORMERS)) {
                if (signals.getOrDefault(e, 0) > 0) return e;
            }
            return b.triedMib > 0 ? Engine.TRANSFORMERS : null;
        }

        /**
         * The device index in a ggml buffer's name ("CUDA1", "ROCm0": the backend's device order, as cudaMalloc's
         * "on device 1"), or -1: a host buffer, Metal's single device, or Vulkan's, whose order counts integrated GPUs too.
         */
        private static int bufferDevice(String buffer) {
            String d = buffer.toUpperCase(Locale.ROOT);
            if (!(d.startsWith("CUDA") || d.startsWith("ROCM") || d.startsWith("SYCL") || d.startsWith("MUSA") || d.startsWith("CANN"))) return -1;
            int i = d.length();
            while (i > 0 && Character.isDigit(d.charAt(i - 1))) i--;
            return i < d.length() && d.length() - i <= 2 ? Num.i(d.substring(i)) : -1;
        }

        private static boolean onGpu(String device) {
            String d = device.toUpperCase(Locale.ROOT);
            if (d.contains("HOST") || d.startsWith("CPU")) return false;
            return d.startsWith("CUDA") || d.startsWith("ROCM") || d.startsWith("METAL") || d.startsWith("MTL")
                    || d.startsWith("VULKAN") || d.startsWith("SYCL") || d.startsWith("CANN") || d.startsWith("MUSA")
                    || d.startsWith("OPENCL") || d.startsWith("GPU");
        }

        private static String dtype(String d) {
            return switch (d) {
                case "half" -> "float16";
                case "float" -> "float32";
                default -> d;
            };
        }

        private static double round2(double v) { return Math.round(v * 100.0) / 100.0; }
    }
}
