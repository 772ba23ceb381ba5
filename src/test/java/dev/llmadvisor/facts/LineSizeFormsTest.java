package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.FineTune;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A size written after a line's name (issue 10, model resolution). Two rules of reading, each checked on forms generated
 * from the catalog, in English and Chinese sentences: the size after the name of a release the catalog knows names that
 * line's one release of that size ("GLM-4.6V 9B" is GLM-4.6V-Flash, though "GLM-4.6V" alone is the 106B), said so; and a
 * size in brackets after a name, also past an aside in brackets ("deepseek-r1 (with thinking enabled) (8b)"), is that
 * name's size, one model, not the line's default beside a bare size.
 */
class LineSizeFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<Function<String, String>> FRAMES = List.of(
            n -> "can my 3090 run " + n + "?",
            n -> n + "需要多少显存",
            n -> "我想用两张4090部署" + n + "，够吗",
            n -> "Is " + n + " fast on a Mac Studio with 64GB?");

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /** The size a display name states, in its notes or not ("GLM-4.5-Air (106B MoE)"), not an active count ("A3B"). */
    private static final Pattern NAME_SIZE = Pattern.compile("(?<![A-Za-z0-9.])(\\d{1,4}(?:\\.\\d{1,2})?)B(?![a-zA-Z0-9])");

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    /** A catalog name a line's release goes by: a model's display name, or a fine-tune's with the model it is sized as. */
    record Release(String name, ModelEntry sizedAs) { }

    private static List<Release> releases() {
        List<Release> out = new ArrayList<>();
        for (ModelEntry m : K.models().all()) out.add(new Release(m.name(), m));
        for (FineTune f : K.models().finetunes()) out.add(new Release(f.name(), f.base()));
        return out;
    }

    private static String plain(String name) {
        return PARENTHESES.matcher(name).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("[-_ ]+", " ").strip();
    }

    private static String size(Release r) {
        Matcher m = NAME_SIZE.matcher(r.name());
        return m.find() ? m.group(1) : String.valueOf(Math.round(r.sizedAs().paramsB()));
    }

    private static boolean sameSize(ModelEntry a, ModelEntry b) {
        return Math.abs(a.paramsB() - b.paramsB()) <= 0.15 * Math.max(a.paramsB(), b.paramsB());
    }

    @Test
    void aSizeAfterAKnownLinesNameIsItsOneReleaseOfThatSize() {
        List<Release> all = releases();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Release line : all) {
            String l = plain(line.name());
            if (NAME_SIZE.matcher(PARENTHESES.matcher(line.name()).replaceAll("")).find()) continue;
            // the line's releases of another size than the line's own model whose names leave their size out ("GLM-4.6V-Flash"),
            // each the only one of its size
            List<Release> others = all.stream().filter(r -> plain(r.name()).startsWith(l + " ") && !sameSize(r.sizedAs(), line.sizedAs())
                    && !NAME_SIZE.matcher(PARENTHESES.matcher(r.name()).replaceAll("")).find()).toList();
            for (Release r : others) {
                if (others.stream().filter(o -> sameSize(o.sizedAs(), r.sizedAs())).count() > 1) continue;
                String lineName = PARENTHESES.matcher(line.name()).replaceAll("");
                for (String form : List.of(lineName + " " + size(r) + "B", lineName.toLowerCase(Locale.ROOT) + " (" + size(r) + "b)")) {
                    for (Function<String, String> frame : FRAMES) {
                        String text = frame.apply(form);
                        cases++;
                        List<Understood.Model> got = read(text);
                        if (got.size() != 1 || !r.name().equals(got.get(0).name()) || got.get(0).note() == null) {
                            wrong.add(text + " -> " + got.stream().map(Understood.Model::name).toList());
                        }
                    }
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(3 * 2 * FRAMES.size());
        assertThat(wrong).isEmpty();
    }

    /** Ollama tags "line:size" of catalog models: the line and the size to write apart. */
    private static final Pattern TAG = Pattern.compile("([a-z][a-z0-9.]*):(\\d{1,3}(?:\\.\\d)?b)");

    @Test
    void aSizeInBracketsAfterAnAsideInBracketsIsTheNamesSize() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ModelEntry m : K.models().all()) {
            Matcher t = m.ollama() == null ? null : TAG.matcher(m.ollama());
            if (t == null || !t.matches()) continue;
            // only where line and size written apart already name the model
            if (!ids("can my 3090 run " + t.group(1) + " " + t.group(2) + "?").equals(List.of(m.id()))) continue;
            for (String aside : List.of("", "(with thinking enabled) ", "(the default one) ")) {
                String text = "Models I tried on my 3090:\n- " + t.group(1) + " " + aside + "(" + t.group(2) + ")\nwhy is it slow?";
                cases++;
                if (!ids(text).equals(List.of(m.id()))) wrong.add(text + " -> " + ids(text));
            }
        }
        assertThat(cases).isGreaterThan(60);
        assertThat(wrong).isEmpty();
    }

    /** A line's name as an alias of its default model, without a size ("llama2"): the maker's letters, then a version. */
    private static final Pattern UNSIZED_LINE = Pattern.compile("([a-z]{3,})\\d{1,2}(?:\\.\\d{1,2})?");

    /**
     * A maker's word with a size ("llama-70B", a loader's log line) beside a line of that maker named without its size
     * ("llama2") is that line's model of the size, one model: not a stand-in of the size beside the line's default size.
     * Near misses: a size the line has no model of leaves the line's default as it was; a maker's word with a size that is a
     * catalog name of its own ("llama-13b", the first LLaMA) is not generated here.
     */
    @Test
    void aMakersWordWithASizeBesideAnUnsizedLineIsThatLinesModel() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (ModelEntry m : K.models().all()) {
            for (String line : m.aliases()) {
                Matcher u = UNSIZED_LINE.matcher(line);
                if (!u.matches() || !ids("can my 3090 run " + line + "?").equals(List.of(m.id()))) continue;
                String maker = u.group(1);
                for (ModelEntry o : K.models().all()) {
                    if (!o.family().equals(m.family()) || sameSize(o, m)) continue;
                    String size = String.valueOf(Math.round(o.paramsB()));
                    // only where the line with that size names that model, and the maker's word with the size alone names no
                    // catalog model of its own ("llama-13b" is the first LLaMA's name)
                    if (!ids("can my 3090 run " + line + " " + size + "b?").equals(List.of(o.id()))
                            || !ids("can my 3090 run " + maker + "-" + size + "b?").equals(List.of("generic"))) continue;
                    for (String text : List.of(
                            "When I load " + line + " only one of my two 3090s is used.\nINFO:Loading " + maker + "-" + size + "B-bin...\nERROR:Failed to load the model.",
                            "我用" + line + "，4090上加载" + maker + "-" + size + "b的时候爆显存了")) {
                        cases++;
                        if (!ids(text).equals(List.of(o.id()))) wrong.add(text + " -> " + ids(text));
                    }
                }
                String odd = "When I load " + line + " only one of my two 3090s is used.\nINFO:Loading " + maker + "-5B-bin...";
                cases++;
                if (!ids(odd).contains(m.id())) wrong.add(odd + " -> " + ids(odd));
            }
        }
        assertThat(cases).isGreaterThan(5);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aBareSizeBesideAnUnsizedLineIsThatLinesModelOnce() {
        // given a bare size written just before the line's name ("70B 4Q Llama2"): then the line's model of that size, once;
        // not its default size beside it
        assertThat(ids("Able to run 70B 4Q Llama2 on my M3 Pro MacBook with 36 GB, but not the 2Q version")).containsExactly("llama2-70b-chat");
        // then a size in another sentence may be a second model: both stay
        assertThat(ids("llama2 runs fine on my 3060. Would 13B fit too?")).containsExactly("llama2-7b-chat", "llama2-13b-chat");
    }

    private static List<String> ids(String text) {
        return read(text).stream().map(x -> x.generic() ? "generic" : String.valueOf(x.id())).toList();
    }
}
