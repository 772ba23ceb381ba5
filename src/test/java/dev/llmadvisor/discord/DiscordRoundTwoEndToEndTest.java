package dev.llmadvisor.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.testing.LogCapture;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round two of the bot, end to end: a real JDA 6 client (through JDA's ShardManager) against {@link FakeDiscord}.
 * Faults (500 once and twice on the interaction callback and on the answer, a request that hangs, a 429, an
 * exception inside the advisor) lose no answer; Discord Replies, buttons and the select menu continue the
 * conversation; charts arrive as PNG uploads; notices are ephemeral; commands are registered with localised
 * names; a process runs the shard range its settings give.
 */
@Timeout(180)
class DiscordRoundTwoEndToEndTest {
    static final String TOKEN = DiscordBotEndToEndTest.TOKEN;
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CALLBACK = "interactions/\\d+/[^/]+/callback";

    private FakeDiscord fake;
    private DiscordBot bot;
    private LogCapture logs;

    DiscordBot startBot(Advisor advisor, BotConfig base) throws Exception {
        logs = LogCapture.open("net.dv8tion");
        fake = new FakeDiscord();
        BotConfig cfg = base.withEndpoints(fake.restBaseUrl(), fake.gatewayUrl());
        bot = new DiscordBot(cfg, advisor, FakeAdvisors.NAMES, Map.of("DISCORD_TOKEN", TOKEN)::get);
        bot.start();
        if (cfg.shards().from() == 0) fake.awaitRequest(r -> r.method().equals("PUT") && r.path().endsWith("/commands"), WAIT);
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

    List<FakeDiscord.Request> all(Predicate<FakeDiscord.Request> p) {
        return fake.requests().stream().filter(p).toList();
    }

    List<FakeDiscord.Request> awaitCount(Predicate<FakeDiscord.Request> p, int n) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        List<FakeDiscord.Request> got = all(p);
        while (got.size() < n && System.nanoTime() < end) {
            Thread.sleep(20);
            got = all(p);
        }
        assertThat(got).as("requests matching; all: %s", fake.describe()).hasSizeGreaterThanOrEqualTo(n);
        return got;
    }

    static Predicate<FakeDiscord.Request> callbackOf(String id) {
        return r -> r.method().equals("POST") && r.path().startsWith("interactions/" + id + "/");
    }

    static Predicate<FakeDiscord.Request> editOf(String id) {
        return r -> r.method().equals("PATCH") && r.path().matches("webhooks/\\d+/itok-" + id + "/messages/@original");
    }

    JsonNode lastEdit(String id) throws InterruptedException {
        List<FakeDiscord.Request> edits = awaitCount(editOf(id), 1);
        return edits.get(edits.size() - 1).json();
    }

    /** The final edit of the deferred response, once the bot has sent one that Discord accepted. */
    JsonNode answered(String id) throws InterruptedException {
        fake.awaitOriginal(id, WAIT);
        return lastEdit(id);
    }

    // ---- no lost answers ---------------------------------------------------------------------------

    @Test
    void aCallbackThatFailsOnceOrTwiceIsSentAgainAndTheAnswerArrives() throws Exception {
        startBot(new FakeAdvisors.Echo(), BotConfig.defaults());
        for (int failures = 1; failures <= 2; failures++) {
            fake.fail("POST", CALLBACK, failures, 500);
            long t0 = System.nanoTime();
            String id = fake.slashCommand("ask", opts("question", "500 x" + failures));
            List<FakeDiscord.Request> callbacks = awaitCount(callbackOf(id), failures + 1);
            long ackMs = (callbacks.get(failures).nanos() - t0) / 1_000_000;
            assertThat(ackMs).as("acknowledged within Discord's 3 s despite %d failure(s)", failures).isLessThan(3000);
            assertThat(callbacks).allSatisfy(c -> assertThat(c.json().path("type").asInt()).isEqualTo(5));
            assertThat(answered(id).path("embeds").get(0).path("title").asText()).isEqualTo("Echo: 500 x" + failures);
        }
        assertThat(bot.lost.get()).isZero();
    }

    @Test
    void anAnswerThatFailsOrHangsIsSentAgain() throws Exception {
        startBot(new FakeAdvisors.Echo(), BotConfig.defaults().withTimeouts(1, 60));
        // 500 twice on the edit of the deferred response
        fake.fail("PATCH", "webhooks/.*", 2, 500);
        String a = fake.slashCommand("ask", opts("question", "edit fails twice"));
        assertThat(awaitCount(editOf(a), 3)).hasSize(3);
        assertThat(answered(a).path("embeds").get(0).path("title").asText()).isEqualTo("Echo: edit fails twice");

        // the edit hangs past the HTTP timeout (1 s here): given up, sent again
        fake.hang("PATCH", "webhooks/.*", 1, 2500);
        String b = fake.slashCommand("ask", opts("question", "edit hangs"));
        assertThat(awaitCount(editOf(b), 2)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(answered(b).path("embeds").get(0).path("title").asText()).isEqualTo("Echo: edit hangs");

        // a reply to a mention: 500 once, then a 429 whose retry_after is honoured
        fake.fail("POST", "channels/\\d+/messages", 1, 500);
        fake.rateLimit("POST", "channels/\\d+/messages", 1, 1.0);
        fake.message("<@" + fake.botId + "> mention with faults", false);
        List<FakeDiscord.Request> posts = awaitCount(r -> r.method().equals("POST") && r.path().startsWith("channels/"), 3);
        assertThat((posts.get(2).nanos() - posts.get(1).nanos()) / 1_000_000).as("waited out retry_after").isGreaterThanOrEqualTo(900);
        assertThat(posts.get(2).json().path("content").asText()).contains("Echo: mention with faults");
        assertThat(bot.lost.get()).isZero();
        assertThat(bot.delivery().retries.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anExceptionInsideTheAdvisorEditsTheDeferredResponseWithAnApology() throws Exception {
        startBot(new FakeAdvisors.Throwing(1, TOKEN), BotConfig.defaults());
        String id = fake.slashCommand("canrun", opts("gpu", "RTX 4090", "model", "qwen3-14b"));
        assertThat(awaitCount(callbackOf(id), 1).get(0).json().path("type").asInt()).isEqualTo(5);
        JsonNode sorry = answered(id);
        assertThat(sorry.path("embeds").get(0).path("title").asText()).isEqualTo("Sorry, something went wrong; try again.");
        assertThat(sorry.toString()).doesNotContain(TOKEN).doesNotContain("exploded").doesNotContain("at dev.");
        // and the bot keeps serving
        String next = fake.slashCommand("ask", opts("question", "after"));
        assertThat(answered(next).path("embeds").get(0).path("title").asText()).isEqualTo("Echo: after");
        assertThat(logs.all()).doesNotContain(TOKEN);
    }

    @Test
    void aSlowAdvisorGetsAnApologyAtTheDeadline() throws Exception {
        startBot(new FakeAdvisors.Slow(4000), BotConfig.defaults().withTimeouts(10, 1));
        String id = fake.slashCommand("ask", opts("question", "slow"));
        assertThat(answered(id).path("embeds").get(0).path("title").asText()).isEqualTo("Sorry, that took too long to answer; try again.");
    }

    // ---- follow-ups, components and charts, with the real advisor ------------------------------------

    @Test
    void chartButtonsSelectMenuAndRepliesWithTheRealAdvisor() throws Exception {
        startBot(RealAdvisors.fresh(), BotConfig.defaults().withRateLimit(1000, 1));

        // an answer comparing options: embed coloured by verdict, footer, chart uploaded as PNG, components
        String id = fake.slashCommand("fit", opts("vram", 16.0, "ram", 32.0, "context", 8192L));
        FakeDiscord.Request edit = awaitCount(editOf(id), 1).get(0);
        assertThat(edit.contentType()).startsWith("multipart/form-data");
        List<FakeDiscord.Part> files = edit.files();
        assertThat(files).isNotEmpty();
        assertThat(files.get(0).filename()).isEqualTo("chart.png");
        assertThat(ImageIO.read(new ByteArrayInputStream(files.get(0).data())).getWidth()).isEqualTo(800);
        JsonNode body = edit.json();
        JsonNode embed = body.path("embeds").get(0);
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://chart.png");
        assertThat(embed.path("color").asInt()).as("runs on the GPU: green").isEqualTo(0x2ECC71);
        assertThat(embed.path("footer").path("text").asText()).startsWith("Read as: ").contains("16 GB").contains("32 GB RAM");
        assertThat(body.path("attachments").get(0).path("description").asText()).contains("Chart");
        JsonNode rows = body.path("components");
        List<String> buttons = new ArrayList<>();
        rows.get(0).path("components").forEach(b -> buttons.add(b.path("label").asText()));
        assertThat(buttons).containsExactly("Why?", "at 32k", "at 128k");
        JsonNode menu = rows.get(1).path("components").get(0);
        assertThat(menu.path("options").size()).isEqualTo(embed.path("fields").size());
        String messageId = fake.awaitOriginal(id, WAIT);
        String token = menu.path("custom_id").asText().substring("adv:opt:".length());

        // Why? by another user: a follow-up answer, readable, no score tallies
        String why = fake.pressButton(messageId, "adv:why:" + token, fake.otherUserId);
        assertThat(awaitCount(callbackOf(why), 1).get(0).json().path("type").asInt()).isEqualTo(5);
        JsonNode whyEmbed = answered(why).path("embeds").get(0);
        assertThat(whyEmbed.path("title").asText()).startsWith("Why (");
        assertThat(whyEmbed.toString()).contains("The arithmetic").contains("rule \\\"").doesNotContainPattern("\\[[+-]\\d+\\]");

        // at 128k: the same machine and question at 128k context
        String at128 = fake.pressButton(messageId, "adv:ctx:131072:" + token, fake.userId);
        JsonNode at128Embed = answered(at128).path("embeds").get(0);
        assertThat(at128Embed.path("footer").path("text").asText()).contains("128k context").contains("16 GB");

        // the select menu: the second option, asked about on the same machine
        String firstOption = menu.path("options").get(1).path("label").asText();
        String sel = fake.select(messageId, "adv:opt:" + token, "1", fake.userId);
        JsonNode selEmbed = answered(sel).path("embeds").get(0);
        assertThat(selEmbed.path("footer").path("text").asText()).contains(firstOption.split(" ")[0]).contains("16 GB");

        // a Discord Reply to the first answer (no mention, ping off): continues that answer's conversation
        fake.reply(messageId, "and at 32k context?", fake.userId, false);
        FakeDiscord.Request replyPost = fake.awaitRequest(r -> r.method().equals("POST") && r.path().startsWith("channels/"), WAIT);
        JsonNode rp = replyPost.json();
        assertThat(rp.path("content").asText()).contains("32k").contains("16 GB");
        assertThat(rp.path("message_reference").path("message_id").asText()).isNotBlank();
        assertThat(replyPost.files()).extracting(FakeDiscord.Part::filename).contains("chart.png");
        DiscordBotEndToEndTest.assertNoPings(rp);

        // "why?" by Reply prints the reasons, not just a heading
        fake.message("<@" + fake.botId + "> why?", false);
        List<FakeDiscord.Request> posts = awaitCount(r -> r.method().equals("POST") && r.path().startsWith("channels/"), 2);
        String whyText = posts.get(1).json().path("content").asText();
        assertThat(whyText).contains("The arithmetic").contains("GB weights").contains("rule \"");

        // an expired (unknown) answer's button: a polite, private note
        String old = fake.pressButton(messageId, "adv:why:zzzzzzzzzz", fake.userId);
        JsonNode expired = awaitCount(callbackOf(old), 1).get(0).json();
        assertThat(expired.path("type").asInt()).isEqualTo(4);
        assertThat(expired.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(expired.path("data").path("content").asText()).contains("expired");
        assertThat(bot.lost.get()).isZero();
    }

    @Test
    void oneModelGetsTheContextCurveAndANoIsRed() throws Exception {
        startBot(RealAdvisors.fresh(), BotConfig.defaults().withRateLimit(1000, 1));
        String id = fake.slashCommand("canrun", opts("gpu", "RTX 3060 12GB", "model", "llama 3.1 70b", "quant", "Q8_0", "ram", 16.0));
        FakeDiscord.Request edit = awaitCount(editOf(id), 1).get(0);
        JsonNode embed = edit.json().path("embeds").get(0);
        assertThat(embed.path("title").asText()).startsWith("No");
        assertThat(embed.path("color").asInt()).as("does not run: red").isEqualTo(0xE74C3C);
        // one option only: no bars to compare, the picture is the model's context curve
        assertThat(edit.files()).extracting(FakeDiscord.Part::filename).containsExactly("chart.png");
        assertThat(edit.json().path("attachments").get(0).path("description").asText()).contains("Q8_0: 2k").contains("128k");
        List<String> buttons = new ArrayList<>();
        edit.json().path("components").get(0).path("components").forEach(b -> buttons.add(b.path("label").asText()));
        assertThat(buttons).contains("other formats");
    }

    // ---- conventions -----------------------------------------------------------------------------------

    @Test
    void clarificationsAreEphemeralHelpIsPrivateAndCommandsAreLocalised() throws Exception {
        startBot(RealAdvisors.fresh(), BotConfig.defaults().withRateLimit(1000, 1));
        JsonNode commands = fake.awaitRequest(r -> r.method().equals("PUT") && r.path().endsWith("/commands"), WAIT).json();
        JsonNode canrun = null;
        for (JsonNode c : commands) if (c.path("name").asText().equals("canrun")) canrun = c;
        assertThat(canrun).isNotNull();
        assertThat(canrun.path("name_localizations").path("zh-CN").asText()).isEqualTo("能跑吗");
        assertThat(canrun.path("name_localizations").path("zh-TW").asText()).isEqualTo("能跑嗎");
        assertThat(canrun.path("description_localizations").path("zh-TW").asText()).contains("顯示卡");
        List<String> options = new ArrayList<>();
        canrun.path("options").forEach(o -> options.add(o.path("name").asText()));
        assertThat(options).containsExactly("gpu", "model", "quant", "context", "ram");

        // a question that lacks the hardware: asked back privately (the public "thinking…" is removed)
        String id = fake.slashCommand("ask", opts("question", "can it run qwen3 14b?"));
        fake.awaitRequest(r -> r.method().equals("DELETE") && r.path().matches("webhooks/\\d+/itok-" + id + "/messages/@original"), WAIT);
        JsonNode followUp = fake.awaitRequest(r -> r.method().equals("POST") && r.path().matches("webhooks/\\d+/itok-" + id), WAIT).json();
        assertThat(followUp.path("flags").asInt() & 64).as("EPHEMERAL").isEqualTo(64);
        assertThat(followUp.path("embeds").get(0).path("title").asText()).contains("Which GPU");

        // /help: at once and private
        String help = fake.slashCommand("help", opts());
        JsonNode h = awaitCount(callbackOf(help), 1).get(0).json();
        assertThat(h.path("type").asInt()).isEqualTo(4);
        assertThat(h.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(h.path("data").path("embeds").get(0).toString()).contains("/canrun").contains("Reply");

        // a zh-TW user: help and answers in Traditional characters
        fake.locale = "zh-TW";
        String helpTw = fake.slashCommand("help", opts());
        assertThat(awaitCount(callbackOf(helpTw), 1).get(0).json().path("data").path("embeds").get(0).toString())
                .contains("顯示卡").doesNotContain("显卡");
        String tw = fake.slashCommand("canrun", opts("gpu", "RTX 4090", "model", "qwen3-14b"));
        JsonNode twEmbed = answered(tw).path("embeds").get(0);
        assertThat(twEmbed.toString()).contains("記憶體").doesNotContain("显存").doesNotContain("(assumed)");
        fake.locale = "zh-CN";
        String cn = fake.slashCommand("help", opts());
        assertThat(awaitCount(callbackOf(cn), 1).get(0).json().path("data").path("embeds").get(0).toString()).contains("显卡");
    }

    @Test
    void aProcessRunsTheShardRangeOfItsSettings() throws Exception {
        startBot(new FakeAdvisors.Echo(), BotConfig.defaults().withShards(2, 1, 1));
        JsonNode identify = fake.awaitOp(2, WAIT);
        assertThat(identify.path("d").path("shard").get(0).asInt()).isEqualTo(1);
        assertThat(identify.path("d").path("shard").get(1).asInt()).isEqualTo(2);
        assertThat(bot.shardManager().getShardsTotal()).isEqualTo(2);
        String id = fake.slashCommand("ask", opts("question", "on shard 1"));
        assertThat(answered(id).path("embeds").get(0).path("title").asText()).isEqualTo("Echo: on shard 1");
    }
}
