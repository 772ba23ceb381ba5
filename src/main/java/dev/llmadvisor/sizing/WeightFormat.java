package dev.llmadvisor.sizing;

import java.util.Locale;
import java.util.Optional;

/**
 * A weight format as people choose it: a GGUF quantization mix (llama.cpp / Ollama), a plain float
 * type, or a safetensors format served by vLLM and similar engines. A GGUF mix is not one bit width:
 * {@link Quantizer} gives each tensor the type llama.cpp's quantizer uses for it.
 */
public enum WeightFormat {
    F32(Engine.LLAMA_CPP, GgmlType.F32, 0, 32),
    F16(Engine.LLAMA_CPP, GgmlType.F16, 1, 16),
    BF16(Engine.LLAMA_CPP, GgmlType.BF16, 32, 16),
    Q8_0(Engine.LLAMA_CPP, GgmlType.Q8_0, 7, 8),
    Q8_K_XL(Q8_0),
    Q6_K(Engine.LLAMA_CPP, GgmlType.Q6_K, 18, 6),
    Q6_K_L(Q6_K),
    Q6_K_XL(Q6_K),
    Q5_K_M(Engine.LLAMA_CPP, GgmlType.Q5_K, 17, 5),
    Q5_K_L(Q5_K_M),
    Q5_K_XL(Q5_K_M),
    Q5_K_S(Engine.LLAMA_CPP, GgmlType.Q5_K, 16, 5),
    Q5_0(Engine.LLAMA_CPP, GgmlType.Q5_0, 8, 5),
    Q5_1(Engine.LLAMA_CPP, GgmlType.Q5_1, 9, 5),
    Q4_K_M(Engine.LLAMA_CPP, GgmlType.Q4_K, 15, 4),
    Q4_K_L(Q4_K_M),
    Q4_K_XL(Q4_K_M),
    Q4_K_S(Engine.LLAMA_CPP, GgmlType.Q4_K, 14, 4),
    Q4_0(Engine.LLAMA_CPP, GgmlType.Q4_0, 2, 4),
    Q4_1(Engine.LLAMA_CPP, GgmlType.Q4_1, 3, 4),
    IQ4_XS(Engine.LLAMA_CPP, GgmlType.IQ4_XS, 30, 4),
    IQ4_NL(Engine.LLAMA_CPP, GgmlType.IQ4_NL, 25, 4),
    Q3_K_L(Engine.LLAMA_CPP, GgmlType.Q3_K, 13, 3),
    Q3_K_XL(Q3_K_L),
    Q3_K_M(Engine.LLAMA_CPP, GgmlType.Q3_K, 12, 3),
    Q3_K_S(Engine.LLAMA_CPP, GgmlType.Q3_K, 11, 3),
    IQ3_M(Engine.LLAMA_CPP, GgmlType.IQ3_S, 27, 3),
    IQ3_S(Engine.LLAMA_CPP, GgmlType.IQ3_S, 26, 3),
    IQ3_XS(Engine.LLAMA_CPP, GgmlType.IQ3_S, 22, 3),
    IQ3_XXS(Engine.LLAMA_CPP, GgmlType.IQ3_XXS, 23, 3),
    Q2_K(Engine.LLAMA_CPP, GgmlType.Q2_K, 10, 2),
    Q2_K_L(Q2_K),
    Q2_K_XL(Q2_K),
    Q2_K_S(Engine.LLAMA_CPP, GgmlType.Q2_K, 21, 2),
    IQ2_M(Engine.LLAMA_CPP, GgmlType.IQ2_S, 29, 2),
    /** The IQ2_S mix: most tensors IQ2_XS, the sensitive ones IQ3_S (llama_ftype_get_default_type). */
    IQ2_S(Engine.LLAMA_CPP, GgmlType.IQ2_XS, 28, 2),
    IQ2_XS(Engine.LLAMA_CPP, GgmlType.IQ2_XS, 20, 2),
    IQ2_XXS(Engine.LLAMA_CPP, GgmlType.IQ2_XXS, 19, 2),
    IQ1_M(Engine.LLAMA_CPP, GgmlType.IQ1_M, 31, 1),
    IQ1_S(Engine.LLAMA_CPP, GgmlType.IQ1_S, 24, 1),
    MXFP4(Engine.LLAMA_CPP, GgmlType.MXFP4, 38, 4),
    FP8(Engine.VLLM, null, -1, 8),
    GPTQ_INT8(Engine.VLLM, null, -1, 8),
    GPTQ_INT4(Engine.VLLM, null, -1, 4),
    AWQ_INT4(Engine.VLLM, null, -1, 4),
    /** bitsandbytes 4-bit NF4, quantized while loading (vLLM --quantization bitsandbytes, TGI, transformers). */
    BNB_NF4(Engine.VLLM, null, -1, 4),
    /** bitsandbytes LLM.int8() (transformers load_in_8bit). */
    BNB_INT8(Engine.VLLM, null, -1, 8),
    /** NVIDIA's NVFP4 (ModelOpt, LLM Compressor checkpoints): native on Blackwell, weight-only through Marlin before it. */
    NVFP4(Engine.VLLM, null, -1, 4),
    /** MLX 4-, 6- and 8-bit affine quantization (group size 64), Apple Silicon only. */
    MLX_4BIT(Engine.MLX, null, -1, 4),
    MLX_6BIT(Engine.MLX, null, -1, 6),
    MLX_8BIT(Engine.MLX, null, -1, 8),
    /**
     * ExLlamaV2's EXL2 and ExLlamaV3's EXL3: each linear layer quantized at the bit rate its converter chose to reach a
     * stated average (2 to 8 bits per weight), sized by {@link ExlQuant} at the rate named ("4.65bpw").
     */
    EXL2(Engine.EXLLAMA, null, -1, 4),
    EXL3(Engine.EXLLAMA, null, -1, 4);

