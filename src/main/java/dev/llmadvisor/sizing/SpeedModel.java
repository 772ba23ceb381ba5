package dev.llmadvisor.sizing;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decode and prompt-processing speed, as pure functions of what a token reads and computes.
 *
 * <p><b>Decode</b> is memory-bound: each generated token reads the active weights (MoE: the shared part and
 * {@code experts_used / experts} of the routed experts) and the KV cache up to its position, on every device that
 * holds a part of the model. Devices take turns (llama.cpp's layer split and its CPU layers or experts run one
 * after the other), so their <em>times</em> add up:
 * <pre>
 *   seconds per token = sum over devices of  bytes_d / (bandwidth_d x efficiency(class_d) x runtime factor)
 *                                          + layers_d x overhead(class_d)
 * </pre>
 * Tensor parallelism (vLLM) splits every layer over n GPUs that read at the same time: bytes / n over one GPU's
 * bandwidth plus a per-layer synchronisation cost. The efficiencies, overheads and runtime factors are not guesses:
 * they are fitted on the fitting half of eval/accuracy/speed-measurements.yaml (published llama.cpp, MLX, vLLM,
 * ExLlama and KTransformers runs) by least squares on the log of measured over predicted speed;
 * {@code SpeedCalibration} in eval.accuracy reproduces the fit and a test checks these constants against it.
 *
 * <p><b>The range</b> shown to a person is the point estimate times the 5th and 95th percentiles of the fitting
 * set's measured/predicted ratios, so its width is the model's demonstrated error, not a round number; its high end
 * stops at the bandwidth ceiling (the bytes read per token at full peak bandwidth), which no run can pass.
 *
 * <p><b>Prompt processing</b> is compute-bound: 2 x active parameters FLOPs per token against the GPU's dense
 * FP16 rate (knowledge/gpus.yaml {@code fp16_tflops}) times a fitted efficiency per backend.
 */
public final class SpeedModel {

    private SpeedModel() { }

    /**
     * Device classes with their own fitted efficiency. SYCL, CANN (Ascend NPUs) and MUSA (Moore Threads) have no published runs in the data:
     * they count as Vulkan, the least efficient GPU class, so no speed is promised that was never measured.
     */
    public enum Kind {
        CUDA, ROCM, METAL, VULKAN, CPU;

        public static Kind of(Device.Backend b) {
            return switch (b) {
                case CUDA -> CUDA;
                case ROCM -> ROCM;
                case METAL -> METAL;
                case VULKAN, SYCL, CANN, MUSA -> VULKAN;
                case CPU -> CPU;
            };
        }
    }

    /**
     * What runs the decode loop. llama.cpp and everything built on it (Ollama, LM Studio's GGUF path, ik_llama.cpp)
     * is the reference; the others have their own GPU kernels (MLX, vLLM, ExLlama) or CPU expert kernels
     * (KTransformers), with their own fitted efficiency on the devices they run on.
     */
    public enum Runtime {
        LLAMA_CPP, MLX, VLLM, EXLLAMA, KTRANSFORMERS;

        /** The runtime of an engine name as written in the data and by the parser; unknown names are llama.cpp. */
        public static Runtime of(String engine) {
            if (engine == null) return LLAMA_CPP;
            String e = engine.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
            if (e.startsWith("mlx")) return MLX;
            if (e.startsWith("vllm") || e.startsWith("sglang") || e.startsWith("tgi")) return VLLM;
            if (e.startsWith("exllama") || e.startsWith("tabby")) return EXLLAMA;
            if (e.startsWith("ktransformers")) return KTRANSFORMERS;
            return LLAMA_CPP;
        }
    }

    /** One device's part of a decoded token: the bytes it reads and the layers it runs. */
    public record Share(Kind kind, double bandwidthGBs, long bytes, int layers) {
        public Share {
            if (!(bandwidthGBs > 0)) throw new IllegalArgumentException("bandwidth must be positive");
        }
    }

    /**
     * The model's constants. {@code efficiency}: share of the peak bandwidth decode reaches, per device class;
     * {@code layerSeconds}: fixed cost per layer and token (kernel launches, synchronisation) per class;
     * {@code runtime}: the efficiency of a runtime other than llama.cpp on the devices it drives with its own
     * kernels (the GPU for MLX, vLLM and ExLlama; the CPU for KTransformers), in place of the class efficiency; {@code tpLayerSeconds}: per-layer cost of a tensor-parallel all-reduce;
     * {@code socketScaling}: what each further CPU socket adds to one socket's bandwidth (0: nothing, 1: all of it);
     * {@code ratioLow}/{@code ratioHigh}: the 5th/95th percentile of measured/predicted on the fitting set;
     * {@code promptEfficiency}: share of the dense FP16 rate prompt processing reaches, per GPU class.
     */
    public record Params(Map<Kind, Double> efficiency, Map<Kind, Double> layerSeconds, Map<Runtime, Double> runtime,
                         double tpLayerSeconds, double socketScaling, double ratioLow, double ratioHigh,
                         Map<Kind, Double> promptEfficiency) {
        public Params {
            efficiency = Map.copyOf(efficiency);
            layerSeconds = Map.copyOf(layerSeconds);
            runtime = Map.copyOf(runtime);
            promptEfficiency = Map.copyOf(promptEfficiency);
        }

        double efficiency(Kind k) { return efficiency.getOrDefault(k, 0.6); }

        double layerSeconds(Kind k) { return layerSeconds.getOrDefault(k, 0.0); }

        double runtime(Runtime r) { return runtime.getOrDefault(r, 1.0); }

        double promptEfficiency(Kind k) { return promptEfficiency.getOrDefault(k, 0.0); }
    }

