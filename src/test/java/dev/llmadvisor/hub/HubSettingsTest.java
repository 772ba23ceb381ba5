package dev.llmadvisor.hub;

import dev.llmadvisor.knowledge.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubSettingsTest {

    @Test
    void defaultsWhenEmpty() {
        HubSettings s = HubSettings.parse("", "test");
        assertThat(s.enabled()).isTrue();
        assertThat(s.endpoint()).isNull();
        assertThat(s.timeoutMs()).isEqualTo(4000);
        assertThat(s.deadlineMs()).isEqualTo(10_000);
        assertThat(s.cacheMaxMb()).isEqualTo(256);
        assertThat(s.maxHeaderBytes()).isEqualTo(16L << 20);
    }

    @Test
    void theShippedFileParsesAndIsOn() {
        HubSettings shipped = HubSettings.load(Path.of(HubSettings.DEFAULT_PATH));
        assertThat(shipped.enabled()).isTrue();
        assertThat(shipped).isEqualTo(HubSettings.defaults());
        assertThat(HubSettings.loadOrEmbedded(Path.of(HubSettings.DEFAULT_PATH))).isEqualTo(shipped);
    }

    @Test
    void oneSettingSwitchesItOff() {
        HubSettings s = HubSettings.parse("enabled: false\n", "hub.yaml");
        assertThat(s.enabled()).isFalse();
        assertThat(HubLookup.create(s, Map.<String, String>of()::get).enabled()).isFalse();
    }

    @Test
    void endpointsLoseTheirTrailingSlash() {
        HubSettings s = HubSettings.parse("endpoint: https://hf-mirror.com/\nmodelscope_endpoint: https://www.modelscope.ai\n", "hub.yaml");
        assertThat(s.endpoint()).isEqualTo("https://hf-mirror.com");
        assertThat(HubLookup.create(s, Map.<String, String>of()::get).describe()).contains("https://hf-mirror.com").contains("modelscope.ai");
    }

    @Test
    void mistakesNameTheFileLineAndFix() {
        assertThatThrownBy(() -> HubSettings.parse("enabled: true\ntimeout: 5\n", "bot-config/hub.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("bot-config/hub.yaml line 2").hasMessageContaining("unknown setting 'timeout'")
                .hasMessageContaining("timeout_ms");
        assertThatThrownBy(() -> HubSettings.parse("endpoint: hf-mirror.com\n", "hub.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> HubSettings.parse("timeout_ms: 5000\ndeadline_ms: 1000\n", "hub.yaml"))
                .isInstanceOf(InputError.class).hasMessageContaining("deadline_ms");
        assertThatThrownBy(() -> HubSettings.parse("enabled: [\n", "hub.yaml")).isInstanceOf(InputError.class).hasMessageContaining("hub.yaml");
    }

    @Test
    void badEnvironmentEndpointIsAClearError() {
        assertThatThrownBy(() -> HubLookup.create(HubSettings.defaults(), Map.of("HF_ENDPOINT", "hf-mirror.com")::get))
                .isInstanceOf(InputError.class).hasMessageContaining("HF_ENDPOINT");
    }

    @Test
    void aMissingExplicitFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> HubSettings.loadOrEmbedded(dir.resolve("nope.yaml"))).isInstanceOf(InputError.class)
                .hasMessageContaining("not found");
    }

    @Test
    void cacheDirFromSettingsOrXdg(@TempDir Path dir) throws Exception {
        HubLookup viaXdg = HubLookup.create(HubSettings.defaults(), Map.of("XDG_CACHE_HOME", dir.toString())::get);
        assertThat(viaXdg.describe()).contains(dir.resolve("llm-advisor").resolve("hub").toString());
        Files.createDirectories(dir.resolve("x"));
        HubLookup explicit = HubLookup.create(HubSettings.defaults().withCacheDir(dir.resolve("x")), Map.<String, String>of()::get);
        assertThat(explicit.describe()).contains(dir.resolve("x").toString());
    }

    @Test
    void aTokenThatCannotBeAHeaderIsIgnoredWithoutShowingIt() {
        HubLookup l = HubLookup.create(HubSettings.defaults(), Map.of("HF_TOKEN", "hf_abc def")::get);
        assertThat(l.describe()).doesNotContain("HF_TOKEN set").doesNotContain("hf_abc");
    }
}
