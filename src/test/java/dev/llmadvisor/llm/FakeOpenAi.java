package dev.llmadvisor.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible server for tests: answers POST /v1/chat/completions with the real response
 * shape (id, object "chat.completion", created, model, choices[0].message.content, finish_reason, usage),
 * with a chosen content, HTTP status and delay, and records every request it gets.
 */
final class FakeOpenAi implements AutoCloseable {

    record Request(String path, String authorization, String body) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile String content = "{}";
    volatile int status = 200;
    volatile String errorBody = "{\"error\":{\"message\":\"internal error\",\"type\":\"server_error\"}}";
    volatile long delayMs;

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeOpenAi answering(String content) {
        this.content = content;
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"), body));
        try {
            if (delayMs > 0) Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!"POST".equals(ex.getRequestMethod())) {
            send(ex, 405, "{}");
            return;
        }
        if (status != 200) {
            send(ex, status, errorBody);
            return;
        }
        Map<String, Object> reply = Map.of(
                "id", "chatcmpl-fake-" + requests.size(),
                "object", "chat.completion",
                "created", System.currentTimeMillis() / 1000,
                "model", "fake-model",
                "choices", List.of(Map.of(
                        "index", 0,
                        "message", Map.of("role", "assistant", "content", content),
                        "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 40, "total_tokens", 160));
        send(ex, 200, JSON.writeValueAsString(reply));
    }

    private static void send(HttpExchange ex, int code, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(code, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
