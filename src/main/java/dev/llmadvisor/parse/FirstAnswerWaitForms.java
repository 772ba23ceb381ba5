package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slow first answer told, or one slow again after the model sat idle: "a significant delay in responding to the first
 * prompt", "is it load times on the initial run?", "the first request takes 30 seconds", "第一次以及放久了每次询问都要初始化",
 * "首次调用要等很久". An engine that loads a model on its first request (Ollama, and the apps over it) reads the weights
 * from disk then, and unloads them after a while idle, so the wait is the load, not the speed of generation. The first
 * answer and its wait are told in one sentence; "the first prompt responds quickly" tells no wait, and a first token's
 * latency (首个token) is prompt processing, not the load.
 */
public final class FirstAnswerWaitForms {

    private FirstAnswerWaitForms() {}

    /** The first answer, or one after an idle spell: first prompt/request/response…, the initial run or load, 第一次, 首次, 放久了, 空闲后. */
    private static final Pattern FIRST = Pattern.compile(
            "(?<![a-z])(?:first|initial)\\s+(?:prompt|request|response|message|query|call|question|answer|inference|run|load)s?(?![a-z])"
                    + "|(?<![a-z])after\\s+(?:being\\s+)?(?:idle|inactive|sitting\\s+idle)|第一次|首次|放久了|空闲[^，。,.\\n]{0,6}后");

    /** A wait told: slow, a delay, a long time, seconds or minutes, loading or initialising (慢, 久, 等, 延迟, 初始化, 加载). */
    private static final Pattern WAIT = Pattern.compile(
            "(?<![a-z])(?:slow\\w*|delay\\w*|lag\\w*|latency|long\\s+time|(?:so|too)\\s+long|takes?\\s+(?:a\\s+)?(?:long|ages|forever|\\d)|took|wait\\w*|seconds|minutes|load(?:s|ing)?\\s+times?)(?![a-z])"
                    + "|慢|久|等|延迟|初始化|加载|秒|分钟");

    /** A sentence: up to a full stop, a question or exclamation mark, a semicolon or a line break. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?。！？；;\\n]+");

    /** Whether one sentence of the text tells a wait for the first answer, or for one after the model sat idle. */
    public static boolean told(String text) {
        if (text == null) return false;
        String low = text.toLowerCase(Locale.ROOT);
        if (!Prefilter.mayFind(FIRST, low)) return false;
        Matcher sentences = SENTENCE.matcher(low);
        while (sentences.find()) {
            String s = sentences.group();
            if (Prefilter.find(FIRST, s) && Prefilter.find(WAIT, s)) return true;
        }
        return false;
    }
}
