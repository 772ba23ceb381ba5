package dev.llmadvisor.eval.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.UseCase;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files (YAML or JSON; a file holds a list of scenarios, or a map with {@code scenarios:}
 * and an optional {@code source:} note). Strict: an unknown key, a missing question or a wrong type is an
 * error naming the file and line; a bad file never stops the other files from loading.
 */
public final class ScenarioLoader {

    /** A file that could not be read, or one entry of it that is wrong. */
    public record LoadError(String file, int line, String message) {
        @Override
        public String toString() { return file + (line > 0 ? ":" + line : "") + ": " + message; }
    }

    /** What a set of paths held. */
    public record Loaded(List<Scenario> scenarios, List<LoadError> errors, List<String> files) { }

    private static final Set<String> FILE_KEYS = Set.of("source", "description", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "question", "facts", "follow_ups", "expect",
            "known_failure", "note", "tags");
    private static final Set<String> FACT_KEYS = Set.of("gpus", "vram_gb", "ram_gb", "cpu_only", "models", "format",
            "context", "kv_type", "use_case", "topics", "preference", "lang", "intent");
    private static final Set<String> GPU_KEYS = Set.of("name", "count", "memory_gb");
    private static final Set<String> EXPECT_KEYS = Set.of("verdict", "recommends", "not_recommends", "top", "placement",
            "quant", "quant_bits_at_most", "quant_bits_at_least", "at_least", "total_gb_between", "rules_fired",
            "rules_not_fired", "language", "mentions");
    private static final Set<String> VERDICTS = Set.of("yes", "no", "offload", "clarify", "error");
    private static final Set<String> PLACEMENTS = Set.of("gpu", "multi_gpu", "offload", "none");

    private final YAMLFactory yaml = new YAMLFactory();
    private final JsonFactory json = new JsonFactory();

