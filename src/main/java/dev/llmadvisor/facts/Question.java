package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.ExlQuant;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Set;

/**
 * A user's question as facts, before anything is resolved or sized. Every field but lang, intent, text
 * may be absent (null or empty): a follow-up fills only what it changes, and the conversation carries
 * the rest over from the previous question ({@link #over(Question)}).
 *
 * @param gpus         the hardware the person has (or asks about as one setup); a card named twice is one
 * @param alternatives hardware options the person weighs ("4060 Ti 16GB or 4070?"), never added to gpus
 * @param models       model names as written ("qwen3 14b", "deepseek-r1:8b", "a 13b model"), two for a comparison
 * @param formatsWeighed the formats a which-format question weighs ("Q4_K_M or Q8_0?"), in the order named; the first
 *                     is {@code format}; empty when fewer than two were named
 * @param vramGb       GPU memory given without a card name ("my 16GB card"), per card
 * @param ramGb        system RAM as stated; null when the person did not say
 * @param cpuOnly      the person has no usable GPU (said so, or an Intel Mac / integrated graphics)
 * @param engine       the engine the person runs or names, or null
 * @param engineHint   an engine only implied (an Ollama tag such as "qwen3:14b"): understood, but not sized for
 * @param report       what the person says of a setup they already run (speed, usage, symptoms, a log)
 * @param topics       finer use-case detail: php, wordpress, vba, solidworks, fiction, chinese, math...
 * @param platform     the CPU and the RAM's make-up as written (sockets, DDR type and speed, channels, modules), or null
 * @param gpuOnlyRuntime a runtime this message names that keeps the whole model on the GPU (no CPU path), by its display
 *                     name, or null; read from this message alone, like {@code text}
 * @param targets      cards asked about, not owned ("how many A100s", 需要几张A100): what the answer counts in
 * @param exl          the bit rate named for an EXL2/EXL3 format ("4.65bpw"), or null
 * @param contextNotChosen the context was read only from what a program printed or tried (an engine's log or start-up
 *                     config, a server's default or maximum, several lengths probed one after another), not set by the person
 * @param client       the chat client or app platform the engine was read as (other) when it is named alone, or null; it
 *                     goes with the engine (a follow-up that names no engine keeps both)
 */
