package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lowest NVIDIA compute capability at which a runtime runs a weight format, from the runtimes' own documentation
 * and the minimum capability their quantization classes declare ({@code get_min_capability}). A card below it cannot
 * run that setup whatever its memory: the runtime refuses to start ("Quantization scheme is not supported for the
 * current GPU. Min capability: 75. Current capability: 70."), or its kernels give garbage. The diagnosis compares the
 * person's oldest named card with the requirement of the format they run and names the cause with both figures, even
 * when no message is pasted (a question such as "Llama-3.1-70B-FP8 on a 3090 fails", "V100 上跑 AWQ 胡言乱语").
 *
 * Only a format the person states (or the log prints) is judged, never an engine's default: vLLM and transformers
 * load bfloat16 checkpoints in float16 on older cards by themselves, so a default 16-bit load says nothing.
 */
public final class FormatSupport {

    /**
     * One row of the table.
     *
     * @param format    the weight format
     * @param runtimes  the runtimes (as {@link #runtimeOf} names them, lower case) the row holds for; empty: every runtime
     *                  that runs the format, since the requirement is the hardware's (FP8 tensor cores)
     * @param minCc     the lowest compute capability that runs it
     * @param what      what needs it, as the answer says it
     * @param whatZh    the same in Chinese
     * @param source    where the figure is documented
     */
    public record Requirement(WeightFormat format, Set<String> runtimes, double minCc, String what, String whatZh, String source) {
        boolean holdsFor(String runtime) {
            return runtimes.isEmpty() || (runtime != null && runtimes.contains(runtime));
        }
    }

    /**
     * A card below what the format it runs needs.
     *
     * @param requirement the row that is not met
     * @param gpu         the card, as the catalog names it
     * @param have        its compute capability
     */
    public record Shortfall(Requirement requirement, String gpu, double have) {
        public double need() { return requirement.minCc(); }
    }

    static final List<Requirement> TABLE = List.of(
            // FP8 matrix units exist from Ada (8.9) and Hopper (9.0) on: NVIDIA's Ada and Hopper architecture whitepapers;
            // vLLM supported-hardware table (docs.vllm.ai features/quantization/supported_hardware): "FP8 (W8A8)" Ada and
            // Hopper only; vLLM's older Fp8Config and torch._scaled_mm refuse below 8.9 (hmellor, vllm #6815). Later vLLM
            // runs FP8 checkpoints weight-only on Ampere (8.0+) through Marlin, said in the fix.
            new Requirement(WeightFormat.FP8, Set.of(), 8.9, "FP8 (W8A8) compute", "FP8（W8A8）计算",
                    "NVIDIA Ada/Hopper: FP8 tensor cores from compute capability 8.9; vLLM supported-hardware table: FP8 (W8A8) on Ada and Hopper"),
            // vLLM supported-hardware table: AWQ "Volta ❌, Turing ✅"; AWQConfig.get_min_capability() returns 75;
            // compressed-tensors W4A16: "Min capability: 75" (1Cat-vLLM #289 on a V100). SGLang uses vLLM's AWQ kernels.
            new Requirement(WeightFormat.AWQ_INT4, Set.of("vllm", "sglang"), 7.5, "AWQ 4-bit kernels", "AWQ 4 位内核",
                    "vLLM supported-hardware table: AWQ on Turing (7.5) and newer, not Volta; AWQConfig.get_min_capability 75"),
            // LMDeploy's W4A16 (AWQ) guide: "LMDeploy supports the following NVIDIA GPU for W4A16 inference: Turing (sm75),
            // Ampere (sm80, sm86), Ada Lovelace"; sm80 before v0.1.0 (lvhan028, lmdeploy #461: "the minimum requirement …
            // being sm80"); its TurboMind 4-bit kernels load AWQ and GPTQ checkpoints alike.
            new Requirement(WeightFormat.AWQ_INT4, Set.of("lmdeploy"), 7.5, "LMDeploy TurboMind's 4-bit (W4A16) kernels", "LMDeploy TurboMind 的 4 位（W4A16）内核",
                    "LMDeploy W4A16 guide: Turing (sm75), Ampere, Ada; sm80 before v0.1.0"),
            new Requirement(WeightFormat.GPTQ_INT4, Set.of("lmdeploy"), 7.5, "LMDeploy TurboMind's 4-bit (W4A16) kernels", "LMDeploy TurboMind 的 4 位（W4A16）内核",
                    "LMDeploy W4A16 guide: Turing (sm75), Ampere, Ada; sm80 before v0.1.0"),
            // vLLM and SGLang Mxfp4Config.get_min_capability() return 80 (gpt-oss's MoE weights; Marlin below Hopper);
            // 1Cat-vLLM #82: "FP4 experts require the MXFP4 path, whose minimum CUDA capability is SM80. Tesla V100 is SM70".
            new Requirement(WeightFormat.MXFP4, Set.of("vllm", "sglang"), 8.0, "MXFP4 weights (gpt-oss)", "MXFP4 权重（gpt-oss）",
                    "vLLM and SGLang Mxfp4Config.get_min_capability 80"),
            // NVFP4 runs on FP4 tensor cores from Blackwell (10.0, 12.0) on; before it vLLM serves it weight-only through its
            // Marlin kernel ("Your GPU does not have native support for FP4 computation … Weight-only FP4 compression will be
            // used leveraging the Marlin kernel": vllm #31085, the nvidia/Qwen3.6-27B-NVFP4 discussions), which needs Ampere.
            new Requirement(WeightFormat.NVFP4, Set.of("vllm", "sglang"), 8.0, "NVFP4 weights (Marlin below Blackwell)", "NVFP4 权重（Blackwell 以下走 Marlin）",
                    "vLLM: native FP4 on Blackwell, weight-only Marlin FP4 on Ampere and Hopper (vllm #31085)"),
            // vLLM: "Bfloat16 is only supported on GPUs with compute capability of at least 8.0" when bfloat16 is asked for
            // (with dtype auto it falls back to float16 itself); the same check in SGLang's model config.
            new Requirement(WeightFormat.BF16, Set.of("vllm", "sglang"), 8.0, "bfloat16", "bfloat16",
                    "vLLM: 'Bfloat16 is only supported on GPUs with compute capability of at least 8.0'"));

    private FormatSupport() { }

    /**
     * The runtime a setup runs, lower case, as the table names runtimes: the engine the advisor knows, else the serving
     * engine the text names (LMDeploy, TensorRT-LLM: {@link UpFrontReservers}); null when none is known.
     */
    public static String runtimeOf(Engine engine, String text) {
        if (engine != null && engine != Engine.OTHER) return engine.id().toLowerCase(Locale.ROOT);
        return UpFrontReservers.of(engine, text).map(r -> r.display().toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** The requirement a format has on a runtime, or empty when the table has none (the runtime's own minimum holds). */
    public static Optional<Requirement> requirement(WeightFormat format, String runtime) {
        if (format == null) return Optional.empty();
        return TABLE.stream().filter(r -> r.format() == format && r.holdsFor(runtime))
                .max(java.util.Comparator.comparingDouble(Requirement::minCc));
    }

    /**
     * The shortfall of a card of the given compute capability for a format on a runtime, or empty when the card meets
     * the requirement, the table has none, or the card's capability is not known (0 or less: not an NVIDIA card the
     * catalog describes).
     */
    public static Optional<Shortfall> of(WeightFormat format, String runtime, String gpu, double cc) {
        if (cc <= 0) return Optional.empty();
        return requirement(format, runtime).filter(r -> cc < r.minCc()).map(r -> new Shortfall(r, gpu, cc));
    }
}
