package dev.llmadvisor.eval.real;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.knowledge.InputError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads the real-question corpus: every *.yaml under a folder, each a list under {@code questions:}. */
public final class RealQuestionLoader {

    private static final YAMLMapper YAML = new YAMLMapper();

    private RealQuestionLoader() { }

    public static List<RealQuestion> load(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputError("no such folder: " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new InputError("cannot list " + dir + ": " + e.getMessage(), e);
        }
        List<RealQuestion> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            JsonNode root;
            try {
                root = YAML.readTree(Files.readString(f));
            } catch (IOException e) {
                throw new InputError(f.getFileName() + " is not valid YAML: " + e.getMessage(), e);
            }
            for (JsonNode n : root.path("questions")) {
                RealQuestion q = question(n, f.getFileName().toString());
                if (!ids.add(q.id())) throw new InputError(f.getFileName() + ": id " + q.id() + " is used twice");
                out.add(q);
            }
        }
        return out;
    }

    private static RealQuestion question(JsonNode n, String file) {
        String id = text(n, "id");
        if (id == null) throw new InputError(file + ": an entry has no id");
        JsonNode u = n.path("understood");
        JsonNode o = n.path("outcome");
        RealQuestion.Expected e = new RealQuestion.Expected(text(u, "kind"), cards(u.path("gpus")), cards(u.path("alternatives")),
                u.path("cpu_only").asBoolean(false), number(u, "ram_gb"), text(u, "engine"), models(u.path("models")),
                text(u, "format"), u.hasNonNull("context") ? (int) Math.round(u.path("context").asDouble()) : null);
        RealQuestion.Outcome out = new RealQuestion.Outcome(text(o, "verdict"), text(o, "cause"), number(o, "memory_gb"),
                text(o, "basis"), text(o, "evidence"));
        oneOf(file, id, "kind", e.kind(), KINDS);
        oneOf(file, id, "verdict", out.verdict(), VERDICTS);
        oneOf(file, id, "cause", out.cause(), CAUSES);
        Lang lang = "zh".equals(text(n, "lang")) ? Lang.ZH : Lang.EN;
        String split = text(n, "split");
        if (split != null && !split.equals("dev") && !split.equals("held-out")) {
            throw new InputError(file + ": entry " + id + " has split '" + split + "'; it must be dev or held-out");
        }
        return new RealQuestion(id, text(n, "source"), lang, text(n, "text"), e, out, file, split);
    }

    /** The closed vocabularies of eval/real-questions/README.md (Kinds, Verdicts, Causes). */
    private static final Set<String> KINDS = Set.of("can_run", "what_can_run", "memory_needed", "compare_hardware", "compare_models",
            "which_format", "speed", "diagnose", "out_of_scope");
    private static final Set<String> VERDICTS = Set.of("fits", "offload", "no", "unknown");
    private static final Set<String> CAUSES = Set.of("model_too_large", "context_too_large", "vllm_kv_cache_too_small", "partial_offload",
            "gpu_not_used", "ram_bandwidth", "multi_gpu_split", "unquantized", "memory_used_elsewhere", "unsupported_hardware", "other");

    /** A label outside its vocabulary would be scored as a miss forever; YAML 1.1 reads a bare no as false. */
    private static void oneOf(String file, String id, String field, String value, Set<String> allowed) {
        if (value == null || allowed.contains(value)) return;
        String hint = "false".equals(value) || "true".equals(value) ? " (YAML reads a bare no/yes as a boolean: write \"no\")" : "";
        throw new InputError(file + ": entry " + id + " has " + field + " '" + value + "'" + hint + "; it must be one of "
                + new TreeSet<>(allowed));
    }

    private static List<RealQuestion.Card> cards(JsonNode list) {
        List<RealQuestion.Card> out = new ArrayList<>();
        for (JsonNode c : list) {
            out.add(new RealQuestion.Card(text(c, "name"), number(c, "vram_gb"),
                    c.hasNonNull("count") ? c.path("count").asInt() : null, c.path("unified").asBoolean(false)));
        }
        return out;
    }

    private static List<RealQuestion.Model> models(JsonNode list) {
        List<RealQuestion.Model> out = new ArrayList<>();
        for (JsonNode m : list) {
            out.add(new RealQuestion.Model(text(m, "asked"), text(m, "name"), text(m, "base"), number(m, "params_b"),
                    text(m, "hf"), m.path("generic").asBoolean(false)));
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }
}
