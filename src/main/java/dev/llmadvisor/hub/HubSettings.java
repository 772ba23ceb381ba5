package dev.llmadvisor.hub;

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
 * Settings of the live Hub lookup, read from {@code bot-config/hub.yaml} (the copy in the jar when the file is
 * absent). Environment variables (read by {@link HubLookup#create}) override some of them: {@code LLM_ADVISOR_OFFLINE}
 * or {@code HF_HUB_OFFLINE} switch the lookup off, {@code HF_ENDPOINT} and {@code MODELSCOPE_ENDPOINT} replace the
 * endpoints, {@code HF_TOKEN} authenticates gated repositories. No token is ever written here.
 *
 * @param endpoint            Hugging Face endpoint or a mirror of it (e.g. https://hf-mirror.com); null for
 *                            {@code HF_ENDPOINT}, else https://huggingface.co
 * @param modelscopeEndpoint  ModelScope endpoint; null for {@code MODELSCOPE_ENDPOINT}, else https://www.modelscope.cn
 * @param timeoutMs           the most one request may take (connecting, then the whole answer)
 * @param deadlineMs          the most one lookup may take, all its requests together
 * @param cacheDir            null for {@code $XDG_CACHE_HOME/llm-advisor/hub} or {@code ~/.cache/llm-advisor/hub}
 * @param maxHeaderMb         the most bytes of one GGUF file read to get its header and tensor table
 * @param firstRangeKb        the first ranged read of a GGUF file; each further read doubles
 */
public record HubSettings(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("endpoint") String endpoint,
        @JsonProperty("modelscope_endpoint") String modelscopeEndpoint,
        @JsonProperty("timeout_ms") Integer timeoutMs,
        @JsonProperty("deadline_ms") Integer deadlineMs,
        @JsonProperty("cache_dir") String cacheDir,
        @JsonProperty("cache_max_mb") Integer cacheMaxMb,
        @JsonProperty("cache_ttl_hours") Integer cacheTtlHours,
        @JsonProperty("negative_ttl_minutes") Integer negativeTtlMinutes,
        @JsonProperty("max_header_mb") Integer maxHeaderMb,
        @JsonProperty("first_range_kb") Integer firstRangeKb) {

    public static final String DEFAULT_PATH = "bot-config/hub.yaml";
    static final List<String> KNOWN = List.of("enabled", "endpoint", "modelscope_endpoint", "timeout_ms", "deadline_ms",
            "cache_dir", "cache_max_mb", "cache_ttl_hours", "negative_ttl_minutes", "max_header_mb", "first_range_kb");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/?#]+(?:/[^\\s?#]*)?");

    public HubSettings {
        enabled = enabled == null || enabled;
        endpoint = endpoint(endpoint);
        modelscopeEndpoint = endpoint(modelscopeEndpoint);
        timeoutMs = timeoutMs == null ? 4000 : timeoutMs;
        deadlineMs = deadlineMs == null ? 10_000 : deadlineMs;
        cacheDir = cacheDir == null || cacheDir.isBlank() ? null : cacheDir.trim();
        cacheMaxMb = cacheMaxMb == null ? 256 : cacheMaxMb;
        cacheTtlHours = cacheTtlHours == null ? 24 : cacheTtlHours;
        negativeTtlMinutes = negativeTtlMinutes == null ? 10 : negativeTtlMinutes;
        maxHeaderMb = maxHeaderMb == null ? 16 : maxHeaderMb;
        firstRangeKb = firstRangeKb == null ? 1024 : firstRangeKb;
    }

    /** Every default: on, the public endpoints, the default cache. */
    public static HubSettings defaults() {
        return new HubSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    public HubSettings withEnabled(boolean on) {
        return new HubSettings(on, endpoint, modelscopeEndpoint, timeoutMs, deadlineMs, cacheDir, cacheMaxMb, cacheTtlHours,
                negativeTtlMinutes, maxHeaderMb, firstRangeKb);
    }

    public HubSettings withCacheDir(Path dir) {
        return new HubSettings(enabled, endpoint, modelscopeEndpoint, timeoutMs, deadlineMs, dir == null ? null : dir.toString(),
                cacheMaxMb, cacheTtlHours, negativeTtlMinutes, maxHeaderMb, firstRangeKb);
    }

    public Duration timeout() { return Duration.ofMillis(timeoutMs); }

    public Duration deadline() { return Duration.ofMillis(deadlineMs); }

    public long cacheMaxBytes() { return cacheMaxMb * (1L << 20); }

    public Duration cacheTtl() { return Duration.ofHours(cacheTtlHours); }

    public Duration negativeTtl() { return Duration.ofMinutes(negativeTtlMinutes); }

    public long maxHeaderBytes() { return maxHeaderMb * (1L << 20); }

    public int firstRangeBytes() { return firstRangeKb * 1024; }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    /** Reads and checks a settings file; every problem is an {@link InputError} naming the file and what to fix. */
    public static HubSettings load(Path path) {
        SettingsFiles.Text t = SettingsFiles.read(path, "Hub lookup settings file");
        return parse(t.yaml(), t.source());
    }

    /** Loads {@code path} when it exists, else the copy shipped in the jar, else the defaults. */
    public static HubSettings loadOrEmbedded(Path path) {
        SettingsFiles.Text t = SettingsFiles.readOrEmbedded(path, DEFAULT_PATH, "Hub lookup settings file");
        return t == null ? defaults() : parse(t.yaml(), t.source());
    }

    public static HubSettings parse(String yaml, String source) {
        HubSettings s = SettingsFiles.parse(YAML, yaml, source, HubSettings.class, KNOWN);
        if (s == null) s = defaults();
        s.validate(source);
        return s;
    }

    private void validate(String source) {
        List<String> problems = new ArrayList<>();
        if (endpoint != null && !URL.matcher(endpoint).matches()) {
            problems.add("endpoint must be an http(s) URL such as https://huggingface.co or https://hf-mirror.com");
        }
        if (modelscopeEndpoint != null && !URL.matcher(modelscopeEndpoint).matches()) {
            problems.add("modelscope_endpoint must be an http(s) URL such as https://www.modelscope.cn");
        }
        if (timeoutMs < 200 || timeoutMs > 60_000) problems.add("timeout_ms must be 200..60000 (milliseconds)");
        if (deadlineMs < timeoutMs || deadlineMs > 120_000) problems.add("deadline_ms must be at least timeout_ms and at most 120000");
        if (cacheMaxMb < 0 || cacheMaxMb > 100_000) problems.add("cache_max_mb must be 0..100000 (0 keeps no disk cache)");
        if (cacheTtlHours < 0 || cacheTtlHours > 24 * 365) problems.add("cache_ttl_hours must be 0..8760");
        if (negativeTtlMinutes < 0 || negativeTtlMinutes > 24 * 60) problems.add("negative_ttl_minutes must be 0..1440");
        if (maxHeaderMb < 1 || maxHeaderMb > 256) problems.add("max_header_mb must be 1..256");
        if (firstRangeKb < 1 || firstRangeKb > maxHeaderMb * 1024) problems.add("first_range_kb must be 1..max_header_mb x 1024");
        if (!problems.isEmpty()) throw new InputError(source + ": " + String.join("; ", problems));
    }



    /** Blank is "not set"; a trailing slash is dropped so paths join cleanly. */
    static String endpoint(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t;
    }
}
