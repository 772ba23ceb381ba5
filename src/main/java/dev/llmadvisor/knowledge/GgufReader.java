package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.GgmlType;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Tensor;
import dev.llmadvisor.sizing.TensorClass;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header, metadata and tensor infos of a GGUF v2/v3 file (never the tensor data). Files come
 * from users, so every count and length is checked against the file size before anything is allocated:
 * memory stays bounded whatever the bytes say, and every defect ends in an {@link InputError}.
 */
public final class GgufReader {

    static final int MAX_STRING = 1 << 20;
    static final int MAX_KEY = 64 * 1024;
    /** ggml allows 64-byte tensor names (GGML_MAX_NAME); a little slack for forks. */
    static final int MAX_TENSOR_NAME = 256;
    /** Bytes of metadata kept in memory, however many keys the file holds. */
    static final long MAX_KEPT_BYTES = 64L << 20;
    static final long MAX_ENTRIES = 1_000_000;
    /** Longer arrays (and all tokenizer arrays) are kept as counts only: vocabularies run to 256K strings. */
    static final int MAX_KEPT_ARRAY = 4096;

    private static final int MAGIC = 0x46554747; // "GGUF" read little-endian
    private static final Pattern LAYER = Pattern.compile("^blk\\.(\\d+)\\.");
    /** Architectures whose windowed layers llama.cpp really runs with a window, and their global-layer period. */
    private static final Map<String, Integer> SWA_PATTERN = Map.of("gemma2", 2, "gemma3", 6, "gpt-oss", 2, "cohere2", 4);

    private GgufReader() { }

    /** A metadata array that was too long to keep: its element type and length. */
    record ArrayCount(int type, long count) { }

