package dev.llmadvisor.sizing.engine;

/**
 * What a GPU's arithmetic supports, as far as engines care: hardware FP8 (NVIDIA compute capability 8.9 and
 * later, AMD CDNA 3), BF16 (NVIDIA Ampere and later) and how it runs NVFP4 weights. Null: not known (a card the
 * catalog does not describe); sizers then allow the format and say the support is unchecked.
 */
public record GpuCaps(Boolean fp8, Boolean bf16, Fp4Path nvfp4) {

    public static final GpuCaps UNKNOWN = new GpuCaps(null, null, null);

    /**
     * How a card runs NVFP4 weights in vLLM, worst first: not at all, weight-only through the Marlin kernel (NVIDIA
     * Ampere and Hopper: "Your GPU does not have native support for FP4 computation … Weight-only FP4 compression will
     * be used leveraging the Marlin kernel", vllm #31085), or on FP4 tensor cores (Blackwell, compute capability 10.0+).
     */
    public enum Fp4Path { NONE, WEIGHT_ONLY, NATIVE }

    /** Every card of a set must support a feature for the engine to use it. */
    public static GpuCaps all(java.util.List<GpuCaps> caps) {
        Boolean fp8 = Boolean.TRUE, bf16 = Boolean.TRUE;
        Fp4Path fp4 = Fp4Path.NATIVE;
        boolean fp4Unknown = false;
        for (GpuCaps c : caps) {
            fp8 = and(fp8, c.fp8());
            bf16 = and(bf16, c.bf16());
            if (c.nvfp4() == null) fp4Unknown = true;
            else if (c.nvfp4().compareTo(fp4) < 0) fp4 = c.nvfp4();
        }
        if (fp4Unknown && fp4 != Fp4Path.NONE) fp4 = null;
        return caps.isEmpty() ? UNKNOWN : new GpuCaps(fp8, bf16, fp4);
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) return Boolean.FALSE;
        if (a == null || b == null) return null;
        return Boolean.TRUE;
    }
}
