package dev.llmadvisor.discord;

import dev.llmadvisor.facts.Lang;
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
        list.add(net.dv8tion.jda.api.interactions.commands.build.Commands.slash(names.ask(),
                        "Ask which LLM your hardware can run (English or 中文)")
                .addOptions(new OptionData(OptionType.STRING, "question", "e.g. can a 12 GB GPU run qwen3-14b?", true)
                        .setMaxLength(1500)));
        list.add(net.dv8tion.jda.api.interactions.commands.build.Commands.slash(names.canrun(),
                        "Can this GPU run this model?")
                .addOptions(
                        new OptionData(OptionType.STRING, "gpu", "GPU, e.g. RTX 4090", true, true).setMaxLength(100),
                        new OptionData(OptionType.STRING, "model", "Model, e.g. qwen3-14b", true, true).setMaxLength(100),
                        new OptionData(OptionType.STRING, "quant", "Quantization, e.g. Q4_K_M", false).setMaxLength(32),
                        new OptionData(OptionType.INTEGER, "context", "Context length in tokens, e.g. 32768", false)
                                .setRequiredRange(1, 10_000_000)));
        OptionData use = new OptionData(OptionType.STRING, "use", "What you want the model for", false);
        for (String u : USES) use.addChoice(u, u);
        list.add(net.dv8tion.jda.api.interactions.commands.build.Commands.slash(names.fit(),
                        "Which models fit this GPU (or this much VRAM)?")
                .addOptions(
                        new OptionData(OptionType.STRING, "gpu", "GPU, e.g. RTX 4060 Ti 16GB", false, true).setMaxLength(100),
                        new OptionData(OptionType.NUMBER, "vram", "VRAM in GB, if you don't name a GPU", false)
                                .setRequiredRange(0.5, 4096),
                        use));
        list.add(net.dv8tion.jda.api.interactions.commands.build.Commands.slash(names.explain(),
                "Why? The reasons behind the last answer in this channel"));
        return list;
    }

    /** "can RTX 4090 run qwen3-14b Q4_K_M at 32768 context" (or the Chinese form). */
    public static String canRunMessage(Lang lang, String gpu, String model, String quant, Long context) {
        String g = oneLine(gpu), m = oneLine(model), q = oneLine(quant);
        if (lang == Lang.ZH) {
            StringBuilder sb = new StringBuilder(g).append(" 能跑 ").append(m);
            if (!q.isEmpty()) sb.append(' ').append(q);
            if (context != null) sb.append("，").append(context).append(" 上下文");
            return sb.append(" 吗").toString();
        }
        StringBuilder sb = new StringBuilder("can ").append(g).append(" run ").append(m);
        if (!q.isEmpty()) sb.append(' ').append(q);
        if (context != null) sb.append(" at ").append(context).append(" context");
        return sb.toString();
    }

    /** "which models fit RTX 4090 for coding" / "which models fit 12 GB VRAM". */
    public static String fitMessage(Lang lang, String gpu, Double vramGb, String use) {
        String target = !oneLine(gpu).isEmpty() ? oneLine(gpu)
                : vramGb != null ? number(vramGb) + " GB VRAM" : "";
        String u = oneLine(use);
        if (lang == Lang.ZH) {
            String who = target.isEmpty() ? "我的显卡" : target;
            return who + " 能跑哪些模型" + (u.isEmpty() ? "" : "（用途：" + u + "）");
        }
        String who = target.isEmpty() ? "my GPU" : target;
        return "which models fit " + who + (u.isEmpty() ? "" : " for " + u);
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
