package dev.llmadvisor.discord;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.reply.Reply;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings, commands, rate limit: the pieces without the network. */
class BotPiecesTest {

    @Test
    void shippedSettingsFileLoads() {
        BotConfig c = BotConfig.load(Path.of("bot-config/discord.yaml"));
        assertThat(c.tokenEnv()).isEqualTo("DISCORD_TOKEN");
        // MESSAGE_CONTENT is privileged: off by default, so a new bot logs in without the Developer Portal switch
        assertThat(c.gatewayIntents()).containsExactlyInAnyOrder(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        assertThat(BotConfig.defaults().gatewayIntents()).doesNotContain(GatewayIntent.MESSAGE_CONTENT);
        assertThat(c.shards()).isEqualTo(new BotConfig.Shards(1, 0, 0));
        assertThat(c.timeouts()).isEqualTo(new BotConfig.Timeouts(10, 60));
        assertThat(c.commands()).isEqualTo(new BotConfig.Commands("ask", "canrun", "fit", "explain"));
        assertThat(c.rateLimit()).isEqualTo(new BotConfig.RateLimit(5, 30));
        assertThat(c.defaultLang()).isEqualTo(Lang.EN);
        assertThat(c.restBaseUrl()).isNull();
        assertThat(c.gatewayUrl()).isNull();
        assertThat(c.guildId()).isNull();
        assertThat(BotConfig.loadOrEmbedded(Path.of("bot-config/discord.yaml"))).isEqualTo(c);
    }

    @Test
    void settingsParse() {
        BotConfig c = BotConfig.parse("""
                token_env: MY_BOT_TOKEN
                commands: {ask: llm}
                rate_limit: {messages: 3, per_seconds: 10}
                default_lang: ZH
                rest_base_url: http://127.0.0.1:8080/api/v10
                guild_id: 123456789012345678
                """, "test.yaml");
        assertThat(c.tokenEnv()).isEqualTo("MY_BOT_TOKEN");
        assertThat(c.commands().ask()).isEqualTo("llm");
        assertThat(c.commands().fit()).isEqualTo("fit");
        assertThat(c.rateLimit().messages()).isEqualTo(3);
        assertThat(c.defaultLang()).isEqualTo(Lang.ZH);
        assertThat(c.restBaseUrlNormalised()).isEqualTo("http://127.0.0.1:8080/api/v10/");
        assertThat(c.guildId()).isEqualTo("123456789012345678");
        assertThat(BotConfig.parse("", "empty.yaml")).isEqualTo(BotConfig.defaults());
    }

    @Test
    void badSettingsGiveClearErrors(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> BotConfig.load(dir.resolve("nope.yaml")))
                .isInstanceOf(InputError.class).hasMessageContaining("not found").hasMessageContaining("nope.yaml");
        assertThatThrownBy(() -> BotConfig.parse("tokn_env: X", "a.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("a.yaml line 1").hasMessageContaining("unknown setting 'tokn_env'");
        assertThatThrownBy(() -> BotConfig.parse("rate_limit: {messages: 0}", "b.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("rate_limit.messages");
        assertThatThrownBy(() -> BotConfig.parse("rate_limit: {messages: lots}", "c.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("c.yaml line 1");
        assertThatThrownBy(() -> BotConfig.parse("token_env: MTIz.abc-def.ghi", "d.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("NAME of an environment variable")
                .hasMessageNotContaining("MTIz");
        assertThatThrownBy(() -> BotConfig.parse("intents: [GUILD_MESAGES]", "e.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("unknown intent 'GUILD_MESAGES'");
        assertThatThrownBy(() -> BotConfig.parse("commands: {ask: Ask Me, fit: explain}", "f.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("'Ask Me'").hasMessageContaining("must differ");
        assertThatThrownBy(() -> BotConfig.parse("default_lang: FR", "g.yaml")).isInstanceOf(InputError.class);
        assertThatThrownBy(() -> BotConfig.parse("rest_base_url: discord.com", "h.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("rest_base_url");
        assertThatThrownBy(() -> BotConfig.parse("guild_id: my-server", "i.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("guild_id");
        assertThatThrownBy(() -> BotConfig.parse("token_env: [unclosed", "j.yaml")).isInstanceOf(InputError.class);
        Path f = Files.writeString(dir.resolve("x.yaml"), "rate_limit: {per_seconds: -1}");
        assertThatThrownBy(() -> BotConfig.load(f)).isInstanceOf(InputError.class).hasMessageContaining("x.yaml");
        assertThatThrownBy(() -> BotConfig.loadOrEmbedded(dir.resolve("missing.yaml"))).isInstanceOf(InputError.class);
    }

    @Test
    void missingTokenIsAClearErrorNamingTheVariableOnly() {
        DiscordBot bot = new DiscordBot(BotConfig.defaults(), new FakeAdvisors.Echo(), FakeAdvisors.NAMES, Map.<String, String>of()::get);
        assertThatThrownBy(bot::start).isInstanceOf(InputError.class).hasMessageContaining("DISCORD_TOKEN");
        bot.stop();
    }

    @Test
    void commandsBecomeOneNaturalLanguageQuestion() {
        assertThat(Commands.canRunMessage(Lang.EN, "RTX 4090", "qwen3-14b", "Q4_K_M", 32768L))
                .isEqualTo("can RTX 4090 run qwen3-14b Q4_K_M at 32768 context");
        assertThat(Commands.canRunMessage(Lang.EN, " RTX\n3060 ", "llama3.1-8b", null, null))
                .isEqualTo("can RTX 3060 run llama3.1-8b");
        assertThat(Commands.canRunMessage(Lang.ZH, "RTX 4090", "qwen3-14b", "Q4_K_M", 32768L))
                .isEqualTo("RTX 4090 能跑 qwen3-14b Q4_K_M，32768 上下文 吗");
        assertThat(Commands.fitMessage(Lang.EN, "RTX 4090", null, "coding")).isEqualTo("which models fit RTX 4090 for coding");
        assertThat(Commands.fitMessage(Lang.EN, null, 12.0, null)).isEqualTo("which models fit 12 GB VRAM");
        assertThat(Commands.fitMessage(Lang.EN, "", 7.5, "long documents")).isEqualTo("which models fit 7.5 GB VRAM for long documents");
        assertThat(Commands.fitMessage(Lang.ZH, null, 24.0, "chinese")).isEqualTo("24 GB VRAM 能跑哪些模型（用途：chinese）");
        assertThat(Commands.definitions(BotConfig.defaults().commands())).extracting(d -> d.getName())
                .containsExactly("ask", "canrun", "fit", "explain", "help");
    }

    @Test
    void autocompletePrefersPrefixMatches() {
        assertThat(Commands.choices(FakeAdvisors.NAMES.gpuNames(), "rtx40")).extracting(c -> c.getName())
                .containsExactly("RTX 4060 Ti 16GB", "RTX 4080", "RTX 4090");
        assertThat(Commands.choices(FakeAdvisors.NAMES.modelNames(), "14b")).extracting(c -> c.getName())
                .containsExactly("qwen3-14b", "deepseek-r1-distill-qwen-14b");
        assertThat(Commands.choices(FakeAdvisors.NAMES.gpuNames(), "")).extracting(c -> c.getName())
                .doesNotContain("x".repeat(150)).hasSize(8);
        assertThat(Commands.choices(null, "x")).isEmpty();
    }

    @Test
    void tokenBucketAllowsFivePerThirtySeconds() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter rl = new RateLimiter(5, TimeUnit.SECONDS.toNanos(30), now::get);
        for (int i = 0; i < 5; i++) assertThat(rl.tryAcquire("u")).isTrue();
        assertThat(rl.tryAcquire("u")).isFalse();
        assertThat(rl.tryAcquire("other")).isTrue();
        assertThat(rl.secondsUntilNext("u")).isEqualTo(6);
        now.addAndGet(TimeUnit.SECONDS.toNanos(6));
        assertThat(rl.tryAcquire("u")).isTrue();
        assertThat(rl.tryAcquire("u")).isFalse();

        Responder r = new Responder(new FakeAdvisors.Echo(), new RateLimiter(5, TimeUnit.SECONDS.toNanos(30), () -> 0L),
                Lang.EN, new Secrets("t"));
        for (int i = 0; i < 5; i++) assertThat(r.ask("u", "c", "q" + i).kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(r.ask("u", "c", "q6").headline()).contains("asking a little fast").contains("6 s");
        assertThat(r.ask("u", "c", "能跑吗").headline()).contains("秒后再试");
    }
}
