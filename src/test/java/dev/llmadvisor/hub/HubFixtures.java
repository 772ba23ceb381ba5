package dev.llmadvisor.hub;

import dev.llmadvisor.engine.GgufWriter;
import dev.llmadvisor.engine.ModelShapes;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Quantizer;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The repositories of the fake Hub: real-looking configs, sparse GGUF files (headers only on disk) and hostile ones. */
public final class HubFixtures {

    /** Qwen/Qwen2.5-7B-Instruct's config.json. */
    static final String QWEN25_7B = """
            {"architectures": ["Qwen2ForCausalLM"], "attention_dropout": 0.0, "bos_token_id": 151643, "eos_token_id": 151645,
             "hidden_act": "silu", "hidden_size": 3584, "initializer_range": 0.02, "intermediate_size": 18944,
             "max_position_embeddings": 32768, "max_window_layers": 28, "model_type": "qwen2", "num_attention_heads": 28,
             "num_hidden_layers": 28, "num_key_value_heads": 4, "rms_norm_eps": 1e-06, "rope_theta": 1000000.0,
             "sliding_window": 131072, "tie_word_embeddings": false, "torch_dtype": "bfloat16", "transformers_version": "4.43.1",
             "use_cache": true, "use_sliding_window": false, "vocab_size": 152064}
            """;

    /** TheBloke/Llama-2-13B-chat-GPTQ's config.json (trimmed to what matters). */
    static final String LLAMA2_13B_GPTQ = """
            {"architectures": ["LlamaForCausalLM"], "hidden_size": 5120, "intermediate_size": 13824,
             "max_position_embeddings": 4096, "model_type": "llama", "num_attention_heads": 40, "num_hidden_layers": 40,
             "num_key_value_heads": 40, "rms_norm_eps": 1e-05, "tie_word_embeddings": false, "torch_dtype": "float16",
             "vocab_size": 32000,
             "quantization_config": {"bits": 4, "group_size": 128, "damp_percent": 0.01, "desc_act": false,
                                     "sym": true, "true_sequential": true, "quant_method": "gptq"}}
            """;

    /** meta-llama/Llama-3.1-8B-Instruct's config.json. */
    static final String LLAMA31_8B = """
            {"architectures": ["LlamaForCausalLM"], "attention_bias": false, "bos_token_id": 128000,
             "eos_token_id": [128001, 128008, 128009], "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 14336,
             "max_position_embeddings": 131072, "model_type": "llama", "num_attention_heads": 32, "num_hidden_layers": 32,
             "num_key_value_heads": 8, "rms_norm_eps": 1e-05,
             "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                              "original_max_position_embeddings": 8192, "rope_type": "llama3"},
             "rope_theta": 500000.0, "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 128256}
            """;

    /** A state-space model: no attention keys at all. */
    static final String MAMBA = """
            {"architectures": ["MambaForCausalLM"], "model_type": "mamba", "d_model": 2560, "n_layer": 64, "vocab_size": 50280}
            """;

    static final Map<String, Path> files = new HashMap<>();
    /** Where each written GGUF file's tensor data starts: its header is shorter. */
    static final Map<String, Long> dataOffsets = new HashMap<>();

    private HubFixtures() { }

