package dev.llmadvisor.discord;

import dev.llmadvisor.testing.LogCapture;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real JDA 6 bot against {@link FakeDiscord} on 127.0.0.1. */
@Timeout(120)
class DiscordBotEndToEndTest {
    static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.FakeTok.secret-token-value-do-not-leak_42";
    static final Duration WAIT = Duration.ofSeconds(20);

    private FakeDiscord fake;
    private DiscordBot bot;
    private LogCapture logs;

    DiscordBot startBot(dev.llmadvisor.chat.Advisor advisor, BotConfig base) throws Exception {
        logs = LogCapture.open("net.dv8tion");
        fake = new FakeDiscord();
        BotConfig cfg = base.withEndpoints(fake.restBaseUrl(), fake.gatewayUrl());
        bot = new DiscordBot(cfg, advisor, FakeAdvisors.NAMES, Map.of("DISCORD_TOKEN", TOKEN)::get);
        bot.start();
        fake.awaitRequest(r -> r.method().equals("PUT") && r.path().endsWith("/commands"), WAIT);
        return bot;
    }

    @AfterEach
    void tearDown() {
        if (bot != null) bot.stop();
        if (fake != null) fake.close();
        if (logs != null) logs.close();
    }

    static Map<String, Object> opts(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    FakeDiscord.Request callback(String interactionId) throws InterruptedException {
        return fake.awaitRequest(r -> r.method().equals("POST") && r.path().startsWith("interactions/" + interactionId + "/"), WAIT);
    }

    FakeDiscord.Request edited(String interactionId) throws InterruptedException {
        return fake.awaitRequest(r -> r.method().equals("PATCH")
                && r.path().matches("webhooks/\\d+/itok-" + interactionId + "/messages/@original"), WAIT);
    }

    static void assertNoPings(JsonNode body) {
        JsonNode am = body.path("allowed_mentions");
        assertThat(am.isObject()).as("allowed_mentions present in %s", body).isTrue();
        assertThat(am.path("parse").isArray()).isTrue();
        assertThat(am.path("parse").size()).as("allowed_mentions.parse").isZero();
        assertThat(am.path("users").size()).isZero();
        assertThat(am.path("roles").size()).isZero();
        assertThat(body.toString()).doesNotContainPattern("(?<!\\\\u200B|\u200B)@(everyone|here)");
    }

    @Test
    void slashCommandMentionAutocompleteAndResume() throws Exception {
        startBot(new FakeAdvisors.Echo(), BotConfig.defaults());

        // the commands were registered with autocomplete on gpu/model
        JsonNode commands = fake.awaitRequest(r -> r.method().equals("PUT") && r.path().endsWith("/commands"), WAIT).json();
        List<String> names = new ArrayList<>();
        commands.forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("ask", "canrun", "fit", "explain", "help");

        // /canrun: deferred first, then the original edited with an embed
        String id = fake.slashCommand("canrun", opts("gpu", "RTX 4090", "model", "qwen3-14b", "quant", "Q4_K_M", "context", 32768));
        JsonNode cb = callback(id).json();
        assertThat(cb.path("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(5);
        JsonNode edit = edited(id).json();
        JsonNode embed = edit.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Echo: can RTX 4090 run qwen3-14b Q4_K_M at 32768 context");
        assertThat(embed.path("fields").size()).isEqualTo(2);
        assertNoPings(edit);
        List<FakeDiscord.Request> all = fake.requests();
        assertThat(all.indexOf(callback(id))).isLessThan(all.indexOf(edited(id)));

        // a mention in a guild channel: a plain reply, nobody pinged
        fake.message("<@" + fake.botId + "> can RTX 3060 run llama3-8b? @everyone <@&123> <@456>", false);
        FakeDiscord.Request reply = fake.awaitRequest(r -> r.method().equals("POST")
                && r.path().equals("channels/" + fake.channelId + "/messages"), WAIT);
        JsonNode rj = reply.json();
        assertThat(rj.path("content").asText()).contains("Echo: can RTX 3060 run llama3-8b?").contains("@\u200Beveryone")
                .doesNotContain("<@&123>").doesNotContain("<@456>");
        assertThat(rj.path("content").asText().length()).isLessThanOrEqualTo(2000);
        assertNoPings(rj);

        // a DM: answered without a mention
        fake.message("which models fit 8 GB?", true);
        JsonNode dm = fake.awaitRequest(r -> r.method().equals("POST")
                && r.path().equals("channels/" + fake.dmChannelId + "/messages"), WAIT).json();
        assertThat(dm.path("content").asText()).contains("Echo: which models fit 8 GB?");
        assertNoPings(dm);

        // autocomplete: matching names only
        String ac = fake.autocomplete("canrun", "gpu", "40");
        JsonNode choices = callback(ac).json();
        assertThat(choices.path("type").asInt()).as("APPLICATION_COMMAND_AUTOCOMPLETE_RESULT").isEqualTo(8);
        List<String> offered = new ArrayList<>();
        choices.path("data").path("choices").forEach(c -> offered.add(c.path("name").asText()));
        assertThat(offered).containsExactlyInAnyOrder("RTX 4060 Ti 16GB", "RTX 4080", "RTX 4090");

        // /explain: the reasons for the last answer of this user in this channel
        String ex = fake.slashCommand("explain", opts());
        JsonNode exEmbed = edited(ex).json().path("embeds").get(0);
        assertThat(exEmbed.path("title").asText()).isEqualTo("Why: can RTX 3060 run llama3-8b? @\u200Beveryone <\u200B@&123> <\u200B@456>");
        assertThat(exEmbed.path("description").asText()).contains("reason for");

        // the gateway drops us with 4000: JDA resumes, and the next interaction is still answered
        fake.closeWith4000();
        JsonNode resume = fake.awaitOp(6, WAIT);
        assertThat(resume.path("d").path("session_id").asText()).isEqualTo("fake-session");
        fake.awaitSession(WAIT);
        String after = fake.slashCommand("ask", opts("question", "still there?"));
        assertThat(edited(after).json().path("embeds").get(0).path("title").asText()).isEqualTo("Echo: still there?");

        // the token went only where it must (IDENTIFY/RESUME), never into a REST body or a log line
        assertThat(fake.awaitOp(2, WAIT).path("d").path("token").asText()).isEqualTo(TOKEN);
        for (FakeDiscord.Request r : fake.requests()) assertThat(r.body()).doesNotContain(TOKEN).doesNotContain("secret-token");
        assertThat(logs.lines()).isNotEmpty();
        assertThat(logs.all()).doesNotContain(TOKEN).doesNotContain("secret-token");
    }

    @Test
    void sixthMessageWithinTheWindowIsRateLimited() throws Exception {
        startBot(new FakeAdvisors.Echo(), BotConfig.defaults());
        for (int i = 1; i <= 6; i++) fake.message("<@" + fake.botId + "> question " + i, false);
        long end = System.nanoTime() + WAIT.toNanos();
        List<String> replies = new ArrayList<>();
        while (System.nanoTime() < end && replies.size() < 6) {
            replies.clear();
            for (FakeDiscord.Request r : fake.requests()) {
                if (r.method().equals("POST") && r.path().equals("channels/" + fake.channelId + "/messages")) {
                    replies.add(r.json().path("content").asText());
                }
            }
            Thread.sleep(20);
        }
        assertThat(replies).hasSize(6);
        assertThat(replies.stream().filter(c -> c.startsWith("Echo: question"))).hasSize(5);
        assertThat(replies.stream().filter(c -> c.contains("asking a little fast"))).hasSize(1);

        // a slash command from the same user is limited too: told at once, and only to them (ephemeral)
        String id = fake.slashCommand("ask", opts("question", "seventh"));
        JsonNode notice = callback(id).json();
        assertThat(notice.path("type").asInt()).as("CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(4);
        assertThat(notice.path("data").path("flags").asInt() & 64).as("EPHEMERAL").isEqualTo(64);
        assertThat(notice.path("data").path("content").asText()).contains("asking a little fast");
    }

    @Test
    void advisorFailureGivesAFriendlyMessageAndTheBotKeepsServing() throws Exception {
        // the exception message even carries the token: it must not reach the log or Discord
        startBot(new FakeAdvisors.Throwing(2, TOKEN), BotConfig.defaults());
        String first = fake.slashCommand("ask", opts("question", "boom?"));
        JsonNode sorry = edited(first).json();
        assertThat(sorry.path("embeds").get(0).path("title").asText()).isEqualTo("Sorry, something went wrong; try again.");
        assertThat(sorry.toString()).doesNotContain("exploded").doesNotContain(TOKEN);

        fake.message("<@" + fake.botId + "> boom again", false);
        JsonNode sorry2 = fake.awaitRequest(r -> r.method().equals("POST") && r.path().startsWith("channels/"), WAIT).json();
        assertThat(sorry2.path("content").asText()).isEqualTo("Sorry, something went wrong; try again.");

        String next = fake.slashCommand("ask", opts("question", "and now?"));
        assertThat(edited(next).json().path("embeds").get(0).path("title").asText()).isEqualTo("Echo: and now?");
        String ex = fake.slashCommand("explain", opts());
        assertThat(edited(ex).json().path("embeds").get(0).path("title").asText()).isEqualTo("Sorry, something went wrong; try again.");

        assertThat(logs.all()).contains("Advisor failed").contains("[token]").doesNotContain(TOKEN);
        for (FakeDiscord.Request r : fake.requests()) assertThat(r.body()).doesNotContain(TOKEN);
    }

    @Test
    void slowAdvisorIsDeferredFirstThenAnswered() throws Exception {
        startBot(new FakeAdvisors.Slow(3000), BotConfig.defaults());
        long t0 = System.nanoTime();
        String id = fake.slashCommand("fit", opts("vram", 12.0, "use", "coding"));
        assertThat(callback(id).json().path("type").asInt()).isEqualTo(5);
        long deferredMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(deferredMs).as("acknowledged within Discord's 3 s").isLessThan(2500);
        assertThat(fake.requests().stream().anyMatch(r -> r.method().equals("PATCH"))).isFalse();
        assertThat(edited(id).json().path("embeds").get(0).path("title").asText())
                .isEqualTo("Echo: which models fit 12 GB VRAM for coding");
    }

    @Test
    void hostileInputThroughTheNetwork() throws Exception {
        startBot(new FakeAdvisors.Echo(), BotConfig.defaults().withRateLimit(1000, 1));
        java.util.Random rnd = new java.util.Random(11);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String q = RenderFuzzTest.randomText(rnd, i == 0 ? 6000 : 400) + " @everyone <@&123> <@456> @here";
            ids.add(fake.slashCommand("ask", opts("question", q)));
            fake.message("<@" + fake.botId + "> " + q, false);
        }
        ids.add(fake.slashCommand("canrun", opts("gpu", "<@&1> @everyone", "model", "x".repeat(100), "context", -5L)));
        ids.add(fake.slashCommand("fit", opts("vram", -1.0e300)));
        for (String id : ids) {
            JsonNode body = edited(id).json();
            assertNoPings(body);
            JsonNode e = body.path("embeds").get(0);
            assertThat(e.path("title").asText().length()).isBetween(1, 256);
            assertThat(e.toString()).doesNotContainPattern("<@[!&]?\\d+>");
        }
        long end = System.nanoTime() + WAIT.toNanos();
        List<FakeDiscord.Request> posts = List.of();
        while (System.nanoTime() < end) {
            posts = fake.requests().stream().filter(r -> r.method().equals("POST") && r.path().startsWith("channels/")).toList();
            if (posts.size() >= 8) break;
            Thread.sleep(20);
        }
        assertThat(posts).hasSize(8);
        for (FakeDiscord.Request r : posts) {
            JsonNode body = r.json();
            assertNoPings(body);
            assertThat(body.path("content").asText().length()).isBetween(1, 2000);
            assertThat(body.path("content").asText()).doesNotContainPattern("<@[!&]?\\d+>");
        }
    }

    @Test
    void rejectedTokenIsAClearErrorThatDoesNotShowTheToken() throws Exception {
        logs = LogCapture.open("net.dv8tion");
        fake = new FakeDiscord();
        fake.rejectToken = true;
        BotConfig cfg = BotConfig.defaults().withEndpoints(fake.restBaseUrl(), fake.gatewayUrl());
        bot = new DiscordBot(cfg, new FakeAdvisors.Echo(), FakeAdvisors.NAMES, Map.of("DISCORD_TOKEN", TOKEN)::get);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(bot::start);
        assertThat(t).isInstanceOf(dev.llmadvisor.knowledge.InputError.class)
                .hasMessageContaining("Could not connect to Discord").hasMessageContaining("DISCORD_TOKEN");
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(sw));
        assertThat(sw.toString()).doesNotContain(TOKEN);
        assertThat(logs.all()).doesNotContain(TOKEN);
    }
}
