package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmadvisor.hub.FakeHub;
import dev.llmadvisor.hub.HubFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code estimate --model org/repo}: the catalog first, then the (fake) Hub; clear messages and exit codes. */
class EstimateHubTest {

    @TempDir
    static Path files;
    static FakeHub hub;

    @TempDir
    Path cache;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private Path settings;
    private Map<String, String> env;

    @BeforeAll
    static void start() throws IOException {
        hub = new FakeHub();
        HubFixtures.install(hub, files);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        // Generous limits: the test machine is shared.
        settings = Files.writeString(cache.resolve("hub.yaml"), "timeout_ms: 10000\ndeadline_ms: 20000\ncache_dir: " + cache.resolve("c") + "\n");
        env = new HashMap<>();
        env.put("HF_ENDPOINT", hub.url());
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EstimateCommand.class) return cls.cast(new EstimateCommand(env::get));
                return CommandLine.defaultFactory().create(cls);
            }
        };
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--hub-config";
        all[args.length + 1] = settings.toString();
        return Main.run(factory, all);
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void aHubIdIsLookedUpAndSized() throws Exception {
        assertThat(run("estimate", "--model", "acme-ai/Widget-7B-Instruct", "--gpu", "RTX 3090", "--json")).as(stderr()).isZero();
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertThat(j.get("source").asText()).isEqualTo(hub.url() + "/acme-ai/Widget-7B-Instruct");
        assertThat(j.get("model").asText()).isEqualTo("acme-ai/Widget-7B-Instruct");
        assertThat(j.get("format").asText()).isEqualTo("Q4_K_M");
        assertThat(j.get("parameters").asLong() / 1e9).isBetween(7.5, 7.7);
        assertThat(j.get("placement").asText()).isEqualTo("gpu");
    }

    @Test
    void aGgufLinkWithQuantReadsThatFile() {
        assertThat(run("estimate", "--model", "https://huggingface.co/acme-ai/Widget-8B-GGUF", "--quant", "Q8_0", "--gpu", "RTX 4060 Ti 16GB"))
                .as(stderr()).isZero();
        assertThat(stdout()).contains("from " + hub.url() + "/acme-ai/Widget-8B-GGUF/blob/main/Widget-8B-Q8_0.gguf").contains("Q8_0");
    }

    @Test
    void theCatalogComesFirstAndNeedsNoNetwork() {
        env.put("HF_ENDPOINT", "http://127.0.0.1:9");
        assertThat(run("estimate", "--model", "Qwen/Qwen3-14B", "--gpu", "RTX 4090")).as(stderr()).isZero();
        assertThat(run("estimate", "--model", "qwen3:14b", "--gpu", "RTX 4090")).isZero();
        assertThat(stdout()).doesNotContain("from http");
    }

    @Test
    void failuresExitWithAMessage() {
        assertThat(run("estimate", "--model", "locked-org/Locked-8B-Instruct")).isEqualTo(2);
        assertThat(stderr()).contains("gated").contains("HF_TOKEN");
        assertThat(run("estimate", "--model", "nobody-here/Qwen3-99B")).isEqualTo(2);
        assertThat(stderr()).contains("has no model nobody-here/Qwen3-99B").contains("Built-in models with similar names");
        assertThat(run("estimate", "--model", "bad-org/NotJson-7B")).isEqualTo(2);
        assertThat(stderr()).contains("not valid JSON");
        assertThat(run("estimate", "--model", "busy-org/Popular-7B")).isEqualTo(3);
        assertThat(stderr()).contains("HTTP 429");
        assertThat(stdout() + stderr()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void offlineByFlagOrEnvironment() {
        int before = hub.requestCount();
        assertThat(run("estimate", "--model", "acme-ai/Widget-7B-Instruct", "--offline")).isEqualTo(2);
        assertThat(stderr()).contains("not in the built-in catalog").contains("--offline");
        env.put("LLM_ADVISOR_OFFLINE", "1");
        assertThat(run("estimate", "--model", "acme-ai/Widget-7B-Instruct")).isEqualTo(2);
        assertThat(stderr()).contains("LLM_ADVISOR_OFFLINE");
        assertThat(hub.requestCount()).isEqualTo(before);
    }
}
