package dev.llmadvisor.hub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Hub references in free text or a single token.
 *
 * <p>Links are recognised by their host: {@code huggingface.co}, {@code hf.co} and {@code hf-mirror.com}
 * ({@code /org/repo}, {@code /org/repo/blob|resolve|tree/REV/PATH}, {@code hf.co/org/repo:Q4_K_M}), and
 * {@code modelscope.cn} / {@code modelscope.ai} ({@code /models/org/repo[/files|/file/view/REV/PATH]}, and Ollama's
 * {@code modelscope.cn/org/repo:TAG}). A link only says which repository is meant: it is fetched from the configured
 * endpoint of its hub, never from the link's host.
 *
 * <p>Bare {@code org/repo} ids in prose are a heuristic, since people write "CPU/GPU", "7b/13b", "Q4/Q8", "tok/s" or
 * "ollama/ollama" too. A bare id counts only when:
 * <ol>
 *   <li>both parts are valid Hub names (letters, digits, {@code - _ .}, starting with a letter or digit, no
 *       {@code --} or {@code ..}, at most 96 characters) and stand alone (not inside a longer path or URL);</li>
 *   <li>the organisation has a letter and at least two characters, is not a common word or platform written before a
 *       slash (cpu, gpu, ram, tok, and, ollama, github, x86_64, ...) nor a path huggingface.co keeps for itself (models,
 *       datasets, spaces, ...: a local folder such as {@code models/my-tune-7b}), and does not look like a model name itself
 *       (a version as in {@code Llama-3} or {@code Qwen2.5}, or a size as in {@code Qwen2.5-7B});</li>
 *   <li>the repository looks like a model name: it contains a digit or one of {@code - _ .}, and is not a file name
 *       ({@code llama.cpp}, {@code x.gguf}, {@code README.md});</li>
 *   <li>neither part is a size, memory, quantization or GPU token ({@code 7b}, {@code 24GB}, {@code Q4_K_M},
 *       {@code fp16}, {@code 4090}, {@code RTX4090}, {@code A100}, {@code M3}).</li>
 * </ol>
 * So {@code Qwen/Qwen2.5-7B-Instruct}, {@code 01-ai/Yi-1.5-9B} and {@code unsloth/Qwen3-30B-A3B-GGUF:Q4_K_M} are ids,
 * while plain-word repositories such as {@code bigscience/bloom} are only recognised as links.
 */
