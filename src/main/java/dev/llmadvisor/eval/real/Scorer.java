package dev.llmadvisor.eval.real;

import dev.llmadvisor.facts.ModelResolver;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what the advisor understood and answered with the labels of one real question, field by field.
 * A label's model is interpreted through the catalog (its Hub repo, name or base), so "Llama 2 70B" and
 * "meta-llama/Llama-2-70b-hf" both mean the catalog's Llama 2 70B; a model the catalog lacks is understood
 * when the answer sizes an openly generic stand-in of its size.
 */
final class Scorer {

    /** Memory sizes that differ by less than this are the same card (24 vs 24.0, 79.6 vs 80). */
    private static final double GB_TOLERANCE = 0.06;
    /** A generic stand-in is of the right size within this fraction. */
    private static final double SIZE_TOLERANCE = 0.15;

    /**
     * One field of one question: what the label says, what the advisor gave, whether they agree, and for a miss its
     * shape ("no card read", "count differs", "vllm -> null"): a summary that says what kind of error it is without
     * the question, so misses can be counted on the held-out part too.
     */
    record Check(String field, boolean ok, String expected, String got, String miss) {
        Check(String field, boolean ok, String expected, String got) {
            this(field, ok, expected, got, ok ? null : expected + " -> " + got);
        }

        Check(String field, boolean ok, String expected, String got, Supplier<String> miss) {
            this(field, ok, expected, got, ok ? null : miss.get());
        }
    }

    private final Knowledge knowledge;