    public static GgufModel read(Path file) {
        String label = printable(String.valueOf(file.getFileName()));
        // A FIFO, a device or a folder would block or fail mid-read: only plain files are read.
        if (Files.exists(file) && !Files.isRegularFile(file)) throw new InputError(label + " is not a regular file");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ByteSource.of(ch), label);
        } catch (NoSuchFileException e) {
            throw new InputError("no such file: " + file, e);
        } catch (IOException e) {
            throw new InputError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads from any byte source, e.g. ranges of a remote file; {@code label} names it in messages. Failures of the
     * source other than {@link IOException} (a remote source's own errors) pass through unchanged.
     */
    public static GgufModel read(ByteSource source, String label) {
        return new Parser(new Cursor(source, source.size(), label), label).parse();
    }

    private static final class Parser {
        private final Cursor in;
        private final String file;
        private final Map<String, Object> meta = new HashMap<>();
        private final List<String> notes = new ArrayList<>();
        private long kept;

        Parser(Cursor in, String file) {
            this.in = in;
            this.file = file;
        }

        GgufModel parse() {
            if (in.size < 4 || in.i32() != MAGIC) throw new InputError(file + " is not a GGUF file");
            long version = in.u32();
            if (version != 2 && version != 3) throw new InputError(file + " is GGUF version " + version + ", only versions 2 and 3 are supported");
            long tensorCount = count(in.u64(), "tensors");
            long kvCount = count(in.u64(), "metadata entries");
            for (long i = 0; i < kvCount; i++) {
                String key = keep(in.string(MAX_KEY, "a metadata key"));
                int type = (int) in.u32();
                if (meta.containsKey(key)) {
                    // llama.cpp's gguf_init refuses duplicate keys too: which value would be the model's?
                    throw new InputError(file + ": metadata key " + printable(key) + " appears twice");
                }
                meta.put(key, value(key, type, 0));
            }
            List<Tensor> tensors = new ArrayList<>((int) Math.min(tensorCount, 4096));
            List<Long> offsets = new ArrayList<>();
            for (long i = 0; i < tensorCount; i++) {
                tensors.add(tensorInfo(offsets));
            }
            checkData(tensors, offsets);
            TensorTable table = new TensorTable(tensors);
            Optional<WeightFormat> format = Optional.empty();
            if (meta.containsKey("general.file_type")) {
                long ft = number("general.file_type");
                format = ft >= 0 && ft < 1000 ? WeightFormat.byGgufFileType((int) ft) : Optional.empty();
                if (format.isEmpty()) notes.add("general.file_type " + ft + " is not a known weight format");
            }
            String name = meta.get("general.name") instanceof String s && !printable(s).isBlank() ? printable(s) : printable(file.replaceFirst("(?i)\\.gguf$", ""));
            return new GgufModel(name, arch(table), table, format, in.size, notes);
        }

        private long count(long n, String what) {
            if (n < 0 || n >= MAX_ENTRIES) throw new InputError(file + " claims " + Long.toUnsignedString(n) + " " + what + ", which is not plausible");
            return n;
        }

        private Object value(String key, int type, int depth) {
            return switch (type) {
                case 0 -> (long) in.u8();
                case 1 -> (long) (byte) in.u8();
                case 2 -> (long) in.u16();
                case 3 -> (long) (short) in.u16();
                case 4 -> in.u32();
                case 5 -> (long) in.i32();
                case 6 -> (double) in.f32();
                case 7 -> in.u8() != 0;
                case 8 -> keep(in.string(MAX_STRING, "the value of " + key));
                case 9 -> array(key, depth);
                case 10, 11 -> in.u64();
                case 12 -> in.f64();
                default -> throw new InputError(file + ": metadata key " + key + " has unknown value type " + type);
            };
        }

        private Object array(String key, int depth) {
            if (depth > 2) throw new InputError(file + ": metadata key " + key + " nests arrays too deeply");
            int type = (int) in.u32();
            long n = in.u64();
            int min = minSize(type, key);
            // Each element takes at least min bytes, so a count the file cannot hold is caught before the loop.
            if (n < 0 || n > (in.size - in.pos) / min) throw in.truncated();
            if (n <= MAX_KEPT_ARRAY && !key.startsWith("tokenizer.")) {
                retain(16 * n);
                List<Object> out = new ArrayList<>((int) n);
                for (long i = 0; i < n; i++) out.add(value(key, type, depth + 1));
                return out;
            }
            if (type == 8) {
                for (long i = 0; i < n; i++) in.skipString(MAX_STRING, "an element of " + printable(key));
            } else if (type == 9) {
                for (long i = 0; i < n; i++) array(key, depth + 1);
            } else {
                in.skip(n * min);
            }
            return new ArrayCount(type, n);
        }

        private int minSize(int type, String key) {
            return switch (type) {
                case 0, 1, 7 -> 1;
                case 2, 3 -> 2;
                case 4, 5, 6 -> 4;
                case 8, 10, 11, 12 -> 8;
                case 9 -> 12;
                default -> throw new InputError(file + ": metadata key " + key + " has unknown element type " + type);
            };
        }

        private String keep(String s) {
            retain(s.length() * 2L + 40);
            return s;
        }

        /** Counts what the parse keeps in memory: a file of millions of small entries fails instead of filling the heap. */
        private void retain(long bytes) {
            kept += bytes;
            if (kept > MAX_KEPT_BYTES) throw new InputError(file + " has implausibly large metadata (over " + (MAX_KEPT_BYTES >> 20) + " MiB)");
        }

        private Tensor tensorInfo(List<Long> offsets) {
            String name = keep(in.string(MAX_TENSOR_NAME, "a tensor name"));
            retain(64);
            long nDims = in.u32();
            if (nDims < 1 || nDims > 4) throw new InputError(file + ": tensor " + name + " has " + nDims + " dimensions (1 to 4 expected)");
            long[] shape = new long[(int) nDims];
            long elements = 1;
            for (int d = 0; d < nDims; d++) {
                shape[d] = in.u64();
                if (shape[d] <= 0 || shape[d] > (1L << 40)) throw new InputError(file + ": tensor " + name + " has a bad dimension " + Long.toUnsignedString(shape[d]));
                if (elements > (1L << 48) / shape[d]) throw new InputError(file + ": tensor " + name + " is implausibly large");
                elements *= shape[d];
            }
            long id = in.u32();
            GgmlType type = id > 1000 ? null : GgmlType.byId((int) id).orElse(null);
            if (type == null) throw new InputError(file + ": tensor " + name + " has unknown type id " + id);
            if (!type.fits(shape[0])) {
                throw new InputError(file + ": tensor " + name + " has rows of " + shape[0] + " values, not a whole number of " + type + " blocks");
            }
            long offset = in.u64();
            if (offset < 0) throw new InputError(file + ": tensor " + name + " has a bad data offset");
            offsets.add(offset);
            return new Tensor(name, classOf(name), layerOf(name), shape, type);
        }

        /** The data section starts at the next alignment boundary and must hold every tensor. */
        private void checkData(List<Tensor> tensors, List<Long> offsets) {
            long alignment = meta.containsKey("general.alignment") ? number("general.alignment") : 32;
            if (alignment <= 0 || Long.bitCount(alignment) != 1) throw new InputError(file + ": general.alignment " + alignment + " is not a power of two");
            long dataStart = (in.pos + alignment - 1) / alignment * alignment;
            long end = dataStart;
            // Every offset of a well-formed file lies within the data of all its tensors; one beyond that is a
            // bad offset, not a short file.
            long allData = 0;
            for (Tensor t : tensors) allData += (t.bytes() + alignment - 1) / alignment * alignment;
            for (int i = 0; i < tensors.size(); i++) {
                long offset = offsets.get(i);
                if (offset < 0 || offset > allData) {
                    throw new InputError(file + ": tensor " + tensors.get(i).name() + " has its data at offset " + Long.toUnsignedString(offset)
                            + ", past the end of the tensor data (" + allData + " bytes for all " + tensors.size() + " tensors)");
                }
                end = Math.max(end, dataStart + offset + tensors.get(i).bytes());
            }
            if (!tensors.isEmpty() && end > in.size) {
                throw new InputError(file + " is truncated (tensor data needs " + end + " bytes, the file has " + in.size + ")");
            }
        }

        private ModelArch arch(TensorTable table) {
            if (!(meta.get("general.architecture") instanceof String a) || a.isBlank()) {
                throw new InputError(file + " has no general.architecture");
            }
            String p = a + ".";
            int hidden = positive(p + "embedding_length");
            int heads = positive(p + "attention.head_count");
            int kvHeads = optional(p + "attention.head_count_kv", heads);
            int keyLen = optional(p + "attention.key_length", hidden / heads);
            int valueLen = optional(p + "attention.value_length", keyLen);
            int ffn = meta.containsKey(p + "feed_forward_length") ? positive(p + "feed_forward_length")
                    : positive(p + "expert_feed_forward_length");
            ModelArch.Mla mla = null;
            if (meta.containsKey(p + "attention.kv_lora_rank")) {
                int rope = positive(p + "rope.dimension_count");
                // Newer conversions store the absorbed MLA cache widths in key_length and the real head dims here.
                keyLen = optional(p + "attention.key_length_mla", keyLen);
                valueLen = optional(p + "attention.value_length_mla", valueLen);
                if (keyLen <= rope) throw new InputError(file + ": " + p + "attention.key_length " + keyLen + " is not larger than the RoPE dimension " + rope);
                mla = new ModelArch.Mla(optional(p + "attention.q_lora_rank", 0), positive(p + "attention.kv_lora_rank"),
                        rope, keyLen - rope, valueLen);
            }
            ModelArch.Moe moe = null;
            if (optional(p + "expert_count", 0) > 0) {
                int experts = positive(p + "expert_count");
                int expertFfn = optional(p + "expert_feed_forward_length", ffn);
                // Llama 4 writes neither shared-expert key: its shared expert shows in the tensors only.
                Tensor shexp = table.tensors().stream().filter(t -> t.name().endsWith("ffn_up_shexp.weight")).findFirst().orElse(null);
                int sharedFfn = optional(p + "expert_shared_feed_forward_length", 0);
                int shared = optional(p + "expert_shared_count", sharedFfn > 0 || shexp != null ? 1 : 0);
                if (sharedFfn == 0 && shexp != null && shexp.shape().length == 2 && shared > 0) sharedFfn = (int) (shexp.shape()[1] / shared);
                int used = positive(p + "expert_used_count");
                if (used > experts) throw new InputError(file + ": " + p + "expert_used_count " + used + " exceeds expert_count " + experts);
                moe = new ModelArch.Moe(experts, used, expertFfn, shared, sharedFfn > 0 ? sharedFfn : expertFfn,
                        optional(p + "leading_dense_block_count", 0), optional(p + "interleave_moe_layer_step", 1));
            }
            boolean anyGate = false;
            for (Tensor t : table.tensors()) {
                if (t.name().contains("ffn_gate") && !t.name().contains("ffn_gate_inp")) { anyGate = true; break; }
            }
            try {
                return new ModelArch(a, positive(p + "block_count"), hidden, heads, kvHeads, keyLen, valueLen, ffn,
                        vocab(p, table), table.find("output.weight") == null,
                        mla != null ? ModelArch.Attention.MLA
                                : table.find("blk.0.attn_qkv.weight") != null ? ModelArch.Attention.FUSED_QKV : ModelArch.Attention.SEPARATE_QKV,
                        // phi3 stores gate and up fused in ffn_up; other gate-less files are plain up/down FFNs.
                        anyGate || a.startsWith("phi3") ? ModelArch.FeedForward.GATED : ModelArch.FeedForward.PLAIN,
                        bias(table),
                        table.find("blk.0.attn_q_norm.weight") != null,
                        table.find("blk.0.post_attention_norm.weight") != null || table.find("blk.0.post_ffw_norm.weight") != null,
                        moe, mla, slidingWindow(a, p), linearAttention(p, heads, keyLen, table), positive(p + "context_length"));
            } catch (IllegalArgumentException e) {
                throw new InputError(file + ": " + e.getMessage(), e);
            }
        }

        private int vocab(String p, TensorTable table) {
            Object tokens = meta.get("tokenizer.ggml.tokens");
            if (tokens instanceof ArrayCount c && c.count() > 0 && c.count() < Integer.MAX_VALUE) return (int) c.count();
            if (tokens instanceof List<?> l && !l.isEmpty()) return l.size();
            if (meta.containsKey(p + "vocab_size")) return positive(p + "vocab_size");
            Tensor embd = table.find("token_embd.weight");
            if (embd != null && embd.shape().length == 2 && embd.shape()[1] < Integer.MAX_VALUE) return (int) embd.shape()[1];
            throw new InputError(file + " gives no vocabulary size (tokenizer.ggml.tokens, " + p + "vocab_size or token_embd.weight)");
        }

        private static ModelArch.Bias bias(TensorTable t) {
            if (t.find("blk.0.attn_output.bias") != null || t.find("blk.0.ffn_down.bias") != null) return ModelArch.Bias.ALL;
            if (t.find("blk.0.attn_q.bias") != null || t.find("blk.0.attn_qkv.bias") != null) return ModelArch.Bias.QKV;
            return ModelArch.Bias.NONE;
        }

        private ModelArch.SlidingWindow slidingWindow(String a, String p) {
            // Llama 4: llama.cpp hardcodes 8192-token chunks on three of every four layers.
            if (a.equals("llama4")) return new ModelArch.SlidingWindow(8192, 4, true);
            Integer pattern = SWA_PATTERN.get(a);
            if (pattern == null || !meta.containsKey(p + "attention.sliding_window")) return null;
            int window = optional(p + "attention.sliding_window", 0);
            return window > 0 ? new ModelArch.SlidingWindow(window, pattern, false) : null;
        }

        /**
         * Gated DeltaNet layers (llama.cpp qwen3next, qwen35, qwen35moe): the file states the full-attention interval and
         * the recurrent state's shape in its ssm keys (group_count = key heads, time_step_rank = value heads, state_size =
         * key head width, inner_size = all value heads' width), as llama.cpp's converter writes them.
         */
        private ModelArch.LinearAttention linearAttention(String p, int heads, int keyLen, TensorTable table) {
            int every = optional(p + "full_attention_interval", 0);
            if (every <= 0 || !meta.containsKey(p + "ssm.conv_kernel")) return null;
            int valueHeads = positive(p + "ssm.time_step_rank");
            int inner = positive(p + "ssm.inner_size");
            if (inner % valueHeads != 0) throw new InputError(file + ": " + p + "ssm.inner_size " + inner + " is not a multiple of " + valueHeads + " value heads");
            // the full-attention layers' Q projection doubles with the output gate; the last layer is always a full one
            Tensor q = table.find("blk." + (every - 1) + ".attn_q.weight");
            boolean gated = q != null && q.shape().length == 2 && q.shape()[1] == 2L * heads * keyLen;
            return new ModelArch.LinearAttention(every, positive(p + "ssm.group_count"), valueHeads, positive(p + "ssm.state_size"),
                    inner / valueHeads, positive(p + "ssm.conv_kernel"), gated);
        }

        private int positive(String key) {
            if (!meta.containsKey(key)) throw new InputError(file + ": metadata key " + key + " is missing");
            long v = number(key);
            if (v <= 0 || v > Integer.MAX_VALUE) throw new InputError(file + ": metadata key " + key + " = " + v + " is out of range");
            return (int) v;
        }

        private int optional(String key, int dflt) {
            if (!meta.containsKey(key)) return dflt;
            long v = number(key);
            if (v < 0 || v > Integer.MAX_VALUE) throw new InputError(file + ": metadata key " + key + " = " + v + " is out of range");
            return (int) v;
        }

        /** A whole number; per-layer arrays (OpenELM, hybrid models) are reduced to their maximum. */
        private long number(String key) {
            Object v = meta.get(key);
            if (v instanceof Long l) return l;
            if (v instanceof Double d && d == Math.rint(d)) return d.longValue();
            if (v instanceof List<?> list && !list.isEmpty()) {
                long max = Long.MIN_VALUE, min = Long.MAX_VALUE;
                for (Object o : list) {
                    if (!(o instanceof Long l)) throw new InputError(file + ": metadata key " + key + " is not a list of whole numbers");
                    max = Math.max(max, l);
                    min = Math.min(min, l);
                }
                if (min != max) notes.add(key + " varies per layer (" + min + " to " + max + "); sized with the maximum");
                return max;
            }
            throw new InputError(file + ": metadata key " + key + " is not a whole number");
        }
    }

    /**
     * Text from a file made fit for a terminal: control characters (escape sequences, carriage returns, bidi
     * overrides) become U+FFFD, and the length is capped.
     */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 200));
        s.codePoints().limit(200).forEach(c -> {
            int t = Character.getType(c);
            b.appendCodePoint(Character.isISOControl(c) || t == Character.FORMAT || t == Character.UNASSIGNED
                    || t == Character.PRIVATE_USE || t == Character.SURROGATE ? 0xFFFD : c);
        });
        if (s.codePointCount(0, s.length()) > 200) b.append('…');
        return b.toString();
    }

    static TensorClass classOf(String name) {
        if (name.startsWith("token_embd") || name.startsWith("position_embd")) return TensorClass.TOKEN_EMBEDDING;
        if (name.startsWith("output.")) return TensorClass.OUTPUT;
        if (name.contains("_norm")) return TensorClass.NORM;
        if (name.contains("_exps") || name.contains("ffn_gate_inp") || name.contains("exp_probs")) return TensorClass.EXPERTS;
        if (name.contains("attn_")) return TensorClass.ATTENTION;
        if (name.contains("ffn_")) return TensorClass.FEED_FORWARD;
        // What is left is small: RoPE factor tables and the like.
        return TensorClass.NORM;
    }

    static int layerOf(String name) {
        Matcher m = LAYER.matcher(name);
        if (!m.find()) return -1;
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Little-endian reads through a 64 KiB window; positions are checked against the file size first. */
    private static final class Cursor {
        final ByteSource ch;
        final long size;
        final String file;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        long bufStart;
        long pos;

        Cursor(ByteSource ch, long size, String file) {
            this.ch = ch;
            this.size = size;
            this.file = file;
            buf.limit(0);
        }

        InputError truncated() {
            return new InputError(file + " is truncated (header ends at byte " + size + ")");
        }

        private ByteBuffer need(int n) {
            if (n > size - pos) throw truncated();
            long off = pos - bufStart;
            if (off < 0 || off + n > buf.limit()) {
                fill(n);
                off = 0;
                // A source that ends before its declared size (a file cut while being read).
                if (n > buf.limit()) throw truncated();
            }
            buf.position((int) off);
            pos += n;
            return buf;
        }

        /** Reads ahead up to a window from pos; stops early once {@code n} bytes are in (a remote source reads no further). */
        private void fill(int n) {
            buf.clear();
            try {
                while (buf.hasRemaining()) {
                    if (ch.read(buf, pos + buf.position()) < 0 || buf.position() >= n) break;
                }
            } catch (IOException e) {
                throw new InputError("cannot read " + file + ": " + e.getMessage(), e);
            }
            buf.flip();
            bufStart = pos;
        }

        int u8() { return need(1).get() & 0xff; }
        int u16() { return need(2).getShort() & 0xffff; }
        int i32() { return need(4).getInt(); }
        long u32() { return need(4).getInt() & 0xffffffffL; }
        long u64() { return need(8).getLong(); }
        float f32() { return need(4).getFloat(); }
        double f64() { return need(8).getDouble(); }

        void skip(long n) {
            if (n < 0 || n > size - pos) throw truncated();
            pos += n;
        }

        private long length(int max, String what) {
            long n = u64();
            if (n < 0 || n > max) throw new InputError(file + ": " + what + " claims " + Long.toUnsignedString(n) + " bytes (at most " + max + " allowed)");
            if (n > size - pos) throw truncated();
            return n;
        }

        String string(int max, String what) {
            byte[] b = new byte[(int) length(max, what)];
            for (int done = 0; done < b.length; ) {
                int k = Math.min(b.length - done, buf.capacity());
                need(k).get(b, done, k);
                done += k;
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        void skipString(int max, String what) {
            skip(length(max, what));
        }
    }
}
