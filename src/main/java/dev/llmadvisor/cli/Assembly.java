package dev.llmadvisor.cli;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.discord.NameSource;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.hub.HubLookup;
import dev.llmadvisor.hub.HubModels;
import dev.llmadvisor.hub.HubSettings;
import dev.llmadvisor.knowledge.GpuEntry;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.llm.LlmParsers;
import dev.llmadvisor.llm.LlmSettings;
import dev.llmadvisor.parse.Parser;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import dev.llmadvisor.rules.RulesEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the advisor together from the knowledge base and the rules: the one place the parts meet. The
 * parser is the deterministic one, or the LLM parser over it when bot-config/llm.yaml enables it. The Hub lookup
 * looks up models that are not in the catalog on the Hugging Face Hub or ModelScope (bot-config/hub.yaml; off
 * with LLM_ADVISOR_OFFLINE=1); it touches the network only when asked for such a model.
 */
public record Assembly(Knowledge knowledge, RulesEngine rules, Parser parser, RuleAdvisor advisor) {

    public static Assembly of(Path knowledgeDir, Path rulesDir) {
        return of(knowledgeDir, rulesDir, RulesEngine.Limits.DEFAULT);
    }

    /**
     * The rules load on a second thread while the knowledge base and the parser load on this one (start-up is
     * mostly class loading and both halves are independent). A rules folder that changes later must decide the
     * probe questions ({@link Probes#QUESTIONS}) within {@code limits} before it goes live.
     */
    public static Assembly of(Path knowledgeDir, Path rulesDir, RulesEngine.Limits limits) {
        AtomicReference<Supplier<List<RulesEngine.Probe>>> probes = new AtomicReference<>(List::of);
        FutureTask<RulesEngine> rulesTask = new FutureTask<>(() -> Inputs.rules(rulesDir, limits, () -> probes.get().get()));
        Thread t = new Thread(rulesTask, "load-rules");
        t.setDaemon(true);
        t.start();
        Knowledge k;
        Parser parser;
        try {
            k = Inputs.knowledge(knowledgeDir);
            parser = parser(k, LlmSettings.loadOrEmbedded(Path.of(LlmSettings.DEFAULT_PATH)));
        } catch (RuntimeException e) {
            rulesTask.cancel(true);
            throw e;
        }
        FactBuilder facts = new FactBuilder(k, new HubModels(memoize(() -> hub(System::getenv, false, null))));
        probes.set(memoize(() -> Probes.questions(parser, new FactBuilder(k))));
        RulesEngine rules = join(rulesTask);
        return new Assembly(k, rules, parser, new RuleAdvisor(parser, facts, rules));
    }

    /** The advisor over a knowledge base, rules, a parser and a Hub lookup (disabled: the catalog alone). */
    public static Assembly of(Knowledge k, RulesEngine rules, Parser parser, HubLookup hub) {
        return new Assembly(k, rules, parser, new RuleAdvisor(parser, new FactBuilder(k, new HubModels(hub)), rules));
    }

    private static RulesEngine join(FutureTask<RulesEngine> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }

    /**
     * The Hub lookup as {@code settingsFile} (null: bot-config/hub.yaml, else its embedded copy) and the environment
     * configure it; off when {@code offline} (the --offline flag).
     */
    public static HubLookup hub(Function<String, String> env, boolean offline, Path settingsFile) {
        if (offline) return HubLookup.disabled("--offline", "使用了 --offline");
        return HubLookup.create(HubSettings.loadOrEmbedded(settingsFile != null ? settingsFile : Path.of(HubSettings.DEFAULT_PATH)), env);
    }

    /** The deterministic parser, wrapped by the LLM parser when the settings enable it. */
    static Parser parser(Knowledge k, LlmSettings llm) {
        QuestionParser deterministic = new QuestionParser(vocabulary(k));
        return LlmParsers.choose(llm, System::getenv, k, deterministic::parse);
    }

    /** The names the parser spots in free text, as people write them. */
    private static final Pattern SIZED_NAME = Pattern.compile("(.+?)[ -]?\\d{1,3} ?gb?");
    /** A family's version and what follows it ("qwen2.5" -> "qwen"); compiled once, not for each of some 300 models. */
    private static final Pattern AFTER_STEM = Pattern.compile("[^a-zA-Z].*$");

