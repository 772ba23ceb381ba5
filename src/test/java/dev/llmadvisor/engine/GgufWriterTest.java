package dev.llmadvisor.engine;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Quantizer;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads back what GgufWriter wrote (no node needed): GGUF v3 header, metadata, aligned tensor infos, file length. */
class GgufWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAReadableGgufWhoseTensorsMatchTheQuantizer() throws IOException {
        ModelArch a = ModelShapes.llama3_8b();
        GgufWriter.Written w = GgufWriter.write(a, WeightFormat.Q4_K_M, dir.resolve("l.gguf"));
        Parsed p = parse(w.path());

        assertThat(p.version).isEqualTo(3);
        assertThat(p.kv).containsEntry("general.architecture", "llama").containsEntry("llama.block_count", 32L)
                .containsEntry("llama.vocab_size", 128256L).containsEntry("tokenizer.ggml.model", "none")
                .containsEntry("general.file_type", (long) WeightFormat.Q4_K_M.ggufFileType());
        assertThat(p.tensorCount).isEqualTo(Quantizer.quantize(a, WeightFormat.Q4_K_M).tensors().size());
        assertThat(p.offsets.values()).allMatch(o -> o % GgufWriter.ALIGNMENT == 0);
        assertThat(p.dataStart % GgufWriter.ALIGNMENT).isZero();
        // the last tensor ends exactly at the end of the file; the data itself is a hole
        Tensor last = w.tensors().get(w.tensors().size() - 1);
        assertThat(p.dataStart + p.offsets.get(last.name()) + last.bytes()).isEqualTo(Files.size(w.path()));
        assertThat(w.tensorBytes()).isEqualTo(Quantizer.quantize(a, WeightFormat.Q4_K_M).totalBytes());
    }

    @Test
    void phi3AndDeepseekAreStoredAsTheConverterStoresThem() {
        var phi = GgufWriter.ggufTensors(ModelShapes.phi3_mini(), Quantizer.quantize(ModelShapes.phi3_mini(), WeightFormat.Q8_0));
        assertThat(phi).noneMatch(t -> t.name().contains("ffn_gate"));
        assertThat(phi).filteredOn(t -> t.name().equals("blk.0.ffn_up.weight")).singleElement()
                .satisfies(t -> assertThat(t.shape()).containsExactly(3072, 2 * 8192));

        ModelArch ds = ModelShapes.deepseekV2Lite();
        var dst = GgufWriter.ggufTensors(ds, Quantizer.quantize(ds, WeightFormat.Q8_0));
        assertThat(dst).noneMatch(t -> t.name().contains("attn_kv_b"));
        assertThat(dst).filteredOn(t -> t.name().equals("blk.0.attn_k_b.weight")).singleElement()
                .satisfies(t -> assertThat(t.shape()).containsExactly(128, 512, 16));
        // same values, and at Q8_0 the same bytes
        assertThat(dst.stream().mapToLong(Tensor::bytes).sum()).isEqualTo(Quantizer.quantize(ds, WeightFormat.Q8_0).totalBytes());
    }

    /** The keys and layouts the held-out architectures need for llama.cpp's loader (each was a load error before). */
    @Test
    void heldOutArchitecturesGetTheKeysAndLayoutsLlamaCppRequires() {
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        for (String id : LlamaCppCalibration.HELD_OUT) {
            ModelArch a = k.models().byId(id).orElseThrow().arch();
            Map<String, Object> kv = GgufWriter.metadata(a, WeightFormat.Q4_K_M);
            String p = a.arch() + ".";
            String norm = GgufWriter.LAYER_NORM.contains(a.arch()) ? "layer_norm_epsilon" : "layer_norm_rms_epsilon";
            assertThat(kv).as(id).containsKey(p + "attention." + norm);
            if (a.slidingWindow() != null) assertThat(kv).as(id).containsKey(p + "attention.sliding_window");
            if (a.arch().startsWith("granite")) assertThat(kv).as(id).containsKeys(p + "logit_scale", p + "embedding_scale", p + "residual_scale");
            var tensors = GgufWriter.ggufTensors(a, Quantizer.quantize(a, WeightFormat.Q8_0));
            var up = tensors.stream().filter(t -> t.name().equals("blk.0.ffn_up.weight")).findFirst();
            if (GgufWriter.FUSED_GATE_UP.contains(a.arch())) {
                assertThat(tensors).as(id).noneMatch(t -> t.name().contains("ffn_gate."));
                assertThat(up).as(id).hasValueSatisfying(t -> assertThat(t.shape()[1]).isEqualTo(2L * a.ffnSize()));
            }
        }
        ModelArch qwen = k.models().byId("qwen-1.8b-chat").orElseThrow().arch();
        assertThat(GgufWriter.metadata(qwen, WeightFormat.Q4_K_M)).containsEntry("qwen.feed_forward_length", new GgufWriter.U32(2L * qwen.ffnSize()));
    }

    record Parsed(long version, long tensorCount, Map<String, Object> kv, Map<String, Long> offsets, long dataStart) { }

    static Parsed parse(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(ch.size(), 8 << 20)).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, 0);
            b.flip();
            byte[] magic = new byte[4];
            b.get(magic);
            assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("GGUF");
            long version = Integer.toUnsignedLong(b.getInt());
            long nt = b.getLong();
            long nkv = b.getLong();
            Map<String, Object> kv = new LinkedHashMap<>();
            for (long i = 0; i < nkv; i++) {
                String k = str(b);
                int type = b.getInt();
                kv.put(k, switch (type) {
                    case 4 -> Integer.toUnsignedLong(b.getInt());
                    case 5 -> (long) b.getInt();
                    case 6 -> (double) b.getFloat();
                    case 7 -> b.get() != 0;
                    case 8 -> str(b);
                    default -> throw new AssertionError("unexpected GGUF type " + type + " for " + k);
                });
            }
            Map<String, Long> offsets = new LinkedHashMap<>();
            for (long i = 0; i < nt; i++) {
                String name = str(b);
                int dims = b.getInt();
                for (int d = 0; d < dims; d++) b.getLong();
                b.getInt();
                offsets.put(name, b.getLong());
            }
            long dataStart = (b.position() + GgufWriter.ALIGNMENT - 1) / GgufWriter.ALIGNMENT * GgufWriter.ALIGNMENT;
            return new Parsed(version, nt, kv, offsets, dataStart);
        }
    }

    private static String str(ByteBuffer b) {
        byte[] x = new byte[(int) b.getLong()];
        b.get(x);
        return new String(x, StandardCharsets.UTF_8);
    }
}
