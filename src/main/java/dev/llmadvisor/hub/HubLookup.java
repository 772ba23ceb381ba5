package dev.llmadvisor.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.llmadvisor.hub.HubResult.Failed;
import dev.llmadvisor.hub.HubResult.Found;
import dev.llmadvisor.hub.HubResult.Kind;
import dev.llmadvisor.hub.HubResult.Origin;
import dev.llmadvisor.knowledge.GgufModel;
import dev.llmadvisor.knowledge.GgufReader;
import dev.llmadvisor.knowledge.HfConfigReader;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.Profile;
import dev.llmadvisor.sizing.TensorTable;
import dev.llmadvisor.sizing.WeightFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a {@link HubRef} to a model the sizing core can use, live from the Hugging Face Hub (or a mirror through
 * {@code HF_ENDPOINT}) or ModelScope: the repository's file list and metadata from the API, then its config.json, or
 * for a GGUF repository one GGUF file's header and tensor table read by HTTP ranges (never the weights).
 *
 * <p>Answers are cached twice: results in memory (Caffeine), and the fetched documents and GGUF header prefixes on
 * disk, size-bounded with least-recently-used eviction; "not found" is kept briefly. When the Hub cannot be reached,
 * an expired disk copy still answers. Every failure is a {@link Failed} with an English and a Chinese message; the
 * token is only ever sent, as a Bearer token, to the Hugging Face endpoint's own origin, and never logged.
 *
 * <p>Thread-safe; lookups of different models run in parallel.
 */
public final class HubLookup {