public final class HubRefs {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final String TAG = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private static final Pattern HF_URL = Pattern.compile(
            "(?i:https?://)?(?i:www\\.)?(?<host>(?i:huggingface\\.co|hf\\.co|hf-mirror\\.com))/(?<org>" + NAME + ")/(?<repo>"
                    + NAME + ")(?::(?<tag>" + TAG + "))?"
                    + "(?:/(?<kind>blob|resolve|tree|raw)/(?<rev>[A-Za-z0-9._%-]+)(?:/(?<path>[^\\s?#<>\"']+))?)?"
                    + "(?<rest>[/?#][^\\s<>\"']*)?");
    private static final Pattern MS_URL = Pattern.compile(
            "(?i:https?://)?(?i:www\\.)?(?i:modelscope\\.(?:cn|ai))/models/(?<org>" + NAME + ")/(?<repo>" + NAME + ")"
                    + "(?:/(?:file/view|resolve)/(?<rev>[A-Za-z0-9._%-]+)/(?<path>[^\\s?#<>\"']+))?"
                    + "(?<rest>[/?#][^\\s<>\"']*)?");
    /** Ollama's form: ollama run modelscope.cn/Qwen/Qwen3-8B-GGUF:Q4_K_M. */
    private static final Pattern MS_OLLAMA = Pattern.compile(
            "(?i:https?://)?(?i:www\\.)?(?i:modelscope\\.(?:cn|ai))/(?<org>" + NAME + ")/(?<repo>" + NAME + ")(?::(?<tag>" + TAG + "))?"
                    + "(?![A-Za-z0-9._/-])");
    /**
     * huggingface_hub's cache folder of a repository ("~/.cache/huggingface/hub/models--Qwen--Qwen2.5-7B-Instruct/snapshots/…"):
     * file_download.repo_folder_name joins "models", the organisation and the name with "--", which a Hub name never holds.
     */
    private static final String CACHE_PART = "[A-Za-z0-9](?:[A-Za-z0-9._]|-(?!-))*";
    private static final Pattern HF_CACHE = Pattern.compile(
            "(?<![A-Za-z0-9._-])models--(?<org>" + CACHE_PART + ")--(?<repo>" + CACHE_PART + ")(?![A-Za-z0-9._-])");
    private static final Pattern BARE = Pattern.compile(
            "(?<![A-Za-z0-9._/:@#%+=~-])(?<org>" + NAME + ")/(?<repo>" + NAME + ")(?::(?<tag>" + TAG + "))?(?![A-Za-z0-9_/])");
    private static final Pattern GGUF_FILE = Pattern.compile("(?<![A-Za-z0-9._/-])([A-Za-z0-9][A-Za-z0-9._-]*\\.gguf)(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

    /** First path segments of huggingface.co that are not organisations. */
    private static final Set<String> HF_RESERVED = Set.of("datasets", "spaces", "docs", "blog", "models", "papers", "api",
            "collections", "organizations", "settings", "join", "login", "pricing", "learn", "tasks", "posts", "chat",
            "enterprise", "new", "search", "notifications", "inference-endpoints", "storage", "changelog");
    private static final Set<String> MS_RESERVED = Set.of("models", "datasets", "studios", "docs", "organization",
            "my", "headlines", "learn", "brand", "api", "mcp", "aigc", "home", "search", "collections");
    /** Words written before a slash that are never Hub organisations. */
    private static final Set<String> NOT_ORGS = Set.of("cpu", "gpu", "gpus", "cpus", "ram", "vram", "tok", "tokens", "token",
            "and", "or", "w", "with", "per", "input", "read", "write", "ms", "km", "kb", "mb", "gb", "tb", "gib", "mib",
            "http", "https", "www", "ollama", "github", "gitlab", "docker", "vllm", "lmstudio", "llama.cpp", "localhost",
            "x86", "x86_64", "amd64", "arm64", "aarch64", "linux", "windows", "macos", "mac", "win", "usr", "home", "etc",
            "opt", "var", "tmp", "mnt", "nvidia-smi", "cuda", "rocm", "metal", "vulkan", "pcie", "ddr4", "ddr5", "fp16",
            "bf16", "int4", "int8", "q4", "q8");
    private static final Pattern SIZE_OR_UNIT = Pattern.compile(
            "(?i)\\d+(?:\\.\\d+)?(?:[kmbt]|gb|g|mb|tb|gib|mib|x|k)?(?:[-_]?(?:it|instruct|chat|base))?");
    private static final Pattern QUANT = Pattern.compile(
            "(?i)(?:ud-)?i?q\\d(?:_[a-z0-9]+)*|f16|fp16|bf16|f32|fp32|fp8|fp4|mxfp4|nf4|int\\d+|awq|gptq|gguf|exl2|w\\d+a\\d+");
    private static final Pattern GPU = Pattern.compile(
            "(?i)(?:rtx|gtx|rx|arc|quadro|tesla|radeon)?[ _-]?[a-z]?\\d{1,5}(?:[ _-]?(?:ti|super|xt|xtx|s|d|m|max|pro|ultra|gb|g))*");
    /** An organisation spelled like a model: a version (Llama-3, Qwen2.5, gpt-4o) or a parameter size (Qwen2.5-7B). */
    private static final Pattern MODEL_LIKE_ORG = Pattern.compile(
            "(?i)[a-z]+[-_.]?v?\\d+(?:\\.\\d+)*[a-z]?|.*(?:^|[-_.])\\d+(?:\\.\\d+)?[bm](?:$|[-_.].*)");
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "(?i).*\\.(?:cpp|cc|c|h|hpp|py|ipynb|js|ts|md|txt|sh|bat|exe|json|yaml|yml|toml|cfg|conf|ini|env|xml|properties|ps1|cmd|html?|go|rs|java|kt|gguf|bin|safetensors|pt|pth|ckpt|model|onnx|zip|gz|tar|png|jpe?g|pdf|log|csv)");

