package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.hub.HubRefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spots model mentions: Ollama tags ("qwen2.5-coder:32b-instruct-q8_0"), Hugging Face ids
 * ("Qwen/Qwen3-14B"), vocabulary aliases, a family word followed by version/size words ("Llama 3.1 70B",
 * "千问3 14b"), and bare sizes ("能跑32b吗"). Unknown names come through as written, for "did you mean".
 */
final class ModelSpotter {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[ \\-_:]+");
    private static final Pattern HYPHENS = Pattern.compile("[-_]");

    /**
     * Questions list a few models at most: a family's whole line of sizes runs to seven ("0.5b，1.5b，3b，7b，14b，32b，72b");
     * more is a pasted table.
     */
    static final int MAX_MODELS = 8;

    /**
     * Other names people write for families: Chinese names and nicknames of the line or its maker ("羊驼" is Llama,
     * "书生浦语" InternLM), and common misspellings ("Mystral", "DeepSeeker"). Each is reported under the English family
     * name so that it resolves alike; the answer names the model it resolved to.
     */
    private static final Map<String, String> OTHER_FAMILY_NAMES = new LinkedHashMap<>();
    static {
        OTHER_FAMILY_NAMES.put("通义千问", "qwen");
        OTHER_FAMILY_NAMES.put("深度求索", "deepseek");
        OTHER_FAMILY_NAMES.put("千问", "qwen");
        OTHER_FAMILY_NAMES.put("通义", "qwen");
        OTHER_FAMILY_NAMES.put("智谱", "glm");
        OTHER_FAMILY_NAMES.put("文心", "ernie");
        OTHER_FAMILY_NAMES.put("书生浦语", "internlm");
        OTHER_FAMILY_NAMES.put("书生·浦语", "internlm");
        OTHER_FAMILY_NAMES.put("浦语", "internlm");
        OTHER_FAMILY_NAMES.put("百川", "baichuan");
        OTHER_FAMILY_NAMES.put("羊驼", "llama");
        OTHER_FAMILY_NAMES.put("零一万物", "yi");
        OTHER_FAMILY_NAMES.put("月之暗面", "kimi");
        OTHER_FAMILY_NAMES.put("面壁智能", "minicpm");
        OTHER_FAMILY_NAMES.put("mystral", "mistral");
        OTHER_FAMILY_NAMES.put("deepseeker", "deepseek");
        OTHER_FAMILY_NAMES.put("deepseak", "deepseek");
        OTHER_FAMILY_NAMES.put("lamma", "llama");
        OTHER_FAMILY_NAMES.put("llamma", "llama");
    }