    private static final Logger log = LoggerFactory.getLogger(HubLookup.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String HF_DEFAULT = "https://huggingface.co";
    public static final String MODELSCOPE_DEFAULT = "https://www.modelscope.cn";
    /** API answers list every file of a repository; big ones run to a few hundred KB. */
    static final long MAX_API_BYTES = 8L << 20;
    static final long MAX_CONFIG_BYTES = 2L << 20;
    private static final Pattern SPLIT = Pattern.compile("(?i)-(\\d{5})-of-(\\d{5})\\.gguf$");
    private static final Pattern CONTENT_RANGE = Pattern.compile("(?i)bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)");
    private static final Pattern QUANT_IN_NAME = Pattern.compile(
            "(?i)(?:^|[-_.])((?:UD-)?(?:I?Q\\d(?:_[A-Z0-9]+)*|BF16|F16|FP16|F32|MXFP4(?:_MOE)?))$");
    /** Which GGUF file of a repository to read when none is named: Ollama's and llama.cpp's default first. */
    private static final List<String> DEFAULT_QUANTS = List.of("Q4_K_M", "Q4_K_S", "Q4_K", "Q5_K_M", "Q4_0", "IQ4_XS",
            "Q5_K_S", "Q6_K", "Q8_0", "Q3_K_M", "Q3_K_L", "Q2_K", "MXFP4", "BF16", "F16");

    private final HubSettings settings;
    private final String offReason;
    private final String offReasonZh;
    private final URI hfEndpoint;
    private final URI msEndpoint;
    private final String token;
    private final DiskCache disk;
    private final Cache<String, HubResult> memory;
    private volatile HubHttp http;

    private HubLookup(HubSettings settings, String offReason, String offReasonZh, URI hf, URI ms, String token, DiskCache disk) {
        this.settings = settings;
        this.offReason = offReason;
        this.offReasonZh = offReasonZh;
        this.hfEndpoint = hf;
        this.msEndpoint = ms;
        this.token = token;
        this.disk = disk;
        long positive = settings.cacheTtl().toNanos();
        long negative = settings.negativeTtl().toNanos();
        this.memory = Caffeine.newBuilder().maximumSize(512).expireAfter(new Expiry<String, HubResult>() {
            @Override
            public long expireAfterCreate(String k, HubResult v, long now) { return v instanceof Found ? positive : negative; }

            @Override
            public long expireAfterUpdate(String k, HubResult v, long now, long current) { return expireAfterCreate(k, v, now); }

            @Override
            public long expireAfterRead(String k, HubResult v, long now, long current) { return current; }
        }).build();
    }

    /**
     * The lookup as configured: {@code settings}, overridden by the environment ({@code env} is {@code System::getenv}
     * in production, a map in tests): {@code LLM_ADVISOR_OFFLINE} or {@code HF_HUB_OFFLINE} set to 1/true/yes/on
     * switch it off; {@code HF_ENDPOINT} and {@code MODELSCOPE_ENDPOINT} replace the endpoints; {@code HF_TOKEN}
     * (or the older {@code HUGGING_FACE_HUB_TOKEN}) is sent to the Hugging Face endpoint for gated repositories;
     * {@code XDG_CACHE_HOME} moves the default cache.
     */
    public static HubLookup create(HubSettings settings, Function<String, String> env) {
        String off = null;
        String offZh = null;
        if (!settings.enabled()) {
            off = "enabled: false in " + HubSettings.DEFAULT_PATH;
            offZh = HubSettings.DEFAULT_PATH + " 中 enabled: false";
        } else if (truthy(env.apply("LLM_ADVISOR_OFFLINE"))) {
            off = "LLM_ADVISOR_OFFLINE is set";
            offZh = "设置了 LLM_ADVISOR_OFFLINE";
        } else if (truthy(env.apply("HF_HUB_OFFLINE"))) {
            off = "HF_HUB_OFFLINE is set";
            offZh = "设置了 HF_HUB_OFFLINE";
        }
        URI hf = endpoint(first(HubSettings.endpoint(env.apply("HF_ENDPOINT")), settings.endpoint(), HF_DEFAULT), "HF_ENDPOINT");
        URI ms = endpoint(first(HubSettings.endpoint(env.apply("MODELSCOPE_ENDPOINT")), settings.modelscopeEndpoint(), MODELSCOPE_DEFAULT),
                "MODELSCOPE_ENDPOINT");
        String token = token(first(env.apply("HF_TOKEN"), env.apply("HUGGING_FACE_HUB_TOKEN"), null));
        Path dir = settings.cacheDir() != null ? expandHome(settings.cacheDir()) : defaultCacheDir(env);
        return new HubLookup(settings, off, offZh, hf, ms, token, new DiskCache(dir, settings.cacheMaxBytes()));
    }

    /** A lookup that is off: every call answers DISABLED with this reason, and nothing touches the network. */
    public static HubLookup disabled(String reason, String reasonZh) {
        HubSettings s = HubSettings.defaults().withEnabled(false);
        return new HubLookup(s, reason, reasonZh, URI.create(HF_DEFAULT), URI.create(MODELSCOPE_DEFAULT), null, new DiskCache(null, 0));
    }

    public boolean enabled() { return offReason == null; }

    /** Where lookups go, for status lines and logs (never the token itself). */
    public String describe() {
        if (!enabled()) return "Hub lookup off (" + offReason + ")";
        return "Hub lookup via " + hfEndpoint + (token != null ? " (HF_TOKEN set)" : "") + " and " + msEndpoint
                + (disk.enabled() ? ", cache " + disk.dir() : ", no disk cache");
    }

    /** Resolves one reference; never throws. */
    public HubResult lookup(HubRef ref) {
        if (!enabled()) return HubFailure.disabled(ref, offReason, offReasonZh);
        String key = (ref.hub() == HubRef.Hub.HUGGING_FACE ? hfEndpoint : msEndpoint) + "|" + ref.key();
        HubResult hit = memory.getIfPresent(key);
        if (hit != null) return hit instanceof Found f ? f.withOrigin(Origin.MEMORY_CACHE) : hit;
        Ctx ctx = new Ctx(ref, Deadline.in(settings.deadline()));
        HubResult r;
        try {
            r = resolve(ctx);
        } catch (HubFailure f) {
            r = f.toResult(ref);
        } catch (EntryMissing e) {
            r = HubFailure.notFound(ref).toResult(ref);
        } catch (InputError e) {
            r = HubFailure.malformed(ref.id(), e.getMessage()).toResult(ref);
        } catch (RuntimeException e) {
            log.debug("Hub lookup of {} failed unexpectedly", ref, e);
            r = HubFailure.malformed(ref.id(), "unexpected " + e.getClass().getSimpleName()).toResult(ref);
        }
        if (r instanceof Found || r instanceof Failed f && f.kind() == Kind.NOT_FOUND) memory.put(key, r);
        if (log.isDebugEnabled()) log.debug("Hub lookup {} -> {}", ref, r instanceof Failed f ? f.kind() : ((Found) r).origin());
        return r;
    }

    /** One lookup's state: its deadline, whether the network was used, what to tell the user. */
    private static final class Ctx {
        final HubRef ref;
        final Deadline deadline;
        boolean network;
        final List<String> notes = new ArrayList<>();

        Ctx(HubRef ref, Deadline deadline) {
            this.ref = ref;
            this.deadline = deadline;
        }
    }

    /** A file of the repository; size -1 when the hub did not say. */
    record RepoFile(String path, long size) {
        String name() { return path.substring(path.lastIndexOf('/') + 1); }
    }

    /** What the API says about a repository. {@code files} is null when it gave no list. */
    record RepoInfo(List<RepoFile> files, long safetensorsParams, boolean gated) {
        boolean has(String path) { return files == null || files.stream().anyMatch(f -> f.path().equals(path)); }

        boolean listed(String path) { return files != null && files.stream().anyMatch(f -> f.path().equals(path)); }
    }

    private HubResult resolve(Ctx ctx) {
        HubRef ref = ctx.ref;
        RepoInfo info = info(ctx);
        List<RepoFile> ggufs = ggufFiles(info);
        if (ref.namesGguf()) {
            RepoFile f = info.files == null ? new RepoFile(ref.file(), -1)
                    : info.files.stream().filter(x -> x.path().equals(ref.file()) || x.name().equals(ref.file())).findFirst()
                    .orElseThrow(() -> HubFailure.noFile(ref, ref.file(), labels(ggufs)));
            return gguf(ctx, info, f, firstShard(f, info));
        }
        if (ref.quant() != null && !ggufs.isEmpty()) {
            RepoFile f = byQuant(ggufs, ref.quant()).orElseThrow(() -> HubFailure.noQuant(ref, ref.quant(), labels(ggufs)));
            return gguf(ctx, info, f, f);
        }
        if (info.has("config.json")) {
            try {
                return config(ctx, info);
            } catch (EntryMissing e) {
                if (ggufs.isEmpty()) throw HubFailure.noModelFiles(ref);
            }
        }
        if (ggufs.isEmpty()) throw HubFailure.noModelFiles(ref);
        RepoFile f = defaultGguf(ggufs);
        ctx.notes.add("read " + f.path() + (ggufs.size() > 1 ? " (" + quantOf(f) + ", the default of " + ggufs.size()
                + " GGUF files; name another with " + ref.id() + ":Q8_0 or similar)" : ""));
        return gguf(ctx, info, f, f);
    }

    // ---- repository metadata --------------------------------------------------------------------------------------

    private RepoInfo info(Ctx ctx) {
        HubRef ref = ctx.ref;
        String rev = ref.revisionOrDefault();
        if (ref.hub() == HubRef.Hub.MODELSCOPE) {
            URI uri = URI.create(msEndpoint + "/api/v1/models/" + ref.id() + "/repo/files?Revision=" + enc(rev) + "&Recursive=true");
            JsonNode root = json(fetch(ctx, "api|" + msEndpoint + "|" + ref.id() + "|" + rev, uri, MAX_API_BYTES, true), "the ModelScope answer for " + ref.id());
            JsonNode code = root.get("Code");
            if ((code != null && code.isNumber() && code.asInt() != 200) || root.path("Success").isBoolean() && !root.path("Success").asBoolean()) {
                throw HubFailure.notFound(ref);
            }
            JsonNode files = root.path("Data").path("Files");
            if (!files.isArray()) throw HubFailure.malformed("the ModelScope answer for " + ref.id(), "it lists no files");
            List<RepoFile> out = new ArrayList<>();
            for (JsonNode f : files) {
                if (!"blob".equals(f.path("Type").asText("blob"))) continue;
                String path = f.path("Path").asText(f.path("Name").asText(""));
                if (!path.isEmpty()) out.add(new RepoFile(path, f.path("Size").asLong(-1)));
            }
            return new RepoInfo(out, -1, false);
        }
        String base = hfEndpoint + "/api/models/" + ref.id() + (ref.revision() == null ? "" : "/revision/" + enc(rev));
        JsonNode root = json(fetch(ctx, "api|" + hfEndpoint + "|" + ref.id() + "|" + rev, URI.create(base + "?blobs=true"), MAX_API_BYTES, true),
                "the Hub's answer for " + ref.id());
        List<RepoFile> files = null;
        JsonNode siblings = root.get("siblings");
        if (siblings != null && siblings.isArray()) {
            files = new ArrayList<>();
            boolean sized = true;
            for (JsonNode s : siblings) {
                String path = s.path("rfilename").asText("");
                if (path.isEmpty()) continue;
                long size = s.has("size") ? s.path("size").asLong(-1) : s.path("lfs").path("size").asLong(-1);
                sized &= size >= 0;
                files.add(new RepoFile(path, size));
            }
            if (!sized && files.stream().anyMatch(f -> f.path().toLowerCase(Locale.ROOT).endsWith(".gguf"))) {
                files = tree(ctx, files);
            }
        } else {
            files = tree(ctx, null);
        }
        JsonNode g = root.get("gated");
        boolean gated = g != null && !(g.isBoolean() && !g.asBoolean()) && !g.isNull();
        long params = root.path("safetensors").path("total").asLong(-1);
        return new RepoInfo(files, params, gated);
    }

    /** The file list with sizes from {@code api/models/{repo}/tree/{rev}}, for mirrors whose model answer lacks them. */
    private List<RepoFile> tree(Ctx ctx, List<RepoFile> fallback) {
        HubRef ref = ctx.ref;
        String rev = ref.revisionOrDefault();
        URI uri = URI.create(hfEndpoint + "/api/models/" + ref.id() + "/tree/" + enc(rev) + "?recursive=true");
        JsonNode root;
        try {
            root = json(fetch(ctx, "tree|" + hfEndpoint + "|" + ref.id() + "|" + rev, uri, MAX_API_BYTES, true), "the Hub's file tree of " + ref.id());
        } catch (HubFailure | EntryMissing e) {
            if (fallback != null) return fallback;
            throw e;
        }
        if (!root.isArray()) return fallback;
        List<RepoFile> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (!"file".equals(n.path("type").asText("file"))) continue;
            String path = n.path("path").asText("");
            if (!path.isEmpty()) out.add(new RepoFile(path, n.has("size") ? n.path("size").asLong(-1) : n.path("lfs").path("size").asLong(-1)));
        }
        return out;
    }

