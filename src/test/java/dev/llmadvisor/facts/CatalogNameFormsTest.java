package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.FineTune;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, in general: every catalog model is read as itself in the forms people write its name in, each form derived
 * by a rule from the catalog's own id, name, Hugging Face repository and Ollama tag (never from the question corpus):
 * the repository and its name with release and packaging suffixes, quantizers' uploads, GGUF file names, case and
 * separator spellings, Ollama tags with quantization, each inside an English and two Chinese questions. A form two
 * catalog models both produce names neither alone and is left out (listed by {@link #shared}).
 */
class CatalogNameFormsTest {

    private static Knowledge knowledge;
    private static QuestionParser parser;
    private static FactBuilder facts;

    @BeforeAll
    static void load() {
        knowledge = Knowledge.load(Path.of("knowledge"));
        parser = new QuestionParser(Assembly.vocabulary(knowledge));
        facts = new FactBuilder(knowledge);
    }

    /** A name as written, the rule that wrote it, and the catalog's name it was written from. */
    record Form(String rule, String text, String stem) { }

    /** Release words at the end of a repository's name: taken off to write the name with another one. */
    private static final Pattern RELEASE_TAIL = Pattern.compile("(?i)(?:[-_](?:instruct|chat|it|hf))+$");
    /** A line's version glued to or apart from its letters ("Qwen2.5", "Llama-3.1", "gemma-2"), not a size ("falcon-7b"). */
    private static final Pattern LINE_VERSION = Pattern.compile("(?i)(?<![a-z0-9])([a-z]{2,})[-_ ]?(\\d{1,2}(?:\\.\\d)?)(?=[-_ ])");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /** A one-digit version's dot after a line's letters or a release's 'v' ("Qwen2.5", "Llama-3.1", "v0.2"), not a size's ("1.5B"). */
    private static final Pattern VERSION_DOT = Pattern.compile("(?<=[A-Za-z][-_]?\\d|[-_ ][vV]\\d)\\.(?=\\d(?![0-9.]*[BbMm](?![a-zA-Z])))");
    /** A repository's name that ends in its size after a line's name with its version ("Qwen2.5-7B", "gemma-2-9b"). */
    private static final Pattern CORE_SIZE = Pattern.compile("([A-Za-z]+[-_]?\\d{1,2}(?:\\.\\d{1,2})?(?:[-_][A-Za-z]+)?)[-_](\\d{1,3}(?:\\.\\d)?[Bb])");
    /** The parameter count in a display name ("Qwen3 8B", "Phi-3.5 Mini 3.8B"), not a MoE's active count ("A3B") or "8x7B". */
    private static final Pattern NAME_SIZE = Pattern.compile("(?<=[ -])(\\d{1,4}(?:\\.\\d{1,2})?)B(?![a-zA-Z0-9])");
    /** An Ollama tag's size ("qwen3:8b", "gemma3:27b-it"). */
    private static final Pattern OLLAMA_SIZE = Pattern.compile("(?<=:)(\\d{1,4}(?:\\.\\d{1,2})?)b(?![a-z0-9])");

    private static final List<String> PACKAGING = List.of("-GGUF", "-AWQ", "-GPTQ-Int4", "-MLX-4bit", "-bnb-4bit", "-FP8", "-Int8",
            "-bf16", "-abliterated", " Q4_K_M", " q8");
    private static final List<String> RELEASES = List.of("-Instruct", "-Chat", "-hf");
    private static final List<String> UPLOADERS = List.of("lmstudio-community/%s-GGUF", "bartowski/%s-GGUF", "TheBloke/%s-GGUF",
            "unsloth/%s-GGUF", "mlx-community/%s-4bit");
    /** The sentences a name is asked in. */
    private static final List<Function<String, String>> CONTEXTS = List.of(
            n -> "can my 3090 run " + n + "?", n -> "我想跑" + n, n -> n + "需要多少显存", n -> "ollama pull " + n + " runs out of memory",
            n -> "用两张4090部署" + n + "模型", n -> "`" + n + "` is slow on my 4060");

    /** The forms of one model's name. */
    static List<Form> forms(ModelEntry m) {
        List<Form> out = new ArrayList<>();
        out.add(new Form("id", m.id(), m.id()));
        String name = PARENTHESES.matcher(m.name()).replaceAll("");
        out.add(new Form("name", name, name));
        out.add(new Form("name, dashes", name.replace(' ', '-'), name));
        Matcher size = NAME_SIZE.matcher(name);
        if (size.find()) {
            String before = name.substring(0, size.start()), after = name.substring(size.end()), n = size.group(1);
            out.add(new Form("name, size with a space", before + n + " B" + after, name));
            out.add(new Form("name, size lower case", before + n + "b" + after, name));
            double yi = Double.parseDouble(n) * 10;
            // written after a name that ends in its size ("Qwen3 80亿参数"), not inside one
            if (after.isEmpty() && yi >= 1 && yi == Math.rint(yi)) {
                out.add(new Form("name, size in 亿参数", before + (long) yi + "亿参数" + after, name));
            }
        }
        if (m.hf() != null) {
            String repo = m.hf();
            String part = repo.substring(repo.indexOf('/') + 1);
            String core = RELEASE_TAIL.matcher(part).replaceAll("");
            out.add(new Form("hf repo", repo, part));
            out.add(new Form("hf repo, lower case", repo.toLowerCase(Locale.ROOT), part));
            out.add(new Form("hf link", "https://huggingface.co/" + repo, part));
            out.add(new Form("ollama hf.co pull", "hf.co/bartowski/" + part + "-GGUF:Q4_K_M", part));
            out.add(new Form("hf name", part, part));
            for (String p : PACKAGING) out.add(new Form("hf name" + p, part + p, part));
            for (String r : RELEASES) out.add(new Form("core" + r, core + r, core));
            for (String u : UPLOADERS) out.add(new Form(u.replace("%s", "…"), u.formatted(part), part));
            out.add(new Form("gguf file", part + "-Q4_K_M.gguf", part));
            // where tools keep a repository on disk, as paths in logs and scripts show it: huggingface_hub's cache folder
            // (file_download.repo_folder_name: "models--" + org + "--" + name), ModelScope's (a '.' of the id written "___",
            // hub/utils get_model_masked_directory), LM Studio's models folder (uploader/repo/file) and a plain local folder
            String org = repo.substring(0, repo.indexOf('/'));
            out.add(new Form("hf cache folder", "/root/.cache/huggingface/hub/models--" + org + "--" + part + "/snapshots/5617a9f61b", part));
            out.add(new Form("modelscope cache folder", "/root/.cache/modelscope/hub/" + org + "/" + part.replace(".", "___"), part));
            out.add(new Form("lm studio models path", "/home/me/.lmstudio/models/lmstudio-community/" + part + "-GGUF/" + part + "-Q4_K_M.gguf", part));
            out.add(new Form("unsloth dynamic gguf in its folder", "unsloth/" + part + "-GGUF/" + part + "-UD-Q4_K_XL.gguf", part));
            out.add(new Form("local folder", "/data/models/" + part, part));
            out.add(new Form("gguf file, lower case", part.toLowerCase(Locale.ROOT) + ".Q5_K_M.gguf", part));
            out.add(new Form("core, lower case", core.toLowerCase(Locale.ROOT), core));
            out.add(new Form("core, spaces", spaced(core), core));
            out.add(new Form("core, lower case with spaces", spaced(core).toLowerCase(Locale.ROOT), core));
            // the size written apart from the name of the line, as the catalog records it (the family or Ollama's library
            // name): "Qwen2.5 (7B)", "Qwen2.5的7B", "the 7B Qwen2.5 model", "gemma2 (9b)"
            Matcher apart = CORE_SIZE.matcher(POINT_UNDERSCORE.matcher(core).replaceAll("."));
            if (apart.matches() && (key(apart.group(1)).equals(key(m.family()))
                    || (m.ollamaLibrary() != null && key(apart.group(1)).equals(key(m.ollamaLibrary()))))) {
                String line = spaced(apart.group(1)), n = apart.group(2);
                out.add(new Form("size in parentheses", line + " (" + n + ")", core));
                out.add(new Form("size after 的", line + "的" + n, core));
                out.add(new Form("size first", "the " + n + " " + line + " model", core));
            }
            // a version's dot written as '_' or '-', as file and folder names do ("Qwen2_5-7B-Instruct", "qwen2-5-7b-instruct",
            // "Mistral-7B-Instruct-v0_2"): the digits stay two numbers, never one ("qwen2_5-7b" is not "qwen2-57b")
            Matcher dot = VERSION_DOT.matcher(part);
            if (dot.find()) {
                out.add(new Form("version dot as '_'", dot.replaceFirst("_"), part));
                out.add(new Form("version dot as '-', lower case", dot.replaceFirst("-").toLowerCase(Locale.ROOT), part));
            }
            Matcher v = LINE_VERSION.matcher(core);
            if (v.find()) {
                String before = core.substring(0, v.start()), after = core.substring(v.end());
                out.add(new Form("version glued", before + v.group(1) + v.group(2) + after, core));
                out.add(new Form("version apart, dashes", (before + v.group(1) + "-" + v.group(2) + after).toLowerCase(Locale.ROOT), core));
                out.add(new Form("version apart, spaces", spaced(before + v.group(1) + " " + v.group(2) + after), core));
            }
        }
        if (m.ollama() != null) {
            out.add(new Form("ollama tag", m.ollama(), m.ollama()));
            out.add(new Form("ollama tag -q4_K_M", m.ollama() + "-q4_K_M", m.ollama()));
            out.add(new Form("ollama tag -instruct-q8_0", m.ollama() + "-instruct-q8_0", m.ollama()));
            out.add(new Form("ollama tag -instruct-q4_K_M", m.ollama() + "-instruct-q4_K_M", m.ollama()));
            out.add(new Form("ollama tag, space for the colon", m.ollama().replace(':', ' '), m.ollama()));
            out.add(new Form("ollama tag -instruct", m.ollama() + "-instruct", m.ollama()));
            out.add(new Form("ollama tag :latest", m.ollama().contains(":") ? m.ollama() : m.ollama() + ":latest", m.ollama()));
            // the default tag with a slip of the keys ("llama3.1:lastest") is the default tag
            if (!m.ollama().contains(":")) out.add(new Form("ollama tag :latest with a slip", m.ollama() + ":lastest", m.ollama()));
            out.add(new Form("ollama tag, size upper case", OLLAMA_SIZE.matcher(m.ollama()).replaceAll("$1B"), m.ollama()));
        }
        return out;
    }

    /** A fine-tune's forms: its name, and each repository it is published as, alone, by name, packaged and uploaded. */
    static List<Form> forms(FineTune t) {
        List<Form> out = new ArrayList<>();
        out.add(new Form("fine-tune name", t.name(), t.name()));
        for (String a : t.aliases()) {
            if (!a.contains("/")) continue;
            String part = a.substring(a.lastIndexOf('/') + 1);
            out.add(new Form("fine-tune repo", a, part));
            out.add(new Form("fine-tune repo name", part, part));
            out.add(new Form("fine-tune repo name-GGUF", part + "-GGUF", part));
            out.add(new Form("fine-tune TheBloke/…-GGUF", "TheBloke/" + part + "-GGUF", part));
            out.add(new Form("fine-tune gguf file", part + "-Q4_K_M.gguf", part));
        }
        return out;
    }

    /** A number written with '_' for its point ("internlm2_5-1_8b") is written with the point when the words are spaced. */
    private static final Pattern POINT_UNDERSCORE = Pattern.compile("(?<=\\d)_(?=\\d)");

    private static String spaced(String name) {
        return POINT_UNDERSCORE.matcher(name).replaceAll(".").replaceAll("[-_]", " ");
    }

    /** A size among a name's words: a name without one names a line, which may hold several models. */
    private static final Pattern SIZE = Pattern.compile("(?i)(?<![a-z0-9.])(?:\\d{1,2}x)?\\d{1,4}(?:[._]\\d{1,2})?[bm](?![a-z0-9])");

    /** A form's spelling with case and separators left out: two models that write it so share it. */
    private static String key(String form) {
        return form.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.:]", "");
    }

    /** The names the catalog itself gives a model: id, name, aliases, Ollama tag, repository and its name. */
    private static List<String> catalogNames(ModelEntry m) {
        List<String> out = new ArrayList<>(m.aliases());
        out.add(m.id());
        out.add(m.name());
        if (m.ollama() != null) out.add(m.ollama());
        if (m.hf() != null) {
            out.add(m.hf());
            out.add(m.hf().substring(m.hf().indexOf('/') + 1));
        }
        return out;
    }

    /** Catalog names by their key, with the models that have them. */
    private static Map<String, Set<String>> named;
    /** Forms by their key, with the models whose forms they are. */
    private static Map<String, Set<String>> produced;

    private static synchronized void index() {
        if (named != null) return;
        named = new java.util.HashMap<>();
        produced = new java.util.HashMap<>();
        for (ModelEntry m : knowledge.models().all()) {
            for (String n : catalogNames(m)) named.computeIfAbsent(key(n), k -> new LinkedHashSet<>()).add(m.id());
            for (Form f : forms(m)) produced.computeIfAbsent(key(f.text()), k -> new LinkedHashSet<>()).add(m.id());
        }
    }

    /**
     * The catalog models a form of {@code m}'s name names: {@code m} alone when the form is one of its catalog names;
     * else also any other model that produces the same form, or that has the form or the name it was written from as a
     * catalog name ("llama-7b-Chat" is Llama 2's name; "DeepSeek-Coder-V2-Chat" is written from the 236B's repository
     * without "-Instruct", and "deepseek-coder-v2" is Ollama's name of the Lite), and, for a form written from a name
     * without a size, the models whose names that begins (a line's name: "DeepSeek-V2" of V2, V2-Lite and V2.5).
     */
    static Set<String> meant(ModelEntry m, Form f) {
        index();
        String k = key(f.text());
        if (named.getOrDefault(k, Set.of()).contains(m.id())) return Set.of(m.id());
        Set<String> out = new LinkedHashSet<>(produced.getOrDefault(k, Set.of()));
        out.add(m.id());
        String stem = key(f.stem());
        out.addAll(named.getOrDefault(stem, Set.of()));
        out.addAll(named.getOrDefault(k, Set.of()));
        if (!named.getOrDefault(stem, Set.of()).contains(m.id()) && !SIZE.matcher(f.stem()).find()) {
            named.forEach((n, ids) -> { if (n.startsWith(stem)) out.addAll(ids); });
        }
        return out;
    }

    /** The forms that name more than one catalog model, with those models: left out of the test, reported here. */
    static Map<String, Set<String>> shared() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (ModelEntry m : knowledge.models().all()) {
            for (Form f : forms(m)) {
                Set<String> s = meant(m, f);
                if (s.size() > 1) out.put(f.text(), s);
            }
        }
        return out;
    }

    /** Every form that is not read as its model alone, by the rule that wrote it: "question -> what was understood". */
    static Map<String, List<String>> failures() {
        Map<String, List<String>> byRule = new TreeMap<>();
        int[] n = {0};
        for (ModelEntry m : knowledge.models().all()) {
            Set<String> seen = new java.util.HashSet<>();
            // a form once per model, in one of the sentences in turn: every rule meets every sentence over the catalog
            for (Form f : forms(m)) if (meant(m, f).size() == 1 && seen.add(f.text())) check(f, m.id(), false, n[0]++, byRule);
        }
        return byRule;
    }

    /** Every fine-tune form not read as its base alone, said so, by rule. */
    static Map<String, List<String>> fineTuneFailures() {
        Map<String, List<String>> byRule = new TreeMap<>();
        int n = 0;
        for (FineTune t : knowledge.models().finetunes()) {
            for (Form f : new LinkedHashSet<>(forms(t))) check(f, t.base().id(), true, n++, byRule);
        }
        return byRule;
    }

    private static void check(Form f, String id, boolean noted, int n, Map<String, List<String>> byRule) {
        String q = CONTEXTS.get(n % CONTEXTS.size()).apply(f.text());
        List<Understood.Model> got = facts.understand(parser.parse(q)).understood().models();
        boolean ok = got.size() == 1 && !got.get(0).generic() && id.equals(got.get(0).id()) && (!noted || got.get(0).note() != null);
        if (!ok) {
            byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(q + "  ->  " + (got.isEmpty() ? "nothing" : got.stream()
                    .map(g -> (g.generic() ? "generic " : "") + g.asked() + "=" + g.id()).toList()) + "  (want " + id + ")");
        }
    }

    @Test
    void everyCatalogModelIsReadAsItselfInTheFormsPeopleWriteItsNameIn() {
        Map<String, List<String>> failures = failures();
        Map<String, Integer> counts = new LinkedHashMap<>();
        failures.forEach((rule, list) -> counts.put(rule, list.size()));
        assertThat(failures).as("forms not read as their model, by rule " + counts).isEmpty();
    }

    /**
     * Every Ollama library name of the catalog's tags ("qwen2.5vl", "granite-code", "yi"), alone, is read as a model
     * pulled by that name: with Ollama its :latest tag where the catalog records it, else the line, open; never an
     * unknown name or another library's model ("qwen2.5vl" was read as Qwen2).
     */
    @Test
    void everyOllamaLibraryNameAloneIsReadAsItsLatestTagOrItsLine() {
        Map<String, List<ModelEntry>> libraries = new TreeMap<>();
        for (ModelEntry m : knowledge.models().all()) {
            if (m.ollamaLibrary() != null) libraries.computeIfAbsent(m.ollamaLibrary(), k -> new ArrayList<>()).add(m);
        }
        Map<String, String> wrong = new TreeMap<>();
        libraries.forEach((lib, pulled) -> {
            boolean latestKnown = pulled.stream().anyMatch(m -> m.aliases().contains(lib + ":latest"));
            String line = lib.replaceAll("[-_ ]", "");
            // a model of the line the name stands for: its id or family begins with it (GLM-Z1 of the glm4 family)
            java.util.function.Predicate<String> ofLine = n -> n.replaceAll("[-_ ]", "").startsWith(line);
            for (String q : List.of("ollama run " + lib + " on my 3090", "can my 3090 run " + lib + "?")) {
                Facts read = facts.build(parser.parse(q));
                List<Understood.Model> got = read.understood().models();
                // the models named, else the line's models the answer offers; none at all is a miss, not a vacuous pass
                List<String> ids = got.isEmpty() ? read.candidates().stream().map(Candidate::modelId).distinct().toList()
                        : got.stream().map(g -> g.generic() ? "generic" : g.id()).toList();
                boolean ok = !ids.isEmpty() && ids.stream().allMatch(id -> pulled.stream().anyMatch(m -> m.id().equals(id))
                        || got.isEmpty() && knowledge.models().byId(id).filter(m -> ofLine.test(m.id()) || ofLine.test(m.family())).isPresent())
                        && (!latestKnown || !q.startsWith("ollama") || got.size() == 1);
                if (!ok) wrong.put(q, ids.toString());
            }
        });
        assertThat(libraries).hasSizeGreaterThan(50);
        assertThat(wrong).as("library names of " + libraries.size()).isEmpty();
    }

    /**
     * Given a fine-tune's Ollama library name alone with Ollama as the engine ("ollama run vicuna"), then it is the
     * fine-tune its :latest tag pulls, said so, sized as its base; elsewhere ("can my 3090 run llava?") it names no one
     * size, so no model is sized for it.
     */
    @Test
    void aFineTunesLibraryNameAloneWithOllamaIsItsLatestTag() {
        Map<String, FineTune> latest = new TreeMap<>();
        for (FineTune f : knowledge.models().finetunes()) {
            for (String a : f.aliases()) {
                String lib = a.endsWith(":latest") ? a.substring(0, a.indexOf(':')) : null;
                // a library of one model whose bare name is one of its names ("qwen3-coder-next") is read as it anywhere
                if (lib != null && f.aliases().stream().noneMatch(lib::equalsIgnoreCase)) latest.put(lib, f);
            }
        }
        assertThat(latest).containsKeys("vicuna", "llava", "cogito", "nous-hermes2", "wizard-vicuna-uncensored");
        Map<String, String> wrong = new TreeMap<>();
        latest.forEach((lib, f) -> {
            String q = "ollama run " + lib + " on my 3090";
            List<Understood.Model> got = facts.understand(parser.parse(q)).understood().models();
            boolean ok = got.size() == 1 && !got.get(0).generic() && f.base().id().equals(got.get(0).id()) && f.name().equals(got.get(0).name())
                    && got.get(0).note() != null && got.get(0).note().en().contains(":latest");
            if (!ok) wrong.put(q, got.stream().map(g -> g.asked() + "=" + g.id() + " " + g.name()).toList().toString());
            String elsewhere = "can my 3090 run " + lib + "?";
            List<Understood.Model> loose = facts.understand(parser.parse(elsewhere)).understood().models();
            if (loose.stream().anyMatch(g -> g.id() != null || g.generic())) wrong.put(elsewhere, loose.stream().map(g -> g.asked() + "=" + g.id()).toList().toString());
        });
        assertThat(wrong).as("fine-tunes' library names of " + latest.size()).isEmpty();
    }

    /**
     * A maker's name with a size ("Deepseek 70b", "mistral 24b") names the maker's one model whose name says that size,
     * when there is one and the words are no catalog alias: DeepSeek's only "70B" is R1-Distill-Llama-70B, though DeepSeek
     * LLM 67B is within 5 % of 70B. Derived from the catalog's names only.
     */
    @Test
    void aMakersNameWithASizeIsItsOneModelWhoseNameSaysThatSize() {
        Map<String, String> wrong = new TreeMap<>();
        int checked = 0;
        for (ModelEntry m : knowledge.models().all()) {
            Matcher maker = Pattern.compile("^[a-z]{3,}").matcher(m.name().toLowerCase(Locale.ROOT));
            Matcher size = NAME_SIZE.matcher(m.name());
            if (!maker.find() || !size.find()) continue;
            // the maker's name is the family's ("deepseek" of deepseek-r1), not a line's longer word ("aquilachat", "command")
            if (!m.family().toLowerCase(Locale.ROOT).replaceAll("[^a-z].*$", "").equals(maker.group())) continue;
            String token = size.group(1).toLowerCase(Locale.ROOT) + "b";
            Pattern says = Pattern.compile("(?<![0-9.])(?<![-_ ]a)" + Pattern.quote(token) + "(?![a-z0-9])");
            List<ModelEntry> same = knowledge.models().all().stream()
                    .filter(o -> o.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "").startsWith(maker.group()))
                    .filter(o -> says.matcher(o.name().toLowerCase(Locale.ROOT)).find()
                            || o.aliases().stream().anyMatch(a -> says.matcher(a.toLowerCase(Locale.ROOT)).find()))
                    .toList();
            String mention = maker.group() + " " + token;
            if (same.size() != 1 || knowledge.models().find(mention).isPresent()) continue;
            checked++;
            String q = "can my 3090 run " + mention + "?";
            List<Understood.Model> got = facts.understand(parser.parse(q)).understood().models();
            if (got.size() != 1 || got.get(0).generic() || !m.id().equals(got.get(0).id())) {
                wrong.put(q, got.stream().map(g -> (g.generic() ? "generic " : "") + g.asked() + "=" + g.id()).toList() + " (want " + m.id() + ")");
            }
        }
        assertThat(checked).as("maker-and-size forms checked").isGreaterThan(20);
        assertThat(wrong).as("maker-and-size forms of " + checked).isEmpty();
    }

    @Test
    void everyFineTuneIsReadAsItsBaseSaidSoInTheFormsPeopleWriteItsNameIn() {
        Map<String, List<String>> failures = fineTuneFailures();
        Map<String, Integer> counts = new LinkedHashMap<>();
        failures.forEach((rule, list) -> counts.put(rule, list.size()));
        assertThat(failures).as("fine-tune forms not read as their base, by rule " + counts).isEmpty();
    }
}
