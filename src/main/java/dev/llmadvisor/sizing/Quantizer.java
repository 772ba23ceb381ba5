package dev.llmadvisor.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each tensor of an architecture the storage type a format really uses for it. For GGUF mixes this
 * follows llama.cpp's quantizer ({@code llama_tensor_get_type} in src/llama-quant.cpp): the output head at
 * Q6_K, part of attn_v and ffn_down bumped up for the _M mixes, 8-expert models with Q8_0 attention K/V,
 * and a fallback type when a row is not a whole number of blocks. Without an importance matrix.
 */
public final class Quantizer {

    private Quantizer() { }

    /**
     * The tensor table a safetensors serving engine (vLLM, SGLang) loads for this format. It differs from the GGUF
     * mix only for MXFP4: gpt-oss checkpoints keep everything but the MoE experts in 16 bits (the model's
     * quantization_config lists attention, router, embedding and head under modules_to_not_convert,
     * https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json), where llama.cpp's MXFP4_MOE mix makes
     * them Q8_0. The MXFP4 expert tensors are loaded with their hidden dimension padded to {@link #MXFP4_HIDDEN_ALIGN}.
     */
    public static TensorTable quantizeForServing(ModelArch a, WeightFormat f) {
        if (f != WeightFormat.MXFP4) return quantize(a, f);
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : TensorTable.layout(a)) {
            GgmlType type = t.isVector() || t.name().contains("ffn_gate_inp") ? GgmlType.F32
                    : t.name().contains("_exps") && GgmlType.MXFP4.fits(t.rowLength()) ? GgmlType.MXFP4 : GgmlType.BF16;
            out.add(type == GgmlType.MXFP4 ? padHidden(t, a.hiddenSize()).withType(type) : t.withType(type));
        }
        return new TensorTable(out);
    }

    /**
     * vLLM's MXFP4 MoE layer allocates the expert weights with the hidden size rounded up to a multiple of 256 for its
     * kernels (Marlin, ROCm and Blackwell paths; vllm/model_executor/layers/quantization/mxfp4.py). gpt-oss's 2880
     * becomes 3072: gpt-oss-20b on an A100 printed "Model loading took 13.72 GiB" (eval/accuracy/vllm-logs.yaml,
     * gptoss20b-a100-065-128k), 12.81 GiB unpadded, 13.44 padded.
     */
    static final int MXFP4_HIDDEN_ALIGN = 256;

    private static Tensor padHidden(Tensor t, int hidden) {
        long padded = (hidden + MXFP4_HIDDEN_ALIGN - 1) / MXFP4_HIDDEN_ALIGN * MXFP4_HIDDEN_ALIGN;
        long[] shape = t.shape().clone();
        // gate and up take the hidden state as rows (ne0); down returns it (ne1)
        shape[t.name().contains("ffn_down_exps") ? 1 : 0] = padded;
        return new Tensor(t.name(), t.cls(), t.layer(), shape, t.type());
    }

    /**
     * Layouts by architecture: every weight format of a model quantizes the same tensors, so the names and shapes
     * are built once per model instead of once per format (bounded: cleared past 1,024 architectures).
     */
    private static final Map<ModelArch, List<Tensor>> LAYOUTS = new ConcurrentHashMap<>();

    static List<Tensor> layout(ModelArch a) {
        List<Tensor> l = LAYOUTS.get(a);
        if (l == null) {
            if (LAYOUTS.size() >= 1024) LAYOUTS.clear();
            l = List.copyOf(TensorTable.layout(a));
            LAYOUTS.put(a, l);
        }
        return l;
    }

    public static TensorTable quantize(ModelArch a, WeightFormat f) {
        if (f.isExl()) throw new IllegalArgumentException(f + " has no fixed type per tensor: its size comes from its bit rate (ExlQuant)");
        List<Tensor> layout = layout(a);
        State s = new State(a, f, layout);
        List<Tensor> out = new ArrayList<>(layout.size());
        for (Tensor t : layout) out.add(t.withType(s.typeOf(t)));
        return new TensorTable(out);
    }

    private static final class State {
        final ModelArch a;
        final WeightFormat f;
        final boolean hasOutput;
        final int nExpert;
        final int nGqa;
        final int nAttentionWv;
        final int nFfnDown;
        final int nFfnGate;
        final int nFfnUp;
        final boolean is70B;
        int iAttentionWv;
        int iFfnDown;
        int iFfnGate;
        int iFfnUp;

        final boolean q8EmbeddingAndHead;

        State(ModelArch a, WeightFormat f, List<Tensor> layout) {
            this.a = a;
            this.f = f.mix();
            this.q8EmbeddingAndHead = f.q8EmbeddingAndHead();
            this.hasOutput = layout.stream().anyMatch(t -> t.name().equals("output.weight"));
            this.nExpert = a.moe() == null ? 0 : a.moe().experts();
            this.nGqa = a.heads() / a.kvHeads();
            this.nAttentionWv = (int) layout.stream().filter(t -> t.name().endsWith("attn_v.weight")
                    || t.name().endsWith("attn_qkv.weight") || t.name().endsWith("attn_kv_b.weight")).count();
            this.nFfnDown = count(layout, "ffn_down");
            this.nFfnGate = count(layout, "ffn_gate");
            this.nFfnUp = count(layout, "ffn_up");
            // llama.cpp's LLM_TYPE_70B: the 80-layer Llama 2/3 70B models.
            this.is70B = a.arch().equals("llama") && a.layers() == 80 && a.moe() == null;
        }

        GgmlType typeOf(Tensor t) {
            if (!quantizable(t)) return GgmlType.F32;
            if (f.engine() == WeightFormat.Engine.VLLM) return servingType(t);
            if (f.engine() == WeightFormat.Engine.MLX) return mlxType(t);
            GgmlType base = f.baseType();
            if (base == GgmlType.F32 || base == GgmlType.F16 || base == GgmlType.BF16) return base;
            // llama-quantize never quantizes a learned position table: it keeps the converter's F16.
            if (t.name().equals("position_embd.weight")) return GgmlType.F16;
            if (q8EmbeddingAndHead && (t.cls() == TensorClass.TOKEN_EMBEDDING || t.cls() == TensorClass.OUTPUT)) {
                return compatible(t, GgmlType.Q8_0);
            }
            return compatible(t, mixType(t, base));
        }

        /** 1-D tensors (norms, biases) and the MoE router stay F32, as llama.cpp's converter writes them. */
        private boolean quantizable(Tensor t) {
            if (f == WeightFormat.F32) return false;
            // llama-quantize leaves the linear-attention convolution in F32 (its rows are the kernel's 4 taps)
            return !t.isVector() && !t.name().contains("ffn_gate_inp") && !t.name().contains("ssm_conv1d");
        }

        private GgmlType servingType(Tensor t) {
            // vLLM checkpoints keep embeddings and the LM head in 16 bits.
            if (t.cls() == TensorClass.TOKEN_EMBEDDING || t.cls() == TensorClass.OUTPUT) return GgmlType.BF16;
            GgmlType q = switch (f) {
                case FP8 -> GgmlType.FP8_E4M3;
                case GPTQ_INT8 -> GgmlType.GPTQ8_G128;
                case BNB_NF4 -> GgmlType.NF4_G64;
                case BNB_INT8 -> GgmlType.INT8_ROW;
                case NVFP4 -> GgmlType.NVFP4_G16;
                default -> GgmlType.GPTQ4_G128;
            };
            return q.fits(t.rowLength()) ? q : GgmlType.BF16;
        }

        /**
         * mlx-lm quantizes every Linear and Embedding whose input width is a whole number of groups, the LM head
         * included (mlx.nn.quantize); norms stay in 16 bits.
         */
        private GgmlType mlxType(Tensor t) {
            GgmlType q = switch (f) {
                case MLX_8BIT -> GgmlType.MLX8_G64;
                case MLX_6BIT -> GgmlType.MLX6_G64;
                default -> GgmlType.MLX4_G64;
            };
            return q.fits(t.rowLength()) ? q : GgmlType.BF16;
        }

        private static boolean useMoreBits(int i, int n) {
            return i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2;
        }

        /**
         * llama.cpp's llama_tensor_get_type. Where it branches on an importance matrix, the path taken is the one of the
         * files people download: IQ3_XXS and the 1- and 2-bit i-quants cannot be made without one (llama-quantize
         * refuses, tensor_requires_imatrix), the other mixes match llama.cpp's own size table without one.
         */
        private GgmlType mixType(Tensor t, GgmlType type) {
            String name = t.name();
            boolean output = name.equals("output.weight") || (!hasOutput && name.equals("token_embd.weight"));
            if (output) {
                if (f == WeightFormat.MXFP4) return GgmlType.Q8_0;
                if (!type.fits(t.rowLength())) return GgmlType.Q8_0;
                if (is(WeightFormat.IQ2_XXS, WeightFormat.IQ2_XS, WeightFormat.IQ3_XXS, WeightFormat.IQ1_S, WeightFormat.IQ2_S, WeightFormat.IQ2_M, WeightFormat.IQ1_M)) return GgmlType.Q5_K;
                return type != GgmlType.Q8_0 ? GgmlType.Q6_K : type;
            }
            if (f == WeightFormat.MXFP4) return t.shape().length > 2 && t.shape()[2] > 1 ? GgmlType.MXFP4 : GgmlType.Q8_0;
            if (name.equals("token_embd.weight")) {
                if (is(WeightFormat.IQ2_XXS, WeightFormat.IQ2_XS, WeightFormat.IQ1_S, WeightFormat.IQ1_M)) return GgmlType.Q2_K;
                if (is(WeightFormat.IQ2_S, WeightFormat.IQ2_M, WeightFormat.IQ3_XXS)) return GgmlType.IQ3_S;
                return type;
            }
            if (is(WeightFormat.IQ2_XXS, WeightFormat.IQ2_XS, WeightFormat.IQ1_S, WeightFormat.IQ2_S, WeightFormat.IQ2_M, WeightFormat.IQ1_M)) {
                return veryLowBitType(t, type);
            }
            if (name.contains("attn_v.weight")) {
                GgmlType r = type;
                if (f == WeightFormat.Q2_K) r = nGqa >= 4 ? GgmlType.Q4_K : GgmlType.Q3_K;
                else if (f == WeightFormat.Q2_K_S && nGqa >= 4) r = GgmlType.Q4_K;
                else if (f == WeightFormat.IQ3_XXS) r = nGqa >= 4 ? GgmlType.Q4_K : GgmlType.IQ3_XXS;
                else if (is(WeightFormat.IQ3_XS, WeightFormat.IQ3_S) && nGqa >= 4) r = GgmlType.Q4_K;
                else if (f == WeightFormat.IQ3_M) r = GgmlType.Q4_K;
                else if (f == WeightFormat.Q3_K_M) r = iAttentionWv < 2 ? GgmlType.Q5_K : GgmlType.Q4_K;
                else if (f == WeightFormat.Q3_K_L) r = GgmlType.Q5_K;
                else if (is(WeightFormat.IQ4_NL, WeightFormat.IQ4_XS) && nGqa >= 4) r = GgmlType.Q5_K;
                else if (is(WeightFormat.Q4_K_M, WeightFormat.Q5_K_M) && useMoreBits(iAttentionWv, nAttentionWv)) r = GgmlType.Q6_K;
                else if (f == WeightFormat.Q4_K_S && iAttentionWv < 4) r = GgmlType.Q5_K;
                if (is70B && (r == GgmlType.Q3_K || r == GgmlType.Q4_K)) r = GgmlType.Q5_K;
                if (nExpert == 8) r = GgmlType.Q8_0;
                iAttentionWv++;
                return r;
            }
            if (name.contains("attn_k.weight")) {
                if (nExpert == 8) return GgmlType.Q8_0;
                return attentionQkType(type);
            }
            if (name.contains("attn_q.weight")) return attentionQkType(type);
            if (name.contains("ffn_down")) {
                int i = nExpert > 1 ? t.layer() : iFfnDown;
                int n = nFfnDown;
                GgmlType r = type;
                if (f == WeightFormat.Q2_K) r = GgmlType.Q3_K;
                else if (f == WeightFormat.Q2_K_S) { if (i < n / 8) r = GgmlType.Q4_K; }
                else if (f == WeightFormat.Q3_K_M) r = i < n / 16 ? GgmlType.Q5_K : GgmlType.Q4_K;
                else if (f == WeightFormat.IQ3_M && (i < n / 8 || (nExpert == 8 && useMoreBits(i, n)))) r = GgmlType.Q4_K;
                else if (f == WeightFormat.Q3_K_L) r = GgmlType.Q5_K;
                else if (f == WeightFormat.Q4_K_M) { if (useMoreBits(i, n)) r = GgmlType.Q6_K; }
                else if (i < n / 8 && is(WeightFormat.IQ4_NL, WeightFormat.IQ4_XS)) r = GgmlType.Q5_K;
                else if (f == WeightFormat.Q5_K_M && useMoreBits(i, n)) r = GgmlType.Q6_K;
                else if (f == WeightFormat.Q4_K_S && i < n / 8) r = GgmlType.Q5_K;
                iFfnDown++;
                return r;
            }
            if (name.contains("attn_output.weight")) {
                if (nExpert == 8) {
                    return is(WeightFormat.Q2_K, WeightFormat.IQ3_XS, WeightFormat.IQ3_XXS, WeightFormat.Q3_K_S, WeightFormat.Q3_K_M,
                            WeightFormat.IQ4_NL, WeightFormat.Q4_K_S, WeightFormat.Q4_K_M, WeightFormat.IQ3_S, WeightFormat.IQ3_M,
                            WeightFormat.IQ4_XS) ? GgmlType.Q5_K : type;
                }
                if (f == WeightFormat.Q2_K) return GgmlType.Q3_K;
                if (f == WeightFormat.IQ3_XXS) return GgmlType.IQ3_S;
                if (f == WeightFormat.Q3_K_M || f == WeightFormat.IQ3_M) return GgmlType.Q4_K;
                if (f == WeightFormat.Q3_K_L) return GgmlType.Q5_K;
                return type;
            }
            if (name.contains("attn_qkv.weight")) {
                if (is(WeightFormat.Q3_K_M, WeightFormat.Q3_K_L, WeightFormat.IQ3_M)) return GgmlType.Q4_K;
                if (f == WeightFormat.Q4_K_M) return GgmlType.Q5_K;
                if (f == WeightFormat.Q5_K_M) return GgmlType.Q6_K;
            }
            if (name.contains("ffn_gate") || name.contains("ffn_up")) {
                boolean gate = name.contains("ffn_gate");
                int i = nExpert > 1 ? t.layer() : gate ? iFfnGate++ : iFfnUp++;
                int n = gate ? nFfnGate : nFfnUp;
                // IQ3_XS drops the middle three quarters of the gate and up projections to IQ3_XXS.
                if (f == WeightFormat.IQ3_XS && i >= n / 8 && i < 7 * n / 8) return GgmlType.IQ3_XXS;
            }
            return type;
        }

        /** Attention Q and K in the 3-bit i-quant mixes sit one step below the mix's base type. */
        private GgmlType attentionQkType(GgmlType type) {
            if (f == WeightFormat.IQ3_XS) return GgmlType.IQ3_XXS;
            if (f == WeightFormat.IQ3_XXS) return GgmlType.IQ2_S;
            return type;
        }

        private static int count(List<Tensor> layout, String role) {
            return (int) layout.stream()
                    .filter(t -> t.name().contains(role) && !t.name().contains("ffn_gate_inp") && t.name().endsWith(".weight"))
                    .count();
        }

        private GgmlType veryLowBitType(Tensor t, GgmlType type) {
            String name = t.name();
            boolean iq2sm = is(WeightFormat.IQ2_S, WeightFormat.IQ2_M);
            if (name.contains("attn_v.weight")) {
                iAttentionWv++;
                if (nGqa >= 4 || nExpert >= 4) return GgmlType.Q4_K;
                return iq2sm ? GgmlType.IQ3_S : GgmlType.Q2_K;
            }
            if (nExpert == 8 && name.contains("attn_k.weight")) return GgmlType.Q4_K;
            if (name.contains("ffn_down")) {
                GgmlType r = iFfnDown < nFfnDown / 8 ? (iq2sm ? GgmlType.IQ3_S : GgmlType.Q2_K) : type;
                iFfnDown++;
                return r;
            }
            if (name.contains("attn_output.weight")) {
                if (nExpert == 8) return GgmlType.Q5_K;
                if (is(WeightFormat.IQ1_S, WeightFormat.IQ1_M)) return GgmlType.IQ2_XXS;
                if (iq2sm) return GgmlType.IQ3_S;
            }
            return type;
        }

        private boolean is(WeightFormat... any) {
            for (WeightFormat x : any) if (x == f) return true;
            return false;
        }

        /** llama.cpp's fallback when a row is not a whole number of blocks of the chosen type. */
        private static GgmlType compatible(Tensor t, GgmlType type) {
            if (type.fits(t.rowLength())) return type;
            GgmlType fb = switch (type) {
                case IQ2_XXS, IQ2_XS, IQ2_S, IQ3_XXS, IQ3_S, IQ1_S, IQ1_M, Q2_K, Q3_K, IQ4_XS -> GgmlType.IQ4_NL;
                case Q4_K -> GgmlType.Q5_0;
                case Q5_K -> GgmlType.Q5_1;
                case Q6_K -> GgmlType.Q8_0;
                default -> GgmlType.F16;
            };
            return fb.fits(t.rowLength()) ? fb : GgmlType.F16;
        }
    }
}
