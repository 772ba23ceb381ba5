package dev.llmadvisor.sizing.engine;

/**
 * What a GPU's arithmetic supports, as far as engines care: hardware FP8 (NVIDIA compute capability 8.9 and
 * later, AMD CDNA 3) and BF16 (NVIDIA Ampere and later). Null: not known (a card the catalog does not
 * describe); sizers then allow the format and say the support is unchecked.
 */
public record GpuCaps(Boolean fp8, Boolean bf16) {

    public static final GpuCaps UNKNOWN = new GpuCaps(null, null);

    /** Every card of a set must support a feature for the engine to use it. */
    public static GpuCaps all(java.util.List<GpuCaps> caps) {
        Boolean fp8 = Boolean.TRUE, bf16 = Boolean.TRUE;
        for (GpuCaps c : caps) {
            fp8 = and(fp8, c.fp8());
            bf16 = and(bf16, c.bf16());
        }
        return caps.isEmpty() ? UNKNOWN : new GpuCaps(fp8, bf16);
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) return Boolean.FALSE;
        if (a == null || b == null) return null;
        return Boolean.TRUE;
    }
}