    private static final Pattern OLLAMA_TAG = Pattern.compile(
            "(?<![a-z0-9_.\\-/])([a-z][a-z0-9._\\-]{0,40}):([a-z0-9][a-z0-9._\\-]{0,60})");
    private static final Pattern HF_ID = Pattern.compile(
            "(?<![a-z0-9_.\\-/])([a-z0-9][a-z0-9_.\\-]{0,38})/([a-z0-9][a-z0-9_.\\-]{0,80})");
    private static final Pattern SIZE = Pattern.compile(
            "\\d{1,4}(?:\\.\\d{1,2})?[bm]|\\d{1,2}x\\d{1,3}(?:\\.\\d)?b|[ae]\\d{1,3}(?:\\.\\d)?b|\\d{1,4}(?:\\.\\d{1,2})?b-a\\d{1,3}(?:\\.\\d)?b");
    private static final Pattern TAG_START = Pattern.compile(
            "(?:\\d{1,4}(?:\\.\\d{1,2})?[bm]|\\d{1,2}x\\d{1,3}b|e\\d{1,2}b|latest)" + Patterns.B1 + ".*");
    /** A size alone, a MoE's with its active count glued on, after a dash or a space ("30b-a3b", "30ba3b", "30b a3b"). */
    private static final Pattern BARE_SIZE = Pattern.compile(
            "(?<![a-z0-9.])(?:\\d{1,2}x)?\\d{1,4}(?:\\.\\d{1,2})?b(?:[- ]?a\\d{1,3}b)?" + Patterns.B1);
    private static final Pattern ZERO_SIZE = Pattern.compile("(?:\\d{1,2}x)?0+(?:\\.0+)?b.*");
    /**
     * A PCI address as lspci and nvidia-smi print it, {@code [domain:]bus:device.function} in hex ("0000:3b:00.0",
     * "00000000:3B:00.0", "3b:00.0"): its bus number ("3b", "1b") reads like a size but is never one.
     */
    private static final Pattern PCI_ADDRESS = Pattern.compile("(?i)(?<![0-9a-z:])(?:[0-9a-f]{4,8}:)?[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7](?![0-9a-z])");
    /**
     * Format words belong to the name only when glued on ("...-instruct-q8_0", "-AWQ"); after a space
     * they are the user's choice of format ("llama 3.1 70b fp16"), which the format spotter reads.
     */
    private static final String QUANT_WORD_FORM = "i?q\\d[a-z0-9_]{0,6}|int[48]|awq|gptq|fp8|fp16|bf16";
    private static final Pattern QUANT_WORD = Pattern.compile(QUANT_WORD_FORM);
    /**
     * A size right before a family word: "30B Llama", "the 120b model of gpt-oss", and Chinese's possessive "32B的qwen",
     * "70B的 llama2" (the 32B one of Qwen), as "qwen1.5的72b" is after the name (SIZE_AFTER). A format between the two
     * ("7b int4 qwen", "70b 4-bit llama", "14b 4位量化的qwen") is the weights' format, read by the format spotter; the size
     * is still the model's.
     */
    private static final Pattern SIZE_BEFORE = Pattern.compile(
            "(?<![a-z0-9.])(\\d{1,4}(?:\\.\\d{1,2})?b)(?:[ -](?:" + QUANT_WORD_FORM + "|gguf|[2-8][ -]?bits?|[2-8] ?(?:位|比特)(?:量化)?))?"
                    + "(?: (?:model|version|variant|one)s? (?:of|from) (?:the )?| ?的 ?| )$");
    /**
     * A size said right after a family without one: "llama3 with 8B size", "qwen2.5 (14b)", "llama 3 in the 70b version",
     * "qwen1.5的72b" (Qwen1.5's 72B); also in brackets after an aside in brackets ("deepseek-r1 (with thinking enabled) (8b)",
     * "qwen3 (moe) (30b)"): an aside between a name and its bracketed size is a remark on the model, not another model.
     */
    private static final Pattern SIZE_AFTER = Pattern.compile(
            "^(?: (?:with|in|at|of) (?:the |a |its )?| ?(?:\\([^()\\n\\d]{1,40}\\) ?)?\\( ?|, ?| ?的 ?)(\\d{1,4}(?:\\.\\d{1,2})?b)(?![a-z0-9])");
    private static final Pattern CLOSING = Pattern.compile(" ?\\)");
    private static final Pattern GLUED_SIZE = Pattern.compile("[a-z]\\d{1,4}(?:\\.\\d{1,2})?b$");
    /**
     * Version words that may follow a family: "3", "3.1", "v3", "r1", a maker's letter with its number ("Kimi K2.5",
     * "MiniMax-M1": without it the family alone would stand for its other releases) and a vision release ("GLM-4.6V").
     */
    private static final Pattern VERSION = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})?v?|[kmrv]\\d(?:\\.\\d{1,2})?");
    private static final Pattern MINOR = Pattern.compile("\\.\\d{1,2}");
    private static final Set<String> VARIANTS = Set.of(
            "coder", "code", "instruct", "chat", "vl", "math", "distill", "lite", "base", "mini", "small",
            "medium", "large", "nemo", "moe", "turbo", "preview", "thinking", "omni", "flash", "oss", "qat",
            "gguf", "abliterated", "uncensored", "heretic", "embed", "it", "hf");

    private final Vocabulary vocabulary;
    private final Pattern names;
    private final List<String> families;
    /** The Latin words model names and families start with ("tongyi", "deepseek", "mistral"), for {@link #misspelt}. */
    private final Set<String> heads;

    ModelSpotter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        // a name does not end before a version's decimals: "deepseek-v3" is not in "DeepSeek-V3.2"
        // a line's version may stand apart from its letters: "aquilachat-2-7b", "Qwen 2.5 7B"
        this.names = Patterns.anyOf(vocabulary.modelNames(), Patterns.B0, "(?![a-z0-9]|\\.\\d)", true);
        List<String> f = new ArrayList<>(vocabulary.modelFamilies());
        f.addAll(OTHER_FAMILY_NAMES.keySet());
        f.sort((a, b) -> b.length() - a.length());
        this.families = f;
        Set<String> h = new HashSet<>();
        for (String name : vocabulary.modelNames()) addHead(h, name);
        for (String family : vocabulary.modelFamilies()) addHead(h, family);
        this.heads = Set.copyOf(h);
    }

    /** The letters a name starts with, when they are a word of {@link #MIN_HEAD} letters or more ("tongyi" of "Tongyi-DeepResearch-30B"). */
    private static void addHead(Set<String> heads, String name) {
        Matcher m = HEAD.matcher(name.toLowerCase(Locale.ROOT));
        if (m.lookingAt() && m.group(1).length() >= MIN_HEAD) heads.add(m.group(1));
    }

    /** A name's leading letters, up to a separator, a digit or the end ("deepseek" of "deepseek-r1", "mistral" of "mistral7b"). */
    private static final Pattern HEAD = Pattern.compile("([a-z]+)(?![a-z])");
    /** The engines' names as people write them ("ollama", "vllm", "exllama"). */
    private static final Set<String> ENGINE_NAMES = Arrays.stream(Engine.values()).map(Engine::id).collect(Collectors.toUnmodifiableSet());
    /** Shorter words are too near other words ("qwen" and "owen", "lama" and "lame") to be read as misspellings. */
    private static final int MIN_HEAD = 5;
    /** A family word this long is read with a size alone after a slip ("iternlm2 7b"); a shorter one only as a catalog name. */
    private static final int LONG_HEAD = 7;
    /**
     * A word of letters that starts a name (after a space, a quote, CJK text; not after '-', '_', '.' or '/', where it is a
     * later word of a name: "distill" of "deepseek-r1-distill"), followed by a separator, a digit or the end.
     */
    private static final Pattern LETTER_WORD = Pattern.compile("(?<![a-z0-9._/\\-])[a-z]{" + MIN_HEAD + ",24}(?![a-z])");

    /**
     * A model name whose first word is misspelt ("Tonyi-DeepResearch-30B-A3B" for Tongyi, "mistrl 7b", "deepseeek-r1:14b"): a
     * word one slip ({@link Slips#oneSlip}) from the first word of exactly one catalog name or family, which with that word in its
     * place reads as a catalog name that goes on past the word (a version or size). Slips are counted over that word only,
     * never over the size or version after it: "qwen2.5 7b" is not "qwen2.5 8b". Reported with the word corrected, so that
     * it resolves as the name. A name spelt right starts with a head and is left to the other readers.
     */
    private List<Span> misspelt(Scan scan, String free) {
        List<Span> out = new ArrayList<>();
        String s = Patterns.nameForm(free);
        if (names == null || heads.isEmpty()) return out;
        Matcher w = LETTER_WORD.matcher(s);
        while (w.find()) {
            String word = w.group();
            if (heads.contains(word)) continue;
            // a line's letter version glued to its name ("deepseekr1 14b", "kimik2"): no slip, read with the version set apart
            String versioned = versionApart(word, s, w.end());
            String put = versioned != null ? versioned : nearestHead(word);
            if (put == null) continue;
            int i = w.start();
            if (option(s, i) || deviceBefore(s, i)) continue;
            String s2 = s.substring(0, i) + put + s.substring(w.end());
            int headEnd = i + put.length();
            int end2 = -1;
            Matcher m = names.matcher(s2).region(i, s2.length());
            // where the corrected words are a catalog name ("mistrl 7b" is "mistral 7b"); a short family word with a size alone may
            // be another line one slip away that the catalog lacks ("smolvlm" is not "smollm"), a family's long word hardly
            if (m.lookingAt() && m.end() > headEnd) {
                end2 = extend(s2, i, longestName(s2, i, m.end()));
            } else if (put.length() >= LONG_HEAD && families.contains(put)) {
                int e = extend(s2, i, headEnd);
                // or the whole word it is glued into, a repository's name ("iternlm-xcomposer2-7b")
                int glued = i;
                while (glued < s2.length() && (Scan.isWordChar(s2.charAt(glued)) || "._-".indexOf(s2.charAt(glued)) >= 0)) glued++;
                while (glued > e && ".-_".indexOf(s2.charAt(glued - 1)) >= 0) glued--;
                e = Math.max(e, glued);
                if (e > headEnd && hasSize(s2.substring(i, e))) end2 = e;
            }
            if (end2 < 0) continue;
            end2 = otherModelEnd(s2, end2);
            if (end2 < 0) continue;
            int end = end2 - put.length() + word.length();
            if (folder(s, i, end) || program(s, end) || setting(s, end)) continue;
            out.add(new Span(i, end, put + scan.text.substring(w.end(), end)));
        }
        return out;
    }

    /**
     * A head with a letter version's letter glued on, its number right after ({@code end} in {@code s}): "deepseekr1", "kimik2",
     * "deepseekv3". Written with the version set apart ("deepseek-r"), so it reads as the line's name; null for any other word.
     */
    private String versionApart(String word, String s, int end) {
        String head = word.substring(0, word.length() - 1);
        boolean glued = word.length() > MIN_HEAD && "kmrv".indexOf(word.charAt(word.length() - 1)) >= 0 && heads.contains(head)
                && end < s.length() && Character.isDigit(s.charAt(end));
        return glued ? head + "-" + word.charAt(word.length() - 1) : null;
    }

    /**
     * A tag whose name's first word is misspelt ("deepseeek-r1:14b") or has its letter version glued on ("deepseekr1:14b"), written
     * with the word it misspells ({@link #misspelt}) or with the version set apart.
     */
    private String correctedHead(String written) {
        Matcher m = HEAD.matcher(written.toLowerCase(Locale.ROOT));
        if (!m.lookingAt() || m.group(1).length() < MIN_HEAD || heads.contains(m.group(1))) return written;
        String versioned = versionApart(m.group(1), written, m.end(1));
        if (versioned != null) return versioned + written.substring(m.end(1));
        String head = nearestHead(m.group(1));
        return head == null ? written : head + written.substring(m.end(1));
    }

    /**
     * The one head {@code word} is a misspelling of ({@link Slips#oneSlip}); null when none is, or two are, or when the slip is two
     * letters swapped: those the resolver reads itself and says so ("baichaun2-13b" read as baichuan2-13b, two letters swapped).
     */
    private String nearestHead(String word) {
        // an engine's own name is no slip of a family's ("ollama" is one letter from "llama"): "ollama/ollama:latest" is the app's image
        if (ENGINE_NAMES.contains(word)) return null;
        String best = null;
        for (String h : heads) {
            if (!Slips.oneSlip(word, h)) continue;
            if (best != null) return null;
            best = h;
        }
        return best == null || best.length() == word.length() ? null : best;
    }

    List<String> spot(Scan scan) {
        List<Span> found = new ArrayList<>();
        // a pasted GGUF metadata line about another model (its base, its license's repository, the tokenizer) names none run
        AuxiliaryModels.claimMetadata(scan);
        // Hub links and repo ids first: "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct" names Qwen/Qwen2.5-7B-Instruct
        for (HubRefs.Found h : HubRefs.locate(scan.text)) {
            if (!scan.isFree(h.start(), h.end()) || pulledImage(scan.low, h.start()) || namedImage(scan.low, h.end())) continue;
            scan.take(h.start(), h.end());
            // a cache folder in a log or traceback often holds an auxiliary model (an embedding, a tokenizer): as for a
            // bare id (hfIds), it names a model only when its name has a family's word or a size
            String repo = h.ref().repo().toLowerCase(Locale.ROOT);
            if (scan.low.startsWith("models--", h.start()) && !containsFamily(repo) && !Prefilter.find(SIZE, repo)) continue;
            // a bare "owner/name" written outside a link is a program's repository as often ("abetlen/llama-cpp-python",
            // "oobabooga/text-generation-webui"): it names a model only when its name is no program's and has a family's
            // word, a size, a catalog name or a word only weights' repositories carry ("TheBloke/LIMO-GGUF", "…-chat-…")
            if (bareId(scan.low, h) && (program(repo, leadingLetters(repo))
                    || !containsFamily(repo) && !Prefilter.find(SIZE, repo) && !known(repo) && !weightsWord(repo))) continue;
            scan.markModel(h.end());
            found.add(new Span(h.start(), h.end(), h.ref().toString()));
        }
        sameNamedFolders(scan);
        // before a repository id claims it: "Sao10K/L3-8B-Stheno-v3.2" is read by its name, whose base the owner does not say
        found.addAll(claim(scan, shortLlamaNames(scan, free(scan))));
        found.addAll(claim(scan, tags(scan, free(scan))));
        found.addAll(claim(scan, sizeLists(scan, free(scan))));
        found.addAll(claim(scan, hfIds(scan, free(scan))));
        found.addAll(claim(scan, distills(scan, free(scan))));
        // before the names inside it are claimed on their own: "Dolpin-2.9-llama3-8b" is Dolphin's, not Llama 3's
        found.addAll(claim(scan, misspelt(scan, free(scan))));
        found.addAll(claim(scan, named(scan, free(scan))));
        found.addAll(claim(scan, nicknames(free(scan))));
        found.addAll(claim(scan, bareSizes(scan, free(scan))));
        found.removeIf(span -> formatOption(scan.low, span.start()));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        found = withoutLoggedSizes(scan.low, found);
        found = withoutWorkingOnes(scan.low, found);
        found = AuxiliaryModels.without(scan.low, found);
        found = withoutPageAddresses(scan.low, found);
        found = withoutMenuListing(scan.low, found);
        List<String> models = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span s : found) {
            String key = WHITESPACE.matcher(s.value().toLowerCase(Locale.ROOT)).replaceAll(" ");
            if (seen.add(key) && models.size() < MAX_MODELS) models.add(s.value());
        }
        return models;
    }

    /** Whether a repository's name has a word of a weights file's packaging or of a tune's role (chat, instruct, base). */
    private static boolean weightsWord(String repo) {
        for (String w : WORD_SEPARATORS.split(repo))
            if (PACKAGING_WORD.matcher(w).matches() || TUNE_ROLE.matcher(w).matches()) return true;
        return false;
    }

    private static final Pattern TUNE_ROLE = Pattern.compile("chat|instruct|base|it");

    /** A reference written as its bare "owner/name" (no Hub link, no cache folder): the text there starts with its owner. */
    private static boolean bareId(String low, HubRefs.Found h) {
        String owner = h.ref().org().toLowerCase(Locale.ROOT);
        return low.startsWith(owner + "/", h.start());
    }

    /**
     * Models named only in the address of a web page: a forum thread's or a blog post's slug ("…/r/LocalLLaMA/comments/…/
     * llama_3_70b_on_a_3090/", "…/how-to-run-mistral-7b-locally") is the page's title, the words of whoever wrote it, not the
     * person's. Rule D: what others ran or wrote is context, so such a model is left out while the person names another
     * outside the address; alone, it is what the question is about. A model hub's address (Hugging Face and its mirror,
     * ModelScope, Ollama's library) names the model it links to.
     */
    static List<Span> withoutPageAddresses(String low, List<Span> spans) {
        if (spans.size() < 2) return spans;
        List<int[]> pages = new ArrayList<>();
        Matcher m = WEB_LINK.matcher(low);
        while (m.find()) if (!MODEL_HUB.matcher(m.group(1)).matches()) pages.add(new int[] {m.start(), m.end()});
        return outside(spans, pages);
    }

    /** The mentions outside the given stretches of text, unless none is (then the question is about those inside). */
    private static List<Span> outside(List<Span> spans, List<int[]> stretches) {
        if (stretches.isEmpty()) return spans;
        List<Span> kept = spans.stream().filter(s -> stretches.stream().noneMatch(r -> r[0] <= s.start() && s.end() <= r[1])).toList();
        return kept.isEmpty() ? spans : kept;
    }

    /**
     * text-generation-webui's start-up menu of the models on disk (server.py: "The following models are available:", one
     * numbered line per folder, then "Which one do you want to load? 1-N"), pasted with the run: it lists what was downloaded,
     * and the one run is the one chosen, printed after it ("Loading X..."). The listed names are context (rule D) while a model
     * is named outside the menu.
     */
    private static final Pattern MODEL_MENU = Pattern.compile("the following models are available:[\\s\\S]{0,2000}?which one do you want to load\\?");

    static List<Span> withoutMenuListing(String low, List<Span> spans) {
        if (spans.size() < 2 || !Prefilter.mayFind(MODEL_MENU, low)) return spans;
        List<int[]> menus = new ArrayList<>();
        Matcher m = MODEL_MENU.matcher(low);
        while (m.find()) menus.add(new int[] {m.start(), m.end()});
        return outside(spans, menus);
    }

    private static final Pattern WEB_LINK = Pattern.compile("https?://(?:www\\.)?([a-z0-9.-]+)[^\\s<>\"'`)\\]]*");
    private static final Pattern MODEL_HUB = Pattern.compile("(?:[a-z0-9-]+\\.)*(?:huggingface\\.co|hf\\.co|hf-mirror\\.com|modelscope\\.(?:cn|ai)|ollama\\.(?:com|ai))");

    /** The size a loader prints for the model it loads: "print_info: model type = 3B", "llama_model_load_internal: model size = 7B". */
    private static final Pattern LOGGED_SIZE = Pattern.compile("\\bmodel (?:type|size|params) *[=:] *$");

    /**
     * A loader's line that prints the loaded model's size class names the model the log loads: beside a model named
     * elsewhere (the command's tag, the metadata's general.name) it is that model's size, not another model asked about.
     * Alone it is all the text says of the model, and stays.
     */
    static List<Span> withoutLoggedSizes(String low, List<Span> spans) {
        if (spans.stream().allMatch(s -> isBareSize(s.value()))) return spans;
        return spans.stream().filter(s -> !isBareSize(s.value()) || !logged(low, s.start())).toList();
    }

    private static boolean logged(String low, int start) {
        int lineStart = low.lastIndexOf('\n', start - 1) + 1;
        return Prefilter.find(LOGGED_SIZE, low.substring(Math.max(lineStart, start - 40), start));
    }

    /**
     * A container image pulled ("docker pull intelanalytics/ipex-llm-serving-xpu:0.8.3-b22") is the serving software,
     * not a model, whatever its name holds.
     */
    private static final String PULLED_IMAGE = "(?<=docker pull )[a-z0-9._/:@\\-]+";
    private static final Pattern PULLED = Pattern.compile(PULLED_IMAGE);

    /**
     * A container image named as such ("`intelanalytics/ipex-llm-inference-cpp-xpu` docker image") is the serving software
     * too: the word "image" right after the name, past its tag and a closing quote.
     */
    private static final Pattern IMAGE_AFTER = Pattern.compile("(?::[a-z0-9._\\-]+)?[`'\"]?\\s{1,3}(?:docker |container )?image(?![a-z])");

    private static boolean namedImage(String low, int end) {
        return IMAGE_AFTER.matcher(low).region(end, low.length()).lookingAt();
    }

    private static boolean pulledImage(String low, int start) {
        Matcher m = PULLED.matcher(low);
        while (m.find()) if (m.start() <= start && start < m.end()) return true;
        return false;
    }

    /**
     * A link to a code host ("https://github.com/THUDM/ChatGLM-6B/issues/462", "gitee.com/…") points at a repository, an
     * issue or a file, not at a model the person asks about, though the repository may carry a model's name.
     */
    private static final Pattern CODE_LINK = Pattern.compile(
            "(?:https?://)?(?:www\\.)?(?:gist\\.)?(?:github|gitlab|gitee)\\.com/[a-z0-9._~:/?#@!$&*+;=%\\-]*|" + PULLED_IMAGE);

    /** The text still free for model names, without code-host links and pulled images. */
    private static String free(Scan scan) {
        String s = scan.free();
        if (!Prefilter.mayFind(CODE_LINK, s)) return s;
        Matcher m = CODE_LINK.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
        } while (m.find());
        return b.toString();
    }

    /**
     * A folder named as the file or folder inside it is the same model written twice: LM Studio keeps
     * "lmstudio-community/Qwen2.5-7B-Instruct-GGUF/Qwen2.5-7B-Instruct-Q4_K_M.gguf", quantizers upload
     * "X-GGUF/X-UD-Q4_K_XL.gguf", people unpack "Qwen2.5-7B-Instruct/Qwen2.5-7B-Instruct-Q8_0.gguf". The folder is
     * taken so that only the inner name is read: read on its own its shorter words ("gemma-2-2b-it-GGUF/" gives "2b")
     * made a second model. Folders whose contents are no such name ("Qwen2.5-7B-Instruct/config.json") stay as they are.
     */
    private static void sameNamedFolders(Scan scan) {
        Matcher m = PATH_STEP.matcher(scan.low);
        int from = 0;
        while (from < scan.low.length() && m.find(from)) {
            String folder = PACKAGE_SUFFIX.matcher(m.group(1)).replaceFirst("");
            from = m.end(1) + 1;
            if (folder.length() < 4 || !(m.group(2).startsWith(folder) || sameSizedWeights(folder, m.group(2)))) continue;
            if (!scan.isFree(m.start(1), m.end(1) + 1)) continue;
            scan.take(m.start(1), m.end(1) + 1);
        }
    }

    /**
     * Community fine-tunes name their Llama base short, its version after an "L" ("L3-8B-Stheno-v3.2", "L3.1-8B-Niitama-v1.1",
     * "L3.3-70B-Euryale-v2.3", "L2-13B-…"): no Meta release is written so, so the name is a fine-tune of that Llama. It is
     * reported with the base written out and its own words kept ("Llama-3.1-8B-Niitama-v1.1"), up to the file's quantization,
     * so that the resolver sizes the base and says the name is built on it.
     */
    private static List<Span> shortLlamaNames(Scan scan, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = SHORT_LLAMA.matcher(s);
        while (m.find()) {
            int end = m.end(2);
            Matcher w = GLUED_WORD.matcher(s);
            while (w.region(end, s.length()).lookingAt() && !PACKAGING_WORD.matcher(w.group(1)).matches()) end = w.end();
            out.add(new Span(m.start(), end, "Llama-" + m.group(1) + "-" + scan.text.substring(m.start(2), end)));
        }
        return out;
    }

    private static final Pattern SHORT_LLAMA = Pattern.compile("(?<![a-z0-9._\\-])l(2|3(?:\\.[0-3])?)[-_](\\d{1,3}b)(?=[-_][a-z])");
    /** A word glued on by '-' or '_' (a version's dot kept: "v1.1"). */
    private static final Pattern GLUED_WORD = Pattern.compile("[-_]([a-z0-9]+(?:\\.\\d+)*)");
    /** Words of a file's packaging rather than of the model's name: its quantization, format and the quantizer's marks. */
    private static final Pattern PACKAGING_WORD = Pattern.compile("i?q\\d\\w*|f(?:p)?(?:8|16|32)|bf16|int[48]|\\d+bits?|awq|gptq|exl2|gguf|ggml\\w*|mlx|imat(?:rix)?|hf|ud|bnb|nf4");

    /** A path's step: a folder's name, its separator and the next name ("x-gguf/x-q4_k_m.gguf"). */
    private static final Pattern PATH_STEP = Pattern.compile("(?<![a-z0-9._\\-])([a-z0-9][a-z0-9._\\-]*)[/\\\\]([a-z0-9][a-z0-9._\\-]*)");
    /**
     * A weights file inside a folder that carries the same size is the folder's model under the file's own wording
     * ("ReluLLaMA-70B-PowerInfer-GGUF/llama-70b-relu.q4.powerinfer.gguf"): one model, not two of that size.
     */
    private static boolean sameSizedWeights(String folder, String file) {
        if (!Prefilter.find(WEIGHTS_FILE, file)) return false;
        Set<String> a = sizes(folder), b = sizes(file);
        return !a.isEmpty() && a.equals(b);
    }

    private static final Pattern WEIGHTS_FILE = Pattern.compile("\\.(?:gguf|bin|safetensors|pth)$");
    private static final Pattern SIZE_WORD = Pattern.compile("(?<![a-z0-9.])\\d{1,4}(?:\\.\\d{1,2})?b(?![a-z0-9])");

    private static Set<String> sizes(String name) {
        Set<String> out = new HashSet<>();
        Matcher m = SIZE_WORD.matcher(name);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** How uploaders mark a repository of a model's converted files ("-GGUF", "-GGML", "-MLX"). */
    private static final Pattern PACKAGE_SUFFIX = Pattern.compile("[-_](?:gguf|ggml|mlx)$");

    private static List<Span> claim(Scan scan, List<Span> spans) {
        List<Span> kept = Span.longestNonOverlapping(spans);
        for (Span s : kept) {
            scan.take(s.start(), s.end());
            scan.markModel(s.end());
        }
        return kept;
    }

    private List<Span> tags(Scan scan, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = OLLAMA_TAG.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            String tag = trimTail(m.group(2));
            if (tag.isEmpty() || !(startsWithFamily(name) || TAG_START.matcher(tag).matches())) continue;
            // "ollama/ollama:latest", "ollama:rocm": an engine's container image, not a model's tag
            if (ENGINE_NAMES.contains(name)) continue;
            // "llama.go:430" is a source line, "seed:1024" a setting: no Ollama tag is a number alone
            if (tag.chars().allMatch(Character::isDigit)) continue;
            // "chatglm_cpp.openai_api:app": uvicorn's and gunicorn's module:attribute, code; a tag's name has digits after its dots
            if (PYTHON_ATTRIBUTE.matcher(m.group()).matches()) continue;
            int end = m.start(2) + tag.length();
            String written = correctedHead(asFamily(scan.text.substring(m.start(), end)));
            // Ollama's default tag with a slip of the keys ("llama3.1:lastest", "qwen3:latset") is that tag: no other tag is so spelt
            if (Slips.oneSlip(tag, LATEST)) written = written.substring(0, written.length() - tag.length()) + LATEST;
            int start = m.start();
            if (LETTER_VERSION.matcher(name).matches()) {
                // "deepseek r1:7b", "DeepSeeker R1:7B": the line's version is the tag's name, its maker written apart before it
                Matcher apart = FAMILY_APART.matcher(s).region(Math.max(0, start - 24), start);
                String word = apart.find() ? apart.group(1) : "";
                // a Chinese name may follow other Chinese words ("用深度求索 r1:7b"); a Latin word is the name or not
                String family = families.stream().filter(f -> word.equals(f) || (f.charAt(0) >= 128 && word.endsWith(f))).findFirst().orElse(null);
                if (family != null) {
                    start = apart.end(1) - family.length();
                    out.add(new Span(start, end, OTHER_FAMILY_NAMES.getOrDefault(family, family) + "-" + written));
                    continue;
                }
                // "r1:14b" alone: R1 is DeepSeek's, as a nickname
                if (R1.matcher(name).matches()) {
                    out.add(new Span(start, end, "deepseek-" + written));
                    continue;
                }
            }
            out.add(new Span(start, end, written));
        }
        return out;
    }

    private static final String LATEST = "latest";

    /** A Python module's dotted path and an attribute of it, as servers are told which app to run: "main.server:app". */
    private static final Pattern PYTHON_ATTRIBUTE = Pattern.compile("[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)+:[a-z_][a-z0-9_]*");

    /** A name that starts with another name of a family ("deepseak-r1:7b"), written with the family's name instead. */
    private static String asFamily(String written) {
        String low = written.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : OTHER_FAMILY_NAMES.entrySet()) {
            int n = e.getKey().length();
            if (low.startsWith(e.getKey()) && (low.length() == n || !Character.isLetter(low.charAt(n)))) return e.getValue() + written.substring(n);
        }
        return written;
    }

    /** A line's version that starts with a letter ("r1", "v3", "k2"): a tag's name only when its maker is written apart. */
    private static final Pattern LETTER_VERSION = Pattern.compile("[kmrv]\\d(?:\\.\\d{1,2})?");
    /** A word right before a tag's name, with a space or a dash between: a family's name when it is one. */
    private static final Pattern FAMILY_APART = Pattern.compile("(?<![a-z0-9])([a-z\\p{IsHan}·]+)[ \\-]$");

    /** A name ending in a size, then more sizes each after a '/': "tat-llm-7b/13b", "Qwen-7B/14B", "qwen2.5 7b/14b/32b". */
    private static final Pattern SIZE_LIST = Pattern.compile(
            "(?<![a-z0-9_.\\-/])([a-z][a-z0-9._\\-]*[ \\-_]?)(?<![0-9.])(\\d{1,4}(?:\\.\\d{1,2})?b)((?:/\\d{1,4}(?:\\.\\d{1,2})?b)+)(?![a-z0-9_.\\-/])");
    private static final Pattern LISTED_SIZE = Pattern.compile("/(\\d{1,4}(?:\\.\\d{1,2})?b)");

    /**
     * A name written once for several of its sizes, joined by '/' as people write a line's sizes ("tat-llm-7b/13b",
     * "llama-2-7b/13b/70b", "qwen2.5 7b/14b"): the name at each size. Read before Hub ids and folders, which the '/' would
     * otherwise make of it (an owner "tat-llm-7b" with a repository "13b", a folder "qwen2.5 7b/"), losing the later sizes.
     */
    private List<Span> sizeLists(Scan scan, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = SIZE_LIST.matcher(s);
        while (m.find()) {
            String prefix = m.group(1);
            if (!containsFamily(prefix) && !known(prefix + m.group(2))) continue;
            String written = scan.text.substring(m.start(1), m.end(1));
            out.add(new Span(m.start(1), m.end(2), written + scan.text.substring(m.start(2), m.end(2))));
            Matcher size = LISTED_SIZE.matcher(s).region(m.start(3), m.end(3));
            while (size.find()) out.add(new Span(size.start(1), size.end(1), written + scan.text.substring(size.start(1), size.end(1))));
        }
        return out;
    }

    private List<Span> hfIds(Scan scan, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = HF_ID.matcher(s);
        while (m.find()) {
            String org = m.group(1);
            String name = trimTail(m.group(2));
            boolean orgHasLetter = org.chars().anyMatch(Character::isLetter);
            boolean looksLikeModel = containsFamily(name) || Prefilter.find(SIZE, name);
            int end = m.start(2) + name.length();
            // "optimize_rules/DeepSeek-V3-Chat-multi-gpu.yaml" is a config file, not a repository
            if (Prefilter.find(CONFIG_FILE, name)) continue;
            // "7B/13B/30B" is a list of sizes: no owner is named by a size alone
            if (SIZE.matcher(org).matches()) continue;
            // "load it in 4bit/8bit", "q4/q8": formats offered as a choice, whose bit counts read like sizes; no repository
            if (PACKAGING_WORD.matcher(org).matches() && PACKAGING_WORD.matcher(name).matches()) continue;
            // "ggml-org/llama.cpp", "ollama/llama-cpp": a program's repository, or two programs side by side
            if (program(name, leadingLetters(name))) continue;
            // "cr.metax-tech.com/public-ai-release/…", "registry.example.cn/qwen": a host's path (a container registry, a
            // web site), a toolkit's versioned folder ("cuda_12.2.r12.2/compiler.32965470_0") or a local "models/" folder, not a
            // Hub repository: the name inside the folder is read as written
            if (HubRefs.hostName(org) || HubRefs.toolkitVersion(org) || HubRefs.hubPath(org)) continue;
            // "`intelanalytics/ipex-llm-inference-cpp-xpu` docker image": the serving software
            if (namedImage(s, end)) continue;
            if (orgHasLetter && looksLikeModel && !name.isEmpty()) out.add(new Span(m.start(), end, scan.text.substring(m.start(), end)));
        }
        return out;
    }

    /** Vocabulary aliases and family words, each extended over the version/size words that follow. */
    private List<Span> named(Scan scan, String free) {
        // "qwen_v1-5_14b" is read as "qwen-v1.5-14b" (the written form is reported, and resolved the same way)
        String s = Patterns.nameForm(free);
        List<Span> out = new ArrayList<>();
        if (names != null) {
            Matcher m = names.matcher(s);
            while (m.find()) {
                // a catalog name inside a longer one ("Me-LLaMA-13b-chat", "OA_SFT_Llama_30B") is that other model
                int start = gluedStart(s, m.start());
                if (option(s, start) || deviceBefore(s, start)) continue;
                int end = extend(s, m.start(), longestName(s, m.start(), m.end()));
                if (folder(s, start, end) || program(s, end) || setting(s, m.end()) || setting(s, end) || modulePath(s, start, end)
                        || constant(scan.text, start)) continue;
                end = otherModelEnd(s, end);
                if (end < 0) continue;
                out.add(new Span(start, end, scan.text.substring(start, end)));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && Scan.isWordChar(s.charAt(i - 1))) continue;
            for (String f : families) {
                if (!s.startsWith(f, i)) continue;
                int familyEnd = i + f.length();
                // a family glued to more letters is another word ("phi" in "philosophy")
                if (familyEnd < s.length() && s.charAt(familyEnd) < 128 && Character.isLetter(s.charAt(familyEnd))) continue;
                if (option(s, i) || deviceBefore(s, i)) break;
                // a maker's other name written before its Latin one ("智谱 GLM-4.6", "千问 qwen3") is no part of the name
                String canonical = OTHER_FAMILY_NAMES.get(f);
                if (canonical != null && s.substring(familyEnd).stripLeading().startsWith(canonical)) break;
                int end = otherModelEnd(s, extend(s, i, familyEnd));
                if (end < 0) break;
                // read from the family's start: extend stops before a version it does not know ("gpt" of "gpt-4o")
                if (HOSTED.matcher(s).region(i, s.length()).lookingAt()) break;
                if (modulePath(s, i, end)) break;
                if (folder(s, i, end)) break;
                if (program(s, end) || packageBuild(s, end) || inCode(free, i, familyEnd) || constant(scan.text, i)) break;
                // the key before its value ("seed: 7" is not read as a version 7 of the family)
                if (setting(s, familyEnd) || setting(s, end)) break;
                String written = canonical == null
                        ? scan.text.substring(i, end)
                        : (canonical + scan.text.substring(familyEnd, end)).trim();
                Matcher before = SIZE_BEFORE.matcher(s.substring(Math.max(0, i - 30), i));
                Matcher after = SIZE_AFTER.matcher(s).region(end, Math.min(s.length(), end + 64));
                boolean sizeless = !hasSize(s.substring(i, end)) && names != null;
                if (sizeless && before.find() && known(s.substring(i, end) + " " + before.group(1))) {
                    // "30B Llama", "13b vicuna": the size written first, when the two make a known name; reported size first, so that
                    // "the 7B Qwen model" can be told from "qwen-7b" (ModelResolver reads it either way)
                    out.add(new Span(i - (before.end() - before.start()), end, before.group(1) + " " + written));
                } else if (sizeless && after.lookingAt()
                        // a size alone in brackets right after a name is that name's size ("glm-4.7 (30b)"), known together or not;
                        // not one said of it ("(21B AP)": its active count)
                        && (s.substring(end, after.start(1)).contains("(") && CLOSING.matcher(s).region(after.end(), s.length()).lookingAt()
                            || known(s.substring(i, end) + " " + after.group(1)))) {
                    out.add(new Span(i, after.end(), written + " " + scan.text.substring(after.start(1), after.end(1))));
                } else {
                    out.add(new Span(i, end, written));
                }
                break;
            }
        }
        return out;
    }

    /**
     * The end of the longest catalog name starting at {@code start}. The names pattern takes the first name that fits, and
     * its optional separators let a shorter name fit first: "command-r7b-arabic-02-2025" is first read as "command r 7b".
     */
    private int longestName(String s, int start, int end) {
        Matcher m = names.matcher(s).useTransparentBounds(true);
        for (int k = Math.min(s.length(), start + 64); k > end; k--) {
            if (!Patterns.endsWord(s, k) || Character.isWhitespace(s.charAt(k - 1))) continue;
            if (m.region(start, k).matches()) return k;
        }
        return end;
    }

    /**
     * Extends a name over the words that continue it: glued versions ("qwen" + "2.5"), and separated
     * version, size, variant and quant words ("3.1", "70b", "instruct", "q4_k_m"); stops at anything else.
     */
    private int extend(String s, int start, int end) {
        int pos = end;
        int glued = readToken(s, pos);
        // "qwen" + "2.5", and "llama3" + ".1" (a family ending in its major version)
        if (glued > pos && (VERSION.matcher(s.substring(pos, glued)).matches()
                || (Character.isDigit(s.charAt(pos - 1)) && MINOR.matcher(s.substring(pos, glued)).matches()))) pos = glued;
        String[] words = WORD_SEPARATORS.split(s.substring(start, end));
        String last = words[words.length - 1];
        // a size glued to the name counts too ("qwen72b"): a number after it is no version
        boolean sized = SIZE.matcher(last).matches() || Prefilter.find(GLUED_SIZE, last);
        boolean varianted = VARIANTS.contains(last);
        for (int n = 0; n < 8; n++) {
            int t = pos;
            int seps = 0;
            char sep = ' ';
            while (t < s.length() && seps < 3 && " -_:".indexOf(s.charAt(t)) >= 0) {
                sep = s.charAt(t) == ' ' ? sep : s.charAt(t);
                t++;
                seps++;
            }
            if (t == pos && n > 0) break;
            int e = readToken(s, t);
            if (e == t) break;
            String w = s.substring(t, e);
            // the name's first word again starts the next name ("DeepSeek-Coder-V2-Lite-Instruct DeepSeek-Coder-V2-Base")
            if (w.equals(words[0])) break;
            boolean isSize = SIZE.matcher(w).matches();
            // a number after the size is no longer a version: "70b 4位量化", "14b 3060"
            // a number after the variant is no version either: "…-Base 2个模型"
            boolean joined = sep != ' ';
            boolean ok = (!sized && !varianted && VERSION.matcher(w).matches()) || isSize
                    // "Devstral Small 2", "devstral-small-2-24b": a line word's own generation, not a count after it ("small 2 days")
                    || (!sized && LINE_WORDS.contains(last(s, start, t)) && VERSION.matcher(w).matches() && GENERATION_END.matcher(s).region(e, s.length()).lookingAt())
                    || (QUANT_WORD.matcher(w).matches() && joined)
                    // "gptq" is no family's next word, though it starts with one ("gpt"): "qwen gptq" is Qwen in GPTQ
                    || (!sized && !QUANT_WORD.matcher(w).matches() && startsWithFamily(w))
                    || (VARIANTS.contains(w) && (!w.equals("it") || sep == '-'))
                    // "17B-16E": a MoE's experts after its size; "-2409", "Instruct 2507": a release's date after its name
                    || (sized && EXPERTS.matcher(w).matches()) || ((joined || varianted) && RELEASE_DATE.matcher(w).matches())
                    // "-Instruct-v2", "-Chat-v1.0": a release's own version, glued after its release word
                    || (joined && varianted && RELEASE_VERSION.matcher(w).matches())
                    // "chatglm3-6b-32k": a long-context release's context, glued (apart, "7b 32k" is the context asked for)
                    || (sized && joined && CONTEXT_RELEASE.matcher(w).matches())
                    // "Yi-200k 34b": that context glued before the release's size, when the two make a catalog name
                    || (!sized && joined && CONTEXT_RELEASE.matcher(w).matches() && contextBeforeSize(s, start, pos, w, e))
                    // any word that makes a catalog name ("Command R7B Arabic", "chatglm3 6b 32k")
                    || known(s.substring(start, e));
            // "Command-R plus 6.5 bpw", "DeepSeek-R1 3-bit", "4位": a number of bits per weight is the quantization, not a version
            if (ok && BITS_PER_WEIGHT.matcher(s).region(e, Math.min(s.length(), e + 24)).lookingAt()) break;
            if (!ok) break;
            sized |= isSize;
            varianted |= VARIANTS.contains(w);
            pos = e;
        }
        return pos;
    }

    /**
     * Whether a size follows the context word {@code w} (ending at {@code e}) and the name read so far (up to {@code pos}), that
     * size and then the context make a catalog name, written in the catalog's order ("yi 34b 200k").
     */
    private boolean contextBeforeSize(String s, int start, int pos, String w, int e) {
        Matcher size = SIZE_NEXT.matcher(s).region(e, s.length());
        return size.lookingAt() && known(s.substring(start, pos) + " " + size.group(1) + " " + w);
    }

    /** Words that name a line within a maker's models, each with generations of its own ("Mistral Small 3.1", "Devstral Small 2"). */
    private static final Set<String> LINE_WORDS = Set.of("small", "medium", "large", "mini", "lite");
    /** What may follow a line word's generation: the end, a size, a separator glued on, or a sentence's punctuation. */
    private static final Pattern GENERATION_END = Pattern.compile("$|[-_:?!,.;)\"'`]|\\s+(?:\\d{1,4}(?:\\.\\d{1,2})?b(?![a-z0-9])|[?!,.;)]|$)");

    /** The word right before {@code at} (past its separators), within the name that starts at {@code start}. */
    private static String last(String s, int start, int at) {
        int e = at;
        while (e > start && " -_:".indexOf(s.charAt(e - 1)) >= 0) e--;
        int b = e;
        while (b > start && Scan.isWordChar(s.charAt(b - 1))) b--;
        return s.substring(b, e);
    }

    private static final Pattern EXPERTS = Pattern.compile("\\d{1,3}e");
    /** A release's date: month and day ("0528", "0905") or year and month ("2409", "2507"). */
    private static final Pattern RELEASE_DATE = Pattern.compile("(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|2[3-9](?:0[1-9]|1[0-2])");
    private static final Pattern RELEASE_VERSION = Pattern.compile("v\\d{1,2}(?:\\.\\d{1,2})?");
    private static final Pattern CONTEXT_RELEASE = Pattern.compile("\\d{1,3}k");
    /** A size next, past a separator: what makes a context word before it a release's name ("Yi-200k 34b"). */
    private static final Pattern SIZE_NEXT = Pattern.compile("[ \\-_]{1,3}(\\d{1,4}(?:\\.\\d{1,2})?b)(?![a-z0-9])");
    private static final Pattern BITS_PER_WEIGHT = Pattern.compile("[ \\-]?(?:bpw|bits? per weight|bit(?:s)?(?![a-z])|位(?!数))");

    /**
     * A name followed by '/' is a folder or an organisation ("../qwen15/Qwen1.5-32B-Chat", "qwen/"), and a name
     * inside a config or script file's name ("DeepSeek-V3-Chat-multi-gpu.yaml") is that file: neither is a model asked
     * about. A weights file ("…-Q4_K_M.gguf") does name its model, and so does the last folder of a path
     * ("--model_path /data/models/DeepSeek-R1-Q2/"): the folder a loader is given is the model's own.
     */
    private static boolean folder(String s, int start, int end) {
        // "deepseek-r1/q4_k_m" names the model and its quantization
        if (end < s.length() && s.charAt(end) == '/' && QUANT_WORD.matcher(s).region(end + 1, readToken(s, end + 1)).matches()) return false;
        if (LAST_FOLDER.matcher(s).region(end, s.length()).lookingAt() && wholeFolder(s, start)) return false;
        if (end < s.length() && (s.charAt(end) == '/' || s.charAt(end) == '\\')) return true;
        return FILE_REST.matcher(s).region(end, Math.min(s.length(), end + 48)).lookingAt();
    }

    /**
     * The name is all of its folder's name, or the end of it after a maker's word ("/models/Meta-Llama-3-8B/"): from a '/' or
     * '\\' before it, nothing but a name's letters, digits, dots, dashes and underscores.
     */
    private static boolean wholeFolder(String s, int start) {
        int i = start;
        while (i > 0 && (s.charAt(i - 1) >= 'a' && s.charAt(i - 1) <= 'z' || s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9'
                || ".-_".indexOf(s.charAt(i - 1)) >= 0)) i--;
        return i > 0 && (s.charAt(i - 1) == '/' || s.charAt(i - 1) == '\\');
    }

    /**
     * A family's name that goes on as a program's ("llama.cpp", "llama cpp", "llama-server", "chatglm.cpp", the Rust engine
     * "mistral.rs", also written as its crate "mistral-rs", the C and Go ports "llama2.c" and "llama.go", a maker's own package
     * "mistral-inference", Ollama's own "llama runner" of its log lines: "llama runner process has terminated") names the program,
     * not a model of that family: "7-8b llms with the llama cpp server" are no Llama models.
     */
    private static boolean program(String s, int end) {
        return PROGRAM_REST.matcher(s).region(end, Math.min(s.length(), end + 16)).lookingAt();
    }

    /**
     * A version with a wheel's local build label glued on ("llama 0.13+cu124" for llama-cpp-python, "0.3.2+cpu", "+rocm6.1"):
     * PEP 440's local version, which pip and the wheels' names print for a package's builds, so the words name a package's
     * release, not a model of the family.
     */
    private static boolean packageBuild(String s, int end) {
        return PACKAGE_BUILD.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
    }

    private static final Pattern PACKAGE_BUILD = Pattern.compile("\\+(?:cu\\d{2,3}|cpu|rocm[\\d.]*|xpu)(?![a-z])");

    /**
     * A family's word as a name in code, read in the text as written ({@code raw}, where '_' is not yet a name's '-'): llama.cpp's
     * C functions, whose names its log lines start with ("llama_model_load_internal: model size = 30B", "llama_kv_cache_init"),
     * and a binding's class, imported or called with its arguments ("from llama_cpp import Llama", "Llama(model_path=…)").
     * Code, not a model of the family.
     */
    private static boolean inCode(String raw, int start, int familyEnd) {
        return ENGINE_API_REST.matcher(raw).region(familyEnd, Math.min(raw.length(), familyEnd + 16)).lookingAt()
                || CALL_REST.matcher(raw).region(familyEnd, Math.min(raw.length(), familyEnd + 40)).lookingAt()
                || raw.startsWith("import ", Math.max(0, start - 7));
    }

    /**
     * A constant of code or of the environment, written in capitals with '_' between its words ("meta_template=INTERNLM2_META",
     * "LLAMA_CUBLAS=1", "QWEN_API_KEY"), read in the text as written ({@code text}, case kept): a name in the program, not a model.
     * A model's name in capitals keeps a size, a format or a release word among its words ("QWEN2_7B_INSTRUCT").
     */
    private static boolean constant(String text, int start) {
        Matcher m = CONSTANT.matcher(text).region(start, Math.min(text.length(), start + 64));
        if (!m.lookingAt()) return false;
        boolean word = false;
        for (String w : m.group(1).substring(1).split("_")) {
            String low = w.toLowerCase(Locale.ROOT);
            if (SIZE.matcher(low).matches() || VARIANTS.contains(low) || QUANT_WORD.matcher(low).matches() || PACKAGING_WORD.matcher(low).matches()) return false;
            word |= CONSTANT_WORD.matcher(w).matches();
        }
        return word;
    }

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9.]*((?:_[A-Z0-9]+)+)(?![A-Za-z0-9])");
    /** A word of letters in a constant ("META", "CUBLAS"), not a number or a version. */
    private static final Pattern CONSTANT_WORD = Pattern.compile("[A-Z]{2,}");

    private static final Pattern ENGINE_API_REST = Pattern.compile(
            "_(?:model|new|kv|print|init|load|context|batch|decode|perf|sampler|vocab|backend|graph|state|memory|token)s?(?![a-z0-9])");
    /** A call's opening bracket glued to the name, a keyword argument inside: "Llama(model_path=". */
    private static final Pattern CALL_REST = Pattern.compile("\\( *[a-z_]+ *=");

    /**
     * A name given to an engine's template or parser option ("--chat-template internlm3", "--reasoning-parser deepseek_r1",
     * "--tool-call-parser=hermes"): a prompt or output format that a family lends its name to, not a model loaded.
     */
    private static boolean formatOption(String low, int start) {
        return Prefilter.find(FORMAT_OPTION, low.substring(Math.max(0, start - 48), start));
    }

    private static final Pattern FORMAT_OPTION = Pattern.compile("--[a-z0-9_\\-]*(?:template|parser)(?: +|=)[\"']?$");

    /** A name written as a command-line option ("--seed 1000": Seed-OSS is no model there). */
    private static boolean option(String s, int start) {
        return start >= 2 && s.startsWith("--", start - 2);
    }

    /**
     * A name used as a setting's key, given a number: "seed = 1024", "\"seed\": 42", "seed: 7", a log's "context 66, seed
     * 1920742399". Seed-OSS (or any family word) is no model there. A size has its letter ("qwen3: 8b", "Command R+ 104 B")
     * and a release date four digits ("olmoe 1b 7b 0924"), so only a bare number after '=' or ':', or one of five or more
     * digits, makes a setting; a number glued to a unit is none ("Mistral 7B: 4bit or 8bit?" asks of Mistral 7B). Logs
     * align their values with runs of spaces ("seed  = 1686941892", "n_ctx      = 2048").
     */
    private static boolean setting(String s, int end) {
        return SETTING_REST.matcher(s).region(end, Math.min(s.length(), end + 24)).lookingAt();
    }

    private static final Pattern SETTING_REST = Pattern.compile(
            "(?:[\"']? *[=:] *[\"']?-?\\d+(?:\\.\\d+)?| \\d{5,})(?![0-9.]*(?: ?[bmk](?![a-z])|[a-z]))");

    /**
     * A name inside a code module's dotted path ("transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeModel",
     * "vllm.model_executor.models.qwen2") names the code of an architecture, not a model the person runs.
     */
    private static boolean modulePath(String s, int start, int end) {
        return Prefilter.find(MODULE_BEFORE, s.substring(Math.max(0, start - 40), start))
                || MODULE_AFTER.matcher(s).region(end, Math.min(s.length(), end + 24)).lookingAt();
    }

    /** Module paths as the name spotter reads them, '_' between words already written '-' ("modeling-glm4-moe"). */
    private static final Pattern MODULE_BEFORE = Pattern.compile("(?:\\b(?:models|transformers|model[_-]executor)\\.|\\b(?:modeling|configuration)[_-])$");
    private static final Pattern MODULE_AFTER = Pattern.compile("\\.(?:modeling|configuration|tokenization|processing)[_-]");

    private static final Pattern PROGRAM_REST = Pattern.compile("(?:[. _-]?cpp|\\.(?:rs|c|go)|[-_]rs|[-_]inference|-(?:server|cli|bench)| runner)(?![a-z0-9])");

    /** A folder's closing slash at the end of a path: nothing but a space, a quote or the end after it. */
    private static final Pattern LAST_FOLDER = Pattern.compile("[/\\\\](?=[\\s\"'`),;]|$)");

    private static final Pattern FILE_REST = Pattern.compile("[a-z0-9_.\\-]{0,40}\\.(?:ya?ml|json|py|sh|txt|md|log|toml|cfg|ipynb)(?![a-z0-9])");
    private static final Pattern CONFIG_FILE = Pattern.compile("\\.(?:ya?ml|json|py|sh|txt|md|log|toml|cfg|conf|ini|xml|ipynb)$");

    /**
     * Models the person says already work ("chatglm2-6b和qwen-7b-chat都能运行正常", "it was able to run Llama2 70B") while
     * asking about another ("… can it run Y?"), models they ran before and left ("switched from X to Y", "以前用的是X"), and
     * models named in passing ("X has the same problem") are the background of the question, not what it asks about, as long
     * as another model is left to ask about (rule D of the real-question corpus). Both sides of a contrast the person draws
     * about their own runs are asked ("X runs fine, but Y runs out of memory", "比yi-34b-chat慢好多": the contrast is the
     * question). Not when only sizes are left: "llama 3 8b runs fine, and 70b?" asks for that
     * line's 70B, which the working model names. A clause ends at punctuation, a line break, a list's dash, at
     * "but", or at a space next to a
     * Chinese character (Chinese posts use spaces as commas), or at a comma after one (the full-width comma, which NFKC folds);
     * a clause that asks
     * ("does it run fine?", "…吗", "whether it works") does not say anything works.
     */
    static List<Span> withoutWorkingOnes(String low, List<Span> spans) {
        // a lone model only named as a likeness or a way to borrow ("就像ChatGLM2那样的说明", "as fast as X") is no model asked
        // about either: the question names none (rule D), and sizing X would answer what was not asked; "像X那样的模型" asks for X's kind
        if (spans.size() == 1 && likenedOrBorrowed(low, spans.get(0))) return List.of();
        if (spans.size() < 2) return spans;
        List<Span> notBackground = new ArrayList<>();
        for (Span s : spans) if (!background(low, s, spans)) notBackground.add(s);
        List<Span> kept = withoutListedAlongside(low, spans, notBackground);
        if (kept.isEmpty()) return spans;
        // only sizes left: the working model names their line ("llama 3 8b runs fine, and 70b?"), unless it was a size too
        boolean onlySizesLeft = kept.stream().allMatch(s -> isBareSize(s.value()));
        boolean droppedNamed = spans.stream().anyMatch(s -> !kept.contains(s) && !isBareSize(s.value()));
        return onlySizesLeft && droppedNamed ? spans : kept;
    }

    /** What joins the members of a list: commas, "、", "/", "and", "or", 和, 或, 及. */
    static final Pattern LIST_JOIN = Pattern.compile("(?:[ \\t]*(?:,|、|/|&|\\band\\b|\\bor\\b|和|或|及|以及)[ \\t]*)+");
    /** A join that is a list's and nothing else: a comma alone may end a clause instead ("我现在用的是X，Y能跑吗"). */
    private static final Pattern LIST_ONLY_JOIN = Pattern.compile("、|/|&|\\band\\b|\\bor\\b|和|或|及");
    /** What may follow a list's last member: the sentence's or the bracket's end (a Chinese clause's 了 before it), another join, "as …", "etc.". */
    private static final Pattern LIST_END = Pattern.compile("[ \\t]*(?:了)?(?:[.,;!?)、。；！？]|$|\\b(?:and|or|as|etc)\\b|等)");

    /**
     * A cue before a list speaks of all its members ("the app supports X, Y and Z", "I also tried X and Y", 支持的模型有X、Y),
     * though it stands beside the first only: the members that follow a model the cue dropped, joined by a list's "and"s and
     * "、"s, or by commas where each member ends as a list's does, are dropped with it.
     */
    private static List<Span> withoutListedAlongside(String low, List<Span> spans, List<Span> kept) {
        List<Span> ordered = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        Set<Span> dropped = new HashSet<>();
        for (int i = 1; i < ordered.size(); i++) {
            Span a = ordered.get(i - 1), b = ordered.get(i);
            boolean led = dropped.contains(a)
                    || !kept.contains(a) && PASSING_BEFORE.matcher(low.substring(Math.max(0, a.start() - 80), a.start())).find();
            if (!led || a.end() > b.start() || !LIST_JOIN.matcher(low).region(a.end(), b.start()).matches()) continue;
            boolean listWord = LIST_ONLY_JOIN.matcher(low).region(a.end(), b.start()).find();
            if (listWord || LIST_END.matcher(low).region(b.end(), low.length()).lookingAt()) dropped.add(b);
        }
        return kept.stream().filter(s -> !dropped.contains(s)).toList();
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?。；！？\n]| - |, |[, ](?=\\p{IsHan})|(?<=\\p{IsHan})[ ,]|\\bbut\\b|但|不过|却");
    private static final Pattern WORKS_AFTER = Pattern.compile(
            "(?:都|也)?(?:能|可以)?(?:正常运行|运行正常|流畅运行|运行流畅|跑得很好|跑得挺好|跑得很流畅|运行的很好|运行得很好)|(?:都|也)可以(?:的|了|跑)?(?![吗么])"
                    + "|\\b(?:runs?|works?|ran|worked|loads?|loaded) (?:just )?(?:fine|well|ok|okay|perfectly|great|smoothly|normally)\\b"
                    + "|\\bcan be (?:used|loaded|run) (?:smoothly|normally|fine)\\b"
                    + "|\\b(?:runs?|ran|fits?) with (?:a lot of |plenty of |some )?(?:headroom|room to spare)\\b"
                    + "|\\bcan be (?:used|loaded|run) with\\b");
    private static final Pattern WORKS_BEFORE = Pattern.compile(
            "\\b(?:(?:was|were|am|is|are) able to|managed to|successfully|already) (?:run|ran|load|loaded|running)\\b|成功(?:运行|跑)了?"
                    + "|\\b(?:just |barely )+(?:fit|fitted|got)\\b");
    /**
     * "I can run X, but can I run Y?": being able to run a model says it works only when a contrast follows ("我的3060能跑qwen 7b,
     * qwen 14b吗" lists what is asked); a contrast that reports a failure ("我本地可以跑X，但是跑不了Y") makes both asked (rule D).
     */
    private static final Pattern CAN_RUN_BEFORE = Pattern.compile(
            "\\b(?:i|we) (?:can|could) (?:already |now )?(?:run|load)\\b|(?<![不没否])(?:能|可以)(?:正常)?(?:跑|运行)(?:起来)?");
    private static final Pattern CONTRAST = Pattern.compile("[\\s,，;；]*(?:but|however|though|但|可是|不过|然而)");
    /**
     * A model named in passing, whether or not the clause asks: another model with the same fault ("I had the same issue
     * with X", "X has the same problem", "X也一样"), one the asked model is likened to ("it has the same architecture as
     * R1"), an example of other models that work or exist ("working with other models (e.g. X)", "no problem with other models
     * (ie `X`)", "I can switch to another model (X, Y) and they work", "其它llama的7B模型", "其他模型（比如X）都正常"), what
     * else was tried ("I also tried X", "也试过X").
     */
    private static final Pattern PASSING_BEFORE = Pattern.compile(
            "\\b(?:same|similar) (?:issue|problem|error|behaviou?r|bug)s? (?:with|on|for|using|in) (?:the |my )?(?:model )?$"
                    + "|\\b(?:same|similar) architectures? (?:as|with|to) (?:the )?$"
                    // examples of other models ("other models, like X"); not "the other model, X", the second of a pair
                    + "|(?:\\b(?<!\\bthe )(?:an)?other (?:llms?|models?)|\\bthe other (?:llms|models))\\b[^.?!\\n]{0,16}?(?:\\be\\.? ?g\\.?|\\bi\\.? ?e\\.?|like|such as|including|,|\\()[ ,:(`'\"]*$"
                    + "|(?:其它|其他|别的)(?:的)?(?:大?模型|llms?)?(?:[(（]?(?:比如|例如|如|像)[:：]?)? ?$"
                    // what else was tried besides the model asked about ("I also tried X", 也试过X, 还试了X): rule D's context
                    + "|\\b(?:also|even) (?:tried|tested)(?: it)?(?: with| on| using)? (?:the |a |an )?$"
                    + "|(?:也|还|另外)(?:试过|试了|测试了|测了|尝试了|尝试过|用过)(?:一下)?(?:用)? ?$"
                    // someone else's run, told rather than asked ("since you guys have tested with the X model", "someone said they
                    // ran X", 你们测试过X, 别人跑过X): what others ran is rule D's context, never the person's own question
                    + "|\\b(?<!\\b(?:have|has|had|did|do|does|can|could|would|will) )(?:you(?: guys| all)?|they|others|someone|somebody|people)"
                    + "(?:'ve| have| has| had)? (?:already )?(?:tested|tried|ran|run|used|benchmarked)(?: it| this)?(?: with| on| using)?"
                    + " (?:the |a |an )?$"
                    // what others can run, told as a baseline ("if ppl can run X on 1xA100, why does Y need 4?", 别人都能跑X): not
                    // "you can run X" (the person's own way) nor "can people run X?", 别人能跑X吗 (questions about it)
                    + "|\\b(?<!\\b(?:can|could|do|does|did) )(?:others|someone|somebody|people|ppl|folks)"
                    + " (?:can|could|are able to|were able to) (?:already )?(?:run|load|fit) (?:the |a |an )?$"
                    + "|(?:你们|他们|别人|官方)(?:已经|之前)?(?:测试过|测试了|测过|试过|用过|跑过)(?:了)? ?$"
                    + "|(?:别人|人家|大家)(?:都|也)(?:能|可以)(?:跑|运行)(?:起来)? ?$"
                    // a friend's or other users' run ("my friend runs X", "others on Reddit run X", 我同事跑的是X): not "can my
                    // friend run X?", a question about it
                    + "|\\b(?<!\\b(?:can|could|do|does|did|will|would) )(?:(?:my|a|our) (?:friends?|colleagues?|co-?workers?|teammates?)"
                    + "|other users|(?:others|people|users|folks) (?:on|in|at) [a-z]+)"
                    + " (?:already )?(?:runs?|ran|is running|are running|ha(?:s|ve) run|uses?|used|tested|tried)(?: it| this)?(?: with| on| using)?"
                    + " (?:the |a |an )?$"
                    + "|(?:我的?)?(?:朋友|同事|同学)(?:已经|之前)?(?:在跑|跑的是|用的是|跑过|用过|跑了|跑|用)(?:了)? ?$"
                    // what a third party told of a model, or what the person heard ("my friend told me that X runs on a 4090", "someone
                    // said X needs 48GB", "I heard X is faster", 朋友说他用4090跑过X, 听说X): hearsay, not the person's question; not "did
                    // someone say …?", a question about it
                    + "|\\b(?<!\\b(?:did|does|do|can|could|would|will) )(?:(?:my|a|our) (?:friends?|colleagues?|co-?workers?|teammates?|boss)|someone|somebody"
                    + "|people|others|other users|a user|they|he|she)(?: (?:on|in|at) [a-z]+)? (?:told me|tells me|said|says|mentioned|mentions|claimed|claims"
                    + "|reported|reports|wrote)(?: that)? (?:the |a |an |their |his |her )?$"
                    + "|\\b(?:i|we)(?:'ve| have)? heard(?: that| somewhere that)? (?:the |a |an )?$"
                    + "|(?:听说|据说)(?:了)? ?$|(?:朋友|同事|同学|别人|有人|网上|大佬)(?:说|讲|告诉我)(?:[^，。,;；!?？！\\n]{0,12}?(?:跑过|跑了|用过|在跑|跑的是|用的是))? ?$"
                    // a document's figure for a model, the yardstick of the question ("the README says X needs two 4090s",
                    // "according to the model card, X …", 官方文档说X需要…): what a page states, not the person's run
                    + "|\\b(?:readme|docs?|documentation|model ?card|blog(?: post)?|paper|benchmark(?: table)?|table|website|tutorial|guide)"
                    + " (?:says?|said|states?|stated|claims?|claimed|lists?|listed|shows?|showed|recommends?|recommended|mentions?|mentioned)"
                    + "(?: that)? (?:the |a |an )?$"
                    + "|\\baccording to (?:the |their |your |its )?(?:readme|docs?|documentation|model ?card|blog(?: post)?|paper|benchmarks?|table"
                    + "|website|tutorial|guide)[ ,]+(?:the |a |an )?$"
                    + "|(?:官方|文档|readme|模型卡|教程|博客|论文)(?:里|中|上)?(?:说|写着?|写的|提到|显示|推荐|列出)(?:了)?(?:的)? ?$"
                    // what the project's people said of a model ("the maintainer said X needs two cards"): not "did the
                    // maintainers say …?", a question about it
                    + "|\\b(?<!\\b(?:did|does|do|has|have|can|could) )(?:the )?(?:maintainers?|developers?|devs|authors?|team)"
                    + " (?:said|says|mentioned|mentions|recommended|recommends|suggested|suggests|claimed|claims|stated|states|wrote)"
                    + "(?: that)? (?:the |a |an )?$"
                    // a program's list of what it supports ("the app supports X, Y and Z", "supported models: X, Y", 支持的模型有X)
                    + "|\\b(?<!\\b(?:does|do|did|will|would|can|could) (?:the |this |your )?)(?:the |this |your )?(?:app|project|tool|repo|library|readme|page|website)"
                    + " (?:only |currently |already |now )?(?:supports?|lists?|offers?)(?: models?(?: like| such as| including)?)?:? (?:the |a |an )?$"
                    + "|\\bsupported models?(?: are| include| list)?(?: like| such as)?:? (?:the |a |an )?$|支持的模型(?:有|包括|包含)?[:：]? ?$"
                    // said as done, not asked: "已经支持到X、Y了", "目前已支持X" (a question, "支持X吗", asks about X)
                    + "|(?:已经|已|目前|现在)(?:已经?)?支持(?:到|了)? ?$"
                    // a model the fault does not show with, the person's yardstick ("This issue does not occur when I run X")
                    + "|\\b(?:issue|problem|error|bug|behaviou?r|crash|slowdown)s? (?:does not|doesn't|did not|didn't|never|won't|will not)"
                    + " (?:occur|happen|appear|show up|arise)(?: at all)? (?:with|on|for|in|using|when (?:i |we )?(?:run|use|load|try|switch to|serve))"
                    + " (?:the |a |an )?$");
    private static final Pattern PASSING_AFTER = Pattern.compile(
            "(?: model)?(?: too| as well)?,? (?:and |but )?(?:also )?(?:has|had|have|got|gets|shows?|showed|gave|gives) (?:the )?(?:exact )?(?:same|similar)"
                    + " (?:issue|problem|error|behaviou?r|bug|result)"
                    + "|(?: ?模型)?(?:也|同样)(?:是|有|出现|存在|会)?(?:一样|同样|相同|类似)"
                    // the other side: the fault does not show with it ("X doesn't have this issue", "X就没有这个问题")
                    + "|(?: model)? (?:does not|doesn't|did not|didn't) (?:have|show|get) (?:this|that|the same|such an?|any such) (?:issue|problem|error|behaviou?r|bug)"
                    + "|(?: ?模型)?(?:就|则|却|倒是)?(?:没有|没|不会(?:出现|有))(?:这个|此|这种|该|这样的|类似的?)(?:问题|情况|现象)");
    /**
     * A model run only to check the machine ("I use deepseek-r1:1.5b to check the GPU can run", "loaded X first to make sure
     * the install works"): a probe of the setup, named in passing while another model is asked about (rule D's context). The
     * purpose is a check, not a measurement: "I used X to test the speed" is the person's run.
     */
    private static final Pattern PROBE_BEFORE = Pattern.compile("\\b(?:use|used|using|tried|ran|run|running|load|loaded) (?:the |a |an )?$");
    private static final Pattern PROBE_AFTER = Pattern.compile(
            "(?: model)?(?: first| before| earlier)? to (?:check|verify|confirm|make sure|ensure|test (?:whether|if|that))\\b");

    private static boolean probe(String low, Span span) {
        return PROBE_AFTER.matcher(low).region(span.end(), Math.min(low.length(), span.end() + 40)).lookingAt()
                && Prefilter.find(PROBE_BEFORE, low.substring(Math.max(0, span.start() - 16), span.start()));
    }

    /** Words that liken a model to another without asking about it: "comparable to", "on par with", "as fast as", 相当于, 媲美. */
    private static final Pattern LIKENED_BEFORE = Pattern.compile(
            "\\b(?:comparable|similar|equivalent) to (?:that of )?(?:an? |the )?$|\\bon par with (?:an? |the )?$"
                    + "|\\bas (?:fast|slow|good|smart|capable) as (?:an? |the )?$|(?:相当于|媲美|比得上|堪比)(?:一个)? ?$");
    /**
     * Words right before a model whose way of doing something the person borrows: "inspired by X", "borrowed the idea from X",
     * "the approach of X", "similar to what llama.cpp does for X", 借鉴/仿照/效仿/模仿/照搬X. The subject of "what … does" is
     * no person ("what I did with X" is the person's own run).
     */
    private static final Pattern BORROWED_BEFORE = Pattern.compile(
            "\\binspired by (?:the )?$|\\bborrow(?:ed|ing|s)? (?:[a-z]+ ){0,3}from (?:the )?$"
                    + "|\\b(?:approach|method|technique|trick|recipe|idea|strategy)(?:es|s)? (?:of|from|used by|used in) (?:the )?$"
                    + "|\\b(?:the way|how|what|like|as) (?:(?!(?:i|we|you|they|he|she)\\b)[a-z0-9._\\-]+ ){1,3}"
                    + "(?:does|did|handles|handled|implements|implemented|has done) (?:it |this |that )?(?:for|with|in) (?:the )?$"
                    + "|(?:借鉴|仿照|效仿|模仿|照搬)(?:了|一下|过)? ?$");
    /** "the way X does", "like X did", "how X handles": a cue before the model that needs a doing verb after it. */
    private static final Pattern DONE_LIKE_BEFORE = Pattern.compile("\\b(?:the way|how|what|like|as) (?:the )?$");
    private static final Pattern DOES_AFTER = Pattern.compile(
            "(?: team| folks| people)? (?:does|did|handles|handled|implements|implemented|is doing|has done|approaches)\\b");
    /** "following X's approach", "like X's recipe", "using X's method": X's way of doing it, taken over. */
    private static final Pattern TAKES_BEFORE = Pattern.compile(
            "\\b(?:like|similar to|same as|as in|follow(?:ing|ed)?|us(?:e|ing|ed)|borrow(?:ing|ed)?|cop(?:y|ying|ied)|adopt(?:ing|ed)?) (?:the )?$");
    private static final Pattern APPROACH_AFTER = Pattern.compile(
            "(?:'s|’s) (?:approach|method|technique|trick|recipe|strategy|way of)\\b");
    /** 参考/参照/学习/像 X 的做法/方法/思路/经验/方案/那样: X's way, looked to. */
    private static final Pattern LOOKS_TO_BEFORE = Pattern.compile("(?:参考|参照|借鉴|学习|像)(?:了|一下|过)? ?$");
    private static final Pattern WAY_AFTER = Pattern.compile(" ?(?:的)?(?:做法|方法|思路|经验|方案|方式|套路|那样|那种做法)");

    /**
     * A model whose approach the person borrows, not the one asked about ("like the way DeepSeek does MoE", "similar to what
     * llama.cpp does for Mixtral", "参考了Qwen的做法"): context (rule D), whether or not its clause asks.
     */
    private static boolean borrowedFrom(String low, Span span) {
        String before = low.substring(Math.max(0, span.start() - 60), span.start());
        if (Prefilter.find(BORROWED_BEFORE, before)) return true;
        int end = Math.min(low.length(), span.end() + 24);
        return Prefilter.find(DONE_LIKE_BEFORE, before) && DOES_AFTER.matcher(low).region(span.end(), end).lookingAt()
                || Prefilter.find(TAKES_BEFORE, before) && APPROACH_AFTER.matcher(low).region(span.end(), end).lookingAt()
                || Prefilter.find(LOOKS_TO_BEFORE, before) && WAY_AFTER.matcher(low).region(span.end(), end).lookingAt();
    }

    private static boolean likenedOrBorrowed(String low, Span span) {
        if (A_MODEL_AFTER.matcher(low).region(span.end(), Math.min(low.length(), span.end() + 12)).lookingAt()) return false;
        return borrowedFrom(low, span) || LIKENED_BEFORE.matcher(low.substring(Math.max(0, span.start() - 40), span.start())).find();
    }

    /**
     * A size alone that a named model's speed is held against ("while a 34B model achieves 14 tokens/s", "using 7B is also
     * faster than this", "比27b的都慢"): a yardstick of no model of the question's, in rule D's context. Sizes compared with each
     * other ("671b is faster than 70b", "13B-4bits is slower than 13B") are the person's own runs, both asked, and so is a
     * model compared by its name ("比Qwen2 7B还慢").
     */
    private static boolean speedYardstick(String low, Span span, List<Span> spans) {
        if (!isBareSize(span.value()) || spans.stream().allMatch(o -> o == span || isBareSize(o.value()))) return false;
        int from = span.start();
        int end = Math.min(low.length(), span.end() + 60);
        String before = low.substring(Math.max(0, from - 24), from);
        if (YARDSTICK_AFTER.matcher(low).region(span.end(), end).lookingAt()) {
            return Prefilter.find(A_SIZE_BEFORE, before) || THAN_THIS.matcher(low).region(span.end(), end).find();
        }
        // "slower than a 7B", "比27b的都慢" (slower even than the 27b): a size some other model is, not one of the person's runs
        return Prefilter.find(THAN_A_BEFORE, before)
                || Prefilter.find(COMPARED_ZH_BEFORE, before) && EVEN_ZH_AFTER.matcher(low).region(span.end(), end).lookingAt();
    }

    /** What a yardstick's size is told doing: a speed, or being faster or slower ("achieves 14 tokens/s", "is also faster"). */
    private static final Pattern YARDSTICK_AFTER = Pattern.compile(
            "(?: models?)?(?: (?:achieves|achieved|gets|got|reaches|reached|does|did|runs at|ran at|generates|generated)"
                    + " (?:about |around |~)?\\d+(?:\\.\\d+)? ?(?:tokens?/s|tokens? per second|t/s|tok/s|tps)"
                    + "| (?:is|was|runs?|ran)(?: also| even| much| still| way| far)* (?:faster|quicker|slower)\\b)");
    /** "a 34B model": an article makes the size some other model, not the named one. */
    private static final Pattern A_SIZE_BEFORE = Pattern.compile("\\b(?:a|an|another|any) $");
    /** "… faster than this": the named model's run is the other side. */
    private static final Pattern THAN_THIS = Pattern.compile("\\bthan (?:this|that|it|mine)\\b");
    private static final Pattern THAN_A_BEFORE = Pattern.compile("\\b(?:faster|quicker|slower) than (?:a|an|any) $");
    private static final Pattern COMPARED_ZH_BEFORE = Pattern.compile("(?:比|比起)(?:用|跑)? ?$");
    /** 都/还 after the size compared: slower even than it, the yardstick's expectation ("比27b的都慢"). */
    private static final Pattern EVEN_ZH_AFTER = Pattern.compile(" ?(?:的)?(?:模型)?(?:都|还)(?:要)?(?:慢|快)");

    /** "像X那样的模型", "comparable to X models": a kind of model the likeness describes, the one asked about. */
    private static final Pattern A_MODEL_AFTER = Pattern.compile(" ?(?:那样|这样|一样)?(?:的)?(?:大)?模型| ?(?:-like |-style )?models?\\b");

    static final Pattern ASKS = Pattern.compile(
            "吗|是否|能否|可否|请问|还是|哪|什么|多少|\\?|^\\W*(?:does|do|did|can|could|will|would|is|are|should|whether|if)\\b|\\b(?:whether|if)\\b");

    private static boolean background(String low, Span span, List<Span> spans) {
        int from = span.start();
        Matcher before = CLAUSE_END.matcher(low).region(Math.max(0, from - 80), from);
        int clauseStart = Math.max(0, from - 80);
        while (before.find()) clauseStart = before.end();
        // the spaces Chinese posts put around a Latin name ("推理Qwen2-VL 7B 都可以的") are no comma
        int afterName = span.end();
        while (afterName < low.length() && low.charAt(afterName) == ' ') afterName++;
        Matcher after = CLAUSE_END.matcher(low).region(afterName, Math.min(low.length(), afterName + 80));
        int clauseEnd = after.find() ? after.start() : Math.min(low.length(), afterName + 80);
        // the cue may hold a full stop ("(e.g. X)"), so it is looked for right before the name rather than in its clause
        if (Prefilter.find(PASSING_BEFORE, low.substring(Math.max(0, from - 80), from))
                || PASSING_AFTER.matcher(low).region(span.end(), clauseEnd).lookingAt() || formExample(low, span)
                || borrowedFrom(low, span) || speedYardstick(low, span, spans) || probe(low, span)) return true;
        // rule D: a model the person has or uses now, named while the question is about another ("I have X downloaded; can
        // my 3060 run Y?", "Besides X, …", 我有个7b的本地版本，想知道Y能跑吗) is context, unless the question compares the two.
        // Its clause ends at any comma: NFKC folds "，" to a comma glued to the next word, which the clause rule above keeps.
        if (Prefilter.find(HELD_BEFORE, low.substring(Math.max(0, from - 40), from)) && !heldClauseAsks(low, span)
                && anotherAskedAlone(low, span, spans)) return true;
        // a remark in the code's comments ("# Pass the default decoding hyperparameters of Qwen1.5-7B-Chat", the sample code
        // people copy) names no model the code runs, while another is named outside them
        if (inCodeComment(low, from) && spans.stream().anyMatch(o -> !inCodeComment(low, o.start()))) return true;
        // a model being replaced ("X would be upgraded to Y", "Can X be replaced with Y?", "Y instead of X", 用Y代替X) is left,
        // whether or not the clause asks: the question is about the one it is replaced by (rule D)
        if (Prefilter.find(SWITCHED_BEFORE, low.substring(Math.max(0, from - 40), from))
                || Prefilter.find(RAN_BEFORE, low.substring(Math.max(0, from - 40), from))
                    && PAST_AFTER.matcher(low).region(span.end(), Math.min(low.length(), span.end() + 24)).lookingAt()
                || SWITCHED_AFTER.matcher(low).region(span.end(), Math.min(low.length(), span.end() + 16)).lookingAt()
                || REPLACED_AFTER.matcher(low).region(span.end(), clauseEnd).find()) return true;
        if (clauseEnd < low.length() && low.charAt(clauseEnd) == '?') return false;
        if (Prefilter.find(ASKS, low.substring(clauseStart, clauseEnd))) return false;
        // a model another is likened to, not asked about ("comparable to a 12B model", "性能相当于X"): a comparison in passing (rule D)
        if (Prefilter.find(LIKENED_BEFORE, low.substring(Math.max(0, from - 40), from))) return true;
        // rule D: both sides of a contrast the person draws about their own runs are asked ("X runs fine, but Y fails");
        // a model said to work is context only when what follows asks about another ("X runs fine. Can it run Y?")
        if (contrastReported(low, clauseEnd, spans)) return false;
        if (Prefilter.find(CAN_RUN_BEFORE, low.substring(clauseStart, from))
                && CONTRAST.matcher(low).region(clauseEnd, low.length()).lookingAt()) return true;
        boolean works = Prefilter.find(WORKS_BEFORE, low.substring(clauseStart, from)) || Prefilter.find(WORKS_AFTER, low.substring(span.end(), clauseEnd))
                || worksRightAfterComma(low, clauseEnd);
        // rule D: a model said to work while the post reports another model's own failed or slow run, in any sentence (the
        // title's "Y out of memory" and a later "X works fine", "Running Y results in an error. … X ran fine") is the other
        // side of the contrast the person draws: both are asked. It is background only beside a question about another model.
        // A model said to have worked before an update, in a post telling the regression ("In v0.3.9 X and Y ran normally. After
        // upgrading, the above two models crash"), is a model the regression is about, even when its failure names no model.
        return works && !troubleElsewhere(low, span, spans) && !RegressionForms.told(low);
    }

    /**
     * What people write about a run that went wrong: out of memory, a failure to run or load, a crash, an error, a slow run
     * (ReportSpotter's symptom words, with the short forms titles use: "OOMs", "炸显存", "报错"), the GPU left out.
     */
    static final Pattern TROUBLE = Pattern.compile(
            ReportSpotter.TROUBLE_WORDS
                    + "|(?<![a-z])(?:ooms|oomed|errors? out|results? in an? error|throws? an? error|gives? an? error|got an? error|fails|failed)(?![a-z])"
                    + "|炸显存|显存炸|爆了|报错|出错|错误|失败|不足"
                    // the GPU left out ("it does not use the GPU anymore but instead uses the CPU"): a fault of the run too
                    + "|" + GpuNotUsedForms.UNUSED_WORDS);
    /** A worry or a plan before a trouble word: "will Y OOM?", 会不会爆显存; no run that went wrong. */
    static final Pattern TROUBLE_HEDGE = Pattern.compile(
            "\\b(?:will|would|might|may|could|whether|if|afraid|worried|avoid)\\b|会不会|是否会|可能|担心|怕|避免|防止");

    /**
     * Whether another model than {@code span}, in a sentence of its own, is told as failing or slow in the person's run
     * rather than feared or asked about: the post contrasts a working model with a failing one.
     */
    private static boolean troubleElsewhere(String low, Span span, List<Span> spans) {
        for (Span o : spans) {
            if (o == span || o.value().equalsIgnoreCase(span.value())) continue;
            // the same clause was read above: a contrast there is contrastReported's
            if (o.start() < span.end() + 2 && o.end() > span.start() - 2) continue;
            int start = Math.max(0, o.start() - 160);
            Matcher before = SENTENCE_END.matcher(low).region(start, o.start());
            while (before.find()) start = before.end();
            Matcher after = SENTENCE_END.matcher(low).region(o.end(), Math.min(low.length(), o.end() + 160));
            int end = after.find() ? after.start() : Math.min(low.length(), o.end() + 160);
            // the working model's own sentence tells its run, not the other's
            if (span.start() >= start && span.start() < end) continue;
            String sentence = low.substring(start, end);
            Matcher t = TROUBLE.matcher(sentence);
            if (!t.find()) continue;
            if (Prefilter.find(TROUBLE_HEDGE, sentence.substring(0, t.start()))) continue;
            boolean asks = (end < low.length() && low.charAt(end) == '?') || Prefilter.find(ASKS, sentence) || Prefilter.find(ASKS_ZH, sentence);
            if (asks && !Prefilter.find(WHY, sentence)) continue;
            return true;
        }
        return false;
    }

    /** A question about why a run failed still reports the failure ("why does Y run out of memory?", 为什么Y会爆显存). */
    private static final Pattern WHY = Pattern.compile("\\b(?:why|how come)\\b|为什么|为啥|怎么回事");

    /** A form's label about the model ("Model used", "使用的模型", "LLM") right before its bracketed hint. */
    private static final Pattern FORM_LABEL = Pattern.compile("(?:\\bmodels?|\\bllms?|模型|大模型)(?: name| used| version| you use)?(?:名称|名字)? ?$|(?:used|使用的?|用的) ?(?:models?|模型) ?$");
    /** Words that mark a bracket's content as examples: a list's "/" or "、", "等", "etc.", "e.g.", "例如", "such as". */
    private static final Pattern EXAMPLES = Pattern.compile("/|、|等|\\betc\\b|\\be\\.? ?g\\.?|例如|比如|\\bsuch as\\b|\\bfor example\\b");

    /**
     * A model named as an issue template's example: in the brackets after a form's label about the model, with the
     * person's answer after a colon ("- 使用的模型（ChatGLM-6B / ClueAI/ChatYuan-large-v2 等）：X", "Model used (e.g. A / B):
     * X"). The template's author named it, not the person: the answer after the colon is what they run.
     */
    private static boolean formExample(String low, Span span) {
        int open = low.lastIndexOf('(', span.start());
        if (open < 0 || span.start() - open > 80 || low.indexOf(')', open) < span.start()) return false;
        int close = low.indexOf(')', span.end());
        if (close < 0 || close - span.end() > 120 || low.lastIndexOf('(', close) != open) return false;
        int next = close + 1;
        while (next < low.length() && low.charAt(next) == ' ') next++;
        if (next >= low.length() || low.charAt(next) != ':') return false;
        if (!Prefilter.find(FORM_LABEL, low.substring(Math.max(0, open - 30), open).stripTrailing())) return false;
        return Prefilter.find(EXAMPLES, low.substring(open + 1, close));
    }

    /**
     * Whether the clause after {@code clauseEnd} opens a contrast ("but", 但是, 不过…) that reports how another model named
     * in it fared in the person's own run rather than asking: "X runs fine, but Y runs out of memory" reports, "…, but can
     * it run Y?" asks, and "X can be used, but I have plenty of RAM" names no other model.
     */
    private static boolean contrastReported(String low, int clauseEnd, List<Span> spans) {
        Matcher c = CONTRAST.matcher(low).region(clauseEnd, low.length());
        if (!c.lookingAt()) return false;
        Matcher end = SENTENCE_END.matcher(low).region(c.end(), Math.min(low.length(), c.end() + 120));
        int stop = end.find() ? end.start() : Math.min(low.length(), c.end() + 120);
        if (stop < low.length() && low.charAt(stop) == '?') return false;
        if (Prefilter.find(ASKS, low.substring(c.end(), stop))) return false;
        int from = c.end();
        return spans.stream().anyMatch(o -> o.start() >= from && o.start() < stop);
    }

    /**
     * Words right before a model the person already has or uses now: "I have (downloaded)", "I'm currently running",
     * "currently I use", "besides", "apart from", "other than", 我(本地)有(个), 我现在用的是, 目前在跑, 除了. Said of a model while
     * another is asked about, they make it the background of the question (rule D: named with no question about it).
     */
    private static final Pattern HELD_BEFORE = Pattern.compile(
            "\\b(?:i|we) (?:already |currently |now )?(?:have|own|got|downloaded|pulled|installed)(?: got| downloaded| installed| pulled)?"
                    + " (?:the |a |an )?$"
                    + "|\\b(?:i'?m|i am|we'?re|we are) (?:currently |now |already )?(?:using|running|serving) (?:the |a |an )?$"
                    + "|\\b(?:currently|right now|at the moment|for now|at present),? (?:i |we )?(?:use|run|serve|using|running|have) (?:the |a |an )?$"
                    + "|\\bmy (?:current|existing) (?:model|llm|setup) (?:is|runs) (?:the |a |an )?$"
                    + "|\\b(?:besides|apart from|aside from|other than|in addition to) (?:the |a |an |my )?$"
                    + "|我们?(?:本地|电脑上|机器上|这边|手上)?(?:已经|现在|目前)?(?:有|下载了|下了|装了|部署了)(?:个|一个|了)? ?$"
                    + "|(?:我们?)?(?:现在|目前|当前|平时|正在)(?:在)?(?:用|跑|使用|部署|运行)(?:的是|着|的)? ?$"
                    + "|除了 ?$");
    /** Words of a comparison: asking how Y compares with X makes X a side of the question, not its background. */
    private static final Pattern COMPARING = Pattern.compile(
            "\\b(?:faster|slower|better|worse|bigger|smaller|larger|than|compared?|comparison|vs\\.?|versus|difference)\\b|比|更|对比|相比|区别|哪个");

    /** Chinese ways of asking besides {@link #ASKS}: "能不能跑", "可不可以", "够不够", "行不行", "是不是", "有没有". */
    static final Pattern ASKS_ZH = Pattern.compile("能不能|可不可以|够不够|行不行|是不是|有没有|可以跑吗|能跑吗");
    private static final Pattern ANY_COMMA_OR_END = Pattern.compile("[,;.!?\\n。；！？、]");

    /** Whether the words after a held model, up to the next comma or sentence end, ask ("I have X, can it run faster?"). */
    private static boolean heldClauseAsks(String low, Span span) {
        Matcher m = ANY_COMMA_OR_END.matcher(low).region(span.end(), Math.min(low.length(), span.end() + 80));
        int end = m.find() ? m.start() : Math.min(low.length(), span.end() + 80);
        String rest = low.substring(span.end(), end);
        return (end < low.length() && low.charAt(end) == '?') || Prefilter.find(ASKS, rest) || Prefilter.find(ASKS_ZH, rest);
    }

    /**
     * Whether another model than {@code span} stands in a sentence that asks and draws no comparison: the question is about
     * that model, so a model the person has or uses is its background.
     */
    private static boolean anotherAskedAlone(String low, Span span, List<Span> spans) {
        for (Span o : spans) {
            if (o == span || o.value().equalsIgnoreCase(span.value())) continue;
            int start = Math.max(0, o.start() - 200);
            Matcher before = SENTENCE_END.matcher(low).region(start, o.start());
            while (before.find()) start = before.end();
            Matcher after = SENTENCE_END.matcher(low).region(o.end(), Math.min(low.length(), o.end() + 200));
            int end = after.find() ? after.start() : Math.min(low.length(), o.end() + 200);
            String sentence = low.substring(start, end);
            boolean asks = (end < low.length() && low.charAt(end) == '?') || Prefilter.find(ASKS, sentence) || Prefilter.find(ASKS_ZH, sentence);
            if (asks && !Prefilter.find(COMPARING, sentence)) return true;
        }
        return false;
    }

    /** A sentence's end; a version's or a size's decimal point ("Qwen2.5", "2.4B") is none. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?![0-9])|(?<![0-9])\\.|[;!?。；！？\\n]");
    /**
     * Words right before a model the person ran before and has left: "switched from", "moved from", "migrated from",
     * "upgraded from", "used to run", "previously ran", "replaced", 从…(换成), 把…(换成), 以前/之前/原来用的是.
     */
    private static final Pattern SWITCHED_BEFORE = Pattern.compile(
            "\\b(?:switch(?:ed|ing)?|mov(?:ed|ing)|migrat(?:ed|ing)|went|going|chang(?:ed|ing)|upgrad(?:ed|ing)|downgrad(?:ed|ing)|came|coming)"
                    + " (?:over |back |away )?from (?:the |my |using |running )?$"
                    + "|\\bused to (?:run|use|load|have|be running|be using) (?:the |a |an )?$|\\bpreviously (?:ran|used|running|using|run) (?:the |a )?$"
                    // the time said first, the person after it ("previously I ran X", "in the past we used X")
                    + "|\\b(?:previously|formerly|earlier|before(?: that)?|in the past),? (?:i|we) (?:ran|used|had|was running|was using|were running|were using"
                    + "|have (?:run|used)|'ve (?:run|used)) (?:the |a |an )?$"
                    + "|\\breplac(?:e|ed|ing) (?:the |my |our )?$|\\binstead of (?:the |a |an |my |using |running )?$"
                    + "|(?:代替|取代|替代|替换掉?|而不是(?:用|跑)?)(?:了|原来的|之前的|现在的)? ?$"
                    + "|(?:以前|之前|原来|原先|先前|过去|本来)(?:一直|都)?(?:在)?(?:用|跑|使用|部署|运行)(?:的是|的|了|过)? ?$"
                    // the time first and the way after it, the verb's 过 telling a run done and over ("早些时候通过ktransformers运行过X",
                    // "之前在4090上跑过X"): the run the person had, not the one asked about
                    + "|(?:以前|之前|早些时候|早前|此前|曾经|先前|原先)[^，。,;；!?？！\\n]{0,30}?(?:运行|跑|用|部署|使用)过 ?$");
    /**
     * Words after a model, in its clause, that have it replaced by another: "X (currently used) would be upgraded to Y",
     * "can X be replaced with Y", "X got swapped for Y".
     */
    private static final Pattern REPLACED_AFTER = Pattern.compile(
            "^[^?]{0,60}?\\b(?:be|been|being|get|gets|got|is|was) (?:upgraded|replaced|swapped|switched|changed) (?:to|with|by|for)\\b");
    /**
     * Whether {@code at} lies in a comment of pasted code: in a fenced block (an odd number of fences before it), after a
     * "#" or "//" that starts the line or follows a space. A root shell's prompt ("# ollama run X", "# python app.py") is
     * a command, not a comment.
     */
    static boolean inCodeComment(String low, int at) {
        int lineStart = low.lastIndexOf('\n', at - 1) + 1;
        Matcher m = CODE_COMMENT.matcher(low).region(lineStart, at);
        if (!m.find() || PROMPT_COMMAND.matcher(low).region(m.end(), at).lookingAt()) return false;
        // a comment after code on its line ("pipe = pipeline('…', # /old/path/X"): the call or assignment before it says so, fenced or not
        if (CODE_BEFORE.matcher(low).region(lineStart, m.start()).find()) return true;
        int fences = 0;
        for (int i = low.indexOf("```"); i >= 0 && i < lineStart; i = low.indexOf("```", i + 3)) fences++;
        return fences % 2 == 1;
    }

    private static final Pattern CODE_COMMENT = Pattern.compile("(?:^|(?<=\\s))(?:#|//) ");
    /** A call or an assignment of code: "pipeline(", "model = ", "llm=". */
    private static final Pattern CODE_BEFORE = Pattern.compile("[a-z_][a-z0-9_.]*(?:\\(| ?= ?[^=])");
    private static final Pattern PROMPT_COMMAND = Pattern.compile(
            " *(?:ollama|python3?|vllm|docker|pip3?|git|sudo|cd|export|curl|wget|llama-[a-z]+|\\./|lms|mlx_lm|huggingface-cli|sglang|nvidia-smi)\\b");

    /** The person's run of a model said before it ("I was running X") that the words after it put in the past ({@link #PAST_AFTER}). */
    private static final Pattern RAN_BEFORE = Pattern.compile("\\b(?:i|we) (?:was running|was using|were running|were using|ran|used|had) (?:the |a |an )?$");
    /** "… X before.", "… X previously, but": the run was in the past, the sentence or clause ends there. */
    private static final Pattern PAST_AFTER = Pattern.compile(" ?(?:model )?(?:before|previously|earlier|in the past)(?=[.,;!?)]|$| and\\b| but\\b)");

    /** Words right after a model the person has left for another: 换成, 换到, 切换到, 改成, 改用, 升级到, 替换为. */
    private static final Pattern SWITCHED_AFTER = Pattern.compile(
            " ?(?:模型)?(?:后来|之后)?(?:换成|换为|换到|切换到|切换成|切换为|改成|改为|改用|替换为|替换成|升级到|升级为|迁移到)");

    /**
     * "Qwen2VL的7B模型，运行的很好": a clause after a comma that starts by saying it works, its subject left out, speaks of
     * the model before the comma, unless it asks ("…，运行正常吗？").
     */
    private static boolean worksRightAfterComma(String low, int comma) {
        if (comma >= low.length() || low.charAt(comma) != ',') return false;
        int next = comma + 1;
        while (next < low.length() && low.charAt(next) == ' ') next++;
        Matcher end = CLAUSE_END.matcher(low).region(next, Math.min(low.length(), next + 80));
        int nextEnd = end.find() ? end.start() : Math.min(low.length(), next + 80);
        if (nextEnd < low.length() && low.charAt(nextEnd) == '?') return false;
        if (Prefilter.find(ASKS, low.substring(next, nextEnd))) return false;
        return WORKS_AFTER.matcher(low).region(next, nextEnd).lookingAt();
    }

    /**
     * Words that, glued after a line's name, make another model of that maker: a vision or audio release built around the
     * language model ("llama3.2-vision", "Llama-3.2-11B-Vision-Instruct", "qwen2-audio"), an embedding or reranking model
     * ("qwen3-embedding", "Qwen3-Reranker-4B", "granite-embedding"), a safety classifier ("Llama-Guard-3-8B"), a new
     * architecture under the old line's name ("Qwen3-Next-80B-A3B", a state-space "falcon-mamba", "codestral-mamba"), a
     * larger or retrained tier sold under the line's name ("solar-pro" is 22B where "solar" is 10.7B, "llama-pro-8b"), a
     * theorem prover ("deepseek-prover"). None is the line's language model: its size and shape differ, so the name is that
     * other model's, unknown to the catalog unless it lists it.
     */
    private static final Pattern OTHER_MODEL_WORD = Pattern.compile(
            "vision|audio|embed|embeddings?|rerank(?:er)?|guard|next|reward|tts|asr|ocr|pro|prover|mamba");

    /**
     * The end of a name that goes on as another model's: a word glued on with no separator ("gemma3n" is not Gemma unless the
     * catalog has that name) or a word of {@link #OTHER_MODEL_WORD} glued on with '-' or '_',
     * together with the rest of the glued run (its size and release words: "qwen3-embedding-8b"). Else {@code end}: a
     * space, a file's dot, a tag's colon or anything else ends the name where {@link #extend} left it. -1 when the glued
     * run is a class of the code ({@link #CODE_CLASS}), no model at all.
     */
    private static int otherModelEnd(String s, int end) {
        if (end >= s.length() || end == 0 || !Scan.isWordChar(s.charAt(end - 1))) return end;
        char c = s.charAt(end);
        if (!Scan.isWordChar(c) && c != '-' && c != '_') return end;
        int e = end;
        while (e < s.length() && e - end < 64 && (Scan.isWordChar(s.charAt(e)) || s.charAt(e) == '-' || s.charAt(e) == '_' || decimalPoint(s, e))) e++;
        while (e > end && (s.charAt(e - 1) == '-' || s.charAt(e - 1) == '_')) e--;
        boolean glued = Scan.isWordChar(c);
        // the word may come after the version or the size the name stopped before ("ernie-4.5_reranker_0.3b")
        for (String w : HYPHENS.split(s.substring(end, e))) glued |= OTHER_MODEL_WORD.matcher(w).matches();
        if (!glued) return end;
        // "Qwen2VLForConditionalGeneration", "LlamaTokenizer": a class of the code, which names no model
        if (Scan.isWordChar(c) && Prefilter.find(CODE_CLASS, s.substring(end, e))) return -1;
        return e;
    }

    /**
     * The end of a Transformers class name ("…ForCausalLM", "…Model", "…Tokenizer", "…DecoderLayer"), lower-cased, and of the
     * module classes a traceback prints ("Qwen3MoeSparseMoeBlock", "Qwen2RMSNorm", "LlamaRotaryEmbedding", "…Experts").
     */
    private static final Pattern CODE_CLASS = Pattern.compile(
            "(?:for[a-z]+|model|tokenizer(?:fast)?|config|processor|attention|layer|mlp|block|norm|rotaryembedding|experts?|router|gate)$");

    /** Where a name starts when a word is glued to it by '-' or '_' ("me-" in "me-llama-13b"); else {@code start}. */
    private static int gluedStart(String s, int start) {
        if (!Patterns.gluedToWord(s, start)) return start;
        int b = start - 1;
        // a version's dot belongs to the glued word too ("dolphin-2.2-")
        while (b > 0 && start - b < 24 && (Scan.isWordChar(s.charAt(b - 1)) || s.charAt(b - 1) == '-' || s.charAt(b - 1) == '_'
                || (s.charAt(b - 1) == '.' && b >= 2 && Character.isDigit(s.charAt(b - 2))))) b--;
        // an organisation ("TheBloke/") is not a glued word
        if (b > 0 && s.charAt(b - 1) == '/') return start;
        // a file format's word before the name is its packaging ("ggml-vicuna-13b-cocktail-v1-q5_0.bin", "gguf-llama-2-7b")
        return PACKAGING_PREFIX.matcher(s).region(b, start).matches() ? start : b;
    }

    private static final Pattern PACKAGING_PREFIX = Pattern.compile("(?:ggml|gguf|ggjt)[-_]");

    /*
     * DeepSeek's R1 distills named by teacher and student, in any order people write them. The released distills are a
     * short table (DeepSeek-R1 README, "DeepSeek-R1-Distill Models": Qwen2.5-Math-1.5B and -7B, Llama-3.1-8B, Qwen2.5-14B and
     * -32B, Llama-3.3-70B-Instruct; the R1-0528 card: Qwen3-8B), so a teacher, a student's family (with or without its version)
     * and one of those sizes name one model whatever the order, the separators or the word for "distilled":
     * "deepseekr1-qwen2.5-32b", "DeepSeek-R1-Qwen-32B", "r1 distill qwen 14b", "the R1 Qwen 7B distill", "R1蒸馏版的Qwen 32B",
     * "qwen2.5-32b-r1-distill", "Llama-70B-DeepSeek-R1-Distill". Without R1 ("deepseek蒸馏qwen32b") the distil word says it.
     */
    private static final String DISTIL_WORD = "(?:蒸馏|distill(?:ed|ation)?)(?:版本?|版的|后的|的|模型)*";
    private static final String DISTIL_SEP = "[- _]?(?:的)?[- _]?";
    private static final String DISTIL_TEACHER = "(?:(?:deepseek|ds)[- _]?)?r1(?:[- _]?0528)?";
    private static final String DISTIL_STUDENT = "(?<fam>qwen|llama)[- _]?(?<ver>(?:2\\.5|2|3\\.1|3\\.3|3)(?![0-9.]))?(?:[- _]?math)?" + DISTIL_SEP
            + "(?<size>\\d{1,2}(?:\\.\\d)?)b";
    /** Teacher first: "deepseek-r1[-distill]-qwen-32b", "deepseek蒸馏版的qwen-32B", "R1 Qwen 7B distill". */
    private static final Pattern DISTILL = Pattern.compile("(?<![a-z0-9])(?:" + DISTIL_TEACHER + DISTIL_SEP + "(?:(?<dw1>" + DISTIL_WORD + ")"
            + DISTIL_SEP + "(?:of )?)?|(?:deepseek|ds)" + DISTIL_SEP + "(?<dw2>" + DISTIL_WORD + ")" + DISTIL_SEP + "(?:of )?)"
            + DISTIL_STUDENT + "(?:" + DISTIL_SEP + "(?<dw3>" + DISTIL_WORD + "))?(?![a-z0-9])");
    /** Student first: "qwen2.5-32b-r1-distill", "Llama-70B-DeepSeek-R1-Distill", "qwen-7b deepseek distilled". */
    private static final Pattern DISTILL_STUDENT_FIRST = Pattern.compile("(?<![a-z0-9])" + DISTIL_STUDENT + "(?:[- _](?:instruct|chat))?"
            + "(?<glue>[- _])(?:(?<r1>" + DISTIL_TEACHER + ")|deepseek|ds)(?:" + DISTIL_SEP + "(?<dw>" + DISTIL_WORD + "))?(?![a-z0-9])");
    /**
     * The teacher's distill of a size with no student named: "R1 distill 32B", "r1蒸馏32b", "DeepSeek-R1蒸馏版14b", "the 32b
     * distill of deepseek r1". One model, the one the teacher's name with that size names ("R1 32B"), not R1 and a size.
     */
    private static final Pattern TEACHER_DISTILL_SIZE = Pattern.compile("(?<![a-z0-9])(?:" + DISTIL_TEACHER + DISTIL_SEP + DISTIL_WORD
            + DISTIL_SEP + "(?<size>\\d{1,3}(?:\\.\\d)?b)|(?<first>\\d{1,3}(?:\\.\\d)?b)" + DISTIL_SEP + DISTIL_WORD + " of (?:the )?"
            + DISTIL_TEACHER + ")(?![a-z0-9])");
    /** The released distills by student family and size (see {@link #DISTILL}); qwen3 8b is R1-0528's. */
    private static final Set<String> DISTILLS = Set.of("qwen 1.5", "qwen 7", "qwen 14", "qwen 32", "llama 8", "llama 70", "qwen3 8");
    /**
     * Nicknames people use alone: "R1" (and "V3" where DeepSeek is the subject) for DeepSeek's models, also with DeepSeek's
     * short "DS" before them ("ds-r1 32b", "DS V3").
     */
    private static final Pattern R1 = Pattern.compile("(?<![a-z0-9\\-_./])(?:ds[- _]?)?r1(?![a-z0-9])");
    /** A size right after a nickname: after a space, a dash or 的, or in brackets ("R1 14B", "r1-32b", "R1 (70b)", "R1的14B"). */
    private static final Pattern NICKNAME_SIZE = Pattern.compile("(?:[ \\-_]| ?\\( ?| ?的 ?)(\\d{1,3}(?:\\.\\d)?b)(?![a-z0-9])(?: ?\\))?");
    private static final Pattern V3 = Pattern.compile("(?<![a-z0-9\\-_./])(?<ds>ds[- _]?)?v3(?![a-z0-9.])");
    private static final Pattern V3_AS_MODEL = Pattern.compile(" ?(?:模型|版本|model)");
    /** Where V3 is DeepSeek's: DeepSeek named, its R1 beside it ("R1 or V3", "DeekSeep-R1 or V3"), its size. */
    private static final Pattern DEEPSEEK_CONTEXT = Pattern.compile("deepseek|深度求索|满血|671b|685b|(?<![a-z0-9])r1(?![a-z0-9])");

    private static final Pattern HARDWARE_BEFORE = Pattern.compile("(?:ascend|昇腾|升腾|huawei|华为) ?$");
    /**
     * A board or device maker's name before a word makes it the product's name: "Radxa Orion O6" is an ARM board, not
     * Orion 14B; "Orange Pi", "Rock 5B" likewise.
     */
    private static final Pattern DEVICE_BEFORE = Pattern.compile(
            "(?<![a-z0-9])(?:radxa(?: rock)?|raspberry ?pi|orange ?pi|banana ?pi|rock ?pi|khadas|odroid|pine64|rockchip|jetson|coral)[ -]?$");
    /**
     * OpenAI's hosted models ("gpt-3.5-turbo", "gpt-4o", "GPT-5") and ChatGPT have no weights to run locally: named as a
     * comparison or as a served name ("--served-model-name gpt-3.5-turbo"), they are no model to size.
     */
    private static final Pattern HOSTED = Pattern.compile("(?:chat)?gpt[- ]?(?:3|3\\.5|4|4o|4\\.\\d|5)(?![0-9a-z])(?:[-. ][a-z0-9.\\- ]*)?|chatgpt");

    /** Whether the span from {@code start} to {@code end} lies inside a PCI address. */
    static boolean inPciAddress(String s, int start, int end) {
        Matcher a = PCI_ADDRESS.matcher(s).region(Math.max(0, start - 9), Math.min(s.length(), end + 7));
        a.useTransparentBounds(true);
        while (a.find()) if (a.start() <= start && end <= a.end()) return true;
        return false;
    }

    private static boolean deviceBefore(String s, int start) {
        return Prefilter.find(DEVICE_BEFORE, s.substring(Math.max(0, start - 16), start));
    }
    /**
     * A graphics card's name right before a size: "RTX 2060 6b", "Tesla P40 24B", "RX 6800 16b" give its memory with "b" slipped
     * in for "gb"; no model is written after a card's name.
     */
    private static final Pattern CARD_BEFORE = Pattern.compile(
            "(?<![a-z0-9])(?:(?:rtx|gtx|rx|radeon|arc|quadro) ?[a-z]?\\d{3,4}|tesla ?[a-z]?\\d{2,4})(?: ?(?:ti|super|xtx|xt))? ?$");
    /** Huawei's Ascend 910B and 310B: no released model has 910B or 310B parameters, so the bare name is the chip. */
    private static final Pattern ASCEND_CHIP = Pattern.compile("(?:910|310)b");

    private static List<Span> distills(Scan scan, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = DISTILL.matcher(s);
        while (m.find()) {
            boolean said = m.group("dw1") != null || m.group("dw2") != null || m.group("dw3") != null;
            int start = m.start(), end = m.end();
            distill(m, said).ifPresent(v -> out.add(new Span(start, end, v)));
        }
        m = DISTILL_STUDENT_FIRST.matcher(s);
        while (m.find()) {
            // the teacher glued on ("qwen-32b-r1") or the distil word said it; "deepseek" alone needs the word
            boolean said = m.group("dw") != null;
            if (m.group("r1") == null && !said) continue;
            if (!said && m.group("glue").equals(" ")) continue;
            int start = m.start(), end = m.end();
            distill(m, said).ifPresent(v -> out.add(new Span(start, end, v)));
        }
        m = TEACHER_DISTILL_SIZE.matcher(s);
        while (m.find()) out.add(new Span(m.start(), m.end(), "deepseek-r1 " + (m.group("size") != null ? m.group("size") : m.group("first"))));
        return out;
    }

    /**
     * The distill a match names: qwen3 8b is R1-0528's, the rest "deepseek-r1-distill-{family}-{size}b". A size the table lacks
     * is named only when the distil word says it is a distill ("deepseek distilled qwen 72b" stays unknown rather than another
     * model); otherwise the words are left to the other readers ("R1 qwen 72b": R1 and Qwen 72B).
     */
    private static Optional<String> distill(Matcher m, boolean said) {
        String fam = m.group("fam");
        String size = m.group("size");
        boolean qwen3 = fam.equals("qwen") && "3".equals(m.group("ver"));
        if (qwen3 && size.equals("8")) return Optional.of("deepseek-r1-0528-qwen3-8b");
        if (!said && (qwen3 || !DISTILLS.contains(fam + " " + size))) return Optional.empty();
        return Optional.of("deepseek-r1-distill-" + fam + "-" + size + "b");
    }

    private static List<Span> nicknames(String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = R1.matcher(s);
        while (m.find()) {
            // "R1 14B", "r1-32b", "R1 (70b)", "R1的14B": the size is R1's (a distill, or the 671B itself), one model, not R1 and a size
            Matcher size = NICKNAME_SIZE.matcher(s).region(m.end(), s.length());
            if (size.lookingAt()) out.add(new Span(m.start(), size.end(), "deepseek-r1 " + size.group(1)));
            else out.add(new Span(m.start(), m.end(), "deepseek-r1"));
        }
        boolean deepseek = Prefilter.find(DEEPSEEK_CONTEXT, s);
        m = V3.matcher(s);
        while (m.find()) {
            // "V3模型", "the V3 model": said as a model's name, V3 is DeepSeek's even where DeepSeek is not named
            if (deepseek || m.group("ds") != null || V3_AS_MODEL.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 8)).lookingAt()) {
                out.add(new Span(m.start(), m.end(), "deepseek-v3"));
            }
        }
        return out;
    }

    /**
     * A run of [a-z0-9._], a dot only between digits: "3.1" in "llama 3.1." stops before the full stop, and "13b" in
     * "llama-2-13b.Q5_K_M.gguf" before the file name's dot.
     */
    private static int readToken(String s, int i) {
        int e = i;
        while (e < s.length() && e - i < 24 && (Scan.isWordChar(s.charAt(e)) || s.charAt(e) == '_' || decimalPoint(s, e))) e++;
        while (e > i && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '_')) e--;
        return e;
    }

    private static boolean decimalPoint(String s, int i) {
        return s.charAt(i) == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    private List<Span> bareSizes(Scan scan, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = BARE_SIZE.matcher(s);
        while (m.find()) {
            // "Ascend 910B", "昇腾910B", "910B机器" are a chip, not a model size
            if (HARDWARE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            if (ASCEND_CHIP.matcher(m.group()).matches()) continue;
            // "Swap: 8.0Gi 0B", a PCI bus id "00000000:0B:00.0": a zero is a byte count or an address, never a model's size
            if (ZERO_SIZE.matcher(m.group()).matches()) continue;
            if (inPciAddress(s, m.start(), m.end())) continue;
            // "Orange Pi 5B", "Radxa Rock 5B" are boards
            if (deviceBefore(s, m.start())) continue;
            if (CARD_BEFORE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) continue;
            if (perBillion(s, m.start(), m.end()) || difference(s, m.start(), m.end()) || threshold(s, m.start())) continue;
            // read in the whole text: the memory word after it may be claimed already ("16b vram" as memory)
            if (memoryAmount(scan.low, m.start(), m.end())) continue;
            if (activeCount(s, m.start(), m.end()) || totalWithActive(s, m.start(), m.end())) continue;
            // a size inside a script's or config's file name ("configs/eval_qwen_14b.py") makes no name with the words before it
            boolean inFile = FILE_REST.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 48)).lookingAt();
            // "7B的janus模型", "the 7B janus model": the size written first before a name that is no family's word (families are
            // read with their size in named), when the two make a known name
            Matcher after = NAME_AFTER_SIZE.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 32));
            if (!inFile && after.lookingAt() && known(after.group(1) + " " + m.group())) {
                out.add(new Span(m.start(), after.end(1), m.group() + " " + scan.text.substring(after.start(1), after.end(1))));
                continue;
            }
            int start = inFile ? m.start() : nameBefore(scan.text, m.start());
            // a MoE's active count glued on or apart ("30ba3b", "30b a3b") is written after a dash, as the resolver reads a MoE's size
            out.add(new Span(start, m.end(), ACTIVE_APART.matcher(scan.text.substring(start, m.end())).replaceFirst("$1-$2")));
        }
        return out;
    }

    private static final Pattern ACTIVE_APART = Pattern.compile("(?i)(\\db) ?(a\\d{1,3}b)$");

    /** A name's word after a size, as the resolver reads a size written first ("7b janus", "13B的vicuna"). */
    private static final Pattern NAME_AFTER_SIZE = Pattern.compile("(?: ?的 ?| )([a-z]{3,}(?:\\d{1,2}(?:\\.\\d{1,2})?)?)(?![a-z0-9])");

    /**
     * A rule of thumb's unit, not a model: "per 1B parameters", "每1B参数", "1B 参数 fp32 推理需要 4G", "each 1b params takes 2GB".
     * Only one billion is the unit a rate is given per; "a 7B model needs 14GB" names a size asked about.
     */
    private static boolean perBillion(String s, int start, int end) {
        if (!ONE_BILLION.matcher(s.substring(start, end)).matches()) return false;
        return Prefilter.find(PER_BEFORE, s.substring(Math.max(0, start - 8), start))
                || RATE_AFTER.matcher(s).region(end, Math.min(s.length(), end + 40)).lookingAt();
    }

    /**
     * A gap between two sizes, not a model: "两者只相差1B参数", "大了3B", "only 2B more parameters", "differ by 1B", "1B 参数 more".
     * The models compared are named apart; "can it run the 13B more quickly?" names the 13B.
     */
    private static boolean difference(String s, int start, int end) {
        return Prefilter.find(DIFFERENCE_BEFORE, s.substring(Math.max(0, start - 20), start))
                || DIFFERENCE_AFTER.matcher(s).region(end, Math.min(s.length(), end + 24)).lookingAt();
    }

    /**
     * A point on the scale of sizes where behaviour changes, not a model: "the inflection point is at about a 22B parameter
     * model", "the cutoff seems to be around 13B", "分界点大概在30B". "Can it run a 22B model?" names one.
     */
    private static boolean threshold(String s, int start) {
        return Prefilter.find(THRESHOLD_BEFORE, s.substring(Math.max(0, start - 60), start));
    }

    private static final Pattern THRESHOLD_BEFORE = Pattern.compile(
            "\\b(?:(?:inflection|tipping|breaking|turning) point|threshold|cut-?off|dividing line)"
                    + "(?: (?:is|was|seems to be|appears to be|lies|sits))?(?: (?:at|around|about|near|roughly|approximately))*(?: (?:an?|the))? ?~?$"
                    + "|(?:临界点|分界点|分界线|拐点|门槛)(?:是|在|大概|大约|约|差不多)*$");

    private static final Pattern DIFFERENCE_BEFORE = Pattern.compile(
            "(?:相差|差了|只差|仅差|差距|多了|少了|大了|小了|多出|\\bdiffer(?:s|ed|ing)? (?:only )?by|\\b(?:larger|bigger|smaller|more|fewer) by"
                    + "|\\ba (?:size )?difference of|\\bgap of) ?(?:only |just |about |around |约|仅|只|了)?$");
    private static final Pattern DIFFERENCE_AFTER = Pattern.compile(
            " ?(?:of )?(?:params?|parameters?|参数) ?(?:more|fewer|less|larger|bigger|smaller)\\b| ?(?:more|fewer|less) (?:params?|parameters?|weights)\\b");

    /**
     * A memory amount with "b" slipped in for "g", not a model: "用到80b显存" (uses 80b of VRAM), "only have 24b vram", "占用了16b内存".
     * Only after a verb of using or having: "72b显存要多少" asks what a 72B model needs.
     */
    private static boolean memoryAmount(String s, int start, int end) {
        return MEMORY_AFTER.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt()
                && Prefilter.find(HOLDS_BEFORE, s.substring(Math.max(0, start - 12), start));
    }

    private static final Pattern MEMORY_AFTER = Pattern.compile(" ?(?:of )?(?:显存|内存|vram|ram\\b|gpu memory)");
    private static final Pattern HOLDS_BEFORE = Pattern.compile(
            "(?:用到|用了|占用了?|占了|吃了|只有|有|\\buses?|\\bused|\\busing|\\bhave|\\bhas|\\btakes?|\\btook|\\beats?|\\bate)(?: up)? ?(?:about |around |almost |over |nearly |约|大约|将近|快)?$");

    /**
     * A mixture of experts' active parameters, not a model: "only 37B activated params", "21B AP", "(17B active)",
     * "激活参数37B", "激活37B". The model they belong to is named apart ("DeepSeek-V3", "A3B" in a name is part of that name).
     */
    static boolean activeCount(String s, int start, int end) {
        return ACTIVE_AFTER.matcher(s).region(end, Math.min(s.length(), end + 24)).lookingAt()
                || Prefilter.find(ACTIVE_BEFORE, s.substring(Math.max(0, start - 12), start));
    }

    private static final Pattern ACTIVE_AFTER = Pattern.compile(
            "(?: of them| of which)? ?(?:are |is )?(?:active|activated|activ\\.|ap(?![a-z])|激活|活跃)");
    private static final Pattern ACTIVE_BEFORE = Pattern.compile("(?:激活|活跃)(?:的)?(?:参数)?(?:量|数)?[^，。,;；\\d]{0,4}$|\\bactive(?: params| parameters)?:? ?$");

    /**
     * A mixture of experts' total count said with its active count ("(moe, 24B total / 1B active)", "30B total, 3B activated",
     * "总参数24B，激活3B"): the shape of a model named apart, as a tool's log or a model card prints it, not another model.
     */
    static boolean totalWithActive(String s, int start, int end) {
        return TOTAL_THEN_ACTIVE.matcher(s).region(end, Math.min(s.length(), end + 48)).lookingAt()
                || Prefilter.find(TOTAL_BEFORE, s.substring(Math.max(0, start - 8), start))
                    && ACTIVE_SOON.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
    }

    private static final String A_SIZE = "\\d{1,4}(?:\\.\\d{1,2})?b";
    private static final Pattern TOTAL_THEN_ACTIVE = Pattern.compile(
            " ?total(?: params| parameters)?(?: ?[/,;，] ?| and | with )(?:only )?" + A_SIZE + " ?(?:params |parameters )?(?:active|activated|激活)");
    private static final Pattern TOTAL_BEFORE = Pattern.compile("总(?:参数)?(?:量)?(?:为|是)?$");
    private static final Pattern ACTIVE_SOON = Pattern.compile("[ ,，、/]*(?:激活|active|activated)");

    private static final Pattern ONE_BILLION = Pattern.compile("1 ?b");
    private static final Pattern PER_BEFORE = Pattern.compile("(?:\\bper|\\bevery|\\beach|每|/) ?$");
    private static final Pattern RATE_AFTER = Pattern.compile(
            " ?(?:个)?(?:参数|params?|parameters?)?(?: ?(?:in |at )?(?:fp32|fp16|bf16|f16|f32|int8|int4|8-?bit|4-?bit))?(?: ?(?:的)?(?:模型)?(?:推理|inference))?"
                    + " ?(?:大约|大概|约)?(?:需要|要|占用?|needs?|takes?|requires?|uses?|is|≈|=|~)(?: about| around| roughly)? ?~?\\d");

    /**
     * Where a size's model name starts: a name-like word glued to the size ("mymodel-13b") or written as a
     * name ("FooBarLM 13B": capitals after the first letter) makes the mention an unknown model, so the
     * advisor asks back instead of answering for whatever else has that size. Otherwise the size alone.
     */
    private static int nameBefore(String text, int sizeStart) {
        if (sizeStart < 2) return sizeStart;
        char sep = text.charAt(sizeStart - 1);
        if (sep != ' ' && sep != '-' && sep != '_') return sizeStart;
        int e = sizeStart - 1, b = e;
        while (b > 0 && e - b < 24 && isAsciiAlnum(text.charAt(b - 1))) b--;
        String word = text.substring(b, e);
        // "8B 32B 72B" lists sizes: the size before is no name
        if (word.length() < 3 || !word.chars().anyMatch(Character::isLetter) || SIZE.matcher(word.toLowerCase(Locale.ROOT)).matches()) return sizeStart;
        boolean glued = sep != ' ';
        boolean named = word.substring(1).chars().anyMatch(Character::isUpperCase);
        if (!glued && !named) return sizeStart;
        // the words glued before it belong to the name too: "AquilaChat2-Vision-7B", "FooLM_chat_13b"
        while (glued && b >= 2 && (text.charAt(b - 1) == '-' || text.charAt(b - 1) == '_') && isAsciiAlnum(text.charAt(b - 2)) && sizeStart - b < 48) {
            int w = b - 1;
            while (w > 0 && b - w < 24 && isAsciiAlnum(text.charAt(w - 1))) w--;
            b = w;
        }
        return b;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private boolean known(String name) {
        return names != null && names.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether one of a name's words is a size ("qwen3 32b", "llama2-70b", "mixtral 8x7b"). */
    private static boolean hasSize(String name) {
        for (String w : WORD_SEPARATORS.split(name)) if (SIZE.matcher(w).matches()) return true;
        return false;
    }

    /** Letter runs and digit runs of a mention, lower case, apart: "Gemma4 12B" and "gemma 4 12b" read alike. */
    private static final Pattern RUN = Pattern.compile("[a-z]+|\\d+|\\p{IsHan}+");
    /**
     * What a longer mention may add to a shorter one and still name the same model: its size, a build or format, a tune's
     * usual suffix ("Qwen3-Coder-30B-A3B-Instruct" and its folder "…-Instruct-int8-ov", "Gemma 4" and "Gemma4 12B"). A number
     * of its own is a version ("Llama 3" against "Llama 3.1"), a word such as "coder" or "flash" another model.
     */
    private static final Pattern SAME_MODEL_TAIL = Pattern.compile(
            "(?: (?:\\d+ (?:x )?\\d* ?b|a \\d+ b|instruct|chat|it|base|hf|gguf|ggml|ov|mlx|awq|gptq|int \\d|fp \\d+|bf \\d+|q \\d+(?: k)?(?: [a-z0-9])?|bit|bnb|uncensored))+");

    /**
     * How many models the mentions name, a mention that only repeats part of another counted with it: a bare size beside
     * a name of that size ("13b" beside "Wizard-Vicuna-13B"), a family named alone beside one of its models ("GLM" beside
     * "GLM-5.3"), a name beside the same name with its size or build ({@link #SAME_MODEL_TAIL}). Two models are what a
     * comparison of models needs; one model named twice, in prose and in a path or a log, weighs nothing.
     */
    static int distinctModels(List<String> mentions) {
        List<String> keys = mentions.stream().map(ModelSpotter::runs).distinct().toList();
        int n = 0;
        for (String k : keys) {
            boolean part = false;
            for (String other : keys) {
                if (!other.equals(k) && partOf(k, other)) { part = true; break; }
            }
            if (!part) n++;
        }
        return n;
    }

    private static String runs(String mention) {
        Matcher m = RUN.matcher(mention.toLowerCase(Locale.ROOT));
        StringBuilder b = new StringBuilder();
        while (m.find()) b.append(' ').append(m.group());
        return b.toString();
    }

    /** Whether the mention read as runs {@code k} only repeats part of {@code other} (both with a leading space per run). */
    private static boolean partOf(String k, String other) {
        if (!(other + " ").contains(k + " ")) return false;
        if (isBareSize(k.replace(" ", "")) || k.chars().noneMatch(Character::isDigit)) return true;
        return other.startsWith(k) && SAME_MODEL_TAIL.matcher(other.substring(k.length())).matches();
    }

    /** Whether a mention is only a size ("70b", "8x7b"): it narrows the choice but names no model. */
    static boolean isBareSize(String mention) {
        return BARE_SIZE.matcher(mention.toLowerCase(Locale.ROOT).strip()).matches();
    }

    private boolean startsWithFamily(String name) {
        for (String f : vocabulary.modelFamilies()) if (name.startsWith(f)) return true;
        return false;
    }

    /** A family word at the start of one of the name's words: "ollama" (the app's image) holds no "llama". */
    private boolean containsFamily(String name) {
        for (String f : vocabulary.modelFamilies()) {
            for (int i = name.indexOf(f); i >= 0; i = name.indexOf(f, i + 1)) {
                if (i == 0 || !Character.isLetter(name.charAt(i - 1))) return true;
            }
        }
        return false;
    }

    private static int leadingLetters(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') i++;
        return i;
    }

    private static String trimTail(String s) {
        int e = s.length();
        while (e > 0 && ".-_".indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(0, e);
    }
}
