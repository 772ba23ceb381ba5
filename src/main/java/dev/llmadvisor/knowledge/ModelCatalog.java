package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The models of the catalog, found by id, name, alias, Ollama tag or Hugging Face repository in any
 * spelling (Qwen3-14B, qwen3 14b, qwen3:14b, QWEN3_14B), with a quantization suffix
 * (qwen2.5-coder:32b-instruct-q8_0, Qwen2.5-7B-Instruct-GPTQ-Int4, phi-4-4bit) or an organisation prefix
 * (unsloth/Qwen3-14B-GGUF, TheBloke/..., mlx-community/...). A fine-tune's name (Vicuna 13B v1.5) resolves to
 * its base model in the same spellings.
 */
public final class ModelCatalog {

    /**
     * A weight format at the end of a tag or file name: -q4_K_M, :Q8_0, -IQ4_XS, -fp16, -awq, -GPTQ-Int4,
     * -Int8 (Qwen's GPTQ repos), -4bit / -8bit (MLX and bitsandbytes uploads), -4bits (Baichuan's own); mlx-community
     * uploads also come in 2, 3, 5 and 6 bits (mlx_lm.convert --q-bits), which name the same model; llm-compressor's
     * scheme names (-W4A16, -W8A8, RedHatAI's -quantized.w4a16) say the weight and activation widths of a vLLM upload.
     */
    private static final Pattern FORMAT_SUFFIX = Pattern.compile(
            "(?i)[-_:. ]((?:i?q\\d(?:_[a-z0-9]+)*)|f16|fp16|bf16|f32|fp32|fp8|mxfp4|awq|gptq(?:[-_]?int[48])?|int[48]|[2-8][-_]?bits?|w[48]a(?:4|8|16)(?:[-_]fp8)?)$");
    /** A bare -Int4 / -Int8 on a repository name (Qwen-7B-Chat-Int4) is a GPTQ checkpoint, not a GGUF mix. */
    private static final Pattern GPTQ_INT = Pattern.compile("(?i)int([48])");
    /**
     * Words that name a release variant or a packaging but not different sizes: -instruct, -it, -GGUF, :latest,
     * -abliterated / -uncensored / -heretic (refusals edited out, same weights' shape), -MLX, -bnb(-4bit), -exl2 with its -4.0bpw-h6, -unsloth(-bnb-4bit), Unsloth's -UD (dynamic quants),
     * -FP8-dynamic, Neural Magic's -FP8-KV (FP8 weights with FP8 KV-cache scales), RedHatAI's -quantized (before .w4a16),
     * 2023's -GGML / .ggmlv3, mradermacher's -i1,
     * and a longer context's upload (Unsloth's "Qwen3-8B-128K-GGUF": RoPE scaling set in its config, the same weights; a
     * release of its own such as ChatGLM3-6B-32K is a catalog name, found before any suffix is taken off);
     * mlx_lm.convert's recipe words on MLX uploads: -mixed (a mixed-precision predicate), -gsN (the group size), -affine
     * (the quantization mode), -DWQ (distilled weight quantization): "DeepSeek-V4-Flash-MLX-Q3-mixed-gs128-affine".
     */
    private static final Pattern VARIANT_SUFFIX = Pattern.compile(
            "(?i)[-_:. ](instruct|it|chat|gguf|latest|hf|qat|base|thinking|abliterated|uncensored|heretic|mlx|bnb|exl2|quantized|\\d+(?:[._]\\d+)?bpw|h\\d|unsloth|ud|dynamic|kv|ggml(?:v\\d)?|i1|\\d{2,3}k"
                    + "|mixed|gs\\d+|affine|dwq)$");

    /** 2023's GGML file names put the format first: ggml-gpt4all-j.bin, ggml-vicuna-7b-q4_0.bin (GPT4All, LocalAI). */
    private static final Pattern FORMAT_PREFIX = Pattern.compile("(?i)^(?:ggml|gguf|ggjt)[-_]");

    private final List<ModelEntry> models;
    private final List<FineTune> finetunes;
    /** Describes an entry in errors (file and entry). */
    private final Function<ModelEntry, String> where;
    private final Map<String, ModelEntry> byId = new HashMap<>();
    /**
     * The name indexes, built on the first name looked up: keying some four thousand names is a tenth of a one-shot
     * start, which an open question ("what can my card run?") does not need. A folder not checked by the build
     * builds them as it loads ({@link #checked}), so that a name two models share is reported then.
     */
    private final java.util.function.Supplier<Index> build;
    private volatile Index index;
    /**
     * Names by their words in any order ("deepseek-coder-v2-instruct lite"); a word set two models share is left out.
     * Built on the first name that needs it, so start-up does not pay for it.
     */
    private volatile Map<String, ModelEntry> byWords;
    /**
     * Each entry's display name with the keys of its names, models then fine-tunes, for "did you mean": keyed once, on
     * the first suggestion, not some four thousand names again for each name not found.
     */
    private volatile List<Map.Entry<String, List<String>>> suggestKeys;

