package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory said with no card named, by grammar, on generated sentences (the corpus's label rules,
 * eval/real-questions/README.md, never the program's output):
 * <ul>
 *   <li>a bare amount is a card's memory only when cards are sold with it, or a little under it (what a driver reports
 *       usable), or a unified-memory machine is sold with: "on 24gb" is a 24 GB card, "on 17gb" or a 6.6 GB file is no card;</li>
 *   <li>a Mac named without its chip is one machine wherever it is named: its memory is the amount said with any of its
 *       mentions ("Mac 部署 … 我使用的是mac mini 32GB内存的电脑");</li>
 *   <li>memory a run took, joined to its memory word by a copula ("占用内存为13GB"), is a use, not the machine's.</li>
 * </ul>
 */
class MemoryWithoutCardFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** One generated question; {@code card}: the memory of the one card read (null: no card); {@code unified}: a Mac's. */
    private record Case(String question, Double card, boolean unified, Double ram) { }

    private record Form(String name, List<Case> cases) {
        @Override
        public String toString() { return name; }
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((int) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** Frames where a bare amount is what the question runs on: a card of that memory when one is sold with it. */
    private static final List<String> RUN_ON = List.of(
            "I just barely fit the 7B model on {n}gb using vllm. What would the requirements be for the 72b model?",
            "Can I run llama 3 8b on {n}GB?",
            "{n}G能跑qwen2.5 7b吗",
            "只有{n}G，能跑deepseek r1 14b吗");

    /** Sizes cards are sold with, a little under them (what a driver reports), a Mac's size: GPU memory of that size. */
    private static final double[] CARD_SIZES = {8, 12, 16, 24, 23.6, 15.9, 47.5, 36};
    /** Near misses: sizes no GPU is sold with nor a little under one; what a run or a file took, not a card. */
    private static final double[] OTHER_SIZES = {17, 21, 6.6, 13, 14, 27};

    private static Stream<Form> bareAmountForms() {
        List<Form> out = new ArrayList<>();
        for (String f : RUN_ON) {
            List<Case> cases = new ArrayList<>();
            for (double n : CARD_SIZES) cases.add(new Case(f.replace("{n}", num(n)), n, false, null));
            out.add(new Form("a card size: " + f, cases));
            List<Case> near = new ArrayList<>();
            for (double n : OTHER_SIZES) near.add(new Case(f.replace("{n}", num(n)), null, false, null));
            out.add(new Form("no card size: " + f, near));
        }
        return out.stream();
    }

    /** A Mac named first without its memory, then again with it: the one Mac with that memory. */
    private static Stream<Form> macForms() {
        List<Form> out = new ArrayList<>();
        for (String f : List.of(
                "Mac 部署ChatGLM3 很慢\n我使用的是mac mini {n}GB内存的电脑。启动后很慢",
                "mac上跑qwen2.5 14b很慢。我的mac studio {n}G内存，正常吗",
                "Slow generation on Mac\n\nI run llama 3 8b on my MacBook Pro with {n}GB of memory. Is this expected?",
                "Does it support Mac? My Mac mini has {n}GB, can it run qwen2.5 7b?")) {
            List<Case> cases = new ArrayList<>();
            for (int n : new int[] {16, 32, 64, 128}) cases.add(new Case(f.replace("{n}", String.valueOf(n)), (double) n, true, null));
            out.add(new Form("a Mac named again with its memory: " + f.replace("\n", " / "), cases));
        }
        return out.stream();
    }

    /** Memory a run took, said with a copula after the memory word: no RAM; the same copula with no use word is the RAM. */
    private static Stream<Form> useCopulaForms() {
        List<Form> out = new ArrayList<>();
        for (String[] f : new String[][] {
                {"我的3090跑chatglm3，启动后占用内存为{n}GB，正常吗", "use"},
                {"我的3090跑qwen2.5 7b，实际使用的内存是{n}G，为什么这么多", "use"},
                {"我的3090跑qwen2.5 7b，消耗内存为{n}G", "use"},
                {"我的3090，内存为{n}GB，能跑qwen2.5 32b吗", "ram"},
                {"我的3090，电脑内存是{n}G，能跑qwen2.5 32b吗", "ram"}}) {
            List<Case> cases = new ArrayList<>();
            for (int n : new int[] {16, 32, 64}) {
                cases.add(new Case(f[0].replace("{n}", String.valueOf(n)), 24.0, false, f[1].equals("ram") ? (double) n : null));
            }
            out.add(new Form((f[1].equals("ram") ? "RAM: " : "a use: ") + f[0], cases));
        }
        return out.stream();
    }

    static Stream<Form> forms() {
        return Stream.of(bareAmountForms(), macForms(), useCopulaForms()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyQuestionOfThisFormIsRead(Form form) {
        List<String> misses = new ArrayList<>();
        for (Case c : form.cases()) {
            Understood u = FACTS.understand(PARSER.parseOrThrow(c.question())).understood();
            boolean cardOk = c.card() == null ? u.gpus().isEmpty()
                    : u.gpus().size() == 1 && u.gpus().get(0).count() == 1 && u.gpus().get(0).unified() == c.unified()
                    && u.gpus().get(0).vramGb() != null && Math.abs(u.gpus().get(0).vramGb() - c.card()) < 0.05;
            boolean ramOk = c.ram() == null ? u.ramGb() == null : c.ram().equals(u.ramGb());
            if (!cardOk || !ramOk) {
                misses.add(c.question().replace("\n", " / ") + "  ->  " + u.gpus() + " ram " + u.ramGb() + "  (want " + c.card() + " ram " + c.ram() + ")");
            }
        }
        assertThat(form.cases()).isNotEmpty();
        assertThat(misses).as("%s: %d of %d questions misread", form, misses.size(), form.cases().size()).isEmpty();
    }
}
