package dev.llmadvisor.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.List;
import java.util.Map;

/**
 * What one diagnosis rule concluded: a cause in the real-question corpus' words (model_too_large,
 * context_too_large, vllm_kv_cache_too_small, partial_offload, gpu_not_used, ram_bandwidth, multi_gpu_split,
 * unquantized, memory_used_elsewhere, unsupported_hardware, other), how strongly the evidence points at it,
 * the rule and its source, and what the answer says about it and the fix, in English and Chinese.
 * Texts may use the placeholders of {@link CaseFigures}; they are filled when the answer is written.
 * A rule states a cause by calling {@link #of} from its consequence; the diagnosis run collects the causes
 * (they do not go into working memory, as findings do not).
 *
 * @param points strength of the evidence: an engine's own error 85-95, figures in a log 60-85, the
 *               person's words joined with our estimate 40-75
 */
public record Cause(String code, int points, String rule, String source, String enTemplate, String zhTemplate,
                    String fixEnTemplate, String fixZhTemplate) {

    private static final ThreadLocal<List<Cause>> COLLECTOR = new ThreadLocal<>();

    /** States a cause; collected by the diagnosis run of this thread (and returned, for tests). */
    public static Cause of(Object ctx, String code, int points, String en, String zh, String fixEn, String fixZh) {
        if (!(ctx instanceof RuleContext rc)) throw new IllegalArgumentException("pass kcontext from the rule's consequence, not " + ctx);
        Object s = rc.getRule().getMetaData().get("source");
        Cause c = new Cause(code, points, rc.getRule().getName(), s == null ? "" : s.toString(), en, zh, fixEn, fixZh);
        List<Cause> sink = COLLECTOR.get();
        if (sink != null) sink.add(c);
        return c;
    }

    /** Collects the causes stated on this thread into {@code sink} until {@link #stopCollecting()}. */
    public static void collectInto(List<Cause> sink) { COLLECTOR.set(sink); }

    public static void stopCollecting() { COLLECTOR.remove(); }

    public String text(Lang lang, Map<String, String> figures) {
        return CaseFigures.fill(lang == Lang.ZH ? zhTemplate : enTemplate, figures);
    }

    public String fix(Lang lang, Map<String, String> figures) {
        return CaseFigures.fill(lang == Lang.ZH ? fixZhTemplate : fixEnTemplate, figures);
    }
}
