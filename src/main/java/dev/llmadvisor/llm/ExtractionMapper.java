package dev.llmadvisor.llm;

import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates an LLM's {@link Extraction} field by field and merges it with the deterministic parse.
 *
 * <p>The LLM's answer is untrusted (the user's message may carry a prompt injection), so a field is taken
 * only when it is well formed and plausible:
 * <ul>
 *   <li>enums are parsed strictly (no guessing from free text);</li>
 *   <li>numbers are range-checked (context 1..16M tokens, VRAM 0..4096 GB, RAM 0..65536 GB, 1..16 cards)
 *       and must be <em>grounded</em>: the figure, or the same figure in k/M/TB, is written in the message;</li>
 *   <li>GPU and model names must resolve in the knowledge base ({@code GpuCatalog.find} /
 *       {@code ModelCatalog.find}) and every number in them must be written in the message; a model name
 *       that does not resolve survives only when the deterministic parser saw the same mention.</li>
 * </ul>
 * A field that fails, or that the LLM left empty, comes from the deterministic parse: that parse is the
 * fallback and the floor. The LLM never produces figures or verdicts: those come from the sizing core and
 * the rules, so an injection can at most change which facts are asked about.
 */
public final class ExtractionMapper {

    public static final double MAX_VRAM_GB = 4096;
    public static final double MAX_RAM_GB = 65536;
    public static final int MAX_CONTEXT = 16 * 1024 * 1024;
    public static final int MAX_COUNT = 16;
    static final int MAX_NAME = 80;
    static final int MAX_ITEMS = 8;

    /** The topics the rules know (the deterministic parser's UseSpotter emits the same set). */
    static final Set<String> TOPICS = Set.of("python", "php", "wordpress", "vba", "solidworks", "fiction", "math",
            "translation", "chinese");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Map<Integer, List<String>> COUNT_WORDS = Map.of(
            2, List.of("two", "dual", "pair", "twin", "两", "二", "双", "兩", "雙"),
            3, List.of("three", "triple", "三"),
            4, List.of("four", "quad", "四"),
            5, List.of("five", "五"),
            6, List.of("six", "六"),
            8, List.of("eight", "八"));

    private final Knowledge knowledge;