    /** The fitted constants; see {@link #FITTED_ON}. */
    public static final Params FITTED = fitted();

    /** Where {@link #FITTED} comes from, for answers and the accuracy report. */
    public static final String FITTED_ON = "eval/accuracy/speed-measurements.yaml, fitting set (SHA-256 of the id, first byte mod 10 >= 3)";

    /**
     * The constants {@code SpeedCalibration.fit} finds on the 60 fitting records of eval/accuracy/speed-measurements.yaml
     * (rounded to three digits; SpeedAccuracyTest refits and compares). What each rests on:
     * <ul>
     *   <li>CUDA 0.699 and the discrete-GPU layer cost 105 us: llama.cpp on RTX 4090 and RTX 3050 6GB (Llama 2 7B
     *       Q4_0 at 66 % and 80 % of their bandwidth in one poster's table), RTX 3090 Ti, RTX 2070 Max-Q, Tesla P40
     *       (four quants), A100 (a 2023 build), 16x RTX 3090, and the GPU side of the offload and experts-in-RAM runs
     *       (the vLLM and ExLlama runs share the layer cost; vLLM's gpt-oss-120b on one A100, at half its bandwidth,
     *       pulls it up); the RX 7900 XT/XTX and Radeon PRO W7900 ROCm runs give ROCm 0.787; Vulkan reaches the cap
     *       of 1.0 on its two fitting runs (RX 7900 XTX, and TinyLlama on an RTX 4090, which the layer cost mostly
     *       explains);</li>
     *   <li>Metal 0.738 with 114 us per layer: llama.cpp on M1 Max/Ultra, M2, M2 Pro/Max/Ultra and M5 (14 runs);</li>
     *   <li>CPU 0.691 (llama.cpp, no layer cost): Xeon W-3245, Ryzen 5900X/7950X, dual EPYC 9175F, dual Xeon 6454S;
     *       a second socket adds nothing measurable (scaling 0: dual-socket runs sit at or below one socket's
     *       bandwidth);</li>
     *   <li>MLX 1.0 (the cap; M2 Ultra, M3 Max, M3 Pro, M4 Pro), vLLM 1.0 (the cap: an RTX 4090 run, gpt-oss-120b on
     *       one A100 and the tensor-parallel runs below), ExLlama 0.751 (RTX 3090 Ti, RTX 3060), KTransformers' CPU
     *       experts 0.390 (seven EPYC and Xeon runs with a 4090);</li>
     *   <li>tensor-parallel layer cost 264 us: seven vLLM runs (Llama 3.1 70B AWQ on 2x and 4x RTX 3090 Ti, Llama 3.1 70B
     *       BF16 on 2x A100 PCIe, Qwen2.5 72B BF16 on 2x H100, gpt-oss-120b on 2x and 4x A100 SXM, DeepSeek-V3.2 on
     *       8x H20) and llama.cpp's row split over 8 Quadro P6000, whose sync is far slower (predicted 2.6x too fast:
     *       one constant serves both engines);</li>
     *   <li>range 0.480 to 1.80: the 5th and 95th percentile of measured / predicted;</li>
     *   <li>prompt: CUDA 1.01 (P40 x3, where INT8 kernels beat the FP32 rate, RTX 3090 Ti, RTX 4090, RTX 3050),
     *       ROCm 0.461, Metal 0.504 (median ratios); Vulkan and CPU have no fitting data, so no prompt speed is estimated there.</li>
     * </ul>
     */
    private static Params fitted() {
        Map<Kind, Double> eff = new EnumMap<>(Kind.class);
        eff.put(Kind.CUDA, 0.699);
        eff.put(Kind.ROCM, 0.787);
        eff.put(Kind.METAL, 0.738);
        eff.put(Kind.VULKAN, 1.0);
        eff.put(Kind.CPU, 0.691);
        Map<Kind, Double> layer = new EnumMap<>(Kind.class);
        layer.put(Kind.CUDA, 105.1e-6);
        layer.put(Kind.ROCM, 105.1e-6);
        layer.put(Kind.VULKAN, 105.1e-6);
        layer.put(Kind.METAL, 113.8e-6);
        layer.put(Kind.CPU, 0.0);
        Map<Runtime, Double> rt = new EnumMap<>(Runtime.class);
        rt.put(Runtime.MLX, 1.0);
        rt.put(Runtime.VLLM, 1.0);
        rt.put(Runtime.EXLLAMA, 0.751);
        rt.put(Runtime.KTRANSFORMERS, 0.390);
        Map<Kind, Double> pp = new EnumMap<>(Kind.class);
        pp.put(Kind.CUDA, 1.009);
        pp.put(Kind.ROCM, 0.461);
        pp.put(Kind.METAL, 0.504);
        return new Params(eff, layer, rt, 264e-6, 0.0, 0.480, 1.80, pp);
    }

