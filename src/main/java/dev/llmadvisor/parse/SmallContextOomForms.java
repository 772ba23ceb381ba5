package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An out-of-memory told as happening even at a small context: "OOM even with a very small context size (128)", "even
 * with tiny max_total_tokens I get cuda OOM", "still out of memory with -c 512", "even at 2k context it fails to allocate",
 * "上下文设成512也爆显存", "即使把上下文调到最小还是显存不足". The KV cache of so short a context is small, so what does not
 * fit is the weights themselves. Read sentence by sentence: the failure, the "even"/"still" (也, 还是, 即使, 就算) and the
 * small context must be told together; a context of 2048 tokens or fewer, or one called small, tiny, short or minimal.
 * A longer context reduced ("from 26000 to 16384, still OOM") is not small, nor is max_tokens (the answer's length).
 */
public final class SmallContextOomForms {

    private SmallContextOomForms() {}

    /** The settings that bound the context: context, ctx, -c, num_ctx, n_ctx, max_model_len, max_total_tokens, 上下文. */
    private static final String CONTEXT = "(?:context(?:\\s+(?:size|length|window))?|(?<![a-z])ctx(?:[-_ ]size)?|num_ctx|n_ctx|(?<!\\S)-c(?=[\\s=])"
            + "|max[-_ ](?:model[-_ ]len|total[-_ ]tokens|seq[-_ ]len|position[-_ ]embeddings)|seq(?:uence)?[-_ ]len(?:gth)?"
            + "|上下文(?:长度|窗口)?)";

    /** A small count of tokens: 2048 or fewer, written out or as 1k/2k; not a size in bytes ("512 MB"), nor part of a larger number. */
    private static final String FEW = "(?<![\\d.])(?:(?:64|128|256|512|1000|1024|1500|2000|2048)(?![\\d.]|\\s*(?:k|[mg]i?b|[mg](?![a-z])))"
            + "|[12]\\s?k(?![a-z]))";

    private static final String SMALL_WORD = "(?:tiny|small|smallest|very\\s+small|short|shortest|minimal|minimum|low|lowest|最小|很小|很短|最短|极小)";

    /**
     * The context told small: "a very small context", "tiny max_total_tokens", "context of 512" (the first number after the
     * setting, so "context 8192 with ubatch 512" is not), "-c 2048", "2k context", "上下文设成512", "上下文调到最小".
     */
    private static final String SMALL_CONTEXT = "(?:" + SMALL_WORD + "\\s+(?:an?\\s+)?" + CONTEXT
            + "|" + CONTEXT + "[^\\d.。,，;；\\n]{0,25}?" + FEW
            + "|" + FEW + "\\s*(?:tokens?\\s+(?:of\\s+)?)?" + CONTEXT
            + "|" + CONTEXT + "[^。，；\\n]{0,12}?" + SMALL_WORD + ")";

    /** "Even" said outright: a plain "still" or 也 is as often a setting tried among others that did not help. */
    private static final Pattern EVEN = Pattern.compile("(?<![a-z])even(?![a-z])|即使|就算|哪怕|甚至");

    private static final Pattern SMALL = Pattern.compile(SMALL_CONTEXT);

    private static final Pattern OOM = Pattern.compile("(?<![a-z])(?:oom|out\\s+of\\s+(?:gpu\\s+|cuda\\s+)?memory|not\\s+enough\\s+memory"
            + "|fail(?:s|ed)?\\s+to\\s+allocate|cannot\\s+allocate|insufficient\\s+memory)(?![a-z])|爆显存|显存不足|显存不够|内存不足");

    /** A sentence: up to a full stop, a question or exclamation mark, a semicolon or a line break. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?。！？；;\\n]+(?:\\.\\d[^.!?。！？；;\\n]*)*");

    /** Whether one sentence of the text tells an out-of-memory that happens even at a small context. */
    public static boolean told(String text) {
        if (text == null) return false;
        var sentences = SENTENCE.matcher(text.toLowerCase(Locale.ROOT));
        while (sentences.find()) {
            String s = sentences.group();
            if (Prefilter.find(OOM, s) && Prefilter.find(EVEN, s) && Prefilter.find(SMALL, s)) return true;
        }
        return false;
    }
}
