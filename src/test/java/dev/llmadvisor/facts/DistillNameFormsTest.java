package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DeepSeek's R1 distills written the ways people write them, generated: the released distills are a short table (DeepSeek-R1
 * README, "DeepSeek-R1-Distill Models"; the R1-0528 card for Qwen3-8B), and a teacher, a student's family and one of the table's
 * sizes name one of them whatever the order (teacher first or last), the teacher's spelling ("DeepSeek-R1", "deepseekr1",
 * "DS-R1", "R1"), the student's version ("Qwen", "Qwen2.5", "Llama-3.1"), the word for "distilled" (distill, distilled, 蒸馏版的,
 * none) and the separators. Each case is one frame (English or Chinese question) times one spelling; a frame's misses are
 * reported together. The expected ids are the table's, never the program's output.
 */
class DistillNameFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** The table: student family as written in names, its versions people add, size, catalog id. */
    private record Distill(String family, List<String> versions, String size, String id) { }

    private static final List<Distill> TABLE = List.of(
            new Distill("Qwen", List.of("", "2.5", "2.5-Math"), "1.5B", "deepseek-r1-distill-qwen-1.5b"),
            new Distill("Qwen", List.of("", "2.5", "2.5-Math"), "7B", "deepseek-r1-distill-qwen-7b"),
            new Distill("Llama", List.of("", "3.1", "3"), "8B", "deepseek-r1-distill-llama-8b"),
            new Distill("Qwen", List.of("", "2.5"), "14B", "deepseek-r1-distill-qwen-14b"),
            new Distill("Qwen", List.of("", "2.5"), "32B", "deepseek-r1-distill-qwen-32b"),
            new Distill("Llama", List.of("", "3.3", "3"), "70B", "deepseek-r1-distill-llama-70b"));

    private static final List<String> TEACHERS = List.of("DeepSeek-R1", "deepseek-r1", "DeepSeek R1", "deepseekr1", "DS-R1", "R1");

    /** One spelling of a distill and the id it names. */
    private record Spelling(String text, String id) {
        @Override
        public String toString() { return text; }
    }

    /** Teacher first, with and without the distil word, glued with '-', '_' or spaces; student first with the teacher glued on. */
    static List<Spelling> spellings() {
        List<Spelling> out = new ArrayList<>();
        for (Distill d : TABLE) {
            for (String v : d.versions()) {
                String student = d.family() + (v.isEmpty() ? "" : (d.family().equals("Llama") ? "-" : "") + v);
                for (String t : TEACHERS) {
                    out.add(new Spelling(t + "-" + student + "-" + d.size(), d.id()));
                    out.add(new Spelling(t + "-Distill-" + student + "-" + d.size(), d.id()));
                    out.add(new Spelling((t + " distill " + student + " " + d.size()).toLowerCase(), d.id()));
                    out.add(new Spelling(t + " " + student + " " + d.size() + " distill", d.id()));
                    out.add(new Spelling(t + "蒸馏版的" + student + " " + d.size(), d.id()));
                }
                out.add(new Spelling(student + "-" + d.size() + "-R1-Distill", d.id()));
                out.add(new Spelling(student + "-" + d.size() + "-DeepSeek-R1-Distill", d.id()));
                // glued without a separator only where no version stands before the size ("qwen2.57b" is no name anyone reads);
                // between digits '_' is ModelScope's dot ("Qwen2___5"), so "Llama-3_8B" is not written with a version either
                String glue = v.isEmpty() ? "" : "-";
                if (v.isEmpty()) out.add(new Spelling(student + "_" + d.size() + "_deepseek_r1", d.id()));
                out.add(new Spelling("deepseek蒸馏" + student.toLowerCase() + glue + d.size().toLowerCase(), d.id()));
                out.add(new Spelling("DeepSeek distilled " + student + " " + d.size(), d.id()));
            }
        }
        return out;
    }

    private record Frame(String text) {
        @Override
        public String toString() { return text; }
    }

    static Stream<Frame> frames() {
        return Stream.of(new Frame("can my 3090 run {d}?"), new Frame("Is {d} too big for a 4060 Ti 16GB?"),
                new Frame("vllm serve {d} on two 3090s runs out of memory"), new Frame("我的4090能跑{d}吗"),
                new Frame("{d}在3060上爆显存，怎么办"), new Frame("请问部署 {d} 需要多少显存"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void everyDistillSpellingNamesTheDistillOfTheTable(Frame frame) {
        List<String> misses = new ArrayList<>();
        List<Spelling> all = spellings();
        for (Spelling s : all) {
            String q = frame.text().replace("{d}", s.text());
            List<String> ids = ids(q);
            if (!ids.equals(List.of(s.id()))) misses.add(q + "  ->  " + ids + "  (want " + s.id() + ")");
        }
        assertThat(misses).as("%s: %d of %d spellings misread", frame, misses.size(), all.size()).isEmpty();
    }

    /**
     * The teacher, the distil word and a size with no student ("R1 distill 32B", "r1蒸馏32b", "the 32b distill of deepseek r1") is
     * the one distill of that size, never R1's 671B beside it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void aDistillOfTheTeacherWithASizeIsThatDistillAlone(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (String[] form : List.of(new String[] {"R1 distill 32B", "deepseek-r1-distill-qwen-32b"},
                new String[] {"DeepSeek-R1-Distill-14B", "deepseek-r1-distill-qwen-14b"},
                new String[] {"r1蒸馏32b", "deepseek-r1-distill-qwen-32b"},
                new String[] {"deepseek-r1蒸馏版70b", "deepseek-r1-distill-llama-70b"},
                new String[] {"the 14b distill of DeepSeek R1", "deepseek-r1-distill-qwen-14b"},
                // DeepSeek's short "DS" before the nickname, with a size after it as "R1 32B" has
                new String[] {"ds-r1 32b", "deepseek-r1-distill-qwen-32b"})) {
            String q = frame.text().replace("{d}", form[0]);
            if (!ids(q).equals(List.of(form[1]))) misses.add(q + "  ->  " + ids(q) + "  (want " + form[1] + ")");
        }
        assertThat(misses).as("%s", frame).isEmpty();
    }

    /** R1-0528's distill of Qwen3 8B is its own model, spelt with or without the release date. */
    @Test
    void r1_0528sQwen3DistillIsItsOwnModel() {
        for (String q : List.of("can my 3060 run DeepSeek-R1-0528-Qwen3-8B?", "deepseek r1 qwen3 8b 在4060上能跑吗", "Is deepseek-r1-qwen3-8b slow on a 3070?")) {
            assertThat(ids(q)).as(q).containsExactly("deepseek-r1-0528-qwen3-8b");
        }
    }

    /**
     * The words only name a distill when they hold one: R1 beside a Qwen size the table lacks is the two models, and R1 and a
     * Qwen model listed side by side ("and", a comma) are two models compared.
     */
    @Test
    void r1BesideAnotherModelIsNoDistill() {
        assertThat(ids("R1 qwen 72b on my 4090?")).as("a size the table lacks").doesNotContainAnyElementsOf(distillIds());
        assertThat(ids("I compared DeepSeek-R1 and Qwen2.5-32B on my 4090")).containsExactlyInAnyOrder("deepseek-r1", "qwen2.5-32b-instruct");
        assertThat(ids("DeepSeek-R1, Qwen2.5-32B or Llama-3.3-70B: which fits two 3090s?"))
                .contains("deepseek-r1").doesNotContainAnyElementsOf(distillIds());
    }

    /**
     * R1 alone with a size after it ("R1 14B", "r1-32b", "R1 (70b)", "R1的14B") is one model, the one "deepseek-r1" with that
     * size names (a distill of the table, or R1's own 671B), never R1 and a second model of that size. A size set apart by a
     * comma is a list of two.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void r1WithASizeAfterItIsOneModel(Frame frame) {
        List<String> misses = new ArrayList<>();
        List<String[]> sizes = new ArrayList<>();
        // "deepseek-r1 8b" is Ollama's tag, which names R1-0528's Qwen3 8B distill since May 2025 (knowledge/name-changes.yaml)
        for (Distill d : TABLE) sizes.add(new String[] {d.size(), d.size().equals("8B") ? "deepseek-r1-0528-qwen3-8b" : d.id()});
        sizes.add(new String[] {"671B", "deepseek-r1"});
        for (String[] size : sizes) {
            for (String form : List.of("R1 " + size[0], "r1-" + size[0].toLowerCase(), "R1 (" + size[0].toLowerCase() + ")", "R1的" + size[0])) {
                String q = frame.text().replace("{d}", form);
                if (!ids(q).equals(List.of(size[1]))) misses.add(q + "  ->  " + ids(q) + "  (want " + size[1] + ")");
            }
        }
        assertThat(misses).as("%s", frame).isEmpty();
        assertThat(ids("R1, 14B or 32B: which fits my 3060?")).as("a list").contains("deepseek-r1");
    }

    private static List<String> distillIds() {
        return TABLE.stream().map(Distill::id).toList();
    }

    private static List<String> ids(String question) {
        return FACTS.understand(PARSER.parse(question)).understood().models().stream()
                .map(m -> m.generic() ? "generic " + m.asked() : m.id() == null ? "unknown " + m.asked() : m.id()).toList();
    }
}
