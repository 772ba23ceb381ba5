package dev.llmadvisor.hub;

import dev.llmadvisor.hub.HubResult.Failed;
import dev.llmadvisor.hub.HubResult.Found;
import dev.llmadvisor.hub.HubResult.Kind;
import dev.llmadvisor.hub.HubResult.Origin;
import dev.llmadvisor.knowledge.GgufModel;
import dev.llmadvisor.knowledge.GgufReader;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.testing.LogCapture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Hub lookup against a fake Hub on loopback: never the internet. */
class HubLookupTest {

    @TempDir
    static Path files;
    static FakeHub hub;
    static FakeHub modelscope;

    @TempDir
    Path cache;

    @BeforeAll
    static void start() throws IOException {
        hub = new FakeHub();
        HubFixtures.install(hub, files);
        modelscope = new FakeHub();
        modelscope.repo("Qwen/Qwen2.5-7B-Instruct").file("config.json", HubFixtures.QWEN25_7B).file("configuration.json", "{}");
        modelscope.repo("Qwen/Qwen3-8B-GGUF")
                .file("Qwen3-8B-Q4_K_M.gguf", HubFixtures.files.get("Qwen3-8B-Q4_K_M.gguf"))
                .file("Qwen3-8B-Q8_0.gguf", HubFixtures.files.get("Qwen3-8B-Q8_0.gguf"));
    }

    @AfterAll
    static void stop() {
        hub.close();
        modelscope.close();
    }