public record Question(
        Lang lang,
        Intent intent,
        List<GpuMention> gpus,
        List<GpuMention> alternatives,
        Double vramGb,
        Double ramGb,
        boolean cpuOnly,
        List<String> models,
        WeightFormat format,
        List<WeightFormat> formatsWeighed,
        Integer context,
        KvCacheType kvType,
        Engine engine,
        Engine engineHint,
        Report report,
        UseCase useCase,
        Set<String> topics,
        Preference preference,
        String text,
        PlatformMention platform,
        List<GpuMention> targets,
        boolean asPublished,
        String gpuOnlyRuntime,
        ExlQuant exl,
        boolean contextNotChosen,
        ChatClient client) {

    public Question {
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        targets = targets == null ? List.of() : List.copyOf(targets);
        models = models == null ? List.of() : List.copyOf(models);
        formatsWeighed = formatsWeighed == null ? List.of() : List.copyOf(formatsWeighed);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        if (report == null) report = Report.NONE;
        if (intent == null) intent = Intent.UNKNOWN;
        if (lang == null) lang = Lang.EN;
        if (text == null) text = "";
    }

    /** An empty question in a language, to build on: {@code Question.of(lang, text).toBuilder()...build()}. */
    public static Question of(Lang lang, String text) {
        return new Question(lang, Intent.UNKNOWN, null, null, null, null, false, null, null, null, null, null, null, null, null,
                null, null, null, text, null, null, false, null, null, false, null);
    }

    /** The hardware the person has: cards, a bare memory size, no GPU, or RAM. Alternatives alone are not owned. */
    public boolean hasHardware() {
        return !gpus.isEmpty() || vramGb != null || cpuOnly || ramGb != null;
    }

    /** Hardware to size on: owned, or options to compare. */
    public boolean hasAnyHardware() {
        return hasHardware() || !alternatives.isEmpty();
    }

    public Question withIntent(Intent i) { return toBuilder().intent(i).build(); }

    /**
     * Nothing was read from this message but its text: no intent, hardware, model, format, context, engine, use or
     * report. Such a message ("asdf", "thanks") is no follow-up: carried over, it would answer the previous question again.
     */
    public boolean readsNothing() {
        return intent == Intent.UNKNOWN && !hasAnyHardware() && targets.isEmpty() && models.isEmpty() && format == null
                && !asPublished && context == null && kvType == null && engine == null && engineHint == null && report.isEmpty()
                && useCase == null && topics.isEmpty() && preference == null && platform == null && gpuOnlyRuntime == null;
    }

    /**
     * This question as a follow-up of {@code previous}: what this one leaves out is taken from there, and
     * an UNKNOWN intent keeps the previous one ("and at 32k context?").
     */
    public Question over(Question previous) {
        if (previous == null) return this;
        boolean newHardware = !gpus.isEmpty() || vramGb != null || cpuOnly;
        boolean newOptions = !alternatives.isEmpty();
        return new Question(lang,
                intent == Intent.UNKNOWN ? previous.intent : intent,
                newHardware ? gpus : previous.gpus,
                newOptions || newHardware ? alternatives : previous.alternatives,
                newHardware ? vramGb : previous.vramGb,
                ramGb != null ? ramGb : previous.ramGb,
                newHardware ? cpuOnly : previous.cpuOnly,
                models.isEmpty() ? previous.models : models,
                format != null || asPublished ? format : previous.format,
                format != null || asPublished ? formatsWeighed : previous.formatsWeighed,
                context != null ? context : previous.context,
                kvType != null ? kvType : previous.kvType,
                engine != null ? engine : previous.engine,
                engineHint != null || engine != null ? engineHint : previous.engineHint,
                report.isEmpty() ? previous.report : report,
                useCase != null ? useCase : previous.useCase,
                topics.isEmpty() ? previous.topics : topics,
                preference != null ? preference : previous.preference,
                text,
                platform != null ? platform : previous.platform,
                !targets.isEmpty() || newHardware ? targets : previous.targets,
                format != null || asPublished ? asPublished : previous.asPublished,
                gpuOnlyRuntime,
                format != null || asPublished ? exl : previous.exl,
                context != null ? contextNotChosen : previous.contextNotChosen,
                engine != null ? client : previous.client);
    }

    public Builder toBuilder() { return new Builder(this); }

    /** Changes a few fields of a question; the rest stay as they were. */
    public static final class Builder {
        private Lang lang;
        private Intent intent;
        private List<GpuMention> gpus;
        private List<GpuMention> alternatives;
        private Double vramGb;
        private Double ramGb;
        private boolean cpuOnly;
        private List<String> models;
        private WeightFormat format;
        private List<WeightFormat> formatsWeighed;
        private Integer context;
        private KvCacheType kvType;
        private Engine engine;
        private Engine engineHint;
        private Report report;
        private UseCase useCase;
        private Set<String> topics;
        private Preference preference;
        private String text;
        private PlatformMention platform;
        private List<GpuMention> targets;
        private boolean asPublished;
        private String gpuOnlyRuntime;
        private ExlQuant exl;
        private boolean contextNotChosen;
        private ChatClient client;

        private Builder(Question q) {
            lang = q.lang; intent = q.intent; gpus = q.gpus; alternatives = q.alternatives; vramGb = q.vramGb;
            ramGb = q.ramGb; cpuOnly = q.cpuOnly; models = q.models; format = q.format; formatsWeighed = q.formatsWeighed; context = q.context;
            kvType = q.kvType; engine = q.engine; engineHint = q.engineHint; report = q.report; useCase = q.useCase; topics = q.topics;
            preference = q.preference; text = q.text;
            platform = q.platform;
            targets = q.targets;
            asPublished = q.asPublished;
            gpuOnlyRuntime = q.gpuOnlyRuntime;
            exl = q.exl;
            contextNotChosen = q.contextNotChosen;
            client = q.client;
        }

        public Builder lang(Lang v) { lang = v; return this; }
        public Builder intent(Intent v) { intent = v; return this; }
        public Builder gpus(List<GpuMention> v) { gpus = v; return this; }
        public Builder alternatives(List<GpuMention> v) { alternatives = v; return this; }
        public Builder vramGb(Double v) { vramGb = v; return this; }
        public Builder ramGb(Double v) { ramGb = v; return this; }
        public Builder cpuOnly(boolean v) { cpuOnly = v; return this; }
        public Builder models(List<String> v) { models = v; return this; }
        public Builder format(WeightFormat v) { format = v; return this; }
        /** The formats a which-format question weighs, in the order named. */
        public Builder formatsWeighed(List<WeightFormat> v) { formatsWeighed = v; return this; }
        /** A context set anew is the person's unless {@link #contextNotChosen} says otherwise after it. */
        public Builder context(Integer v) { context = v; contextNotChosen = false; return this; }
        public Builder contextNotChosen(boolean v) { contextNotChosen = v; return this; }
        public Builder kvType(KvCacheType v) { kvType = v; return this; }
        public Builder engine(Engine v) { engine = v; return this; }
        public Builder engineHint(Engine v) { engineHint = v; return this; }
        public Builder report(Report v) { report = v; return this; }
        public Builder useCase(UseCase v) { useCase = v; return this; }
        public Builder topics(Set<String> v) { topics = v; return this; }
        public Builder preference(Preference v) { preference = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder platform(PlatformMention v) { platform = v; return this; }
        public Builder targets(List<GpuMention> v) { targets = v; return this; }
        /** "unquantized", "原版", "满血": the format the model is published in, whichever that is. */
        public Builder asPublished(boolean v) { asPublished = v; return this; }
        public Builder gpuOnlyRuntime(String v) { gpuOnlyRuntime = v; return this; }
        public Builder exl(ExlQuant v) { exl = v; return this; }
        public Builder client(ChatClient v) { client = v; return this; }

        public Question build() {
            return new Question(lang, intent, gpus, alternatives, vramGb, ramGb, cpuOnly, models, format, formatsWeighed, context, kvType,
                    engine, engineHint, report, useCase, topics, preference, text, platform, targets, asPublished, gpuOnlyRuntime, exl,
                    contextNotChosen, client);
        }
    }
}
