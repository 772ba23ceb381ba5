package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare size after a model named with its line's version ("llama 3.1 70b … and the 8b?") is that version's model of the
 * size (Llama 3.1 8B), not the family's first of it (Llama 3 8B); a family named without a version, or a version with no
 * model of that size, keeps the family's first. Cases are generated from the catalog: every pair of one line's releases,
 * in English and Chinese sentences.
 */
class SizeInheritsVersionTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<BiFunction<String, String, String>> FRAMES = List.of(
            (named, size) -> "I have a 3090. Can I run " + named + "? And the " + size + "?",
            (named, size) -> named + " is too slow on my 4090, what about the " + size + "?",
            (named, size) -> "我的4090能跑" + named + "吗？" + size + "呢？");

    /** A display name's size and what precedes it: "Llama 3.1" and "70" of "Llama 3.1 70B Instruct". */
    private static final Pattern LINE_AND_SIZE = Pattern.compile("^(.*?[a-z0-9.]) (\\d{1,3}(?:\\.\\d)?)B(?: |$)", Pattern.CASE_INSENSITIVE);

    private static List<String> ids(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models().stream()
                .map(m -> m.generic() ? "generic" : String.valueOf(m.id())).toList();
    }

    private static Matcher lineAndSize(ModelEntry m) {
        Matcher x = LINE_AND_SIZE.matcher(m.name());
        return x.find() ? x : null;
    }

    private static String line(ModelEntry m) {
        Matcher x = lineAndSize(m);
        return x == null ? null : x.group(1).toLowerCase(Locale.ROOT);
    }

    private static double size(ModelEntry m) {
        return Double.parseDouble(lineAndSize(m).group(2));
    }

    private static String written(double size) {
        return (size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size)) + "b";
    }

    /**
     * Pairs of one version's releases (the named one and the one of the bare size) where the family has another release of
     * that size: the version decides. Each named model, written as its line and size, must read as itself.
     */
    private static List<ModelEntry[]> pairs() {
        List<ModelEntry[]> out = new ArrayList<>();
        List<ModelEntry> all = K.models().all();
        for (ModelEntry named : all) {
            String line = line(named);
            if (line == null || !ids("can my 4090 run " + line + " " + written(size(named)) + "?").equals(List.of(named.id()))) continue;
            for (ModelEntry sibling : all) {
                if (sibling == named || !line.equals(line(sibling)) || Math.abs(size(sibling) - size(named)) <= 0.15 * size(named)) continue;
                List<ModelEntry> ofSize = all.stream().filter(m -> m.family().equals(named.family()) && line(m) != null
                        && size(m) == size(sibling)).toList();
                long ofVersion = ofSize.stream().filter(m -> line.equals(line(m))).count();
                if (ofSize.size() > 1 && ofVersion == 1) out.add(new ModelEntry[] {named, sibling});
            }
        }
        return out;
    }

    @Test
    void givenALineNamedWithItsVersion_thenABareSizeIsThatVersionsModel() {
        List<ModelEntry[]> pairs = pairs();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ModelEntry[] p : pairs) {
            for (BiFunction<String, String, String> frame : FRAMES) {
                String q = frame.apply(line(p[0]) + " " + written(size(p[0])), written(size(p[1])));
                cases++;
                List<String> got = ids(q);
                if (!got.equals(List.of(p[0].id(), p[1].id()))) wrong.add(q + " -> " + got);
            }
        }
        // Llama 3 / 3.1, Gemma 2 / 3, InternLM / 2 / 2.5, Yi / Yi-1.5, EXAONE, Granite … share sizes across versions
        assertThat(pairs.size()).isGreaterThanOrEqualTo(15);
        assertThat(wrong).as("of %d", cases).isEmpty();
    }

    @Test
    void givenTheExampleForms_thenTheSizeKeepsTheVersion() {
        assertThat(ids("I have a 3090. Can I run llama 3.1 70b? And the 8b?")).containsExactly("llama3.1-70b-instruct", "llama3.1-8b-instruct");
        assertThat(ids("llama3.1:8b runs fine on my 4090, can it run the 70b?")).containsExactly("llama3.1-8b-instruct", "llama3.1-70b-instruct");
        assertThat(ids("gemma3 12b 在我的3060上能跑，27b呢？")).containsExactly("gemma3-12b-it", "gemma3-27b-it");
    }

    @Test
    void givenNoVersionOfThatSizeOrNoneStated_thenTheFamilysFirstOfTheSize() {
        // Llama 3.3 has no 8B: the family's first 8B, as before
        assertThat(ids("llama 3.3 70b or the 8b on a 4090?")).containsExactly("llama3.3-70b-instruct", "llama3-8b-instruct");
        // a family named without its version: no version to inherit
        assertThat(ids("the new llama 3 models, can my 4090 run the 70b?")).containsExactly("llama3-70b-instruct");
        // the original Llama 3 named: its own 8B
        assertThat(ids("Llama 3 70b is too big for my 3090, what about the 8b?")).containsExactly("llama3-70b-instruct", "llama3-8b-instruct");
    }
}