    // ---- config.json -------------------------------------------------------------------------------------------------

    private Found config(Ctx ctx, RepoInfo info) {
        HubRef ref = ctx.ref;
        String what = "config.json of " + ref.id();
        JsonNode root = json(fetch(ctx, fileKey(ref, "config.json"), fileUri(ref, "config.json"), MAX_CONFIG_BYTES, false), what);
        ModelArch arch;
        try {
            arch = HfConfigReader.read(root);
        } catch (InputError e) {
            String m = e.getMessage();
            if (m != null && m.contains("the config lacks")) {
                String type = root.path("model_type").asText("");
                throw HubFailure.unsupported(ref, type.isEmpty() ? "its config.json has no model_type and lacks the keys of a transformer decoder"
                        : "model_type " + type + " is not a decoder the advisor knows, and its config lacks the usual keys");
            }
            throw HubFailure.malformed(what, m);
        }
        Optional<WeightFormat> format = HfConfigReader.statedFormat(root, ctx.notes);
        if (format.isEmpty() && ref.quant() != null) format = WeightFormat.parse(ref.quant());
        Profile computed = Profile.of(arch, new TensorTable(TensorTable.layout(arch)));
        double params = computed.parameters() / 1e9;
        double active = computed.activeParameters() / 1e9;
        // A packed GPTQ/AWQ checkpoint counts int32 words, not weights: trust the Hub's count for float checkpoints only.
        boolean packed = root.has("quantization_config");
        if (info.safetensorsParams() > 0 && !packed) {
            double ratio = computed.parameters() > 0 ? (double) computed.activeParameters() / computed.parameters() : 1;
            params = info.safetensorsParams() / 1e9;
            active = params * ratio;
        }
        String url = page(ref, null);
        ModelEntry entry = entry(ref, arch, params, active, url, ctx.notes);
        return new Found(ref, entry, format, Optional.empty(), url, labels(ggufFiles(info)), ctx.network ? Origin.NETWORK : Origin.DISK_CACHE, ctx.notes);
    }

