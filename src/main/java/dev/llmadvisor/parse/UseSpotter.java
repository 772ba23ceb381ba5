package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.UseCase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots what the model is for (use case and finer topics) and whether speed or quality matters more.
 * The use case is the first specific one mentioned; generic words ("writing", "开发") count only when no
 * specific word is there, so "help writing WordPress plugins" is coding.
 */
final class UseSpotter {

    record Uses(UseCase useCase, Set<String> topics, Preference preference) {}

    /**
     * A keyword. English words need a word boundary before them; {@code stem} also lets them run on
     * ("novel" in "novels"), otherwise they need a boundary after. Chinese words match anywhere.
     */
    private record Keyword(String word, UseCase useCase, boolean strong, boolean stem, List<String> topics) {}

    private static final List<Keyword> KEYWORDS = new ArrayList<>();

    private static void strong(UseCase u, String words, String... topics) {
        add(u, true, words, topics);
    }

    private static void weak(UseCase u, String words, String... topics) {
        add(u, false, words, topics);
    }

    /** Words separated by '|'; a trailing '*' marks a stem. */
    private static void add(UseCase u, boolean strong, String words, String... topics) {
        for (String w : words.split("\\|")) {
            boolean stem = w.endsWith("*");
            KEYWORDS.add(new Keyword(stem ? w.substring(0, w.length() - 1) : w, u, strong, stem, List.of(topics)));
        }
    }

    static {
        strong(UseCase.CODING, "code|coding|coder*|program*|write code|writing code|software|script*|debug*|refactor*"
                + "|copilot|autocomplet*|javascript|typescript|golang|rust|sql|代码|编程|编码|写代码|程序|代码补全|脚本");
        strong(UseCase.CODING, "python", "python");
        strong(UseCase.CODING, "php", "php");
        strong(UseCase.CODING, "wordpress*|wp插件", "wordpress", "php");
        strong(UseCase.CODING, "vba|宏|macro*", "vba");
        strong(UseCase.CODING, "solidworks", "solidworks", "vba");
        weak(UseCase.CODING, "develop*|dev|plugin*|开发|插件");
        strong(UseCase.WRITING, "novel*|fiction|story|stories|storytelling|小说|长篇|网文", "fiction");
        strong(UseCase.WRITING, "creative writing|copywriting|roleplay*|role-play*|角色扮演|文案|写文章|essay*");
        weak(UseCase.WRITING, "writing|写作|创作");
        strong(UseCase.LONG_CONTEXT, "long document*|long doc*|long context|long text*|long pdf*|large document*"
                + "|长文档|长文本|长上下文|长篇文档|整本书|大文档");
        strong(UseCase.RAG, "rag|retrieval|knowledge base*|知识库|检索|向量库|embedding*");
        strong(UseCase.EDGE, "edge|边缘|端侧|手机|phone*|smartphone*|android|iphone|raspberry*|树莓派|jetson|嵌入式"
                + "|embedded|on-device|移动端");
        strong(UseCase.MULTIMODAL, "image*|vision|multimodal|multi-modal|picture*|photo*|screenshot*|ocr|图片|图像"
                + "|多模态|看图|识图|视觉|截图");
        strong(UseCase.REASONING, "math*|数学|奥数", "math");
        strong(UseCase.REASONING, "reasoning|logic*|逻辑|推理|解题|proof*");
        strong(UseCase.GENERAL, "translat*|翻译", "translation");
        weak(UseCase.GENERAL, "chat*|conversation*|assistant|general|q&a|聊天|对话|闲聊|日常|问答");
    }

    /** "推理" is also inference: "推理速度", "本地推理" are about running, not about reasoning. */
    private static final List<String> INFERENCE_AFTER = List.of("速度", "引擎", "框架", "性能", "时", "服务", "部署", "卡", "显存", "需要");
    private static final List<String> INFERENCE_BEFORE = List.of("本地", "模型", "gpu", "cpu", "做", "用于", "跑");

    private static final List<String> CHINESE = List.of("中文", "chinese", "汉语");
    private static final List<String> SPEED = List.of(
            "fast", "speed", "quick", "tokens/s", "t/s", "latency", "速度", "快", "流畅", "延迟");
    private static final List<String> QUALITY = List.of(
            "quality", "smartest", "most accurate", "most capable", "质量", "效果最好", "效果好", "最好的效果", "最聪明",
            "最强", "精度最高");
    private static final List<String> BALANCED = List.of("balanced", "balance", "trade-off", "tradeoff", "平衡", "均衡", "性价比");

    Uses spot(Scan scan) {
        String s = scan.free();
        Keyword first = null;
        int firstAt = Integer.MAX_VALUE;
        Keyword firstWeak = null;
        int firstWeakAt = Integer.MAX_VALUE;
        Set<String> topics = new LinkedHashSet<>();
        for (Keyword k : KEYWORDS) {
            int at = find(s, k);
            if (at < 0) continue;
            topics.addAll(k.topics);
            if (k.strong && at < firstAt) {
                first = k;
                firstAt = at;
            } else if (!k.strong && at < firstWeakAt) {
                firstWeak = k;
                firstWeakAt = at;
            }
        }
        UseCase useCase = first != null ? first.useCase : firstWeak != null ? firstWeak.useCase : null;
        if (containsAny(s, CHINESE)) topics.add("chinese");
        return new Uses(useCase, topics, preference(s));
    }

