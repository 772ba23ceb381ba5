package dev.llmadvisor.discord;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.SettingsFiles;
import net.dv8tion.jda.api.requests.GatewayIntent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of the Discord bot, read from {@code bot-config/discord.yaml}. The token itself is never in
 * this file: only the name of the environment variable that holds it.
 */
public record BotConfig(
        @JsonProperty("token_env") String tokenEnv,
        @JsonProperty("intents") List<String> intents,
        @JsonProperty("commands") Commands commands,
        @JsonProperty("rate_limit") RateLimit rateLimit,
        @JsonProperty("default_lang") Lang defaultLang,
        @JsonProperty("rest_base_url") String restBaseUrl,
        @JsonProperty("gateway_url") String gatewayUrl,
        @JsonProperty("guild_id") String guildId,
        @JsonProperty("shards") Shards shards,
        @JsonProperty("timeouts") Timeouts timeouts,
        @JsonProperty("components_minutes") Integer componentsMinutes,
        @JsonProperty("charts") Boolean charts) {

    public static final String DEFAULT_PATH = "bot-config/discord.yaml";

    /** Names of the four slash commands (lower case, 1-32 characters, as Discord requires). */
    public record Commands(
            @JsonProperty("ask") String ask,
            @JsonProperty("canrun") String canrun,
            @JsonProperty("fit") String fit,
            @JsonProperty("explain") String explain,
            @JsonProperty("help") String help) {
        public Commands {
            ask = orDefault(ask, "ask");
            canrun = orDefault(canrun, "canrun");
            fit = orDefault(fit, "fit");
            explain = orDefault(explain, "explain");
            help = orDefault(help, "help");
        }

        public Commands(String ask, String canrun, String fit, String explain) {
            this(ask, canrun, fit, explain, null);
        }

        public List<String> all() {
            return List.of(ask, canrun, fit, explain, help);
        }
    }

    /**
     * Discord's sharding: {@code total} shards for the whole bot, of which this process runs {@code from}..{@code to}
     * (inclusive). One process: total 1, from 0, to 0. Several processes (or machines): the same total everywhere,
     * disjoint ranges that together cover 0..total-1.
     */
    public record Shards(
            @JsonProperty("total") Integer total,
            @JsonProperty("from") Integer from,
            @JsonProperty("to") Integer to) {
        public Shards {
            total = total == null ? 1 : total;
            from = from == null ? 0 : from;
            to = to == null ? total - 1 : to;
        }

        public int count() {
            return to - from + 1;
        }
    }

    /**
     * Timeouts: {@code http_seconds} for one REST call to Discord (a call that takes longer is retried),
     * {@code answer_seconds} for the advisor to answer one question (then the user gets an apology).
     */
    public record Timeouts(
            @JsonProperty("http_seconds") Integer httpSeconds,
            @JsonProperty("answer_seconds") Integer answerSeconds) {
        public Timeouts {
            httpSeconds = httpSeconds == null ? 10 : httpSeconds;
            answerSeconds = answerSeconds == null ? 60 : answerSeconds;
        }
    }

    /** At most {@code messages} questions per user within {@code perSeconds} (a token bucket). */
    public record RateLimit(
            @JsonProperty("messages") Integer messages,
            @JsonProperty("per_seconds") Integer perSeconds) {
        public RateLimit {
            messages = messages == null ? 5 : messages;
            perSeconds = perSeconds == null ? 30 : perSeconds;
        }
    }

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern COMMAND_NAME = Pattern.compile("[-_\\p{Ll}\\p{N}\\p{IsHan}]{1,32}");
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    public BotConfig {
        tokenEnv = orDefault(tokenEnv, "DISCORD_TOKEN");
        intents = intents == null ? List.of("GUILD_MESSAGES", "DIRECT_MESSAGES") : List.copyOf(intents);
        commands = commands == null ? new Commands(null, null, null, null, null) : commands;
        rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
        defaultLang = defaultLang == null ? Lang.EN : defaultLang;
        restBaseUrl = blankToNull(restBaseUrl);
        gatewayUrl = blankToNull(gatewayUrl);
        guildId = blankToNull(guildId);
        shards = shards == null ? new Shards(null, null, null) : shards;
        timeouts = timeouts == null ? new Timeouts(null, null) : timeouts;
        componentsMinutes = componentsMinutes == null ? 24 * 60 : componentsMinutes;
        charts = charts == null || charts;
    }

    public static BotConfig defaults() {
        return new BotConfig(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public BotConfig withEndpoints(String restBaseUrl, String gatewayUrl) {
        return new BotConfig(tokenEnv, intents, commands, rateLimit, defaultLang, restBaseUrl, gatewayUrl, guildId, shards,
                timeouts, componentsMinutes, charts);
    }

    public BotConfig withShards(int total, int from, int to) {
        return new BotConfig(tokenEnv, intents, commands, rateLimit, defaultLang, restBaseUrl, gatewayUrl, guildId,
                new Shards(total, from, to), timeouts, componentsMinutes, charts);
    }

    public BotConfig withTimeouts(int httpSeconds, int answerSeconds) {
        return new BotConfig(tokenEnv, intents, commands, rateLimit, defaultLang, restBaseUrl, gatewayUrl, guildId, shards,
                new Timeouts(httpSeconds, answerSeconds), componentsMinutes, charts);
    }

    public BotConfig withIntents(List<String> list) {
        return new BotConfig(tokenEnv, list, commands, rateLimit, defaultLang, restBaseUrl, gatewayUrl, guildId, shards,
                timeouts, componentsMinutes, charts);
    }

    public BotConfig withCharts(boolean on) {
        return new BotConfig(tokenEnv, intents, commands, rateLimit, defaultLang, restBaseUrl, gatewayUrl, guildId, shards,
                timeouts, componentsMinutes, on);
    }

    public BotConfig withDefaultLang(Lang lang) {
        return new BotConfig(tokenEnv, intents, commands, rateLimit, lang, restBaseUrl, gatewayUrl, guildId, shards,
                timeouts, componentsMinutes, charts);
    }

    public BotConfig withRateLimit(int messages, int perSeconds) {
        return new BotConfig(tokenEnv, intents, commands, new RateLimit(messages, perSeconds), defaultLang,
                restBaseUrl, gatewayUrl, guildId, shards, timeouts, componentsMinutes, charts);
    }

    /** The gateway intents to enable, validated. */
    public Set<GatewayIntent> gatewayIntents() {
        EnumSet<GatewayIntent> set = EnumSet.noneOf(GatewayIntent.class);
        for (String s : intents) set.add(GatewayIntent.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        return set;
    }

    /** REST base URL with a trailing slash, or null for Discord's own. */
    public String restBaseUrlNormalised() {
        if (restBaseUrl == null) return null;
        return restBaseUrl.endsWith("/") ? restBaseUrl : restBaseUrl + "/";
    }

    static final List<String> KNOWN = List.of("token_env", "intents", "commands", "rate_limit", "default_lang", "rest_base_url",
            "gateway_url", "guild_id", "shards", "timeouts", "components_minutes", "charts");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    /** Reads and checks a settings file; every problem is an {@link InputError} naming the file and what to fix. */
    public static BotConfig load(Path path) {
        SettingsFiles.Text t = SettingsFiles.read(path, "Discord settings file");
        return parse(t.yaml(), t.source());
    }

    /** Loads {@code path} when it exists, else the copy of {@code bot-config/discord.yaml} shipped in the jar. */
    public static BotConfig loadOrEmbedded(Path path) {
        SettingsFiles.Text t = SettingsFiles.readOrEmbedded(path, DEFAULT_PATH, "Discord settings file");
        return t == null ? defaults() : parse(t.yaml(), t.source());
    }

    public static BotConfig parse(String yaml, String source) {
        BotConfig c = SettingsFiles.parse(YAML, yaml, source, BotConfig.class, KNOWN);
        if (c == null) c = defaults();
        c.validate(source);
        return c;
    }


    private void validate(String source) {
        List<String> problems = new ArrayList<>();
        if (!ENV_NAME.matcher(tokenEnv).matches()) {
            problems.add("token_env must be the NAME of an environment variable (letters, digits, _), not the token itself");
        }
        for (String i : intents) {
            try {
                GatewayIntent.valueOf(i.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("unknown intent '" + i + "' (e.g. GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT)");
            }
        }
        List<String> names = commands.all();
        for (String n : names) {
            if (!COMMAND_NAME.matcher(n).matches()) {
                problems.add("command name '" + n + "' must be 1-32 lower-case letters, digits, - or _");
            }
        }
        if (names.stream().distinct().count() != names.size()) problems.add("command names must differ");
        if (rateLimit.messages() < 1 || rateLimit.messages() > 1000) problems.add("rate_limit.messages must be 1..1000");
        if (rateLimit.perSeconds() < 1 || rateLimit.perSeconds() > 86400) problems.add("rate_limit.per_seconds must be 1..86400");
        if (restBaseUrl != null && !restBaseUrl.matches("https?://\\S+")) {
            problems.add("rest_base_url must start with http:// or https:// (e.g. https://discord.com/api/v10/)");
        }
        if (gatewayUrl != null && !gatewayUrl.matches("wss?://\\S+")) {
            problems.add("gateway_url must start with ws:// or wss://");
        }
        if (guildId != null && !SNOWFLAKE.matcher(guildId).matches()) {
            problems.add("guild_id must be a numeric Discord id (right-click the server, Copy Server ID)");
        }
        if (shards.total() < 1 || shards.total() > 100_000) problems.add("shards.total must be 1..100000");
        if (shards.from() < 0 || shards.to() < shards.from() || shards.to() >= shards.total()) {
            problems.add("shards.from..shards.to must be a range within 0.." + (shards.total() - 1) + " (got " + shards.from() + ".." + shards.to() + ")");
        }
        if (timeouts.httpSeconds() < 1 || timeouts.httpSeconds() > 300) problems.add("timeouts.http_seconds must be 1..300");
        if (timeouts.answerSeconds() < 1 || timeouts.answerSeconds() > 840) {
            problems.add("timeouts.answer_seconds must be 1..840 (Discord lets a deferred answer come within 15 minutes)");
        }
        if (componentsMinutes < 1 || componentsMinutes > 7 * 24 * 60) problems.add("components_minutes must be 1..10080");
        if (!problems.isEmpty()) throw new InputError(source + ": " + String.join("; ", problems));
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