    /** Fills the fake Hub; GGUF files go to {@code dir} as sparse files (a 5 GB model costs its header on disk). */
    public static void install(FakeHub hub, Path dir) throws IOException {
        Path q4 = gguf(dir, "Qwen3-8B-Q4_K_M.gguf", WeightFormat.Q4_K_M);
        Path q8 = gguf(dir, "Qwen3-8B-Q8_0.gguf", WeightFormat.Q8_0);
        Path moe = GgufWriter.write(ModelShapes.qwen3moe_30b_a3b(), WeightFormat.Q4_K_M, dir.resolve("Qwen3-30B-A3B-Q4_K_M.gguf")).path();
        files.put("moe", moe);

        hub.repo("acme-ai/Widget-7B-Instruct").safetensors(7_615_616_512L)
                .file(".gitattributes", "*.safetensors filter=lfs")
                .file("config.json", QWEN25_7B)
                .file("model-00001-of-00004.safetensors", new byte[16])
                .file("tokenizer.json", "{}");
        hub.repo("acme-ai/Widget-13B-chat-GPTQ").safetensors(2_026_000_000L)
                .file("config.json", LLAMA2_13B_GPTQ)
                .file("model.safetensors", new byte[16]);
        hub.repo("acme-ai/Widget-8B-GGUF")
                .file("README.md", "# GGUF")
                .file("Widget-8B-Q4_K_M.gguf", q4)
                .file("Widget-8B-UD-Q4_K_M.gguf", q4)
                .file("Widget-8B-Q8_0.gguf", q8)
                .file("mmproj-Widget-8B-F16.gguf", q8);
        hub.repo("acme-ai/Widget-30B-A3B-GGUF").file("Widget-30B-A3B-Q4_K_M.gguf", moe);
        hub.repo("acme-ai/Real-8B-GGUF").file("Real-8B-Q4_K_M.gguf", realistic(dir.resolve("Real-8B-Q4_K_M.gguf")));
        hub.repo("acme-ai/Split-8B-GGUF")
                .file("Q4_K_M/Split-8B-Q4_K_M-00001-of-00002.gguf", q4)
                .file("Q4_K_M/Split-8B-Q4_K_M-00002-of-00002.gguf", new byte[64]);
        hub.repo("acme-ai/NoSizes-8B-GGUF").withoutSizes().file("NoSizes-8B-Q8_0.gguf", q8);
        hub.repo("acme-ai/RangeBlind-8B-GGUF").ignoringRange().file("RangeBlind-8B-Q8_0.gguf", q8);
        hub.repo("meta-llama/Llama-3.1-8B-Instruct").gated("manual", "hf_goodtoken123").safetensors(8_030_261_248L)
                .file("config.json", LLAMA31_8B)
                .file("original/consolidated.00.pth", new byte[8]);
        hub.repo("locked-org/Locked-8B-Instruct").gated("auto").file("config.json", LLAMA31_8B);
        hub.repo("slow-org/Sloth-7B").slow(30_000).file("config.json", QWEN25_7B);
        hub.repo("slow-org/Half-Sloth-7B").slow(700).slowFiles(30_000).file("config.json", QWEN25_7B);
        hub.repo("busy-org/Popular-7B").answer(429, "30").file("config.json", QWEN25_7B);
        hub.repo("down-org/Broken-7B").answer(503, null).file("config.json", QWEN25_7B);
        hub.repo("bad-org/NotJson-7B").file("config.json", "{\"model_type\": \"qwen2\", \"hidden_size\": 3584,,}");
        hub.repo("bad-org/Missing-Keys-7B").file("config.json", "{\"model_type\": \"qwen2\", \"hidden_size\": 3584}");
        hub.repo("bad-org/Mamba-2.8B").file("config.json", MAMBA);
        hub.repo("bad-org/Diffusion-XL-1").file("config.json", "{\"_class_name\": \"UNet2DConditionModel\", \"sample_size\": 128}");
        hub.repo("bad-org/Lora-Adapter-7B").file("adapter_config.json", "{}").file("adapter_model.safetensors", new byte[8]);
        hub.repo("bad-org/Truncated-8B-GGUF").file("Truncated-8B-Q4_K_M.gguf", Arrays.copyOf(Files.readAllBytes(head(q4, 4096)), 3000));
        hub.repo("bad-org/Hostile-Count-GGUF").file("Hostile-Q4_K_M.gguf", hostileCount());
        hub.repo("bad-org/Hostile-String-GGUF").file("Hostile-Q4_K_M.gguf", hostileString());
        hub.repo("bad-org/Huge-Header-GGUF").file("Huge-Q4_K_M.gguf", hugeHeader(150_000));
        hub.repo("bad-org/Empty-GGUF").file("Empty-Q4_K_M.gguf", new byte[0]);
        hub.repo("bad-org/Garbage-API-7B").apiBody("<html>Bad gateway</html>");
    }

    private static Path gguf(Path dir, String name, WeightFormat f) throws IOException {
        GgufWriter.Written w = GgufWriter.write(ModelShapes.qwen3_8b(), f, dir.resolve(name));
        files.put(name, w.path());
        dataOffsets.put(name, w.dataOffset());
        return w.path();
    }

    /** The first {@code n} bytes of a file, as a new file. */
    private static Path head(Path file, int n) throws IOException {
        byte[] b = new byte[n];
        try (var in = Files.newInputStream(file)) {
            int k = in.readNBytes(b, 0, n);
            Path out = Files.createTempFile("head", ".gguf");
            out.toFile().deleteOnExit();
            Files.write(out, Arrays.copyOf(b, k));
            return out;
        }
    }

