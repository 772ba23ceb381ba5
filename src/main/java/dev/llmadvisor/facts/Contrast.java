package dev.llmadvisor.facts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a question compares two of its model mentions with each other: "Qwen-14B-Chat-Int4 is slower than Qwen-14B-Chat",
 * "Qwen1.5-7B-base比Qwen1.5-7B-chat慢很多", "Qwen-72B-Chat-Int4 和Qwen-72B-Chat 推理速度对比". Rule D of the real-question
 * corpus counts both sides of such a contrast among the models asked about, also when the catalog keeps both releases as one
 * model (a quantized build, a base and a chat release of one size). A model written twice without a comparison ("I pulled
 * qwen2.5:14b (the file is Qwen2.5-14B-Instruct-Q4_K_M.gguf)") is one mention of one model.
 */
final class Contrast {

    private Contrast() { }

    /** A comparison written between the two names: "than", "vs", "compared to", 比, 对比, 相比. */
    private static final Pattern DIRECT = Pattern.compile("\\bthan\\b|\\bvs\\.?(?![a-z])|\\bversus\\b|\\bcompared (?:to|with)\\b|对比|相比|比");
    /** Two names joined ("X and Y", "X 和 Y", "X、Y", "X / Y"): a comparison only when the sentence compares. */
    private static final Pattern JOINED = Pattern.compile("[\\s\"'`(),]*(?:and|和|与|跟|、|/|,)[\\s\"'`(),]*(?:the |original |原版的?)?");
    private static final Pattern COMPARES = Pattern.compile(
            "slower|faster|quicker|speed|better|worse|differen|compar|对比|比较|相比|区别|差距|差别|更快|更慢|速度");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?![0-9])|[;!?。；！？\\n]");

    /** Whether {@code a} and {@code b}, as written in {@code question}, are compared with each other there. */
    static boolean compared(String question, String a, String b) {
        return compared(question, a, b, List.of());
    }

    /**
     * As above; {@code others}, the question's other model mentions: a comparison word with a third model between the two
     * names compares that model, not these ("glm-4-9b-chat和chatglm3，glm-4-9b-chat比glm3慢": chatglm3 and glm3 are one
     * model, written twice, that glm-4 is compared with).
     */
    static boolean compared(String question, String a, String b, List<String> others) {
        if (question == null || a == null || b == null) return false;
        String low = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String x = a.strip().toLowerCase(Locale.ROOT), y = b.strip().toLowerCase(Locale.ROOT);
        if (x.isEmpty() || y.isEmpty() || x.equals(y)) return false;
        for (int i = low.indexOf(x); i >= 0; i = low.indexOf(x, i + 1)) {
            for (int j = low.indexOf(y); j >= 0; j = low.indexOf(y, j + 1)) {
                int firstEnd = Math.min(i + x.length(), j + y.length());
                int secondStart = Math.max(i, j);
                // one name inside the other ("qwen-14b-chat" in "qwen-14b-chat-int4") is no second mention
                if (secondStart < firstEnd || secondStart - firstEnd > 80) continue;
                String between = low.substring(firstEnd, secondStart);
                if (SENTENCE_END.matcher(between).find() || holdsAnother(between, x, y, others)) continue;
                if (DIRECT.matcher(between).find()) return true;
                if (JOINED.matcher(between).matches() && COMPARES.matcher(sentence(low, Math.min(i, j), Math.max(i + x.length(), j + y.length()))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code between} holds a model mention other than the two compared (nor a part of either). */
    private static boolean holdsAnother(String between, String x, String y, List<String> others) {
        for (String o : others) {
            String m = Normalizer.normalize(o, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
            if (m.isEmpty() || x.contains(m) || y.contains(m)) continue;
            if (between.contains(m)) return true;
        }
        return false;
    }

    /** The sentence around [from, to): up to the sentence ends on either side, at most 160 characters each way. */
    private static String sentence(String low, int from, int to) {
        int start = Math.max(0, from - 160);
        var before = SENTENCE_END.matcher(low).region(start, from);
        while (before.find()) start = before.end();
        var after = SENTENCE_END.matcher(low).region(to, Math.min(low.length(), to + 160));
        int end = after.find() ? after.start() : Math.min(low.length(), to + 160);
        return low.substring(start, end);
    }
}
