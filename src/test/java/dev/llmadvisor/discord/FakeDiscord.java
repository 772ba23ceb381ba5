package dev.llmadvisor.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Discord on loopback for end-to-end tests of a real JDA 6 client: the REST API (JDK HttpServer)
 * and the gateway (Java-WebSocket). It records every REST request and every gateway frame from the
 * client, and lets a test dispatch interactions and messages, or drop the connection with code 4000.
 */
public final class FakeDiscord implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong COUNTER = new AtomicLong();

    /** One part of a multipart request: a form field or a file. */
    public record Part(String name, String filename, String contentType, byte[] data) { }

    /** One REST request as received. */
    public record Request(String method, String path, String query, String contentType, String body, byte[] raw, long nanos) {
        public JsonNode json() {
            try {
                String b = body;
                if (contentType != null && contentType.startsWith("multipart/")) {
                    b = parts().stream().filter(p -> p.name().equals("payload_json")).findFirst()
                            .map(p -> new String(p.data(), StandardCharsets.UTF_8)).orElse("{}");
                }
                return b.isBlank() ? F.objectNode() : JSON.readTree(b);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        /** The parts of a multipart/form-data body (files keep their bytes). */
        public List<Part> parts() {
            if (contentType == null || !contentType.startsWith("multipart/")) return List.of();
            Matcher bm = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
            if (!bm.find()) return List.of();
            byte[] delim = ("--" + bm.group(1)).getBytes(StandardCharsets.ISO_8859_1);
            List<Part> out = new ArrayList<>();
            int pos = indexOf(raw, delim, 0);
            while (pos >= 0) {
                int start = pos + delim.length;
                if (start + 1 < raw.length && raw[start] == '-' && raw[start + 1] == '-') break;
                start += 2; // CRLF
                int next = indexOf(raw, delim, start);
                if (next < 0) break;
                int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
                String headers = new String(raw, start, headerEnd - start, StandardCharsets.UTF_8);
                byte[] data = java.util.Arrays.copyOfRange(raw, headerEnd + 4, next - 2);
                Matcher n = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
                Matcher fn = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
                Matcher ct = Pattern.compile("(?i)content-type:\\s*(\\S+)").matcher(headers);
                out.add(new Part(n.find() ? n.group(1) : "", fn.find() ? fn.group(1) : null, ct.find() ? ct.group(1) : null, data));
                pos = next;
            }
            return out;
        }

        public List<Part> files() {
            return parts().stream().filter(p -> p.filename() != null).toList();
        }

        private static int indexOf(byte[] hay, byte[] needle, int from) {
            outer:
            for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
                return i;
            }
            return -1;
        }
    }

    /** A fault to inject: the next {@code times} requests matching method and path get it. */
    private static final class Fault {
        final String method;
        final Pattern path;
        final AtomicInteger remaining;
        final int status;          // 0: hang instead
        final long hangMillis;
        final double retryAfter;   // for 429

        Fault(String method, String pathRegex, int times, int status, long hangMillis, double retryAfter) {
            this.method = method;
            this.path = Pattern.compile(pathRegex);
            this.remaining = new AtomicInteger(times);
            this.status = status;
            this.hangMillis = hangMillis;
            this.retryAfter = retryAfter;
        }
    }

    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    /** The next {@code times} requests {@code method path} answer {@code status} (e.g. 500) with Discord's error body. */
    public void fail(String method, String pathRegex, int times, int status) {
        faults.add(new Fault(method, pathRegex, times, status, 0, 0));
    }

    /** The next {@code times} requests {@code method path} get no answer for {@code millis} (the client times out). */
    public void hang(String method, String pathRegex, int times, long millis) {
        faults.add(new Fault(method, pathRegex, times, 0, millis, 0));
    }

    /** The next {@code times} requests {@code method path} answer 429 with {@code retry_after} seconds. */
    public void rateLimit(String method, String pathRegex, int times, double retryAfterSeconds) {
        faults.add(new Fault(method, pathRegex, times, 429, 0, retryAfterSeconds));
    }

    private final Map<String, ObjectNode> posted = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> originals = new java.util.concurrent.ConcurrentHashMap<>();

    /** A message the bot posted (as echoed back), by id. */
    public ObjectNode postedMessage(String id) {
        return posted.get(id);
    }

    /** The id of the message an interaction's response became (after its original was edited), or null. */
    public String originalMessageId(String interactionId) {
        return originals.get(interactionId);
    }

    /** Waits for the interaction's original response to exist; returns its message id. */
    public String awaitOriginal(String interactionId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String id = originals.get(interactionId);
            if (id != null) return id;
            Thread.sleep(20);
        }
        throw new AssertionError("no original response for " + interactionId + "; got " + describe());
    }

    /** The shard the client asked for in IDENTIFY: [id, total]. */
    public volatile int[] identifiedShard = {0, 1};

    public final String botId = snowflake();
    public final String applicationId = botId;
    public final String guildId = snowflake();
    public final String channelId = snowflake();
    public final String userId = snowflake();
    public final String dmChannelId = snowflake();

    private final HttpServer http;
    private final Gateway gateway;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> gatewayFrames = new CopyOnWriteArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();
    private volatile WebSocket current;
    /** When set, every REST call answers 401 Unauthorized, as Discord does for a wrong token. */
    public volatile boolean rejectToken;

    public FakeDiscord() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-discord-rest");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        gateway = new Gateway();
        gateway.start();
        if (!gateway.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("gateway did not start");
    }

    public static String snowflake() {
        return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (COUNTER.incrementAndGet() & 0x3FFFFF));
    }

    public String restBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<JsonNode> gatewayFrames() {
        return new ArrayList<>(gatewayFrames);
    }

    /** Waits (bounded) for the first recorded request matching {@code p}. */
    public Request awaitRequest(Predicate<Request> p, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Request r : requests) if (p.test(r)) return r;
            Thread.sleep(20);
        }
        throw new AssertionError("no matching request within " + timeout + "; got " + describe());
    }

    /** Waits (bounded) for a gateway frame from the client with this op code. */
    public JsonNode awaitOp(int op, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (JsonNode f : gatewayFrames) if (f.path("op").asInt(-1) == op) return f;
            Thread.sleep(20);
        }
        throw new AssertionError("no gateway op " + op + " within " + timeout);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Request r : requests) sb.append("\n  ").append(r.method()).append(' ').append(r.path());
        return sb.toString();
    }

    // ---- dispatching ------------------------------------------------------------------------------

    public ObjectNode user(String id, String name, boolean bot) {
        return F.objectNode().put("id", id).put("username", name).put("discriminator", "0").putNull("avatar")
                .put("global_name", name).put("bot", bot).put("public_flags", 0);
    }

    public ObjectNode selfUser() {
        return user(botId, "advisor", true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    private ObjectNode member(ObjectNode user) {
        ObjectNode m = F.objectNode();
        m.set("user", user);
        m.putArray("roles");
        m.put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false).putNull("nick").putNull("avatar").putNull("premium_since")
                .put("permissions", "8");
        return m;
    }

    /** The locale of the test user's Discord client, sent with each interaction ("en-US", "zh-CN", "zh-TW"). */
    public volatile String locale = "en-US";

    /** Sends an INTERACTION_CREATE for a slash command; returns the interaction id. */
    public String slashCommand(String name, Map<String, Object> options) {
        return slashCommand(name, options, userId);
    }

    public String slashCommand(String name, Map<String, Object> options, String fromUser) {
        ArrayNode opts = F.arrayNode();
        options.forEach((k, v) -> {
            ObjectNode o = opts.addObject().put("name", k);
            if (v instanceof Integer || v instanceof Long) o.put("type", 4).put("value", ((Number) v).longValue());
            else if (v instanceof Double) o.put("type", 10).put("value", (Double) v);
            else o.put("type", 3).put("value", String.valueOf(v));
        });
        ObjectNode data = F.objectNode().put("id", snowflake()).put("name", name).put("type", 1);
        data.set("options", opts);
        return interaction(2, data, null, fromUser);
    }

    /** Sends an APPLICATION_COMMAND_AUTOCOMPLETE interaction with {@code focused} being typed. */
    public String autocomplete(String name, String focused, String typed) {
        ArrayNode opts = F.arrayNode();
        opts.addObject().put("name", focused).put("type", 3).put("value", typed).put("focused", true);
        ObjectNode data = F.objectNode().put("id", snowflake()).put("name", name).put("type", 1);
        data.set("options", opts);
        return interaction(4, data, null, userId);
    }

    /** Presses the button {@code customId} under the bot's message {@code messageId}; returns the interaction id. */
    public String pressButton(String messageId, String customId, String fromUser) {
        ObjectNode data = F.objectNode().put("custom_id", customId).put("component_type", 2);
        return interaction(3, data, messageId, fromUser);
    }

    /** Picks {@code value} in the select menu {@code customId} under the bot's message {@code messageId}. */
    public String select(String messageId, String customId, String value, String fromUser) {
        ObjectNode data = F.objectNode().put("custom_id", customId).put("component_type", 3);
        data.putArray("values").add(value);
        return interaction(3, data, messageId, fromUser);
    }

    private String interaction(int type, ObjectNode data, String messageId, String fromUser) {
        String id = snowflake();
        ObjectNode d = F.objectNode().put("id", id).put("application_id", applicationId).put("type", type)
                .put("token", "itok-" + id).put("version", 1).put("guild_id", guildId).put("channel_id", channelId)
                .put("locale", locale).put("guild_locale", "en-US").put("app_permissions", "8").put("context", 0);
        d.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        d.set("channel", textChannel());
        d.set("member", member(user(fromUser, fromUser.equals(userId) ? "alice" : "bob", false)));
        d.putArray("entitlements");
        d.putObject("authorizing_integration_owners").put("0", guildId);
        if (messageId != null) {
            ObjectNode m = posted.get(messageId);
            if (m == null) {
                // a message this fake never saw (posted before a restart): a bare one by the bot
                m = F.objectNode().put("id", messageId).put("type", 0).put("channel_id", channelId).put("content", "")
                        .put("timestamp", now()).putNull("edited_timestamp").put("tts", false).put("mention_everyone", false)
                        .put("pinned", false).put("flags", 0);
                m.set("author", selfUser());
                m.putArray("embeds");
                m.putArray("mentions");
                m.putArray("mention_roles");
                m.putArray("attachments");
                m.putArray("components");
            }
            d.set("message", m);
        }
        d.set("data", data);
        dispatch("INTERACTION_CREATE", d);
        return id;
    }

    /** Sends a MESSAGE_CREATE in the guild channel (or a DM when {@code dm}) from the test user. */
    public String message(String content, boolean dm) {
        return message(content, dm, null, userId, true);
    }

    /**
     * A Discord Reply to the bot's message {@code repliedTo}: with {@code ping} the bot is in the mentions (the
     * client's default), without it only the reference says the message is for the bot.
     */
    public String reply(String repliedTo, String content, String fromUser, boolean ping) {
        return message(content, false, repliedTo, fromUser, ping);
    }

    private String message(String content, boolean dm, String repliedTo, String fromUser, boolean ping) {
        String id = snowflake();
        ObjectNode d = F.objectNode().put("id", id).put("type", repliedTo == null ? 0 : 19).put("channel_id", dm ? dmChannelId : channelId)
                .put("content", content).put("timestamp", now()).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", 0);
        d.set("author", user(fromUser, fromUser.equals(userId) ? "alice" : "bob", false));
        ArrayNode mentions = d.putArray("mentions");
        if (content.contains("<@" + botId + ">") || (repliedTo != null && ping)) mentions.add(selfUser());
        d.putArray("mention_roles");
        d.putArray("attachments");
        d.putArray("embeds");
        d.putArray("components");
        if (repliedTo != null) {
            d.putObject("message_reference").put("type", 0).put("message_id", repliedTo).put("channel_id", channelId).put("guild_id", guildId);
            ObjectNode ref = posted.get(repliedTo);
            if (ref != null) d.set("referenced_message", ref);
        }
        if (!dm) {
            d.put("guild_id", guildId);
            ObjectNode m = member(user(fromUser, "alice", false));
            m.remove("user");
            d.set("member", m);
        }
        dispatch("MESSAGE_CREATE", d);
        return id;
    }

    /** A second user of the test server. */
    public final String otherUserId = snowflake();

    public void dispatch(String type, JsonNode d) {
        WebSocket ws = current;
        if (ws == null || !ws.isOpen()) throw new IllegalStateException("no gateway connection");
        send(ws, F.objectNode().put("op", 0).put("t", type).put("s", seq.incrementAndGet()).set("d", d));
    }

    /** Closes the gateway connection with 4000 (unknown error): JDA reconnects and resumes. */
    public void closeWith4000() {
        WebSocket ws = current;
        if (ws != null) ws.close(4000, "Unknown error");
    }

    /** Waits until the client has a live, identified (or resumed) connection. */
    public void awaitSession(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            WebSocket ws = current;
            if (ws != null && ws.isOpen() && Boolean.TRUE.equals(ws.getAttachment())) return;
            Thread.sleep(20);
        }
        throw new AssertionError("no gateway session within " + timeout);
    }

    private ObjectNode textChannel() {
        ObjectNode c = F.objectNode().put("id", channelId).put("type", 0).put("guild_id", guildId)
                .put("name", "general").put("position", 0).put("nsfw", false).putNull("topic")
                .putNull("last_message_id").put("rate_limit_per_user", 0).putNull("parent_id").put("flags", 0);
        c.putArray("permission_overwrites");
        return c;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    // ---- REST ---------------------------------------------------------------------------------------

    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+/(guilds/\\d+/)?commands");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/[^/]+/callback");
    private static final Pattern WEBHOOK_TOKEN = Pattern.compile("webhooks/\\d+/itok-(\\d+)");
    private final java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/[^/]+(/messages/[^/]+)?");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");

    private void handle(HttpExchange ex) throws IOException {
        try {
            byte[] raw = ex.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String full = ex.getRequestURI().getPath();
            String path = full.startsWith("/api/v10/") ? full.substring("/api/v10/".length()) : full;
            Request r = new Request(ex.getRequestMethod(), path, ex.getRequestURI().getQuery(),
                    ex.getRequestHeaders().getFirst("Content-Type"), body, raw, System.nanoTime());
            requests.add(r);
            String m = r.method();
            Fault fault = null;
            for (Fault f : faults) {
                if (f.method.equals(m) && f.path.matcher(path).matches() && f.remaining.getAndDecrement() > 0) {
                    fault = f;
                    break;
                }
            }
            if (fault != null && fault.status == 0) {
                try {
                    Thread.sleep(fault.hangMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return; // the client has given up by now; closing the exchange answers nothing useful
            }
            if (fault != null && fault.status == 429) {
                ex.getResponseHeaders().set("Retry-After", String.valueOf((long) Math.ceil(fault.retryAfter)));
                ex.getResponseHeaders().set("X-RateLimit-Scope", "user");
                json(ex, 429, F.objectNode().put("message", "You are being rate limited.").put("retry_after", fault.retryAfter)
                        .put("global", false));
            } else if (fault != null) {
                json(ex, fault.status, F.objectNode().put("message", fault.status + ": Internal Server Error").put("code", 0));
            } else if (rejectToken) {
                json(ex, 401, F.objectNode().put("message", "401: Unauthorized").put("code", 0));
            } else if (m.equals("GET") && path.equals("users/@me")) {
                json(ex, 200, selfUser());
            } else if (m.equals("GET") && path.startsWith("gateway")) {
                ObjectNode g = F.objectNode().put("url", gatewayUrl()).put("shards", 1);
                g.putObject("session_start_limit").put("total", 1000).put("remaining", 1000)
                        .put("reset_after", 0).put("max_concurrency", 1);
                json(ex, 200, g);
            } else if (m.equals("PUT") && COMMANDS.matcher(path).matches()) {
                ArrayNode out = F.arrayNode();
                for (JsonNode c : r.json()) {
                    ObjectNode o = ((ObjectNode) c.deepCopy()).put("id", snowflake()).put("application_id", applicationId)
                            .put("version", snowflake());
                    if (!o.has("type")) o.put("type", 1);
                    if (!o.has("options")) o.putArray("options");
                    if (path.contains("/guilds/")) o.put("guild_id", guildId);
                    out.add(o);
                }
                json(ex, 200, out);
            } else if (m.equals("POST") && CALLBACK.matcher(path).matches()) {
                Matcher cb = CALLBACK.matcher(path);
                cb.matches();
                JsonNode j = r.json();
                int type = j.path("type").asInt();
                if (type == 4 || type == 7) {
                    ObjectNode msg = echoMessage(r, channelId, true);
                    originals.put(cb.group(1), msg.path("id").asText());
                }
                if (!acknowledged.add(cb.group(1))) {
                    json(ex, 400, F.objectNode().put("message", "Interaction has already been acknowledged.").put("code", 40060));
                } else {
                    ex.sendResponseHeaders(204, -1);
                }
            } else if (m.equals("DELETE") && WEBHOOK.matcher(path).matches()) {
                ex.sendResponseHeaders(204, -1);
            } else if ((m.equals("PATCH") || m.equals("POST")) && WEBHOOK.matcher(path).matches()) {
                ObjectNode msg = echoMessage(r, channelId, true);
                Matcher wm = WEBHOOK_TOKEN.matcher(path);
                if (m.equals("PATCH") && wm.find() && path.endsWith("@original")) {
                    String interaction = wm.group(1);
                    String id = originals.computeIfAbsent(interaction, k -> msg.path("id").asText());
                    msg.put("id", id);
                    posted.put(id, msg);
                }
                json(ex, 200, msg);
            } else if (m.equals("POST") && CHANNEL_MESSAGES.matcher(path).matches()) {
                Matcher cm = CHANNEL_MESSAGES.matcher(path);
                cm.matches();
                json(ex, 200, echoMessage(r, cm.group(1), false));
            } else {
                json(ex, 404, F.objectNode().put("message", "404: Not Found").put("code", 0));
            }
        } catch (Exception e) {
            e.printStackTrace();
            ex.sendResponseHeaders(500, -1);
        } finally {
            ex.close();
        }
    }

    private ObjectNode echoMessage(Request r, String channel, boolean webhook) {
        JsonNode in = r.json();
        if (in.has("data") && in.has("type")) in = in.path("data"); // an interaction response
        ObjectNode msg = F.objectNode().put("id", snowflake()).put("type", 0).put("channel_id", channel)
                .put("content", in.path("content").asText("")).put("timestamp", now()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", in.path("flags").asInt(0));
        msg.set("author", selfUser());
        if (webhook) msg.put("webhook_id", applicationId).put("application_id", applicationId);
        ArrayNode embeds = msg.putArray("embeds");
        for (JsonNode e : in.path("embeds")) embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
        msg.putArray("mentions");
        msg.putArray("mention_roles");
        ArrayNode atts = msg.putArray("attachments");
        for (Part p : r.files()) {
            String aid = snowflake();
            atts.addObject().put("id", aid).put("filename", p.filename()).put("size", p.data().length)
                    .put("url", "https://cdn.example/" + aid + "/" + p.filename()).put("proxy_url", "https://media.example/" + aid)
                    .put("content_type", p.contentType() == null ? "image/png" : p.contentType());
        }
        ArrayNode comps = msg.putArray("components");
        AtomicInteger cid = new AtomicInteger();
        for (JsonNode c : in.path("components")) comps.add(withIds((ObjectNode) c.deepCopy(), cid));
        if (in.has("message_reference")) msg.set("message_reference", in.path("message_reference"));
        posted.put(msg.path("id").asText(), msg);
        return msg;
    }

    private static ObjectNode withIds(ObjectNode c, AtomicInteger n) {
        if (!c.has("id")) c.put("id", n.incrementAndGet());
        for (JsonNode child : c.path("components")) withIds((ObjectNode) child, n);
        return c;
    }

    private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    // ---- gateway --------------------------------------------------------------------------------------

    private void send(WebSocket ws, JsonNode frame) {
        try {
            ws.send(JSON.writeValueAsString(frame));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Gateway extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            current = conn;
            conn.setAttachment(Boolean.FALSE);
            send(conn, F.objectNode().put("op", 10).putNull("s").putNull("t")
                    .set("d", F.objectNode().put("heartbeat_interval", 41250)));
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode f;
            try {
                f = JSON.readTree(message);
            } catch (IOException e) {
                return;
            }
            gatewayFrames.add(f);
            switch (f.path("op").asInt(-1)) {
                case 1 -> send(conn, F.objectNode().put("op", 11).putNull("s").putNull("t").putNull("d"));
                case 2 -> {
                    JsonNode sh = f.path("d").path("shard");
                    if (sh.isArray() && sh.size() == 2) identifiedShard = new int[] {sh.get(0).asInt(), sh.get(1).asInt()};
                    ready(conn);
                }
                case 6 -> {
                    send(conn, F.objectNode().put("op", 0).put("t", "RESUMED").put("s", seq.incrementAndGet())
                            .set("d", F.objectNode()));
                    conn.setAttachment(Boolean.TRUE);
                }
                default -> { }
            }
        }

        private void ready(WebSocket conn) {
            ObjectNode d = F.objectNode().put("v", 10).put("session_id", "fake-session")
                    .put("resume_gateway_url", gatewayUrl());
            d.set("user", selfUser());
            d.putArray("guilds").addObject().put("id", guildId).put("unavailable", true);
            d.putArray("private_channels");
            d.putArray("relationships");
            d.putArray("presences");
            d.putArray("guild_join_requests");
            d.putObject("application").put("id", applicationId).put("flags", 0);
            d.putArray("shard").add(identifiedShard[0]).add(identifiedShard[1]);
            seq.set(0);
            send(conn, F.objectNode().put("op", 0).put("t", "READY").put("s", seq.incrementAndGet()).set("d", d));

            ObjectNode g = F.objectNode().put("id", guildId).put("name", "Test server").put("owner_id", userId)
                    .put("unavailable", false).put("member_count", 2).put("large", false)
                    .put("preferred_locale", "en-US").put("joined_at", now()).put("premium_tier", 0)
                    .put("verification_level", 0).put("default_message_notifications", 0)
                    .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0)
                    .put("system_channel_flags", 0).put("afk_timeout", 300);
            g.putArray("features");
            g.putArray("roles").addObject().put("id", guildId).put("name", "@everyone").put("color", 0)
                    .put("hoist", false).put("position", 0).put("permissions", "8").put("managed", false)
                    .put("mentionable", false).put("flags", 0)
                    .putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
            g.putArray("channels").add(textChannel());
            g.putArray("threads");
            g.putArray("members").add(member(selfUser()));
            g.putArray("voice_states");
            g.putArray("presences");
            g.putArray("emojis");
            g.putArray("stickers");
            g.putArray("guild_scheduled_events");
            g.putArray("soundboard_sounds");
            g.putArray("stage_instances");
            send(conn, F.objectNode().put("op", 0).put("t", "GUILD_CREATE").put("s", seq.incrementAndGet()).set("d", g));
            conn.setAttachment(Boolean.TRUE);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) { }

        @Override
        public void onError(WebSocket conn, Exception ex) { }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @Override
    public void close() {
        try {
            gateway.stop(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
    }
}
