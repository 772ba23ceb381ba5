package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.engine.GpuCaps;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One GPU of the catalog (knowledge/gpus.yaml): dedicated memory in {@code vramGb}, or for unified-memory chips (Apple
 * Silicon, DGX Spark, Strix Halo) the memory sizes it is sold with (then vramGb is 0).
 *
 * @param arch              micro-architecture: Pascal, Volta, Turing, Ampere, Ada, Hopper, Blackwell, GCN5, RDNA1-4,
 *                          RDNA3.5, CDNA1-4, Xe-HPG, Xe2, Apple M1-M5, and for Huawei NPUs the Ascend chip (Ascend 910, Ascend 910B,
 *                          Ascend 310P, Ascend 310B) (null only in hand-written test catalogs)
 * @param computeCapability NVIDIA CUDA compute capability, e.g. "8.6" (null for other vendors)
 * @param gpuCores          Apple GPU core count of the bin the entry describes (null for other vendors)
 * @param memoryModsGb      memory sizes of known aftermarket modifications (2080 Ti 22 GB, 4090 48 GB)
 * @param fp16Tflops        dense FP16 throughput in TFLOPS (matrix units, FP32 accumulate, no sparsity; the FP32 rate
 *                          for cards without FP16 matrix units), for prompt-processing speed; null when not recorded
 */