    /**
     * Names after {@link Names#modelKey}: written ones ({@code byKey}), Ollama tags with their colon ({@code byTag};
     * without it a tag is a name only where no other model has that name), the names the written ones imply
     * ({@link #implied}: below the written names and fine-tunes, above tags without colons) and fine-tunes'.
     */
    private record Index(Map<String, ModelEntry> byKey, Map<String, ModelEntry> byTag, Map<String, ModelEntry> byImplied,
                         Map<String, FineTune> finetuneByKey) {
    }

    public ModelCatalog(List<ModelEntry> models) {
        this(models, m -> "model " + m.id());
    }

    /** {@code where} describes an entry in errors (file and entry); a name (after {@link Names#key}) belongs to one model only. */
    ModelCatalog(List<ModelEntry> models, Function<ModelEntry, String> where) {
        this.models = List.copyOf(models);
        this.finetunes = List.of();
        this.where = where;
        for (ModelEntry m : models) byId.putIfAbsent(m.id(), m);
        this.build = () -> index(this.models, where);
    }

    private static Index index(List<ModelEntry> models, Function<ModelEntry, String> where) {
        Map<String, ModelEntry> byKey = new HashMap<>();
        Map<String, ModelEntry> byTag = new HashMap<>();
        Map<String, ModelEntry> byImplied = new HashMap<>();
        for (ModelEntry m : models) {
            for (String name : names(m)) {
                if (name.contains(":")) {
                    ModelEntry tagged = byTag.putIfAbsent(Names.modelTagKey(name), m);
                    if (tagged != null && tagged != m) throw new InputError(where.apply(m) + ": \"" + name + "\" is already a tag of " + where.apply(tagged));
                }
            }
        }
        for (ModelEntry m : models) {
            for (String name : names(m)) {
                String k = Names.modelKey(name);
                if (k.isEmpty() || name.contains(":")) continue;
                ModelEntry other = byKey.putIfAbsent(k, m);
                if (other != null && other != m) {
                    throw new InputError(where.apply(m) + ": \"" + name + "\" is already a name of " + where.apply(other)
                            + " (\"" + spelling(other, k) + "\")");
                }
            }
        }
        Set<String> clashes = new java.util.HashSet<>();
        for (ModelEntry m : models) {
            for (String name : implied(m)) {
                String k = Names.modelKey(name);
                if (byKey.containsKey(k)) continue;
                ModelEntry other = byImplied.putIfAbsent(k, m);
                if (other != null && other != m) clashes.add(k);
            }
        }
        // a name two models imply ("Mistral Large 2 123B Instruct" of 2407 and 2411) names neither
        byImplied.keySet().removeAll(clashes);
        // a tag without its colon ("qwen 72b" for qwen:72b) names its model where no name above is spelt so
        byTag.forEach((tag, m) -> {
            String k = Names.modelKey(tag);
            if (!byImplied.containsKey(k) && !clashes.contains(k)) byKey.putIfAbsent(k, m);
        });
        return new Index(byKey, byTag, byImplied, Map.of());
    }

    /**
     * {@code base}'s models with these fine-tunes of them: the models' indexes are copied, not built again (start-up
     * pays for the catalog once); a fine-tune's name must not be a model's or another fine-tune's.
     */
    private ModelCatalog(ModelCatalog base, List<FineTune> finetunes, Function<FineTune, String> finetuneWhere) {
        this.models = base.models;
        this.finetunes = List.copyOf(finetunes);
        this.where = base.where;
        byId.putAll(base.byId);
        this.build = () -> withFinetunes(base.index(), this.finetunes, finetuneWhere, base.where);
    }

