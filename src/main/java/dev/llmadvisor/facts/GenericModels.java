package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.FineTune;
import dev.llmadvisor.knowledge.GenericCatalog;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.TensorTable;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for a model named only by its size ("the 13b model") or not in the catalog though its name carries
 * its size ("TeleChat-12B"): the architecture of a catalog model typical of the era (knowledge/generic.yaml),
 * its layer count scaled so the total matches the asked size. A stand-in is never presented as a known
 * release: its name says it is generic, and the answer lists the nearest known models without using them. A name of a
 * mixture of experts ("Blue-Orchid-2x7B", "一个8x7b的模型") gets a Mixtral-style stand-in built on a dense base.
 */
public final class GenericModels {

    /** A size written in a name: "13b", "Orion-14B-Chat", "7B模型", "0.5b". Not "8x7b": a MoE's size, read by MOE_SIZE. */
    private static final Pattern SIZE = Pattern.compile("(?i)(?<![0-9.x])(\\d{1,4}(?:\\.\\d{1,2})?) ?b(?![a-z0-9])|(?i)(?<![0-9.x])(\\d{1,4}(?:\\.\\d{1,2})?)b(?=-|_|模型)");

    private final Knowledge knowledge;

    GenericModels(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * An active-parameter count written after a MoE's total ("30B-A3B", "35b_a3b", "235B A22B"): the model's size is the
     * total before it, so the "3B" must not be read as the size of the whole model.
     */
    private static final Pattern ACTIVE_AFTER_TOTAL = Pattern.compile("(?i)\\d(?:\\.\\d{1,2})? ?b[-_ ]?a$");

    /** What parts a name's words: "alpaca-13b" is "alpaca" and "13b". */
    private static final Pattern NON_ALNUMS = Pattern.compile("[^a-z0-9]+");

    /** A mixture of experts' size in a name: "2x7B", "8x22b", "2x10.7B", "4 x 7b", "8×7B". */
    private static final Pattern MOE_SIZE = Pattern.compile("(?i)(?<![0-9.])(\\d{1,2}) ?[x×] ?(\\d{1,3}(?:\\.\\d{1,2})?) ?b(?![a-z0-9])");

    /** N experts of M billion parameters each, as a MoE's name writes them. */
    record MoeSize(int experts, double expertB) {
        String text() { return experts + "x" + num(expertB) + "B"; }
    }

    /** The experts and expert size a name carries ("Open_Gpt4_8x7B": 8 x 7B), if it carries them. */
    static Optional<MoeSize> moeSizeIn(String name) {
        Matcher m = MOE_SIZE.matcher(name == null ? "" : name);
        if (!m.find()) return Optional.empty();
        int n = Integer.parseInt(m.group(1));
        double b = Double.parseDouble(m.group(2));
        return n >= 1 && b >= 0.1 ? Optional.of(new MoeSize(n, b)) : Optional.empty();
    }

    /** Whether {@code text} is only a MoE size ("8x22b"), with no name around it. */
    static boolean isBareMoeSize(String text) {
        return MOE_SIZE.matcher(text.strip()).matches();
    }

    /**
     * A generic MoE of {@code size}, built as the MoE merges of its time were (mergekit-moe, Mixtral): the dense base of
     * generic.yaml nearest the expert size, its layers scaled to that size when no base is of it; every expert is the
     * base's FFN, attention, norms and embeddings are shared, and two experts are routed per token. So the total is
     * not N x M (8x7B: 46.7B) and the active count is that of two experts (12.9B). Empty without bases.
     */
    Optional<ModelEntry> moeStandIn(MoeSize size) {
        double m = size.expertB();
        Optional<ModelEntry> nearest = knowledge.generic().moeBases().stream()
                .min(Comparator.comparingDouble(b -> Math.abs(Math.log(b.paramsB() / m))));
        if (nearest.isEmpty()) return Optional.empty();
        ModelEntry t = nearest.get();
        ModelArch dense = ModelResolver.ofThatSize(t, m) ? t.arch() : scaled(t.arch(), m);
        int used = Math.min(2, size.experts());
        ModelArch a = withExperts(dense, size.experts(), used);
        double total = Math.round(params(a) / 1e8) / 10.0;
        double active = Math.round(params(withExperts(dense, used, used)) / 1e8) / 10.0;
        String name = "generic " + size.text() + " MoE model (" + t.name() + " architecture)";
        String notes = "A stand-in, not a release: " + size.experts() + " experts of " + t.name() + "'s FFN"
                + (dense == t.arch() ? "" : " (layers scaled to " + num(m) + "B)") + ", attention and embeddings shared, "
                + used + " experts per token: " + num(total) + "B total, " + num(active) + "B active.";
        return Optional.of(new ModelEntry("generic-" + size.text().toLowerCase(Locale.ROOT) + "-moe", name, ModelEntry.GENERIC_FAMILY,
                total, active, t.context(), t.maxContext(), t.uses(), t.languages(), List.of(), null, null, notes, t.sources(), a, false, null, true, null, List.of()));
    }

    /** A dense architecture whose every FFN is {@code experts} copies of itself, {@code used} of them routed per token. */
    private static ModelArch withExperts(ModelArch d, int experts, int used) {
        return d.withMoe(new ModelArch.Moe(experts, used, d.ffnSize(), 0, 0, 0, 1));
    }

    /** The size a name carries, in billions, if it carries one; a MoE's active count after its total is not a size. */
    static Optional<Double> sizeIn(String name) {
        String text = name == null ? "" : name;
        Matcher m = SIZE.matcher(text);
        Double found = null;
        while (m.find()) {
            if (ACTIVE_AFTER_TOTAL.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            double v = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
            if (v >= 0.05 && v <= 2000) found = v;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The release a name of a family of an era most likely builds on, when that era has exactly one model of the
     * size ("Wizard-Vicuna-30B", "wizardlm 33b": LLaMA 30B); empty for names without a family word of the era.
     */
    Optional<ModelEntry> eraBase(double sizeB, String asked) {
        GenericCatalog.Era era = knowledge.generic().eraOf(sizeB, asked);
        // only at one of the era's release sizes: a "Llama-70B" may be Llama 2's or Llama 3's, so it stays a stand-in
        if (era == null || !era.namesFamily(asked) || era.sizesB().stream().noneMatch(s -> Math.abs(s - sizeB) < 0.5)) return Optional.empty();
        Optional<ModelEntry> tuned = tunedLineBase(sizeB, asked);
        if (tuned.isPresent()) return tuned;
        List<ModelEntry> ofSize = era.templates().stream().filter(t -> ModelResolver.ofThatSize(t, sizeB)).toList();
        return ofSize.size() == 1 ? Optional.of(ofSize.get(0)) : Optional.empty();
    }

    /**
     * A line of fine-tunes the catalog knows by its bare name on one base ("alpaca" is Stanford's tune of LLaMA 7B): its
     * other sizes ("alpaca-13b") build on the same base release at that size (LLaMA 13B), not on the era's template of
     * the size (Llama 2 13B). The base's release is its family with the same era flag and context.
     */
    private Optional<ModelEntry> tunedLineBase(double sizeB, String asked) {
        Set<String> words = Set.copyOf(List.of(NON_ALNUMS.split(asked.toLowerCase(Locale.ROOT))));
        List<ModelEntry> bases = knowledge.models().finetunes().stream()
                .filter(f -> f.aliases().stream().anyMatch(a -> words.contains(a.toLowerCase(Locale.ROOT))))
                .map(FineTune::base).distinct().toList();
        if (bases.size() != 1) return Optional.empty();
        ModelEntry base = bases.get(0);
        List<ModelEntry> ofSize = knowledge.models().all().stream()
                .filter(m -> m.family().equals(base.family()) && m.legacy() == base.legacy() && m.context() == base.context()
                        && ModelResolver.ofThatSize(m, sizeB))
                .toList();
        return ofSize.size() == 1 ? Optional.of(ofSize.get(0)) : Optional.empty();
    }

    /** Whether {@code text} is only the name of a line an era lists ("vicuna", "gpt4all"). */
    boolean isLineName(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return knowledge.generic().eras().stream().anyMatch(e -> e.families().contains(t));
    }

    /** A generic model of {@code sizeB} billion parameters, as it would most likely be built when named so. */
    Optional<ModelEntry> standIn(double sizeB, String asked) {
        return standIn(sizeB, knowledge.generic().eraOf(sizeB, asked));
    }

    /** A stand-in of the published size of a release outside the catalog, shaped as the era it came out in. */
    Optional<ModelEntry> standIn(GenericCatalog.Outside o) {
        return standIn(o.paramsB(), knowledge.generic().eraOf(o));
    }

    private Optional<ModelEntry> standIn(double sizeB, GenericCatalog.Era era) {
        if (era == null) return Optional.empty();
        ModelEntry t = era.templates().stream()
                .min(Comparator.comparingDouble(m -> Math.abs(Math.log(m.paramsB() / sizeB)))).orElseThrow();
        ModelArch a = scaled(t.arch(), sizeB);
        String size = num(sizeB);
        String name = "generic " + size + "B model (" + t.name() + " architecture)";
        String notes = "A stand-in, not a release: " + era.description() + "; layers scaled from " + t.name() + ".";
        return Optional.of(new ModelEntry("generic-" + size + "b-" + era.name(), name, ModelEntry.GENERIC_FAMILY, sizeB, sizeB, t.context(),
                t.maxContext(), t.uses(), t.languages(), List.of(), null, null, notes, t.sources(), a, false, null, true, null, List.of()));
    }

    /**
     * A stand-in of {@code sizeB} shaped like {@code template}, for a size several releases of one maker share one
     * architecture at ("deepseek 671b": V3, V3.1, R1 …; "deepseek-r1 685b", the Hub's count with the MTP module), so it is
     * not sized as a dense model of that size. Its active parameters scale with the total.
     */
    ModelEntry standInShaped(double sizeB, ModelEntry template) {
        // layers added or taken at the end: a MoE's first layers may be dense (DeepSeek's first_k_dense_replace)
        ModelArch t = template.arch();
        long at = params(t);
        long perLayer = params(t.withLayers(t.layers() + 1)) - at;
        int layers = (int) Math.max(1, Math.min(1000, t.layers() + Math.round((sizeB * 1e9 - at) / perLayer)));
        ModelArch a = t.withLayers(layers);
        String size = num(sizeB);
        String name = "generic " + size + "B model (" + template.name() + " architecture)";
        String notes = "A stand-in, not a release: the architecture the maker's models of this size share; layers scaled from " + template.name() + ".";
        double active = template.activeParamsB() * sizeB / template.paramsB();
        return new ModelEntry("generic-" + size + "b-" + template.id(), name, ModelEntry.GENERIC_FAMILY, sizeB, active, template.context(),
                template.maxContext(), template.uses(), template.languages(), List.of(), null, null, notes, template.sources(), a, false, null, true, null, List.of());
    }

    /** The template's layer count changed so the parameter count is the asked size. */
    private static ModelArch scaled(ModelArch template, double sizeB) {
        long one = params(template.withLayers(1));
        long perLayer = params(template.withLayers(2)) - one;
        long rest = one - perLayer;
        int layers = (int) Math.max(1, Math.min(1000, Math.round((sizeB * 1e9 - rest) / perLayer)));
        return template.withLayers(layers);
    }

    private static long params(ModelArch a) {
        return new TensorTable(TensorTable.layout(a)).parameterCount();
    }

    /**
     * Up to {@code limit} catalog models nearest in size, of the stand-in's kind (dense or MoE: a MoE of the same total runs
     * otherwise), current releases first, for "nearest known".
     */
    List<ModelEntry> nearest(ModelEntry standIn, int limit) {
        double sizeB = standIn.paramsB();
        return knowledge.models().all().stream()
                .filter(m -> m.isMoe() == standIn.isMoe() && Math.abs(m.paramsB() - sizeB) <= 0.25 * sizeB)
                .sorted(Comparator.comparing(ModelEntry::legacy)
                        .thenComparingDouble(m -> Math.abs(m.paramsB() - sizeB)))
                .limit(limit).toList();
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A stand-in's name, as the catalog holds it in English, said in Chinese inside a text: "通用 14B 模型（Qwen3 14B 架构）". */
    private static final Pattern STAND_IN = Pattern.compile("generic (\\d+(?:\\.\\d+)?B(?: MoE)?) model \\((.+?) architecture\\)");

    public static String inChinese(String text) {
        return text == null || !text.contains("generic ") ? text : STAND_IN.matcher(text).replaceAll("通用 $1 模型（$2 架构）");
    }
}
