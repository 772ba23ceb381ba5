package dev.llmadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** ask --json on a pasted error: outcome.cause carries the corpus' cause code. */
class AskDiagnosisJsonTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
    }

    @Test
    void outcomeCauseIsTheDiagnosedCause() throws Exception {
        int rc = Main.run("ask", "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. "
                + "Your Tesla T4 GPU has compute capability 7.5.", "--json");
        assertThat(rc).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.get("outcome").get("cause").asText()).isEqualTo("unsupported_hardware");
        assertThat(j.get("verdict").asText()).contains("bfloat16").contains("Tesla T4");
    }
}