    /**
     * A GGUF file shaped like a real Qwen3 8B Q4_K_M download: the architecture's metadata, a BPE tokenizer of 151,936
     * tokens, their types and 151,387 merges (about 6 MB of header, as real files have), the tensor table, and sparse
     * weights (4.7 GB that cost nothing on disk).
     */
    public static Path realistic(Path out) throws IOException {
        ModelArch a = ModelShapes.qwen3_8b();
        WeightFormat f = WeightFormat.Q4_K_M;
        Map<String, Object> kv = new java.util.LinkedHashMap<>(GgufWriter.metadata(a, f));
        kv.put("tokenizer.ggml.model", "gpt2");
        kv.put("tokenizer.ggml.pre", "qwen2");
        List<Tensor> tensors = GgufWriter.ggufTensors(a, Quantizer.quantize(a, f));
        int vocab = a.vocabSize();
        int merges = 151_387;
        Le w = new Le().raw("GGUF").u32(3).u64(tensors.size()).u64(kv.size() + 3);
        for (Map.Entry<String, Object> e : kv.entrySet()) {
            w.str(e.getKey());
            Object v = e.getValue();
            if (v instanceof GgufWriter.U32 u) w.u32(4).u32(u.value());
            else if (v instanceof Integer i) w.u32(5).u32(i);
            else if (v instanceof Float x) w.u32(6).u32(Float.floatToIntBits(x));
            else if (v instanceof String t) w.u32(8).str(t);
            else throw new IllegalArgumentException("unexpected metadata " + v);
        }
        w.str("tokenizer.ggml.tokens").u32(9).u32(8).u64(vocab);
        for (int i = 0; i < vocab; i++) w.str(token(i));
        w.str("tokenizer.ggml.token_type").u32(9).u32(5).u64(vocab);
        for (int i = 0; i < vocab; i++) w.u32(1);
        w.str("tokenizer.ggml.merges").u32(9).u32(8).u64(merges);
        for (int i = 0; i < merges; i++) w.str(token(i) + " " + token(i + 7));
        long offset = 0;
        for (Tensor t : tensors) {
            w.str(t.name()).u32(t.shape().length);
            for (long d : t.shape()) w.u64(d);
            w.u32(t.type().id());
            offset = (offset + 31) / 32 * 32;
            w.u64(offset);
            offset += t.bytes();
        }
        byte[] header = w.bytes();
        long dataStart = (header.length + 31L) / 32 * 32;
        try (RandomAccessFile raf = new RandomAccessFile(out.toFile(), "rw")) {
            raf.setLength(0);
            raf.write(header);
            raf.setLength(dataStart + (offset + 31) / 32 * 32);
        }
        dataOffsets.put(out.getFileName().toString(), dataStart);
        files.put(out.getFileName().toString(), out);
        return out;
    }

    /** Byte-level BPE-looking tokens of 3 to 9 characters. */
    private static String token(int i) {
        String alphabet = "etaoinshrdlucmfwypvbgkqjxzĠ";
        StringBuilder b = new StringBuilder();
        int n = 3 + i % 7;
        for (int k = 0, x = i * 2654435 + 17; k < n; k++, x = x * 31 + 7) b.append(alphabet.charAt(Math.floorMod(x, alphabet.length())));
        return b.toString();
    }

    /** Claims 2^40 tensors. */
    static byte[] hostileCount() {
        return new Le().raw("GGUF").u32(3).u64(1L << 40).u64(0).bytes();
    }

    /** A metadata key that claims 2^62 bytes. */
    static byte[] hostileString() {
        return new Le().raw("GGUF").u32(3).u64(0).u64(1).u64(1L << 62).raw("general.architecture").bytes();
    }

    /** A vocabulary of {@code n} strings: a header of several MB (real ones run to 5-10 MB). */
    static byte[] hugeHeader(int n) {
        Le w = new Le().raw("GGUF").u32(3).u64(0).u64(2);
        w.str("general.architecture").u32(8).str("llama");
        w.str("tokenizer.ggml.tokens").u32(9).u32(8).u64(n);
        for (int i = 0; i < n; i++) w.str(String.format("token_%06d", i));
        return w.bytes();
    }

    /** Little-endian GGUF bytes. */
    static final class Le {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        Le raw(String s) { out.writeBytes(s.getBytes(StandardCharsets.UTF_8)); return this; }

        Le u32(long v) { b.clear(); b.putInt((int) v); out.write(b.array(), 0, 4); return this; }

        Le u64(long v) { b.clear(); b.putLong(v); out.write(b.array(), 0, 8); return this; }

        Le str(String s) {
            byte[] x = s.getBytes(StandardCharsets.UTF_8);
            u64(x.length);
            out.writeBytes(x);
            return this;
        }

        byte[] bytes() { return out.toByteArray(); }
    }
}
