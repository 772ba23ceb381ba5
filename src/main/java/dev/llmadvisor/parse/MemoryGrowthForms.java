package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GPU memory told as growing with use, turn after turn or call after call: "VRAM usage keeps growing with every message",
 * "GPU memory increases after each request until it OOMs", "随着不断交互，显存逐步增加直至OOM", "随着调用次数增加，显存增加",
 * "显存占用越来越大", "每运行一次输出，显存就增高一些", "对话轮数越长显存需求越大". What grows is what the model keeps
 * between turns (the history in its KV cache, or memory the engine does not free): the model itself loaded on the GPU
 * and answered several times first. The forms are a grammar: GPU memory with a verb of growth and a marker of repetition
 * or continuation (keeps, each/every turn, the longer the chat, 逐步/不断/越来越, 随着 …, 每…一次, 轮数越长…越大), or of the run
 * itself (推理时显存暴涨, "VRAM spikes during generation").
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
                    + "|随着[^。！？!?\\n]{0,12}?(?:交互|对话|调用|请求|轮数|次数|问答|推理)[^。！？!?\\n]{0,12}?显存(?:占用|使用|用量)?[^。！？!?\\n]{0,4}?(?:增加|增长|上涨|上升|变大|升高)"
                    // 每运行一次输出，显存就增高一些 / 每问一次显存都涨一点 / 每次对话后显存都会增加
                    + "|每(?:次|轮|[^。！？!?\\n，,]{0,6}?一(?:次|轮))[^。！？!?\\n]{0,10}?显存(?:占用|使用|用量)?(?:就|都|会|也)*(?:增加|增长|上涨|上升|变大|升高|增高|涨|多(?:占|用|了))"
                    // 对话轮数越长，显存需求越大 / 聊天次数越多显存占用越高
                    + "|(?:对话|聊天|交互|问答|调用|请求)(?:的)?(?:轮数|轮次|次数|历史)?越(?:长|多)[，,]?显存(?:的)?(?:需求|占用|使用|用量)?(?:就)?越(?:大|高|多)"
                    // growth while it answers, after a load that went through ("部署后显存占用10G，推理时显存会暴涨", "VRAM spikes
                    // during generation"): what the run adds past the weights, its KV cache and activations; not asked ("…吗")
                    + "|(?:推理|生成|回答|对话)(?:时|的时候|过程中)[^。！？!?\\n]{0,10}?显存(?:占用|使用|用量)?[^。！？!?\\n]{0,6}?"
                    + "(?:暴涨|猛涨|飙升|增长|上涨|增加|升高)(?![^。！？!?\\n]{0,8}?[吗么])"
                    + "|(?<![a-z])" + GPU_MEMORY_EN + " (?:spikes|jumps|balloons|explodes|" + GROW_EN + ") (?:during|while|when) "
                    + "(?:inference|generation|generating|answering|it generates|it answers)(?![a-z])"
                    // "the longer the conversation goes, the more VRAM it uses"
                    + "|(?<![a-z])the (?:longer|more) (?:the )?(?:conversation|chat|dialog(?:ue)?|history|turns|messages)(?: goes| gets| lasts)?, the more "
                    + "(?:vram|gpu memory|video memory)(?![a-z])");

    /** Whether the text tells GPU memory growing with use, turn after turn. */
    public static boolean told(String text) {
        return text != null && Prefilter.find(TOLD, text.toLowerCase(Locale.ROOT));
    }
}
