package dev.llmadvisor.llm;

import dev.llmadvisor.knowledge.InputError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings file: shipped off, read strictly, every mistake named with the file and what to fix. */
class LlmSettingsTest {

    @Test
    void shippedFileIsValidAndOff() {
        LlmSettings s = LlmSettings.load(Path.of("bot-config/llm.yaml"));
        assertThat(s.enabled()).isFalse();
        assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(s.maxRetries()).isZero();
        assertThat(s.temperature()).isZero();
        assertThat(s.apiKeyEnv()).isNull();
        assertThat(s.jsonSchema()).isTrue();
        assertThat(s.budget()).isEqualTo(Duration.ofMillis(s.timeoutMs() + 500));
    }

    @Test
    void theShippedFilesSettingsTakenWithoutParsingAreWhatItSays() throws Exception {
        // loadOrEmbedded returns SHIPPED for the unedited file: it must be what parsing the file gives
        assertThat(LlmSettings.SHIPPED).isEqualTo(LlmSettings.load(Path.of(LlmSettings.DEFAULT_PATH)));
        assertThat(LlmSettings.loadOrEmbedded(Path.of(LlmSettings.DEFAULT_PATH))).isSameAs(LlmSettings.SHIPPED);
        // an edited copy is parsed
        Path edited = java.nio.file.Files.createTempFile("llm", ".yaml");
        try {
            java.nio.file.Files.writeString(edited, java.nio.file.Files.readString(Path.of(LlmSettings.DEFAULT_PATH))
                    .replace("timeout_ms: 8000", "timeout_ms: 9000"));
            assertThat(LlmSettings.loadOrEmbedded(edited).timeoutMs()).isEqualTo(9000);
        } finally {
            java.nio.file.Files.delete(edited);
        }
    }

    @Test
    void emptyFileMeansOff() {
        assertThat(LlmSettings.parse("", "x.yaml").enabled()).isFalse();
    }

    @Test
    void unknownSettingNamesFileLineAndKnownKeys() {
        assertThatThrownBy(() -> LlmSettings.parse("enabled: false\nbase_ulr: http://x/v1\n", "bot-config/llm.yaml"))
                .isInstanceOf(InputError.class)
                .hasMessageContaining("bot-config/llm.yaml line 2")
                .hasMessageContaining("unknown setting 'base_ulr'")
                .hasMessageContaining("base_url");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> LlmSettings.parse("""
                enabled: true
                base_url: 127.0.0.1:8080
                max_retries: 3
                timeout_ms: 5
                temperature: 7
                api_key_env: sk-live-abc123
                """, "llm.yaml"))
                .isInstanceOf(InputError.class)
                .hasMessageStartingWith("llm.yaml: ")
                .hasMessageContaining("base_url must start with http://")
                .hasMessageContaining("model is required")
                .hasMessageContaining("max_retries must be 0 or 1")
                .hasMessageContaining("timeout_ms must be 100..120000")
                .hasMessageContaining("temperature must be 0..2")
                .hasMessageContaining("api_key_env must be the NAME of an environment variable");
    }

    @Test
    void enabledNeedsAnEndpoint() {
        assertThatThrownBy(() -> LlmSettings.parse("enabled: true\nmodel: qwen3:8b\n", "llm.yaml"))
                .hasMessageContaining("base_url is required when enabled is true");
    }

    @Test
    void wrongTypeIsReportedWithItsPlace() {
        assertThatThrownBy(() -> LlmSettings.parse("enabled: true\ntimeout_ms: soon\n", "llm.yaml"))
                .isInstanceOf(InputError.class)
                .hasMessageContaining("llm.yaml line 2");
    }

    @Test
    void missingFileGivenExplicitlyIsAnError() {
        assertThatThrownBy(() -> LlmSettings.loadOrEmbedded(Path.of("no/such/llm.yaml")))
                .isInstanceOf(InputError.class)
                .hasMessageContaining("not found: no/such/llm.yaml");
    }

    @Test
    void retriesWidenTheBudget() {
        LlmSettings s = LlmSettings.parse("enabled: true\nbase_url: http://h/v1\nmodel: m\ntimeout_ms: 1000\nmax_retries: 1\n", "x");
        assertThat(s.budget()).isEqualTo(Duration.ofMillis(2500));
    }
}