    private static int find(String s, Keyword k) {
        boolean ascii = k.word.chars().allMatch(c -> c < 128);
        for (int at = s.indexOf(k.word); at >= 0; at = s.indexOf(k.word, at + 1)) {
            int end = at + k.word.length();
            if (ascii && at > 0 && Scan.isWordChar(s.charAt(at - 1))) continue;
            if (ascii && !k.stem && end < s.length() && Scan.isWordChar(s.charAt(end))) continue;
            if (k.word.equals("推理") && meansInference(s, at, end)) continue;
            if (k.useCase == UseCase.MULTIMODAL && notAPictureTask(s, at, end)) continue;
            return at;
        }
        return -1;
    }

    /**
     * "image" and "screenshot" in a problem report are mostly not a task for the model: a picture attached to the post
     * ("as shown in the image", "see screenshot", "[image]", "![image](…)", 如图, 截图如下), or a container image ("docker
     * image", "the official server-cuda image", "image: quay.io/…"). Read as a need for a vision model, they rejected
     * every text model asked about ("No: … reads text only").
     */
    private static final Pattern NOT_A_PICTURE_TASK = Pattern.compile(
            "(?:docker|container|podman|cuda|rocm|server(?:-cuda)?|official|custom|latest|nightly|base|vllm|ollama|runtime) images?(?![a-z])"
                    + "|!?\\[(?:image|images|screenshot|screenshots|picture|pictures|截图|图片)[^\\]]{0,20}\\]"
                    + "|(?<![a-z])images?:"
                    + "|(?:shown|seen|see|refer(?: to)?) (?:in |on |at )?(?:the |this |my |attached )?(?:following |attached |below |above )?"
                    + "(?:images?|pictures?|screenshots?)"
                    + "|(?:attached|following) (?:images?|pictures?|screenshots?)|(?:images?|pictures?|screenshots?) (?:below|above|attached)"
                    + "|如图|下图|(?:图片|截图|图)如下|下面的(?:图片|截图)|见(?:截图|图片)");

    private static boolean notAPictureTask(String s, int at, int end) {
        int from = Math.max(0, at - 40);
        java.util.regex.Matcher m = NOT_A_PICTURE_TASK.matcher(s.substring(from, Math.min(s.length(), end + 25)));
        while (m.find()) if (m.start() + from <= at && m.end() + from >= end) return true;
        return false;
    }

    private static boolean meansInference(String s, int at, int end) {
        for (String w : INFERENCE_AFTER) if (s.startsWith(w, end)) return true;
        for (String w : INFERENCE_BEFORE) if (s.startsWith(w, at - w.length())) return true;
        return false;
    }

    // One of the two put before the other, so not a balance of both: "quality over speed", "I don't care about speed",
    // "质量优先", "速度慢点没关系"; and the reverse.
    private static final String QUALITY_WORD = "(?:quality|accuracy|accurate|smarter|smartest|better answers|质量|效果|精度|准确)";
    private static final String SPEED_WORD = "(?:speed|fast|faster|速度|快)";
    private static final String PUT_BEFORE = " ?(?:over|rather than|more than|before|instead of|>|matters more than|is more important than|比)";
    private static final String DOES_NOT_MATTER = "(?:doesn'?t matter|does not matter|is not important|isn'?t important|is secondary"
            + "|无所谓|不重要|其次|没关系)";
    private static final String NOT_A_CLAUSE_END = "[^.。!?？！,，;；]{0,12}?";
    private static final Pattern QUALITY_FIRST = putFirst(QUALITY_WORD, SPEED_WORD, "(?:speed|how fast)",
            "slow(?:er)? is (?:ok|okay|fine)|(?:质量|效果|精度)优先|宁可慢|慢(?:一)?点(?:也)?(?:没关系|无所谓|可以接受|也行)");
    private static final Pattern SPEED_FIRST = putFirst(SPEED_WORD, QUALITY_WORD, "(?:quality|accuracy)",
            "速度优先|(?:效果|质量|精度)差(?:一)?点(?:也)?(?:没关系|无所谓|也行)");

    /** {@code first} put before {@code second}, or {@code second} said not to matter, or the wordings of {@code own}. */
    private static Pattern putFirst(String first, String second, String secondNoun, String own) {
        return Pattern.compile(first + PUT_BEFORE + " ?" + second + "|(?<![a-z])" + second + NOT_A_CLAUSE_END + DOES_NOT_MATTER
                + "|(?:don'?t|do not) care (?:about|for|much about) " + secondNoun + "|" + own);
    }

    private static Preference preference(String s) {
        boolean qualityFirst = Prefilter.find(QUALITY_FIRST, s);
        boolean speedFirst = Prefilter.find(SPEED_FIRST, s);
        if (qualityFirst != speedFirst) return qualityFirst ? Preference.QUALITY : Preference.SPEED;
        if (containsAny(s, BALANCED)) return Preference.BALANCED;
        boolean speed = containsAny(s, SPEED);
        boolean quality = containsAny(s, QUALITY);
        if (speed && quality) return Preference.BALANCED;
        return speed ? Preference.SPEED : quality ? Preference.QUALITY : null;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0 && (w.charAt(0) >= 128 || at == 0 || !Scan.isWordChar(s.charAt(at - 1)))) return true;
        }
        return false;
    }
}
