package dev.llmadvisor.engine;

import dev.llmadvisor.sizing.GgmlType;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Quantizer;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorClass;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a GGUF v3 file that llama.cpp loads: the metadata keys its loader needs for the architecture
 * (src/llama-model.cpp {@code load_hparams}, src/models/{arch}.cpp {@code load_arch_hparams}, key names from
 * src/llama-arch.cpp), the tensor infos of {@link Quantizer#quantize} with their types, and all-zero weights.
 * The weights are not written: the file length is set past the last tensor, so the data is a hole of a
 * sparse file and a multi-GB model costs no disk.
 *
 * <p>The tokenizer is llama.cpp's "none" vocabulary ({@code tokenizer.ggml.model = "none"}, llama-vocab.cpp)
 * with {@code {arch}.vocab_size} dummy tokens, equal to the embedding's vocabulary dimension.
 *
 * <p>Two architectures are stored differently in real GGUF files than our layout names them, with the
 * same number of values: phi3 keeps gate and up as one {@code ffn_up} of 2*n_ff rows, and deepseek2 (MLA,
 * current converter) splits {@code attn_kv_b} into {@code attn_k_b} {nope, kv_lora, heads} and
 * {@code attn_v_b} {kv_lora, v_head, heads}. {@link #ggufTensors} applies these renames.
 */
public final class GgufWriter {

    public static final int ALIGNMENT = 32;

    /** Architectures whose GGUF keeps gate and up as one ffn_up of 2*n_ff rows (llama-model.cpp create_tensor). */
    static final Set<String> FUSED_GATE_UP = Set.of("phi3", "chatglm", "glm4");

    /** Architectures with LayerNorm (mean and variance, {arch}.attention.layer_norm_epsilon) instead of RMSNorm. */
    static final Set<String> LAYER_NORM = Set.of("starcoder2", "starcoder", "falcon", "phi2", "gpt2", "bloom", "mpt",
            "nemotron", "stablelm", "command-r", "cohere2", "gptj");

    /** What was written: the tensor list as stored, bytes of tensor data with and without alignment padding. */
    public record Written(Path path, List<Tensor> tensors, long tensorBytes, long paddedDataBytes, long dataOffset,
                          long fileSize) {
        public double tensorMib() { return tensorBytes / 1048576.0; }
        public double paddedMib() { return paddedDataBytes / 1048576.0; }
    }

    private GgufWriter() { }

    public static Written write(ModelArch a, WeightFormat f, Path out) throws IOException {
        if (!f.isGguf()) throw new IllegalArgumentException(f + " is not a GGUF format");
        List<Tensor> tensors = ggufTensors(a, Quantizer.quantize(a, f));
        Map<String, Object> kv = metadata(a, f);

        ByteArrayOutputStream header = new ByteArrayOutputStream(1 << 20);
        Le w = new Le(header);
        w.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
        w.u32(3);
        w.u64(tensors.size());
        w.u64(kv.size());
        for (Map.Entry<String, Object> e : kv.entrySet()) {
            w.str(e.getKey());
            w.value(e.getValue());
        }
        long offset = 0;
        long tensorBytes = 0;
        for (Tensor t : tensors) {
            w.str(t.name());
            w.u32(t.shape().length);
            for (long d : t.shape()) w.u64(d);
            w.u32(t.type().id());
            offset = align(offset);
            w.u64(offset);
            offset += t.bytes();
            tensorBytes += t.bytes();
        }
        long dataOffset = align(header.size());
        long paddedData = align(offset);
        long fileSize = dataOffset + paddedData;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (RandomAccessFile raf = new RandomAccessFile(out.toFile(), "rw")) {
            raf.setLength(0);
            raf.write(header.toByteArray());
            // the padding up to dataOffset and all tensor data stay a zero-filled hole
            raf.setLength(fileSize);
        }
        return new Written(out, List.copyOf(tensors), tensorBytes, offset, dataOffset, fileSize);
    }

    static long align256(long n) {
        return (n + 255) / 256 * 256;
    }

    static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** The tensors as a current llama.cpp GGUF file stores them (see the class comment for the renames). */
    public static List<Tensor> ggufTensors(ModelArch a, TensorTable table) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : table.tensors()) {
            String n = t.name();
            if (FUSED_GATE_UP.contains(a.arch()) && n.endsWith(".ffn_gate.weight")) {
                continue; // merged into ffn_up below
            }
            if (FUSED_GATE_UP.contains(a.arch()) && n.endsWith(".ffn_up.weight")) {
                Tensor gate = table.find(n.replace(".ffn_up.", ".ffn_gate."));
                if (gate != null) {
                    out.add(new Tensor(n, t.cls(), t.layer(), new long[] {t.shape()[0], t.shape()[1] * 2}, t.type()));
                    continue;
                }
            }
            if (a.mla() != null && n.endsWith(".attn_kv_b.weight")) {
                ModelArch.Mla m = a.mla();
                String p = n.substring(0, n.length() - "attn_kv_b.weight".length());
                GgmlType type = t.type().fits(m.nopeDim()) ? t.type() : GgmlType.Q8_0;
                out.add(new Tensor(p + "attn_k_b.weight", TensorClass.ATTENTION, t.layer(),
                        new long[] {m.nopeDim(), m.kvLoraRank(), a.heads()}, type));
                out.add(new Tensor(p + "attn_v_b.weight", TensorClass.ATTENTION, t.layer(),
                        new long[] {m.kvLoraRank(), m.vHeadDim(), a.heads()}, t.type()));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** The metadata llama.cpp reads for the architecture; insertion ordered. */
    public static Map<String, Object> metadata(ModelArch a, WeightFormat f) {
        String p = a.arch() + ".";
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("general.architecture", a.arch());
        kv.put("general.name", "llm-advisor zero-weight " + a.arch());
        kv.put("general.file_type", u32(f.ggufFileType()));
        kv.put("general.alignment", u32(ALIGNMENT));
        kv.put(p + "context_length", u32(a.maxContext()));
        kv.put(p + "embedding_length", u32(a.hiddenSize()));
        kv.put(p + "block_count", u32(a.layers()));
        // Qwen (1) GGUFs carry the config's intermediate_size, twice the width of each of gate and up
        kv.put(p + "feed_forward_length", u32(a.arch().equals("qwen") ? 2L * a.ffnSize() : a.ffnSize()));
        kv.put(p + "attention.head_count", u32(a.heads()));
        kv.put(p + "vocab_size", u32(a.vocabSize()));
        kv.put(p + "rope.freq_base", ropeBase(a));
        if (LAYER_NORM.contains(a.arch())) {
            kv.put(p + "attention.layer_norm_epsilon", 1e-5f);
        } else {
            kv.put(p + "attention.layer_norm_rms_epsilon", 1e-6f);
        }
        if (a.mla() != null) {
            ModelArch.Mla m = a.mla();
            // MLA as the current converter writes it: one latent KV head of kv_lora + rope values (K) and
            // kv_lora values (V); the per-head (decompressed) sizes go in the _mla keys.
            kv.put(p + "attention.head_count_kv", u32(1));
            kv.put(p + "attention.key_length", u32(m.kvLoraRank() + m.ropeDim()));
            kv.put(p + "attention.value_length", u32(m.kvLoraRank()));
            kv.put(p + "attention.key_length_mla", u32(m.nopeDim() + m.ropeDim()));
            kv.put(p + "attention.value_length_mla", u32(m.vHeadDim()));
            kv.put(p + "attention.kv_lora_rank", u32(m.kvLoraRank()));
            if (m.qLoraRank() > 0) kv.put(p + "attention.q_lora_rank", u32(m.qLoraRank()));
            kv.put(p + "rope.dimension_count", u32(m.ropeDim()));
        } else {
            kv.put(p + "attention.head_count_kv", u32(a.kvHeads()));
            kv.put(p + "attention.key_length", u32(a.headDimK()));
            kv.put(p + "attention.value_length", u32(a.headDimV()));
        }
        if (a.moe() != null) {
            ModelArch.Moe m = a.moe();
            kv.put(p + "expert_count", u32(m.experts()));
            kv.put(p + "expert_used_count", u32(m.expertsUsed()));
            kv.put(p + "expert_feed_forward_length", u32(m.expertFfnSize()));
            if (m.sharedExperts() > 0 || a.mla() != null) kv.put(p + "expert_shared_count", u32(m.sharedExperts()));
            if (m.leadingDenseLayers() > 0) kv.put(p + "leading_dense_block_count", u32(m.leadingDenseLayers()));
            if (a.mla() != null) kv.put(p + "expert_weights_scale", 1.0f);
        }
        if (a.slidingWindow() != null) {
            kv.put(p + "attention.sliding_window", u32(a.slidingWindow().window()));
            // gemma2 and cohere2 fix their pattern in llama.cpp's loader; gemma3 reads it
            if (a.arch().equals("gemma3")) kv.put(p + "attention.sliding_window_pattern", u32(a.slidingWindow().pattern()));
        }
        if (a.arch().equals("command-r") || a.arch().equals("cohere2")) {
            kv.put(p + "logit_scale", 0.25f); // command-r7b config.json; scales values, not buffer sizes
        }
        if (a.arch().startsWith("granite")) {
            // Granite's muP multipliers (granite-3.x config.json); they scale values, not buffer sizes
            kv.put(p + "logit_scale", 8.0f);
            kv.put(p + "embedding_scale", 12.0f);
            kv.put(p + "residual_scale", 0.22f);
            kv.put(p + "attention.scale", 0.015625f);
        }
        kv.put("tokenizer.ggml.model", "none");
        return kv;
    }

    private static float ropeBase(ModelArch a) {
        return switch (a.arch()) {
            case "llama" -> 500000f;
            case "phi3", "deepseek2" -> 10000f;
            default -> 1000000f;
        };
    }

    /** Marks an int as a GGUF UINT32 (plain Integer is written as INT32). */
    public record U32(long value) { }

    static U32 u32(long v) {
        if (v < 0 || v > 0xFFFFFFFFL) throw new IllegalArgumentException("not a uint32: " + v);
        return new U32(v);
    }

    /** Little-endian GGUF encoder. */
    private static final class Le {
        private final ByteArrayOutputStream out;
        private final ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        Le(ByteArrayOutputStream out) { this.out = out; }

        void bytes(byte[] x) { out.writeBytes(x); }
        void u32(long v) { b.clear(); b.putInt((int) v); out.write(b.array(), 0, 4); }
        void u64(long v) { b.clear(); b.putLong(v); out.write(b.array(), 0, 8); }
        void f32(float v) { b.clear(); b.putFloat(v); out.write(b.array(), 0, 4); }

        void str(String s) {
            byte[] x = s.getBytes(StandardCharsets.UTF_8);
            u64(x.length);
            bytes(x);
        }

        // GGUF value types: UINT32 4, INT32 5, FLOAT32 6, BOOL 7, STRING 8
        void value(Object v) {
            if (v instanceof U32 u) { u32(4); u32(u.value()); }
            else if (v instanceof Integer i) { u32(5); u32(i); }
            else if (v instanceof Float x) { u32(6); f32(x); }
            else if (v instanceof Boolean x) { u32(7); out.write(x ? 1 : 0); }
            else if (v instanceof String s) { u32(8); str(s); }
            else throw new IllegalArgumentException("unsupported GGUF value " + v);
        }
    }
}
