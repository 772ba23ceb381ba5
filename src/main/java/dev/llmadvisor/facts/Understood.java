package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the advisor understood of a question, resolved against the knowledge base: the kind of question,
 * the hardware the person has, the options they weigh, RAM, engine, format, context and the models, each
 * with what it resolved to. Shown as one line ("Read as: …") and as {@code understood} in JSON, so a
 * misreading is visible rather than silently answered.
 *
 * @param ramGb      system RAM as the person stated it (for Apple silicon: the unified memory); null if not
 * @param engine     the engine named, or null (then sized as llama.cpp / Ollama, and the answer says so)
 * @param context    the context the person asked for, or null
 * @param kvCache    the KV cache type the person set ("q8_0 KV cache", TabbyAPI's "cache_mode: Q4"), or null
 * @param lines      the lines named without a size ("gemma 3", "deepseek模型"), each {@link Model#line}: every model of the
 *                   line is what was asked, so none is sized here; kept apart from {@code models}, the models sized
 */
public record Understood(Intent kind, List<Gpu> gpus, List<Gpu> alternatives, boolean cpuOnly, Double ramGb,
                        boolean ramAssumed, Engine engine, WeightFormat format, Integer context, KvCacheType kvCache,
                        List<Model> models, List<Model> lines) {

    public Understood(Intent kind, List<Gpu> gpus, List<Gpu> alternatives, boolean cpuOnly, Double ramGb, boolean ramAssumed,
                      Engine engine, WeightFormat format, Integer context, KvCacheType kvCache, List<Model> models) {
        this(kind, gpus, alternatives, cpuOnly, ramGb, ramAssumed, engine, format, context, kvCache, models, List.of());
    }

    /**
     * One kind of card: its resolved name, memory per card, how many, and whether it is unified memory. {@code vramGb}
     * null: cards counted but not named ("on 8 GPUs"). {@code uncounted}: cards said in the plural with no number
     * ("my multi-GPU rig"), whose {@code count} is the two assumed ({@link GpuMention#uncounted}).
     */
    public record Gpu(String name, Double vramGb, int count, boolean unified, boolean uncounted) {
        public Gpu(String name, Double vramGb, int count, boolean unified) {
            this(name, vramGb, count, unified, false);
        }
    }

    /**
     * One model as asked and as resolved.
     *
     * @param asked   the text that named it
     * @param id      the catalog id it resolved to, or null
     * @param generic a stand-in of the asked size, not a known release
     * @param note    how it was resolved when that is not plain: a fine-tune's base, a stand-in, a Hub lookup
     * @param line    a line named without a size (its display name as {@code name}, no id, {@code paramsB} 0): all its models
     */
    public record Model(String asked, String id, String name, double paramsB, boolean generic, Note note, boolean line) {
        public Model(String asked, String id, String name, double paramsB, boolean generic, Note note) {
            this(asked, id, name, paramsB, generic, note, false);
        }

        /** A line named without a size, shown by {@code name}. */
        public static Model line(String asked, String name) {
            return new Model(asked, null, name, 0, false, null, true);
        }
    }

    /** How a model was resolved, said in English and Chinese (a Hub lookup's own message has no Chinese: null). */
    public record Note(String en, String zh) {
        public String in(Lang lang) { return lang == Lang.ZH && zh != null ? zh : en; }
    }

    public Understood {
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        models = models == null ? List.of() : List.copyOf(models);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Every model asked about as reported: the models sized, then the lines named without a size. */
    public List<Model> modelsAndLines() {
        if (lines.isEmpty()) return models;
        List<Model> all = new ArrayList<>(models);
        all.addAll(lines);
        return all;
    }

    /** The same understanding with the kind of question the person asked (the answer may be of another kind). */
    public Understood withKind(Intent k) {
        return new Understood(k, gpus, alternatives, cpuOnly, ramGb, ramAssumed, engine, format, context, kvCache, models, lines);
    }

    /** The same understanding with the options the person weighs, each as the card it resolved to. */
    public Understood withAlternatives(List<Gpu> options) {
        return new Understood(kind, gpus, options, cpuOnly, ramGb, ramAssumed, engine, format, context, kvCache, models, lines);
    }

    /** The weights of the largest model named in the format tried: the one named, else 16-bit as published. */
    public double weightsAsTriedGb() {
        double bits = format != null ? format.nominalBits() : 16;
        Model largest = largestModel();
        return largest == null ? 0 : largest.paramsB() * bits / 8;
    }

    /**
     * {@link #weightsAsTriedGb} in GiB, the unit of the estimates and GPU memory said beside it: the parameters at the
     * format's nominal bits give decimal GB, 7 % more (70B in 16 bits: 140 GB, 130.4 GiB), which beside an estimate of
     * 131 GB in all reads as a contradiction. For the figure an answer says.
     */
    public double weightsAsTriedGib() {
        return weightsAsTriedGb() * 1e9 / Units.GIB;
    }

    /** The largest model named, whose weights {@link #weightsAsTriedGb} are (a sentence naming them names it); null if none. */
    public Model largestModel() {
        return models.stream().max(Comparator.comparingDouble(Model::paramsB)).orElse(null);
    }

    /**
     * All the memory the machine could hold weights in: GPU memory and the RAM stated beside it; a Mac's unified memory
     * is both at once, so nothing besides it. With the RAM of a PC not stated there is no bound (infinity). Published
     * weights larger than this cannot be what runs (it would not load, or only from disk), so a slow run is of a
     * quantized file.
     */
    public double machineMemoryGb() {
        if (gpus.stream().anyMatch(Gpu::unified)) return gpuMemoryGb();
        return ramGb == null ? Double.POSITIVE_INFINITY : gpuMemoryGb() + ramGb;
    }

    /** The GPU memory of the cards understood, all of them together. */
    public double gpuMemoryGb() {
        return gpus.stream().mapToDouble(g -> (g.vramGb() == null ? 0 : g.vramGb()) * g.count()).sum();
    }

    /**
     * Whether what they run is most likely the model as published: a model named with no format, on no engine named
     * (a project's own scripts) or transformers, which load the published weights and may leave part of them in RAM.
     * Not a GGUF engine (a quantized file), nor one that keeps everything on the GPU (it would fail, not crawl), nor
     * another engine: those differ too much (ipex-llm loads int4 by default, AirLLM streams 16-bit layers from disk).
     */
    public static boolean runsAsPublished(Understood u) {
        return u != null && !u.models().isEmpty() && u.format() == null && (u.engine() == null || u.engine() == Engine.TRANSFORMERS);
    }

    /** "Read as: 2× RTX 3090 24 GB, 64 GB RAM, vLLM, Llama 2 70B fp16, 32k context"; null when nothing was read. */
    public String line(Lang lang) {
        boolean zh = lang == Lang.ZH;
        List<String> parts = new ArrayList<>();
        if (!gpus.isEmpty()) parts.add(cards(gpus, " + ", zh));
        else if (cpuOnly) parts.add(zh ? "无独立显卡（CPU）" : "no GPU (CPU only)");
        if (!alternatives.isEmpty()) parts.add((zh ? "备选：" : "options: ") + cards(alternatives, zh ? " 或 " : " or ", zh));
        boolean unified = gpus.stream().anyMatch(Gpu::unified);
        if (ramGb != null && !unified) parts.add(num(ramGb) + (zh ? " GB 内存" : " GB RAM"));
        else if (ramGb == null && !unified && (!gpus.isEmpty() || cpuOnly)) parts.add(zh ? "内存未说明" : "RAM not stated");
        if (engine != null) parts.add(engine.display(lang));
        for (Model m : models) {
            String name = m.name() != null ? m.name() : m.asked();
            if (m.generic()) name = zh ? "通用 " + num(m.paramsB()) + "B 模型（代用）" : "a generic " + num(m.paramsB()) + "B model (stand-in)";
            parts.add(name + (format != null ? " " + format.label() : ""));
        }
        for (Model l : lines) parts.add(l.name() + (zh ? " 全系列" : ", every size"));
        if (models.isEmpty() && format != null) parts.add(format.label());
        if (context != null) parts.add(ctx(context) + (zh ? " 上下文" : " context"));
        if (kvCache != null) parts.add(zh ? "KV 缓存 " + kvCache.label() : kvCache.label() + " KV cache");
        // nothing read ("至少需要多少G显存"): no line at all rather than an empty "Read as:"
        if (parts.isEmpty()) return null;
        return (zh ? "理解为：" : "Read as: ") + String.join(zh ? "，" : ", ", parts);
    }

    private static String cards(List<Gpu> list, String sep, boolean zh) {
        List<String> out = new ArrayList<>();
        for (Gpu g : list) {
            String mem = g.vramGb() == null ? ""
                    : g.name().contains(num(g.vramGb()) + (g.unified() ? " GB" : "GB")) ? "" : " " + num(g.vramGb()) + " GB";
            // cards whose number was not said: "several GPUs", "多张显卡", never the two they are sized as
            String count = g.uncounted() ? (zh ? "多张" : "several ") : g.count() > 1 ? g.count() + "× " : "";
            out.add(count + g.name() + (g.uncounted() && !zh ? "s" : "") + mem);
        }
        return String.join(sep, out);
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ctx(int context) { return Candidate.contextLabel(context); }
}
