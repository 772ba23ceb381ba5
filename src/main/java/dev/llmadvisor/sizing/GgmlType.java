package dev.llmadvisor.sizing;

import java.util.Locale;
import java.util.Optional;

/**
 * Storage types of ggml tensors, with their real block layout (bytes per block / values per block),
 * as defined in ggml's type traits. The numeric id is the one written in GGUF tensor infos.
 */
public enum GgmlType {
    F32(0, 4, 1),
    F16(1, 2, 1),
    Q4_0(2, 18, 32),
    Q4_1(3, 20, 32),
    Q5_0(6, 22, 32),
    Q5_1(7, 24, 32),
    Q8_0(8, 34, 32),
    Q8_1(9, 36, 32),
    Q2_K(10, 84, 256),
    Q3_K(11, 110, 256),
    Q4_K(12, 144, 256),
    Q5_K(13, 176, 256),
    Q6_K(14, 210, 256),
    Q8_K(15, 292, 256),
    IQ2_XXS(16, 66, 256),
    IQ2_XS(17, 74, 256),
    IQ3_XXS(18, 98, 256),
    IQ1_S(19, 50, 256),
    IQ4_NL(20, 18, 32),
    IQ3_S(21, 110, 256),
    IQ2_S(22, 82, 256),
    IQ4_XS(23, 136, 256),
    I8(24, 1, 1),
    I16(25, 2, 1),
    I32(26, 4, 1),
    I64(27, 8, 1),
    F64(28, 8, 1),
    IQ1_M(29, 56, 256),
    BF16(30, 2, 1),
    TQ1_0(34, 54, 256),
    TQ2_0(35, 66, 256),
    MXFP4(39, 17, 32),
    // Not ggml types: safetensors formats served by vLLM, sized the same way. Negative ids never match a GGUF file.
    /** FP8 E4M3 weights (scales are per tensor or per channel, negligible). */
    FP8_E4M3(-1, 1, 1),
    /** GPTQ/AWQ 4-bit, group size 128: 64 bytes of weights + fp16 scale + packed 4-bit zero per group, two groups. */
    GPTQ4_G128(-2, 133, 256, 128),
    /** GPTQ 8-bit, group size 128: 128 bytes + fp16 scale + 8-bit zero per group, two groups. */
    GPTQ8_G128(-3, 262, 256, 128),
    /**
     * bitsandbytes NF4, block size 64: 32 bytes of 4-bit codes + one fp32 absmax per block (bitsandbytes' default
     * blocksize for 4-bit; https://huggingface.co/docs/bitsandbytes/reference/nn/linear4bit).
     */
    NF4_G64(-4, 36, 64),
    /** bitsandbytes LLM.int8(): one int8 per weight + one fp32 scale per output row (rows of 4096: negligible). */
    INT8_ROW(-5, 1, 1),
    /**
     * MLX affine quantization, group size 64 (mlx-lm's default), with a scale and a bias per group in 16 bits
     * (mlx.core.quantize: "scales and biases", https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.quantize.html):
     * 4-bit 32 + 4 bytes per 64 weights (4.5 bpw), 6-bit 48 + 4 (6.5 bpw), 8-bit 64 + 4 (8.5 bpw).
     */
    MLX4_G64(-6, 36, 64),
    MLX6_G64(-7, 52, 64),
    MLX8_G64(-8, 68, 64),
    /**
     * NVIDIA NVFP4: E2M1 values, one FP8 (E4M3) scale per 16 and one FP32 scale per tensor: 8 + 1 bytes per 16 weights
     * (4.5 bpw; Intel Neural Compressor's NVFP4 table: block size 16, UE4M3 scale, FP32 global scale; ModelOpt
     * checkpoints: hf_quant_config.json quant_algo NVFP4, group_size 16).
     */
    NVFP4_G16(-9, 9, 16);

    private final int id;
    private final int blockBytes;
    private final int blockSize;
    /** A row must hold a whole number of these: the block, or for GPTQ/AWQ one group of 128 (their block is two). */
    private final int group;

    GgmlType(int id, int blockBytes, int blockSize) {
        this(id, blockBytes, blockSize, blockSize);
    }

    GgmlType(int id, int blockBytes, int blockSize, int group) {
        this.id = id;
        this.blockBytes = blockBytes;
        this.blockSize = blockSize;
        this.group = group;
    }

    public int id() { return id; }
    public int blockBytes() { return blockBytes; }
    public int blockSize() { return blockSize; }

    public double bitsPerWeight() { return blockBytes * 8.0 / blockSize; }

    /** Bytes of one row of {@code n} values (an odd group of a two-group block rounded up); -1 when n is not a whole number of groups. */
    public long rowBytes(long n) {
        if (n % group != 0) return -1;
        return (n * blockBytes + blockSize - 1) / blockSize;
    }

    public boolean fits(long rowLength) { return rowLength % group == 0; }

    public static Optional<GgmlType> byId(int id) {
        for (GgmlType t : values()) if (t.id == id) return Optional.of(t);
        return Optional.empty();
    }

    public static Optional<GgmlType> byName(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