    /** Loads every scenario file under the given files and folders (folders: *.yaml, *.yml, *.json, recursively). */
    public Loaded load(List<Path> paths) {
        List<Scenario> all = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path root : paths) {
            List<Path> found;
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    found = s.filter(Files::isRegularFile).filter(ScenarioLoader::isScenarioFile).sorted().toList();
                } catch (IOException e) {
                    errors.add(new LoadError(root.toString(), 0, "cannot read folder: " + e.getMessage()));
                    continue;
                }
                if (found.isEmpty()) errors.add(new LoadError(root.toString(), 0, "no scenario files (*.yaml, *.yml, *.json)"));
            } else if (Files.isRegularFile(root)) {
                found = List.of(root);
            } else {
                errors.add(new LoadError(root.toString(), 0, "no such file or folder"));
                continue;
            }
            for (Path f : found) {
                String name = f.toString().replace('\\', '/');
                files.add(name);
                int before = all.size();
                loadFile(f, name, all, errors);
                for (Scenario s : all.subList(before, all.size())) {
                    String prev = seen.putIfAbsent(s.id(), s.file() + ":" + s.line());
                    if (prev != null) errors.add(new LoadError(s.file(), s.line(), "duplicate scenario id '" + s.id() + "' (first at " + prev + ")"));
                }
            }
        }
        return new Loaded(all, errors, files);
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** Parses one file, adding its good scenarios and its errors. */
    void loadFile(Path file, String name, List<Scenario> out, List<LoadError> errors) {
        Node root;
        JsonFactory factory = name.toLowerCase(Locale.ROOT).endsWith(".json") ? json : yaml;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = Node.read(factory, r);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new LoadError(name, line, "not valid " + (factory == json ? "JSON" : "YAML") + ": " + e.getOriginalMessage()));
            return;
        } catch (Node.ScenarioError e) {
            errors.add(new LoadError(name, e.line, e.getMessage()));
            return;
        } catch (IOException e) {
            errors.add(new LoadError(name, 0, "cannot read: " + e.getMessage()));
            return;
        }
        if (root == null) {
            errors.add(new LoadError(name, 0, "empty file"));
            return;
        }
        List<Node> entries;
        if (root.isList()) {
            entries = root.list;
        } else if (root.isMap()) {
            for (String k : root.map.keySet()) {
                if (!FILE_KEYS.contains(k)) errors.add(new LoadError(name, root.keyLines.get(k), "unknown key '" + k + "' (expected " + FILE_KEYS + ")"));
            }
            Node s = root.map.get("scenarios");
            if (s == null || !s.isList()) {
                errors.add(new LoadError(name, root.line, "expected a 'scenarios:' list"));
                return;
            }
            entries = s.list;
        } else {
            errors.add(new LoadError(name, root.line, "expected a list of scenarios or a map with 'scenarios:'"));
            return;
        }
        for (Node e : entries) {
            try {
                out.add(scenario(e, name));
            } catch (Node.ScenarioError ex) {
                errors.add(new LoadError(name, ex.line, ex.getMessage()));
            }
        }
    }

    private Scenario scenario(Node n, String file) {
        requireMap(n, "a scenario");
        checkKeys(n, SCENARIO_KEYS, "scenario");
        String id = string(n, "id", true);
        String question = string(n, "question", false);
        Node factsNode = n.map.get("facts");
        if (question == null && factsNode == null) throw new Node.ScenarioError(n.line, "scenario '" + id + "' has neither 'question' nor 'facts'");
        if (question != null && factsNode != null) throw new Node.ScenarioError(n.line, "scenario '" + id + "' has both 'question' and 'facts'; give one");
        if (question != null && question.isBlank()) throw new Node.ScenarioError(n.keyLines.get("question"), "scenario '" + id + "': empty question");
        Question facts = factsNode == null ? null : facts(factsNode);
        List<String> followUps = strings(n, "follow_ups");
        Node e = n.map.get("expect");
        if (e == null) throw new Node.ScenarioError(n.line, "scenario '" + id + "' has no 'expect'");
        Expect expect = expect(e);
        if (expect.isEmpty()) throw new Node.ScenarioError(e.line, "scenario '" + id + "': 'expect' checks nothing");
        String known = string(n, "known_failure", false);
        string(n, "note", false);
        strings(n, "tags");
        return new Scenario(id, file, n.line, question, facts, followUps, expect, known);
    }

    private Question facts(Node n) {
        requireMap(n, "'facts'");
        checkKeys(n, FACT_KEYS, "facts");
        List<GpuMention> gpus = new ArrayList<>();
        Node g = n.map.get("gpus");
        if (g != null) {
            if (!g.isList()) throw new Node.ScenarioError(g.line, "'gpus' must be a list");
            for (Node x : g.list) {
                if (x.kind == Node.Kind.SCALAR && x.scalar instanceof String s) {
                    gpus.add(new GpuMention(s, 1, null));
                    continue;
                }
                requireMap(x, "a GPU ({name, count, memory_gb})");
                checkKeys(x, GPU_KEYS, "gpu");
                String name = string(x, "name", true);
                Integer count = integer(x, "count");
                Double mem = number(x, "memory_gb");
                gpus.add(new GpuMention(name, count == null ? 1 : count, mem));
            }
        }
        String langText = string(n, "lang", false);
        Lang lang = langText == null ? Lang.EN : enumValue(Lang.class, langText, n, "lang");
        String intentText = string(n, "intent", false);
        Intent intent = intentText == null ? Intent.UNKNOWN : enumValue(Intent.class, intentText, n, "intent");
        String formatText = string(n, "format", false);
        WeightFormat format = null;
        if (formatText != null) {
            format = WeightFormat.parse(formatText).orElseThrow(() ->
                    new Node.ScenarioError(n.keyLines.get("format"), "unknown format '" + formatText + "'"));
        }
        String kvText = string(n, "kv_type", false);
        KvCacheType kv = null;
        if (kvText != null) {
            kv = KvCacheType.parse(kvText).orElseThrow(() -> new Node.ScenarioError(n.keyLines.get("kv_type"), "unknown kv_type '" + kvText + "'"));
        }
        String useText = string(n, "use_case", false);
        UseCase use = useText == null ? null : enumValue(UseCase.class, useText, n, "use_case");
        String prefText = string(n, "preference", false);
        Preference pref = prefText == null ? null : enumValue(Preference.class, prefText, n, "preference");
        Boolean cpu = bool(n, "cpu_only");
        return Question.of(lang, "").toBuilder().intent(intent).gpus(gpus).vramGb(number(n, "vram_gb"))
                .ramGb(number(n, "ram_gb")).cpuOnly(cpu != null && cpu).models(strings(n, "models")).format(format)
                .context(context(n)).kvType(kv).useCase(use).topics(new LinkedHashSet<>(strings(n, "topics")))
                .preference(pref).build();
    }

    private Expect expect(Node n) {
        requireMap(n, "'expect'");
        checkKeys(n, EXPECT_KEYS, "expect");
        // YAML 1.1 reads a bare yes/no as a boolean.
        Node vn = n.map.get("verdict");
        String verdict = vn != null && vn.scalar instanceof Boolean b ? (b ? "yes" : "no") : lower(string(n, "verdict", false));
        if (verdict != null && !VERDICTS.contains(verdict)) throw new Node.ScenarioError(n.keyLines.get("verdict"), "verdict must be one of " + VERDICTS);
        String placement = lower(string(n, "placement", false));
        if (placement != null && !PLACEMENTS.contains(placement)) throw new Node.ScenarioError(n.keyLines.get("placement"), "placement must be one of " + PLACEMENTS);
        String language = lower(string(n, "language", false));
        if (language != null && !language.equals("en") && !language.equals("zh")) throw new Node.ScenarioError(n.keyLines.get("language"), "language must be en or zh");
        List<String> quant = strings(n, "quant");
        for (String q : quant) {
            if (WeightFormat.parse(q).isEmpty()) throw new Node.ScenarioError(n.keyLines.get("quant"), "unknown format '" + q + "'");
        }
        if (n.map.containsKey("at_least") && n.map.containsKey("quant_bits_at_least")) {
            throw new Node.ScenarioError(n.keyLines.get("at_least"), "give 'quant_bits_at_least' or its short form 'at_least', not both");
        }
        Integer atLeast = integer(n, "quant_bits_at_least");
        if (atLeast == null) atLeast = integer(n, "at_least");
        double[] between = null;
        Node b = n.map.get("total_gb_between");
        if (b != null) {
            if (!b.isList() || b.list.size() != 2 || !(b.list.get(0).scalar instanceof Number lo) || !(b.list.get(1).scalar instanceof Number hi)) {
                throw new Node.ScenarioError(b.line, "'total_gb_between' must be [lo, hi] in GB");
            }
            between = new double[] {lo.doubleValue(), hi.doubleValue()};
            if (between[0] > between[1]) throw new Node.ScenarioError(b.line, "'total_gb_between': lo > hi");
        }
        return new Expect(verdict, strings(n, "recommends"), strings(n, "not_recommends"), string(n, "top", false), placement,
                quant, integer(n, "quant_bits_at_most"), atLeast, between, strings(n, "rules_fired"), strings(n, "rules_not_fired"),
                language, strings(n, "mentions"));
    }

    // --- small typed readers -----------------------------------------------------------------------

    private static void requireMap(Node n, String what) {
        if (!n.isMap()) throw new Node.ScenarioError(n.line, "expected " + what + " as a map");
    }

    private static void checkKeys(Node n, Set<String> allowed, String what) {
        for (String k : n.map.keySet()) {
            if (!allowed.contains(k)) {
                throw new Node.ScenarioError(n.keyLines.get(k), "unknown key '" + k + "' in " + what + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String string(Node n, String key, boolean required) {
        Node v = n.map.get(key);
        if (v == null || (v.kind == Node.Kind.SCALAR && v.scalar == null)) {
            if (required) throw new Node.ScenarioError(n.line, "missing '" + key + "'");
            return null;
        }
        if (v.kind != Node.Kind.SCALAR) throw new Node.ScenarioError(v.line, "'" + key + "' must be a single value");
        return String.valueOf(v.scalar);
    }

    /** A list of strings; a single value counts as a list of one. */
    private static List<String> strings(Node n, String key) {
        Node v = n.map.get(key);
        if (v == null || (v.kind == Node.Kind.SCALAR && v.scalar == null)) return List.of();
        if (v.kind == Node.Kind.SCALAR) return List.of(String.valueOf(v.scalar));
        if (!v.isList()) throw new Node.ScenarioError(v.line, "'" + key + "' must be a list");
        List<String> out = new ArrayList<>();
        for (Node x : v.list) {
            if (x.kind != Node.Kind.SCALAR || x.scalar == null) throw new Node.ScenarioError(x.line, "'" + key + "' must hold plain values");
            out.add(String.valueOf(x.scalar));
        }
        return out;
    }

    private static Double number(Node n, String key) {
        Node v = n.map.get(key);
        if (v == null || v.scalar == null && v.kind == Node.Kind.SCALAR) return null;
        if (v.scalar instanceof Number x) return x.doubleValue();
        throw new Node.ScenarioError(v.line, "'" + key + "' must be a number");
    }

    private static Integer integer(Node n, String key) {
        Double d = number(n, key);
        if (d == null) return null;
        if (d != Math.rint(d)) throw new Node.ScenarioError(n.map.get(key).line, "'" + key + "' must be a whole number");
        return d.intValue();
    }

    private static Boolean bool(Node n, String key) {
        Node v = n.map.get(key);
        if (v == null) return null;
        if (v.scalar instanceof Boolean b) return b;
        throw new Node.ScenarioError(v.line, "'" + key + "' must be true or false");
    }

    /** A context as 32768, "32k" or "128K". */
    private static Integer context(Node n) {
        Node v = n.map.get("context");
        if (v == null || v.scalar == null) return null;
        if (v.scalar instanceof Number x) return x.intValue();
        String s = String.valueOf(v.scalar).trim().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("k")) return (int) Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1024);
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new Node.ScenarioError(v.line, "'context' must be a number of tokens or like 32k");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, Node n, String key) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) names.add(c.name().toLowerCase(Locale.ROOT));
            throw new Node.ScenarioError(n.keyLines.get(key), "'" + key + "' must be one of " + names + ", not '" + text + "'");
        }
    }

    private static String lower(String s) { return s == null ? null : s.trim().toLowerCase(Locale.ROOT); }
}