    Scorer(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    List<Check> score(RealQuestion q, Answer a) {
        RealQuestion.Expected e = q.understood();
        Understood u = a.understood();
        List<Check> checks = new ArrayList<>();
        List<Understood.Gpu> gpus = u == null ? List.of() : u.gpus();
        List<Understood.Gpu> alts = u == null ? List.of() : u.alternatives();
        boolean cpu = u != null && u.cpuOnly();
        Check cards = new Check("gpus", cardsMatch(e.gpus(), gpus), cards(e.gpus()), understoodCards(gpus), () -> cardsMiss(e.gpus(), gpus));
        Check options = new Check("alternatives", cardsMatch(e.alternatives(), alts), cards(e.alternatives()), understoodCards(alts),
                () -> cardsMiss(e.alternatives(), alts));
        Check cpuOnly = new Check("cpu_only", e.cpuOnly() == cpu, String.valueOf(e.cpuOnly()), String.valueOf(cpu));
        Double ram = u == null ? null : u.ramGb();
        boolean unified = gpus.stream().anyMatch(Understood.Gpu::unified);
        boolean ramOk = sameGb(e.ramGb(), ram) || (unified && e.ramGb() == null);
        Check ramCheck = new Check("ram", ramOk, num(e.ramGb()), num(ram), () -> presenceMiss("RAM", e.ramGb(), ram));
        boolean hw = cards.ok() && options.ok() && cpuOnly.ok() && ramCheck.ok();
        checks.add(new Check("hardware", hw, "", "", () -> String.join(" + ", Stream.of(cards, options, cpuOnly, ramCheck)
                .filter(c -> !c.ok()).map(Check::field).toList())));
        checks.add(cards);
        checks.add(options);
        checks.add(cpuOnly);
        checks.add(ramCheck);
        List<Understood.Model> models = u == null ? List.of() : u.modelsAndLines();
        checks.add(new Check("model", modelsMatch(e.models(), models), expectedModels(e.models()), understoodModels(models),
                () -> modelsMiss(e.models(), models)));
        // issue 10: each model the text names, on its own, resolved to itself or an openly generic stand-in of its size
        for (RealQuestion.Model m : e.models()) {
            checks.add(new Check("resolved", models.stream().anyMatch(g -> sameModel(m, g)), expectedModels(List.of(m)), understoodModels(models),
                    () -> models.isEmpty() ? "no model read" : models.stream().allMatch(Understood.Model::generic)
                            ? "a generic stand-in, not this model" : "another model"));
        }
        if (e.engine() != null) {
            String got = u == null || u.engine() == null ? null : u.engine().id();
            checks.add(new Check("engine", e.engine().equals(got), e.engine(), String.valueOf(got)));
        }
        String kind = u == null ? null : u.kind().id();
        if (e.kind() != null) checks.add(new Check("kind", e.kind().equals(kind), e.kind(), String.valueOf(kind)));
        WeightFormat f = u == null ? null : u.format();
        checks.add(new Check("format", formatMatches(e.format(), f), String.valueOf(e.format()), f == null ? "null" : f.label(),
                () -> presenceMiss("format", e.format(), f)));
        Integer ctx = u == null ? null : u.context();
        checks.add(new Check("context", Objects.equals(e.context(), ctx)
                || (e.context() != null && ctx != null && Math.abs(e.context() - ctx) <= 0.05 * e.context()),
                String.valueOf(e.context()), String.valueOf(ctx), () -> presenceMiss("context", e.context(), ctx)));
        if (q.outcome().hasVerdict()) {
            String got = a.verdict() == null ? null : a.verdict().id();
            checks.add(new Check("verdict", q.outcome().verdict().equals(got), q.outcome().verdict(), String.valueOf(got)));
        }
        if (q.outcome().cause() != null) {
            checks.add(new Check("cause", q.outcome().cause().equals(a.cause()), q.outcome().cause(), String.valueOf(a.cause())));
        }
        return checks;
    }

    // ---- shapes of misses

    /** A card list's miss: none read, read where none, a count, an extra or missing kind, or the memory per card. */
    static String cardsMiss(List<RealQuestion.Card> expected, List<Understood.Gpu> got) {
        if (got.isEmpty()) return "no card read";
        if (expected.isEmpty()) return "cards read where the label has none";
        List<double[]> want = merge(expected.stream().map(c -> new double[] {c.vramGb() == null ? -1 : c.vramGb(), 0}).toList());
        List<double[]> have = merge(got.stream().map(g -> new double[] {g.vramGb() == null ? -1 : g.vramGb(), 0}).toList());
        if (sameMultiset(want, have)) return "count differs";
        if (have.size() > want.size()) return "an extra card kind";
        if (have.size() < want.size()) return "a card kind missing";
        return "memory per card differs";
    }

    /** A single value's miss: read where the label has none, not read, or a different value. */
    private static String presenceMiss(String what, Object expected, Object got) {
        if (expected == null) return what + " read where the label has none";
        if (got == null) return what + " not read";
        return "another " + what;
    }

    private static String modelsMiss(List<RealQuestion.Model> expected, List<Understood.Model> got) {
        if (got.isEmpty()) return "no model read";
        if (expected.isEmpty()) return "a model read where the label has none";
        if (got.size() > expected.size()) return "an extra model";
        if (got.size() < expected.size()) return "a model missing";
        return got.stream().anyMatch(Understood.Model::generic) ? "a generic stand-in among them" : "another model";
    }

    // ---- hardware

    /** Same cards: the same memory per card and, where the label states counts, the same number of each. */
    static boolean cardsMatch(List<RealQuestion.Card> expected, List<Understood.Gpu> got) {
        boolean countsKnown = expected.stream().allMatch(c -> c.count() != null);
        List<double[]> want = new ArrayList<>();
        for (RealQuestion.Card c : expected) want.add(new double[] {c.vramGb() == null ? -1 : c.vramGb(), countsKnown ? c.count() : 0});
        List<double[]> have = new ArrayList<>();
        for (Understood.Gpu g : got) have.add(new double[] {g.vramGb() == null ? -1 : g.vramGb(), countsKnown ? g.count() : 0});
        return sameMultiset(merge(want), merge(have));
    }

    /** Card kinds of equal memory merged, adding their counts ("2x 3090 + 1x 3090" is 3 cards of 24 GB). */
    private static List<double[]> merge(List<double[]> cards) {
        List<double[]> out = new ArrayList<>();
        for (double[] c : cards) {
            Optional<double[]> same = out.stream().filter(o -> o[0] >= 0 && c[0] >= 0 && sameGb(o[0], c[0])).findFirst();
            if (same.isPresent()) same.get()[1] += c[1];
            else out.add(new double[] {c[0], c[1]});
        }
        return out;
    }

    private static boolean sameMultiset(List<double[]> want, List<double[]> have) {
        if (want.size() != have.size()) return false;
        List<double[]> left = new ArrayList<>(have);
        for (double[] w : want) {
            Optional<double[]> m = left.stream().filter(h -> (w[0] < 0 || sameGb(w[0], h[0])) && w[1] == h[1]).findFirst();
            if (m.isEmpty()) return false;
            left.remove(m.get());
        }
        return true;
    }

    static boolean sameGb(Double a, Double b) {
        if (a == null || b == null) return a == null && b == null;
        return Math.abs(a - b) <= Math.max(0.6, GB_TOLERANCE * Math.max(a, b));
    }

    // ---- models

    private boolean modelsMatch(List<RealQuestion.Model> expected, List<Understood.Model> got) {
        List<Understood.Model> left = new ArrayList<>(got);
        for (RealQuestion.Model m : expected) {
            Optional<Understood.Model> hit = left.stream().filter(g -> sameModel(m, g)).findFirst();
            if (hit.isEmpty()) return false;
            left.remove(hit.get());
        }
        return left.isEmpty();
    }

    boolean sameModel(RealQuestion.Model want, Understood.Model got) {
        Set<String> ids = catalogIds(want);
        if (got.line()) return want.paramsB() == null && ids.isEmpty() && sameLine(want, got);
        if (got.id() != null && !got.generic() && ids.contains(got.id())) return true;
        // a model the catalog does not know (or a size only) is understood as an openly generic stand-in of its size
        if (got.generic() && want.paramsB() != null && (ids.isEmpty() || want.generic())) {
            return Math.abs(got.paramsB() - want.paramsB()) <= SIZE_TOLERANCE * want.paramsB();
        }
        return false;
    }

    /**
     * A line named without a size: the label's name or Hub repo (its text when it has no name: "the DeepSeek") stands for the
     * same catalog models as the line read.
     */
    private boolean sameLine(RealQuestion.Model want, Understood.Model got) {
        Set<ModelEntry> read = Set.copyOf(ModelResolver.family(knowledge, got.asked()));
        return !read.isEmpty() && Stream.of(want.name() != null ? want.name() : want.asked(), want.hf())
                .filter(n -> n != null && !n.isBlank()).anyMatch(n -> Set.copyOf(ModelResolver.family(knowledge, n)).equals(read));
    }

    /** The catalog entries a label's model names: its Hub repo, its name, or the base of a fine-tune. */
    private Set<String> catalogIds(RealQuestion.Model m) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : new String[] {m.hf(), m.name(), m.base()}) {
            if (name == null || name.isBlank()) continue;
            Optional<ModelMatch> hit = knowledge.models().find(name);
            hit.map(ModelMatch::model).map(ModelEntry::id).ifPresent(ids::add);
        }
        return ids;
    }

    // ---- formats

    /**
     * Loosely the same format: "Q4" agrees with Q4_K_M, "fp16" with F16, and a bare integer width ("int4", "8bit",
     * a model's "-Int4" build) with any integer-quantized safetensors or MLX format of that width (GPTQ, AWQ,
     * bitsandbytes, MLX): the label names the width, not the quantizer.
     */
    static boolean formatMatches(String expected, WeightFormat got) {
        if (expected == null || got == null) return expected == null && got == null;
        String e = key(expected);
        String g = key(got.label());
        if (e.equals(g) || g.startsWith(e) || e.startsWith(g)) return true;
        Matcher width = BARE_INT_WIDTH.matcher(e);
        if (width.matches() && got.engine() != WeightFormat.Engine.LLAMA_CPP && got != WeightFormat.FP8
                && got.nominalBits() == Integer.parseInt(width.group(1))) return true;
        Optional<WeightFormat> parsed = WeightFormat.parse(expected);
        return parsed.isPresent() && parsed.get() == got;
    }

    private static final Pattern BARE_INT_WIDTH = Pattern.compile("(?:int)?([48])(?:bits?)?");

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").replace("fp16", "f16").replace("fp32", "f32");
    }

    // ---- rendering

    private static String cards(List<RealQuestion.Card> cards) {
        List<String> out = new ArrayList<>();
        for (RealQuestion.Card c : cards) out.add((c.count() == null ? "?" : c.count()) + "x" + num(c.vramGb()) + (c.unified() ? "u" : ""));
        return String.join(" + ", out);
    }

    private static String understoodCards(List<Understood.Gpu> cards) {
        List<String> out = new ArrayList<>();
        for (Understood.Gpu g : cards) out.add(g.count() + "x" + (g.vramGb() == null ? "null" : num(g.vramGb())) + (g.unified() ? "u" : ""));
        return String.join(" + ", out);
    }

    private static String expectedModels(List<RealQuestion.Model> models) {
        List<String> out = new ArrayList<>();
        for (RealQuestion.Model m : models) out.add((m.name() != null ? m.name() : m.asked()) + " (" + num(m.paramsB()) + "B)");
        return String.join(", ", out);
    }

    private static String understoodModels(List<Understood.Model> models) {
        List<String> out = new ArrayList<>();
        for (Understood.Model m : models) out.add((m.generic() ? "generic " : "") + (m.name() != null ? m.name() : m.asked()) + " (" + num(m.paramsB()) + "B)");
        return String.join(", ", out);
    }

    static String num(Double v) {
        if (v == null) return "null";
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.1f", v);
    }
}
