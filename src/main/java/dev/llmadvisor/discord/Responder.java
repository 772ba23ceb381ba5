package dev.llmadvisor.discord;

import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * The network-free core of the bot: rate limit, call the advisor, turn every failure into a friendly
 * reply, and Traditional characters for zh-TW readers. Never throws; never returns null.
 */
public final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

    static final String SORRY_EN = Texts.EN.sorry();
    static final String SORRY_ZH = Texts.ZH_CN.sorry();

    private final Advisor advisor;
    private final RateLimiter limiter;
    private final Lang defaultLang;
    private final Secrets secrets;

    /**
     * What came of one question.
     *
     * @param failed        the advisor threw (or returned nothing): the reply is an apology
     * @param advisorNanos  time spent inside the advisor
     */
    record Outcome(Answer answer, Texts texts, boolean failed, long advisorNanos) {
        Reply reply() {
            return answer.reply();
        }

        Reply.Kind kind() {
            return answer.reply().kind();
        }
    }

    Responder(Advisor advisor, RateLimiter limiter, Lang defaultLang, Secrets secrets) {
        this.advisor = advisor;
        this.limiter = limiter;
        this.defaultLang = defaultLang;
        this.secrets = secrets;
    }

    Advisor advisor() {
        return advisor;
    }

    /** Conversation key: the same user in the same channel continues one conversation. */
    public static String conversation(String userId, String channelId) {
        return "discord:" + userId + ":" + channelId;
    }

    /** 0 when the user may ask now, else the whole seconds until they may. */
    long admit(String userId) {
        return limiter.tryAcquire(userId) ? 0 : limiter.secondsUntilNext(userId);
    }

    /** Asks the advisor; for a Traditional reader the question goes in Simplified and the answer comes back Traditional. */
    Outcome ask(String conversation, String message, Texts texts) {
        String m = message == null ? "" : message;
        String q = texts == Texts.ZH_TW ? Chinese.toSimplified(m) : m;
        return guarded(texts, () -> advisor.answer(conversation, q));
    }

    Outcome why(String conversation, Texts texts) {
        return guarded(texts, () -> advisor.why(conversation));
    }

    private Outcome guarded(Texts texts, Supplier<Answer> call) {
        long t0 = System.nanoTime();
        try {
            Answer a = call.get();
            long nanos = System.nanoTime() - t0;
            if (a == null || a.reply() == null) throw new IllegalStateException("advisor returned no answer");
            if (texts == Texts.ZH_TW && a.reply().lang() == Lang.ZH) a = withReply(a, Chinese.toTraditional(a.reply()));
            return new Outcome(a, texts, false, nanos);
        } catch (RuntimeException | Error e) {
            long nanos = System.nanoTime() - t0;
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw (Error) e;
            LOG.warn("Advisor failed; answered with an apology", secrets.scrub(e));
            return failed(texts, nanos);
        }
    }

    static Outcome failed(Texts texts, long nanos) {
        return new Outcome(new Answer(null, List.of(), Reply.simple(texts.lang(), Reply.Kind.ERROR, texts.sorry())), texts, true, nanos);
    }

    static Outcome timedOut(Texts texts) {
        return new Outcome(new Answer(null, List.of(), Reply.simple(texts.lang(), Reply.Kind.ERROR, texts.tooSlow())), texts, true, 0);
    }

    private static Answer withReply(Answer a, Reply r) {
        return a.withReply(r);
    }

    // ---- the simple API (console-like: one reply per message), kept for tools and tests -------------

    public Reply ask(String userId, String channelId, String message) {
        Texts t = Texts.ofText(message, defaultLang == Lang.ZH ? Texts.ZH_CN : Texts.EN);
        long wait = admit(userId);
        if (wait > 0) return rateLimited(t.lang(), wait);
        return ask(conversation(userId, channelId), message, t).reply();
    }

    public Reply explain(String userId, String channelId) {
        Texts t = defaultLang == Lang.ZH ? Texts.ZH_CN : Texts.EN;
        long wait = admit(userId);
        if (wait > 0) return rateLimited(t.lang(), wait);
        return why(conversation(userId, channelId), t).reply();
    }

    static Reply rateLimited(Lang lang, long seconds) {
        return rateLimited(lang == Lang.ZH ? Texts.ZH_CN : Texts.EN, seconds);
    }

    static Reply rateLimited(Texts t, long seconds) {
        return Reply.simple(t.lang(), Reply.Kind.HELP, t.rateLimited(seconds));
    }

    /** Chinese when the text has CJK ideographs, else the configured default. */
    Lang langOf(String text) {
        return text != null && Chinese.hasHan(text) ? Lang.ZH : defaultLang;
    }
}