    // ---- GGUF --------------------------------------------------------------------------------------------------------

    private Found gguf(Ctx ctx, RepoInfo info, RepoFile chosen, RepoFile header) {
        HubRef ref = ctx.ref;
        int shards = shards(header);
        String key = fileKey(ref, "gguf:" + GgufDigest.SCHEMA + ":" + header.path());
        GgufModel g = null;
        DiskCache.Entry cached = disk.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.status() == 200 && cached.fresh(now)) {
            g = parseCached(cached, header);
        }
        if (g == null) {
            try {
                RangedFile remote = new RangedFile(ranges(ctx, header.path()), settings.firstRangeBytes(), settings.maxHeaderBytes(), header.name());
                g = GgufReader.read(remote, header.name());
                disk.put(new DiskCache.Entry(key, now, now + settings.cacheTtl().toMillis(), 200, remote.size(), GgufDigest.encode(g)));
            } catch (HubFailure f) {
                GgufModel stale = f.kind.isTransient() && cached != null && cached.status() == 200 ? parseCached(cached, header) : null;
                if (stale == null) throw f;
                ctx.notes.add("the Hub could not be reached; used the copy cached earlier");
                g = stale;
            } catch (InputError e) {
                throw HubFailure.malformed(header.name() + " in " + ref.id(), e.getMessage());
            }
        }
        String url = page(ref, chosen.path());
        ModelArch arch = g.arch();
        double params;
        double active;
        Optional<GgufModel> table;
        if (shards > 1) {
            // The first of several files holds the metadata but only its own tensors: size from the architecture.
            Profile p = Profile.of(arch, new TensorTable(TensorTable.layout(arch)));
            params = p.parameters() / 1e9;
            active = p.activeParameters() / 1e9;
            table = Optional.empty();
            ctx.notes.add(chosen.name() + " is split into " + shards + " files; sized from the architecture in its header");
        } else {
            Profile p = Profile.of(arch, g.tensors());
            params = p.parameters() / 1e9;
            active = p.activeParameters() / 1e9;
            table = Optional.of(g);
        }
        ctx.notes.addAll(g.notes());
        long total = totalSize(info, chosen);
        if (total > 0) ctx.notes.add(String.format(Locale.ROOT, "GGUF file%s %.2f GB", shards > 1 ? "s" : "", total / 1e9));
        ModelEntry entry = entry(ref, arch, params, active, url, ctx.notes);
        return new Found(ref, entry, g.format(), table, url, labels(ggufFiles(info)), ctx.network ? Origin.NETWORK : Origin.DISK_CACHE, ctx.notes);
    }

    private static GgufModel parseCached(DiskCache.Entry e, RepoFile header) {
        GgufModel g = GgufDigest.decode(e.data());
        if (g == null) log.debug("Hub cache: the GGUF header of {} is unusable; fetching again", header.name());
        return g;
    }

    /** Ranged GETs of one file; after the first, they go straight to where the Hub redirected (its CDN). */
    private RangedFile.Fetcher ranges(Ctx ctx, String path) {
        URI origin = fileUri(ctx.ref, path);
        URI[] at = {origin};
        String site = site(ctx.ref);
        return (from, to) -> {
            HubHttp.Response r = http().get(at[0], "bytes=" + from + "-" + to, to + 1, true, ctx.deadline, site);
            ctx.network = true;
            if (!r.ok() && r.status() != 416 && !at[0].equals(origin)) {
                // a signed CDN address that expired: ask the Hub again
                at[0] = origin;
                r = http().get(origin, "bytes=" + from + "-" + to, to + 1, true, ctx.deadline, site);
            }
            if (r.status() == 416) {
                long total = totalOf(r.header("Content-Range"));
                return new RangedFile.Chunk(new byte[0], total);
            }
            if (!r.ok()) throw failure(ctx.ref, r, false);
            at[0] = r.uri();
            if (r.status() == 206) {
                Matcher m = CONTENT_RANGE.matcher(String.valueOf(r.header("Content-Range")));
                if (!m.find() || m.group(1) == null) throw HubFailure.malformed(site, "a ranged answer without a valid Content-Range");
                if (Long.parseLong(m.group(1)) != from) throw HubFailure.malformed(site, "a ranged answer for the wrong bytes");
                long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
                return new RangedFile.Chunk(r.body(), total);
            }
            // 200: the server ignored the range and sent the file from its start (cut at to + 1 bytes).
            long total = r.cut() ? HubHttp.contentLength(r.headers()).orElse(-1L) : r.body().length;
            byte[] b = r.body();
            byte[] part = from >= b.length ? new byte[0] : java.util.Arrays.copyOfRange(b, (int) from, b.length);
            return new RangedFile.Chunk(part, total);
        };
    }

    private static long totalOf(String contentRange) {
        Matcher m = CONTENT_RANGE.matcher(String.valueOf(contentRange));
        return m.find() && !m.group(3).equals("*") ? Long.parseLong(m.group(3)) : -1;
    }

    /** The GGUF model files of a repository: no vision projectors or importance matrices, one entry per split model. */
    static List<RepoFile> ggufFiles(RepoInfo info) {
        if (info.files() == null) return List.of();
        List<RepoFile> out = new ArrayList<>();
        for (RepoFile f : info.files()) {
            String n = f.name().toLowerCase(Locale.ROOT);
            if (!n.endsWith(".gguf") || n.contains("mmproj") || n.contains("imatrix")) continue;
            Matcher m = SPLIT.matcher(f.name());
            if (m.find() && Integer.parseInt(m.group(1)) != 1) continue;
            out.add(f);
        }
        out.sort(Comparator.comparing(RepoFile::path));
        return out;
    }

    private static RepoFile firstShard(RepoFile f, RepoInfo info) {
        Matcher m = SPLIT.matcher(f.path());
        if (!m.find() || Integer.parseInt(m.group(1)) == 1) return f;
        String first = f.path().substring(0, m.start()) + "-00001-of-" + m.group(2) + ".gguf";
        return info.files() == null ? new RepoFile(first, -1)
                : info.files().stream().filter(x -> x.path().equals(first)).findFirst().orElse(f);
    }

    private static int shards(RepoFile f) {
        Matcher m = SPLIT.matcher(f.name());
        return m.find() ? Integer.parseInt(m.group(2)) : 1;
    }

    private static long totalSize(RepoInfo info, RepoFile chosen) {
        Matcher m = SPLIT.matcher(chosen.path());
        if (!m.find() || info.files() == null) return chosen.size();
        String stem = chosen.path().substring(0, m.start());
        long sum = 0;
        for (RepoFile f : info.files()) {
            Matcher o = SPLIT.matcher(f.path());
            if (o.find() && f.path().substring(0, o.start()).equals(stem)) {
                if (f.size() < 0) return -1;
                sum += f.size();
            }
        }
        return sum;
    }

    static String quantOf(RepoFile f) {
        String stem = f.name().replaceFirst("(?i)(-\\d{5}-of-\\d{5})?\\.gguf$", "");
        Matcher m = QUANT_IN_NAME.matcher(stem);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : stem;
    }

    private static List<String> labels(List<RepoFile> ggufs) {
        List<String> out = new ArrayList<>();
        for (RepoFile f : ggufs) {
            String q = quantOf(f);
            if (!out.contains(q)) out.add(q);
        }
        return out.size() > 40 ? out.subList(0, 40) : out;
    }

    /** The file for a tag: its name carries the tag between separators; the shortest such name wins (Q4_K_M over UD-Q4_K_M). */
    static Optional<RepoFile> byQuant(List<RepoFile> ggufs, String quant) {
        Pattern p = Pattern.compile("(?i)(?:^|[-_./])" + Pattern.quote(quant) + "(?:$|[-_.])");
        return ggufs.stream()
                .filter(f -> p.matcher(f.path().replaceFirst("(?i)(-\\d{5}-of-\\d{5})?\\.gguf$", "")).find())
                .min(Comparator.comparingInt((RepoFile f) -> quantOf(f).equalsIgnoreCase(quant) ? 0 : 1)
                        .thenComparingInt(f -> f.path().length()).thenComparing(RepoFile::path));
    }

    static RepoFile defaultGguf(List<RepoFile> ggufs) {
        for (String q : DEFAULT_QUANTS) {
            Optional<RepoFile> f = ggufs.stream().filter(x -> quantOf(x).equalsIgnoreCase(q)).min(Comparator.comparingInt(x -> x.path().length()));
            if (f.isPresent()) return f.get();
        }
        return ggufs.get(0);
    }

    // ---- HTTP with the disk cache ---------------------------------------------------------------------------------

    /** config.json (or another small file) is missing from the repository. */
    private static final class EntryMissing extends RuntimeException {
        EntryMissing() { super(null, null, false, false); }
    }

    /**
     * A small document through the disk cache: a fresh copy answers without the network; else it is fetched and kept
     * (404 briefly, as a negative answer); when the fetch fails for a passing reason, an expired copy still answers.
     */
    private byte[] fetch(Ctx ctx, String key, URI uri, long max, boolean api) {
        long now = System.currentTimeMillis();
        DiskCache.Entry e = disk.get(key);
        if (e != null && e.fresh(now)) {
            if (e.status() == 200) return e.data();
            throw negative(ctx.ref, new String(e.data(), StandardCharsets.UTF_8));
        }
        HubHttp.Response r;
        try {
            r = http().get(uri, null, max, false, ctx.deadline, site(ctx.ref));
            ctx.network = true;
        } catch (HubFailure f) {
            if (f.kind.isTransient() && e != null && e.status() == 200) {
                ctx.notes.add("the Hub could not be reached; used the copy cached earlier");
                return e.data();
            }
            throw f;
        }
        if (r.ok()) {
            disk.put(new DiskCache.Entry(key, now, now + settings.cacheTtl().toMillis(), 200, r.body().length, r.body()));
            return r.body();
        }
        String negative = negativeKind(r);
        if (negative != null) {
            disk.put(new DiskCache.Entry(key, now, now + settings.negativeTtl().toMillis(), 404, 0, negative.getBytes(StandardCharsets.UTF_8)));
            throw negative(ctx.ref, negative);
        }
        if (e != null && e.status() == 200 && (r.status() == 429 || r.status() >= 500)) {
            ctx.notes.add("the Hub could not answer (HTTP " + r.status() + "); used the copy cached earlier");
            return e.data();
        }
        throw failure(ctx.ref, r, api);
    }

    /** "repo", "revision" or "entry" for answers that say something does not exist, else null. */
    private static String negativeKind(HubHttp.Response r) {
        String code = r.header("X-Error-Code");
        if ("EntryNotFound".equals(code)) return "entry";
        if ("RevisionNotFound".equals(code)) return "revision";
        if ("RepoNotFound".equals(code)) return "repo";
        if (r.status() == 404 && code == null) return "repo";
        return null;
    }

    private static RuntimeException negative(HubRef ref, String kind) {
        return switch (kind) {
            case "entry" -> new EntryMissing();
            case "revision" -> HubFailure.revisionNotFound(ref);
            default -> HubFailure.notFound(ref);
        };
    }

    /** The failure an unsuccessful answer means. {@code api}: the answer of an API call rather than a file. */
    private HubFailure failure(HubRef ref, HubHttp.Response r, boolean api) {
        String code = r.header("X-Error-Code");
        int s = r.status();
        String site = site(ref);
        if ("GatedRepo".equals(code)) return HubFailure.gated(ref, page(ref, null), http().hasToken());
        String negative = negativeKind(r);
        if (negative != null) {
            RuntimeException n = negative(ref, negative);
            return n instanceof HubFailure f ? f : HubFailure.notFound(ref);
        }
        if (s == 401) {
            // Hugging Face answers 401 for missing, private and gated repositories alike when no token is sent.
            return api || ref.hub() == HubRef.Hub.MODELSCOPE ? HubFailure.notFound(ref) : HubFailure.gated(ref, page(ref, null), http().hasToken());
        }
        if (s == 403) return HubFailure.denied(ref, s);
        if (s == 429) return HubFailure.rateLimited(site, retryAfter(r.header("Retry-After")), http().hasToken());
        if (s >= 500) return HubFailure.serverError(site, s);
        return HubFailure.malformed(site + " " + r.uri().getPath(), "unexpected answer HTTP " + s);
    }

    static Duration retryAfter(String v) {
        if (v == null || v.isBlank()) return null;
        String t = v.trim();
        try {
            long s = Long.parseLong(t);
            return s >= 0 ? Duration.ofSeconds(s) : null;
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException x) {
                return null;
            }
        }
    }

    private static JsonNode json(byte[] body, String what) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || n.isMissingNode() || !(n.isObject() || n.isArray())) throw HubFailure.malformed(what, "not a JSON document");
            return n;
        } catch (JsonProcessingException e) {
            throw HubFailure.malformed(what, "not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (java.io.IOException e) {
            throw HubFailure.malformed(what, "unreadable: " + e.getMessage());
        }
    }

    private HubHttp http() {
        HubHttp h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) http = new HubHttp(settings.timeout(), hfEndpoint, token);
                h = http;
            }
        }
        return h;
    }

    // ---- addresses ---------------------------------------------------------------------------------------------------

    private URI fileUri(HubRef ref, String path) {
        String rev = ref.revisionOrDefault();
        if (ref.hub() == HubRef.Hub.MODELSCOPE) {
            return URI.create(msEndpoint + "/api/v1/models/" + ref.id() + "/repo?Revision=" + enc(rev) + "&FilePath=" + enc(path));
        }
        return URI.create(hfEndpoint + "/" + ref.id() + "/resolve/" + enc(rev) + "/" + encPath(path));
    }

    private String fileKey(HubRef ref, String what) {
        URI ep = ref.hub() == HubRef.Hub.MODELSCOPE ? msEndpoint : hfEndpoint;
        return "file|" + ep + "|" + ref.id() + "|" + ref.revisionOrDefault() + "|" + what;
    }

    /** The page a person opens: the repository, or one file of it. */
    String page(HubRef ref, String file) {
        String rev = ref.revisionOrDefault();
        if (ref.hub() == HubRef.Hub.MODELSCOPE) {
            return msEndpoint + "/models/" + ref.id() + (file == null ? "" : "/file/view/" + enc(rev) + "/" + encPath(file));
        }
        if (file != null) return hfEndpoint + "/" + ref.id() + "/blob/" + enc(rev) + "/" + encPath(file);
        return hfEndpoint + "/" + ref.id() + (ref.revision() == null ? "" : "/tree/" + enc(rev));
    }

    private String site(HubRef ref) {
        URI u = ref.hub() == HubRef.Hub.MODELSCOPE ? msEndpoint : hfEndpoint;
        return u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encPath(String path) {
        StringBuilder b = new StringBuilder();
        for (String seg : path.split("/", -1)) {
            if (b.length() > 0) b.append('/');
            b.append(enc(seg));
        }
        return b.toString();
    }

    // ---- the entry -----------------------------------------------------------------------------------------------------

    private static ModelEntry entry(HubRef ref, ModelArch arch, double params, double active, String url, List<String> notes) {
        double p = round3(params);
        double a = Math.min(p, round3(active));
        int context = Math.min(arch.maxContext(), 8192);
        String note = "From " + ref.hub().label() + (notes.isEmpty() ? "" : ": " + String.join("; ", notes));
        return new ModelEntry(ref.id(), ref.repo(), arch.arch(), p, a, context, arch.maxContext(), Set.of(), List.of(),
                List.of(), null, ref.hub() == HubRef.Hub.HUGGING_FACE ? ref.id() : null, note, List.of(url), arch, false, null, true, null, List.of());
    }

    private static double round3(double v) { return Math.round(v * 1000) / 1000.0; }

    // ---- settings helpers ----------------------------------------------------------------------------------------------

    static boolean truthy(String v) {
        if (v == null) return false;
        String s = v.trim().toLowerCase(Locale.ROOT);
        return s.equals("1") || s.equals("true") || s.equals("yes") || s.equals("on");
    }

    private static String first(String a, String b, String c) {
        if (a != null && !a.isBlank()) return a.trim();
        if (b != null && !b.isBlank()) return b.trim();
        return c;
    }

    private static URI endpoint(String s, String name) {
        String e = HubSettings.endpoint(s);
        if (e == null || !e.matches("https?://[^\\s/?#]+(?:/[^\\s?#]*)?")) {
            throw new InputError(name + " (or the endpoint in " + HubSettings.DEFAULT_PATH + ") must be an http(s) URL, e.g. https://hf-mirror.com");
        }
        return URI.create(e);
    }

    /** A token fit for a header, else none (with a warning that never shows it). */
    private static String token(String t) {
        if (t == null || t.isBlank()) return null;
        String s = t.trim();
        if (!s.matches("[\\x21-\\x7e]{1,1024}")) {
            log.warn("HF_TOKEN is set but is not a valid token (it has spaces or other characters); it is ignored");
            return null;
        }
        return s;
    }

    private static Path defaultCacheDir(Function<String, String> env) {
        String xdg = env.apply("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg.trim()) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("llm-advisor").resolve("hub");
    }

    private static Path expandHome(String dir) {
        if (dir.equals("~")) return Path.of(System.getProperty("user.home"));
        if (dir.startsWith("~/")) return Path.of(System.getProperty("user.home"), dir.substring(2));
        return Path.of(dir);
    }
}
