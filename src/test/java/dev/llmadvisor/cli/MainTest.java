package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmadvisor.testing.BadRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line: figures as JSON, and every kind of bad input answered with a message, never a stack trace. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    private void assertNoStackTrace() {
        assertThat(stdout() + stderr()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void estimateJsonHasTheContractKeys() throws Exception {
        int rc = Main.run("estimate", "--model", "llama3.1-8b-instruct", "--quant", "Q4_K_M", "--ctx", "8192",
                "--gpu", "RTX 4090", "--json");
        assertThat(rc).isZero();
        JsonNode j = new ObjectMapper().readTree(stdout());
        for (String k : new String[] {"weights_bytes", "kv_cache_bytes", "compute_bytes", "total_bytes", "devices"}) {
            assertThat(j.has(k)).as(k).isTrue();
        }
        assertThat(j.get("kv_cache_bytes").asLong()).isEqualTo(1024L * 1024 * 1024);
        assertThat(j.get("placement").asText()).isEqualTo("gpu");
        assertThat(j.get("devices").get(0).get("name").asText()).contains("4090");
    }

    @Test
    void askJsonListsRecommendationsWithReasons() throws Exception {
        int rc = Main.run("ask", "can two 3090s run llama 3.1 70b at 32k context?", "--json");
        assertThat(rc).isZero();
        JsonNode recs = new ObjectMapper().readTree(stdout()).get("recommendations");
        assertThat(recs).isNotEmpty();
        JsonNode r = recs.get(0);
        for (String k : new String[] {"model", "quant", "placement", "total_bytes", "tokens_per_second", "reasons"}) {
            assertThat(r.has(k)).as(k).isTrue();
        }
        assertThat(r.get("placement").asText()).isIn("gpu", "multi_gpu", "offload", "none");
        assertThat(r.get("reasons").toString()).contains("sizing core");
    }

    /** Given a question that gets the help (a greeting, help asked for), then the JSON still carries what was read. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"hi", "help", "你好", "good morning!"})
    void askJsonCarriesWhatWasReadAlsoWithTheHelp(String question) throws Exception {
        Main.run("ask", question, "--json");
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertThat(j.get("kind").asText()).isEqualTo("help");
        JsonNode u = j.get("understood");
        assertThat(u).as(question).isNotNull();
        assertThat(u.get("gpus")).isEmpty();
        assertThat(u.get("models")).isEmpty();
        assertThat(u.get("ram_gb").isNull()).isTrue();
    }

    @Test
    void unknownModelSuggestsNearestNames() {
        assertThat(Main.run("estimate", "--model", "qwen3-14", "--gpu", "4090")).isEqualTo(2);
        assertThat(stderr()).contains("unknown model").contains("did you mean").contains("Qwen3 14B");
        assertNoStackTrace();
    }

    @Test
    void unknownGpuAndImpossibleNumbersAreExplained() {
        assertThat(Main.run("estimate", "--model", "qwen3-14b", "--gpu", "RTX 9999")).isEqualTo(2);
        assertThat(Main.run("estimate", "--model", "qwen3-14b", "--vram", "-3")).isEqualTo(2);
        assertThat(Main.run("estimate", "--model", "qwen3-14b", "--ctx", "0")).isEqualTo(2);
        assertThat(stderr()).contains("unknown GPU").contains("--vram").contains("context");
        assertNoStackTrace();
    }

    @Test
    void malformedConfigAndGgufFilesAreExplained(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"hidden_size\": 4096, ");
        Path gguf = dir.resolve("model.gguf");
        Files.write(gguf, new byte[] {'G', 'G', 'U', 'F', 3, 0, 0, 0, 1});
        assertThat(Main.run("estimate", "--config", config.toString())).isEqualTo(2);
        assertThat(Main.run("estimate", "--gguf", gguf.toString())).isEqualTo(2);
        assertThat(Main.run("estimate", "--gguf", dir.resolve("missing.gguf").toString())).isEqualTo(2);
        assertThat(stderr()).contains("not valid JSON").contains("truncated");
        assertNoStackTrace();
    }

    @Test
    void rulesCheckReportsFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package rules\nrule \"x\"\nwhen\n  Foo( )\nthen\nend\n");
        assertThat(Main.run("rules", "check", dir.toString())).isEqualTo(1);
        assertThat(stderr()).contains("broken.drl:4");
        assertThat(Main.run("rules", "check", "rules")).isZero();
        assertThat(stdout()).contains("OK:");
        assertNoStackTrace();
    }

    @Test
    void evaluateRealRejectsAnUnknownSplitOrField() {
        assertThat(Main.run("evaluate-real", "--misses", "bogus")).isEqualTo(2);
        assertThat(Main.run("evaluate-real", "--misses", "dev", "--field", "nope")).isEqualTo(2);
        assertThat(stdout() + stderr()).contains("dev, dev-a, dev-b, held-out or all").contains("unknown --field \"nope\"");
        assertNoStackTrace();
    }

    @Test
    void askExitCodes() {
        assertThat(Main.run("ask", "what can my 16GB card run?")).as("answered").isZero();
        assertThat(Main.run("ask", "can an 8GB card run llama 3.1 70b in F16?")).as("answered: no").isZero();
        assertThat(Main.run("ask", "help")).as("help").isZero();
        assertThat(Main.run("ask", "帮助")).as("help in Chinese").isZero();
        for (String unread : new String[] {"asdkjh qwkejh zxcmn", "\u00ff\u00ff ### ???", "   ", "你好呀"}) {
            assertThat(Main.run("ask", unread)).as("nothing read: not answerable, %s", unread).isEqualTo(1);
        }
        assertThat(Main.run("ask", "can I run qwen3 14b?")).as("no hardware: not answerable").isEqualTo(1);
        assertThat(Main.run("ask", "what can my RTX 9999 run?")).as("unknown GPU: bad input").isEqualTo(2);
        assertThat(Main.run("ask", "can my RTX 4090 run llama 9?")).as("unknown model: bad input").isEqualTo(2);
        assertThat(stdout()).contains("RTX 9999").contains("llama 9");
        assertNoStackTrace();
    }

    @Test
    void aLoopingOrThrowingRuleEndsTheQuestionWithItsNameAndExitCode1(@TempDir Path dir) throws Exception {
        Path loop = BadRules.folder(dir, "loop", BadRules.LOOP);
        assertThat(Main.run("ask", "what can my 16GB card run?", "--rules", loop.toString(), "--max-firings", "5000", "--rule-timeout", "60000"))
                .isEqualTo(1);
        assertThat(stdout()).contains("Touches its candidate").contains("kept firing");
        Path throwing = BadRules.folder(dir, "throws", BadRules.THROWS);
        assertThat(Main.run("ask", "what can my 16GB card run?", "--rules", throwing.toString())).isEqualTo(1);
        assertThat(stdout()).contains("rule \"Divides by zero\" threw ArithmeticException");
        assertNoStackTrace();
    }

    @Test
    void rulesCheckRunsTheScenariosFactsAndNamesALoopingRule(@TempDir Path dir) throws Exception {
        Path loop = BadRules.folder(dir, "loop", BadRules.LOOP);
        Path scenarios = Files.writeString(dir.resolve("s.yaml"),
                "- {id: open, question: \"what can my 16GB card run?\", expect: {verdict: yes}}\n");
        assertThat(Main.run("rules", "check", loop.toString(), "--scenarios", scenarios.toString(), "--max-firings", "5000",
                "--rule-timeout", "60000")).isEqualTo(1);
        assertThat(stderr()).contains("Touches its candidate").contains("kept firing").contains("1 of 1 scenario questions fail");
        assertThat(Main.run("rules", "check", "rules", "--scenarios", scenarios.toString())).isZero();
        assertThat(stdout()).contains("decided the facts of 1 scenario questions").contains("OK:");
        assertNoStackTrace();
    }

    @Test
    void hostileInputsGetAMessageAndExitCode2(@TempDir Path dir) throws Exception {
        assertThat(Main.run("estimate", "--model", "qwen3-14b", "--vram", "NaN")).isEqualTo(2);
        assertThat(Main.run("estimate", "--model", "qwen3-14b", "--vram", "16", "--ram", "NaN")).isEqualTo(2);
        Path big = dir.resolve("config.json");
        try (var w = Files.newBufferedWriter(big)) {
            w.write("{\"pad\": \"");
            for (int i = 0; i < 6 * 1024; i++) w.write("x".repeat(1024));
            w.write("\"}");
        }
        assertThat(Main.run("estimate", "--config", big.toString())).isEqualTo(2);
        Path rules = Files.createDirectories(dir.resolve("binary-rules"));
        Files.write(rules.resolve("image.drl"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        assertThat(Main.run("rules", "check", rules.toString())).isEqualTo(2);
        assertThat(Main.run("ask", "what can my 16GB card run?", "--rules", rules.toString())).isEqualTo(2);
        Path fifo = dir.resolve("fifo.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThat(Main.run("estimate", "--config", fifo.toString())).isEqualTo(2);
            assertThat(stderr()).contains("not a regular file");
        }
        assertThat(stderr()).contains("--vram").contains("--ram").contains("a config.json is a few KB").contains("image.drl is not UTF-8 text");
        assertThat(stderr()).doesNotContain("unexpected failure");
        assertNoStackTrace();
    }

    @Test
    void estimateSaysPlainlyWhetherItFitsAndGivesNoSpeedWhenItDoesNot() throws Exception {
        assertThat(Main.run("estimate", "--model", "llama3.1-8b-instruct", "--gpu", "RTX 4090")).isZero();
        assertThat(stdout()).contains("fits: entirely in GPU memory").contains("decode speed");
        out.reset();
        assertThat(Main.run("estimate", "--model", "llama3.3-70b-instruct", "--quant", "F16", "--vram", "8", "--ram", "16")).isZero();
        assertThat(stdout()).contains("does not fit: needs").doesNotContain("decode speed").doesNotContain("tokens/s");
        out.reset();
        assertThat(Main.run("estimate", "--model", "llama3.3-70b-instruct", "--quant", "F16", "--vram", "8", "--ram", "16", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertThat(j.get("fits").asBoolean()).isFalse();
        assertThat(j.get("tokens_per_second").isNull()).isTrue();
    }
}
