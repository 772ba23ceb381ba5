package dev.llmadvisor.discord;

import dev.llmadvisor.facts.Lang;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The slash commands: their definitions, and how each is turned into one natural-language question for
 * {@code Advisor.ask}, so that every command takes the same code path as a typed question.
 */
public final class Commands {
    public static final int MAX_CHOICES = 25;
    public static final int CHOICE_MAX = 100;

    /** Uses offered by /fit: value sent to the advisor -> label shown in Discord. */
    public static final List<String> USES = List.of(
            "general", "coding", "writing", "chinese", "reasoning", "long documents", "math", "roleplay", "agents");

    private Commands() { }

    public static List<SlashCommandData> definitions(BotConfig.Commands names) {
        List<SlashCommandData> list = new ArrayList<>();
        list.add(slash(names.ask(), "Ask which LLM your hardware can run (English or 中文)",
                "提问", "提問", "问哪些大模型能在你的硬件上跑（中文或英文）", "問哪些大型語言模型能在你的硬體上跑（中文或英文）")
                .addOptions(option(OptionType.STRING, "question", "e.g. can a 12 GB GPU run qwen3-14b?", true, false,
                        "问题", "問題", "例如：12G 显存能跑 qwen3-14b 吗？", "例如：12G 視訊記憶體能跑 qwen3-14b 嗎？").setMaxLength(1500)));
        list.add(slash(names.canrun(), "Can this GPU run this model?",
                "能跑吗", "能跑嗎", "这张显卡能跑这个模型吗？", "這張顯示卡能跑這個模型嗎？")
                .addOptions(
                        gpu(true),
                        option(OptionType.STRING, "model", "Model, e.g. qwen3-14b", true, true,
                                "模型", "模型", "模型，例如 qwen3-14b", "模型，例如 qwen3-14b").setMaxLength(100),
                        option(OptionType.STRING, "quant", "Quantization, e.g. Q4_K_M", false, false,
                                "量化", "量化", "量化格式，例如 Q4_K_M", "量化格式，例如 Q4_K_M").setMaxLength(32),
                        context(), ram()));
        OptionData use = option(OptionType.STRING, "use", "What you want the model for", false, false,
                "用途", "用途", "模型的用途", "模型的用途");
        for (String u : USES) {
            use.addChoices(new Command.Choice(u, u)
                    .setNameLocalization(DiscordLocale.CHINESE_CHINA, USES_ZH_CN.get(USES.indexOf(u)))
                    .setNameLocalization(DiscordLocale.CHINESE_TAIWAN, USES_ZH_TW.get(USES.indexOf(u))));
        }
        list.add(slash(names.fit(), "Which models fit this GPU (or this much VRAM)?",
                "能跑什么", "能跑什麼", "这张显卡（或这么多显存）能跑哪些模型？", "這張顯示卡（或這麼多視訊記憶體）能跑哪些模型？")
                .addOptions(
                        gpu(false),
                        option(OptionType.NUMBER, "vram", "VRAM in GB, if you don't name a GPU", false, false,
                                "显存", "視訊記憶體", "显存大小（GB），不写显卡时用", "視訊記憶體大小（GB），不寫顯示卡時用")
                                .setRequiredRange(0.5, 4096),
                        use, context(), ram()));
        list.add(slash(names.explain(), "Why? The reasons behind the last answer in this channel",
                "为什么", "為什麼", "为什么？本频道上一个回答的理由", "為什麼？本頻道上一個回答的理由"));
        list.add(slash(names.help(), "What this bot can do, with examples",
                "帮助", "說明", "这个机器人能做什么，附例子", "這個機器人能做什麼，附例子"));
        return list;
    }

    /** Uses in Chinese, in the order of {@link #USES} (what the Chinese client shows; the value sent is English). */
    static final List<String> USES_ZH_CN = List.of("通用", "写代码", "写作", "中文", "推理", "长文档", "数学", "角色扮演", "智能体");
    static final List<String> USES_ZH_TW = List.of("通用", "寫程式", "寫作", "中文", "推理", "長文件", "數學", "角色扮演", "代理");

