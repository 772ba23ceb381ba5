package dev.llmadvisor.discord;

import dev.llmadvisor.chart.Charts;
import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.rules.Recommendation;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Discord front end: slash commands /ask, /canrun, /fit, /explain, /help; mentions of the bot, DMs and
 * Discord Replies to its answers; buttons and a select menu under answers; a chart attached to answers that
 * compare options. Runs a range of Discord's shards through JDA's {@link ShardManager}, so one bot can be
 * spread over several processes. Every question goes to the {@link Advisor}; everything posted goes through
 * {@link Delivery} (retries) with no allowed mentions, so nothing the bot posts can ping anyone.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    static final String DISCORD_API = "https://discord.com/api/v10/";
    /** Context lengths of the context curve and of the "at 32k" / "at 128k" buttons. */
    static final List<Integer> CURVE = List.of(2048, 4096, 8192, 16384, 32768, 65536, 131072);
    static final String ID = "adv";

    private final BotConfig config;
    private final NameSource names;
    private final Function<String, String> env;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Advisor advisor;
    private final Answers answers;
    private final Map<String, Texts> userTexts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Texts> eldest) {
            return size() > 50_000;
        }
    };
    private final Map<String, Long> noticeUntil = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile ShardManager shards;
    private volatile Responder responder;
    private volatile Secrets secrets = new Secrets(null);
    private volatile Delivery delivery;
    /** Answers that could not be delivered at all (should stay 0). */
    final AtomicLong lost = new AtomicLong();

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
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "discord-advisor-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "discord-retry");
            t.setDaemon(true);
            return t;
        });
        this.answers = new Answers(50_000, TimeUnit.MINUTES.toNanos(config.componentsMinutes()), System::nanoTime);
        this.responder = newResponder(null);
    }

    private Responder newResponder(String token) {
        this.secrets = new Secrets(token);
        this.delivery = new Delivery(timer, secrets);
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

    static final int READY_TIMEOUT_SECONDS = 90;

    /** Connects this process's shards, waits (at most 90 s) until each is ready, and registers the slash commands. */
    public synchronized void start() {
        if (shards != null) throw new IllegalStateException("already started");
        String token = env.apply(config.tokenEnv());
        if (token == null || token.isBlank()) {
            throw new InputError("Set the environment variable " + config.tokenEnv()
                    + " to your Discord bot token (Developer Portal > your application > Bot > Reset Token).");
        }
        token = token.strip();
        this.responder = newResponder(token);
        // the dictionaries and the chart classes take seconds to load: not on the first user's time
        workers.execute(Chinese::warmUp);
        workers.execute(Charts::warmUp);

        BotConfig.Shards range = config.shards();
        CountDownLatch ready = new CountDownLatch(range.count());
        AtomicReference<String> refused = new AtomicReference<>();
        int t = config.timeouts().httpSeconds();
        DefaultShardManagerBuilder b = DefaultShardManagerBuilder.createLight(token, config.gatewayIntents())
                .addEventListeners(new Listener(), new ListenerAdapter() {
                    @Override
                    public void onReady(ReadyEvent event) {
                        ready.countDown();
                    }

                    @Override
                    public void onStatusChange(StatusChangeEvent event) {
                        if (event.getNewStatus() == JDA.Status.FAILED_TO_LOGIN) {
                            refused.set("Discord refused the login");
                            while (ready.getCount() > 0) ready.countDown();
                        }
                    }
                })
                .setShardsTotal(range.total())
                .setShards(range.from(), range.to())
                .setEnableShutdownHook(false)
                .setRequestTimeoutRetry(false) // Delivery retries, with backoff
                .setHttpClientBuilder(new OkHttpClient.Builder()
                        .connectTimeout(t, TimeUnit.SECONDS).readTimeout(t, TimeUnit.SECONDS).writeTimeout(t, TimeUnit.SECONDS));
        if (config.restBaseUrl() != null) {
            b.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrlNormalised()));
        }
        if (config.gatewayUrl() != null) {
            String url = config.gatewayUrl();
            b.setCompression(Compression.NONE);
            b.setSessionController(new SessionControllerAdapter() {
                @Override
                public String getGateway() {
                    return url;
                }

                @Override
                public SessionController.ShardedGateway getShardedGateway(JDA api) {
                    return new SessionController.ShardedGateway(url, range.total(), 1);
                }
            });
        }
        // No reply may ping: this is the default for every message JDA sends from this process,
        // and each message below also sets it explicitly.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        try {
            shards = b.build();
            if (!ready.await(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not ready after " + READY_TIMEOUT_SECONDS + " s");
            }
            if (refused.get() != null) throw new IllegalStateException(refused.get());
            for (JDA shard : shards.getShards()) shard.awaitReady();
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
        LOG.info("Discord bot ready as {} (shards {}..{} of {})", shards.getShards().get(0).getSelfUser().getName(),
                range.from(), range.to(), range.total());
    }

    /**
     * Commands in one server go from the process that runs that server's shard; global commands from the
     * process that runs shard 0 (registering is idempotent, but one registrar is enough).
     */
    private void registerCommands() {
        var defs = Commands.definitions(config.commands());
        Guild guild = config.guildId() == null ? null : shards.getGuildById(config.guildId());
        JDA first = shards.getShardById(0);
        if (guild == null && first == null) {
            LOG.info("Slash commands are registered by the process that runs shard 0");
            return;
        }
        if (config.guildId() != null && guild == null) {
            LOG.warn("guild_id {} is not a server this bot is in; registering commands globally", config.guildId());
        }
        var action = guild != null ? guild.updateCommands().addCommands(defs) : first.updateCommands().addCommands(defs);
        try {
            action.submit().get(30, TimeUnit.SECONDS);
            LOG.info("Registered {} slash commands {}", defs.size(), guild != null ? "in guild " + guild.getId() : "globally");
        } catch (Exception e) {
            LOG.warn("Could not register slash commands; they may be stale", secrets.scrub(e));
        }
    }

    /** Disconnects and releases threads; safe to call more than once. */
    public synchronized void stop() {
        ShardManager sm = shards;
        if (sm != null) {
            List<JDA> list = new ArrayList<>(sm.getShards());
            sm.shutdown();
            for (JDA j : list) {
                try {
                    if (!j.awaitShutdown(10, TimeUnit.SECONDS)) j.shutdownNow();
                } catch (InterruptedException e) {
                    j.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }
        }
        workers.shutdownNow();
        timer.shutdownNow();
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

    /** The running shards (null before start). */
    public ShardManager shardManager() {
        return shards;
    }

    /** The first running shard (null before start). */
    public JDA jda() {
        ShardManager sm = shards;
        return sm == null || sm.getShards().isEmpty() ? null : sm.getShards().get(0);
    }

    Responder responder() {
        return responder;
    }

    Delivery delivery() {
        return delivery;
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
        public void onButtonInteraction(ButtonInteractionEvent event) {
            try {
                handleComponent(event, null);
            } catch (RuntimeException e) {
                LOG.warn("Button failed", secrets.scrub(e));
            }
        }

        @Override
        public void onStringSelectInteraction(StringSelectInteractionEvent event) {
            try {
                handleComponent(event, event.getValues().isEmpty() ? null : event.getValues().get(0));
            } catch (RuntimeException e) {
                LOG.warn("Select menu failed", secrets.scrub(e));
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

    private Texts textsOf(DiscordLocale locale, String userId) {
        Texts t = Texts.of(locale, config.defaultLang());
        synchronized (userTexts) {
            userTexts.put(userId, t);
        }
        return t;
    }

    private Texts knownTexts(String userId) {
        synchronized (userTexts) {
            Texts t = userTexts.get(userId);
            return t != null ? t : (config.defaultLang() == Lang.ZH ? Texts.ZH_CN : Texts.EN);
        }
    }

    private void handleSlash(SlashCommandInteractionEvent event) {
        BotConfig.Commands c = config.commands();
        String name = event.getName();
        if (!c.all().contains(name)) return;
        String user = event.getUser().getId();
        String channel = event.getChannelId() == null ? "dm" : event.getChannelId();
        Texts texts = textsOf(event.getUserLocale(), user);
        if (name.equals(c.help())) {
            replyNow(event, Post.embed(helpEmbed(texts), true), "/help");
            return;
        }
        long wait = responder.admit(user);
        if (wait > 0) {
            replyNow(event, Post.text(texts.rateLimited(wait), true), "rate-limit notice");
            return;
        }
        String conv = Responder.conversation(user, channel);
        boolean explain = name.equals(c.explain());
        String question = explain ? null : slashMessage(event, texts.lang());
        CompletableFuture<InteractionHook> hook = defer(event, "/" + name);
        answerDeferred(hook, texts, "/" + name, () -> {
            Responder.Outcome o = explain ? responder.why(conv, texts) : responder.ask(conv, question, texts);
            return post(o, conv, true, explain);
        });
    }

    /** The natural-language question a slash command stands for. */
    String slashMessage(SlashCommandInteractionEvent event, Lang lang) {
        BotConfig.Commands c = config.commands();
        String name = event.getName();
        if (name.equals(c.ask())) return str(event.getOption("question"));
        OptionMapping ctx = event.getOption("context");
        OptionMapping ram = event.getOption("ram");
        Long context = ctx == null ? null : ctx.getAsLong();
        Double ramGb = ram == null ? null : ram.getAsDouble();
        if (name.equals(c.canrun())) {
            return Commands.canRunMessage(lang, str(event.getOption("gpu")), str(event.getOption("model")),
                    str(event.getOption("quant")), context, ramGb);
        }
        OptionMapping vram = event.getOption("vram");
        return Commands.fitMessage(lang, str(event.getOption("gpu")), vram == null ? null : vram.getAsDouble(),
                str(event.getOption("use")), context, ramGb);
    }

    private static String str(OptionMapping m) {
        return m == null ? "" : m.getAsString();
    }

    // ---- components -----------------------------------------------------------------------------

    /** A button or the select menu under an answer: the same conversation, one more question, answered below it. */
    private void handleComponent(GenericComponentInteractionCreateEvent event, String value) {
        String[] id = event.getComponentId().split(":");
        if (id.length < 3 || !id[0].equals(ID)) return;
        String action = id[1];
        String token = id[id.length - 1];
        String user = event.getUser().getId();
        Texts own = textsOf(event.getUserLocale(), user);
        String channel = event.getChannelId() == null ? "dm" : event.getChannelId();
        String conv = Responder.conversation(user, channel);
        Answers.Entry entry = answers.get(token);
        if (entry == null || !advisor.fork(Answers.snapshotKey(token), conv)) {
            replyNow(event, Post.text(own.expired(), true), "expired component");
            return;
        }
        long wait = responder.admit(user);
        if (wait > 0) {
            replyNow(event, Post.text(own.rateLimited(wait), true), "rate-limit notice");
            return;
        }
        Texts t = entry.texts();
        String question = switch (action) {
            case "ctx" -> id.length > 3 ? t.askAtContext(Charts.ctx(parseInt(id[2], 32768))) : null;
            case "fmt" -> entry.model() == null ? null : t.askFormats(entry.model());
            case "opt" -> {
                int i = parseInt(value, -1);
                yield i >= 0 && i < entry.options().size() ? t.askOption(entry.options().get(i)) : null;
            }
            default -> null;
        };
        boolean why = action.equals("why");
        if (!why && question == null) {
            replyNow(event, Post.text(own.expired(), true), "unknown component");
            return;
        }
        CompletableFuture<InteractionHook> hook = defer(event, "component " + action);
        answerDeferred(hook, t, "component " + action, () -> {
            Responder.Outcome o = why ? responder.why(conv, t) : responder.ask(conv, question, t);
            return post(o, conv, true, why);
        });
    }

    private static int parseInt(String s, int dflt) {
        try {
            return s == null ? dflt : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    // ---- answering interactions -------------------------------------------------------------------

    private String callbackUrl(IReplyCallback event) {
        String base = config.restBaseUrl() != null ? config.restBaseUrlNormalised() : DISCORD_API;
        return base + "interactions/" + event.getId() + "/" + event.getToken() + "/callback";
    }

    /** Acknowledges now (Discord allows 3 s); the answer follows as an edit of the "thinking…" message. */
    private CompletableFuture<InteractionHook> defer(IReplyCallback event, String what) {
        JDA jda = event.getJDA();
        return delivery.acknowledge("acknowledging " + what, event.deferReply(), jda.getHttpClient(), callbackUrl(event),
                        () -> "{\"type\":5}")
                .thenApply(viaJda -> viaJda ? event.getHook() : InteractionHook.from(jda, event.getToken()));
    }

    /** Answers at once, with no "thinking…" first (help, notices, expired components). */
    private void replyNow(IReplyCallback event, Post post, String what) {
        delivery.acknowledge(what, event.reply(post.create()).setEphemeral(post.ephemeral()), event.getJDA().getHttpClient(),
                callbackUrl(event), post::callbackJson).whenComplete((ok, e) -> {
                    if (e != null) lost.incrementAndGet();
                });
    }

    /**
     * Works out the answer on a worker (bounded by {@code timeouts.answer_seconds}), then, once the interaction is
     * acknowledged, shows it: an answer as an edit of the deferred response; a clarification or an error of the
     * question only to the asker (the deferred response is deleted and an ephemeral follow-up sent); a failure of
     * the advisor as an edit with an apology. If posting the answer fails for good, the apology is tried instead.
     */
    private void answerDeferred(CompletableFuture<InteractionHook> ack, Texts texts, String what, Supplier<Post> work) {
        CompletableFuture<Post> answer;
        try {
            answer = CompletableFuture.supplyAsync(work, workers);
        } catch (RejectedExecutionException e) {
            answer = CompletableFuture.completedFuture(apology(texts, false));
        }
        answer = answer.orTimeout(config.timeouts().answerSeconds(), TimeUnit.SECONDS)
                .exceptionally(e -> {
                    Throwable cause = Delivery.unwrap(e);
                    if (!(cause instanceof TimeoutException)) LOG.warn("Answering failed", secrets.scrub(cause));
                    return apology(texts, cause instanceof TimeoutException);
                });
        ack.thenCombine(answer, (hook, post) -> {
            deliver(hook, post, texts, what);
            return null;
        }).exceptionally(e -> {
            lost.incrementAndGet();
            LOG.error("Could not acknowledge {}; its answer is lost: {}", what,
                    secrets.scrub(String.valueOf(Delivery.unwrap(e).getMessage())));
            return null;
        });
    }

    private void deliver(InteractionHook hook, Post post, Texts texts, String what) {
        CompletableFuture<?> sent;
        if (post.ephemeral()) {
            // Discord decides visibility when acknowledging: replace the public "thinking…" with a private follow-up
            sent = delivery.send("removing the deferred response to " + what, Delivery.MESSAGE, hook::deleteOriginal)
                    .thenCompose(v -> delivery.send("private answer to " + what, Delivery.MESSAGE,
                            () -> hook.sendMessage(post.create()).setEphemeral(true)));
        } else {
            sent = delivery.send("answer to " + what, Delivery.MESSAGE, () -> hook.editOriginal(post.edit()))
                    .thenAccept(m -> answers.bindMessage(m.getId(), post.token()));
        }
        sent.exceptionally(e -> {
            Post sorry = apology(texts, false);
            delivery.send("apology for " + what, Delivery.MESSAGE, () -> hook.editOriginal(sorry.edit()))
                    .exceptionally(e2 -> {
                        lost.incrementAndGet();
                        LOG.error("The answer to {} and the apology were both lost", what);
                        return null;
                    });
            return null;
        });
    }

    private Post apology(Texts texts, boolean timedOut) {
        Responder.Outcome o = timedOut ? Responder.timedOut(texts) : Responder.failed(texts, 0);
        return post(o, null, true, false);
    }

    // ---- building what is posted ------------------------------------------------------------------

    /**
     * What to post for an outcome: an embed (interactions) or text (messages), coloured by verdict, with the
     * footer of what was understood; for an answer with options, buttons, a select menu and charts, and a
     * snapshot of the conversation they continue. Clarifications and errors of the question are ephemeral
     * (for interactions); a failure of the advisor is not (it edits the deferred response in place).
     */
    Post post(Responder.Outcome o, String conversation, boolean embed, boolean explanation) {
        Reply reply = o.reply();
        boolean followable = !o.failed() && reply.kind() == Reply.Kind.ANSWER && conversation != null && !o.answer().shown().isEmpty();
        String token = null;
        List<ActionRow> rows = List.of();
        List<Post.Attachment> files = new ArrayList<>();
        if (followable) {
            token = answers.newToken();
            if (advisor.fork(conversation, Answers.snapshotKey(token))) {
                List<Candidate> shown = o.answer().shown().stream().map(Recommendation::candidate).toList();
                List<String> options = shown.stream().map(c -> c.title()).toList();
                boolean oneModel = shown.stream().map(Candidate::modelId).distinct().count() == 1;
                answers.put(new Answers.Entry(token, Answers.snapshotKey(token), o.texts(), options,
                        oneModel ? shown.get(0).modelName() : null, System.nanoTime()));
                rows = components(token, o.texts(), options, oneModel);
                if (!explanation && config.charts()) files.addAll(charts(o, conversation, shown, oneModel));
            } else {
                token = null;
            }
        }
        boolean ephemeral = !o.failed() && (reply.kind() == Reply.Kind.CLARIFY || reply.kind() == Reply.Kind.ERROR);
        if (!embed) return new Post(Render.text(reply, false), List.of(), rows, files, false, token);
        boolean withReasons = explanation && reply.options().isEmpty();
        List<MessageEmbed> embeds = new ArrayList<>();
        String main = files.stream().map(Post.Attachment::name).filter("chart.png"::equals).findFirst().orElse(null);
        embeds.add(Render.embed(o.answer(), withReasons, main));
        for (Post.Attachment f : files) {
            if (f.name().equals(main)) continue;
            embeds.add(new EmbedBuilder().setColor(Render.colour(reply.kind(), o.answer().verdict()))
                    .setImage("attachment://" + f.name()).build());
        }
        return new Post(null, embeds, rows, files, ephemeral, token);
    }

    /** Bars for answers that compare options; the context curve for an answer about one model. Never throws. */
    private List<Post.Attachment> charts(Responder.Outcome o, String conversation, List<Candidate> shown, boolean oneModel) {
        List<Post.Attachment> out = new ArrayList<>();
        Lang lang = o.reply().lang();
        try {
            if (shown.size() >= 2) {
                Charts.Picture p = Charts.options(shown, lang, Charts.Theme.DARK);
                if (p != null) out.add(new Post.Attachment("chart.png", p.png(), o.texts().chartAlt() + ". " + p.alt()));
            }
            if (oneModel) {
                List<Integer> points = new ArrayList<>(CURVE);
                points.add(shown.get(0).context());
                Charts.Picture p = Charts.contextCurve(advisor.contextCurve(conversation, points), lang, Charts.Theme.DARK);
                if (p != null) out.add(new Post.Attachment(out.isEmpty() ? "chart.png" : "context.png", p.png(), p.alt()));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not draw a chart; answering without it: {}", e.toString());
        }
        return out;
    }

    /** Why? · at 32k · at 128k · other formats, and a menu of the options shown. */
    static List<ActionRow> components(String token, Texts t, List<String> options, boolean oneModel) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(Button.primary(ID + ":why:" + token, t.buttonWhy()));
        buttons.add(Button.secondary(ID + ":ctx:32768:" + token, t.buttonAt("32k")));
        buttons.add(Button.secondary(ID + ":ctx:131072:" + token, t.buttonAt("128k")));
        if (oneModel) buttons.add(Button.secondary(ID + ":fmt:" + token, t.buttonFormats()));
        List<ActionRow> rows = new ArrayList<>();
        rows.add(ActionRow.of(buttons));
        if (!options.isEmpty()) {
            StringSelectMenu.Builder menu = StringSelectMenu.create(ID + ":opt:" + token).setPlaceholder(t.selectPlaceholder());
            for (int i = 0; i < options.size() && i < StringSelectMenu.OPTIONS_MAX_AMOUNT; i++) {
                menu.addOption(Render.truncate(options.get(i), 100), String.valueOf(i), t.selectDescription());
            }
            rows.add(ActionRow.of(menu.build()));
        }
        return rows;
    }

    private MessageEmbed helpEmbed(Texts t) {
        BotConfig.Commands c = config.commands();
        Reply examples = dev.llmadvisor.reply.ReplyWriter.help(t.lang());
        if (t == Texts.ZH_TW) examples = Chinese.toTraditional(examples);
        StringBuilder ex = new StringBuilder();
        for (Reply.Option o : examples.options()) ex.append("• ").append(o.detail()).append('\n');
        return new EmbedBuilder().setTitle(t.helpTitle()).setDescription(t.helpIntro()).setColor(Render.colour(Reply.Kind.HELP))
                .addField(t.helpCommandsTitle(), Render.truncate(t.helpCommands(c.ask(), c.canrun(), c.fit(), c.explain(), c.help()), 1024), false)
                .addField(t.helpFollowUpsTitle(), Render.truncate(t.helpFollowUps(), 1024), false)
                .addField(t.helpExamplesTitle(), Render.truncate(Render.neutralise(ex.toString().strip()), 1024), false)
                .build();
    }

    // ---- messages: mentions, DMs, Discord Replies -------------------------------------------------------

    /**
     * A typed message as the bot sees it, network-free.
     *
     * @param mentionsSelf   the bot is mentioned (in the text or, for a Reply with the ping on, in the mentions)
     * @param repliedTo      the id of the message this one is a Discord Reply to, or null
     * @param repliedToSelf  that message is the bot's
     */
    record Incoming(String userId, String channelId, boolean dm, boolean mentionsSelf, String content, String selfId,
                    String repliedTo, boolean repliedToSelf) { }

    /** What the bot posts for a message: null when the message is not for it (or a repeated rate-limit notice). */
    Post onText(Incoming in) {
        boolean replyToBot = in.repliedTo() != null && (in.repliedToSelf() || answers.isAnswer(in.repliedTo()));
        if (!in.dm() && !in.mentionsSelf() && !replyToBot) return null;
        String self = in.selfId();
        String question = in.content() == null ? "" : in.content().replace("<@!" + self + ">", " ").replace("<@" + self + ">", " ").strip();
        if (question.isEmpty()) question = "help";
        Texts texts = Texts.ofText(question, knownTexts(in.userId()));
        long wait = responder.admit(in.userId());
        if (wait > 0) {
            // one notice per wait, not one per message: a flood of questions gets one answer
            long now = System.nanoTime();
            Long until = noticeUntil.get(in.userId());
            if (until != null && now < until) return null;
            noticeUntil.put(in.userId(), now + TimeUnit.SECONDS.toNanos(wait));
            return Post.text(texts.rateLimited(wait), false);
        }
        String conv = Responder.conversation(in.userId(), in.channelId());
        if (replyToBot) {
            Answers.Entry e = answers.ofMessage(in.repliedTo());
            if (e != null) advisor.fork(e.snapshot(), conv);
        }
        return post(responder.ask(conv, question, texts), conv, false, false);
    }

    private void handleMessage(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage()) return;
        Message msg = event.getMessage();
        User self = event.getJDA().getSelfUser();
        String content = msg.getContentRaw();
        boolean mentioned = content.contains("<@" + self.getId() + ">") || content.contains("<@!" + self.getId() + ">")
                || msg.getMentions().getUsers().stream().anyMatch(u -> u.getIdLong() == self.getIdLong());
        MessageReference ref = msg.getMessageReference();
        Message referenced = msg.getReferencedMessage();
        Incoming in = new Incoming(event.getAuthor().getId(), event.getChannel().getId(),
                event.getChannelType() == ChannelType.PRIVATE, mentioned, content, self.getId(),
                ref == null ? null : ref.getMessageId(),
                referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong());
        if (!in.dm() && !in.mentionsSelf() && in.repliedTo() == null) return;
        submit(() -> {
            Post post = onText(in);
            if (post != null) sendReply(event, msg, post);
        });
    }

    private void sendReply(MessageReceivedEvent event, Message msg, Post post) {
        delivery.send("reply", Delivery.MESSAGE, () -> msg.reply(post.create()).mentionRepliedUser(false))
                .thenAccept(m -> answers.bindMessage(m.getId(), post.token()))
                .exceptionally(e -> {
                    // e.g. no permission to read history, which a reply needs: a plain message instead
                    delivery.send("plain message", Delivery.MESSAGE, () -> event.getChannel().sendMessage(post.create()))
                            .thenAccept(m -> answers.bindMessage(m.getId(), post.token()))
                            .exceptionally(e2 -> {
                                lost.incrementAndGet();
                                LOG.error("Could not send the answer to a message: {}",
                                        secrets.scrub(String.valueOf(Delivery.unwrap(e2).getMessage())));
                                return null;
                            });
                    return null;
                });
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

    /** The worker pool (the load benchmark drives {@link #onText} on it as the bot does). */
    ExecutorService workers() {
        return workers;
    }
}