public record GpuEntry(String name, String vendor, List<String> aliases, double vramGb, List<Integer> unifiedMemoryGb,
                       double bandwidthGBs, Device.Backend backend, String segment, int released, String source,
                       String arch, String computeCapability, Integer gpuCores, List<Integer> memoryModsGb,
                       Double fp16Tflops) {

    /** AMD architectures with BF16 matrix instructions (WMMA on RDNA 3 and later, MFMA on every CDNA). */
    private static final Set<String> AMD_BF16 = Set.of("RDNA3", "RDNA3.5", "RDNA4", "CDNA1", "CDNA2", "CDNA3", "CDNA4");
    /** AMD architectures with FP8 matrix instructions (MFMA FP8 from CDNA 3, WMMA FP8 on RDNA 4). */
    private static final Set<String> AMD_FP8 = Set.of("RDNA4", "CDNA3", "CDNA4");

    public GpuEntry {
        aliases = List.copyOf(aliases);
        unifiedMemoryGb = List.copyOf(unifiedMemoryGb);
        memoryModsGb = memoryModsGb == null ? List.of() : List.copyOf(memoryModsGb);
    }

    /** The entry without its FP16 rate. */
    public GpuEntry(String name, String vendor, List<String> aliases, double vramGb, List<Integer> unifiedMemoryGb,
                    double bandwidthGBs, Device.Backend backend, String segment, int released, String source,
                    String arch, String computeCapability, Integer gpuCores, List<Integer> memoryModsGb) {
        this(name, vendor, aliases, vramGb, unifiedMemoryGb, bandwidthGBs, backend, segment, released, source,
                arch, computeCapability, gpuCores, memoryModsGb, null);
    }

    /** The entry without the fields added for architecture, Apple bins and memory mods. */
    public GpuEntry(String name, String vendor, List<String> aliases, double vramGb, List<Integer> unifiedMemoryGb,
                    double bandwidthGBs, Device.Backend backend, String segment, int released, String source) {
        this(name, vendor, aliases, vramGb, unifiedMemoryGb, bandwidthGBs, backend, segment, released, source,
                null, null, null, List.of(), null);
    }

    /** The catalog's vendor of its one phone entry: a phone's SoC named by the phone, not by the chip. */
    public static final String PHONE_VENDOR = "mobile";

    public boolean isUnified() { return !unifiedMemoryGb.isEmpty(); }

    /**
     * The least share of a card's sold memory that a log reports as its capacity (label rule G: 14.75 GiB is a 16 GB T4,
     * 79.15 an 80 GB A100); the driver's and the runtime's reserve take the rest.
     */
    private static final double PRINTED_SHARE = 0.9;

    /** Whether {@code gb} is what a log prints of this card's memory: a little under the size sold. */
    public boolean printedAs(double gb) {
        return !isUnified() && vramGb > gb && gb >= PRINTED_SHARE * vramGb;
    }

    /** The memory this card is sold with when {@code gb} is what a log prints of it ({@link #printedAs}), else {@code gb}. */
    public double soldSize(double gb) {
        return printedAs(gb) ? vramGb : gb;
    }

    /** What a memory-modded card's device name carries after the catalog name ("GeForce RTX 2080 Ti (modified)"). */
    public static final String MODIFIED = " (modified)";

    /** Whether {@code memoryGb} is a known aftermarket memory size of this card rather than a factory one. */
    public boolean isModded(double memoryGb) {
        return !isUnified() && Math.abs(memoryGb - vramGb) >= 0.5
                && memoryModsGb.stream().anyMatch(m -> Math.abs(m - memoryGb) < 0.5);
    }

    /** Compute capability as a number ("3.7" gives 3.7), or 0 when not an NVIDIA entry. */
    public double computeCapabilityValue() {
        int c = cc();
        return c < 0 ? 0 : c / 10.0;
    }

    /** Compute capability as major * 10 + minor ("8.9" gives 89), or -1 when not an NVIDIA entry. */
    private int cc() {
        if (computeCapability == null) return -1;
        String[] p = computeCapability.split("\\.");
        return Integer.parseInt(p[0]) * 10 + Integer.parseInt(p[1]);
    }

    /**
     * Hardware FP8 matrix math. NVIDIA: compute capability 8.9 (Ada) and later, per the CUDA C++ Programming Guide's
     * FP8 types (__nv_fp8_e4m3) and NVIDIA's Ada/Hopper whitepapers; Ampere and older have none. AMD: CDNA 3 (MI300)
     * and CDNA 4 MFMA FP8 (AMD CDNA 3 ISA), and RDNA 4 WMMA FP8/BF8 (AMD RDNA 4 ISA, V_WMMA_F32_16X16X16_FP8_FP8).
     * Intel Arc (XMX: FP16, BF16, INT8), Apple GPUs and Huawei's Ascend 910B/310P/310B have no FP8 units (Huawei's CANN
     * cross-platform migration guide lists FP8 for the Ascend 950 only).
     */
    public boolean supportsFp8() {
        return switch (vendor) {
            case "nvidia" -> cc() >= 89;
            case "amd" -> arch != null && AMD_FP8.contains(arch);
            default -> false;
        };
    }

    /**
     * How the card runs NVFP4 weights: natively on NVIDIA Blackwell (compute capability 10.0 and later: B200, RTX 50,
     * RTX PRO 6000, GB10), weight-only through vLLM's Marlin kernel on Ampere and Hopper (8.0+), not at all otherwise
     * (NVFP4 is NVIDIA's format; Marlin is a CUDA kernel).
     */
    public GpuCaps.Fp4Path nvfp4() {
        if (!vendor.equals("nvidia")) return GpuCaps.Fp4Path.NONE;
        if (cc() < 0) return null;
        if (cc() < 80) return GpuCaps.Fp4Path.NONE;
        return cc() >= 100 ? GpuCaps.Fp4Path.NATIVE : GpuCaps.Fp4Path.WEIGHT_ONLY;
    }

    /**
     * BF16 compute. NVIDIA: compute capability 8.0 (Ampere) and later (CUDA C++ Programming Guide, __nv_bfloat16
     * arithmetic needs sm_80). AMD: RDNA 3 WMMA BF16 (AMD RDNA 3 ISA) and every CDNA (MI100 whitepaper lists BF16
     * matrix throughput; CDNA 2/3 extend it); GCN 5 (MI50/MI60) and RDNA 1/2 have none. Apple: M2 and later (bfloat16
     * in Metal on Apple GPU family 8+; M1 only emulates it). Intel Arc: XMX engines support BF16 (Alchemist and later).
     * Huawei: the Ascend 910B (CANN platform config Ascend910B2C.ini, support_bf16=1); the 310P runs float16 only (vLLM
     * Ascend's Atlas 300I tutorial), and the 310B is not counted either.
     */
    public boolean supportsBf16() {
        return switch (vendor) {
            case "nvidia" -> cc() >= 80;
            case "amd" -> arch != null && AMD_BF16.contains(arch);
            case "apple" -> arch != null && arch.matches("Apple M\\d+") && Integer.parseInt(arch.substring(7)) >= 2;
            case "intel" -> true;
            case "huawei" -> "Ascend 910B".equals(arch);
            default -> false;
        };
    }

    /**
     * The device with the given memory (null: the catalog's VRAM, or the smallest unified configuration). A known
     * memory mod is named as such ("GeForce RTX 2080 Ti (modified)").
     *
     * <p>Unified memory: the GPU may only use part of it. Metal lets the GPU use only its recommendedMaxWorkingSetSize,
     * which llama.cpp logs at start-up: 21845.34 MB on 32 GB machines (two thirds; ollama/ollama#434,
     * ggml-org/llama.cpp#2011) and 73728.00 MB on 96 GB machines (three quarters; ggml-org/llama.cpp#3213). AMD Strix
     * Halo: Variable Graphics Memory gives the GPU at most 96 GB of 128 GB (three quarters; AMD's Variable Graphics
     * Memory FAQ, amd.com/en/blogs/2025). NVIDIA GB10 / Jetson (CUDA on shared LPDDR5X): NVIDIA prints no GPU share (the
     * GPU may take what the OS leaves free less a 2 GB display reserve, DGX Spark release notes), so three quarters is
     * assumed too; a larger share would leave nothing of the sizer's RAM share (85% of RAM, less the GPU's part) for
     * the buffers llama.cpp keeps on the host.
     */
    /**
     * The card's name for the memory it is sized with: another memory than the one in the catalog name ("A800 SXM4
     * 80GB" told as 40 GB) drops that figure, so the card is never shown with two memories.
     */
    public String nameFor(double memoryGb) {
        if (isUnified() || Math.abs(memoryGb - vramGb) < 0.5 || isModded(memoryGb)) return name;
        return name.replaceFirst("\\s*\\b\\d+(?:\\.\\d+)?\\s?GB$", "");
    }

    /** The share of a Mac's memory Metal lets its GPU use (recommendedMaxWorkingSetSize; sources above). */
    public static double metalShare(double ramGb) {
        return ramGb <= 36 ? 2.0 / 3 : 3.0 / 4;
    }

    public Device toDevice(Double memoryGb) {
        if (!isUnified()) {
            double gb = memoryGb != null ? memoryGb : vramGb;
            return Device.gpu(isModded(gb) ? name + MODIFIED : nameFor(gb), backend, gb, bandwidthGBs);
        }
        double ram = memoryGb != null ? memoryGb : unifiedMemoryGb.stream().mapToInt(Integer::intValue).min().orElseThrow();
        double share = backend == Device.Backend.METAL ? metalShare(ram) : 3.0 / 4;
        String label = name + String.format(Locale.ROOT, " %.0fGB", ram);
        return new Device(label, backend, Units.gib(ram), Units.gib(ram * share), bandwidthGBs);
    }
}
