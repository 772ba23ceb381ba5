package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line's name inside the name of another model of that maker is not the line's language model (issue 10, "another
 * model"): a vision, audio, embedding, reranking or safety model, or a new architecture under the line's name, written
 * by gluing a word to the line's name as the makers do ("Llama-3.2-11B-Vision-Instruct", "Qwen3-Embedding-8B",
 * "Llama-Guard-3-8B", "Qwen3-Next-80B-A3B-Instruct", "qwen2-audio", "gemma3n"). Generated from every catalog line (its
 * Ollama library name and its repository's name) times each such word, in English and Chinese questions: each is read
 * whole, never as the line's model; unknown to the catalog, it is said so, sized as a generic stand-in of its size, or
 * sized as the catalog model its name carries with its size (a fine-tune's base: "Qwen3-Embedding-8B" is built on
 * Qwen3-8B), said so. Transformers class names made from a line's name
 * ("Qwen2VLForConditionalGeneration", "LlamaForCausalLM") name no model at all.
 */
class OtherModelNameFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** The words makers glue on for another kind of model, as written in their repositories (Meta, Qwen, IBM, BAAI). */
    private static final List<String> WORDS = List.of("Vision", "vision", "Embedding", "embedding", "embed", "Reranker",
            "reranker", "Guard", "Next", "Audio", "audio");

    private static final List<Function<String, String>> CONTEXTS = List.of(
            n -> "can my 3090 run " + n + "?", n -> "ollama run " + n + " is slow on my 4060", n -> "我想在4090上跑" + n,
            n -> n + "需要多少显存", n -> "How much VRAM does " + n + " need?");

    /** A repository's name that starts with a line's name and its version ("Qwen2.5", "Llama-3.2", "gemma-2"). */
    private static final Pattern LINE = Pattern.compile("^([A-Za-z]+[-_]?\\d{1,2}(?:\\.\\d)?)[-_]");
    private static final Pattern SIZE = Pattern.compile("(?i)[-_](\\d{1,3}(?:\\.\\d)?b)(?![a-z])");

    /** The catalog's names, as keys: a generated name the catalog lists is that model, and left out. */
    private static final Set<String> CATALOG = new LinkedHashSet<>();
    /** The same names as sets of words: a generated name whose words all stand in one of them is that model, reordered. */
    private static final List<Set<String>> CATALOG_WORDS = new ArrayList<>();
    static {
        for (ModelEntry m : K.models().all()) {
            List<String> names = new ArrayList<>(List.of(m.id(), m.name()));
            names.addAll(m.aliases());
            if (m.hf() != null) names.add(m.hf().substring(m.hf().indexOf('/') + 1));
            if (m.ollama() != null) names.add(m.ollama());
            for (String n : names) {
                CATALOG.add(key(n));
                CATALOG_WORDS.add(words(n));
            }
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }

    private static Set<String> words(String s) {
        return new LinkedHashSet<>(List.of(s.toLowerCase(Locale.ROOT).split("[^a-z0-9.]+")));
    }

    /** "Qwen3-80B-Next-Instruct" is Qwen3-Next-80B-A3B-Instruct written in another order: the catalog's model, not another. */
    private static boolean catalogModelReordered(String name) {
        Set<String> w = words(name);
        return CATALOG_WORDS.stream().anyMatch(c -> c.containsAll(w));
    }

    /** Names of other models built from each catalog line: library name + word, line + word + size, line + size + word. */
    static List<String> names() {
        Set<String> out = new LinkedHashSet<>();
        int n = 0;
        for (ModelEntry m : K.models().all()) {
            String word = WORDS.get(n++ % WORDS.size());
            if (m.ollamaLibrary() != null) out.add(m.ollamaLibrary() + "-" + word.toLowerCase(Locale.ROOT));
            if (m.hf() == null) continue;
            String part = m.hf().substring(m.hf().indexOf('/') + 1);
            Matcher line = LINE.matcher(part), size = SIZE.matcher(part);
            if (!line.find() || !size.find()) continue;
            String l = line.group(1), s = size.group(1);
            out.add(l + "-" + word + "-" + s);
            out.add(l + "-" + s + "-" + word + "-Instruct");
            out.add(l + "_" + word.toLowerCase(Locale.ROOT) + "_" + s.toLowerCase(Locale.ROOT));
        }
        out.removeIf(name -> CATALOG.contains(key(name)) || catalogModelReordered(name));
        return new ArrayList<>(out);
    }

    @Test
    void anotherModelNamedAfterALineIsNotReadAsTheLinesModel() {
        List<String> names = names();
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(misread(names)).as("of %d names", names.size()).isEmpty();
    }

    /**
     * A tier or a new architecture sold under a line's Ollama library name ("solar-pro" is Upstage's 22B, not SOLAR 10.7B;
     * "falcon-mamba", "codestral-mamba" are state-space models; "deepseek-prover" a theorem prover) is that other model.
     */
    @Test
    void aTierOrArchitectureWordAfterALineMakesAnotherModel() {
        Set<String> names = new LinkedHashSet<>();
        for (ModelEntry m : K.models().all()) {
            if (m.ollamaLibrary() == null) continue;
            for (String word : List.of("pro", "mamba", "prover")) names.add(m.ollamaLibrary() + "-" + word);
        }
        names.removeIf(name -> CATALOG.contains(key(name)));
        assertThat(names).contains("solar-pro");
        assertThat(misread(new ArrayList<>(names))).as("of %d names", names.size()).isEmpty();
    }

    /** The questions, one per name in turn over {@link #CONTEXTS}, that read a name otherwise than whole and as itself. */
    private static List<String> misread(List<String> names) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String q = CONTEXTS.get(i % CONTEXTS.size()).apply(names.get(i));
            List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
            // read whole, never cut to the line's name; then unknown to the catalog (no id), sized as an openly generic
            // stand-in of the size it carries, or sized as the catalog model its name says it is built on, said so
            boolean whole = got.size() == 1 && got.get(0).asked().equalsIgnoreCase(names.get(i));
            if (!whole || got.stream().anyMatch(g -> !g.generic() && g.id() != null && g.note() == null)) {
                wrong.add(q + "  ->  " + got.stream().map(g -> g.asked() + "=" + g.id()).toList());
            }
        }
        return wrong;
    }

    /** A line's name with a letter glued after its version ("gemma3n", "qwen3x") is another name, not the line's model. */
    @Test
    void aLetterGluedAfterALinesVersionMakesAnotherName() {
        List<String> wrong = new ArrayList<>();
        for (String lib : K.models().all().stream().map(ModelEntry::ollamaLibrary).filter(l -> l != null && l.matches("[a-z]+\\d")).distinct().toList()) {
            for (String q : List.of("ollama run " + lib + "n on my 3090", "我的4060能跑" + lib + "x吗")) {
                List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                if (got.stream().anyMatch(g -> !g.generic() && g.id() != null)) wrong.add(q + "  ->  " + got.stream().map(g -> g.asked() + "=" + g.id()).toList());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A class of the code named after a line names no model: no mention is read from it. */
    @Test
    void aTransformersClassNamesNoModel() {
        List<String> wrong = new ArrayList<>();
        for (String cls : List.of("Qwen2VLForConditionalGeneration", "Qwen2ForCausalLM", "LlamaForCausalLM", "Gemma3ForConditionalGeneration",
                "MistralForCausalLM", "Qwen2Tokenizer", "LlamaTokenizerFast", "Qwen3MoeForCausalLM", "Phi3ForCausalLM",
                // the module classes a traceback prints
                "Qwen3MoeSparseMoeBlock", "MixtralSparseMoeBlock", "Qwen2RMSNorm", "LlamaRMSNorm", "LlamaRotaryEmbedding",
                "Qwen3MoeDecoderLayer", "Qwen2MoeExperts", "Gemma3TopkRouter")) {
            for (String q : List.of("from transformers import " + cls + " fails with out of memory on my 3090",
                    "用" + cls + "加载时显存不够", "File \"qwen3_moe.py\", line 278, in __init__\n    self.mlp = " + cls + "(config=config,")) {
                List<Understood.Model> got = FACTS.understand(PARSER.parse(q)).understood().models();
                if (!got.isEmpty()) wrong.add(q + "  ->  " + got.stream().map(g -> g.asked() + "=" + g.id()).toList());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
