package dev.llmadvisor.discord;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Reply;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile inputs through the same path the bot uses (Responder -> Render), without
 * the network: every one gets a reply within Discord's limits that cannot ping anyone.
 */
class RenderFuzzTest {
    static final Pattern PING = Pattern.compile("@(?i:everyone|here)|<@[!&]?\\d+>|<#\\d+>");
    static final String[] HOSTILE = {
        "@everyone", "@here", "@EVERYONE", "<@&123>", "<@456>", "<@!789>", "<#42>", "</ask:1>", "@everyone@here",
        "**bold** __u__ ~~s~~ `code` ```block```", "> quote", "||spoiler||", "[link](https://x.y)", "\u202Eevil\u202C",
        "\u200B\u200C\u200D\uFEFF", "עברית ‏RTL‏ עברית", "مرحبا", "😀👍🏽👨‍👩‍👧‍👦", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "能跑 qwen3-14b 吗",
        "-1", "-99999999999999999999", "1e308", "NaN", "Infinity", "0", "9223372036854775807", "-9223372036854775808",
        "\n\n\n", "   ", "", "\\", "\"'", "${jndi:ldap://x}", "%s%n", "\u0000", "\r\n", "@\u200Beveryone",
    };

    static String randomText(Random rnd, int maxLen) {
        int len = rnd.nextInt(maxLen + 1);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
            switch (rnd.nextInt(8)) {
                case 0 -> sb.append(HOSTILE[rnd.nextInt(HOSTILE.length)]);
                case 1 -> sb.appendCodePoint(0x1F300 + rnd.nextInt(0x2FF)); // emoji: surrogate pairs
                case 2 -> sb.appendCodePoint(0x4E00 + rnd.nextInt(0x5000)); // CJK
                case 3 -> sb.appendCodePoint(0x0590 + rnd.nextInt(0x170));  // Hebrew/Arabic (RTL)
                case 4 -> sb.append(rnd.nextLong());
                case 5 -> sb.append(' ');
                case 6 -> {
                    int cp;
                    do {
                        cp = rnd.nextInt(0x110000);
                    } while (cp >= 0xD800 && cp <= 0xDFFF);
                    sb.appendCodePoint(cp);
                }
                default -> sb.append((char) ('a' + rnd.nextInt(26)));
            }
        }
        return sb.toString();
    }

    static void assertSafeEmbed(MessageEmbed e) {
        assertThat(e.isSendable()).isTrue();
        assertThat(e.getLength()).isLessThanOrEqualTo(6000);
        assertThat(e.getTitle()).isNotEmpty().hasSizeLessThanOrEqualTo(256);
        if (e.getDescription() != null) assertThat(e.getDescription()).hasSizeLessThanOrEqualTo(4096);
        assertThat(e.getFields()).hasSizeLessThanOrEqualTo(25);
        List<String> parts = new ArrayList<>();
        parts.add(e.getTitle());
        parts.add(e.getDescription());
        for (MessageEmbed.Field f : e.getFields()) {
            assertThat(f.getName()).isNotEmpty().hasSizeLessThanOrEqualTo(256);
            assertThat(f.getValue()).isNotEmpty().hasSizeLessThanOrEqualTo(1024);
            parts.add(f.getName());
            parts.add(f.getValue());
        }
        for (String p : parts) if (p != null) assertNoPing(p);
    }

    static void assertNoPing(String s) {
        assertThat(PING.matcher(s).find()).as("pinging text in %s", s.length() > 200 ? s.substring(0, 200) : s).isFalse();
        assertNoLoneSurrogate(s);
    }

    static void assertNoLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))).as("split pair").isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone low surrogate").isFalse();
            }
        }
    }

    @Test
    void hostileMessagesThroughResponderAndRender() {
        Random rnd = new Random(20261122);
        FakeAdvisors.Echo echo = new FakeAdvisors.Echo();
        Responder responder = new Responder(echo, new RateLimiter(1000, 1, System::nanoTime), Lang.EN, new Secrets("tok"));
        int n = 2500;
        for (int i = 0; i < n; i++) {
            String msg = switch (i % 10) {
                case 0 -> randomText(rnd, 10_000) + "x".repeat(rnd.nextInt(10_000));
                case 1 -> HOSTILE[rnd.nextInt(HOSTILE.length)];
                case 2 -> Commands.canRunMessage(rnd.nextBoolean() ? Lang.EN : Lang.ZH, randomText(rnd, 120),
                        randomText(rnd, 120), randomText(rnd, 10), rnd.nextLong());
                case 3 -> Commands.fitMessage(Lang.EN, rnd.nextBoolean() ? null : randomText(rnd, 50),
                        switch (rnd.nextInt(4)) {
                            case 0 -> -rnd.nextDouble() * 1e300;
                            case 1 -> Double.MAX_VALUE;
                            case 2 -> Double.NaN;
                            default -> rnd.nextDouble() * 100;
                        }, randomText(rnd, 20));
                default -> randomText(rnd, 300);
            };
            Reply reply = responder.ask("u" + (i % 7), "c", msg);
            assertThat(reply).isNotNull();
            assertSafeEmbed(Render.embed(reply, false));
            assertSafeEmbed(Render.embed(reply, true));
            String text = Render.text(reply, i % 2 == 0);
            assertThat(text).isNotEmpty().hasSizeLessThanOrEqualTo(2000);
            assertNoPing(text);
            assertSafeEmbed(Render.embed(responder.explain("u" + (i % 7), "c"), true));
        }
        assertThat(echo.calls.get()).isEqualTo(n);
    }

    @Test
    void hostileRepliesFromTheAdvisorRenderWithinLimits() {
        Random rnd = new Random(7);
        for (int i = 0; i < 1000; i++) {
            List<Reply.Option> options = new ArrayList<>();
            int nOpt = rnd.nextInt(40);
            for (int k = 0; k < nOpt; k++) options.add(new Reply.Option(randomText(rnd, 400), randomText(rnd, 3000)));
            List<String> reasons = new ArrayList<>();
            for (int k = rnd.nextInt(30); k > 0; k--) reasons.add(randomText(rnd, 800));
            List<String> notes = new ArrayList<>();
            for (int k = rnd.nextInt(5); k > 0; k--) notes.add(randomText(rnd, 500));
            Reply r = new Reply(rnd.nextBoolean() ? Lang.EN : Lang.ZH, Reply.Kind.values()[rnd.nextInt(4)],
                    randomText(rnd, i % 3 == 0 ? 10_000 : 300), options, reasons, notes);
            assertSafeEmbed(Render.embed(r, true));
            assertSafeEmbed(Render.embed(r, false));
            String text = Render.text(r, true);
            assertThat(text).isNotEmpty().hasSizeLessThanOrEqualTo(2000);
            assertNoPing(text);
        }
    }

    @Test
    void autocompleteWithHostileInputStaysWithinLimits() {
        Random rnd = new Random(3);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) names.add(randomText(rnd, 150));
        names.addAll(FakeAdvisors.NAMES.gpuNames());
        for (int i = 0; i < 500; i++) {
            String typed = i % 5 == 0 ? "" : randomText(rnd, 12);
            List<Command.Choice> choices = Commands.choices(names, typed);
            assertThat(choices).hasSizeLessThanOrEqualTo(25);
            for (Command.Choice c : choices) {
                assertThat(c.getName()).isNotBlank().hasSizeLessThanOrEqualTo(100);
                assertThat(c.getAsString()).hasSizeLessThanOrEqualTo(100);
            }
        }
        assertThat(Commands.choices(names, "")).hasSize(25);
    }

    @Test
    void neutraliseBreaksEveryMentionForm() {
        assertThat(Render.neutralise("hi @everyone and @here <@1> <@!2> <@&3> <#4>"))
                .isEqualTo("hi @\u200Beveryone and @\u200Bhere <\u200B@1> <\u200B@!2> <\u200B@&3> <\u200B#4>");
        assertThat(Render.neutralise(Render.neutralise("@everyone"))).isEqualTo("@\u200Beveryone");
        assertThat(Render.truncate("ab😀", 3)).isEqualTo("ab…").matches(s -> !Character.isHighSurrogate(s.charAt(1)));
    }
}
