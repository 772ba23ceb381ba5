package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GPU memory told as growing with use, turn after turn or call after call: "VRAM usage keeps growing with every message",
 * "GPU memory increases after each request until it OOMs", "随着不断交互，显存逐步增加直至OOM", "随着调用次数增加，显存增加",
 * "显存占用越来越大". What grows is what the model keeps between turns (the history in its KV cache, or memory the engine
 * does not free): the model itself loaded on the GPU and answered several times first. The forms are a grammar: GPU
 * memory with a verb of growth and a marker of repetition or continuation (keeps, each/every turn, 逐步/不断/越来越, 随着 …).
 * System RAM growing is not read (a CPU run grows the same way).
 */
public final class MemoryGrowthForms {

    private MemoryGrowthForms() {}

    private static final String GPU_MEMORY_EN = "(?:vram|gpu memory|gpu ram|video memory|cuda memory)(?: usage| use| consumption)?";
    private static final String GROW_EN = "(?:grow(?:s|ing)?|increas(?:es|ing)|climb(?:s|ing)?|ris(?:es|ing)|go(?:es|ing)? up|build(?:s|ing)? up)";
    private static final String TURN_EN = "(?:message|request|call|turn|question|query|prompt|round|conversation|chat|generation|inference)s?";

    private static final Pattern TOLD = Pattern.compile(
            // "VRAM usage keeps growing", "GPU memory keeps increasing"
            "(?<![a-z])" + GPU_MEMORY_EN + " (?:keeps|kept|continues to|continued to|steadily|gradually|constantly) " + GROW_EN + "(?![a-z])"
                    // "VRAM usage grows with every message", "GPU memory increases after each request"
                    + "|(?<![a-z])" + GPU_MEMORY_EN + " " + GROW_EN + " (?:with|after|on) (?:each|every) (?:new )?" + TURN_EN + "(?![a-z])"
                    // 显存逐步增加, 显存占用不断上涨, 显存越来越大
                    + "|显存(?:占用|使用|用量)?(?:会|也)?(?:逐步|逐渐|不断|持续|一直|慢慢)(?:地)?(?:增加|增长|上涨|上升|变大|升高)|显存(?:占用|使用|用量)?(?:会|也)?越来越(?:大|高|多)"
                    // 随着不断交互，显存逐步增加 / 随着调用次数增加，显存增加
                    + "|随着[^。！？!?\\n]{0,12}?(?:交互|对话|调用|请求|轮数|次数|问答|推理)[^。！？!?\\n]{0,12}?显存(?:占用|使用|用量)?[^。！？!?\\n]{0,4}?(?:增加|增长|上涨|上升|变大|升高)");

    /** Whether the text tells GPU memory growing with use, turn after turn. */
    public static boolean told(String text) {
        return text != null && TOLD.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
