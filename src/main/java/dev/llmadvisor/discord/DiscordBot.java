package dev.llmadvisor.discord;

import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.reply.Reply;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The Discord front end: slash commands /ask, /canrun, /fit, /explain, plus mentions of the bot and DMs.
 * Every question goes to {@link Advisor#ask}; every reply is rendered by {@link Render} and sent with no
 * allowed mentions, so nothing the bot posts can ping anyone.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    private final BotConfig config;
    private final NameSource names;
    private final Function<String, String> env;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ExecutorService workers;
    private volatile JDA jda;
    private volatile Responder responder;
    private volatile Secrets secrets = new Secrets(null);
    private final Advisor advisor;

    public DiscordBot(BotConfig config, Advisor advisor, NameSource names) {
        this(config, advisor, names, System::getenv);
    }

    /** {@code env} looks up environment variables (tests pass a map instead of the real environment). */
    public DiscordBot(BotConfig config, Advisor advisor, NameSource names, Function<String, String> env) {
        this.config = Objects.requireNonNull(config, "config");
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.names = names == null ? NameSource.EMPTY : names;
        this.env = Objects.requireNonNull(env, "env");
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "discord-advisor-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.responder = newResponder(null);
    }

    private Responder newResponder(String token) {
        this.secrets = new Secrets(token);
        RateLimiter limiter = new RateLimiter(config.rateLimit().messages(),
                TimeUnit.SECONDS.toNanos(config.rateLimit().perSeconds()), System::nanoTime);
        return new Responder(advisor, limiter, config.defaultLang(), secrets);
    }

    /**
     * Reads the settings, starts the bot, blocks until the JVM is asked to stop (Ctrl-C) or the bot shuts
     * down. Returns a process exit code: 0 after a clean shutdown, 2 for bad settings or a missing token.
     * {@code configPath} may be null: then {@code bot-config/discord.yaml}, or the copy inside the jar.
     */
    public static int run(Path configPath, Advisor advisor, NameSource names) {
        BotConfig config;
        DiscordBot bot;
        try {
            config = BotConfig.loadOrEmbedded(configPath == null ? Path.of(BotConfig.DEFAULT_PATH) : configPath);
            bot = new DiscordBot(config, advisor, names);
            bot.start();
        } catch (InputError e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Thread hook = new Thread(bot::stop, "discord-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        bot.awaitStop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        return 0;
    }

    /** Connects, waits (at most 90 s) until ready, and registers the slash commands. */
    public synchronized void start() {
        if (jda != null) throw new IllegalStateException("already started");
        String token = env.apply(config.tokenEnv());
        if (token == null || token.isBlank()) {
            throw new InputError("Set the environment variable " + config.tokenEnv()
                    + " to your Discord bot token (Developer Portal > your application > Bot > Reset Token).");
        }
        token = token.strip();
        this.responder = newResponder(token);

        JDABuilder b = JDABuilder.createLight(token, config.gatewayIntents())
                .addEventListeners(new Listener())
                .setCompression(Compression.NONE);
        if (config.restBaseUrl() != null) {
            b.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrlNormalised()));
        }
        if (config.gatewayUrl() != null) {
            String url = config.gatewayUrl();
            b.setSessionController(new SessionControllerAdapter() {
                @Override
                public String getGateway() {
                    return url;
                }
            });
        }
        // No reply may ping: this is the default for every message JDA sends from this process,
        // and each reply below also sets it explicitly.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        try {
            jda = b.build();
            awaitConnected(jda, READY_TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new InputError("Interrupted while connecting to Discord");
        } catch (RuntimeException e) {
            LOG.error("Could not connect to Discord", secrets.scrub(e));
            stop();
            throw new InputError("Could not connect to Discord: " + secrets.scrub(String.valueOf(e.getMessage()))
                    + " (is " + config.tokenEnv() + " the bot token from the Developer Portal?)");
        }
        registerCommands();
        LOG.info("Discord bot ready as {}", jda.getSelfUser().getName());
    }

    static final int READY_TIMEOUT_SECONDS = 90;

    private static void awaitConnected(JDA jda, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (jda.getStatus() != JDA.Status.CONNECTED) {
            JDA.Status st = jda.getStatus();
            if (st == JDA.Status.SHUTDOWN || st == JDA.Status.FAILED_TO_LOGIN || st == JDA.Status.SHUTTING_DOWN) {
                throw new IllegalStateException("Discord refused the connection (" + st + ")");
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not connected after " + seconds + " s (status " + st + ")");
            }
            Thread.sleep(50);
        }
    }

    private void registerCommands() {
        var defs = Commands.definitions(config.commands());
        Guild guild = config.guildId() == null ? null : jda.getGuildById(config.guildId());
        if (config.guildId() != null && guild == null) {
            LOG.warn("guild_id {} is not a server this bot is in; registering commands globally", config.guildId());
        }
        var action = guild != null ? guild.updateCommands().addCommands(defs) : jda.updateCommands().addCommands(defs);
        try {
            action.submit().get(30, TimeUnit.SECONDS);
            LOG.info("Registered {} slash commands {}", defs.size(), guild != null ? "in guild " + guild.getId() : "globally");
        } catch (Exception e) {
            LOG.warn("Could not register slash commands; they may be stale", secrets.scrub(e));
        }
    }

    /** Disconnects and releases threads; safe to call more than once. */
    public synchronized void stop() {
        JDA j = jda;
        if (j != null) {
            j.shutdown();
            try {
                if (!j.awaitShutdown(10, TimeUnit.SECONDS)) j.shutdownNow();
            } catch (InterruptedException e) {
                j.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The running JDA (null before start). */
    public JDA jda() {
        return jda;
    }

    Responder responder() {
        return responder;
    }

    // ---- event handling -------------------------------------------------------------------------

    private final class Listener extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            try {
                handleSlash(event);
            } catch (RuntimeException e) {
                LOG.warn("Slash command failed", secrets.scrub(e));
            }
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            try {
                var focused = event.getFocusedOption();
                List<String> list = switch (focused.getName()) {
                    case "gpu" -> names.gpuNames();
                    case "model" -> names.modelNames();
                    default -> List.of();
                };
                event.replyChoices(Commands.choices(list, focused.getValue())).queue(null,
                        e -> LOG.debug("Autocomplete reply failed: {}", secrets.scrub(String.valueOf(e.getMessage()))));
            } catch (RuntimeException e) {
                LOG.warn("Autocomplete failed", secrets.scrub(e));
            }
        }

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            try {
                handleMessage(event);
            } catch (RuntimeException e) {
                LOG.warn("Message handling failed", secrets.scrub(e));
            }
        }
    }

    private void handleSlash(SlashCommandInteractionEvent event) {
        BotConfig.Commands c = config.commands();
        String name = event.getName();
        if (!List.of(c.ask(), c.canrun(), c.fit(), c.explain()).contains(name)) return;
        String user = event.getUser().getId();
        String channel = event.getChannelId() == null ? "dm" : event.getChannelId();
        Lang lang = langOf(event.getUserLocale());
        event.deferReply().queue(null, e -> LOG.warn("deferReply failed: {}", secrets.scrub(String.valueOf(e.getMessage()))));
        submit(() -> {
            Reply reply;
            boolean withReasons = false;
            if (name.equals(c.explain())) {
                reply = responder.explain(user, channel);
                withReasons = true;
            } else {
                reply = responder.ask(user, channel, slashMessage(event, lang));
            }
            event.getHook().editOriginalEmbeds(Render.embed(reply, withReasons))
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .queue(null, e -> LOG.warn("Could not send the answer: {}", secrets.scrub(String.valueOf(e.getMessage()))));
        });
    }

    /** The natural-language question a slash command stands for. */
    String slashMessage(SlashCommandInteractionEvent event, Lang lang) {
        BotConfig.Commands c = config.commands();
        String name = event.getName();
        if (name.equals(c.ask())) return str(event.getOption("question"));
        if (name.equals(c.canrun())) {
            OptionMapping ctx = event.getOption("context");
            return Commands.canRunMessage(lang, str(event.getOption("gpu")), str(event.getOption("model")),
                    str(event.getOption("quant")), ctx == null ? null : ctx.getAsLong());
        }
        OptionMapping vram = event.getOption("vram");
        return Commands.fitMessage(lang, str(event.getOption("gpu")), vram == null ? null : vram.getAsDouble(),
                str(event.getOption("use")));
    }

    private static String str(OptionMapping m) {
        return m == null ? "" : m.getAsString();
    }

    private Lang langOf(DiscordLocale locale) {
        if (locale == DiscordLocale.CHINESE_CHINA || locale == DiscordLocale.CHINESE_TAIWAN) return Lang.ZH;
        return config.defaultLang();
    }

    private void handleMessage(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage()) return;
        Message msg = event.getMessage();
        String content = msg.getContentRaw();
        String self = event.getJDA().getSelfUser().getId();
        boolean dm = event.getChannelType() == ChannelType.PRIVATE;
        boolean mentioned = content.contains("<@" + self + ">") || content.contains("<@!" + self + ">");
        if (!dm && !mentioned) return;
        String question = content.replace("<@!" + self + ">", " ").replace("<@" + self + ">", " ").strip();
        if (question.isEmpty()) question = "help";
        String q = question;
        String user = event.getAuthor().getId();
        String channel = event.getChannel().getId();
        submit(() -> {
            Reply reply = responder.ask(user, channel, q);
            String text = Render.text(reply, false);
            try {
                msg.reply(text)
                        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                        .mentionRepliedUser(false)
                        .queue(null, e -> sendPlain(event, text, e));
            } catch (RuntimeException e) { // e.g. no permission to read history, needed for replies
                sendPlain(event, text, e);
            }
        });
    }

    private void sendPlain(MessageReceivedEvent event, String text, Throwable why) {
        LOG.debug("Reply failed ({}); sending a plain message", secrets.scrub(String.valueOf(why.getMessage())));
        try {
            event.getChannel().sendMessage(text)
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .queue(null, e -> LOG.warn("Could not send the answer: {}", secrets.scrub(String.valueOf(e.getMessage()))));
        } catch (RuntimeException e) {
            LOG.warn("Could not send the answer: {}", secrets.scrub(String.valueOf(e.getMessage())));
        }
    }

    private void submit(Runnable task) {
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("Answering failed", secrets.scrub(e));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Bot is stopping; dropped a request");
        }
    }
}
