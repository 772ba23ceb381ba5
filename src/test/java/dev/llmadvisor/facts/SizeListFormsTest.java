package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name written once for several of its sizes, the sizes joined by '/' ("tat-llm-7b/13b", "Qwen-7B/14B", "qwen2.5 7b/14b"),
 * names that line at each size: the question is read as the name at each size would be read alone, neither as a Hub id
 * (an owner "qwen2.5-7b" with a repository "14b") nor as a folder, nor as sizes without their name.
 */
class SizeListFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final Pattern SIZED_TAG = Pattern.compile("([a-z][a-z0-9.\\-]*):(\\d{1,3}(?:\\.\\d)?b)");

    private static List<String> ids(String question) {
        return FACTS.understand(PARSER.parse(question)).understood().models().stream().map(m -> m.generic() ? "generic" : m.id()).toList();
    }

    @Test
    void givenAFineTunesSizesJoinedBySlashesThenEachSizeIsThatFineTune() {
        assertThat(ids("What is the minimum requirement for your fine-tuned model ( tat-llm-7b/13b? )"))
                .containsExactlyInAnyOrderElementsOf(concat(ids("how much memory does tat-llm-7b need?"), ids("how much memory does tat-llm-13b need?")))
                .hasSize(2);
    }

    /** Every Ollama library with two sizes in the catalog, written "lib-A/B" and "lib A/B", in English and Chinese. */
    @Test
    void givenALinesSizesJoinedBySlashesThenEachIsReadAsThatSizeAlone() {
        Map<String, TreeMap<Double, String>> sizes = new LinkedHashMap<>();
        for (ModelEntry m : K.models().all()) {
            if (m.ollama() == null) continue;
            Matcher t = SIZED_TAG.matcher(m.ollama());
            if (!t.matches()) continue;
            sizes.computeIfAbsent(t.group(1), k -> new TreeMap<>()).put(Double.parseDouble(t.group(2).replace("b", "")), t.group(2));
        }
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, TreeMap<Double, String>> e : sizes.entrySet()) {
            if (e.getValue().size() < 2) continue;
            String lib = e.getKey(), a = e.getValue().firstEntry().getValue(), b = e.getValue().lastEntry().getValue();
            List<String> alone = concat(ids("can my 4090 run " + lib + "-" + a + "?"), ids("can my 4090 run " + lib + "-" + b + "?"));
            if (alone.contains("generic") || alone.size() != 2) continue;
            for (String q : List.of("can my 4090 run " + lib + "-" + a + "/" + b + "?", "我的4090能跑" + lib + " " + a + "/" + b + "吗")) {
                n++;
                List<String> got = ids(q);
                if (!(got.size() == 2 && got.containsAll(alone))) wrong.add(q + "  ->  " + got + ", alone " + alone);
            }
        }
        assertThat(n).isGreaterThan(40);
        assertThat(wrong).as("of %d questions", n).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