    /**
     * Which kind of engine serves the format; it decides buffers and overheads. VLLM stands for the
     * safetensors serving engines (vLLM, SGLang, TGI, transformers), MLX for Apple's MLX, EXLLAMA for ExLlama's own formats.
     */
    public enum Engine { LLAMA_CPP, VLLM, MLX, EXLLAMA }

    private final Engine engine;
    private final GgmlType baseType;
    private final int ggufFileType;
    private final int nominalBits;
    private final WeightFormat mix;

    WeightFormat(Engine engine, GgmlType baseType, int ggufFileType, int nominalBits) {
        this.engine = engine;
        this.baseType = baseType;
        this.ggufFileType = ggufFileType;
        this.nominalBits = nominalBits;
        this.mix = null;
    }

    /**
     * A publisher's variant of a llama.cpp mix with the token embedding and the output head kept at Q8_0 (bartowski's
     * Q6_K_L, Q5_K_L, Q4_K_L, Q3_K_XL, Q2_K_L: llama-quantize with {@code --token-embedding-type q8_0
     * --output-tensor-type q8_0}), and Unsloth's dynamic "UD-…_XL" files (Q2_K_XL to Q8_K_XL), which keep those and a few
     * sensitive layers above the mix (unsloth.ai docs, Unsloth Dynamic 2.0); the file carries the mix's own file type.
     */
    WeightFormat(WeightFormat mix) {
        this.engine = mix.engine;
        this.baseType = mix.baseType;
        this.ggufFileType = mix.ggufFileType;
        this.nominalBits = mix.nominalBits;
        this.mix = mix;
    }

    /** The llama.cpp mix whose per-tensor rules apply: this format, or the one a Q8_0-head variant is built on. */
    public WeightFormat mix() { return mix == null ? this : mix; }

    /** Token embedding and output head at Q8_0 whatever the mix gives them. */
    public boolean q8EmbeddingAndHead() { return mix != null; }

    public Engine engine() { return engine; }

    /** The type most tensors of the mix get (null for safetensors formats). */
    public GgmlType baseType() { return baseType; }

    /** The LLAMA_FTYPE id written as general.file_type in GGUF files, -1 for non-GGUF formats. */
    public int ggufFileType() { return ggufFileType; }

    /** The bit width people name the format by (Q4_K_M is "4-bit" though it averages more). */
    public int nominalBits() { return nominalBits; }

    public boolean isGguf() { return engine == Engine.LLAMA_CPP; }