    private static SlashCommandData slash(String name, String description, String nameCn, String nameTw, String descCn, String descTw) {
        return net.dv8tion.jda.api.interactions.commands.build.Commands.slash(name, description)
                .setNameLocalization(DiscordLocale.CHINESE_CHINA, nameCn)
                .setNameLocalization(DiscordLocale.CHINESE_TAIWAN, nameTw)
                .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, descCn)
                .setDescriptionLocalization(DiscordLocale.CHINESE_TAIWAN, descTw);
    }

    private static OptionData option(OptionType type, String name, String description, boolean required, boolean autocomplete,
                                     String nameCn, String nameTw, String descCn, String descTw) {
        return new OptionData(type, name, description, required, autocomplete)
                .setNameLocalization(DiscordLocale.CHINESE_CHINA, nameCn)
                .setNameLocalization(DiscordLocale.CHINESE_TAIWAN, nameTw)
                .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, descCn)
                .setDescriptionLocalization(DiscordLocale.CHINESE_TAIWAN, descTw);
    }

    private static OptionData gpu(boolean required) {
        return option(OptionType.STRING, "gpu", "GPU, e.g. RTX 4090 or 2x RTX 3090", required, true,
                "显卡", "顯示卡", "显卡，例如 RTX 4090 或 2x RTX 3090", "顯示卡，例如 RTX 4090 或 2x RTX 3090").setMaxLength(100);
    }

    private static OptionData context() {
        return option(OptionType.INTEGER, "context", "Context length in tokens, e.g. 32768", false, false,
                "上下文", "上下文", "上下文长度（tokens），例如 32768", "上下文長度（tokens），例如 32768")
                .setRequiredRange(1, 10_000_000);
    }

    private static OptionData ram() {
        return option(OptionType.NUMBER, "ram", "System RAM in GB, e.g. 64 (for offloading to the CPU)", false, false,
                "内存", "記憶體", "系统内存（GB），例如 64（模型放不下显存时用）", "系統記憶體（GB），例如 64（模型放不下視訊記憶體時用）")
                .setRequiredRange(0.5, 65536);
    }

    /** "can RTX 4090 with 64 GB RAM run qwen3-14b Q4_K_M at 32768 context" (or the Chinese form). */
    public static String canRunMessage(Lang lang, String gpu, String model, String quant, Long context) {
        return canRunMessage(lang, gpu, model, quant, context, null);
    }

    public static String canRunMessage(Lang lang, String gpu, String model, String quant, Long context, Double ramGb) {
        String g = oneLine(gpu), m = oneLine(model), q = oneLine(quant);
        if (lang == Lang.ZH) {
            StringBuilder sb = new StringBuilder(g);
            if (ramGb != null) sb.append("，").append(number(ramGb)).append("GB 内存，");
            sb.append(" 能跑 ").append(m);
            if (!q.isEmpty()) sb.append(' ').append(q);
            if (context != null) sb.append("，").append(context).append(" 上下文");
            return sb.append(" 吗").toString();
        }
        StringBuilder sb = new StringBuilder("can ").append(g);
        if (ramGb != null) sb.append(" with ").append(number(ramGb)).append(" GB RAM");
        sb.append(" run ").append(m);
        if (!q.isEmpty()) sb.append(' ').append(q);
        if (context != null) sb.append(" at ").append(context).append(" context");
        return sb.toString();
    }

    /** "which models fit RTX 4090 for coding" / "which models fit 12 GB VRAM". */
    public static String fitMessage(Lang lang, String gpu, Double vramGb, String use) {
        return fitMessage(lang, gpu, vramGb, use, null, null);
    }

    public static String fitMessage(Lang lang, String gpu, Double vramGb, String use, Long context, Double ramGb) {
        String target = !oneLine(gpu).isEmpty() ? oneLine(gpu)
                : vramGb != null ? number(vramGb) + " GB VRAM" : "";
        String u = oneLine(use);
        if (lang == Lang.ZH) {
            String who = target.isEmpty() ? "我的显卡" : target;
            StringBuilder sb = new StringBuilder(who);
            if (ramGb != null) sb.append("，").append(number(ramGb)).append("GB 内存，");
            sb.append(" 能跑哪些模型");
            if (context != null) sb.append("，").append(context).append(" 上下文");
            if (!u.isEmpty()) sb.append("（用途：").append(u).append("）");
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder("which models fit ").append(target.isEmpty() ? "my GPU" : target);
        if (ramGb != null) sb.append(" with ").append(number(ramGb)).append(" GB RAM");
        if (context != null) sb.append(" at ").append(context).append(" context");
        if (!u.isEmpty()) sb.append(" for ").append(u);
        return sb.toString();
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return String.valueOf(d);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Names matching what the user typed: prefix matches first, then substring matches, case- and
     * spacing-insensitive; at most 25, each name and value at most 100 characters.
     */
    public static List<Command.Choice> choices(List<String> names, String typed) {
        String q = key(typed);
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> inner = new LinkedHashSet<>();
        if (names != null) {
            for (String n : names) {
                if (n == null || n.isBlank() || n.length() > CHOICE_MAX) continue;
                String k = key(n);
                if (k.startsWith(q)) prefix.add(n);
                else if (k.contains(q)) inner.add(n);
                if (prefix.size() >= MAX_CHOICES) break;
            }
        }
        List<Command.Choice> out = new ArrayList<>();
        for (Set<String> set : List.of(prefix, inner)) {
            for (String n : set) {
                if (out.size() == MAX_CHOICES) return out;
                out.add(new Command.Choice(n, n));
            }
        }
        return out;
    }

    private static String key(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