    public static Vocabulary vocabulary(Knowledge k) {
        Set<String> models = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        for (ModelEntry m : k.models().all()) {
            models.add(m.id());
            models.add(m.name());
            models.addAll(m.aliases());
            if (m.ollama() != null) models.add(m.ollama());
            families.add(m.family());
            // People name the maker's line without the version: "deepseek", "qwen", "llama".
            String stem = AFTER_STEM.matcher(m.family()).replaceAll("");
            if (stem.length() >= 3) families.add(stem);
            // and by the library name they pull it with ("qwen2.5vl", "granite-code"), which may differ from the family's
            if (m.ollamaLibrary() != null) families.add(m.ollamaLibrary());
        }
        // The lines a generic era names ("vicuna", "wizardlm"): "wizardlm 33b" is a model of that line, not a bare size.
        for (var era : k.generic().eras()) families.addAll(era.families());
        for (dev.llmadvisor.knowledge.FineTune f : k.models().finetunes()) {
            models.add(f.name());
            models.addAll(f.aliases());
        }
        // and the library names fine-tunes are pulled by ("ollama run llava"), which are Ollama's :latest tags
        families.addAll(k.models().finetuneLibraries());
        // Releases the catalog cannot size ("MiniMax-M1", "cogvlm2") are read whole, to be sized as stand-ins of their size.
        for (var o : k.generic().outside()) {
            models.add(o.name());
            models.addAll(o.aliases());
        }
        Set<String> gpus = new LinkedHashSet<>();
        Map<String, Set<Double>> memory = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<Double> unifiedSizes = new HashSet<>();
        for (GpuEntry g : k.gpus().all()) {
            g.unifiedMemoryGb().forEach(gb -> unifiedSizes.add(gb.doubleValue()));
            List<String> names = new ArrayList<>(g.aliases());
            names.add(g.name());
            gpus.addAll(names);
            if (g.isUnified()) shared.addAll(names);
            // unified-memory chips have no one size; Vocabulary normalises the names' case
            if (g.vramGb() > 0) {
                for (String n : names) {
                    memory.computeIfAbsent(n, x -> new HashSet<>()).add(g.vramGb());
                    // "a100 80gb" is also a size the bare "a100" is sold with
                    Matcher sized = SIZED_NAME.matcher(n.toLowerCase(Locale.ROOT));
                    if (sized.matches()) memory.computeIfAbsent(sized.group(1), x -> new HashSet<>()).add(g.vramGb());
                }
            }
        }
        return new Vocabulary(new ArrayList<>(models), new ArrayList<>(families), new ArrayList<>(gpus), memory, shared, gpuEntries(k), gpuKinds(k),
                unifiedSizes);
    }

    /** Each catalog entry's segment and architecture, where both are known. */
    private static Map<String, String> gpuKinds(Knowledge k) {
        Map<String, String> kinds = new HashMap<>();
        for (GpuEntry g : k.gpus().all()) if (g.segment() != null && g.arch() != null) kinds.put(g.name(), g.segment() + " " + g.arch());
        return kinds;
    }

    /** Each GPU name to the catalog entries it names. */
    private static Map<String, Set<String>> gpuEntries(Knowledge k) {
        Map<String, Set<String>> entries = new HashMap<>();
        for (GpuEntry g : k.gpus().all()) {
            entries.computeIfAbsent(g.name(), x -> new HashSet<>()).add(g.name());
            for (String a : g.aliases()) entries.computeIfAbsent(a, x -> new HashSet<>()).add(g.name());
        }
        return entries;
    }

    NameSource names() {
        List<String> gpus = knowledge.gpus().all().stream().map(GpuEntry::name).toList();
        List<String> models = knowledge.models().all().stream().map(ModelEntry::id).toList();
        return new NameSource() {
            @Override
            public List<String> gpuNames() { return gpus; }

            @Override
            public List<String> modelNames() { return models; }
        };
    }
}
