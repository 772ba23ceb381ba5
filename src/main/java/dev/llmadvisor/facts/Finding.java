package dev.llmadvisor.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.List;

/**
 * What one rule concluded, with the rule's name and the document it encodes, so every recommendation
 * carries its reasons. Texts may use placeholders filled from the candidate: {model}, {format}, {params},
 * {file}, {total}, {vram}, {gpu} (the part in GPU memory), {ram}, {kv}, {context}, {tps}, {layers}. They are filled when read, since only
 * the findings of the options shown are ever read.
 *
 * <p>A rule states a finding by calling a factory ({@code Finding.score(kcontext, ...)}); the rules engine
 * collects what the factories make while it runs a question, so findings never enter working memory (an older
 * {@code insert(Finding...)} still works and is counted once).
 *
 * @param candidate the candidate's key, or null for a remark on the whole answer
 * @param subject   the candidate itself (null for a remark), whose figures fill the placeholders
 */
public record Finding(String candidate, String rule, String source, Effect effect, int points, String enTemplate,
                      String zhTemplate, Candidate subject) {

    /** Where the findings of the question being decided on this thread go (set by the rules engine). */
    private static final ThreadLocal<List<Finding>> SINK = new ThreadLocal<>();

    /** Collects the findings made on this thread into {@code sink} until {@link #stopCollecting()}. */
    public static void collectInto(List<Finding> sink) { SINK.set(sink); }

    public static void stopCollecting() { SINK.remove(); }

    private static Finding made(Finding f) {
        List<Finding> sink = SINK.get();
        if (sink != null) sink.add(f);
        return f;
    }

    /**
     * Ranks a candidate up or down. Points follow one scale (see rules/README.md): 30 fits on one GPU, about 10
     * per doubling of parameters, 4-8 for a format or use-case preference, negative for a drawback.
     */
    public static Finding score(Object ctx, Candidate c, int points, String en, String zh) {
        // A computed score that comes out at 0 changes nothing: it is kept as a remark.
        return of(ctx, c, points == 0 ? Effect.EXPLAIN : Effect.SCORE, points, en, zh);
    }

    /** A remark about a candidate that changes nothing in its rank (the arithmetic beside a document's claim). */
    public static Finding explain(Object ctx, Candidate c, String en, String zh) {
        return of(ctx, c, Effect.EXPLAIN, 0, en, zh);
    }

    /** A remark about a candidate made by one row of a rule table: the row names itself and its source. */
    public static Finding explain(Object ctx, Candidate c, String row, String source, String en, String zh) {
        context(ctx);
        return made(new Finding(c.key(), row, source, Effect.EXPLAIN, 0, en, zh, c));
    }

    public static Finding reject(Object ctx, Candidate c, String en, String zh) {
        return of(ctx, c, Effect.REJECT, 0, en, zh);
    }

    public static Finding warn(Object ctx, Candidate c, String en, String zh) {
        return of(ctx, c, Effect.WARN, 0, en, zh);
    }

    public static Finding note(Object ctx, String en, String zh) {
        RuleContext rc = context(ctx);
        return made(new Finding(null, rc.getRule().getName(), source(rc), Effect.NOTE, 0, en, zh, null));
    }

    private static Finding of(Object ctx, Candidate c, Effect e, int points, String en, String zh) {
        RuleContext rc = context(ctx);
        return made(new Finding(c.key(), rc.getRule().getName(), source(rc), e, points, en, zh, c));
    }

    /**
     * The rule's context as DRL passes it ({@code kcontext}): typed RuleContext in interpreted rules,
     * org.drools.model.Drools in the executable model, whose implementation is a RuleContext too.
     */
    private static RuleContext context(Object ctx) {
        if (ctx instanceof RuleContext rc) return rc;
        throw new IllegalArgumentException("pass kcontext from the rule's consequence, not " + ctx);
    }

    private static String source(RuleContext ctx) {
        Object s = ctx.getRule().getMetaData().get("source");
        return s == null ? "" : s.toString();
    }

    public String text(Lang lang) { return fill(lang == Lang.ZH ? zhTemplate : enTemplate, subject); }

    public String en() { return text(Lang.EN); }

    public String zh() { return text(Lang.ZH); }

    static String fill(String template, Candidate c) {
        if (template == null || c == null || template.indexOf('{') < 0) return template;
        // The same replacements in the same order, each figure formatted only when its placeholder is there: a finding names one
        // or two of them, and answers fill hundreds of findings. Each is looked for in the text as filled so far, as a chain of
        // replace calls would.
        String t = template;
        t = replace(t, "{model}", c, x -> x.modelName());
        t = replace(t, "{format}", c, x -> x.formatLabel());
        t = replace(t, "{params}", c, x -> num(x.paramsB()) + "B");
        t = replace(t, "{file}", c, x -> gb(x.fileGb()));
        t = replace(t, "{total}", c, x -> gb(x.totalGb()));
        t = replace(t, "{vram}", c, x -> gb(x.vramGb()));
        t = replace(t, "{gpu}", c, x -> gb(x.gpuGb()));
        t = replace(t, "{ram}", c, x -> gb(x.ramGb()));
        t = replace(t, "{kv}", c, x -> gb(x.kvGb()));
        t = replace(t, "{context}", c, x -> Candidate.contextLabel(x.context()));
        t = replace(t, "{tps}", c, Candidate::tpsRange);
        return replace(t, "{layers}", c, x -> x.gpuLayers() + "/" + (x.layers() + 1));
    }

    private static String replace(String t, String placeholder, Candidate c, java.util.function.Function<Candidate, String> value) {
        return t.contains(placeholder) ? t.replace(placeholder, value.apply(c)) : t;
    }

    private static String gb(double v) { return Numbers.fixed(v, 1) + " GB"; }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : Numbers.fixed(v, 1);
    }
}