    /**
     * A GGUF quantization, which exists only as a .gguf file; the 16/32-bit floats and MXFP4 (gpt-oss) are also what
     * safetensors checkpoints carry, so a serving engine loads those as the checkpoint.
     */
    public boolean ggufFileOnly() {
        return isGguf() && this != F32 && this != F16 && this != BF16 && this != MXFP4;
    }

    /** ExLlama's formats, whose size is a bit rate the person names rather than a fixed type per tensor. */
    public boolean isExl() { return engine == Engine.EXLLAMA; }

    /**
     * The name people and publishers write: a GGUF quant as in file names and Ollama tags (Q4_K_M); a checkpoint format as
     * its repositories and engines name it (AWQ, GPTQ-Int4), never the enum's own spelling ("AWQ_INT4") in a reply.
     */
    public String label() {
        return switch (this) {
            case GPTQ_INT8 -> "GPTQ-Int8";
            case GPTQ_INT4 -> "GPTQ-Int4";
            case AWQ_INT4 -> "AWQ";
            case BNB_NF4 -> "bitsandbytes NF4";
            case BNB_INT8 -> "bitsandbytes 8-bit";
            case MLX_4BIT -> "MLX 4-bit";
            case MLX_6BIT -> "MLX 6-bit";
            case MLX_8BIT -> "MLX 8-bit";
            default -> name();
        };
    }

    public static Optional<WeightFormat> byGgufFileType(int id) {
        for (WeightFormat f : values()) if (f.ggufFileType == id && id >= 0) return Optional.of(f);
        return Optional.empty();
    }

    /** Parses Q4_K_M, q4_k_m, Q4KM, fp16, awq, gptq-int4, int8 and similar spellings. */
    public static Optional<WeightFormat> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        // Unsloth's "UD-" (dynamic) prefix names the publisher's mix, not another format: UD-Q2_K_XL is a Q2_K_XL file
        if (s.startsWith("UD_")) s = s.substring(3);
        for (WeightFormat f : values()) {
            if (f.name().equals(s) || f.name().replace("_", "").equals(s.replace("_", ""))) return Optional.of(f);
        }
        return switch (s) {
            case "FP32", "FLOAT32" -> Optional.of(F32);
            case "FP16", "FLOAT16", "HALF" -> Optional.of(F16);
            case "BFLOAT16" -> Optional.of(BF16);
            case "Q8", "INT8", "8BIT", "8_BIT", "8BITS" -> Optional.of(Q8_0);
            case "Q6" -> Optional.of(Q6_K);
            case "Q5", "Q5_K" -> Optional.of(Q5_K_M);
            case "Q4", "Q4_K", "INT4", "4BIT", "4_BIT", "4BITS" -> Optional.of(Q4_K_M);
            case "Q3", "Q3_K", "INT3", "3BIT", "3_BIT" -> Optional.of(Q3_K_M);
            case "Q2", "INT2", "2BIT", "2_BIT" -> Optional.of(Q2_K);
            case "FP8_E4M3", "F8", "F8_E4M3" -> Optional.of(FP8);
            case "FP4", "NV_FP4", "MODELOPT_FP4", "W4A4_NVFP4", "W4A16_NVFP4" -> Optional.of(NVFP4);
            case "GPTQ", "GPTQ_4BIT", "GPTQ4", "GPTQ_INT4" -> Optional.of(GPTQ_INT4);
            case "GPTQ8", "GPTQ_8BIT" -> Optional.of(GPTQ_INT8);
            case "AWQ", "AWQ4", "AWQ_4BIT" -> Optional.of(AWQ_INT4);
            case "NF4", "BNB", "BNB4", "BITSANDBYTES", "BITSANDBYTES_NF4", "BNB_4BIT" -> Optional.of(BNB_NF4);
            case "BNB8", "BNB_8BIT", "LLM_INT8", "BITSANDBYTES_8BIT", "BITSANDBYTES_8_BIT" -> Optional.of(BNB_INT8);
            case "MLX4", "MLX_4", "MLX_Q4" -> Optional.of(MLX_4BIT);
            case "MLX6", "MLX_6", "MLX_Q6" -> Optional.of(MLX_6BIT);
            case "MLX8", "MLX_8", "MLX_Q8" -> Optional.of(MLX_8BIT);
            default -> Optional.empty();
        };
    }
}
