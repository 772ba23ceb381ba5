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
 * (qwen2.5-coder:32b-instruct-q8_0) or an organisation prefix (unsloth/Qwen3-14B-GGUF).
 */
public final class ModelCatalog {

    /**
     * A weight format at the end of a tag or file name: -q4_K_M, :Q8_0, -IQ4_XS, -fp16, -awq, -GPTQ-Int4,
     * -Int8 (Qwen's GPTQ repos), -4bit / -8bit (MLX and bitsandbytes uploads), -4bits (Baichuan's own).
     */
    private static final Pattern FORMAT_SUFFIX = Pattern.compile(
            "(?i)[-_:. ]((?:i?q\\d(?:_[a-z0-9]+)*)|f16|fp16|bf16|f32|fp32|fp8|mxfp4|awq|gptq(?:[-_]?int[48])?|int[48]|[48][-_]?bits?)$");
    /**
     * Words that name a release variant or a packaging but not different sizes: -instruct, -it, -GGUF,
     * :latest, -MLX, -bnb (what remains of -bnb-4bit once the bits are read).
     */
    private static final Pattern VARIANT_SUFFIX = Pattern.compile(
            "(?i)[-_:. ](instruct|it|chat|gguf|latest|hf|qat|base|thinking|mlx|bnb)$");

    private final List<ModelEntry> models;
    private final Map<String, ModelEntry> byKey = new HashMap<>();

    public ModelCatalog(List<ModelEntry> models) {
        this(models, m -> "model " + m.id());
    }

    /** {@code where} describes an entry in errors (file and entry). */
    ModelCatalog(List<ModelEntry> models, Function<ModelEntry, String> where) {
        this.models = List.copyOf(models);
        Map<String, String> spelling = new HashMap<>();
        for (ModelEntry m : models) {
            for (String name : names(m)) {
                String k = Names.key(name);
                if (k.isEmpty()) continue;
                ModelEntry other = byKey.putIfAbsent(k, m);
                spelling.putIfAbsent(k, name);
                if (other != null && other != m) {
                    throw new InputError(where.apply(m) + ": \"" + name + "\" is already a name of " + where.apply(other)
                            + " (\"" + spelling.get(k) + "\")");
                }
            }
        }
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

    public List<ModelEntry> all() { return models; }

    public Optional<ModelMatch> find(String query) {
        if (query == null || query.isBlank()) return Optional.empty();
        String q = query.trim();
        Optional<WeightFormat> format = Optional.empty();
        while (true) {
            ModelEntry hit = byKey.get(Names.key(q));
            if (hit != null) return Optional.of(new ModelMatch(hit, format));
            Matcher f = FORMAT_SUFFIX.matcher(q);
            Matcher v = VARIANT_SUFFIX.matcher(q);
            if (format.isEmpty() && f.find() && WeightFormat.parse(f.group(1)).isPresent()) {
                format = WeightFormat.parse(f.group(1));
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

    /** Up to {@code limit} model names nearest to the query by edit distance, for "did you mean". */
    public List<String> suggest(String query, int limit) {
        String q = Names.key(query == null ? "" : query);
        if (q.isEmpty()) return List.of();
        int threshold = Math.max(2, q.length() / 2);
        record Scored(ModelEntry m, int d) { }
        List<Scored> scored = new ArrayList<>();
        for (ModelEntry m : models) {
            int best = Integer.MAX_VALUE;
            for (String name : names(m)) best = Math.min(best, Names.distance(q, Names.key(name)));
            if (best <= threshold) scored.add(new Scored(m, best));
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(s -> s.m().name()));
        return scored.stream().limit(limit).map(s -> s.m().name()).toList();
    }
}
