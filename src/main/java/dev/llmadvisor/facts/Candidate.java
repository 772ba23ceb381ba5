package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.Set;

/**
 * One option the rules judge: a model in a weight format, placed on the user's hardware by the sizing
 * core. Sizes in GB (GiB) so rules read like the guidance ("totalGb > vramGb").
 *
 * @param tierB      the size tier of the guidance the model falls in (1.5, 7, 8, 14, 32, 70, 671 ...)
 * @param requested  the user named this model
 * @param gpuGb      what the GPUs hold; vramGb what they offer (memory less the display/driver reserve)
 * @param ramGb      what system RAM holds; ramCapacityGb what it may hold
 */
public record Candidate(
        String key,
        String modelId,
        String modelName,
        String family,
        double paramsB,
        double activeParamsB,
        boolean moe,
        Set<String> uses,
        Set<String> languages,
        double tierB,
        WeightFormat format,
        int formatBits,
        String formatQuality,
        boolean requested,
        int context,
        int maxContext,
        Placement placement,
        double fileGb,
        double weightsGb,
        double kvGb,
        double computeGb,
        double overheadGb,
        double totalGb,
        double gpuGb,
        double vramGb,
        double ramGb,
        double ramCapacityGb,
        int gpuLayers,
        int layers,
        boolean expertsInRam,
        double tpsLow,
        double tpsHigh) {

    public Candidate {
        uses = uses == null ? Set.of() : Set.copyOf(uses);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    public boolean fits() { return placement != Placement.NONE; }

    /** Entirely in GPU memory, on one card or several. */
    public boolean onGpu() { return placement == Placement.GPU || placement == Placement.MULTI_GPU; }

    /** GPU memory left after loading; negative when it overflows. */
    public double headroomGb() { return vramGb - gpuGb; }

    public boolean usedFor(String tag) { return uses.contains(tag); }

    /** gpu, multi_gpu, offload or none, as the JSON output and the scenarios name it (CPU-only runs count as offload). */
    public String placementName() {
        return switch (placement) {
            case GPU -> "gpu";
            case MULTI_GPU -> "multi_gpu";
            case OFFLOAD, CPU -> "offload";
            case NONE -> "none";
        };
    }

    public boolean speaks(String lang) { return languages.contains(lang); }

    /** "9.0 GB weights + 1.3 GB KV at 8k + 0.6 GB buffers + 0.4 GB runtime = 11.3 of 16 GB". */
    public String arithmetic(Lang lang) {
        String ctx = context >= 1024 ? (context / 1024) + "k" : String.valueOf(context);
        boolean zh = lang == Lang.ZH;
        String w = Numbers.fixed(weightsGb, 1), kv = Numbers.fixed(kvGb, 1), buf = Numbers.fixed(computeGb, 1),
                rt = Numbers.fixed(overheadGb, 1), tot = Numbers.fixed(totalGb, 1);
        String sum = zh
                ? "权重 " + w + " GB + KV 缓存 " + kv + " GB（" + ctx + " 上下文）+ 计算缓冲 " + buf + " GB + 运行时 " + rt + " GB = " + tot + " GB"
                : w + " GB weights + " + kv + " GB KV at " + ctx + " + " + buf + " GB buffers + " + rt + " GB runtime = " + tot + " GB";
        if (vramGb <= 0) return sum;
        String gpu = Numbers.fixed(gpuGb, 1), vram = Numbers.fixed(vramGb, 1), ram = Numbers.fixed(ramGb, 1);
        String where = switch (placement) {
            case GPU, MULTI_GPU -> zh ? "，占可用显存 " + gpu + " / " + vram + " GB" : ", " + gpu + " of " + vram + " GB usable VRAM";
            default -> zh ? "，占可用显存 " + gpu + " / " + vram + " GB，内存 " + ram + " GB" : ", " + gpu + " of " + vram + " GB usable VRAM + " + ram + " GB RAM";
        };
        return sum + where;
    }
}
