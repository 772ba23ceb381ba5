package dev.llmadvisor.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.Locale;

/**
 * What one rule concluded, with the rule's name and the document it encodes, so every recommendation
 * carries its reasons. Texts may use placeholders filled from the candidate: {model}, {format}, {params},
 * {file}, {total}, {vram}, {ram}, {kv}, {context}, {tps}, {layers}.
 *
 * @param candidate the candidate's key, or null for a remark on the whole answer
 */
public record Finding(String candidate, String rule, String source, Effect effect, int points, String en, String zh) {

    public static Finding score(RuleContext ctx, Candidate c, int points, String en, String zh) {
        return of(ctx, c, Effect.SCORE, points, en, zh);
    }

    public static Finding reject(RuleContext ctx, Candidate c, String en, String zh) {
        return of(ctx, c, Effect.REJECT, 0, en, zh);
    }

    public static Finding warn(RuleContext ctx, Candidate c, String en, String zh) {
        return of(ctx, c, Effect.WARN, 0, en, zh);
    }

    public static Finding note(RuleContext ctx, String en, String zh) {
        return new Finding(null, ctx.getRule().getName(), source(ctx), Effect.NOTE, 0, en, zh);
    }

    private static Finding of(RuleContext ctx, Candidate c, Effect e, int points, String en, String zh) {
        return new Finding(c.key(), ctx.getRule().getName(), source(ctx), e, points, fill(en, c), fill(zh, c));
    }

    private static String source(RuleContext ctx) {
        Object s = ctx.getRule().getMetaData().get("source");
        return s == null ? "" : s.toString();
    }

    public String text(Lang lang) { return lang == Lang.ZH ? zh : en; }

    static String fill(String template, Candidate c) {
        if (template == null || c == null || template.indexOf('{') < 0) return template;
        return template
                .replace("{model}", c.modelName())
                .replace("{format}", c.format().label())
                .replace("{params}", num(c.paramsB()) + "B")
                .replace("{file}", gb(c.fileGb()))
                .replace("{total}", gb(c.totalGb()))
                .replace("{vram}", gb(c.vramGb()))
                .replace("{ram}", gb(c.ramGb()))
                .replace("{kv}", gb(c.kvGb()))
                .replace("{context}", c.context() >= 1024 ? (c.context() / 1024) + "k" : String.valueOf(c.context()))
                .replace("{tps}", String.format(Locale.ROOT, "%.0f-%.0f", c.tpsLow(), c.tpsHigh()))
                .replace("{layers}", c.gpuLayers() + "/" + (c.layers() + 1));
    }

    private static String gb(double v) { return String.format(Locale.ROOT, "%.1f GB", v); }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
