package dev.llmadvisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code node tools/llamacpp/probe.mjs} (a real llama.cpp, CPU build, from the npm package
 * {@code @fugood/llama.node}) on a GGUF file and parses the buffers it reports.
 */
public final class LlamaCppProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Run parameters; null fields use the probe's defaults. */
    public record Params(int nCtx, int nBatch, int nUbatch, int nParallel, boolean flashAttn, String typeK, String typeV,
                         Boolean kvUnified) {
        public static Params of(int nCtx) { return new Params(nCtx, 2048, 512, 1, false, "f16", "f16", null); }

        public Params ubatch(int u) { return new Params(nCtx, Math.max(nBatch, u), u, nParallel, flashAttn, typeK, typeV, kvUnified); }
        public Params parallel(int n) { return new Params(nCtx, nBatch, nUbatch, n, flashAttn, typeK, typeV, kvUnified); }
        public Params flash(boolean fa) { return new Params(nCtx, nBatch, nUbatch, nParallel, fa, typeK, typeV, kvUnified); }
        public Params cache(String k, String v) { return new Params(nCtx, nBatch, nUbatch, nParallel, flashAttn, k, v, kvUnified); }
        public Params unified(Boolean u) { return new Params(nCtx, nBatch, nUbatch, nParallel, flashAttn, typeK, typeV, u); }

        String toJson() {
            ObjectNode o = JSON.createObjectNode();
            o.put("n_ctx", nCtx).put("n_batch", nBatch).put("n_ubatch", nUbatch).put("n_parallel", nParallel)
                    .put("flash_attn", flashAttn ? "on" : "off").put("cache_type_k", typeK).put("cache_type_v", typeV)
                    .put("n_gpu_layers", 0).put("use_mmap", true);
            if (kvUnified != null) o.put("kv_unified", kvUnified);
            return o.toString();
        }
    }

    /** llama.cpp refused the model or the context; the message is its error plus the relevant log lines. */
    public static final class EngineError extends RuntimeException {
        public EngineError(String msg) { super(msg); }
    }

    private final Path toolDir;
    private final long timeoutSeconds;

    public LlamaCppProbe(Path toolDir, long timeoutSeconds) {
        this.toolDir = toolDir;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The probe of this checkout (tools/llamacpp, found from the working directory upwards). */
    public static LlamaCppProbe locate() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.exists(d.resolve("tools/llamacpp/probe.mjs"))) d = d.getParent();
        if (d == null) throw new IllegalStateException("tools/llamacpp/probe.mjs not found above " + Path.of("").toAbsolutePath());
        return new LlamaCppProbe(d.resolve("tools/llamacpp"), 600);
    }

    /** null when node can run the probe, else why not. */
    public static String whyUnavailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) { p.destroyForcibly(); return "node --version timed out"; }
            if (p.exitValue() != 0) return "node --version failed";
            return null;
        } catch (IOException e) {
            return "node is not on PATH (" + e.getMessage() + "); install Node.js 20+ to run the real-llama.cpp tests";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Installs the pinned packages from package-lock.json when node_modules is missing (reaches the npm registry only).
     * Surefire runs two test JVMs: without the file lock, one JVM's {@code npm ci} (which first deletes node_modules)
     * could pull the package from under the other's running probes.
     */
    public void ensureInstalled() throws IOException, InterruptedException {
        synchronized (LlamaCppProbe.class) { // a JVM may not hold two locks on one file
            installOnce();
        }
    }

    private void installOnce() throws IOException, InterruptedException {
        if (installed()) return;
        try (FileChannel ch = FileChannel.open(toolDir.resolve(".install.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (installed()) return;
            Process p = new ProcessBuilder("npm", "ci", "--omit=optional", "--no-audit", "--no-fund", "--prefix", toolDir.toString())
                    .redirectErrorStream(true).start();
            String out = readAll(p.getInputStream());
            if (!p.waitFor(900, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("npm ci failed:\n" + out);
            // written last: a JVM that sees it knows the whole install is done
            Files.writeString(toolDir.resolve(INSTALLED_MARK), "npm ci done\n");
        }
    }

    private static final String INSTALLED_MARK = "node_modules/.llm-advisor-installed";

    private boolean installed() {
        return Files.isRegularFile(toolDir.resolve(INSTALLED_MARK));
    }

    public EngineReport run(Path gguf, Params params) throws IOException, InterruptedException {
        JsonNode n = runRaw(gguf, params.toJson());
        return parse(n);
    }

    public JsonNode runRaw(Path gguf, String paramsJson) throws IOException, InterruptedException {
        ensureInstalled();
        ProcessBuilder pb = new ProcessBuilder("node", toolDir.resolve("probe.mjs").toString(), gguf.toAbsolutePath().toString(), paramsJson);
        pb.directory(toolDir.toFile());
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("probe timed out after " + timeoutSeconds + " s on " + gguf);
        }
        String stdout = out.join().trim();
        String last = stdout.isEmpty() ? "" : stdout.substring(stdout.lastIndexOf('\n') + 1);
        JsonNode n;
        try {
            n = JSON.readTree(last);
        } catch (IOException e) {
            // llama.node can crash (SIGSEGV) after llama.cpp refused the context: report llama.cpp's own error line
            String why = engineErrorLines(err.join());
            if (!why.isEmpty()) throw new EngineError("exit " + p.exitValue() + ": " + why);
            throw new IOException("probe exited " + p.exitValue() + " without JSON; stdout:\n" + stdout + "\nstderr:\n" + tail(err.join()));
        }
        if (n.has("error")) {
            StringBuilder sb = new StringBuilder(n.get("error").asText());
            for (JsonNode l : n.path("lines")) sb.append("\n  ").append(l.asText());
            throw new EngineError(sb.toString());
        }
        if (p.exitValue() != 0) throw new IOException("probe exited " + p.exitValue() + ": " + tail(err.join()));
        return n;
    }

    static EngineReport parse(JsonNode n) {
        List<EngineReport.KvBuffer> kv = new ArrayList<>();
        for (JsonNode b : n.path("kv_buffers")) {
            kv.add(new EngineReport.KvBuffer(b.path("name").asText(), b.path("mib").asDouble(), b.path("cells").asInt(-1),
                    b.path("layers").asInt(-1), b.path("swa").asBoolean(false)));
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode l : n.path("lines")) lines.add(l.asText());
        JsonNode build = n.path("build");
        return new EngineReport(mib(n.path("model_buffers")), kv, mib(n.path("compute_buffers")), n.path("n_ctx").asInt(-1),
                n.path("n_ctx_seq").asInt(-1), n.path("n_seq_max").asInt(-1), n.path("flash_attn").asText(""),
                build.isMissingNode() ? "" : "b" + build.path("number").asText() + "-" + build.path("commit").asText(), lines);
    }

    private static Map<String, Double> mib(JsonNode o) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asDouble());
        }
        return m;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** llama.cpp's error lines in its log (it says why it refused a model or context). */
    static String engineErrorLines(String log) {
        StringBuilder sb = new StringBuilder();
        log.lines().filter(l -> l.matches("(?i).*(error|failed|requires|unable|wrong|missing|invalid|exception|not supported).*"))
                .filter(l -> !l.contains("create_tensor: loading"))
                .distinct().limit(6).forEach(l -> sb.append(sb.length() == 0 ? "" : " | ").append(l.trim()));
        return sb.toString();
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