    public ExtractionMapper(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** What was rejected, for the log (field names only, never values from the message). */
    public record Result(Question question, List<String> rejected) { }

    public Result merge(Extraction e, Question det, String message) {
        String text = message == null ? "" : message;
        Grounding g = new Grounding(text);
        List<String> rejected = new ArrayList<>();

        Lang lang = det.lang();
        Optional<Lang> l = enumOf(Lang.class, e.language());
        // The language is the script of the message (one Han character makes it Chinese); an LLM that
        // disagrees is wrong by definition, so only a consistent answer counts as validated.
        if (e.language() != null && (l.isEmpty() || l.get() != det.lang())) rejected.add("language");

        Intent intent = det.intent();
        Optional<Intent> i = enumOf(Intent.class, e.intent());
        if (i.isPresent() && i.get() != Intent.UNKNOWN) intent = i.get();
        else if (e.intent() != null && i.isEmpty()) rejected.add("intent");

        List<GpuMention> gpus = det.gpus();
        List<GpuMention> llmGpus = gpus(e.gpus(), g);
        if (llmGpus == null) rejected.add("gpus");
        else if (!llmGpus.isEmpty()) gpus = llmGpus;

        Double vram = number(e.vramGb(), 0, MAX_VRAM_GB, g, false, "vramGb", rejected, det.vramGb());
        Double ram = number(e.ramGb(), 0, MAX_RAM_GB, g, true, "ramGb", rejected, det.ramGb());

        boolean cpuOnly = det.cpuOnly();
        if (Boolean.TRUE.equals(e.cpuOnly())) {
            if (gpus.isEmpty() && vram == null) cpuOnly = true;
            else rejected.add("cpuOnly");
        }

        List<String> models = det.models();
        List<String> llmModels = models(e.models(), det.models(), g);
        if (llmModels == null) rejected.add("models");
        else if (!llmModels.isEmpty()) models = llmModels;

        WeightFormat format = det.format();
        if (e.quant() != null) {
            Optional<WeightFormat> f = WeightFormat.parse(e.quant());
            if (f.isPresent() && g.namesGrounded(e.quant())) format = f.get();
            else rejected.add("quant");
        }

        Integer context = det.context();
        if (e.contextTokens() != null) {
            Integer c = g.context(e.contextTokens());
            if (c != null) context = c;
            else rejected.add("contextTokens");
        }

        KvCacheType kv = det.kvType();
        if (e.kvCacheType() != null) {
            Optional<KvCacheType> k = KvCacheType.parse(e.kvCacheType());
            if (k.isPresent() && g.namesGrounded(e.kvCacheType())) kv = k.get();
            else rejected.add("kvCacheType");
        }

        UseCase use = det.useCase();
        if (e.useCase() != null) {
            Optional<UseCase> u = enumOf(UseCase.class, e.useCase());
            if (u.isPresent()) use = u.get();
            else rejected.add("useCase");
        }

        Set<String> topics = det.topics();
        if (e.topics() != null && !e.topics().isEmpty()) {
            Set<String> t = new LinkedHashSet<>();
            boolean bad = e.topics().size() > MAX_ITEMS;
            for (String s : e.topics()) {
                String n = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
                if (TOPICS.contains(n)) t.add(n);
                else bad = true;
            }
            if (bad) rejected.add("topics");
            else topics = t;
        }

        Preference pref = det.preference();
        if (e.preference() != null) {
            Optional<Preference> p = enumOf(Preference.class, e.preference());
            if (p.isPresent()) pref = p.get();
            else rejected.add("preference");
        }

        // What the LLM does not extract (alternatives, engine, a reported setup) stays as the deterministic parse read it.
        Question q = det.toBuilder().lang(lang).intent(intent).gpus(gpus).vramGb(vram).ramGb(ram).cpuOnly(cpuOnly)
                .models(models).format(format).context(context).kvType(kv).useCase(use).topics(topics).preference(pref)
                .text(text).build();
        return new Result(q, rejected);
    }

    /** The LLM's GPUs when all validate; empty when it gave none; null when any is invalid. */
    private List<GpuMention> gpus(List<Extraction.GpuExtraction> in, Grounding g) {
        if (in == null || in.isEmpty()) return List.of();
        if (in.size() > MAX_ITEMS) return null;
        List<GpuMention> out = new ArrayList<>();
        for (Extraction.GpuExtraction x : in) {
            if (x == null || x.name() == null || x.name().isBlank() || x.name().length() > MAX_NAME) return null;
            String name = x.name().strip();
            if (!resolvesGpu(name) || !g.namesGrounded(name)) return null;
            int count = x.count() == null ? 1 : x.count();
            if (count < 1 || count > MAX_COUNT || !g.countGrounded(count)) return null;
            Double mem = x.memoryGb();
            if (mem != null && (!(mem > 0 && mem <= MAX_VRAM_GB) || !g.amountGrounded(mem, false))) return null;
            out.add(new GpuMention(name, count, mem));
        }
        return out;
    }

    private boolean resolvesGpu(String name) {
        try {
            return knowledge.gpus().find(name).isPresent();
        } catch (RuntimeException e) {
            // e.g. an Apple chip with a memory size it never shipped with: not a valid card
            return false;
        }
    }

    /**
     * The LLM's models when all validate; empty when it gave none; null when any is invalid. A name that
     * does not resolve is kept only when the deterministic parser saw the same mention ("qwen", "32b").
     */
    private List<String> models(List<String> in, List<String> det, Grounding g) {
        if (in == null || in.isEmpty()) return List.of();
        if (in.size() > MAX_ITEMS) return null;
        Set<String> detKeys = new HashSet<>();
        for (String d : det) detKeys.add(key(d));
        List<String> out = new ArrayList<>();
        for (String m : in) {
            if (m == null || m.isBlank() || m.length() > MAX_NAME) return null;
            String name = m.strip();
            boolean resolves;
            try {
                resolves = knowledge.models().find(name).isPresent();
            } catch (RuntimeException e) {
                resolves = false;
            }
            if (!(resolves && g.namesGrounded(name)) && !detKeys.contains(key(name))) return null;
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    private static Double number(Double v, double min, double max, Grounding g, boolean tera, String field,
                                 List<String> rejected, Double fallback) {
        if (v == null) return fallback;
        if (v > min && v <= max && !v.isNaN() && g.amountGrounded(v, tera)) return v;
        rejected.add(field);
        return fallback;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_:]+", "");
    }

    static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        String n = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E c : type.getEnumConstants()) if (c.name().equals(n)) return Optional.of(c);
        return Optional.empty();
    }

    /** Which numbers the message actually contains, to check that the LLM did not invent one. */
    static final class Grounding {
        private final String low;
        private final Set<Double> numbers = new HashSet<>();

        Grounding(String message) {
            low = Normalizer.normalize(message, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            Matcher m = NUMBER.matcher(low);
            while (m.find()) {
                try {
                    numbers.add(Double.parseDouble(m.group()));
                } catch (NumberFormatException ignored) {
                    // too long to be a figure anyone means
                }
            }
        }

        private boolean has(double v) {
            for (double n : numbers) if (Math.abs(n - v) < 1e-6) return true;
            return false;
        }

        /** Every number written in a name (4090, 3.1, 70b, q4) is written in the message too. */
        boolean namesGrounded(String name) {
            Matcher m = NUMBER.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC));
            while (m.find()) {
                try {
                    if (!has(Double.parseDouble(m.group()))) return false;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return true;
        }

        /** A memory amount in GB written as such, or (RAM) as TB. */
        boolean amountGrounded(double gb, boolean tera) {
            return has(gb) || (tera && has(gb / 1024)) || (tera && has(gb / 1000));
        }

        /** One card needs no words; more need the figure or a number word (two, dual, 两张, 双). */
        boolean countGrounded(int count) {
            if (count == 1 || has(count)) return true;
            for (String w : COUNT_WORDS.getOrDefault(count, List.of())) if (low.contains(w)) return true;
            return false;
        }

        /** The context in tokens when the message writes it (32768, 32k, 32K, 1M); 32000 from "32k" is 32768. */
        Integer context(int tokens) {
            if (tokens < 1 || tokens > MAX_CONTEXT) return null;
            if (has(tokens)) return tokens;
            for (int unit : new int[] {1024, 1000}) {
                if (tokens % unit == 0 && has(tokens / unit)) return tokens / unit * 1024;
                if (tokens % (unit * unit) == 0 && has(tokens / (unit * unit))) return tokens / (unit * unit) * 1024 * 1024;
            }
            return null;
        }
    }
}
