package dev.llmadvisor.discord;

import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * The network-free core of the bot: rate limit, call the advisor, turn every failure into a friendly
 * reply. Never throws; never returns null.
 */
public final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

    static final String SORRY_EN = "Sorry, something went wrong; try again.";
    static final String SORRY_ZH = "抱歉，出了点问题，请再试一次。";

    private final Advisor advisor;
    private final RateLimiter limiter;
    private final Lang defaultLang;
    private final Secrets secrets;

    Responder(Advisor advisor, RateLimiter limiter, Lang defaultLang, Secrets secrets) {
        this.advisor = advisor;
        this.limiter = limiter;
        this.defaultLang = defaultLang;
        this.secrets = secrets;
    }

    /** Conversation key: the same user in the same channel continues one conversation. */
    public static String conversation(String userId, String channelId) {
        return "discord:" + userId + ":" + channelId;
    }

    public Reply ask(String userId, String channelId, String message) {
        Lang lang = langOf(message);
        if (!limiter.tryAcquire(userId)) return rateLimited(lang, limiter.secondsUntilNext(userId));
        return guarded(lang, () -> advisor.ask(conversation(userId, channelId), message == null ? "" : message));
    }

    public Reply explain(String userId, String channelId) {
        if (!limiter.tryAcquire(userId)) return rateLimited(defaultLang, limiter.secondsUntilNext(userId));
        return guarded(defaultLang, () -> advisor.explain(conversation(userId, channelId)));
    }

    private Reply guarded(Lang lang, Supplier<Reply> call) {
        try {
            Reply r = call.get();
            if (r == null) throw new IllegalStateException("advisor returned no reply");
            return r;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw (Error) e;
            LOG.warn("Advisor failed; answered with an apology", secrets.scrub(e));
            return Reply.simple(lang, Reply.Kind.ERROR, lang == Lang.ZH ? SORRY_ZH : SORRY_EN);
        }
    }

    static Reply rateLimited(Lang lang, long seconds) {
        String text = lang == Lang.ZH
                ? "你问得有点快了，请 " + seconds + " 秒后再试。"
                : "You're asking a little fast; please wait " + seconds + " s and try again.";
        return Reply.simple(lang, Reply.Kind.HELP, text);
    }

    /** Chinese when the text has CJK ideographs, else the configured default. */
    Lang langOf(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return Lang.ZH;
                i += Character.charCount(cp);
            }
        }
        return defaultLang;
    }
}
