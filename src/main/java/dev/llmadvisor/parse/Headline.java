package dev.llmadvisor.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline of a post: its first sentence of content, where an issue's title or a comment's lead question stands
 * ("Can Falcon-40B run on a single A100 80GB?", "P40 generation is too slow.", "能跑起满血版R1不？"). The issue
 * templates of llama.cpp, Ollama, vLLM, Qwen and ChatGLM all put the summary first (a "[Bug]: " / "[BUG/Help] " /
 * "Eval bug: " title) and the evidence after it (environment, steps, "Relevant log output"), so what the headline asks
 * or complains of is the subject, and what follows is the background the person tried.
 * <p>
 * There is no headline where the post is a single sentence (then the whole text is the subject) or where it opens with
 * a template header ("### Describe the bug", "### What is the issue?", "问题描述"): a filed template is read as a whole.
 */
final class Headline {

    private Headline() {}

    /** More than this is no title or lead sentence but a paragraph; its first sentence is taken. */
    private static final int MAX_CHARS = 200;

    /** A line that only greets or opens ("Hello,", "Hi there!", "您好", "借楼"): no content, skipped. */
    private static final Pattern GREETING = Pattern.compile(
            "(?:hello|hi|hey|hi there|hello there|hi all|hello all|hello everyone|hi everyone|dear \\w+|greetings|good (?:morning|afternoon|evening|day)"
                    + "|您好|你好|大家好|各位好|各位大佬|借楼|请教|打扰了)[ ,，!！.。~:：]*");
    /** A title's tag in front of it: "[Bug]: ", "[BUG/Help] ", "[Usage]:", "Eval bug: ", "Misc. bug:", "Bug:". */
    private static final Pattern TAG = Pattern.compile(
            "^(?:\\[[^\\]\\n]{1,20}\\][ :：]*)+|^(?:eval|misc\\.?|compile|compilation|bug)(?: bug)?[:：] *");
    /** A markdown or template header opening the post: the post is a form, read as a whole. */
    private static final Pattern HEADER = Pattern.compile("^(?:#{1,6} |\\*\\*[^*]{1,60}\\*\\*[ :：]*$|[-=]{3,}$)");
    /** Where the first sentence ends: a question or exclamation mark, a Chinese full stop, or a period before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[?？!！。]|\\.(?=\\s)");

    /**
     * The headline of a lower-cased post, or null where the post has none apart from itself (one sentence) or opens with
     * a header.
     */
    static String of(String low) {
        if (low == null) return null;
        String s = low.strip();
        String[] lines = s.split("\\n");
        int i = 0;
        while (i < lines.length && (lines[i].isBlank() || GREETING.matcher(lines[i].strip()).matches())) i++;
        if (i >= lines.length) return null;
        String first = lines[i].strip();
        if (Prefilter.find(HEADER, first) || BugTemplate.opensWithHeader(first)) return null;
        first = TAG.matcher(first).replaceFirst("").strip();
        Matcher end = SENTENCE_END.matcher(first);
        String head = end.find() ? first.substring(0, end.end()) : first;
        if (head.length() > MAX_CHARS) head = head.substring(0, MAX_CHARS);
        // the rest of the post must hold something the headline does not: otherwise the post is its headline
        String rest = s.substring(Math.min(s.length(), s.indexOf(head) + head.length())).strip();
        if (head.isBlank() || rest.codePointCount(0, rest.length()) < 8) return null;
        return head;
    }

    /** Template headers as the bug-report forms write them; see {@link IntentRules} for the whole-post check. */
    static final class BugTemplate {
        private BugTemplate() {}
        private static final Pattern OPENING_HEADER = Pattern.compile(
                "^(?:\\*\\*)?(?:describe the bug|bug description|steps to reproduce|reproduction steps?|to reproduce|what is the (?:issue|bug)\\??|expected behaviou?r"
                        + "|actual behaviou?r|current behaviou?r|your current environment|environment|name and version|system info|问题描述|复现步骤|复现方法"
                        + "|期望行为|预期行为|实际行为|当前行为|运行环境)(?:\\*\\*)?[ :：]*(?:\\|.*)?$");
        static boolean opensWithHeader(String line) {
            return Prefilter.find(OPENING_HEADER, line);
        }
    }
}
