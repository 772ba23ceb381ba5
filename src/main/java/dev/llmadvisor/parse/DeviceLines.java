package dev.llmadvisor.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a GPU runtime prints of the device it runs on, read by the question parser (a GPU the person's own log, error or
 * command shows is theirs: label rule G of eval/real-questions/README.md) and by the diagnosis ({@code logs.LogReader}),
 * so the two read one set of forms.
 */
public final class DeviceLines {

    private DeviceLines() { }

    /** llama.cpp's report of the split it made: "offloaded 20/33 layers to GPU", "offloading 20/33 layers to the GPU". */
    public static final Pattern OFFLOADED = Pattern.compile("offload(?:ed|ing) (\\d{1,4})/(\\d{1,4}) layers to (?:the )?GPU", Pattern.CASE_INSENSITIVE);

    /** ggml's count of the devices a backend found: "ggml_cuda_init: found 4 CUDA devices", "found 2 ROCm devices". */
    public static final Pattern FOUND_DEVICES = Pattern.compile("found (\\d{1,2}) (?:cuda|rocm|hip|vulkan|sycl|metal) devices", Pattern.CASE_INSENSITIVE);

    /**
     * llama.cpp's line for each device it loads a model on, with the device, its name and the MiB free on it: "llama_model_load_
     * from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 4090) - 23008 MiB free", in later builds with the PCI address after
     * the name ("using device CUDA0 (NVIDIA GeForce RTX 5060 Ti) (0000:01:00.0) - 15055 MiB free", as LM Studio's logs print it).
     */
    public static final Pattern USING_DEVICE = Pattern.compile(
            "using device (\\S{1,20}) \\(([^)]{2,80})\\)(?: \\([0-9a-f:.]{4,20}\\))? - (\\d{1,7}) MiB free", Pattern.CASE_INSENSITIVE);

    /**
     * Ollama's line for each GPU it found, with the GPU's name and its total memory in GiB: 'msg="inference compute" id=GPU-…
     * library=cuda … name="NVIDIA GeForce RTX 4090 D" total="24.0 GiB"', in later releases with the name as description=
     * ('name=CUDA0 description="NVIDIA GeForce RTX 3090" … total="24.0 GiB"').
     */
    public static final Pattern INFERENCE_COMPUTE = Pattern.compile(
            "(?:name|description)=\"([^\"]{2,80})\"[^\\n]{0,240}? total=\"(\\d{1,4}(?:\\.\\d{1,2})?) GiB\"", Pattern.CASE_INSENSITIVE);

    /**
     * ggml's list of the devices a backend found, with each device's index and name: "  Device 0: NVIDIA GeForce RTX 4090,
     * compute capability 8.9, VMM: yes", on ROCm also "  Device 0: AMD Radeon RX 7900 XTX, gfx1100 (0x1100), VMM: no".
     */
    public static final Pattern DEVICE = Pattern.compile("(?<![a-z])device (\\d{1,2}): ([^,\\n]{2,80}), (?:compute capability|gfx\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * llama.cpp's SYCL device table, a row per device with its name and global memory in MiB: "|  0| [level_zero:gpu:0]|
     * Intel Arc A770 Graphics|  12.55|  512|  1024|  32| 16225M|  1.6.31294|" (columns ID, device type, name, version, max
     * compute units, max work group, sub group size, global mem size, driver version, as ggml-sycl prints them).
     */
    public static final Pattern SYCL_DEVICE = Pattern.compile(
            "\\[[a-z_]{2,20}:gpu:\\d{1,2}\\] *\\| *([^|\\n]{2,80}?) *\\|(?: *[\\d.]{1,12} *\\|){4} *(\\d{3,7})M *\\|", Pattern.CASE_INSENSITIVE);

    /**
     * A buffer ggml allocated on a device, with the device's index and its size in MiB: "llm_load_tensors: CUDA0 buffer size =
     * 4403.49 MiB", "llama_kv_cache_init: ROCm1 KV buffer size = 1952.00 MiB", "CUDA0 compute buffer size = 560.00 MiB".
     */
    public static final Pattern BUFFER = Pattern.compile(
            "(?<![a-z])(?:cuda|rocm|vulkan|sycl)(\\d{1,2})(?: kv| compute| model)? buffer size =\\s*(\\d{1,7}(?:\\.\\d{1,2})?) MiB", Pattern.CASE_INSENSITIVE);

    /**
     * Metal's working-set limit as llama.cpp prints it: "recommendedMaxWorkingSetSize = 21845.34 MB" at start-up, and after
     * each buffer it allocates ("allocated buffer, size = 14315.03 MiB, (14315.09 / 21845.34)").
     */
    private static final Pattern METAL_WORKING_SET = Pattern.compile(
            "recommendedmaxworkingsetsize\\s*=\\s*(\\d{3,6}(?:\\.\\d+)?) ?mi?b|allocated buffer, size = [\\d.]+ mib, \\([\\d.]+ / (\\d{3,6}(?:\\.\\d+)?)\\)");

    /** The Metal working-set limit a lower-cased log shows, in GB (1024 MB each); null when it shows none. */
    public static Double metalWorkingSetGb(String low) {
        Matcher m = METAL_WORKING_SET.matcher(low);
        if (!m.find()) return null;
        return Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)) / 1024;
    }

    /**
     * A GPU at work or failing, shown without its name or memory: a CUDA/ROCm/NPU out-of-memory or error ("torch.cuda.
     * OutOfMemoryError", LMDeploy's "CUDA runtime error: out of memory", "CUDA error 2 at ggml-cuda.cu", "cudaMalloc failed",
     * "NPU out of memory"), a ggml buffer on a device ("failed to allocate CUDA0 buffer"), Ollama's "offload to cuda",
     * koboldcpp's --usecublas and old llama.cpp's "total VRAM used", and a run given one device by its index ("cuda:5",
     * "device='cuda'", CUDA_VISIBLE_DEVICES=0). Not Metal or MPS, an Apple machine's, whose memory is the machine's.
     */
    private static final Pattern GPU_AT_WORK = Pattern.compile(
            "(?<![a-z])(?:cuda|hip|rocm|npu|gpu)(?: runtime)?(?: error)?:? out of memory|cuda\\.outofmemoryerror|cudamalloc failed"
                    + "|(?<![a-z])(?:cuda|hip) error(?: \\d{1,4})?[: ]|(?<![a-z])(?:cuda|rocm)\\d{1,2} buffer|offload to (?:cuda|rocm)"
                    + "|--usecublas|total vram used"
                    + "|(?<![a-z0-9_])cuda:\\d|(?<![a-z])device(?:_map)?['\"]? ?[=:] ?['\"]cuda(?![a-z_])"
                    + "|(?:cuda|hip|rocr)_visible_devices[\"'\\]]{0,3} ?= ?[\"']?\\d(?![\\d,])");

    /**
     * Where a lower-cased text shows a GPU of its own at work or failing without naming it ({@link #GPU_AT_WORK}, or layers
     * offloaded to a GPU: not "offloaded 0/33 layers", which a CPU-only build prints too).
     */
    static IntStream gpuShownAt(String low) {
        IntStream.Builder at = IntStream.builder();
        Matcher m = GPU_AT_WORK.matcher(low);
        while (m.find()) at.add(m.start());
        m = OFFLOADED.matcher(low);
        while (m.find()) if (Integer.parseInt(m.group(1)) > 0) at.add(m.start());
        return at.build();
    }
}