    /** Seconds per token when the devices take turns (llama.cpp: layer split, CPU layers, experts in RAM). */
    public static double seconds(List<Share> shares, Runtime runtime, Params p) {
        double s = 0;
        for (Share d : shares) {
            if (d.bytes() <= 0 && d.layers() <= 0) continue;
            s += d.bytes() / (d.bandwidthGBs() * 1e9 * efficiency(d.kind(), runtime, p)) + d.layers() * p.layerSeconds(d.kind());
        }
        return s;
    }

    /**
     * Share of a device's peak bandwidth a runtime reaches on it, at most 1. The runtime factor applies to the GPU
     * classes, and for KTransformers (whose own kernels run the experts on the CPU) to the CPU class.
     */
    static double efficiency(Kind kind, Runtime runtime, Params p) {
        boolean own = runtime != Runtime.LLAMA_CPP && p.runtime().containsKey(runtime)
                && (runtime == Runtime.KTRANSFORMERS ? kind == Kind.CPU : kind != Kind.CPU);
        return Math.min(1.0, own ? p.runtime(runtime) : p.efficiency(kind));
    }

    /** Seconds per token with every layer split over {@code gpus} identical GPUs reading at the same time. */
    public static double tensorParallelSeconds(Share whole, int gpus, Runtime runtime, Params p) {
        int n = Math.max(1, gpus);
        double read = whole.bytes() / (double) n / (whole.bandwidthGBs() * 1e9 * efficiency(whole.kind(), runtime, p));
        return read + whole.layers() * (p.layerSeconds(whole.kind()) + (n > 1 ? p.tpLayerSeconds() : 0));
    }

    /**
     * The RAM bandwidth decode can draw on: one socket's channels, plus {@code socketScaling} of each further
     * socket's (llama.cpp and KTransformers threads reach memory on the other socket over the interconnect).
     */
    public static double ramBandwidthGBs(MemoryPlatform m, Params p) {
        double perSocket = m.bandwidthGBs() / m.sockets();
        return perSocket * (1 + p.socketScaling() * (m.sockets() - 1));
    }

    /** Tokens per second for a time per token (0 when nothing is read). */
    public static double perSecond(double seconds) {
        return seconds > 0 ? 1 / seconds : 0;
    }

    /** The range to show around a point estimate: the fitting set's 5th to 95th percentile of measured/predicted. */
    public static double low(double expected, Params p) { return expected * p.ratioLow(); }

    /**
     * The high end: the 95th-percentile ratio over the point estimate, but never above {@code ceiling}, the speed the
     * memory bandwidth allows at all ({@link #ceiling}). The ratio times a fitted efficiency can pass 1 (CPU 0.691 x
     * 1.80 would promise 124 % of the RAM's bandwidth; MLX and vLLM at 1.0 x 1.80 almost twice the GPU's).
     */
    public static double high(double expected, double ceiling, Params p) { return Math.min(expected * p.ratioHigh(), ceiling); }

    /** {@link #high} of the reads with an empty cache, under their own {@link #ceiling}. */
    public static double high(List<Share> empty, Runtime rt, Params p) {
        return high(perSecond(seconds(empty, rt, p)), ceiling(empty), p);
    }

    /**
     * Tokens per second if every device read its bytes at its full peak bandwidth with no other cost: no run reads
     * its weights faster. Unbounded when nothing is read.
     */
    public static double ceiling(List<Share> shares) {
        double s = 0;
        for (Share d : shares) s += Math.max(0, d.bytes()) / (d.bandwidthGBs() * 1e9);
        return s > 0 ? 1 / s : Double.POSITIVE_INFINITY;
    }

    /** {@link #ceiling} of every layer split over {@code gpus} identical GPUs reading at the same time. */
    public static double tensorParallelCeiling(Share whole, int gpus) {
        int n = Math.max(1, gpus);
        return ceiling(List.of(new Share(whole.kind(), whole.bandwidthGBs(), whole.bytes() / n, whole.layers())));
    }

    /**
     * Prompt tokens per second on a GPU with {@code fp16Tflops} dense FP16 throughput: 2 FLOPs per active parameter
     * and token at the fitted share of the peak. 0 when the rate or the class's fitted efficiency is unknown.
     */
    public static double promptTokensPerSecond(double fp16Tflops, long activeParameters, Kind kind, Params p) {
        if (!(fp16Tflops > 0) || activeParameters <= 0 || !(p.promptEfficiency(kind) > 0)) return 0;
        return fp16Tflops * 1e12 * p.promptEfficiency(kind) / (2.0 * activeParameters);
    }
}
