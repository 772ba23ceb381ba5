package dev.llmadvisor.discord;

import dev.llmadvisor.facts.Lang;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * Every text the bot itself writes (not the advisor's answers), in English, Simplified Chinese (zh-CN) and
 * Traditional Chinese with Taiwan's words (zh-TW).
 */
enum Texts {
    EN, ZH_CN, ZH_TW;

    /** The language the advisor is asked in and answers in. */
    Lang lang() {
        return this == EN ? Lang.EN : Lang.ZH;
    }

    static Texts of(DiscordLocale locale, Lang fallback) {
        if (locale == DiscordLocale.CHINESE_TAIWAN) return ZH_TW;
        if (locale == DiscordLocale.CHINESE_CHINA) return ZH_CN;
        return fallback == Lang.ZH ? ZH_CN : EN;
    }

    /** For a typed question: its own language; Traditional characters mean a Traditional reader. */
    static Texts ofText(String text, Texts fallback) {
        if (text != null && Chinese.hasHan(text)) return Chinese.isTraditional(text) ? ZH_TW : ZH_CN;
        return fallback;
    }

    private String pick(String en, String cn, String tw) {
        return switch (this) {
            case EN -> en;
            case ZH_CN -> cn;
            case ZH_TW -> tw;
        };
    }

    String sorry() {
        return pick("Sorry, something went wrong; try again.", "抱歉，出了点问题，请再试一次。", "抱歉，出了點問題，請再試一次。");
    }

    String tooSlow() {
        return pick("Sorry, that took too long to answer; try again.", "抱歉，回答超时了，请再试一次。", "抱歉，回答逾時了，請再試一次。");
    }

    String rateLimited(long seconds) {
        return pick("You're asking a little fast; please wait " + seconds + " s and try again.",
                "你问得有点快了，请 " + seconds + " 秒后再试。", "你問得有點快了，請 " + seconds + " 秒後再試。");
    }

    String expired() {
        return pick("This answer has expired, so its buttons no longer work. Ask again with /ask (or mention me).",
                "这个回答已过期，按钮不再有效。请用 /ask 重新提问（或 @我）。",
                "這個回答已過期，按鈕不再有效。請用 /ask 重新提問（或 @我）。");
    }

    String nothingToExplain() {
        return pick("Ask me something first; then I can explain the answer.", "请先问我一个问题，然后我再解释回答。",
                "請先問我一個問題，然後我再解釋回答。");
    }

    String buttonWhy() {
        return pick("Why?", "为什么？", "為什麼？");
    }

    String buttonAt(String ctx) {
        return pick("at " + ctx, ctx + " 上下文", ctx + " 上下文");
    }

    String buttonFormats() {
        return pick("other formats", "其他量化", "其他量化");
    }

    String selectPlaceholder() {
        return pick("Ask about one of these options…", "选一个方案继续问…", "選一個方案繼續問…");
    }

    String selectDescription() {
        return pick("can it run this one?", "能跑这个吗？", "能跑這個嗎？");
    }

    /** Follow-up questions the buttons ask, in the advisor's language (Simplified for Chinese). */
    String askWhy() {
        return this == EN ? "why?" : "为什么";
    }

    String askAtContext(String ctx) {
        return this == EN ? "and at " + ctx + " context?" : "那 " + ctx + " 上下文呢？";
    }

    String askFormats(String model) {
        return this == EN ? "how much memory does " + model + " need?" : model + " 需要多少显存？";
    }

    String askOption(String option) {
        return this == EN ? "can it run " + option + "?" : "能跑 " + option + " 吗？";
    }

    String chartAlt() {
        return pick("Chart: memory per option against your GPU memory", "图表：各方案所需内存与可用显存",
                "圖表：各方案所需記憶體與可用視訊記憶體");
    }

    // ---- /help ----------------------------------------------------------------------------------

    String helpTitle() {
        return pick("What I can do", "我能做什么", "我能做什麼");
    }

    String helpIntro() {
        return pick("I size local LLMs for your hardware: which models fit, how much memory they need, which quantization to use, and why.",
                "我根据你的硬件估算本地大模型：能跑哪些模型、需要多少显存和内存、用什么量化，以及理由。",
                "我根據你的硬體估算本地大型語言模型：能跑哪些模型、需要多少視訊記憶體與記憶體、用什麼量化，以及理由。");
    }

    String helpCommands(String ask, String canrun, String fit, String explain, String help) {
        return pick("`/" + ask + "` any question, in English or 中文\n"
                        + "`/" + canrun + "` can this GPU run this model (optional quant, context, RAM)\n"
                        + "`/" + fit + "` which models fit a GPU or an amount of VRAM (optional use, context, RAM)\n"
                        + "`/" + explain + "` the reasons behind your last answer\n"
                        + "`/" + help + "` this message",
                "`/" + ask + "` 任意问题，中文或英文\n"
                        + "`/" + canrun + "` 这张显卡能不能跑这个模型（可选量化、上下文、内存）\n"
                        + "`/" + fit + "` 这张显卡或这么多显存能跑哪些模型（可选用途、上下文、内存）\n"
                        + "`/" + explain + "` 上一个回答的理由\n"
                        + "`/" + help + "` 本说明",
                "`/" + ask + "` 任意問題，中文或英文\n"
                        + "`/" + canrun + "` 這張顯示卡能不能跑這個模型（可選量化、上下文、記憶體）\n"
                        + "`/" + fit + "` 這張顯示卡或這麼多視訊記憶體能跑哪些模型（可選用途、上下文、記憶體）\n"
                        + "`/" + explain + "` 上一個回答的理由\n"
                        + "`/" + help + "` 本說明");
    }

    String helpFollowUps() {
        return pick("Mention me or DM me with a question. Use Discord's **Reply** on any of my answers to follow up "
                        + "(\"and at 32k context?\", \"why?\"), or the buttons under an answer.",
                "也可以 @我 或私信提问。对我的任何回答使用 Discord 的**回复**即可追问（“32k 上下文呢？”“为什么？”），或点回答下面的按钮。",
                "也可以 @我 或私訊提問。對我的任何回答使用 Discord 的**回覆**即可追問（「32k 上下文呢？」「為什麼？」），或點回答下面的按鈕。");
    }

    String helpExamplesTitle() {
        return pick("Examples", "例子", "例子");
    }

    String helpCommandsTitle() {
        return pick("Commands", "命令", "指令");
    }

    String helpFollowUpsTitle() {
        return pick("Follow-ups", "追问", "追問");
    }
}
