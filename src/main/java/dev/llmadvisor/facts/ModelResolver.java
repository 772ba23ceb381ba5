package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.FineTune;
import dev.llmadvisor.knowledge.GenericCatalog;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.knowledge.ModelMatch;
import dev.llmadvisor.knowledge.NameChange;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves the model names of a question against the knowledge base. A name resolves to the model it names
 * (a fine-tune to its base, said so), to a generic stand-in of the size it carries (said so, with the nearest
 * known models listed, never used instead), or to nothing: never silently to another model. A family word
 * ("deepseek") or, in an open question, a size ("the best 70b for my card") stands for the catalog's models
 * of that family or size.
 */
public final class ModelResolver {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final java.util.regex.Pattern NAME_SEPARATOR = java.util.regex.Pattern.compile("[-_:]");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SIZE_IN = java.util.regex.Pattern.compile(".*\\d{1,4}(\\.\\d)?b.*");
    private static final java.util.regex.Pattern TWO_LETTERS_END = java.util.regex.Pattern.compile(".*[a-z]{2}");

    /** A name that meant another model until a date: the question may be older, so say what it meant then. */
    private static Understood.Note changeNote(NameChange c) {
        boolean same = c.before().arch().equals(c.model().arch());
        return new Understood.Note(
                "\"" + c.name() + "\" has named " + c.model().name() + " since " + c.until() + "; before, it named " + c.before().name()
                        + (same ? ", which has the same architecture, so these figures hold for it too"
                                : ", which is sized differently: name it to have it sized"),
                "“" + c.name() + "”自 " + c.until() + " 起指 " + c.model().name() + "；此前指 " + c.before().name()
                        + (same ? "，两者架构相同，下面的数字同样适用" : "，两者大小不同：写明它的名字即可单独估算"));
    }

    /**
     * A name's word saying its refusals were edited out ("-abliterated", "-uncensored", Heretic's "-heretic"; written so in
     * Chinese questions too): the weights keep their shape, so the base model's figures hold; the reply says whose they are.
     */
    private static final java.util.regex.Pattern REFUSALS_REMOVED = java.util.regex.Pattern.compile(
            "(?i)(?<![a-z])(abliterated|uncensored|heretic)(?![a-z])");

    static Optional<Understood.Note> refusalsRemovedNote(String text, ModelEntry e) {
        java.util.regex.Matcher m = REFUSALS_REMOVED.matcher(text);
        if (!m.find()) return Optional.empty();
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(new Understood.Note(
                text + " is " + e.name() + " with its refusals edited out (" + word + "): the same weights' shape, sized as " + e.name(),
                text + " 是去掉拒答的 " + e.name() + "（" + word + "），权重结构不变，按 " + e.name() + " 估算"));
    }

    /** A name's word for the pretrained release before its chat tune ("deepseek-coder-6.7b-base", 基座模型). */
    private static final java.util.regex.Pattern BASE_RELEASE = java.util.regex.Pattern.compile("(?i)(?<![a-z])base(?![a-z])|基座");

    /**
     * A base release the catalog holds only as its instruct or chat tune is sized as that tune: the two share one
     * architecture and size, and the reply says whose figures they are rather than naming another model silently.
     */
    static Optional<Understood.Note> baseReleaseNote(String text, ModelEntry e) {
        if (!BASE_RELEASE.matcher(text).find() || BASE_RELEASE.matcher(e.name()).find()) return Optional.empty();
        return Optional.of(new Understood.Note(
                text + " is sized as " + e.name() + ": a base release and its instruct tune share one architecture and size, so these figures hold for it",
                text + " 按 " + e.name() + " 估算：基座版和对话版架构、大小相同，下面的数字同样适用"));
    }

    /** A name's first word this long is corrected by the reader when misspelt (shorter ones are too near other words). */
    private static final java.util.regex.Pattern CORRECTED_WORD = java.util.regex.Pattern.compile("^[a-z]{5,}");

    /**
     * The reader writes a name whose first word it corrected with the word corrected ("mistrl 7b" comes as "mistral 7b",
     * "deepseeek-r1:14b" as "deepseek-r1:14b"); the answer says what was typed and how it was read (issue 10: no silent
     * substitution), as for two letters swapped ({@link #transposed}).
     */
    private static Optional<Understood.Note> slipNote(String text, String question, String as) {
        java.util.regex.Matcher w = CORRECTED_WORD.matcher(text.toLowerCase(Locale.ROOT));
        if (!w.find()) return Optional.empty();
        return dev.llmadvisor.parse.Slips.typedFor(question, w.group()).map(typed -> {
            String written = typed + text.substring(w.end());
            return new Understood.Note("\"" + written + "\" read as " + text + " (" + as + "), a letter slipped",
                    "“" + written + "”按 " + text + "（" + as + "）理解（拼写有误）");
        });
    }

    /** Each name the reader corrected says so first, beside what else is said of it (a fine-tune's base, a stand-in). */
    private static void sayCorrections(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String question) {
        for (int i = 0; i < understood.size(); i++) {
            Understood.Model u = understood.get(i);
            Optional<Understood.Note> slip = slipNote(u.asked(), question, u.name() != null ? u.name() : u.asked());
            if (slip.isEmpty()) continue;
            Understood.Model said = new Understood.Model(u.asked(), u.id(), u.name(), u.paramsB(), u.generic(), both(slip.get(), u.note()));
            understood.set(i, said);
            named.replaceAll((e, n) -> n == u ? said : n);
        }
    }

    private static Understood.Note both(Understood.Note a, Understood.Note b) {
        if (a == null || b == null) return a == null ? b : a;
        return new Understood.Note(a.en() + "; " + b.en(), a.zh() == null || b.zh() == null ? null : a.zh() + "；" + b.zh());
    }

    /** "llama v2 70b", "qwen v1.5", "qwen_v1-5_14b": a "v" before a version number is not part of the name. */
    private static final java.util.regex.Pattern V_VERSION = java.util.regex.Pattern.compile("(?i)(?<=[a-z][ _\\-]?)v(?=\\d)");
    private static final java.util.regex.Pattern BARE_SIZE = java.util.regex.Pattern.compile(
            "(?i)(?:(?:a|an|the|one|my)\\s+)?\\d{1,4}(?:\\.\\d{1,2})?\\s?b(?:[-_ ]?a\\d{1,3}(?:\\.\\d)?b)?(?:\\s*(?:model|llm|模型|版本?|参数))?");

    /** A name's first word, long enough that a swap of two letters is a typo rather than another short name. */
    private static final java.util.regex.Pattern LEADING_WORD = java.util.regex.Pattern.compile("[A-Za-z]{5,}");

    private final Knowledge knowledge;
    private final GenericModels generic;
    private final ModelLookup external;
    /** The Ollama library names of fine-tunes ("vicuna", "llava"), taken once from the catalog. */
    private final java.util.Set<String> finetuneLibraries;

    ModelResolver(Knowledge knowledge, ModelLookup external) {
        this.knowledge = knowledge;
        this.generic = new GenericModels(knowledge);
        this.external = external;
        this.finetuneLibraries = knowledge.models().finetuneLibraries();
    }

    /**
     * The models a question names. {@code named}: each model named, with what it was asked as and how it was
     * resolved; {@code loose}: models a family word or an open size stands for, used only when nothing is
     * named exactly; {@code understood}: every mention, resolved or not; {@code lines}: the lines named without a size.
     */
    record Resolution(Map<ModelEntry, Understood.Model> named, List<ModelEntry> loose, WeightFormat tagFormat,
                      List<Understood.Model> understood, List<Understood.Model> lines) {
        List<ModelEntry> models() { return named.isEmpty() ? loose : List.copyOf(named.keySet()); }
    }

    /**
     * Ollama's web front end (Open WebUI began as "Ollama WebUI") lists the models by the names Ollama pulled them by, so a
     * line's name alone there is the library's :latest tag too, whatever engine the text names.
     */
    private static final java.util.regex.Pattern OLLAMA_FRONT_END = java.util.regex.Pattern.compile("(?i)\\bopen[ -]?webui\\b|\\bollama[ -]webui\\b");

    /** With Ollama as the engine, or in its web front end, a line's name alone ("llama3.1", "qwen2") is its library's :latest tag. */
    Resolution resolve(List<String> mentions, Intent intent, Engine engine, List<Facts.Problem> problems) {
        return resolve(mentions, intent, engine, problems, null);
    }

