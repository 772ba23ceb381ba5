package dev.llmadvisor.discord;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import dev.llmadvisor.reply.Reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Simplified and Traditional Chinese, through OpenCC's dictionaries (opencc4j): answers for zh-TW users are
 * converted to Traditional characters with Taiwan's usual words (显存 -> 視訊記憶體, 缓存 -> 快取), and their
 * questions to Simplified before they reach the advisor, whose vocabulary is Simplified. The dictionaries take
 * a few seconds to load: {@link #warmUp} in the background at start.
 */
final class Chinese {
    private Chinese() { }

    /** Taiwan-standard Traditional; text without Chinese comes back unchanged. */
    static String toTraditional(String s) {
        if (s == null || !hasHan(s)) return s;
        return ZhTwConverterUtil.toTraditional(s);
    }

    static String toSimplified(String s) {
        if (s == null || !hasHan(s)) return s;
        return ZhConverterUtil.toSimple(s);
    }

    /** Whether the text is written in Traditional characters: it changes when converted to Simplified. */
    static boolean isTraditional(String s) {
        if (s == null || !hasHan(s)) return false;
        return !ZhConverterUtil.toSimple(s).equals(s);
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Every text of the reply in Traditional characters. */
    static Reply toTraditional(Reply r) {
        List<Reply.Option> opts = new ArrayList<>();
        for (Reply.Option o : r.options()) {
            opts.add(o == null ? null : new Reply.Option(toTraditional(o.title()), toTraditional(o.detail()), o.commands()));
        }
        return new Reply(r.lang(), r.kind(), toTraditional(r.headline()), opts, r.reasons().stream().map(Chinese::toTraditional).toList(),
                r.notes().stream().map(Chinese::toTraditional).toList(), toTraditional(r.readAs()));
    }

    static void warmUp() {
        try {
            toTraditional("显存");
            toSimplified("顯存");
        } catch (RuntimeException e) {
            // conversion is an extra; a failure shows when used
        }
    }
}
