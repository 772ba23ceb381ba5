package dev.llmadvisor.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugging Face Hub and ModelScope on loopback for tests: {@code api/models/{repo}} (siblings with sizes, safetensors
 * parameter count, gated flag), {@code api/models/{repo}/tree/{rev}}, {@code {repo}/resolve/{rev}/{path}} (GGUF files
 * answer 302 to a separate CDN server, as the Hub does for LFS files), ModelScope's {@code api/v1/models/{repo}/repo/files}
 * and {@code api/v1/models/{repo}/repo?FilePath=}, with Range support, gated repositories (401/403 + X-Error-Code),
 * 404s, 429 with Retry-After, slow answers; every request is recorded with its Range and Authorization header, and the
 * bytes of file bodies sent are counted.
 */
public final class FakeHub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    /** One recorded request. {@code server} is "hub" or "cdn". */
    record Request(String server, String path, String query, String range, String authorization) { }

    /** A file: bytes in memory, or a (sparse) file on disk. */
    record Content(byte[] bytes, Path file) {
        long size() {
            if (bytes != null) return bytes.length;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                return ch.size();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A repository and how it misbehaves. */
    static final class Repo {
        final String id;
        final Map<String, Content> files = new LinkedHashMap<>();
        String gated;                 // null, "auto" or "manual"
        Set<String> tokens = Set.of(); // tokens with access to a gated repository
        long safetensors = -1;
        int delayMs;                  // before every answer
        int fileDelayMs;              // before answers of resolve/ (files) only
        int status;                   // answer every request with this status (e.g. 429)
        String retryAfter;
        boolean ignoreRange;
        boolean siblingsWithoutSize;
        String apiBody;               // answer api/models/{repo} with this text instead

        Repo(String id) { this.id = id; }

        Repo apiBody(String body) { apiBody = body; return this; }

        Repo file(String path, byte[] bytes) { files.put(path, new Content(bytes, null)); return this; }

        Repo file(String path, String text) { return file(path, text.getBytes(StandardCharsets.UTF_8)); }

        Repo file(String path, Path onDisk) { files.put(path, new Content(null, onDisk)); return this; }

        Repo gated(String mode, String... allowed) { gated = mode; tokens = Set.of(allowed); return this; }

        Repo safetensors(long params) { safetensors = params; return this; }

        Repo slow(int ms) { delayMs = ms; return this; }

        Repo slowFiles(int ms) { fileDelayMs = ms; return this; }

        Repo answer(int s, String retry) { status = s; retryAfter = retry; return this; }

        Repo ignoringRange() { ignoreRange = true; return this; }

        Repo withoutSizes() { siblingsWithoutSize = true; return this; }
    }

    private final HttpServer hub;
    private final HttpServer cdn;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-hub");
        t.setDaemon(true);
        return t;
    });
    final Map<String, Repo> repos = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, AtomicLong> bytesSent = new ConcurrentHashMap<>();

    public FakeHub() throws IOException {
        InetAddress lo = InetAddress.getLoopbackAddress();
        hub = HttpServer.create(new InetSocketAddress(lo, 0), 0);
        cdn = HttpServer.create(new InetSocketAddress(lo, 0), 0);
        hub.setExecutor(pool);
        cdn.setExecutor(pool);
        hub.createContext("/", this::hub);
        cdn.createContext("/", this::cdn);
        hub.start();
        cdn.start();
    }

    public String url() { return "http://" + hub.getAddress().getHostString() + ":" + hub.getAddress().getPort(); }

    String cdnUrl() { return "http://" + cdn.getAddress().getHostString() + ":" + cdn.getAddress().getPort(); }

    Repo repo(String id) {
        Repo r = new Repo(id);
        repos.put(id, r);
        return r;
    }

    public int requestCount() { return requests.size(); }

    long bytesSent(String path) {
        AtomicLong n = bytesSent.get(path);
        return n == null ? 0 : n.get();
    }

    List<Request> requests(String server) {
        return requests.stream().filter(r -> r.server().equals(server)).toList();
    }

    @Override
    public void close() {
        hub.stop(0);
        cdn.stop(0);
        pool.shutdownNow();
    }

    // ---- the Hub ---------------------------------------------------------------------------------------------------

    private static final Pattern API = Pattern.compile("/api/models/([^/]+/[^/]+)(?:/revision/([^/]+))?");
    private static final Pattern TREE = Pattern.compile("/api/models/([^/]+/[^/]+)/tree/([^/]+)");
    private static final Pattern RESOLVE = Pattern.compile("/([^/]+/[^/]+)/resolve/([^/]+)/(.+)");
    private static final Pattern MS_FILES = Pattern.compile("/api/v1/models/([^/]+/[^/]+)/repo/files");
    private static final Pattern MS_FILE = Pattern.compile("/api/v1/models/([^/]+/[^/]+)/repo");

    private void hub(HttpExchange ex) {
        try {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery();
            requests.add(new Request("hub", path, query, ex.getRequestHeaders().getFirst("Range"),
                    ex.getRequestHeaders().getFirst("Authorization")));
            Matcher m;
            if ((m = TREE.matcher(path)).matches()) {
                Repo r = known(ex, m.group(1));
                if (r == null || misbehave(ex, r)) return;
                ArrayNode arr = JSON.createArrayNode();
                r.files.forEach((p, c) -> arr.addObject().put("type", "file").put("path", p).put("size", c.size()));
                json(ex, 200, arr.toString());
            } else if ((m = API.matcher(path)).matches()) {
                Repo r = known(ex, m.group(1));
                if (r == null || misbehave(ex, r)) return;
                if (r.apiBody != null) {
                    json(ex, 200, r.apiBody);
                    return;
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("id", r.id);
                o.put("modelId", r.id);
                if (r.gated == null) o.put("gated", false); else o.put("gated", r.gated);
                ArrayNode sib = o.putArray("siblings");
                r.files.forEach((p, c) -> {
                    ObjectNode s = sib.addObject().put("rfilename", p);
                    if (!r.siblingsWithoutSize) s.put("size", c.size());
                });
                if (r.safetensors > 0) {
                    ObjectNode st = o.putObject("safetensors");
                    st.putObject("parameters").put("BF16", r.safetensors);
                    st.put("total", r.safetensors);
                }
                json(ex, 200, o.toString());
            } else if ((m = RESOLVE.matcher(path)).matches()) {
                Repo r = known(ex, m.group(1));
                if (r == null || misbehave(ex, r)) return;
                if (r.gated != null) {
                    String auth = ex.getRequestHeaders().getFirst("Authorization");
                    if (auth == null) {
                        error(ex, 401, "GatedRepo", "Access to model " + r.id + " is restricted. You must have access to it and be authenticated to access it. Please log in.");
                        return;
                    }
                    if (!r.tokens.contains(auth.replaceFirst("^Bearer ", ""))) {
                        error(ex, 403, "GatedRepo", "Access to model " + r.id + " is restricted and you are not in the authorized list.");
                        return;
                    }
                }
                if (r.fileDelayMs > 0 && !sleep(r.fileDelayMs)) return;
                String file = URLDecoder.decode(m.group(3), StandardCharsets.UTF_8);
                Content c = r.files.get(file);
                if (c == null) {
                    error(ex, 404, "EntryNotFound", file + " does not exist on \"" + m.group(2) + "\"");
                    return;
                }
                if (file.endsWith(".gguf")) {
                    ex.getResponseHeaders().add("Location", cdnUrl() + "/cdn/" + r.id + "/" + m.group(3) + "?X-Amz-Signature=fake");
                    ex.sendResponseHeaders(302, -1);
                    return;
                }
                serve(ex, r, file, c);
            } else if ((m = MS_FILES.matcher(path)).matches()) {
                Repo r = repos.get(m.group(1));
                if (r == null) {
                    json(ex, 404, "{\"Code\":10010101,\"Message\":\"The request model: " + m.group(1) + " does not exist!\",\"Success\":false}");
                    return;
                }
                if (misbehave(ex, r)) return;
                ObjectNode o = JSON.createObjectNode();
                o.put("Code", 200);
                o.put("Success", true);
                ArrayNode files = o.putObject("Data").putArray("Files");
                r.files.forEach((p, c) -> files.addObject().put("Name", p.substring(p.lastIndexOf('/') + 1)).put("Path", p)
                        .put("Size", c.size()).put("Type", "blob"));
                json(ex, 200, o.toString());
            } else if ((m = MS_FILE.matcher(path)).matches()) {
                Repo r = repos.get(m.group(1));
                String file = param(query, "FilePath");
                Content c = r == null || file == null ? null : r.files.get(file);
                if (c == null) {
                    json(ex, 404, "{\"Code\":10010101,\"Message\":\"file not found\",\"Success\":false}");
                    return;
                }
                if (misbehave(ex, r)) return;
                serve(ex, r, file, c);
            } else {
                error(ex, 404, null, "no such page");
            }
        } catch (IOException e) {
            // the client went away (a cancelled body): nothing to do
        } finally {
            ex.close();
        }
    }

    private void cdn(HttpExchange ex) {
        try {
            String path = ex.getRequestURI().getPath();
            requests.add(new Request("cdn", path, ex.getRequestURI().getRawQuery(), ex.getRequestHeaders().getFirst("Range"),
                    ex.getRequestHeaders().getFirst("Authorization")));
            Matcher m = Pattern.compile("/cdn/([^/]+/[^/]+)/(.+)").matcher(path);
            Repo r = m.matches() ? repos.get(m.group(1)) : null;
            String file = r == null ? null : URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
            Content c = file == null ? null : r.files.get(file);
            if (c == null) {
                error(ex, 404, null, "no such object");
                return;
            }
            serve(ex, r, file, c);
        } catch (IOException e) {
            // the client went away
        } finally {
            ex.close();
        }
    }

    private Repo known(HttpExchange ex, String id) throws IOException {
        Repo r = repos.get(id);
        if (r == null) {
            // What the Hub answers without a token for a repository that does not exist (or is private).
            error(ex, 401, "RepoNotFound", "Repository not found");
        }
        return r;
    }

    private boolean misbehave(HttpExchange ex, Repo r) throws IOException {
        if (r.delayMs > 0 && !sleep(r.delayMs)) return true;
        if (r.status != 0) {
            if (r.retryAfter != null) ex.getResponseHeaders().add("Retry-After", r.retryAfter);
            error(ex, r.status, null, "status " + r.status);
            return true;
        }
        return false;
    }

    private static boolean sleep(int ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void serve(HttpExchange ex, Repo r, String file, Content c) throws IOException {
        long size = c.size();
        String range = r.ignoreRange ? null : ex.getRequestHeaders().getFirst("Range");
        long from = 0;
        long to = size - 1;
        int status = 200;
        if (range != null) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                error(ex, 400, null, "bad range");
                return;
            }
            from = Long.parseLong(m.group(1));
            if (!m.group(2).isEmpty()) to = Math.min(to, Long.parseLong(m.group(2)));
            if (from >= size) {
                ex.getResponseHeaders().add("Content-Range", "bytes */" + size);
                ex.sendResponseHeaders(416, -1);
                return;
            }
            status = 206;
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + size);
        }
        ex.getResponseHeaders().add("Accept-Ranges", "bytes");
        long n = to - from + 1;
        ex.sendResponseHeaders(status, n);
        AtomicLong sent = bytesSent.computeIfAbsent(file, k -> new AtomicLong());
        OutputStream out = ex.getResponseBody();
        if (c.bytes() != null) {
            out.write(c.bytes(), (int) from, (int) n);
            sent.addAndGet(n);
        } else {
            try (FileChannel ch = FileChannel.open(c.file(), StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
                long pos = from;
                while (pos <= to) {
                    buf.clear();
                    buf.limit((int) Math.min(buf.capacity(), to - pos + 1));
                    int k = ch.read(buf, pos);
                    if (k <= 0) break;
                    out.write(buf.array(), 0, k);
                    sent.addAndGet(k);
                    pos += k;
                }
            }
        }
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        if (code != null) ex.getResponseHeaders().add("X-Error-Code", code);
        ex.getResponseHeaders().add("X-Error-Message", message);
        json(ex, status, JSON.createObjectNode().put("error", message).toString());
    }

    private static String param(String rawQuery, String name) {
        if (rawQuery == null) return null;
        for (String kv : rawQuery.split("&")) {
            int i = kv.indexOf('=');
            if (i > 0 && kv.substring(0, i).equals(name)) return URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8);
        }
        return null;
    }

    static List<String> paths(List<Request> rs) {
        List<String> out = new ArrayList<>();
        for (Request r : rs) out.add(r.path() + (r.range() == null ? "" : " " + r.range()));
        return out;
    }
}