    /** As above; {@code question}, the text the mentions were read from, tells two releases of one model compared apart. */
    Resolution resolve(List<String> mentions, Intent intent, Engine engine, List<Facts.Problem> problems, String question) {
        // A model named twice ("llama 3.1 70b ... the 70B") is one candidate set, and a model named exactly
        // wins over loose mentions (a size, a maker's line) in the same message.
        Map<ModelEntry, Understood.Model> named = new LinkedHashMap<>();
        List<ModelEntry> dotlessRead = new ArrayList<>(); // read from a version written without its dot ("qwen25 7b")
        List<ModelEntry> loose = new ArrayList<>();
        List<Understood.Model> understood = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        Map<String, String> unknownSized = new LinkedHashMap<>(); // text -> why the Hub did not answer, or null
        Map<String, String> unknownMoe = new LinkedHashMap<>(); // the same, for names of a MoE size ("2x7B")
        List<ModelEntry> lines = new ArrayList<>(); // models of the lines named without a size ("the new Qwen3 models")
        Map<String, List<ModelEntry>> lineNames = new LinkedHashMap<>(); // each such line as written, with its models
        List<String> firstLlamas = new ArrayList<>(); // the first LLaMA named alone ("LLaMA", "the original llama")
        Map<String, ModelMatch> latestTags = new LinkedHashMap<>();
        WeightFormat tagFormat = null;
        boolean open = intent == Intent.WHAT_CAN_RUN || intent == Intent.COMPARE;
        for (String text : mentions) {
            if (BARE_SIZE.matcher(text.strip()).matches()) {
                sizes.add(text);
                continue;
            }
            Optional<ModelMatch> m = find(text);
            if (m.isPresent()) {
                ModelEntry e = m.get().model();
                // a vision model is sized as its language model: its vision encoder and image tokens come on top
                Understood.Note note = m.get().finetune().map(f -> f.endsWith("(vision)") ? new Understood.Note(
                        f + " is built on " + e.name() + "; sized as " + e.name() + ", its language model: the vision encoder and the image"
                                + " tokens are not counted, so it needs more than this",
                        f + " 基于 " + e.name() + "，按其语言模型 " + e.name() + " 估算：视觉编码器和图像 token 没有计入，实际需要更多")
                        : new Understood.Note(
                        f + " is built on " + e.name() + " (a fine-tune or checkpoint with its architecture); sized as " + e.name(),
                        f + " 基于 " + e.name() + "（微调版或同架构的检查点），按 " + e.name() + " 估算"))
                        .or(() -> knowledge.nameChange(text).filter(c -> c.model() == e).map(ModelResolver::changeNote))
                        .or(() -> refusalsRemovedNote(text, e)).or(() -> baseReleaseNote(text, e)).orElse(null);
                Understood.Model read = new Understood.Model(text, e.id(), m.get().finetune().orElse(e.name()), e.paramsB(), false, note);
                // rule D: two releases of one catalog model the person compares ("Qwen-14B-Chat-Int4 is slower than Qwen-14B-Chat",
                // "Qwen1.5-7B-base比Qwen1.5-7B-chat慢") are both sides of the contrast: both are read, the model is sized once
                if (named.containsKey(e) && Contrast.compared(question, named.get(e).asked(), text, mentions)) understood.add(read);
                else add(named, understood, e, read);
                if (m.get().format().isPresent()) tagFormat = m.get().format().get();
                continue;
            }
            // A release whose architecture the catalog cannot size (generic.yaml, "outside"): a stand-in of its published
            // size, said so; never another release of its maker that the catalog holds ("MiniMax-Text-01" is not MiniMax-M2).
            Optional<GenericCatalog.Outside> outside = knowledge.generic().outside(text);
            if (outside.isPresent() && outsideStandIn(text, outside.get(), named, understood)) continue;
            // A Hub reference the catalog does not know: read it from the Hub where the program is online.
            Optional<ModelLookup.Result> hub = external.lookup(text);
            if (hub.isPresent() && hub.get().found()) {
                ModelEntry e = hub.get().model();
                add(named, understood, e, new Understood.Model(text, null, e.name(), e.paramsB(), false, new Understood.Note(hub.get().note(), null)));
                if (hub.get().format() != null) tagFormat = hub.get().format();
                continue;
            }
            List<ModelEntry> family = hub.isPresent() ? List.of() : family(knowledge, text);
            boolean ollamaNames = engine == Engine.OLLAMA || question != null && OLLAMA_FRONT_END.matcher(question).find();
            boolean library = !family.isEmpty() || hub.isEmpty() && finetuneLibraries.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
            Optional<ModelMatch> latest = !library || !ollamaNames ? Optional.empty() : find(text + ":latest");
            if (latest.isPresent()) {
                latestTags.put(text, latest.get());
                continue;
            }
            // a fine-tune's library name elsewhere ("can it run llava?") names no one size: no question to ask back, as a line's name
            if (library && family.isEmpty()) continue;
            // a word that only begins lines' names ("gpt" of gpt-oss, GPT-2, "gpt-fast") names none of them, nor asks which
            if (family.isEmpty() && hub.isEmpty() && !family(knowledge, text, false).isEmpty()) continue;
            // a line that covers one model only ("qwen-72": Qwen 1.0 72B) names that model, said so
            if (family.size() == 1) {
                ModelEntry e = family.get(0);
                readAs(named, understood, text, e, "the only model of that name", "这个名字只对应这一个模型");
                continue;
            }
            // "chatglm": a line all of whose releases are of one size, named without version or size, is its release named
            // by the line's word alone ("ChatGLM-6B"), said so; an open question still weighs the whole line
            Optional<ModelEntry> unnumbered = open || !writtenAlone(question, text) ? Optional.empty() : unnumberedOfOneSize(text, family);
            if (unnumbered.isPresent()) {
                readAs(named, understood, text, unnumbered.get(), "the release of that name without a version number; all of the line's"
                        + " releases are of its size", "不带版本号的就是这个版本；该系列各版本规模相同");
                continue;
            }
            if (!family.isEmpty()) {
                if (firstLlamaWritten(text, question)) firstLlamas.add(text);
                for (ModelEntry e : family) if (!loose.contains(e)) loose.add(e);
                lineNames.putIfAbsent(text, family);
                // "qwen3" is the Qwen3 line before Qwen3-Coder's
                family.stream().sorted(java.util.Comparator.comparing((ModelEntry e) -> !squeezed(e.family()).equals(squeezed(text))))
                        .forEach(lines::add);
                continue;
            }
            // Offline, or the Hub failed: the offline answer (a stand-in of the size the name carries) with the reason.
            String hubFailure = hub.map(ModelLookup.Result::error).orElse(null);
            Optional<ModelEntry> unversioned = withoutVersion(text);
            if (unversioned.isPresent()) {
                ModelEntry e = unversioned.get();
                readAs(named, understood, text, e, "the only release whose name is that without its version", "去掉版本号后只有它叫这个名字");
                continue;
            }
            Optional<Map.Entry<String, ModelMatch>> typo = transposed(text);
            if (typo.isPresent()) {
                ModelEntry e = typo.get().getValue().model();
                String as = typo.get().getValue().finetune().orElse(e.name());
                add(named, understood, e, new Understood.Model(text, e.id(), as, e.paramsB(), false, new Understood.Note(
                        "\"" + text + "\" read as " + typo.get().getKey() + " (" + as + "), two letters swapped",
                        "“" + text + "”按 " + typo.get().getKey() + "（" + as + "）理解（两个字母写反了）")));
                continue;
            }
            Optional<Map.Entry<String, ModelMatch>> dotless = dotlessVersion(text);
            if (dotless.isPresent()) {
                ModelEntry e = dotless.get().getValue().model();
                String as = dotless.get().getValue().finetune().orElse(e.name());
                if (!named.containsKey(e)) dotlessRead.add(e);
                add(named, understood, e, new Understood.Model(text, e.id(), as, e.paramsB(), false, new Understood.Note(
                        "\"" + text + "\" read as " + dotless.get().getKey() + " (" + as + "), its version written without the dot",
                        "“" + text + "”按 " + dotless.get().getKey() + "（" + as + "）理解（版本号省略了小数点）")));
                continue;
            }
            Optional<ModelEntry> base = builtOn(text);
            if (base.isPresent()) {
                ModelEntry e = base.get();
                add(named, understood, e, new Understood.Model(text, e.id(), e.name(), e.paramsB(), false,
                        new Understood.Note(text + " is not in the catalog; its name says it is built on " + e.name() + ", so it is sized as that",
                                text + " 不在模型库中；从名字看它基于 " + e.name() + "，所以按它估算")));
                continue;
            }
            Optional<ModelMatch> release = releaseOfLine(text);
            if (release.isPresent()) {
                ModelEntry e = release.get().model();
                String as = release.get().finetune().orElse(e.name());
                add(named, understood, e, new Understood.Model(text, e.id(), as, e.paramsB(), false, new Understood.Note(
                        "\"" + text.strip() + "\" read as " + as + ", the only release of its line of that size"
                                + (as.equals(e.name()) ? "" : ", sized as " + e.name()),
                        "“" + text.strip() + "”按 " + as + " 理解（该系列中只有它是这个规模）" + (as.equals(e.name()) ? "" : "，按 " + e.name() + " 估算"))));
                continue;
            }
            // "InternVL-Chat-V1-5 25.5B": a name that only one model has, with a size near its own, is that model; the writer's size
            // counts what the catalog leaves out (a vision model is sized as its language model)
            Optional<ModelMatch> only = onlyModelNamed(text);
            if (only.isPresent()) {
                ModelEntry e = only.get().model();
                String as = only.get().finetune().orElse(e.name());
                add(named, understood, e, new Understood.Model(text, e.id(), as, e.paramsB(), false, new Understood.Note(
                        "\"" + text.strip() + "\" read as " + as + ", the only model of that name; the size written counts what the catalog"
                                + " leaves out (a vision encoder, the embeddings)" + (as.equals(e.name()) ? "" : "; sized as " + e.name()),
                        "“" + text.strip() + "”按 " + as + " 理解（这个名字只对应这一个模型，写的规模含模型库未计入的部分，如视觉编码器）"
                                + (as.equals(e.name()) ? "" : "，按 " + e.name() + " 估算"))));
                continue;
            }
            // "Blue-Orchid-2x7B", "a 4x7b merge": a MoE of a size the catalog lacks; sized after the loop, once a catalog
            // MoE of that size named in the same question ("Mixtral 8x7B … the 8x7b") can be told to be the one meant
            if (GenericModels.moeSizeIn(text).isPresent()) {
                unknownMoe.put(text, hubFailure);
                continue;
            }
            Optional<Double> size = GenericModels.sizeIn(text);
            Optional<ModelEntry> eraBase = size.flatMap(x -> generic.eraBase(x, text));
            if (eraBase.isPresent()) {
                ModelEntry e = eraBase.get();
                add(named, understood, e, new Understood.Model(text, e.id(), e.name(), e.paramsB(), false,
                        new Understood.Note(text + " is not in the catalog; the only model of its line and size is " + e.name() + ", so it is sized as that",
                                text + " 不在模型库中；同系列同规模的只有 " + e.name() + "，所以按它估算")));
                continue;
            }
            if (size.isPresent() && generic.standIn(size.get(), text).isPresent()) {
                unknownSized.put(text, hubFailure);
                continue;
            }
            // A line's name alone ("gpt4all", "wizardlm") is spotted so that "wizardlm 33b" reads as a model; by itself
            // it names no model (often the app), so it is no question to ask back.
            if (size.isEmpty() && hub.isEmpty() && generic.isLineName(text)) {
                if (firstLlamaWritten(text, question)) firstLlamas.add(text);
                continue;
            }
            // the same unknown name written again with its size ("Qwen3.8-Flash-Next-UD-IQ4_XS" beside "qwen3.8-flash-next:125b"):
            // that mention's model, sized there, not a second model of no known size
            if (size.isEmpty() && hub.isEmpty() && sizedElsewhere(text, mentions)) continue;
            understood.add(new Understood.Model(text, null, null, 0, false,
                    hubFailure != null ? new Understood.Note(hubFailure, null) : new Understood.Note("not in the catalog", "不在模型库中")));
            if (hub.isPresent()) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.LOOKUP_FAILED, text, List.of(hub.get().error(), hub.get().errorZh())));
            } else {
                problems.add(new Facts.Problem(Facts.Problem.Kind.UNKNOWN_MODEL, text, knowledge.models().suggest(text, 3)));
            }
        }
        // A line's name after a model of that line ("llama3.1:70b … llama3.1 uses 23 GB") is that model again.
        latestTags.forEach((text, match) -> {
            ModelEntry e = match.model();
            if (named.keySet().stream().noneMatch(n -> n.family().equals(e.family())) && !versionedElsewhere(text, mentions)) {
                // a fine-tune's library ("vicuna") is the fine-tune its :latest tag pulls, sized as its base
                String as = match.finetune().orElse(e.name());
                String sized = as.equals(e.name()) ? "" : ", sized as " + e.name();
                String sizedZh = as.equals(e.name()) ? "" : "，按 " + e.name() + " 估算";
                add(named, understood, e, new Understood.Model(text, e.id(), as, e.paramsB(), false,
                        new Understood.Note("Ollama's \"" + text + "\" (its :latest tag) is " + as + sized,
                                "Ollama 的 “" + text + "”（即 :latest 标签）是 " + as + sizedZh)));
            }
        });
        dropUnsizedRepeats(named, understood);
        dropSizeFirstRepeats(named, understood);
        dropShortForms(named, understood, question);
        dropDotlessBesideWritten(named, understood, dotlessRead);
        // An unknown name with a size whose maker a named model of that size shares ("Deepseek-R1:14b … DeepSeek-14b")
        // is that model written short; any other is sized as a generic stand-in.
        List<ModelEntry> namedModels = List.copyOf(named.keySet());
        List<String> makers = new ArrayList<>(); // makers of unknown names with a size ("deepseek" of "deepseek:8b")
        for (Map.Entry<String, String> u : unknownSized.entrySet()) {
            String text = u.getKey();
            double size = GenericModels.sizeIn(text).orElseThrow();
            String maker = leadingWord(text);
            if (!maker.isEmpty() && !makers.contains(maker)) makers.add(maker);
            boolean again = !maker.isEmpty() && namedModels.stream().anyMatch(e -> !e.generic()
                    && Math.abs(e.paramsB() - size) <= 0.15 * size && squeezed(e.name()).startsWith(maker));
            // "Omni-7B" after "Qwen2.5-Omni-7B" (a path's tail, a short form): the end of a name written before is that model
            String tail = squeezed(text);
            boolean endOfNamed = named.values().stream().anyMatch(n -> !n.generic() && squeezed(n.asked()).endsWith(tail)
                    && squeezed(n.asked()).length() > tail.length());
            // "BigDL-A750-Qwen7b-Allocation" next to "Qwen-7b", "llama-7b-foo" next to "Llama-2-7b": one holds the other's words
            boolean sameWords = named.values().stream().anyMatch(n -> !n.generic() && sameSize(n.asked(), text)
                    && (words(text).containsAll(words(n.asked())) || words(n.asked()).containsAll(words(text))));
            if (again || endOfNamed || sameWords) continue;
            // "llama2 … llama-70B", "qwen2.5 … the qwen-14b": a maker's word with a size beside a line of that maker named without
            // one is that line's model of the size, not a stand-in beside the line's default size (dropped below as a repeat)
            Optional<ModelEntry> ofUnsizedLine = unsizedLineAt(named, maker, size);
            if (ofUnsizedLine.isPresent()) {
                readAs(named, understood, text, ofUnsizedLine.get(), "the size of the line named beside it", "旁边提到的系列在这个规模的模型");
                continue;
            }
            // "deepseek:8b", "deepseek 70b": the one model of that maker at that size (the R1 distills) is the one meant
            Optional<ModelEntry> only = onlyOfMaker(maker, size);
            if (only.isPresent()) {
                ModelEntry e = only.get();
                readAs(named, understood, text, e, "the only model of that maker and size", "这个厂商这个规模只有这一个模型");
                continue;
            }
            // "deepseek 671b": several releases of that maker and size, all of one shape: a stand-in of that shape, not a dense one
            Optional<ModelEntry> shape = oneShapeOfMaker(maker, size);
            if (shape.isPresent()) {
                standIn(text, generic.standInShaped(size, shape.get()), false, u.getValue(), named, understood);
                continue;
            }
            standIn(text, size, false, u.getValue(), named, understood);
        }
        // a line's default size read above is a repeat once a mention of that maker was read as the line's model of its size
        dropUnsizedRepeats(named, understood);
        for (Map.Entry<String, String> u : unknownMoe.entrySet()) {
            String text = u.getKey();
            GenericModels.MoeSize moe = GenericModels.moeSizeIn(text).orElseThrow();
            Predicate<String> sameSize = s -> GenericModels.moeSizeIn(s).filter(moe::equals).isPresent();
            if (named.entrySet().stream().anyMatch(n -> !n.getKey().generic()
                    && (sameSize.test(n.getValue().asked()) || sameSize.test(n.getKey().name())))) continue;
            generic.moeStandIn(moe).ifPresent(e ->
                    standIn(text, e, GenericModels.isBareMoeSize(text), u.getValue(), named, understood));
        }
        // Sizes: the same model again ("Qwen-14B … the 14B"), the line of a named model or of a line named without a
        // size at that size ("Llama 2 70B … and 7B?", "the new Qwen3 models … the 30B"), the one model of that size by a
        // maker named ("deepseek:8b … 70b"), the catalog's models of that size in an open question, else a generic stand-in.
        for (String text : sizes) {
            // "0B" (a byte count in a `free` paste, a PCI bus id "0B:00.0"), "0.01b": no model has that size
            Optional<Double> readable = GenericModels.sizeIn(text);
            if (readable.isEmpty()) continue;
            double size = readable.get();
            // the same model again: of that size, or with that size in its name ("Gemma 2 2B" has 2.6B, "Llama 3.2 1B" 1.24B)
            if (namedModels.stream().anyMatch(e -> !e.generic() && (Math.abs(e.paramsB() - size) <= 0.15 * size
                    || sameSizeAs(contentWords(text), size, e, named.get(e))))) continue;
            // "Llama 9 … a 48B version … llama9 48B": the size of a name the catalog lacks, said again, is that model again
            if (unknownSized.keySet().stream().anyMatch(u -> GenericModels.sizeIn(u).orElse(0.0) == size)) continue;
            Optional<ModelEntry> sibling = java.util.stream.Stream.concat(
                            namedModels.stream().filter(e -> !e.generic())
                                    .map(e -> sameLine(e, size, Optional.ofNullable(named.get(e)).map(Understood.Model::asked).orElse(null))),
                            lines.stream().filter(e -> !e.generic()).map(e -> sameLine(e, size, null)))
                    .flatMap(Optional::stream).findFirst();
            if (sibling.isPresent()) {
                ModelEntry e = sibling.get();
                add(named, understood, e, new Understood.Model(text, e.id(), e.name(), e.paramsB(), false, null));
                continue;
            }
            // "I can run LLaMA … I want to run 13B model", "the original llama … the 7B": a size beside the first LLaMA named alone
            // is its release of the size, as "llama 13b" written together is, said so; not a stand-in of the current era
            Optional<ModelEntry> ofFirstLlama = firstLlamas.stream().map(l -> find(l + " " + GenericModels.num(size) + "b"))
                    .flatMap(Optional::stream).map(ModelMatch::model).findFirst();
            if (ofFirstLlama.isPresent()) {
                readAs(named, understood, text, ofFirstLlama.get(), "the size of the line named beside it", "旁边提到的系列在这个规模的模型");
                continue;
            }
            // "deepseek:8b … and the 70b": a size after a maker's name is that maker's one model of the size, said so
            Optional<ModelEntry> ofMaker = makers.stream().map(mk -> onlyNamedOfMaker(mk, size)).flatMap(Optional::stream).findFirst();
            if (ofMaker.isPresent()) {
                ModelEntry e = ofMaker.get();
                readAs(named, understood, text, e, "the only model of that size by the maker named", "前面提到的厂商这个规模只有这一个模型");
                continue;
            }
            // "需要多少显存？…评测里都是跟32B的模型做对比": in a memory question about a named model, a size of no line named is the
            // yardstick it is measured by, not a second model to size
            if (intent == Intent.MEMORY_NEEDED && namedModels.stream().anyMatch(e -> !e.generic())) continue;
            if (open) {
                List<ModelEntry> ofSize = ofSize(size);
                if (!ofSize.isEmpty()) {
                    for (ModelEntry e : ofSize) if (!loose.contains(e)) loose.add(e);
                    continue;
                }
            }
            standIn(text, size, true, null, named, understood);
        }
        dropUnsizedBesideSize(named, understood, question);
        inheritVersion(named, understood, question);
        dropExplainedRepeats(named, understood, question, mentions);
        dropShortenedRepeats(named, understood, question, mentions);
        dropUnknownLineNames(named, understood, problems, question);
        sayCorrections(named, understood, question);
        return new Resolution(named, loose, tagFormat, understood, linesAsked(lineNames, named.keySet()));
    }

    /**
     * The lines named without a size, each once, as what was understood when they are what is answered: no model is named
     * exactly ("llama2 … llama-70B", "Qwen3 14B … llama runner" answer the model named, as {@link Resolution#models} does).
     */
    private static List<Understood.Model> linesAsked(Map<String, List<ModelEntry>> lineNames, Set<ModelEntry> named) {
        List<Understood.Model> out = new ArrayList<>();
        if (!named.isEmpty()) return out;
        List<List<ModelEntry>> seen = new ArrayList<>();
        lineNames.forEach((text, models) -> {
            if (seen.contains(models)) return;
            seen.add(models);
            out.add(Understood.Model.line(text, lineName(text, models)));
        });
        return out;
    }

    /**
     * A line's display name: the words all its models' names begin with ("Gemma 3" of Gemma 3 4B and Gemma 3 27B), else the
     * line as written (models of several names: "deepseek" covers DeepSeek-R1 and DeepSeek V3).
     */
    static String lineName(String text, List<ModelEntry> models) {
        String prefix = models.get(0).name();
        for (ModelEntry m : models) {
            int i = 0;
            while (i < prefix.length() && i < m.name().length() && prefix.charAt(i) == m.name().charAt(i)) i++;
            prefix = prefix.substring(0, i);
        }
        int end = prefix.length();
        // whole words only: "Qwen3 8B" and "Qwen3 14B" share "Qwen3 1", whose "1" is no word
        for (ModelEntry m : models) {
            if (m.name().length() > end && Character.isLetterOrDigit(m.name().charAt(end))) end = lastSeparator(prefix);
        }
        while (end > 0 && !Character.isLetterOrDigit(prefix.charAt(end - 1))) end--;
        return end == 0 ? text.strip() : prefix.substring(0, end);
    }

    /** Where the last word of {@code s} begins after its separator, or 0. */
    private static int lastSeparator(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (!Character.isLetterOrDigit(s.charAt(i))) return i;
        return 0;
    }

    /**
     * A fine-tune the catalog lacks whose name carries its base with a size ("dolphin-2.2-mistral-7b",
     * "my-llama-3.1-8b-lora"): the longest catalog name with a size found inside it, at word boundaries.
     */
    private Optional<ModelEntry> builtOn(String text) {
        // a repository's name starts after its owner ("JANGQ-AI/Qwen3.5-35B-A3B-JANG_4K": an uploader's own quantization)
        // the first name it carries is the model it was built from: "50_internvl2_4b_phi3_3_8b_finetune" is InternVL2 4B's,
        // whose own language model the later words name; among names at one place the longest (the list's order)
        String t = " " + plain(text).replace('/', ' ') + " ";
        ModelEntry first = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, ModelEntry> n : sizedNames()) {
            int i = t.indexOf(" " + n.getKey() + " ");
            if (i >= 0 && i < at) {
                at = i;
                first = n.getValue();
            }
        }
        return first != null ? Optional.of(first) : uploaded(text);
    }

    /**
     * An uploader's repository of a catalog model, its name with the uploader's words after it
     * ("JANGQ-AI/Llama-4-Maverick-17B-128E-Instruct-JANG_4K"): the longest start of the repository's name, cut where a word
     * is glued on with '-' or '_', that the catalog knows and that still carries a size.
     */
    private Optional<ModelEntry> uploaded(String text) {
        String name = text.substring(text.indexOf('/') + 1).strip();
        if (name.length() == text.strip().length()) return Optional.empty();
        for (int cut = name.length(); cut > 0; cut = Math.max(name.lastIndexOf('-', cut - 1), name.lastIndexOf('_', cut - 1))) {
            String head = name.substring(0, cut);
            if (!SIZED.matcher(plain(head)).find()) break;
            Optional<ModelMatch> m = find(head);
            if (m.isPresent()) return Optional.of(m.get().model());
        }
        return Optional.empty();
    }

    /** A line's name, then a size after a space or in brackets: "GLM-4.6V 9B", "glm-4.6v (106b)". */
    private static final java.util.regex.Pattern LINE_THEN_SIZE = java.util.regex.Pattern.compile(
            "(?i)(.*?[a-z0-9.])[-_ :]*\\(?(\\d{1,4}(?:\\.\\d{1,2})?)b\\)?");

    /**
     * A size after the name of a release line that the catalog knows by that name ("GLM-4.6V 9B": GLM-4.6V is the 106B;
     * its 9B is GLM-4.6V-Flash) names the one model or fine-tune whose name starts with the line's and that is of that
     * size; several, or none, name nothing here.
     */
    private Optional<ModelMatch> releaseOfLine(String text) {
        java.util.regex.Matcher m = LINE_THEN_SIZE.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String line = plain(m.group(1));
        if (SIZED.matcher(line).find() || find(m.group(1)).isEmpty()) return Optional.empty();
        double size = Double.parseDouble(m.group(2));
        List<ModelMatch> hits = new ArrayList<>();
        for (ModelEntry e : knowledge.models().all()) {
            if (ofLine(e.name(), line) && ofThatSize(e, size)) hits.add(new ModelMatch(e, Optional.empty()));
        }
        for (FineTune f : knowledge.models().finetunes()) {
            if (ofLine(f.name(), line) && ofThatSize(f.base(), size)) hits.add(new ModelMatch(f.base(), Optional.empty(), Optional.of(f.name())));
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /**
     * A catalog name that only one model has, then a size within 0.8-1.6 times that model's ("InternVL-Chat-V1-5 25.5B": the card's
     * total, the catalog's language model 19.9B): that model. A name that several models start with ("qwen3 10b") is a line, never read so.
     */
    private Optional<ModelMatch> onlyModelNamed(String text) {
        java.util.regex.Matcher m = LINE_THEN_SIZE.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String line = plain(m.group(1));
        Optional<ModelMatch> named = find(m.group(1));
        if (SIZED.matcher(line).find() || named.isEmpty() || named.get().finetune().isPresent() && !ofLine(named.get().finetune().get(), line)
                || named.get().finetune().isEmpty() && !ofLine(named.get().model().name(), line)) return Optional.empty();
        long sharing = java.util.stream.Stream.concat(knowledge.models().all().stream().map(ModelEntry::name),
                knowledge.models().finetunes().stream().map(FineTune::name)).filter(n -> ofLine(n, line)).count();
        double size = Double.parseDouble(m.group(2));
        double own = named.get().model().paramsB();
        return sharing == 1 && size >= 0.8 * own && size <= 1.6 * own ? named : Optional.empty();
    }

    /** Whether a display name is the line's own or starts with it as whole words ("GLM-4.6V-Flash" of "glm 4.6v"). */
    private static boolean ofLine(String name, String line) {
        String n = plain(name);
        return n.equals(line) || n.startsWith(line + " ");
    }

    private List<Map.Entry<String, ModelEntry>> sizedNames;

    /** Catalog names and aliases that carry a size ("mistral 7b", "llama 3.1 8b"), longest first. */
    private synchronized List<Map.Entry<String, ModelEntry>> sizedNames() {
        if (sizedNames == null) {
            Map<String, ModelEntry> names = new LinkedHashMap<>();
            for (ModelEntry e : knowledge.models().all()) {
                List<String> all = new ArrayList<>(e.aliases());
                all.add(e.name());
                for (String a : all) putSized(names, a, e);
            }
            // a fine-tune's names too, sized as its base: "…_internvl2_4b_…" carries InternVL2 4B (on Phi-3-mini 128K)
            for (FineTune f : knowledge.models().finetunes()) {
                putSized(names, f.name(), f.base());
                for (String a : f.aliases()) putSized(names, a, f.base());
            }
            List<Map.Entry<String, ModelEntry>> list = new ArrayList<>(names.entrySet());
            list.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
            sizedNames = list;
        }
        return sizedNames;
    }

    private static void putSized(Map<String, ModelEntry> names, String name, ModelEntry e) {
        String k = plain(name);
        if (SIZED.matcher(k).find() && !k.contains("/")) names.putIfAbsent(k, e);
    }

    private static final java.util.regex.Pattern SIZED = java.util.regex.Pattern.compile("(?<![a-z0-9.])\\d+(?:\\.\\d+)?b(?![a-z0-9])");

    private static String plain(String s) {
        return WHITESPACE.matcher(NAME_SEPARATOR.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * A line's name without a size ("llama2") next to a model of that line named with its size ("llama2-70b") is
     * that model again, not the line's default size.
     */
    private static void dropUnsizedRepeats(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood) {
        List<ModelEntry> unsized = named.entrySet().stream()
                // "mixtral 8x7b" is sized: no repeat of "mistral 7b", though both are of the family "mistral"
                .filter(n -> GenericModels.sizeIn(n.getValue().asked()).isEmpty() && moeSize(n.getValue().asked()).isEmpty() && !n.getKey().generic())
                .filter(n -> named.entrySet().stream().anyMatch(o -> o.getKey() != n.getKey()
                        && o.getKey().family().equals(n.getKey().family()) && GenericModels.sizeIn(o.getValue().asked()).isPresent()))
                .map(Map.Entry::getKey).toList();
        for (ModelEntry e : unsized) understood.remove(named.remove(e));
    }

    /**
     * A name the catalog does not know, written without a size, that is the line of a model the same message names with
     * its size is that model again, not a second model: a new release is often named both ways ("Google released Gemma 4
     * … can my card run Gemma4 12B?", "GLM-5.3-Flash … GLM-5.3 has a fixed ceiling" in its log, "Kimi K3 48B … Kimi K3 is
     * new"), or with a release's word only ("GLM-5.3" of "GLM-5.3-Flash"), unless the two are compared. So is such a name
     * with a bare size soon after it in the same sentence ("gemma4 mlx version 26b"): the size is
     * that line's. Again: the unsized name's words are all among the sized mention's, which has more. The catalog's own lines
     * are handled where they are resolved ({@link #dropUnsizedRepeats}); this is for names it cannot size at all, which would
     * otherwise be asked back about as unknown while the model they name is already sized. So is an unsized name whose words
     * the catalog name of a model named beside it accounts for ("Qwen2 moe" beside "Qwen2-57B-A14B", Qwen2 57B-A14B (MoE)): a
     * form's title, a log's short name, said of the model sized.
     */
    private static void dropUnknownLineNames(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood,
                                             List<Facts.Problem> problems, String question) {
        List<Understood.Model> repeats = new ArrayList<>();
        for (Understood.Model u : understood) {
            if (u.id() != null || u.generic() || u.paramsB() > 0) continue;
            Set<String> w = words(u.asked());
            if (w.isEmpty()) continue;
            boolean unsized = GenericModels.sizeIn(u.asked()).isEmpty();
            // the longer name may itself be unsized ("GLM-5.3" of "GLM-5.3-Flash"), unless the two are compared; a name
            // the catalog does not know that holds a catalog model's name written in full ("TheBloke_Phi-4-mini-instruct-GPTQ"
            // beside "Phi-4-mini-instruct-GPTQ", an uploader's copy) is that model again, sized or not
            String held = squeezed(u.asked());
            boolean again = understood.stream().anyMatch(o -> o != u && !repeats.contains(o)
                    && ((unsized && moreWords(w, words(o.asked())) || o.id() != null && !o.generic() && squeezed(o.asked()).length() >= 4
                            && held.contains(squeezed(o.asked()))) && !Contrast.compared(question, u.asked(), o.asked())
                        || unsized && BARE_SIZE.matcher(o.asked().strip()).matches() && sizeSoonAfter(question, u.asked(), o.asked())));
            Set<String> said = contentWords(u.asked());
            again |= unsized && !said.isEmpty() && named.entrySet().stream().anyMatch(n -> !n.getKey().generic()
                    && accountsFor(said, n.getKey(), n.getValue()) && !Contrast.compared(question, u.asked(), n.getValue().asked()));
            if (again) repeats.add(u);
        }
        for (Understood.Model u : repeats) {
            understood.remove(u);
            problems.removeIf(p -> p.kind() == Facts.Problem.Kind.UNKNOWN_MODEL && p.text().equals(u.asked()));
        }
    }

    /**
     * Invariant, whatever path read each mention: two mentions of one size, where one lies inside the other ("WizardLM-7B-
     * uncensored-GPTQ" in "TheBloke_WizardLM-7B-uncensored-GPTQ") or all of one's words belong to the other's model ("Qwen25
     * VL 32B" and Qwen2.5-VL 32B, "DeepSeek Qwen 14B" and DeepSeek-R1-Distill-Qwen-14B), are one model, unless the person
     * compares the two. Which one: the model whose name accounts for more of the mention's words; a generic stand-in
     * accounts for none, so a stand-in gives way to a catalog model of its size that the same text names with its words.
     * Two readings that account for the mention equally ("qwen2.5 7b" beside "Qwen2.5-Coder 7B") stay two models.
     */
    private static void dropExplainedRepeats(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String question,
                                             List<String> mentions) {
        Map<Understood.Model, ModelEntry> entries = new java.util.IdentityHashMap<>();
        named.forEach((e, u) -> entries.put(u, e));
        List<Understood.Model> repeats = new ArrayList<>();
        for (Understood.Model a : understood) {
            ModelEntry own = entries.get(a);
            if (own == null || a.paramsB() <= 0) continue;
            Set<String> said = contentWords(a.asked());
            if (said.isEmpty()) continue;
            int ownShare = own.generic() ? 0 : explained(said, own, a).size();
            for (Understood.Model b : understood) {
                ModelEntry other = entries.get(b);
                if (b == a || repeats.contains(b) || other == null || other == own || other.generic()) continue;
                if (!sameSizeAs(said, a.paramsB(), other, b)) continue;
                String x = squeezed(a.asked()), y = squeezed(b.asked());
                boolean inside = !y.isEmpty() && (x.contains(y) || y.contains(x));
                Set<String> covered = explained(said, other, b);
                covered.addAll(said.stream().filter(w -> looseWords(b.asked()).contains(loose(w))).toList());
                boolean belongs = covered.size() == said.size();
                if (!inside && !belongs) continue;
                if (explained(said, other, b).size() <= ownShare) continue;
                if (Contrast.compared(question, a.asked(), b.asked(), mentions)) continue;
                repeats.add(a);
                break;
            }
        }
        for (Understood.Model u : repeats) {
            understood.remove(u);
            named.values().removeIf(n -> n == u);
        }
    }

    /** "The other model, X", "another model: X", 另一个模型X: the words before the shorter name say it is no model named before. */
    private static final java.util.regex.Pattern TOLD_APART = java.util.regex.Pattern.compile(
            "(?:\\bthe other|\\banother|\\ba different|另一个|另外一个)(?: one| models?| llms?|模型)?[,:：，]? ?$");

    private static boolean toldApart(String low, int at) {
        return TOLD_APART.matcher(low.substring(Math.max(0, at - 24), at)).find();
    }

    /** "or", "还是", "或者" between two names: the person weighs one against the other. */
    private static final java.util.regex.Pattern WEIGHED = java.util.regex.Pattern.compile("\\bor\\b|还是|或者?");
    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("\\.(?![0-9])|[;!?。；！？\\n]");

    /**
     * A model named again later in a shorter form, its line without the version or the word that sets it apart ("llama2 7b …
     * on llama7b", "chatglm2-6b-int4 … ChatGLM6B", "qwen2.5-coder … qwen2.5 (32b) … qwen2.5-coder:32b"), at the same size, is
     * the model named first in full: people shorten a name once they have written it. Only when the full line comes first: a
     * list or table that names the older line before the newer ("InternLM-7B | InternLM2-7B") names two models, and so do
     * two forms the person compares or weighs ("Qwen2.5-Coder 7B or Qwen2.5 7B?") or tells apart ("The other model, Qwen2.5 7B").
     */
    private static void dropShortenedRepeats(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String question,
                                             List<String> mentions) {
        if (question == null) return;
        String low = question.toLowerCase(Locale.ROOT);
        Map<Understood.Model, ModelEntry> entries = new java.util.IdentityHashMap<>();
        named.forEach((e, u) -> entries.put(u, e));
        List<Understood.Model> repeats = new ArrayList<>();
        for (Understood.Model a : understood) {
            ModelEntry own = entries.get(a);
            String shortLine = lineOf(a.asked());
            if (own == null || own.generic() || shortLine == null) continue;
            for (Understood.Model b : understood) {
                ModelEntry other = entries.get(b);
                String longLine = lineOf(b.asked());
                if (b == a || repeats.contains(b) || other == null || other == own || other.generic() || longLine == null) continue;
                if (!narrows(shortLine, longLine) || !sameSizeAs(contentWords(a.asked()), a.paramsB(), other, b)) continue;
                if (byAWord(shortLine, longLine) && writtenInFull(a.asked(), own)) continue;
                int alone = firstAlone(low, shortLine, longLine), full = wordAt(low, longLine, 0);
                if (alone < 0 || full < 0 || full > alone) continue;
                if (Contrast.compared(question, a.asked(), b.asked(), mentions) || weighed(low, alone, longLine) || toldApart(low, alone)) continue;
                repeats.add(a);
                break;
            }
        }
        for (Understood.Model u : repeats) {
            understood.remove(u);
            named.values().removeIf(n -> n == u);
        }
    }

    /**
     * A mention that spells its model's whole name or repository ("Qwen2.5-14B-Instruct", "QWEN 2.5 14B Instruct" after
     * "Qwen2.5-Coder-14B-Instruct") names that model in full: no shortened repeat of another one that a word sets apart
     * ({@link #byAWord}). A line's first release written in full after a later one ("ChatGLM-6B" after "chatglm2-6b-int4")
     * is still read as the later one shortened.
     */
    private static boolean writtenInFull(String asked, ModelEntry e) {
        String a = squeezed(repoName(asked));
        return a.equals(squeezed(e.name())) || e.hf() != null && a.equals(squeezed(repoName(e.hf())));
    }

    /** Whether {@code longer} goes on from {@code shorter} by a word ("qwen2.5" to "qwen2.5-coder"), not a version ("llama-2"). */
    private static boolean byAWord(String shorter, String longer) {
        String rest = longer.substring(shorter.length()).replaceFirst("^[-_ ]+", "");
        return !rest.isEmpty() && Character.isLetter(rest.charAt(0));
    }

    /** A mention's line: its words before its size, lower case, without an organisation ("mistralai/Mistral-7B" -> "mistral"). */
    private static String lineOf(String asked) {
        java.util.regex.Matcher m = LINE_THEN_SIZE.matcher(asked.strip());
        if (!m.find() || m.start() != 0) return null;
        String line = m.group(1).toLowerCase(Locale.ROOT);
        return line.substring(line.lastIndexOf('/') + 1);
    }

    /**
     * Whether {@code longer} is {@code shorter} with a version or a word after it: "llama" of "llama2" and "llama-2", "qwen2.5"
     * of "qwen2.5-coder"; not another version ("qwen2" of "qwen2.5") nor a longer word ("mistral" of "mistralite").
     */
    private static boolean narrows(String shorter, String longer) {
        if (longer.length() <= shorter.length() || !longer.startsWith(shorter)) return false;
        char next = longer.charAt(shorter.length()), last = shorter.charAt(shorter.length() - 1);
        return next == '-' || next == '_' || next == ' ' || Character.isDigit(next) && Character.isLetter(last);
    }

    /** Where {@code shorter} is first written other than as the start of {@code longer}, or -1. */
    private static int firstAlone(String low, String shorter, String longer) {
        for (int i = wordAt(low, shorter, 0); i >= 0; i = wordAt(low, shorter, i + 1)) {
            if (!low.startsWith(longer, i)) return i;
        }
        return -1;
    }

    /** Where {@code name} is next written from {@code from} at a word's start ("llama" not in "ollama"), or -1. */
    private static int wordAt(String low, String name, int from) {
        for (int i = low.indexOf(name, from); i >= 0; i = low.indexOf(name, i + 1)) {
            // a Chinese character glued before a name is a word's edge ("试了chatglm2-6b")
            if (i == 0 || !Character.isLetterOrDigit(low.charAt(i - 1)) || low.charAt(i - 1) > 0x7f) return i;
        }
        return -1;
    }

    /** Whether "or" or 还是 stands between the name at {@code at} and {@code other}, written before or after it in one sentence. */
    private static boolean weighed(String low, int at, String other) {
        for (int j = wordAt(low, other, 0); j >= 0; j = wordAt(low, other, j + 1)) {
            String between = low.substring(Math.min(at, j), Math.max(at, j));
            if (WEIGHED.matcher(between).find() && !SENTENCE_BREAK.matcher(between).find()) return true;
        }
        return false;
    }

    /**
     * Whether a mention of {@code size} with the words {@code said} is of {@code e}'s size: within 15 %, or the size it writes
     * is the one in the model's name, which rounds a small model's ("Llama 3.2 1B" has 1.24B, "Granite 3.3 2B" 2.5B).
     */
    private static boolean sameSizeAs(Set<String> said, double size, ModelEntry e, Understood.Model as) {
        if (Math.abs(e.paramsB() - size) <= 0.15 * Math.max(e.paramsB(), size)) return true;
        Set<String> named = new java.util.HashSet<>(looseWords(e.name()));
        if (as != null && as.name() != null) named.addAll(looseWords(as.name()));
        return said.stream().anyMatch(w -> GenericModels.sizeIn(w).isPresent() && named.contains(loose(w)));
    }

    /** A mention's words that say which model it is: not its release or packaging words ("gptq", "chat", "q4"). */
    private static Set<String> contentWords(String asked) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : words(asked)) if (!RELEASE_OR_PACKAGING.contains(w) && !w.equals("v") && !w.equals("model")) out.add(w);
        return out;
    }

    /**
     * The words of {@code said} that {@code e}'s name, aliases or id, or the name it was read as ({@code as}: a fine-tune's),
     * account for, its size included ("25" matches "2.5").
     */
    private static Set<String> explained(Set<String> said, ModelEntry e, Understood.Model as) {
        Set<String> own = new java.util.HashSet<>(looseWords(e.name()));
        if (as.name() != null) own.addAll(looseWords(as.name()));
        for (String alias : e.aliases()) own.addAll(looseWords(alias));
        if (e.id() != null) own.addAll(looseWords(e.id()));
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : said) {
            Optional<Double> asSize = GenericModels.sizeIn(w);
            boolean sizeOf = asSize.isPresent() && Math.abs(asSize.get() - e.paramsB()) <= 0.15 * Math.max(asSize.get(), e.paramsB());
            if (sizeOf || own.contains(loose(w))) out.add(w);
        }
        return out;
    }

    /** Whether {@code e}'s names account for every word of {@code said}; "moe" is a mixture of experts' whatever its name says. */
    private static boolean accountsFor(Set<String> said, ModelEntry e, Understood.Model as) {
        Set<String> left = new java.util.HashSet<>(said);
        left.removeAll(explained(said, e, as));
        if (e.isMoe()) left.remove("moe");
        return left.isEmpty();
    }

    /** A release number "0.N" without a size's letter: the "0." people leave out. */
    private static final java.util.regex.Pattern ZERO_VERSION = java.util.regex.Pattern.compile("^0\\.(?=\\d+$)");

    private static Set<String> looseWords(String name) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words(name)) out.add(loose(w));
        return out;
    }

    /**
     * A version written with or without its dot ("2.5", "25") is one word; so is a "0." version without its "0." ("mistral
     * v2" is Mistral 7B v0.2, as people write the 0.x releases).
     */
    private static String loose(String word) {
        return ZERO_VERSION.matcher(word).replaceFirst("").replace(".", "");
    }

    private static boolean moreWords(Set<String> shorter, Set<String> longer) {
        return longer.size() > shorter.size() && longer.containsAll(shorter);
    }

    /** A sentence's end or a list's comma: a size past one belongs to something else. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[.。!！?？;；,，\\n]\\s|[。！？；，\\n]");
    /** How far after a line's name its size may stand ("gemma4 mlx version 26b"): a few words, not the next sentence. */
    private static final int NEAR = 32;

    /** "original", "原版", "初代" right before a name: its first generation ("the original llama", "原版llama"). */
    private static final java.util.regex.Pattern FIRST_GENERATION_BEFORE =
            java.util.regex.Pattern.compile("(?:\\boriginal|原版|初代|第一代) ?$");

    /**
     * Whether "llama" alone is written as the first LLaMA, the one of its sizes 7B, 13B, 30B, 65B: in Meta's spelling of that
     * release, "LLaMA" (the later ones are "Llama 2", "Llama 3"), or after "original" ("the original llama", "原版llama").
     * A "llama" alone otherwise may be any generation.
     */
    private static boolean firstLlamaWritten(String text, String question) {
        String t = text.strip();
        if (!t.equalsIgnoreCase("llama")) return false;
        if (t.equals("LLaMA")) return true;
        if (question == null) return false;
        String low = question.toLowerCase(Locale.ROOT);
        for (int i = low.indexOf("llama"); i >= 0; i = low.indexOf("llama", i + 1)) {
            if (FIRST_GENERATION_BEFORE.matcher(low.substring(Math.max(0, i - 12), i)).find()) return true;
        }
        return false;
    }

    /**
     * A line's name without a size ("Llama2") with a bare size written just before or after it in the same clause ("70B 4Q
     * Llama2"), read as that line's model of the size, is that model named once; the line's default size goes. A size in
     * another clause ("llama2 runs fine. Would 13B fit?") may be a second model, and both stay.
     */
    private static void dropUnsizedBesideSize(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String question) {
        List<ModelEntry> unsized = named.entrySet().stream()
                .filter(n -> !n.getKey().generic() && GenericModels.sizeIn(n.getValue().asked()).isEmpty() && moeSize(n.getValue().asked()).isEmpty())
                .filter(n -> named.entrySet().stream().anyMatch(o -> o.getKey() != n.getKey() && o.getKey().family().equals(n.getKey().family())
                        && BARE_SIZE.matcher(o.getValue().asked().strip()).matches()
                        && (sizeSoonAfter(question, n.getValue().asked(), o.getValue().asked())
                            || sizeSoonAfter(question, o.getValue().asked(), n.getValue().asked()))))
                .map(Map.Entry::getKey).toList();
        for (ModelEntry e : unsized) understood.remove(named.remove(e));
    }

    /** Whether {@code size} is written soon after {@code name} in {@code question}, in the same clause. */
    private static boolean sizeSoonAfter(String question, String name, String size) {
        if (question == null) return false;
        String low = question.toLowerCase(Locale.ROOT);
        String n = name.strip().toLowerCase(Locale.ROOT);
        String z = size.strip().toLowerCase(Locale.ROOT);
        for (int i = low.indexOf(n); i >= 0; i = low.indexOf(n, i + 1)) {
            int from = i + n.length();
            int at = low.indexOf(z, from);
            if (at >= 0 && at - from <= NEAR && !CLAUSE_END.matcher(low.substring(from, at)).find()) return true;
        }
        return false;
    }

    /**
     * A short form of a model named in full in the same message is that model again, not another one of its maker: "llama
     * 7b" next to "meta-llama/Llama-2-7b-chat-hf" (read alone, LLaMA 7B), "Vicuna-13B" next to "vicuna-13b-v1.3", "GLM-4.5"
     * (a log's) next to "GLM-4.5-Air". Short: its words are all among the other's, which has more, and the two say the
     * same size (or neither says one). Words split at letters and digits, so "qwen7b" is "qwen" "7b" and "qwen2.5" is
     * "qwen" "2.5", while "qwen2" is no short form of "qwen2.5".
     */
    private static void dropShortForms(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String question) {
        List<ModelEntry> shortForms = new ArrayList<>();
        for (Map.Entry<ModelEntry, Understood.Model> n : named.entrySet()) {
            if (n.getKey().generic()) continue;
            String asked = n.getValue().asked();
            Set<String> w = words(asked);
            boolean shorter = named.entrySet().stream().anyMatch(o -> o.getKey() != n.getKey() && !o.getKey().generic()
                    && !shortForms.contains(o.getKey()) && sameSize(asked, o.getValue().asked())
                    && moreOfTheSame(w, o.getValue().asked(), inPath(question, o.getValue().asked())));
            if (shorter) shortForms.add(n.getKey());
        }
        for (ModelEntry e : shortForms) understood.remove(named.remove(e));
    }

    /**
     * "Qwen25 7B AWQ … Qwen2.5-7B-Instruct-1M-AWQ": a version read with its dot put back is the short form of a model of the same
     * line and size written out in full beside it, not a second model; the full name says which release it is.
     */
    private static void dropDotlessBesideWritten(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood,
                                                 List<ModelEntry> dotlessRead) {
        for (ModelEntry e : dotlessRead) {
            boolean written = named.keySet().stream().anyMatch(o -> o != e && !o.generic() && !dotlessRead.contains(o)
                    && o.family().equals(e.family()) && Math.abs(o.paramsB() - e.paramsB()) <= 0.15 * e.paramsB());
            if (written && named.containsKey(e)) understood.remove(named.remove(e));
        }
    }

    /**
     * Whether {@code written} is {@code shorter} with only versions and release or packaging words added: "Llama-2-7b-chat-hf"
     * of "llama 7b", "vicuna-13b-v1.3" of "vicuna 13b"; not "Qwen2.5-Coder-7B" or "Qwen2.5-VL-7B" of "qwen2.5 7b", which
     * are other models of the line. A line's version ("Qwen1.5-72b-chat" of "Qwen-72b-chat", "chatglm2-6b" of "chatglm-6b")
     * or a date-stamped revision ("DeepSeek-R1-0528" of "R1") counts only in a repository, a link or a path ({@code loaded}:
     * "--model_name_or_path /models/Qwen1.5-72B-Chat" beside "Qwen72B", "ftllm run deepseek-ai/DeepSeek-R1-0528" beside "R1"),
     * where the short form reads as what is loaded: written side by side as names ("chatglm-6b和chatglm2-6b", "R1 vs
     * R1-0528"), the two are a line's first release and a later one, compared.
     */
    private static boolean moreOfTheSame(Set<String> shorter, String written, boolean loaded) {
        Set<String> longer = words(repoName(written));
        if (longer.size() <= shorter.size() || !longer.containsAll(shorter)) return false;
        boolean lineVersion = false;
        for (String w : longer) {
            if (shorter.contains(w)) continue;
            // a date-stamped revision ("R1-0528", "Instruct-2507") is another release of the line, as a version is
            if (VERSION_NUMBER.matcher(w).matches() || DATE_STAMP.matcher(w).matches()) lineVersion = true;
            else if (!w.equals("v") && !RELEASE_OR_PACKAGING.contains(w)) return false;
        }
        // "v1.3" is a revision of the same release; a bare number is the line's version
        return !lineVersion || loaded || longer.contains("v") || written.contains("/");
    }

    /** Whether {@code name} is first written in {@code question} as a path's step ("/hy-tmp/models/Qwen1.5-72B-Chat-sft"). */
    private static boolean inPath(String question, String name) {
        if (question == null) return false;
        int i = question.toLowerCase(Locale.ROOT).indexOf(name.strip().toLowerCase(Locale.ROOT));
        return i > 0 && (question.charAt(i - 1) == '/' || question.charAt(i - 1) == '\\');
    }

    private static final java.util.regex.Pattern VERSION_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*");
    /** A release's date stamp, month and day or year and month: "0528", "2507", "1210". */
    private static final java.util.regex.Pattern DATE_STAMP = java.util.regex.Pattern.compile("\\d{4}");
    /** Words of a release or an upload that leave the model as it is: "-chat-hf", "-Instruct-GGUF", "q4_K_M", "-Int4", "8bit". */
    private static final Set<String> RELEASE_OR_PACKAGING = Set.of("instruct", "chat", "hf", "it", "gguf", "ggml", "awq", "gptq",
            "int", "fp", "bf", "bit", "bits", "q", "iq", "k", "m", "s", "l", "xs", "xl", "f", "bnb", "mlx", "exl", "bpw", "latest");

    /** A repository's name without its organisation or link ("Llama-2-7b-chat-hf" of "https://hf.co/meta-llama/…"). */
    private static String repoName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** A name's words: runs of letters, and numbers with a size's letter ("7b", "0.5b", "1.3") or a version's dots. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)*(?:[bm](?![a-z]))?|[a-z]+");

    static Set<String> words(String name) {
        Set<String> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = WORD.matcher(name.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Whether two names say the same size, a MoE's "8x7b" included, or neither says one. */
    private static boolean sameSize(String a, String b) {
        return GenericModels.sizeIn(a).equals(GenericModels.sizeIn(b)) && moeSize(a).equals(moeSize(b));
    }

    private static final java.util.regex.Pattern MOE_SIZE = java.util.regex.Pattern.compile("(?i)\\d{1,2}x\\d{1,3}(?:\\.\\d)?b");

    private static Optional<String> moeSize(String name) {
        java.util.regex.Matcher m = MOE_SIZE.matcher(name);
        return m.find() ? Optional.of(m.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** "7b qwen", "70B llama", "235b qwen3": a size, then a maker's name, with its line's version or without one. */
    private static final java.util.regex.Pattern SIZE_FIRST = java.util.regex.Pattern.compile(
            "(?i)(\\d{1,4}(?:\\.\\d{1,2})?b)[ -]?([a-z]{3,})(\\d{1,2}(?:\\.\\d{1,2})?)?");

    /**
     * "the 7B Qwen model" after "Qwen2-VL-7B-Instruct" is that model again: a size and a maker's name without a version
     * refer back to a model of that maker and size named with its version, not to the maker's oldest model of that size.
     * So does "235b的qwen3" after "Qwen3-235B-A22B-Instruct-2507": with the version, a model of that line ("qwen3", not "qwen3.5").
     */
    private static void dropSizeFirstRepeats(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood) {
        List<ModelEntry> repeats = new ArrayList<>();
        for (Map.Entry<ModelEntry, Understood.Model> n : named.entrySet()) {
            java.util.regex.Matcher m = SIZE_FIRST.matcher(n.getValue().asked().strip());
            if (!m.matches() || n.getKey().generic()) continue;
            String maker = m.group(2).toLowerCase(Locale.ROOT) + (m.group(3) == null ? "" : m.group(3));
            boolean again = named.keySet().stream().anyMatch(o -> o != n.getKey() && !o.generic()
                    && (m.group(3) == null ? squeezed(o.name()).startsWith(maker) : ofWrittenLine(o.name(), maker))
                    && Math.abs(o.paramsB() - n.getKey().paramsB()) <= 0.15 * n.getKey().paramsB());
            if (again) repeats.add(n.getKey());
        }
        for (ModelEntry e : repeats) understood.remove(named.remove(e));
    }

    /** Whether a display name is of the line written as {@code line} ("qwen3"), not of a longer version ("qwen2" is not Qwen2.5). */
    private static boolean ofWrittenLine(String name, String line) {
        String joined = MAKER_THEN_VERSION.matcher(plain(name)).replaceFirst("$1$2");
        return joined.startsWith(line) && (joined.length() == line.length()
                || joined.charAt(line.length()) != '.' && !Character.isDigit(joined.charAt(line.length())));
    }

    /** "llama 2 70b chat" written as "llama2 70b chat": the maker joined to its line's version, as SIZE_FIRST reads it. */
    private static final java.util.regex.Pattern MAKER_THEN_VERSION = java.util.regex.Pattern.compile("^([a-z]+) (\\d)");

    private static final java.util.regex.Pattern LEADING_LETTERS = java.util.regex.Pattern.compile("^[a-z]+");

    /** A maker's name with the version of its line after it ("glm-4.6v", "qwen3.6", "deepseek r1"), not a size. */
    private static final java.util.regex.Pattern MAKER_VERSION = java.util.regex.Pattern.compile(
            "^([a-z]{3,}) ?(\\d{1,2}(?:\\.\\d{1,2})?v?|[kmrv]\\d(?:\\.\\d{1,2})?)(?![0-9a-z.])");

    /**
     * A line's word written without any version ("Qwen") beside a mention of that word with a version
     * ("qwen2.5vl", "Qwen 2.5-VL 7B"): the person names that model short, not the library's :latest tag.
     */
    private static boolean versionedElsewhere(String text, List<String> mentions) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (!LETTERS_ONLY.matcher(word).matches()) return false;
        return mentions.stream().map(m -> m.strip().toLowerCase(Locale.ROOT))
                .anyMatch(m -> m.startsWith(word) && VERSION_AFTER_WORD.matcher(m).region(word.length(), m.length()).lookingAt());
    }

    private static final java.util.regex.Pattern LETTERS_ONLY = java.util.regex.Pattern.compile("[a-z]+");
    /** A version right after a line's word: "2.5" in "qwen2.5vl", " 3" in "gemma 3", "-v2" in "mistral-v2". */
    private static final java.util.regex.Pattern VERSION_AFTER_WORD = java.util.regex.Pattern.compile("[ \\-_]?v?\\d");

    /**
     * The letters a name starts with, lower case ("deepseek" of "DeepSeek-14b"), with the version that follows them
     * ("glm4.6v" of "GLM-4.6V 9B"): a line's version narrows the maker's models to that line's, so "GLM-4.6V 9B" is not
     * GLM-4-9B because that is the maker's only 9B.
     */
    private static String leadingWord(String text) {
        java.util.regex.Matcher v = MAKER_VERSION.matcher(plain(text));
        if (v.find()) return v.group(1) + v.group(2);
        java.util.regex.Matcher m = LEADING_LETTERS.matcher(squeezed(text));
        return m.find() && m.group().length() >= 3 ? m.group() : "";
    }

    /** A size in a name, the first one: where the name's own words end ("qwen3.8-flash-next:125b-mlx"). */
    private static final java.util.regex.Pattern FIRST_SIZE = java.util.regex.Pattern.compile("(?<![0-9.x])\\d{1,4}(?:\\.\\d{1,2})?b(?![a-z0-9])");
    /** Separators as people vary them between one name's words: '-', ':', a space. */
    private static final java.util.regex.Pattern NAME_GAPS = java.util.regex.Pattern.compile("[-: ]+");
    /** What a file or a repository adds after a name without changing the model: a quantizer's tag, a quant, a format, the tune. */
    private static final java.util.regex.Pattern PACKAGING_REST = java.util.regex.Pattern.compile(
            "(?:-(?:ud|i?q\\d[a-z0-9_]*|gguf|ggml|mlx|awq|gptq|exl2|fp16|bf16|f16|fp8|int[48]|\\d{1,2}bits?|instruct|it|chat))*-?");

    /**
     * Whether an unknown name without a size is another mention's name with its size, the same words before the size and only
     * packaging after them: people write a model once as a tag or a repository with its size and again as a file or a title
     * without it ("qwen3.8-flash-next:125b-mlx … Qwen3.8-Flash-Next-UD-IQ4_XS").
     */
    static boolean sizedElsewhere(String text, List<String> mentions) {
        String written = NAME_GAPS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        for (String other : mentions) {
            String low = NAME_GAPS.matcher(other.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
            java.util.regex.Matcher size = FIRST_SIZE.matcher(low);
            if (low.equals(written) || !size.find()) continue;
            String stem = low.substring(0, size.start());
            if (stem.endsWith("-")) stem = stem.substring(0, stem.length() - 1);
            if (stem.length() >= 4 && written.startsWith(stem) && PACKAGING_REST.matcher(written.substring(stem.length())).matches()) return true;
        }
        return false;
    }

    /** Lower case, letters, digits and dots only: "Qwen3-Coder" and "qwen3 coder" alike. */
    static String squeezed(String s) {
        // a loop, not a regex replace: it runs for each catalog name a question's models are compared with
        String low = s.toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(low.length());
        for (int i = 0; i < low.length(); i++) {
            char c = low.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.') b.append(c);
        }
        return b.toString();
    }

    /** {@code text} read as the catalog model {@code e}, the answer saying why in the person's language. */
    private static void readAs(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String text, ModelEntry e,
                               String why, String whyZh) {
        add(named, understood, e, new Understood.Model(text, e.id(), e.name(), e.paramsB(), false, readAsNote(text, e, why, whyZh)));
    }

    private static Understood.Note readAsNote(String text, ModelEntry e, String why, String whyZh) {
        return new Understood.Note("\"" + text.strip() + "\" read as " + e.name() + ", " + why,
                "“" + text.strip() + "”按 " + e.name() + " 理解（" + whyZh + "）");
    }

    private static void add(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, ModelEntry e, Understood.Model u) {
        if (named.containsKey(e)) return;
        named.put(e, u);
        understood.add(u);
    }

    /** A generic stand-in of {@code size}, said so with the nearest known models; false when there is no era to borrow from. */
    private boolean standIn(String text, double size, boolean bareSize, String hubFailure, Map<ModelEntry, Understood.Model> named,
                            List<Understood.Model> understood) {
        Optional<ModelEntry> standIn = generic.standIn(size, text);
        if (standIn.isEmpty()) return false;
        standIn(text, standIn.get(), bareSize, hubFailure, named, understood);
        return true;
    }

    /** The stand-in {@code e} for {@code text}, said so with the nearest known models. */
    private void standIn(String text, ModelEntry e, boolean bareSize, String hubFailure, Map<ModelEntry, Understood.Model> named,
                         List<Understood.Model> understood) {
        if (named.containsKey(e)) return;
        List<String> near = generic.nearest(e, 3).stream().map(ModelEntry::name).toList();
        String zhName = GenericModels.inChinese(e.name());
        Understood.Note note = new Understood.Note(
                (bareSize ? "\"" + text.strip() + "\" names only a size" : "\"" + text.strip() + "\" is not in the catalog")
                        + (hubFailure == null ? "" : " (" + hubFailure + ")")
                        + ": sized as a " + e.name() + (near.isEmpty() ? "" : "; known models of about that size: " + String.join(", ", near)),
                "“" + text.strip() + "”" + (bareSize ? "只给了参数规模" : "不在模型库中") + "：按" + zhName + "估算，仅作代用"
                        + (near.isEmpty() ? "" : "；规模相近的已知模型：" + String.join("、", near)));
        add(named, understood, e, new Understood.Model(text, null, e.name(), e.paramsB(), true, note));
    }

    /** A stand-in of the published size of a release outside the catalog, with why it is outside; false without eras. */
    private boolean outsideStandIn(String text, GenericCatalog.Outside o, Map<ModelEntry, Understood.Model> named,
                                   List<Understood.Model> understood) {
        Optional<ModelEntry> stand = generic.standIn(o);
        if (stand.isEmpty()) return false;
        ModelEntry e = stand.get();
        if (named.containsKey(e)) return true;
        String active = o.activeParamsB() < o.paramsB() ? ", " + GenericModels.num(o.activeParamsB()) + "B active" : "";
        String activeZh = o.activeParamsB() < o.paramsB() ? "，激活 " + GenericModels.num(o.activeParamsB()) + "B" : "";
        Understood.Note note = new Understood.Note(
                o.name() + " (" + GenericModels.num(o.paramsB()) + "B" + active + ") is outside what the catalog can size (" + o.why()
                        + "): sized as a " + e.name() + ", a stand-in of its total size",
                o.name() + "（" + GenericModels.num(o.paramsB()) + "B" + activeZh + "）的架构超出模型库能估算的范围：按总参数规模相同的"
                        + GenericModels.inChinese(e.name()) + "估算，仅作代用");
        add(named, understood, e, new Understood.Model(text, null, e.name(), e.paramsB(), true, note));
        return true;
    }

    /**
     * The shape a maker's several models of about this size share (same total and active parameters, layers and width:
     * DeepSeek-V3, V3.1, R1 at 671B), as its first current release; empty when they differ or there are none.
     */
    private Optional<ModelEntry> oneShapeOfMaker(String maker, double size) {
        if (maker.isEmpty()) return Optional.empty();
        List<ModelEntry> of = knowledge.models().all().stream()
                .filter(m -> squeezed(m.name()).startsWith(maker) && ofThatSize(m, size) && m.arch() != null).toList();
        if (of.size() < 2) return Optional.empty();
        ModelEntry first = of.get(0);
        boolean one = of.stream().allMatch(m -> m.paramsB() == first.paramsB() && m.activeParamsB() == first.activeParamsB()
                && m.arch().layers() == first.arch().layers() && m.arch().hiddenSize() == first.arch().hiddenSize());
        return one ? Optional.of(preferCurrent(of).get(0)) : Optional.empty();
    }

    /**
     * The model of {@code size} in the one line that the message names by a word of {@code maker} without a size ("llama2" read
     * as its default Llama 2 7B): empty when no such line is named, several are, or the line has no model of that size.
     */
    private Optional<ModelEntry> unsizedLineAt(Map<ModelEntry, Understood.Model> named, String maker, double size) {
        if (maker.isEmpty()) return Optional.empty();
        List<ModelEntry> lines = named.entrySet().stream()
                .filter(n -> !n.getKey().generic() && GenericModels.sizeIn(n.getValue().asked()).isEmpty()
                        && moeSize(n.getValue().asked()).isEmpty() && squeezed(n.getValue().asked()).startsWith(maker))
                .map(Map.Entry::getKey).toList();
        return lines.size() == 1 ? sameLine(lines.get(0), size, named.get(lines.get(0)).asked()) : Optional.empty();
    }

    /**
     * The model of {@code e}'s line (its family) at another size, if the catalog has one; the nearest in size, of {@code e}'s
     * version first when the words {@code e} was named by ({@code asked}, or null) state it: a bare size after a line named
     * with its version ("llama 3.1 70b … and the 8b?") inherits that version (Llama 3.1 8B, not the family's first 8B, Llama
     * 3's), while a family named without one ("the llama 3 models … the 70b") keeps the family's first.
     */
    private Optional<ModelEntry> sameLine(ModelEntry e, double size, String asked) {
        // a line's model bears its first word: Mistral Nemo 12B is of Mistral's family but no Mixtral ("Mixtral 8x7B … as fast as a 12B")
        String line = firstWord(e.name());
        String version = beforeSize(e.name());
        java.util.Comparator<ModelEntry> nearest = java.util.Comparator.comparingDouble(m -> Math.abs(m.paramsB() - size));
        boolean stated = asked != null && squeezed(asked).contains(squeezed(version));
        return knowledge.models().all().stream()
                .filter(m -> m.family().equals(e.family()) && firstWord(m.name()).equals(line) && ofThatSize(m, size))
                .min(stated ? java.util.Comparator.comparing((ModelEntry m) -> !beforeSize(m.name()).equals(version)).thenComparing(nearest) : nearest);
    }

    /** A line's name and size with no version or other word: "llama 13b", "qwen72b", "千问72B". */
    private static final java.util.regex.Pattern VERSIONLESS = java.util.regex.Pattern.compile("^\\p{L}+ ?\\d+(?:\\.\\d+)?b$");
    /** A line with its version and nothing else, as {@link #beforeSize} gives it: "llama 2", "qwen1.5", "qwen3". */
    private static final java.util.regex.Pattern LINE_AND_VERSION = java.util.regex.Pattern.compile("^[a-z]+ ?\\d+(?:\\.\\d+)?$");

    /**
     * A line's name and size without a version ("llama 13b", "千问72B"), which the catalog reads as the line's first release,
     * beside a model of one versioned release of that line at another size ("llama2 7b"; "qwen110B-awq", Qwen1.5's) is that
     * version's model of the size, said so: the person writes short the line they use. At the same size the two are compared
     * ("llama 7b vs llama-2-7b") and stay; uncompared, the version's model of the size named already is that model again.
     */
    private void inheritVersion(Map<ModelEntry, Understood.Model> named, List<Understood.Model> understood, String question) {
        for (ModelEntry e : List.copyOf(named.keySet())) {
            Understood.Model read = named.get(e);
            if (read == null || e.generic() || !VERSIONLESS.matcher(plain(read.asked())).matches()) continue;
            // "InternLM-7B | InternLM-20B | InternLM2-7B": the first release named at another size too is meant as itself
            if (named.keySet().stream().anyMatch(o -> o != e && beforeSize(o.name()).equals(beforeSize(e.name())))) continue;
            Optional<Double> written = GenericModels.sizeIn(read.asked());
            if (written.isEmpty()) continue;
            double size = written.get();
            Set<String> versions = named.keySet().stream()
                    .filter(o -> o != e && !o.generic() && firstWord(o.name()).equals(firstWord(e.name()))
                            && !beforeSize(o.name()).equals(beforeSize(e.name())) && !ofThatSize(o, size))
                    .map(o -> beforeSize(o.name())).filter(v -> LINE_AND_VERSION.matcher(v).matches())
                    .collect(java.util.stream.Collectors.toSet());
            if (versions.size() != 1) continue;
            String version = versions.iterator().next();
            // "Qwen 7B" in a title, "Qwen2.5 1.5B … Qwen2.5 7B" in the text: that version's model of the size, named already,
            // is the one meant, written short once; not another release of that size (the -1M build)
            if (named.entrySet().stream().anyMatch(o -> o.getKey() != e && !o.getKey().generic() && beforeSize(o.getKey().name()).equals(version)
                    && ofThatSize(o.getKey(), size) && (question == null || !Contrast.compared(question, read.asked(), o.getValue().asked())))) {
                understood.remove(named.remove(e));
                continue;
            }
            Optional<ModelEntry> ofVersion = knowledge.models().all().stream()
                    .filter(m -> !m.generic() && beforeSize(m.name()).equals(version) && ofThatSize(m, size) && !named.containsKey(m))
                    .min(java.util.Comparator.comparingDouble(m -> Math.abs(m.paramsB() - size)));
            if (ofVersion.isEmpty()) continue;
            ModelEntry m = ofVersion.get();
            // in place of the first release, at its place in the list
            Understood.Model again = new Understood.Model(read.asked(), m.id(), m.name(), m.paramsB(), false,
                    readAsNote(read.asked(), m, "the version of the line named beside it", "旁边提到的这个系列的版本"));
            understood.set(understood.indexOf(named.remove(e)), again);
            named.put(m, again);
        }
    }

    /** A display name up to its size, its line with the version ("llama 3.1" of "Llama 3.1 70B Instruct"); all of it when it has none. */
    private static String beforeSize(String name) {
        String p = plain(name);
        java.util.regex.Matcher size = SIZED.matcher(p);
        return size.find() ? p.substring(0, size.start()).strip() : p;
    }

    /** A display name's leading letters, lower case ("mixtral" of "Mixtral 8x7B", "mistral" of "Mistral Small 3.1 24B"). */
    private static String firstWord(String name) {
        java.util.regex.Matcher m = LEADING_LETTERS.matcher(plain(name));
        return m.find() ? m.group() : "";
    }

    /**
     * A model is "the 13B" when its name says 13B or its parameter count is within 5 % of it: 12B is not 13B,
     * but LLaMA's "30B" (32.5B parameters) is the 30B.
     */
    static boolean ofThatSize(ModelEntry m, double size) {
        if (Math.abs(m.paramsB() - size) <= 0.05 * size) return true;
        return nameSays(m, size);
    }

    /** Whether a model's name or an alias says this size ("70b" in DeepSeek-R1-Distill-Llama-70B). */
    private static boolean nameSays(ModelEntry m, double size) {
        String token = (size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size)) + "b";
        // the active count of a MoE ("…-480B-A35B") is not its size
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![0-9.])(?<![-_ ]a)" + java.util.regex.Pattern.quote(token) + "(?![a-z0-9])");
        if (p.matcher(m.name().toLowerCase(java.util.Locale.ROOT)).find()) return true;
        return m.aliases().stream().anyMatch(a -> p.matcher(a.toLowerCase(java.util.Locale.ROOT)).find());
    }

    /**
     * A misspelt maker's or line's name with two neighbouring letters swapped ("baichaun2-13b", "qwne3 8b"), when exactly
     * one swap in the name's first word names a catalog model: that spelling and its match.
     */
    private Optional<Map.Entry<String, ModelMatch>> transposed(String text) {
        java.util.regex.Matcher word = LEADING_WORD.matcher(text);
        if (!word.lookingAt()) return Optional.empty();
        Map<ModelEntry, Map.Entry<String, ModelMatch>> hits = new LinkedHashMap<>();
        for (int i = 0; i + 1 < word.end(); i++) {
            if (text.charAt(i) == text.charAt(i + 1)) continue;
            String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
            find(swapped).ifPresent(m -> hits.putIfAbsent(m.model(), Map.entry(swapped, m)));
        }
        return hits.size() == 1 ? Optional.of(hits.values().iterator().next()) : Optional.empty();
    }

    /**
     * A line's version with its dot left out, glued to the line's letters ("qwen25-7b", "llama31 8b", "Deepseek-V32", "glm45"):
     * two digits right after the letters (a 'v' kept), no size's letter after them ("qwen14b", "qwen-72" are sizes).
     */
    private static final java.util.regex.Pattern DOTLESS_VERSION = java.util.regex.Pattern.compile(
            "(?i)^([a-z]{2,}[-_ ]?v?)([1-9])([0-9])(?![0-9.]|[bmk](?![a-z]))");

    /**
     * The catalog model a name with its version's dot left out names, read with the dot put back ("Deepseek-V32" is
     * DeepSeek-V3.2, "Qwen25 VL 32B" Qwen2.5-VL-32B); empty when that reading names no catalog model ("qwen-72": 72B).
     */
    private Optional<Map.Entry<String, ModelMatch>> dotlessVersion(String text) {
        java.util.regex.Matcher m = DOTLESS_VERSION.matcher(text.strip());
        if (!m.lookingAt()) return Optional.empty();
        String dotted = m.group(1) + m.group(2) + "." + m.group(3) + text.strip().substring(m.end());
        return find(dotted).map(match -> Map.entry(dotted, match));
    }

    private Map<String, List<ModelEntry>> versionless;

    /** A line's word with the size glued after it, no version between: "qwen30b", not "qwen3" nor "qwen2.5-7b". */
    private static final java.util.regex.Pattern GLUED_LINE_SIZE = java.util.regex.Pattern.compile(
            "(?<![a-z0-9.])([a-z]{2,})(\\d{1,4}(?:\\.\\d{1,2})?b)(?![a-z0-9])");

    /**
     * A name written without its line's version ("qwen-30b-a3b" for Qwen3-30B-A3B) names the one catalog model whose
     * name, its version taken off, is spelt so; several ("llama-70b": Llama 2, 3, 3.1, 3.3) or none name nothing. A line's
     * word glued to the size ("QWEN30B", "glm9b") is read as written apart.
     */
    private Optional<ModelEntry> withoutVersion(String text) {
        String asked = GLUED_LINE_SIZE.matcher(withoutVariantWords(plain(text))).replaceAll("$1 $2");
        if (!SIZED.matcher(asked).find()) return Optional.empty();
        List<ModelEntry> hits = versionless().getOrDefault(asked, List.of());
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private synchronized Map<String, List<ModelEntry>> versionless() {
        if (versionless == null) {
            Map<String, List<ModelEntry>> map = new java.util.HashMap<>();
            for (ModelEntry e : knowledge.models().all()) {
                List<String> all = new ArrayList<>(e.aliases());
                all.add(e.name());
                all.add(e.id());
                if (e.hf() != null) all.add(e.hf().substring(e.hf().lastIndexOf('/') + 1));
                for (String a : all) {
                    if (a.contains("/")) continue;
                    java.util.regex.Matcher m = LINE_VERSION.matcher(plain(a));
                    if (!m.lookingAt()) continue;
                    String k = withoutVariantWords(m.group(1) + plain(a).substring(m.end()));
                    List<ModelEntry> list = map.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!list.contains(e)) list.add(e);
                }
            }
            versionless = map;
        }
        return versionless;
    }

    /** A line's name with its version, glued or as the next word ("qwen3 30b", "glm 4 9b", "qwen2.5 72b"). */
    private static final java.util.regex.Pattern LINE_VERSION = java.util.regex.Pattern.compile(
            "([a-z]{2,})(?:\\d{1,2}(?:\\.\\d{1,2})?| \\d{1,2}(?:\\.\\d{1,2})?(?= ))(?= )");
    private static final java.util.regex.Pattern TRAILING_VARIANT = java.util.regex.Pattern.compile(
            "(?: (?:instruct|chat|it|hf|base|gguf|awq|gptq|int[48]|fp16|bf16|fp8|[48]bit))+$");

    private static String withoutVariantWords(String plain) {
        return TRAILING_VARIANT.matcher(plain).replaceAll("");
    }

    /** The catalog lookup, and again without a "v" before a version number ("llama v2 70b" is Llama 2 70B). */
    private Optional<ModelMatch> find(String text) {
        Optional<ModelMatch> m = knowledge.models().find(text);
        if (m.isPresent()) return m;
        // "7b qwen", "13B vicuna": the size written first
        java.util.regex.Matcher first = SIZE_FIRST.matcher(text.strip());
        if (first.matches()) {
            String rest = text.strip().substring(first.end(1)).strip();
            m = knowledge.models().find(rest + " " + first.group(1));
            if (m.isPresent()) return m;
        }
        String unversioned = V_VERSION.matcher(text).replaceAll("");
        // a release outside the catalog whose name has the letter ("MiniCPM-V4") is that release, not a line without it (MiniCPM4)
        if (unversioned.equals(text) || knowledge.generic().outside(text).isPresent()) return Optional.empty();
        return knowledge.models().find(unversioned);
    }

    /** The current catalog models of about a size ("the best 32b for my card"). */
    private Optional<ModelEntry> onlyOfMaker(String maker, double size) {
        if (maker.isEmpty()) return Optional.empty();
        List<ModelEntry> of = knowledge.models().all().stream()
                .filter(m -> squeezed(m.name()).startsWith(maker) && ofThatSize(m, size)).limit(2).toList();
        if (of.size() == 1) return Optional.of(of.get(0));
        // "Deepseek 70b": the one model of the maker whose name says that size (R1-Distill-Llama-70B), not DeepSeek LLM 67B,
        // which is only within 5 % of it
        return onlyNamedOfMaker(maker, size);
    }

    /**
     * The one model of a maker whose name says this size, or that is of about it with no size in its name: a bare
     * "70b" is not "DeepSeek LLM 67B", though 67B is within 5 % of it.
     */
    private Optional<ModelEntry> onlyNamedOfMaker(String maker, double size) {
        List<ModelEntry> of = knowledge.models().all().stream()
                .filter(m -> squeezed(m.name()).startsWith(maker))
                .filter(m -> nameSays(m, size) || (!SIZED.matcher(plain(m.name())).find() && Math.abs(m.paramsB() - size) <= 0.05 * size))
                .limit(2).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    private List<ModelEntry> ofSize(double size) {
        List<ModelEntry> out = new ArrayList<>();
        for (ModelEntry m : knowledge.models().all()) {
            if (m.paramsB() >= size * 0.9 && m.paramsB() <= size * 1.15) out.add(m);
        }
        return preferCurrent(out);
    }

    /**
     * Models a family word stands for ("deepseek", "qwen3", "llama 3": the models whose family or id starts with it), also
     * with a format or variant word after it ("Qwen3-AWQ" is the Qwen3 line in AWQ) and written without the line's
     * version ("Qwen-VL models": Qwen2-VL, Qwen2.5-VL, Qwen3-VL).
     */
    public static List<ModelEntry> family(Knowledge knowledge, String text) {
        return family(knowledge, text, true);
    }

    /** {@link #family(Knowledge, String)}; not {@code whole}, any line whose name the word begins. */
    private static List<ModelEntry> family(Knowledge knowledge, String text, boolean whole) {
        String n = squeezed(LINE_PACKAGING.matcher(text.strip()).replaceAll(""));
        if (SIZE_IN.matcher(n).matches()) return List.of();
        // an Ollama library name ("yi", "granite-code", "qwen2.5vl") names the models pulled by it, however short
        List<ModelEntry> out = new ArrayList<>();
        for (ModelEntry m : knowledge.models().all()) {
            if (m.ollamaLibrary() != null && squeezed(m.ollamaLibrary()).equals(n)) out.add(m);
        }
        if (n.length() < 3) return preferCurrent(out);
        // a word that is a line of its own ("llama", "qwen3"), carries a version ("phi3") or comes before a version or size in
        // some name ("deepseek" of DeepSeek-V3) covers every name it begins ("deepseek" DeepSeek-Coder-V2 too); a word that
        // only begins longer names does not ("gpt" is not gpt-oss, GPT-2 or GPT-J)
        boolean line = !whole || Character.isDigit(n.charAt(n.length() - 1)) || knowledge.models().all().stream()
                .anyMatch(m -> startsLine(squeezed(m.family()), n) && versionAfter(m.family(), n) || startsLine(squeezed(m.id()), n) && versionAfter(m.id(), n));
        for (ModelEntry m : knowledge.models().all()) {
            String fam = squeezed(m.family());
            String id = squeezed(m.id());
            // "qwenvl" is Qwen2-VL's line without its version; "gpt" is not GPT-2's
            boolean unversioned = !fam.equals(n) && FAMILY_VERSION.matcher(fam).replaceFirst("$1").equals(n) && TWO_LETTERS_END.matcher(n).matches()
                    && (line || !FAMILY_VERSION.matcher(fam).matches());
            if ((line && (startsLine(fam, n) || startsLine(id, n)) || unversioned) && !out.contains(m)) out.add(m);
        }
        return preferCurrent(out);
    }

    /**
     * Whether {@code name} goes on after the squeezed word {@code word} with a separator and a version or a size ("-v3",
     * "-r1", "-8x7b"), or ends there.
     */
    private static boolean versionAfter(String name, String word) {
        String low = name.toLowerCase(java.util.Locale.ROOT);
        int kept = 0;
        int at = 0;
        for (; at < low.length() && kept < word.length(); at++) {
            char c = low.charAt(at);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.') kept++;
        }
        if (at == low.length()) return true;
        int token = at;
        while (token < low.length() && (low.charAt(token) == '-' || low.charAt(token) == '_' || low.charAt(token) == ' ')) token++;
        if (token == at || token == low.length()) return false;
        // a letter before the number is a version's ("v3", "r1")
        if (Character.isLetter(low.charAt(token)) && token + 1 < low.length()) token++;
        return Character.isDigit(low.charAt(token));
    }

    /**
     * Of a line's models, all of one size, the one whose name is the line's word and its size alone ("ChatGLM-6B" of "chatglm",
     * beside ChatGLM2-6B and ChatGLM3-6B); empty when the line has releases of other sizes, or no release so named.
     */
    private static Optional<ModelEntry> unnumberedOfOneSize(String text, List<ModelEntry> family) {
        if (family.size() < 2) return Optional.empty();
        double size = family.get(0).paramsB();
        if (family.stream().anyMatch(e -> Math.abs(e.paramsB() - size) > 0.15 * size)) return Optional.empty();
        String line = squeezed(text.strip());
        List<ModelEntry> named = family.stream().filter(e -> {
            String name = squeezed(e.name());
            if (!name.startsWith(line)) return false;
            // the rest is the size itself ("6b"), not a version before it ("26b" of "chatglm26b")
            java.util.regex.Matcher rest = SIZE_ONLY.matcher(name.substring(line.length()));
            return rest.matches() && Math.abs(Double.parseDouble(rest.group(1)) - size) <= 0.15 * size;
        }).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * Whether {@code name} is written in {@code question} as a word of its own somewhere, not only inside a file, a path, a
     * package or an app's name ("modeling_chatglm.py", "chatglm-cpp", "langchain-ChatGLM"), where it names no model.
     */
    private static boolean writtenAlone(String question, String name) {
        if (question == null) return true;
        String low = question.toLowerCase(java.util.Locale.ROOT);
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        for (int at = low.indexOf(n); at >= 0; at = low.indexOf(n, at + 1)) {
            int end = at + n.length();
            // a full stop ends a sentence unless a file's extension follows it ("chatglm.py")
            boolean after = end < low.length() && joined(low.charAt(end))
                    && (low.charAt(end) != '.' || end + 1 < low.length() && Character.isLetterOrDigit(low.charAt(end + 1)));
            if ((at == 0 || !joined(low.charAt(at - 1))) && !after) return true;
        }
        return false;
    }

    /** A character that joins a word into a longer name: a letter or digit, or a file's, path's or package's separator. */
    private static boolean joined(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "_-./\\".indexOf(c) >= 0);
    }

    /** What is left of a squeezed name once its line's word is taken off, when that is its size alone ("6b"). */
    private static final java.util.regex.Pattern SIZE_ONLY = java.util.regex.Pattern.compile("(\\d{1,4}(?:\\.\\d{1,2})?)b");

    /**
     * Whether a squeezed family or id begins with the line named: "qwen3" begins Qwen3-Coder's "qwen3coder", not Qwen3.5's
     * "qwen3.5", a later version of the line written with a point after the named one.
     */
    private static boolean startsLine(String name, String line) {
        if (!name.startsWith(line)) return false;
        int at = line.length();
        boolean pointVersion = at + 1 < name.length() && name.charAt(at) == '.' && Character.isDigit(name.charAt(at + 1));
        return !(pointVersion && Character.isDigit(line.charAt(at - 1)));
    }

    /** Format and variant words after a line's name: "-AWQ", "_GGUF", " instruct". */
    private static final java.util.regex.Pattern LINE_PACKAGING = java.util.regex.Pattern.compile(
            "(?i)(?:[-_ ](?:awq|gptq|gguf|mlx|int[48]|fp8|fp16|bf16|[48]bit|instruct|chat|models?))+$");
    /** A family's version glued to its maker's name ("qwen2.5vl" → "qwenvl"). */
    private static final java.util.regex.Pattern FAMILY_VERSION = java.util.regex.Pattern.compile("^([a-z]+)\\d+(?:\\.\\d+)?");

    /** The models without a newer release of their line. */
    static List<ModelEntry> current(List<ModelEntry> models) {
        return models.stream().filter(m -> !m.legacy()).toList();
    }

    /** A loose mention offers the current models it covers, or its legacy ones when it covers nothing else ("chatglm"). */
    private static List<ModelEntry> preferCurrent(List<ModelEntry> models) {
        List<ModelEntry> current = current(models);
        return current.isEmpty() ? models : current;
    }
}
