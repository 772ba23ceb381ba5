package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.GgmlType;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorClass;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GgufReaderTest {

    @TempDir
    Path dir;

    private static String[] tokens(int n) {
        String[] t = new String[n];
        for (int i = 0; i < n; i++) t[i] = "tok" + i;
        return t;
    }

    /** Writes the llama.cpp layout of an architecture: 2-D weights as Q8_0, vectors as F32. */
    private static GgufWriter layoutOf(ModelArch a) {
        GgufWriter w = new GgufWriter();
        for (Tensor t : TensorTable.layout(a)) {
            w.tensor(t.name(), t.isVector() ? GgmlType.F32 : GgmlType.Q8_0, t.shape());
        }
        return w;
    }

    private static GgufWriter llamaMeta(GgufWriter w, int vocab) {
        return w.kv("general.architecture", "llama")
                .kv("general.name", "Tiny Llama")
                .kv("general.file_type", 7)
                .kv("llama.block_count", 2)
                .kv("llama.context_length", 2048)
                .kv("llama.embedding_length", 64)
                .kv("llama.feed_forward_length", 128)
                .kv("llama.attention.head_count", 4)
                .kv("llama.attention.head_count_kv", 2)
                .kv("llama.rope.dimension_count", 16)
                .kv("llama.attention.layer_norm_rms_epsilon", 1e-5f)
                .kv("tokenizer.ggml.model", "gpt2")
                .kv("tokenizer.ggml.tokens", tokens(vocab));
    }

    private static ModelArch tinyLlama(int vocab, boolean tied) {
        return ModelArch.builder("llama").layers(2).hidden(64).heads(4).kvHeads(2).ffn(128).vocab(vocab)
                .maxContext(2048).tied(tied).build();
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        ModelArch a = tinyLlama(5000, false);
        Path f = llamaMeta(layoutOf(a), 5000).write(dir.resolve("tiny-Q8_0.gguf"));
        GgufModel m = GgufReader.read(f);
        assertThat(m.arch()).isEqualTo(a);
        assertThat(m.name()).isEqualTo("Tiny Llama");
        assertThat(m.format()).contains(WeightFormat.Q8_0);
        assertThat(m.fileSize()).isEqualTo(Files.size(f));
        assertThat(m.notes()).isEmpty();
        assertThat(m.tensors().parameterCount()).isEqualTo(new TensorTable(TensorTable.layout(a)).parameterCount());
        Tensor q = m.tensors().find("blk.1.attn_q.weight");
        assertThat(q.type()).isEqualTo(GgmlType.Q8_0);
        assertThat(q.layer()).isEqualTo(1);
        assertThat(q.cls()).isEqualTo(TensorClass.ATTENTION);
        assertThat(m.tensors().find("output_norm.weight").type()).isEqualTo(GgmlType.F32);
        assertThat(m.tensors().bytesByClass().get(TensorClass.OUTPUT)).isEqualTo(5000L * 64 / 32 * 34);
    }

    @Test
    void noOutputTensorMeansTiedAndFileTypeMayBeAbsent() throws IOException {
        ModelArch a = tinyLlama(300, true);
        GgufWriter w = layoutOf(a).kv("general.architecture", "llama").kv("llama.block_count", 2)
                .kv("llama.context_length", 2048).kv("llama.embedding_length", 64)
                .kv("llama.feed_forward_length", new int[] {128, 96})
                .kv("llama.attention.head_count", 4).kv("llama.attention.head_count_kv", 2)
                .kv("llama.vocab_size", 300);
        GgufModel m = GgufReader.read(w.write(dir.resolve("bare.gguf")));
        assertThat(m.arch().tiedEmbeddings()).isTrue();
        assertThat(m.arch().vocabSize()).isEqualTo(300);
        assertThat(m.arch().ffnSize()).isEqualTo(128);
        assertThat(m.notes()).singleElement().asString().contains("feed_forward_length varies per layer");
        assertThat(m.format()).isEmpty();
        assertThat(m.name()).isEqualTo("bare");
    }

    @Test
    void moeAndSlidingWindowMetadata() throws IOException {
        ModelArch a = ModelArch.builder("qwen3moe").layers(2).hidden(64).heads(4).kvHeads(2).headDim(32, 32).ffn(96)
                .vocab(256).maxContext(4096).qkNorm(true).moe(new ModelArch.Moe(8, 2, 32, 0, 32, 0, 1)).build();
        GgufWriter w = layoutOf(a).kv("general.architecture", "qwen3moe").kv("qwen3moe.block_count", 2)
                .kv("qwen3moe.context_length", 4096).kv("qwen3moe.embedding_length", 64)
                .kv("qwen3moe.feed_forward_length", 96).kv("qwen3moe.attention.head_count", 4)
                .kv("qwen3moe.attention.head_count_kv", 2).kv("qwen3moe.attention.key_length", 32)
                .kv("qwen3moe.attention.value_length", 32).kv("qwen3moe.expert_count", 8)
                .kv("qwen3moe.expert_used_count", 2).kv("qwen3moe.expert_feed_forward_length", 32)
                .kv("tokenizer.ggml.tokens", tokens(256));
        GgufModel m = GgufReader.read(w.write(dir.resolve("moe.gguf")));
        assertThat(m.arch()).isEqualTo(a);
        assertThat(m.tensors().find("blk.0.ffn_up_exps.weight").cls()).isEqualTo(TensorClass.EXPERTS);
        assertThat(m.tensors().find("blk.0.ffn_gate_inp.weight").cls()).isEqualTo(TensorClass.EXPERTS);
        assertThat(m.tensors().find("blk.0.attn_q_norm.weight").cls()).isEqualTo(TensorClass.NORM);

        ModelArch g = ModelArch.builder("gemma3").layers(6).hidden(64).heads(2).kvHeads(1).headDim(32, 32).ffn(128)
                .vocab(64).maxContext(32768).tied(true).qkNorm(true).postNorms(true)
                .slidingWindow(new ModelArch.SlidingWindow(512, 6, false)).build();
        GgufWriter gw = layoutOf(g).kv("general.architecture", "gemma3").kv("gemma3.block_count", 6)
                .kv("gemma3.context_length", 32768).kv("gemma3.embedding_length", 64)
                .kv("gemma3.feed_forward_length", 128).kv("gemma3.attention.head_count", 2)
                .kv("gemma3.attention.head_count_kv", 1).kv("gemma3.attention.key_length", 32)
                .kv("gemma3.attention.value_length", 32).kv("gemma3.attention.sliding_window", 512)
                .kv("tokenizer.ggml.tokens", tokens(64));
        assertThat(GgufReader.read(gw.write(dir.resolve("gemma.gguf"))).arch()).isEqualTo(g);
    }

    @Test
    void mlaMetadata() throws IOException {
        ModelArch a = ModelArch.builder("deepseek2").layers(2).hidden(64).heads(4).kvHeads(4).headDim(48, 32)
                .ffn(128).vocab(128).maxContext(4096).attention(ModelArch.Attention.MLA)
                .mla(new ModelArch.Mla(0, 32, 16, 32, 32))
                .moe(new ModelArch.Moe(4, 2, 32, 1, 32, 1, 1)).build();
        GgufWriter w = layoutOf(a).kv("general.architecture", "deepseek2").kv("deepseek2.block_count", 2)
                .kv("deepseek2.context_length", 4096).kv("deepseek2.embedding_length", 64)
                .kv("deepseek2.feed_forward_length", 128).kv("deepseek2.attention.head_count", 4)
                .kv("deepseek2.attention.head_count_kv", 4).kv("deepseek2.attention.key_length", 48)
                .kv("deepseek2.attention.value_length", 32).kv("deepseek2.attention.kv_lora_rank", 32)
                .kv("deepseek2.rope.dimension_count", 16).kv("deepseek2.expert_count", 4)
                .kv("deepseek2.expert_used_count", 2).kv("deepseek2.expert_feed_forward_length", 32)
                .kv("deepseek2.expert_shared_count", 1).kv("deepseek2.leading_dense_block_count", 1)
                .kv("tokenizer.ggml.tokens", tokens(128));
        GgufModel m = GgufReader.read(w.write(dir.resolve("ds.gguf")));
        assertThat(m.arch()).isEqualTo(a);
        assertThat(m.tensors().find("blk.1.ffn_gate_shexp.weight").cls()).isEqualTo(TensorClass.FEED_FORWARD);
    }

    @Test
    void llama4SharedExpertFromTensorsAndChunkedAttention() throws IOException {
        ModelArch a = ModelArch.builder("llama4").layers(2).hidden(64).heads(4).kvHeads(2).ffn(128).vocab(64)
                .maxContext(8192).moe(new ModelArch.Moe(4, 1, 32, 1, 64, 0, 2))
                .slidingWindow(new ModelArch.SlidingWindow(8192, 4, true)).build();
        GgufWriter w = layoutOf(a).kv("general.architecture", "llama4").kv("llama4.block_count", 2)
                .kv("llama4.context_length", 8192).kv("llama4.embedding_length", 64)
                .kv("llama4.feed_forward_length", 128).kv("llama4.expert_feed_forward_length", 32)
                .kv("llama4.attention.head_count", 4).kv("llama4.attention.head_count_kv", 2)
                .kv("llama4.expert_count", 4).kv("llama4.expert_used_count", 1)
                .kv("llama4.interleave_moe_layer_step", 2).kv("tokenizer.ggml.tokens", tokens(64));
        GgufModel m = GgufReader.read(w.write(dir.resolve("l4.gguf")));
        assertThat(m.arch()).isEqualTo(a);
        assertThat(m.tensors().find("blk.0.ffn_up_exps.weight")).isNull();
        assertThat(m.tensors().find("blk.1.ffn_up_exps.weight")).isNotNull();
    }

    @Test
    void tensorClassesByName() {
        assertThat(GgufReader.classOf("token_embd.weight")).isEqualTo(TensorClass.TOKEN_EMBEDDING);
        assertThat(GgufReader.classOf("output.weight")).isEqualTo(TensorClass.OUTPUT);
        assertThat(GgufReader.classOf("output_norm.weight")).isEqualTo(TensorClass.NORM);
        assertThat(GgufReader.classOf("blk.3.ffn_down_exps.weight")).isEqualTo(TensorClass.EXPERTS);
        assertThat(GgufReader.classOf("blk.3.attn_kv_a_mqa.weight")).isEqualTo(TensorClass.ATTENTION);
        assertThat(GgufReader.classOf("blk.3.ffn_up.weight")).isEqualTo(TensorClass.FEED_FORWARD);
        assertThat(GgufReader.layerOf("blk.12.attn_q.weight")).isEqualTo(12);
        assertThat(GgufReader.layerOf("token_embd.weight")).isEqualTo(-1);
    }

    private byte[] smallValidFile() {
        ModelArch a = ModelArch.builder("llama").layers(1).hidden(32).heads(2).ffn(32).vocab(8).maxContext(256).build();
        return llamaMeta(layoutOf(a), 8).kv("llama.block_count", 1).kv("llama.embedding_length", 32)
                .kv("llama.feed_forward_length", 32).kv("llama.attention.head_count", 2)
                .kv("llama.attention.head_count_kv", 2).kv("llama.context_length", 256).bytes();
    }

    @Test
    void truncatedAtEveryOffsetGivesInputError() throws IOException {
        byte[] full = smallValidFile();
        Path f = dir.resolve("cut.gguf");
        Files.write(f, full);
        assertThat(GgufReader.read(f).arch().layers()).isEqualTo(1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int n = full.length - 1; n >= 0; n--) {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.truncate(n);
                }
                Throwable t = catchThrowable(() -> GgufReader.read(f));
                assertThat(t).as("cut at %d of %d", n, full.length).isInstanceOf(InputError.class);
                assertThat(t.getMessage()).matches(".*cut\\.gguf (is not a GGUF file|is truncated).*");
            }
        });
    }

    @Test
    void randomBytesGiveInputError() throws IOException {
        Random r = new Random(42);
        Path f = dir.resolve("noise.gguf");
        byte[] valid = smallValidFile();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 500; i++) {
                byte[] b;
                if (i % 2 == 0) {
                    b = new byte[r.nextInt(4096)];
                    r.nextBytes(b);
                    if (b.length >= 8 && i % 4 == 0) ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(0x46554747).putInt(3);
                } else {
                    // A valid file with a few corrupted bytes: hits every parser path.
                    b = valid.clone();
                    for (int k = 0; k < 1 + r.nextInt(4); k++) b[8 + r.nextInt(b.length - 8)] = (byte) r.nextInt(256);
                }
                Files.write(f, b);
                try {
                    GgufReader.read(f);
                } catch (InputError expected) {
                    // fine: corrupted input may also happen to parse
                }
            }
        });
    }

    /** Header start: magic, version 3, tensor count, kv count. */
    private static ByteBuffer header(int capacity, long tensors, long kvs) {
        ByteBuffer b = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46554747).putInt(3).putLong(tensors).putLong(kvs);
        return b;
    }

    private Throwable readBytes(ByteBuffer b) throws IOException {
        Path f = dir.resolve("hostile.gguf");
        Files.write(f, Arrays.copyOf(b.array(), b.position()));
        // the timeout catches a hang on a hostile file, not slowness: generous, since CI may share the machine
        return catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> GgufReader.read(f)));
    }

    @Test
    void absurdCountsAndLengths() throws IOException {
        assertThat(readBytes(header(64, 1L << 62, 0))).isInstanceOf(InputError.class).hasMessageContaining("tensors");
        assertThat(readBytes(header(64, 0, -1))).isInstanceOf(InputError.class).hasMessageContaining("metadata entries");
        // A key claiming 2^40 bytes.
        assertThat(readBytes(header(64, 0, 1).putLong(1L << 40))).isInstanceOf(InputError.class)
                .hasMessageContaining("metadata key").hasMessageContaining("1099511627776");
        // A string value claiming 1 GiB.
        ByteBuffer s = header(64, 0, 1).putLong(1).put((byte) 'k').putInt(8).putLong(1L << 30);
        assertThat(readBytes(s)).isInstanceOf(InputError.class).hasMessageContaining("value of k");
        // A token array claiming 2^62 strings.
        byte[] key = "tokenizer.ggml.tokens".getBytes();
        ByteBuffer arr = header(128, 0, 1).putLong(key.length).put(key).putInt(9).putInt(8).putLong(1L << 62);
        assertThat(readBytes(arr)).isInstanceOf(InputError.class).hasMessageContaining("truncated");
        // Unknown metadata value type.
        assertThat(readBytes(header(64, 0, 1).putLong(1).put((byte) 'k').putInt(77))).isInstanceOf(InputError.class)
                .hasMessageContaining("unknown value type 77");
    }

    @Test
    void manySmallEntriesHitTheMemoryBudget() throws IOException {
        int n = 300_000;
        ByteBuffer b = header(24 + n * 116, 0, n);
        byte[] key = new byte[100];
        for (int i = 0; i < n; i++) {
            Arrays.fill(key, (byte) 'a');
            byte[] num = Integer.toString(i).getBytes();
            System.arraycopy(num, 0, key, 0, num.length);
            b.putLong(key.length).put(key).putInt(4).putInt(i);
        }
        assertThat(readBytes(b)).isInstanceOf(InputError.class).hasMessageContaining("implausibly large metadata");
    }

    private ByteBuffer oneTensor(int dims, long dim, int type) {
        ByteBuffer b = header(256, 1, 0).putLong(3).put("t.w".getBytes()).putInt(dims);
        for (int i = 0; i < dims; i++) b.putLong(dim);
        return b.putInt(type).putLong(0);
    }

    @Test
    void badTensorInfos() throws IOException {
        assertThat(readBytes(oneTensor(1, 32, 99))).isInstanceOf(InputError.class).hasMessageContaining("tensor t.w has unknown type id 99");
        assertThat(readBytes(oneTensor(1, 32, -1))).isInstanceOf(InputError.class).hasMessageContaining("unknown type id 4294967295");
        assertThat(readBytes(oneTensor(5, 32, 0))).isInstanceOf(InputError.class).hasMessageContaining("5 dimensions");
        assertThat(readBytes(oneTensor(0, 32, 0))).isInstanceOf(InputError.class).hasMessageContaining("0 dimensions");
        assertThat(readBytes(oneTensor(2, 0, 0))).isInstanceOf(InputError.class).hasMessageContaining("bad dimension 0");
        assertThat(readBytes(oneTensor(4, 1L << 20, 0))).isInstanceOf(InputError.class).hasMessageContaining("implausibly large");
        assertThat(readBytes(oneTensor(1, 33, 12))).isInstanceOf(InputError.class).hasMessageContaining("Q4_K blocks");
        // Valid info, but the data section is missing.
        assertThat(readBytes(oneTensor(1, 32, 0))).isInstanceOf(InputError.class).hasMessageContaining("tensor data needs");
        ByteBuffer longName = header(512, 1, 0).putLong(300).put(new byte[300]);
        assertThat(readBytes(longName)).isInstanceOf(InputError.class).hasMessageContaining("tensor name claims 300 bytes");
    }

    @Test
    void notGgufOrWrongVersion() throws IOException {
        Path f = dir.resolve("model.bin");
        Files.write(f, "GGML and then some".getBytes());
        assertThatThrownBy(() -> GgufReader.read(f)).isInstanceOf(InputError.class).hasMessage("model.bin is not a GGUF file");
        ByteBuffer v1 = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0x46554747).putInt(1).putLong(0).putLong(0);
        Files.write(f, v1.array());
        assertThatThrownBy(() -> GgufReader.read(f)).isInstanceOf(InputError.class).hasMessageContaining("version 1");
        assertThatThrownBy(() -> GgufReader.read(dir.resolve("absent.gguf"))).isInstanceOf(InputError.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void missingArchitectureKeysAreNamed() throws IOException {
        GgufWriter w = new GgufWriter().kv("general.architecture", "llama").kv("llama.block_count", 2)
                .kv("tokenizer.ggml.tokens", tokens(10));
        assertThatThrownBy(() -> GgufReader.read(w.write(dir.resolve("meta.gguf")))).isInstanceOf(InputError.class)
                .hasMessageContaining("llama.embedding_length is missing");
        GgufWriter noArch = new GgufWriter().kv("general.name", "x");
        assertThatThrownBy(() -> GgufReader.read(noArch.write(dir.resolve("noarch.gguf")))).isInstanceOf(InputError.class)
                .hasMessageContaining("general.architecture");
    }

    @Test
    void aRepeatedMetadataKeyIsRefused() throws IOException {
        // A 2-layer file that says block_count a second time as 999: which is the model?
        Path f = llamaMeta(layoutOf(tinyLlama(300, false)), 300).repeat("llama.block_count", 999).write(dir.resolve("twice.gguf"));
        assertThatThrownBy(() -> GgufReader.read(f)).isInstanceOf(InputError.class).hasMessageContaining("llama.block_count appears twice");
    }

    @Test
    void controlCharactersInTheNameNeverReachTheTerminal() throws IOException {
        Path f = llamaMeta(layoutOf(tinyLlama(300, false)), 300).kv("general.name", "Evil\u001b[2J\u001b]0;pwned\u0007\rModel\u202e")
                .write(dir.resolve("evil.gguf"));
        GgufModel m = GgufReader.read(f);
        assertThat(m.name()).startsWith("Evil").contains("Model").doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u0007")
                .doesNotContain("\u202e");
    }

    @Test
    void aDataOffsetPastTheEndIsNamedAsSuch() throws IOException {
        byte[] b = llamaMeta(layoutOf(tinyLlama(300, false)), 300).bytes();
        byte[] name = "output.weight".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(b, name) + name.length;
        int dims = java.nio.ByteBuffer.wrap(b, at, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        java.nio.ByteBuffer.wrap(b, at + 4 + 8 * dims + 4, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(1L << 40);
        Path f = Files.write(dir.resolve("far.gguf"), b);
        assertThatThrownBy(() -> GgufReader.read(f)).isInstanceOf(InputError.class)
                .hasMessageContaining("output.weight").hasMessageContaining("past the end of the").hasMessageNotContaining("truncated");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.gguf");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertThatThrownBy(() -> GgufReader.read(fifo)).isInstanceOf(InputError.class).hasMessageContaining("not a regular file");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