    private static Index withFinetunes(Index base, List<FineTune> finetunes, Function<FineTune, String> finetuneWhere,
                                       Function<ModelEntry, String> where) {
        Map<String, FineTune> finetuneByKey = new HashMap<>();
        for (FineTune f : finetunes) {
            for (String name : names(f)) {
                String k = Names.modelKey(name);
                if (k.isEmpty()) continue;
                FineTune other = finetuneByKey.get(k);
                if ((other != null && other != f) || base.byKey().containsKey(k)) {
                    ModelEntry model = base.byKey().get(k);
                    throw new InputError(finetuneWhere.apply(f) + ": \"" + name + "\" is already a name of "
                            + (other != null ? finetuneWhere.apply(other) + " (\"" + spelling(other, k) + "\")"
                                    : where.apply(model) + " (\"" + spelling(model, k) + "\")"));
                }
                finetuneByKey.put(k, f);
            }
        }
        return new Index(base.byKey(), base.byTag(), base.byImplied(), finetuneByKey);
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) index = i = build.get();
            }
        }
        return i;
    }

    /** This catalog with its name indexes built: a name two entries share is an error now, not at the first lookup. */
    ModelCatalog checked() {
        index();
        return this;
    }

    /** The spelling of {@code m}'s that has key {@code k} (or its tag's), for an error message. */
    private static String spelling(ModelEntry m, String k) {
        return spelling(names(m), k, m.ollama() != null ? m.ollama() : m.id());
    }

    private static String spelling(FineTune f, String k) {
        return spelling(names(f), k, f.name());
    }

    private static String spelling(Set<String> names, String k, String otherwise) {
        for (String name : names) if (Names.modelKey(name).equals(k)) return name;
        return otherwise;
    }

    private Map<String, ModelEntry> byWords() {
        Map<String, ModelEntry> m = byWords;
        if (m != null) return m;
        Map<String, ModelEntry> built = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (ModelEntry e : models) {
            for (String name : names(e)) {
                String w = Names.words(name);
                ModelEntry other = built.putIfAbsent(w, e);
                if (other != null && other != e) shared.add(w);
            }
        }
        built.keySet().removeAll(shared);
        m = Map.copyOf(built);
        byWords = m;
        return m;
    }

    /** This catalog's models with these fine-tunes of them. */
    ModelCatalog withFinetunes(List<FineTune> list, Function<FineTune, String> finetuneWhere) {
        return new ModelCatalog(this, list, finetuneWhere);
    }

    /** The model with this id. */
    public Optional<ModelEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The model with this id, else the model one of whose names is exactly this (no suffix is taken off). */
    Optional<ModelEntry> exact(String idOrName) {
        return byId(idOrName).or(() -> Optional.ofNullable(index().byKey().get(Names.modelKey(idOrName))));
    }

    /** A fine-tune's spellings: name, aliases, and the repository name alone for an org/repo alias. */
    private static Set<String> names(FineTune f) {
        Set<String> out = new LinkedHashSet<>();
        out.add(f.name());
        for (String a : f.aliases()) {
            out.add(a);
            if (a.contains("/")) out.add(a.substring(a.lastIndexOf('/') + 1));
        }
        return out;
    }

    /** Every spelling an entry answers to; the repository name alone as well (Qwen/Qwen3-8B -> Qwen3-8B). */
    private static Set<String> names(ModelEntry m) {
        Set<String> out = new LinkedHashSet<>();
        out.add(m.id());
        out.add(m.name());
        out.addAll(m.aliases());
        for (String s : new String[] {m.ollama(), m.hf()}) {
            if (s == null) continue;
            out.add(s);
            if (s.contains("/")) out.add(s.substring(s.lastIndexOf('/') + 1));
        }
        return out;
    }

    /** Release words at the end of a name: "-Instruct", "-Chat", "-it", "-hf", "-base". */
    private static final Pattern RELEASE_WORDS = Pattern.compile("(?i)(?:[-_ ](?:instruct|chat|it|hf|base))+$");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /** A size among a name's words ("7B", "1_8b", "8x7B", "270M"): a name without one is a line's, not one model's. */
    private static final Pattern SIZED = Pattern.compile("(?i)(?<![a-z0-9.])(?:\\d{1,2}x)?\\d{1,4}(?:[._]\\d{1,2})?[bm](?![a-z0-9])");

    /**
     * The names a model's id, repository and display name imply: without their release word ("codegemma-1.1-7b" of
     * google/codegemma-1.1-7b-it, "Yi-6B" of 01-ai/Yi-6B-Chat) and the display name without its notes in parentheses
     * ("Qwen 7B Chat" of "Qwen (1.0) 7B Chat"). Only names with a size: without one ("DeepSeek-V2" of DeepSeek-V2-Chat) a
     * name is the line's. Not from aliases, which may leave out the line's version ("llama-70b-chat").
     */
    private static Set<String> implied(ModelEntry m) {
        Set<String> out = new LinkedHashSet<>();
        String plainName = PARENTHESES.matcher(m.name()).replaceAll("");
        out.add(plainName);
        for (String name : new String[] {m.id(), plainName, m.hf() == null ? null : m.hf().substring(m.hf().lastIndexOf('/') + 1)}) {
            if (name != null) out.add(RELEASE_WORDS.matcher(name).replaceAll(""));
        }
        out.removeIf(n -> !SIZED.matcher(n).find());
        return out;
    }

    public List<ModelEntry> all() { return models; }

    public List<FineTune> finetunes() { return finetunes; }

    /** An Ollama tag among a fine-tune's names ("vicuna:7b", "nous-hermes2:10.7b"): a library name, a colon, a tag. */
    private static final Pattern LIBRARY_TAG = Pattern.compile("([a-z0-9][a-z0-9._-]*):[a-z0-9._-]+");

    /** The Ollama library names fine-tunes are pulled by ("vicuna" of vicuna:7b, "llava" of llava:13b). */
    public Set<String> finetuneLibraries() {
        Set<String> out = new LinkedHashSet<>();
        for (FineTune f : finetunes) {
            for (String a : f.aliases()) {
                Matcher m = LIBRARY_TAG.matcher(a);
                if (m.matches()) out.add(m.group(1));
            }
        }
        return out;
    }

    public Optional<ModelMatch> find(String query) {
        if (query == null || query.isBlank()) return Optional.empty();
        // an Ollama tag ("qwen:14b-chat-q4_K_M") is first read as a tag, its suffixes taken off one by one
        Optional<ModelMatch> tagged = query.contains(":") ? find(query.trim(), true) : Optional.empty();
        if (tagged.isPresent()) return tagged;
        Optional<ModelMatch> plain = find(query.trim(), false);
        if (plain.isPresent()) return plain;
        // packaging words written before the size ("qwen1.5-chat-gptq-72b-Int4", "llama-2-chat-7b-hf") are read as if
        // they came last, where the suffix rules take them off; and a version written with a dash or an underscore
        // ("qwen_v1-5_14b", "Qwen1_5-7B", "llama-3-1-8b") is read dotted
        String q = query.trim();
        String dotted = dottedVersions(q);
        for (String other : new String[] {innerWordsLast(q), dotted, innerWordsLast(dotted)}) {
            if (other.equals(q)) continue;
            Optional<ModelMatch> hit = find(other, false);
            if (hit.isPresent()) return hit;
        }
        return Optional.empty();
    }

    /**
     * A one-digit version written with '-' or '_' for its dot right after a name ("v1-5", "qwen1_5", "phi-3-5",
     * "llama-3-1-8b", a vision release "GLM-4_5V"), as long as the second digit is not a size ("llama-2-7b" keeps its 7B). A quant word ("q4_0",
     * "iq4_1") is no version: "qwen1_5-14b-chat-q4_0" is "qwen1.5-14b-chat-q4_0".
     */
    private static final Pattern SPELT_VERSION = Pattern.compile("(?i)(?<=[a-z])(?<!(?<![a-z])i?q)([-_]?v?\\d)[-_](\\d)(?=v?(?:[-_ ]|$))");

    /** {@code name} with such versions dotted: "qwen_v1-5_14b" is "qwen_v1.5_14b". Same length. */
    public static String dottedVersions(String name) {
        return SPELT_VERSION.matcher(name).replaceAll("$1.$2");
    }

    /** A variant or format word between a name's other words: "-chat-", "_gptq_", ".int4." (not the first word). */
    private static final Pattern INNER_WORD = Pattern.compile(
            "(?i)(?<=[-_. ])(instruct|chat|it|hf|gguf|base|abliterated|uncensored|heretic|mlx|awq|gptq|int[48]|f16|fp16|bf16|fp8|[2-8][-_]?bits?|i?q\\d(?:_[a-z0-9]+)*)[-_.: ](?=[a-z0-9])");

    /** {@code name} with its inner variant and format words moved to the end, in their order. */
    static String innerWordsLast(String name) {
        Matcher m = INNER_WORD.matcher(name);
        StringBuilder core = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        int last = 0;
        while (m.find()) {
            core.append(name, last, m.start());
            tail.append('-').append(m.group(1));
            last = m.end();
        }
        if (tail.isEmpty()) return name;
        core.append(name.substring(last));
        return core + tail.toString();
    }

    private Optional<ModelMatch> find(String query, boolean tagsOnly) {
        String q = query;
        Optional<WeightFormat> format = Optional.empty();
        while (true) {
            Index names = index();
            ModelEntry hit = tagsOnly ? names.byTag().get(Names.modelTagKey(q)) : names.byKey().get(Names.modelKey(q));
            if (hit != null) return Optional.of(new ModelMatch(hit, format));
            if (tagsOnly && !q.contains(":")) return Optional.empty();
            // a fine-tune's own tag ("starcoder2:15b-instruct") before its base's
            FineTune tune = names.finetuneByKey().get(Names.modelKey(q));
            if (tune != null) return Optional.of(new ModelMatch(tune.base(), format, Optional.of(tune.name())));
            if (!tagsOnly && names.byImplied().containsKey(Names.modelKey(q))) return Optional.of(new ModelMatch(names.byImplied().get(Names.modelKey(q)), format));
            if (!tagsOnly) {
                ModelEntry reordered = byWords().get(Names.words(q));
                if (reordered != null) return Optional.of(new ModelMatch(reordered, format));
            }
            // an uploader's organisation goes before the suffixes: "TheBloke/Yi-6B-Chat-GGUF" is Yi-6B-Chat, not "Yi-6B"
            if (q.contains("/") && !tagsOnly) {
                q = q.substring(q.lastIndexOf('/') + 1);
                continue;
            }
            // the format's word first goes before the suffixes, which would take the model's own release word
            // ("ggml-ernie-4.5-21b-a3b-thinking-Q4_K_M" is the Thinking release)
            if (FORMAT_PREFIX.matcher(q).find()) {
                q = q.substring(5);
                continue;
            }
            Matcher f = FORMAT_SUFFIX.matcher(q);
            Matcher v = VARIANT_SUFFIX.matcher(q);
            boolean quantSuffix = f.find();
            if (format.isEmpty() && quantSuffix && WeightFormat.parse(f.group(1)).isPresent()) {
                Matcher gptq = GPTQ_INT.matcher(f.group(1));
                format = gptq.matches()
                        ? Optional.of(gptq.group(1).equals("4") ? WeightFormat.GPTQ_INT4 : WeightFormat.GPTQ_INT8)
                        : WeightFormat.parse(f.group(1));
                q = q.substring(0, f.start());
            } else if (quantSuffix) {
                // a second quantization suffix, or one the advisor does not size by that name (Unsloth's Q2_K_XL), is still that model
                q = q.substring(0, f.start());
            } else if (v.find()) {
                q = q.substring(0, v.start());
            } else if (q.contains("/")) {
                q = q.substring(q.lastIndexOf('/') + 1);
            } else {
                return Optional.empty();
            }
        }
    }

    /** {@code q} with its last format or variant suffix taken off ("-GGUF", ":q4_K_M", "-Instruct"), or null when it has none. */
    static String oneSuffixOff(String q) {
        Matcher f = FORMAT_SUFFIX.matcher(q);
        if (f.find()) return q.substring(0, f.start());
        Matcher v = VARIANT_SUFFIX.matcher(q);
        if (v.find()) return q.substring(0, v.start());
        return null;
    }

    private List<Map.Entry<String, List<String>>> suggestKeys() {
        List<Map.Entry<String, List<String>>> k = suggestKeys;
        if (k != null) return k;
        List<Map.Entry<String, List<String>>> built = new ArrayList<>();
        for (ModelEntry m : models) built.add(Map.entry(m.name(), keys(names(m))));
        for (FineTune f : finetunes) built.add(Map.entry(f.name(), keys(names(f))));
        k = List.copyOf(built);
        suggestKeys = k;
        return k;
    }

    private static List<String> keys(Set<String> names) {
        return List.copyOf(names.stream().map(Names::modelKey).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Up to {@code limit} model names nearest to the query by edit distance, for "did you mean". */
    public List<String> suggest(String query, int limit) {
        String q = Names.modelKey(query == null ? "" : query);
        if (q.isEmpty()) return List.of();
        int threshold = Math.max(2, q.length() / 2);
        record Scored(String name, int d) { }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : suggestKeys()) {
            int best = Integer.MAX_VALUE;
            for (String key : e.getValue()) best = Math.min(best, Names.distance(q, key, threshold));
            if (best <= threshold) scored.add(new Scored(e.getKey(), best));
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(Scored::name));
        return scored.stream().limit(limit).map(Scored::name).toList();
    }
}
