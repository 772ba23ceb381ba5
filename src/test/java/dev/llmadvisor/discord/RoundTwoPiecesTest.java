package dev.llmadvisor.discord;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Round two's pieces without the network: retry decisions, texts, Chinese, phrasing of options, components. */
class RoundTwoPiecesTest {

    @Test
    void whatIsRetriedAndAfterHowLong() {
        Delivery.Policy p = new Delivery.Policy(5, 400, 8000);
        assertThat(Delivery.delayMs(new SocketTimeoutException("read timed out"), 1, p)).isBetween(200L, 400L);
        assertThat(Delivery.delayMs(new IOException("connection reset"), 3, p)).isBetween(800L, 1600L);
        assertThat(Delivery.delayMs(new RuntimeException(new IOException("wrapped")), 1, p)).isPositive();
        assertThat(Delivery.delayMs(new RateLimitedException("route", 1500), 1, p)).isEqualTo(1500);
        assertThat(Delivery.delayMs(new IllegalStateException("bug"), 1, p)).isEqualTo(-1);
        assertThat(Delivery.backoff(10, p)).isBetween(4000L, 8000L);
        assertThat(Delivery.retryAfterMs("{\"retry_after\": 0.25, \"global\": false}", "1")).isEqualTo(250);
        assertThat(Delivery.retryAfterMs("not json", "2")).isEqualTo(2000);
        assertThat(Delivery.unwrap(new CompletionException(new IOException("x")))).isInstanceOf(IOException.class);
    }

    @Test
    void botTextsInThreeLanguagesAndTraditionalAnswers() {
        assertThat(Texts.of(DiscordLocale.CHINESE_TAIWAN, Lang.EN)).isEqualTo(Texts.ZH_TW);
        assertThat(Texts.of(DiscordLocale.CHINESE_CHINA, Lang.EN)).isEqualTo(Texts.ZH_CN);
        assertThat(Texts.of(DiscordLocale.GERMAN, Lang.ZH)).isEqualTo(Texts.ZH_CN);
        assertThat(Texts.ofText("我的顯示卡能跑什麼模型？", Texts.EN)).isEqualTo(Texts.ZH_TW);
        assertThat(Texts.ofText("我的显卡能跑什么模型？", Texts.EN)).isEqualTo(Texts.ZH_CN);
        assertThat(Texts.ofText("what fits 8 GB?", Texts.ZH_CN)).isEqualTo(Texts.ZH_CN);
        for (Texts t : Texts.values()) {
            assertThat(t.sorry()).isNotBlank();
            assertThat(t.rateLimited(6)).contains("6");
            assertThat(t.helpCommands("ask", "canrun", "fit", "explain", "help")).contains("/canrun").contains("/help");
        }
        assertThat(Texts.ZH_TW.helpCommands("a", "b", "c", "d", "e")).contains("顯示卡").doesNotContain("显卡");
        assertThat(Chinese.toTraditional("显存不够，缓存放内存里")).contains("視訊記憶體").contains("快取").contains("記憶體");
        assertThat(Chinese.toSimplified("顯示卡")).isEqualTo("显示卡");
        assertThat(Chinese.toTraditional("RTX 4090 24 GB")).isEqualTo("RTX 4090 24 GB");
    }

    @Test
    void slashOptionsAreReadAsTheyMean() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        Answer en = advisor.answer("p1", Commands.canRunMessage(Lang.EN, "RTX 4090", "qwen3-14b", "Q4_K_M", 32768L, 64.0));
        assertThat(en.understood().ramGb()).isEqualTo(64.0);
        assertThat(en.understood().context()).isEqualTo(32768);
        assertThat(en.ask().hardware()).contains("4090");
        Answer zh = advisor.answer("p2", Commands.canRunMessage(Lang.ZH, "RTX 4090", "qwen3-14b", null, 32768L, 64.0));
        assertThat(zh.understood().ramGb()).isEqualTo(64.0);
        assertThat(zh.understood().context()).isEqualTo(32768);
        Answer fit = advisor.answer("p3", Commands.fitMessage(Lang.EN, null, 12.0, "coding", 16384L, 32.0));
        assertThat(fit.understood().ramGb()).isEqualTo(32.0);
        assertThat(fit.understood().context()).isEqualTo(16384);
        Answer fitZh = advisor.answer("p4", Commands.fitMessage(Lang.ZH, "RTX 3060 12GB", null, null, 16384L, 32.0));
        assertThat(fitZh.understood().ramGb()).isEqualTo(32.0);
        assertThat(fitZh.understood().context()).isEqualTo(16384);

        // the follow-ups the buttons and the menu ask
        advisor.answer("b", "can a 4090 run qwen3 14b?");
        assertThat(advisor.answer("b", Texts.EN.askAtContext("128k")).ask().context()).isEqualTo(131072);
        Answer formats = advisor.answer("b", Texts.EN.askFormats("Qwen3 14B"));
        assertThat(formats.shown()).hasSizeGreaterThan(3);
        assertThat(formats.ask().hardware()).contains("4090");
        Answer option = advisor.answer("b", Texts.EN.askOption("Qwen3 14B Q8_0"));
        assertThat(option.shown().get(0).candidate().format().label()).isEqualTo("Q8_0");
        assertThat(option.ask().hardware()).contains("4090");
        advisor.answer("z", "4090能跑qwen3 14b吗");
        assertThat(advisor.answer("z", Texts.ZH_CN.askAtContext("32k")).ask().context()).isEqualTo(32768);
        assertThat(advisor.answer("z", Texts.ZH_CN.askOption("Qwen3 14B Q8_0")).shown().get(0).candidate().format().label()).isEqualTo("Q8_0");
    }

    @Test
    void componentsStayWithinDiscordsLimits() {
        List<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "Model " + i + " " + "x".repeat(120)).toList();
        List<ActionRow> rows = DiscordBot.components("abcdefghij", Texts.ZH_TW, many, true);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getComponents()).hasSize(4);
        net.dv8tion.jda.api.components.selections.StringSelectMenu menu =
                (net.dv8tion.jda.api.components.selections.StringSelectMenu) rows.get(1).getComponents().get(0);
        assertThat(menu.getCustomId()).isEqualTo("adv:opt:abcdefghij");
        assertThat(menu.getPlaceholder()).contains("選一個方案");
        assertThat(menu.getOptions()).hasSize(25).allSatisfy(o -> assertThat(o.getLabel().length()).isLessThanOrEqualTo(100));
        assertThat(DiscordBot.components("t", Texts.EN, List.of("a"), false).get(0).getComponents()).hasSize(3);
    }

    @Test
    void answersExpire() {
        AtomicLong now = new AtomicLong();
        Answers a = new Answers(2, TimeUnit.MINUTES.toNanos(10), now::get);
        a.put(new Answers.Entry("t1", "s1", Texts.EN, List.of(), null, 0));
        a.bindMessage("m1", "t1");
        assertThat(a.ofMessage("m1").token()).isEqualTo("t1");
        now.set(TimeUnit.MINUTES.toNanos(11));
        assertThat(a.get("t1")).isNull();
        a.put(new Answers.Entry("t2", "s2", Texts.EN, List.of(), null, now.get()));
        a.put(new Answers.Entry("t3", "s3", Texts.EN, List.of(), null, now.get()));
        a.put(new Answers.Entry("t4", "s4", Texts.EN, List.of(), null, now.get()));
        assertThat(a.get("t2")).as("least recently used goes first").isNull();
        assertThat(a.newToken()).hasSize(10).matches("[0-9a-z]+");
    }
}