    @BeforeEach
    void clearLog() {
        hub.requests.clear();
        modelscope.requests.clear();
    }

    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HF_ENDPOINT", hub.url());
        env.put("MODELSCOPE_ENDPOINT", modelscope.url());
        return env;
    }

    /** Generous limits (the test machine is shared and often loaded), a 16 KB first range. */
    static HubSettings settings(Path cacheDir) {
        return settings(cacheDir, 24, 10, 16);
    }

    static HubSettings settings(Path cacheDir, int ttlHours, int negativeMinutes, int maxHeaderMb) {
        return new HubSettings(true, null, null, 10_000, 20_000, cacheDir.toString(), 64, ttlHours, negativeMinutes, maxHeaderMb, 16);
    }

    HubLookup lookup() { return HubLookup.create(settings(cache), env()::get); }

    /** Tensor names, types and shapes (Tensor holds an array, so records do not compare by value). */
    static String describe(GgufModel g) {
        StringBuilder b = new StringBuilder(g.arch() + "\n");
        for (var t : g.tensors().tensors()) b.append(t.name()).append(' ').append(t.type()).append(' ').append(java.util.Arrays.toString(t.shape())).append('\n');
        return b.toString();
    }

    static HubRef ref(String text) { return HubRefs.parse(text).orElseThrow(); }

    static Found found(HubResult r) {
        assertThat(r).as(() -> r instanceof Failed f ? f.kind() + ": " + f.message() : "").isInstanceOf(Found.class);
        return (Found) r;
    }

    static Failed failed(HubResult r, Kind kind) {
        assertThat(r).isInstanceOf(Failed.class);
        Failed f = (Failed) r;
        assertThat(f.kind()).as(f.message()).isEqualTo(kind);
        assertThat(f.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(f.messageZh()).isNotBlank().containsPattern("\\p{IsHan}");
        return f;
    }

    // ---- success ------------------------------------------------------------------------------------------------------

    @Test
    void configRepoUsesTheHubsParameterCountAndTheConfigsArchitecture() {
        Found f = found(lookup().lookup(ref("acme-ai/Widget-7B-Instruct")));
        assertThat(f.model().arch().arch()).isEqualTo("qwen2");
        assertThat(f.model().arch().layers()).isEqualTo(28);
        assertThat(f.model().paramsB()).isEqualTo(7.616, within(0.001));
        assertThat(f.model().activeParamsB()).isEqualTo(f.model().paramsB());
        assertThat(f.format()).isEmpty();
        assertThat(f.gguf()).isEmpty();
        assertThat(f.url()).isEqualTo(hub.url() + "/acme-ai/Widget-7B-Instruct");
        assertThat(f.model().sources()).containsExactly(f.url());
        assertThat(f.model().hf()).isEqualTo("acme-ai/Widget-7B-Instruct");
        assertThat(f.model().maxContext()).isEqualTo(32768);
        assertThat(f.origin()).isEqualTo(Origin.NETWORK);
        assertThat(FakeHub.paths(hub.requests)).containsExactly("/api/models/acme-ai/Widget-7B-Instruct",
                "/acme-ai/Widget-7B-Instruct/resolve/main/config.json");
        // Usable as a catalog match, and sized like one.
        assertThat(f.match().model()).isSameAs(f.model());
        ModelSpec spec = f.spec(null);
        assertThat(spec.format()).isEqualTo(WeightFormat.Q4_K_M);
        assertThat(spec.profile().parameters() / 1e9).isEqualTo(7.6, within(0.1));
    }

    @Test
    void packedGptqCheckpointsAreCountedFromTheArchitectureAndKeepTheirFormat() {
        Found f = found(lookup().lookup(ref("https://huggingface.co/acme-ai/Widget-13B-chat-GPTQ")));
        assertThat(f.format()).contains(WeightFormat.GPTQ_INT4);
        // The Hub counts packed int32 words (2.0B); the model has 13B weights.
        assertThat(f.model().paramsB()).isEqualTo(13.0, within(0.1));
        assertThat(f.spec(null).format()).isEqualTo(WeightFormat.GPTQ_INT4);
    }

    @Test
    void ggufRepoReadsOnlyTheHeaderOfTheDefaultFileThroughTheCdn() throws IOException {
        Found f = found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF")));
        GgufModel local = GgufReader.read(HubFixtures.files.get("Qwen3-8B-Q4_K_M.gguf"));
        assertThat(f.gguf()).isPresent();
        assertThat(describe(f.gguf().get())).isEqualTo(describe(local));
        assertThat(f.gguf().get().fileSize()).isEqualTo(local.fileSize());
        assertThat(f.format()).contains(WeightFormat.Q4_K_M);
        assertThat(f.model().arch()).isEqualTo(local.arch());
        assertThat(f.model().paramsB()).isEqualTo(local.tensors().parameterCount() / 1e9, within(0.001));
        assertThat(f.url()).endsWith("/acme-ai/Widget-8B-GGUF/blob/main/Widget-8B-Q4_K_M.gguf");
        assertThat(f.notes()).anyMatch(n -> n.contains("Widget-8B-Q4_K_M.gguf") && n.contains("3 GGUF files"));
        // Only the header was fetched: a few ranged reads, growing, of a multi-GB file.
        List<FakeHub.Request> cdn = hub.requests("cdn");
        assertThat(cdn).hasSizeGreaterThan(1).allMatch(r -> r.range() != null && r.authorization() == null);
        assertThat(cdn.get(0).range()).isEqualTo("bytes=0-16383");
        long sent = hub.bytesSent("Widget-8B-Q4_K_M.gguf");
        long dataOffset = HubFixtures.dataOffsets.get("Qwen3-8B-Q4_K_M.gguf");
        assertThat(sent).isGreaterThanOrEqualTo(dataOffset - 31).isLessThan(dataOffset * 2 + 16384);
        assertThat(local.fileSize()).isGreaterThan(1000 * sent);
        // The full sizing uses the file's real tensor types.
        assertThat(f.spec(null).tensors().totalBytes()).isEqualTo(local.tensors().totalBytes());
        assertThat(f.spec(WeightFormat.Q8_0).format()).isEqualTo(WeightFormat.Q8_0);
    }

    @Test
    void aRealSizedHeaderTakesAFewGrowingRangesWithTheDefaultSettings() throws IOException {
        HubSettings defaults = new HubSettings(true, null, null, 10_000, 20_000, cache.toString(), null, null, null, null, null);
        Found f = found(HubLookup.create(defaults, env()::get).lookup(ref("acme-ai/Real-8B-GGUF")));
        GgufModel local = GgufReader.read(HubFixtures.files.get("Real-8B-Q4_K_M.gguf"));
        assertThat(describe(f.gguf().get())).isEqualTo(describe(local));
        assertThat(f.model().arch().vocabSize()).isEqualTo(151_936);
        long header = HubFixtures.dataOffsets.get("Real-8B-Q4_K_M.gguf");
        assertThat(header).isBetween(4L << 20, 10L << 20);
        assertThat(FakeHub.paths(hub.requests("cdn"))).containsExactly(
                "/cdn/acme-ai/Real-8B-GGUF/Real-8B-Q4_K_M.gguf bytes=0-1048575",
                "/cdn/acme-ai/Real-8B-GGUF/Real-8B-Q4_K_M.gguf bytes=1048576-3145727",
                "/cdn/acme-ai/Real-8B-GGUF/Real-8B-Q4_K_M.gguf bytes=3145728-7340031");
        // Only the first ranged read went through the Hub's redirect.
        assertThat(FakeHub.paths(hub.requests("hub"))).filteredOn(p -> p.contains("/resolve/")).hasSize(1);
        assertThat(hub.bytesSent("Real-8B-Q4_K_M.gguf")).isLessThan(header * 2 + (1 << 20));
    }

    @Test
    void quantTagPicksTheMatchingFileAndPrefersThePlainName() {
        Found f = found(lookup().lookup(ref("hf.co/acme-ai/Widget-8B-GGUF:Q8_0")));
        assertThat(f.format()).contains(WeightFormat.Q8_0);
        assertThat(f.url()).endsWith("Widget-8B-Q8_0.gguf");
        Found q4 = found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF:q4_k_m")));
        assertThat(q4.url()).endsWith("/Widget-8B-Q4_K_M.gguf");
        Found ud = found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF:UD-Q4_K_M")));
        assertThat(ud.url()).endsWith("/Widget-8B-UD-Q4_K_M.gguf");
        Failed none = failed(lookup().lookup(ref("acme-ai/Widget-8B-GGUF:IQ2_XXS")), Kind.NOT_FOUND);
        assertThat(none.message()).contains("IQ2_XXS").contains("Q4_K_M").contains("Q8_0").doesNotContain("mmproj");
    }

    @Test
    void aResolveLinkNamesTheFile() {
        Found f = found(lookup().lookup(ref("https://huggingface.co/acme-ai/Widget-8B-GGUF/resolve/main/Widget-8B-Q8_0.gguf?download=true")));
        assertThat(f.format()).contains(WeightFormat.Q8_0);
        Failed missing = failed(lookup().lookup(ref("https://huggingface.co/acme-ai/Widget-8B-GGUF/blob/main/Widget-8B-Q2_K.gguf")), Kind.NOT_FOUND);
        assertThat(missing.message()).contains("Widget-8B-Q2_K.gguf").contains("Q4_K_M");
    }

    @Test
    void moeGgufGivesActiveParameters() {
        Found f = found(lookup().lookup(ref("acme-ai/Widget-30B-A3B-GGUF")));
        assertThat(f.model().paramsB()).isEqualTo(30.5, within(0.3));
        assertThat(f.model().activeParamsB()).isEqualTo(3.3, within(0.2));
        assertThat(f.model().isMoe()).isTrue();
    }

    @Test
    void splitGgufIsSizedFromTheFirstFilesArchitecture() {
        Found f = found(lookup().lookup(ref("acme-ai/Split-8B-GGUF")));
        assertThat(f.gguf()).isEmpty();
        assertThat(f.format()).contains(WeightFormat.Q4_K_M);
        assertThat(f.notes()).anyMatch(n -> n.contains("split into 2 files"));
        assertThat(FakeHub.paths(hub.requests("hub"))).noneMatch(p -> p.contains("00002-of"));
        Found second = found(lookup().lookup(ref("https://huggingface.co/acme-ai/Split-8B-GGUF/blob/main/Q4_K_M/Split-8B-Q4_K_M-00002-of-00002.gguf")));
        assertThat(second.model().arch()).isEqualTo(f.model().arch());
    }

    @Test
    void missingSizesComeFromTheTree() {
        Found f = found(lookup().lookup(ref("acme-ai/NoSizes-8B-GGUF")));
        assertThat(f.notes()).anyMatch(n -> n.startsWith("GGUF file ") && n.endsWith(" GB"));
        assertThat(FakeHub.paths(hub.requests("hub"))).contains("/api/models/acme-ai/NoSizes-8B-GGUF/tree/main");
    }

    @Test
    void aServerThatIgnoresRangesIsReadOnlyAsFarAsNeeded() {
        Found f = found(lookup().lookup(ref("acme-ai/RangeBlind-8B-GGUF")));
        assertThat(f.format()).contains(WeightFormat.Q8_0);
        assertThat(f.gguf()).isPresent();
    }

    @Test
    void modelScopeLinksUseTheModelScopeApi() {
        Found f = found(lookup().lookup(ref("https://www.modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct/files")));
        assertThat(f.model().arch().arch()).isEqualTo("qwen2");
        assertThat(f.url()).isEqualTo(modelscope.url() + "/models/Qwen/Qwen2.5-7B-Instruct");
        assertThat(f.model().paramsB()).isEqualTo(7.6, within(0.1));
        assertThat(modelscope.requests).extracting(r -> r.path() + "?" + r.query()).containsExactly(
                "/api/v1/models/Qwen/Qwen2.5-7B-Instruct/repo/files?Revision=master&Recursive=true",
                "/api/v1/models/Qwen/Qwen2.5-7B-Instruct/repo?Revision=master&FilePath=config.json");
        assertThat(hub.requests).isEmpty();

        Found g = found(lookup().lookup(ref("modelscope.cn/Qwen/Qwen3-8B-GGUF:Q8_0")));
        assertThat(g.format()).contains(WeightFormat.Q8_0);
        assertThat(modelscope.requests).anyMatch(r -> "FilePath=Qwen3-8B-Q8_0.gguf".equals(r.query().replaceAll(".*&", ""))
                && r.range() != null);

        failed(lookup().lookup(HubRef.modelScope("Qwen", "Qwen9-1T")), Kind.NOT_FOUND);
    }

    // ---- gated, tokens, endpoints ---------------------------------------------------------------------------------------

    @Test
    void gatedRepositoryWithoutATokenSaysHowToGetAccess() {
        Failed f = failed(lookup().lookup(ref("meta-llama/Llama-3.1-8B-Instruct")), Kind.GATED);
        assertThat(f.message()).contains("gated").contains("HF_TOKEN").contains(hub.url() + "/meta-llama/Llama-3.1-8B-Instruct");
        assertThat(f.messageZh()).contains("受限").contains("HF_TOKEN");
    }

    @Test
    void gatedRepositoryWithAWrongTokenIsForbidden() {
        Map<String, String> env = env();
        env.put("HF_TOKEN", "hf_wrongtoken");
        Failed f = failed(HubLookup.create(settings(cache), env::get).lookup(ref("meta-llama/Llama-3.1-8B-Instruct")), Kind.GATED);
        assertThat(f.message()).contains("no access").doesNotContain("hf_wrongtoken");
    }

    @Test
    void theTokenGoesOnlyToTheHubAndNeverIntoLogsOrMessages() {
        Map<String, String> env = env();
        env.put("HF_TOKEN", " hf_goodtoken123\n");
        try (LogCapture logs = LogCapture.open()) {
            HubLookup l = HubLookup.create(settings(cache), env::get);
            Found f = found(l.lookup(ref("meta-llama/Llama-3.1-8B-Instruct")));
            assertThat(f.model().paramsB()).isEqualTo(8.03, within(0.01));
            found(l.lookup(ref("acme-ai/Widget-8B-GGUF")));
            found(l.lookup(HubRef.modelScope("Qwen", "Qwen2.5-7B-Instruct")));
            failed(l.lookup(ref("nobody-here/Nothing-7B")), Kind.NOT_FOUND);
            assertThat(l.describe()).contains("HF_TOKEN set").doesNotContain("hf_goodtoken123");
            assertThat(logs.all()).contains("GET ").doesNotContain("hf_goodtoken123");
        }
        assertThat(hub.requests("hub")).isNotEmpty().allMatch(r -> "Bearer hf_goodtoken123".equals(r.authorization()));
        assertThat(hub.requests("cdn")).isNotEmpty().allMatch(r -> r.authorization() == null);
        assertThat(modelscope.requests).isNotEmpty().allMatch(r -> r.authorization() == null);
    }

    @Test
    void hfEndpointFromTheEnvironmentBeatsTheSettingsFile() {
        HubSettings s = new HubSettings(true, "http://127.0.0.1:9", null, 10_000, 20_000, cache.toString(), 64, 24, 10, 16, 16);
        found(HubLookup.create(s, env()::get).lookup(ref("acme-ai/Widget-7B-Instruct")));
        Map<String, String> env = env();
        env.remove("HF_ENDPOINT");
        HubLookup viaFile = HubLookup.create(new HubSettings(true, hub.url() + "/", null, 10_000, 20_000, cache.resolve("b").toString(),
                64, 24, 10, 16, 16), env::get);
        found(viaFile.lookup(ref("acme-ai/Widget-13B-chat-GPTQ")));
        assertThat(viaFile.describe()).contains(hub.url());
    }

    @Test
    void aPastedLinkNeverChoosesTheHostThatIsFetched() {
        // A link to a mirror (or anywhere) names the repository; the configured endpoint serves it.
        found(lookup().lookup(ref("https://hf-mirror.com/acme-ai/Widget-7B-Instruct")));
        assertThat(hub.requests).isNotEmpty();
    }

    // ---- failures ------------------------------------------------------------------------------------------------------

    @Test
    void missingRepository() {
        Failed f = failed(lookup().lookup(ref("nobody-here/Nothing-7B")), Kind.NOT_FOUND);
        assertThat(f.message()).contains("nobody-here/Nothing-7B").contains("Hugging Face");
    }

    @Test
    void rateLimitedWithRetryAfter() {
        Failed f = failed(lookup().lookup(ref("busy-org/Popular-7B")), Kind.RATE_LIMITED);
        assertThat(f.retryAfter()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(30));
        assertThat(f.message()).contains("30 s").contains("HF_TOKEN");
        assertThat(f.kind().isTransient()).isTrue();
    }

    @Test
    void serverErrorsCountAsOffline() {
        failed(lookup().lookup(ref("down-org/Broken-7B")), Kind.OFFLINE);
    }

    @Test
    void slowHubTimesOutWithinTheDeadline() {
        // The fake answers after 30 s; each request may take 0.8 s, the lookup 1.5 s.
        HubSettings s = new HubSettings(true, null, null, 800, 1500, cache.toString(), 64, 24, 10, 16, 16);
        long t0 = System.nanoTime();
        Failed f = failed(HubLookup.create(s, env()::get).lookup(ref("slow-org/Sloth-7B")), Kind.TIMEOUT);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isBetween(700L, 1500L + 1500L);
        assertThat(f.message()).contains("0.8 s");
    }

    @Test
    void theDeadlineBoundsTheWholeLookup() {
        // The API answers in 0.7 s, config.json never: the second request gets only what is left of the 2.5 s. Each
        // request may take 2 s, so a loaded machine's slow first answer still comes within its own limit.
        HubSettings s = new HubSettings(true, null, null, 2000, 2500, cache.toString(), 64, 24, 10, 16, 16);
        long t0 = System.nanoTime();
        Failed f = failed(HubLookup.create(s, env()::get).lookup(ref("slow-org/Half-Sloth-7B")), Kind.TIMEOUT);
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(2400L, 2500L + 1500L);
        assertThat(f.message()).contains("2.5 s");
    }

    @Test
    void unreachableHub() {
        Map<String, String> env = env();
        env.put("HF_ENDPOINT", "http://127.0.0.1:9");
        Failed f = failed(HubLookup.create(settings(cache), env::get).lookup(ref("acme-ai/Widget-7B-Instruct")), Kind.OFFLINE);
        assertThat(f.message()).contains("Cannot reach 127.0.0.1:9").contains("hf-mirror.com");
    }

    @Test
    void malformedConfigs() {
        Failed json = failed(lookup().lookup(ref("bad-org/NotJson-7B")), Kind.MALFORMED);
        assertThat(json.message()).contains("config.json of bad-org/NotJson-7B").contains("not valid JSON").contains("line 1");
        Failed keys = failed(lookup().lookup(ref("bad-org/Missing-Keys-7B")), Kind.MALFORMED);
        assertThat(keys.message()).contains("is missing");
        failed(lookup().lookup(ref("bad-org/Garbage-API-7B")), Kind.MALFORMED);
    }

    @Test
    void unsupportedArchitecturesAndRepositoriesWithoutAModel() {
        Failed mamba = failed(lookup().lookup(ref("bad-org/Mamba-2.8B")), Kind.UNSUPPORTED_ARCH);
        assertThat(mamba.message()).contains("mamba");
        Failed unet = failed(lookup().lookup(ref("bad-org/Diffusion-XL-1")), Kind.UNSUPPORTED_ARCH);
        assertThat(unet.message()).contains("no model_type");
        Failed lora = failed(lookup().lookup(ref("bad-org/Lora-Adapter-7B")), Kind.UNSUPPORTED_ARCH);
        assertThat(lora.message()).contains("neither a config.json nor a GGUF file");
    }

    @Test
    void truncatedAndHostileGgufFilesFailCleanly() {
        Failed cut = failed(lookup().lookup(ref("bad-org/Truncated-8B-GGUF")), Kind.MALFORMED);
        assertThat(cut.message()).contains("Truncated-8B-Q4_K_M.gguf").contains("truncated");
        Failed count = failed(lookup().lookup(ref("bad-org/Hostile-Count-GGUF")), Kind.MALFORMED);
        assertThat(count.message()).contains("not plausible");
        Failed string = failed(lookup().lookup(ref("bad-org/Hostile-String-GGUF")), Kind.MALFORMED);
        assertThat(string.message()).contains("claims");
        failed(lookup().lookup(ref("bad-org/Empty-GGUF")), Kind.MALFORMED);
        assertThat(hub.bytesSent("Hostile-Q4_K_M.gguf")).isLessThan(1024);
    }

    @Test
    void aHeaderBeyondTheBoundStopsThere() {
        HubSettings s = settings(cache, 24, 10, 1);
        Failed f = failed(HubLookup.create(s, env()::get).lookup(ref("bad-org/Huge-Header-GGUF")), Kind.MALFORMED);
        assertThat(f.message()).contains("1 MB").contains("max_header_mb");
        assertThat(hub.bytesSent("Huge-Q4_K_M.gguf")).isLessThanOrEqualTo(1L << 20);
        // With the default bound the whole vocabulary (about 3 MB) is read; the file then lacks the architecture's keys.
        Failed keys = failed(lookup().lookup(ref("bad-org/Huge-Header-GGUF")), Kind.MALFORMED);
        assertThat(keys.message()).doesNotContain("max_header_mb").contains("metadata key");
    }

    // ---- off ---------------------------------------------------------------------------------------------------------------

    @Test
    void offlineSwitchesAnswerDisabledWithoutTheNetwork() {
        for (String var : List.of("LLM_ADVISOR_OFFLINE", "HF_HUB_OFFLINE")) {
            Map<String, String> env = env();
            env.put(var, "1");
            HubLookup l = HubLookup.create(settings(cache), env::get);
            assertThat(l.enabled()).isFalse();
            Failed f = failed(l.lookup(ref("acme-ai/Widget-7B-Instruct")), Kind.DISABLED);
            assertThat(f.message()).contains(var);
        }
        HubLookup off = HubLookup.create(settings(cache).withEnabled(false), env()::get);
        assertThat(failed(off.lookup(ref("acme-ai/Widget-7B-Instruct")), Kind.DISABLED).message()).contains("enabled: false");
        failed(HubLookup.disabled("--offline", "--offline").lookup(ref("acme-ai/Widget-7B-Instruct")), Kind.DISABLED);
        assertThat(hub.requests).isEmpty();
    }

    // ---- cache ---------------------------------------------------------------------------------------------------------

    @Test
    void secondLookupComesFromMemoryThenFromDiskWithoutRequests() {
        HubLookup l = lookup();
        Found first = found(l.lookup(ref("acme-ai/Widget-8B-GGUF")));
        int n = hub.requestCount();
        Found again = found(l.lookup(ref("acme-ai/Widget-8B-GGUF")));
        assertThat(again.origin()).isEqualTo(Origin.MEMORY_CACHE);
        Found fromDisk = found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF")));
        assertThat(fromDisk.origin()).isEqualTo(Origin.DISK_CACHE);
        assertThat(hub.requestCount()).isEqualTo(n);
        assertThat(describe(fromDisk.gguf().get())).isEqualTo(describe(first.gguf().get()));
        Found config = found(lookup().lookup(ref("acme-ai/Widget-7B-Instruct")));
        n = hub.requestCount();
        assertThat(found(lookup().lookup(ref("acme-ai/Widget-7B-Instruct"))).model()).isEqualTo(config.model());
        assertThat(hub.requestCount()).isEqualTo(n);
    }

    @Test
    void notFoundIsCachedBriefly() {
        HubSettings noNegative = settings(cache, 24, 0, 16);
        failed(HubLookup.create(noNegative, env()::get).lookup(ref("nobody-here/Nothing-7B")), Kind.NOT_FOUND);
        failed(HubLookup.create(noNegative, env()::get).lookup(ref("nobody-here/Nothing-7B")), Kind.NOT_FOUND);
        assertThat(hub.requestCount()).isEqualTo(2);
        failed(lookup().lookup(ref("nobody-here/Nothing-7B")), Kind.NOT_FOUND);
        failed(lookup().lookup(ref("nobody-here/Nothing-7B")), Kind.NOT_FOUND);
        assertThat(hub.requestCount()).isEqualTo(3);
    }

    @Test
    void corruptCacheFilesAreIgnoredAndRefetched() throws IOException {
        found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF")));
        List<Path> entries;
        try (Stream<Path> s = Files.list(cache)) {
            entries = s.filter(p -> p.toString().endsWith(".entry")).toList();
        }
        assertThat(entries).hasSize(2);
        for (Path p : entries) {
            byte[] b = Files.readAllBytes(p);
            b[b.length / 2] ^= 0x5A;
            Files.write(p, b);
        }
        int n = hub.requestCount();
        Found f = found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF")));
        assertThat(f.origin()).isEqualTo(Origin.NETWORK);
        assertThat(hub.requestCount()).isGreaterThan(n);
        n = hub.requestCount();
        assertThat(found(lookup().lookup(ref("acme-ai/Widget-8B-GGUF"))).origin()).isEqualTo(Origin.DISK_CACHE);
        assertThat(hub.requestCount()).isEqualTo(n);
    }

    @Test
    void anExpiredCopyAnswersWhenTheHubCannotBeReached() {
        HubSettings expiring = settings(cache, 0, 10, 16);
        found(HubLookup.create(expiring, env()::get).lookup(ref("acme-ai/Widget-8B-GGUF")));
        Map<String, String> env = env();
        env.put("HF_ENDPOINT", "http://127.0.0.1:9");
        // The cache is keyed by endpoint: a dead endpoint has nothing cached, so it fails...
        failed(HubLookup.create(expiring, env::get).lookup(ref("acme-ai/Widget-8B-GGUF")), Kind.OFFLINE);
        // ...while the same endpoint, expired and unreachable for a moment, still answers from its copy.
        FakeHub.Repo r = hub.repos.get("acme-ai/Widget-8B-GGUF");
        r.answer(503, null);
        try {
            Found f = found(HubLookup.create(expiring, env()::get).lookup(ref("acme-ai/Widget-8B-GGUF")));
            assertThat(f.notes()).anyMatch(n -> n.contains("cached earlier"));
        } finally {
            r.answer(0, null);
        }
    }
}
