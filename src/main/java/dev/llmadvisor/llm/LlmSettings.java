package dev.llmadvisor.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.SettingsFiles;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings of the optional LLM parser, read from {@code bot-config/llm.yaml}. The API key itself is never
 * in this file: only the name of the environment variable that holds it.
 *
 * @param baseUrl     an OpenAI-compatible endpoint ending in /v1 (llama.cpp server, vLLM, LM Studio, Ollama)
 * @param jsonSchema  send the extraction schema as {@code response_format: json_schema}; switch off for
 *                    servers that reject it (the schema then goes into the prompt)
 */
public record LlmSettings(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("base_url") String baseUrl,
        @JsonProperty("model") String model,
        @JsonProperty("timeout_ms") Integer timeoutMs,
        @JsonProperty("max_retries") Integer maxRetries,
        @JsonProperty("api_key_env") String apiKeyEnv,
        @JsonProperty("temperature") Double temperature,
        @JsonProperty("json_schema") Boolean jsonSchema) {

    public static final String DEFAULT_PATH = "bot-config/llm.yaml";
    static final List<String> KNOWN = List.of("enabled", "base_url", "model", "timeout_ms", "max_retries",
            "api_key_env", "temperature", "json_schema");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public LlmSettings {
        enabled = enabled != null && enabled;
        baseUrl = blankToNull(baseUrl);
        model = blankToNull(model);
        timeoutMs = timeoutMs == null ? 8000 : timeoutMs;
        maxRetries = maxRetries == null ? 0 : maxRetries;
        apiKeyEnv = blankToNull(apiKeyEnv);
        temperature = temperature == null ? 0.0 : temperature;
        jsonSchema = jsonSchema == null || jsonSchema;
    }

    public static LlmSettings disabled() {
        return new LlmSettings(false, null, null, null, null, null, null, null);
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMs);
    }

    /**
     * The most one parse may take before the deterministic answer is used: every attempt's timeout plus
     * a small margin for the client's own work.
     */
    public Duration budget() {
        return Duration.ofMillis((long) timeoutMs * (maxRetries + 1) + 500);
    }

    /** Made on first parse: see {@link #loadOrEmbedded}. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    /** Reads and checks a settings file; every problem is an {@link InputError} naming the file and what to fix. */
    public static LlmSettings load(Path path) {
        SettingsFiles.Text t = SettingsFiles.read(path, "LLM parser settings file");
        return parse(t.yaml(), t.source());
    }

    /** Loads {@code path} when it exists, else the copy shipped in the jar, else disabled. */
    public static LlmSettings loadOrEmbedded(Path path) {
        SettingsFiles.Text t = SettingsFiles.readOrEmbedded(path, DEFAULT_PATH, "LLM parser settings file");
        if (t == null) return disabled();
        // The shipped file as shipped (every start of a one-shot command): its settings without the YAML mapper,
        // whose first use costs a cold start about 0.15 s of CPU. LlmSettingsTest checks SHIPPED against the file.
        if (t.embedded() || t.yaml().equals(SettingsFiles.embeddedText(DEFAULT_PATH))) return SHIPPED;
        return parse(t.yaml(), t.source());
    }

    /** What the shipped bot-config/llm.yaml says (the LLM parser off). */
    static final LlmSettings SHIPPED = new LlmSettings(false, "http://127.0.0.1:8080/v1", "qwen3:8b", 8000, 0, null, 0.0, true);

    public static LlmSettings parse(String yaml, String source) {
        LlmSettings s = SettingsFiles.parse(Yaml.MAPPER, yaml, source, LlmSettings.class, KNOWN);
        if (s == null) s = disabled();
        s.validate(source);
        return s;
    }



    private void validate(String source) {
        List<String> problems = new ArrayList<>();
        if (enabled && baseUrl == null) {
            problems.add("base_url is required when enabled is true (e.g. http://127.0.0.1:8080/v1 for llama.cpp server)");
        }
        if (baseUrl != null && !baseUrl.matches("https?://\\S+")) {
            problems.add("base_url must start with http:// or https:// (e.g. http://127.0.0.1:11434/v1 for Ollama)");
        }
        if (enabled && model == null) {
            problems.add("model is required when enabled is true (the name the server knows the model by)");
        }
        if (timeoutMs < 100 || timeoutMs > 120_000) problems.add("timeout_ms must be 100..120000 (milliseconds)");
        if (maxRetries < 0 || maxRetries > 1) problems.add("max_retries must be 0 or 1 (the deterministic parser answers instead)");
        if (apiKeyEnv != null && !ENV_NAME.matcher(apiKeyEnv).matches()) {
            problems.add("api_key_env must be the NAME of an environment variable (letters, digits, _), not the key itself");
        }
        if (temperature < 0 || temperature > 2) problems.add("temperature must be 0..2 (0 is best for extraction)");
        if (!problems.isEmpty()) throw new InputError(source + ": " + String.join("; ", problems));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