    private HubRefs() { }

    /** A reference with where it was found in the text. */
    public record Found(HubRef ref, int start, int end) { }

    /**
     * The reference a single token is, if it is one: a link or a bare id (with surrounding quotes or angle brackets
     * removed), e.g. the value of {@code estimate --model}.
     */
    public static Optional<HubRef> parse(String token) {
        if (token == null) return Optional.empty();
        String t = token.strip();
        while (t.length() >= 2 && "<\"'`".indexOf(t.charAt(0)) >= 0 && ">\"'`".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) return Optional.empty();
        List<Found> all = locate(t);
        if (all.size() != 1) return Optional.empty();
        Found f = all.get(0);
        return f.start() == 0 && f.end() == t.length() ? Optional.of(f.ref()) : Optional.empty();
    }

    /** Every reference in the text, in order, each once. A lone {@code *.gguf} file name is attached to a lone repository. */
    public static List<HubRef> find(String text) {
        List<HubRef> out = new ArrayList<>();
        for (Found f : locate(text)) if (!out.contains(f.ref())) out.add(f.ref());
        if (out.size() == 1 && out.get(0).file() == null) {
            Matcher g = GGUF_FILE.matcher(text);
            List<String> files = new ArrayList<>();
            while (g.find()) if (!files.contains(g.group(1))) files.add(g.group(1));
            if (files.size() == 1) out.set(0, out.get(0).withFile(files.get(0)));
        }
        return out;
    }

