package dev.llmadvisor.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ExLlama (EXL2, EXL3) model at a bit rate. The converters quantize every linear layer to reach a stated average of
 * bits per weight, {@code -b} ("Target bits per weight", scales included), and the output head at {@code -hb}, 6 bits
 * by default (turboderp-org/exllamav2 convert.py, turboderp-org/exllamav3 convert.py: "--head_bits ... default: 6").
 * The token embedding stays 16-bit and in system RAM: the engines' own VRAM count is the head plus the linear layers
 * (exllamav3/model/model.py, get_storage_info: {@code vram_bits = head_numel * head_bpw + sum_bits}; turboderp in
 * turboderp-org/exllamav2#37: "VRAM needs to hold model weights, except for the embedding layer"), as llama.cpp keeps its
 * token table on the host. A tied head is quantized as a head of its own.
 *
 * @param bitsPerWeight the linear layers' average, as named ("4.65bpw")
 * @param headBits      the output head's bits ("-h6", "h8")
 */
public record ExlQuant(double bitsPerWeight, int headBits) {

    public static final int HEAD_BITS = 6;
    /** The converters' range: below 2 and above 8 bits per weight they do not quantize. */
    public static final double MIN_BPW = 2.0, MAX_BPW = 8.0;

    /**
     * The rates offered when none is named, best first: the branches turboderp publishes for a model
     * (https://huggingface.co/turboderp/Llama-3.1-70B-Instruct-exl2: 2.5bpw to 8.0bpw).
     */
    public static final List<ExlQuant> LADDER = List.of(atHeadBits(8.0), atHeadBits(6.0), atHeadBits(5.0), atHeadBits(4.0), atHeadBits(3.0),
            atHeadBits(2.5));

    public ExlQuant {
        if (!(bitsPerWeight >= MIN_BPW && bitsPerWeight <= MAX_BPW)) throw new IllegalArgumentException("bits per weight " + bitsPerWeight);
        if (headBits < 2 || headBits > 16) throw new IllegalArgumentException("head bits " + headBits);
    }

    private static ExlQuant atHeadBits(double bpw) {
        return new ExlQuant(bpw, HEAD_BITS);
    }

    /** A rate the person named, or null when it is outside what the converters make. */
    public static ExlQuant named(double bpw, Integer headBits) {
        if (!(bpw >= MIN_BPW && bpw <= MAX_BPW)) return null;
        int head = headBits == null || headBits < 2 || headBits > 16 ? HEAD_BITS : headBits;
        return new ExlQuant(bpw, head);
    }

    /** The bit width people name it by: 4.65bpw is a 4-bit model. */
    public int nominalBits() {
        return (int) Math.floor(bitsPerWeight + 1e-9);
    }

    /**
     * The quality grade of a rate, as formats.yaml grades the GGUF mixes of the same width (Q6_K near-lossless, Q5 high,
     * Q4 balanced, Q3 low, Q2 extreme).
     */
    public static String quality(double bpw) {
        return bpw >= 6 ? "near_lossless" : bpw >= 5 ? "high" : bpw >= 4 ? "balanced" : bpw >= 3 ? "low" : "extreme";
    }

    /** "4.65 bpw", "4.0 bpw". */
    public String label() {
        return (bitsPerWeight == Math.rint(bitsPerWeight) ? String.format(Locale.ROOT, "%.1f", bitsPerWeight)
                : String.format(Locale.ROOT, "%.2f", bitsPerWeight).replaceAll("0$", "")) + " bpw";
    }

    /** The weights' profile at this rate. */
    public Profile profile(ModelArch a) {
        List<Tensor> tensors = new ArrayList<>(Quantizer.layout(a));
        if (a.tiedEmbeddings()) {
            Tensor emb = tensors.get(0);
            tensors.add(new Tensor("output.weight", TensorClass.OUTPUT, -1, emb.shape(), emb.type()));
        }
        return Profile.of(a, tensors, this::bytes);
    }

    private long bytes(Tensor t) {
        long n = t.elements();
        // norms, biases, the MoE router and the token table are kept in 16 bits
        if (t.isVector() || t.name().contains("ffn_gate_inp") || t.cls() == TensorClass.TOKEN_EMBEDDING) return 2 * n;
        double bits = t.cls() == TensorClass.OUTPUT ? headBits : bitsPerWeight;
        return Math.round(n * bits / 8);
    }
}
