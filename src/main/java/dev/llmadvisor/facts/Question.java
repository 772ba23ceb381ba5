package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Set;

/**
 * A user's question as facts, before anything is resolved or sized. Every field but lang, intent, text
 * may be absent (null or empty): a follow-up fills only what it changes, and the conversation carries
 * the rest over from the previous question ({@link #over(Question)}).
 *
 * @param models    model names as written ("qwen3 14b", "deepseek-r1:8b"), two for a comparison
 * @param vramGb    GPU memory given without a card name ("my 16GB card")
 * @param cpuOnly   the user said there is no GPU
 * @param topics    finer use-case detail: php, wordpress, vba, solidworks, fiction, chinese, math...
 */
public record Question(
        Lang lang,
        Intent intent,
        List<GpuMention> gpus,
        Double vramGb,
        Double ramGb,
        boolean cpuOnly,
        List<String> models,
        WeightFormat format,
        Integer context,
        KvCacheType kvType,
        UseCase useCase,
        Set<String> topics,
        Preference preference,
        String text) {

    public Question {
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
        models = models == null ? List.of() : List.copyOf(models);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        if (intent == null) intent = Intent.UNKNOWN;
        if (lang == null) lang = Lang.EN;
        if (text == null) text = "";
    }

    public boolean hasHardware() {
        return !gpus.isEmpty() || vramGb != null || cpuOnly || ramGb != null;
    }

    /**
     * This question as a follow-up of {@code previous}: what this one leaves out is taken from there, and
     * an UNKNOWN intent keeps the previous one ("and at 32k context?").
     */
    public Question over(Question previous) {
        if (previous == null) return this;
        boolean newHardware = !gpus.isEmpty() || vramGb != null || cpuOnly;
        return new Question(lang,
                intent == Intent.UNKNOWN ? previous.intent : intent,
                newHardware ? gpus : previous.gpus,
                newHardware ? vramGb : previous.vramGb,
                ramGb != null ? ramGb : previous.ramGb,
                newHardware ? cpuOnly : previous.cpuOnly,
                models.isEmpty() ? previous.models : models,
                format != null ? format : previous.format,
                context != null ? context : previous.context,
                kvType != null ? kvType : previous.kvType,
                useCase != null ? useCase : previous.useCase,
                topics.isEmpty() ? previous.topics : topics,
                preference != null ? preference : previous.preference,
                text);
    }
}