    /** The references with their spans: links first, then bare ids outside the links. */
    public static List<Found> locate(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) return found;
        boolean[] taken = new boolean[text.length()];
        Matcher m = HF_URL.matcher(text);
        while (m.find()) {
            String org = m.group("org");
            if (HF_RESERVED.contains(org.toLowerCase(Locale.ROOT))) continue;
            String repo = trimEnd(m.group("repo"));
            if (!validName(org) || !validName(repo)) continue;
            String rev = decode(m.group("rev"));
            String path = decode(m.group("path"));
            String file = path != null && path.toLowerCase(Locale.ROOT).endsWith(".gguf") ? path : null;
            String kind = m.group("kind");
            if (kind != null && kind.equalsIgnoreCase("tree")) file = null;
            add(found, taken, new HubRef(HubRef.Hub.HUGGING_FACE, org, repo, defaultToNull(rev, "main"), file, tag(m.group("tag"))),
                    m.start(), m.end());
        }
        m = MS_URL.matcher(text);
        while (m.find()) {
            String org = m.group("org");
            String repo = trimEnd(m.group("repo"));
            if (!validName(org) || !validName(repo)) continue;
            String path = decode(m.group("path"));
            String file = path != null && path.toLowerCase(Locale.ROOT).endsWith(".gguf") ? path : null;
            add(found, taken, new HubRef(HubRef.Hub.MODELSCOPE, org, repo, defaultToNull(decode(m.group("rev")), "master"), file, null),
                    m.start(), m.end());
        }
        m = MS_OLLAMA.matcher(text);
        while (m.find()) {
            String org = m.group("org");
            if (MS_RESERVED.contains(org.toLowerCase(Locale.ROOT))) continue;
            String repo = trimEnd(m.group("repo"));
            if (!validName(org) || !validName(repo)) continue;
            add(found, taken, new HubRef(HubRef.Hub.MODELSCOPE, org, repo, null, null, tag(m.group("tag"))), m.start(), m.end());
        }
        m = HF_CACHE.matcher(text);
        while (m.find()) {
            String org = m.group("org");
            String repo = m.group("repo");
            if (!validName(org) || !validName(repo)) continue;
            add(found, taken, new HubRef(HubRef.Hub.HUGGING_FACE, org, repo, null, null, null), m.start(), m.end());
        }
        m = BARE.matcher(text);
        while (m.find()) {
            String org = m.group("org");
            String rawRepo = m.group("repo");
            String repo = trimEnd(rawRepo);
            String tag = m.group("tag");
            // "Qwen/Qwen3-8B." ends a sentence: the dot is not part of the name (nor is a tag then).
            int end = tag != null && repo.equals(rawRepo) ? m.end() : m.start("repo") + repo.length();
            if (!repo.equals(rawRepo)) tag = null;
            if (!looksLikeRepoId(org, repo)) continue;
            add(found, taken, new HubRef(HubRef.Hub.HUGGING_FACE, org, repo, null, null, tag(tag)), m.start(), end);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * A first path segment huggingface.co keeps for itself ("models", "datasets", "spaces"): no organisation can have that
     * name, so a bare "models/my-tune-7b" is a folder on disk, not a repository.
     */
    public static boolean hubPath(String owner) {
        return HF_RESERVED.contains(owner.toLowerCase(Locale.ROOT));
    }

    /**
     * A host's name ("cr.metax-tech.com", "registry.example.cn"): what follows its slash is a path on that host (a container
     * registry's image, a web page), not a Hub repository. Hub owner names carry no top-level domain.
     */
    public static boolean hostName(String owner) {
        return HOST.matcher(owner.toLowerCase(Locale.ROOT)).matches();
    }

    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9-]+\\.)+(?:com|cn|io|net|org|ai|dev|tech|cloud|co|app)");

    /**
     * A toolkit's versioned name ("cuda_12.2.r12.2/compiler.32965470_0", nvcc -V's build line; "rocm-6.1.2/lib"): a path of
     * an installed toolkit, not a Hub repository. Hub owners carry no dotted version.
     */
    public static boolean toolkitVersion(String owner) {
        return TOOLKIT_VERSION.matcher(owner.toLowerCase(Locale.ROOT)).matches();
    }

    private static final Pattern TOOLKIT_VERSION = Pattern.compile("[a-z]+[_-]\\d{1,3}(?:\\.\\d{1,3})+(?:\\.r\\d{1,3}(?:\\.\\d{1,3})*)?");

    /** The bare-id heuristic of the class comment. */
    static boolean looksLikeRepoId(String org, String repo) {
        if (!validName(org) || !validName(repo)) return false;
        String o = org.toLowerCase(Locale.ROOT);
        String r = repo.toLowerCase(Locale.ROOT);
        if (org.length() < 2 || repo.length() < 2) return false;
        if (o.chars().noneMatch(Character::isLetter)) return false;
        if (NOT_ORGS.contains(o) || hubPath(o) || hostName(o) || toolkitVersion(o)) return false;
        if (MODEL_LIKE_ORG.matcher(org).matches()) return false;
        if (r.chars().noneMatch(Character::isDigit) && r.chars().noneMatch(c -> c == '-' || c == '_' || c == '.')) return false;
        if (FILE_EXTENSION.matcher(repo).matches()) return false;
        for (String part : new String[] {org, repo}) {
            if (SIZE_OR_UNIT.matcher(part).matches() || QUANT.matcher(part).matches() || GPU.matcher(part).matches()) return false;
        }
        return true;
    }

    /** Hub naming rules: letters, digits, - _ . ; starts and ends with a letter or digit; no -- or ..; at most 96. */
    static boolean validName(String s) {
        if (s == null || s.isEmpty() || s.length() > 96) return false;
        if (!s.matches("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?")) return false;
        return !s.contains("--") && !s.contains("..");
    }

    private static void add(List<Found> found, boolean[] taken, HubRef ref, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return;
        for (int i = start; i < end; i++) taken[i] = true;
        found.add(new Found(ref, start, end));
    }

    private static String trimEnd(String s) {
        int n = s.length();
        while (n > 0 && ".-_".indexOf(s.charAt(n - 1)) >= 0) n--;
        return s.substring(0, n);
    }

    private static String tag(String t) {
        if (t == null) return null;
        String s = trimEnd(t);
        return s.isEmpty() || s.equalsIgnoreCase("latest") ? null : s;
    }

    private static String defaultToNull(String rev, String dflt) {
        return rev == null || rev.equals(dflt) ? null : rev;
    }

    private static String decode(String s) {
        if (s == null) return null;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
