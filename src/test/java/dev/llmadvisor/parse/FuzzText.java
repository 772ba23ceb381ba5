package dev.llmadvisor.parse;

import java.util.Random;

/** Random and hostile question texts, seeded, shared by the parser's fuzz test, the prefilter's test and the parse bench. */
public final class FuzzText {

    /** Pieces that exercise the patterns' edges: digits and units, counts, tags, separators. */
    private static final String[] PIECES = {
            "4090", "3090", "rtx", " ", "x", "2x", "×", "*", "张", "两张", "双卡", "16", "GB", "g", "G显存", "内存",
            "ram", "vram", "k", "32k", "ctx", "上下文", "-", "--", ":", "/", "qwen3", "deepseek-r1", ":14b", "70b",
            "8x7b", "q4_k_m", "q8_0", "kv", "cache", "fp16", "4位量化", "999999999999", "-1", "0", ".", "..",
            "\u200b", "\u200f", "\u202e", "\ufeff", "\ud83d\ude00", "\ud800", "\udc00", "能跑", "吗", "呢", "why",
            "what can", "laptop", "笔记本", "m3 max", "a100", "80GB", "(", "（", "１２Ｇ", "١٢٣", "𝟒𝟎𝟗𝟎"};

    private FuzzText() {
    }

    /**
     * The {@code i}-th text of a run: mostly chat-sized messages; one in 25 at or past the length cap, one in 50 of 10k
     * characters.
     */
    public static String next(Random random, int i) {
        return i % 50 == 0 ? randomChars(random, 10_000)
                : i % 25 == 1 ? randomPieces(random, 500 + random.nextInt(3000))
                : i % 2 == 0 ? randomChars(random, random.nextInt(200))
                : randomPieces(random, random.nextInt(50));
    }

    static String randomChars(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            b.append(switch (kind) {
                case 0 -> (char) (0x20 + random.nextInt(0x5f));              // ASCII
                case 1 -> (char) (0x4e00 + random.nextInt(0x5000));          // Han
                case 2 -> (char) (0xd800 + random.nextInt(0x800));           // lone surrogates
                case 3 -> "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\ufeff".charAt(random.nextInt(10));
                case 4 -> (char) random.nextInt(0x10000);                    // anything in the BMP
                default -> (char) ('0' + random.nextInt(10));                // digits
            });
        }
        return b.toString();
    }

    static String randomPieces(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
        return b.toString();
    }
}
