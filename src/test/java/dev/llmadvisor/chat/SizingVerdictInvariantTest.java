package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariant: given an answer whose model (a catalog model or an openly generic stand-in of its size) and machine (GPU
 * memory, or a CPU-only machine) are both known, then it carries the sizing verdict, whatever kind of question it
 * answers and whatever path wrote it; a comparison of models says it for the first model named, in one plain line.
 * Checked on generated comparisons (English and Chinese x machines x model pairs) against the verdict the same machine
 * gets for that model asked alone. Over every dev question of the corpus and the field samples it is checked by
 * {@code RealQuestionEvaluationTest}, on the answers that test asks once for the whole build.
 */
class SizingVerdictInvariantTest {

    /** Machines and model pairs chosen so each verdict occurs for the first model. */
    private static final List<String[]> CASES = List.of(
            new String[] {"RTX 3060 12GB", "3060 12G", "qwen2.5 14b", "llama 3.1 8b"},
            new String[] {"RTX 4090", "4090", "qwen2.5 32b", "qwen2.5 7b"},
            new String[] {"RTX 3090 and 64GB of RAM", "3090，内存64G", "llama 3.1 70b", "qwen2.5 14b"},
            new String[] {"GTX 1080 and 32GB RAM", "1080，内存32G", "llama 65b", "llama 7b"},
            new String[] {"RTX 4060 8GB and 16GB RAM", "4060 8G，内存16G", "deepseek v3", "qwen3 8b"});

    private static final List<String> COMPARE_EN = List.of("Which is better on my {c}, {m} or {n}?",
            "I have a {c}. Should I run {m} or {n}?", "{m} vs {n} on my {c}, which one should I pick?",
            "My setup is a {c}: {m} or {n}, which works better?");
    private static final List<String> COMPARE_ZH = List.of("我的{c}跑{m}和{n}哪个更好？", "我是{c}，用{m}还是{n}？",
            "{m}和{n}比，在我的{c}上选哪个？");

    private static String fill(String form, String card, String m, String n) {
        return form.replace("{c}", card).replace("{m}", m).replace("{n}", n);
    }

    @Test
    void aComparisonOnAStatedMachineCarriesTheVerdictOfTheFirstModelNamed() {
        List<Verdict> seen = new ArrayList<>();
        for (String[] c : CASES) {
            Verdict alone = askAsShipped("Can my " + c[0] + " run " + c[2] + "?").verdict();
            assertThat(alone).as(c[2] + " on " + c[0]).isNotNull();
            seen.add(alone);
            for (String form : COMPARE_EN) check(fill(form, c[0], c[2], c[3]), alone, "Verdict for ");
            for (String form : COMPARE_ZH) check(fill(form, c[1], c[2], c[3]), alone, "结论（");
        }
        assertThat(seen).contains(Verdict.FITS, Verdict.OFFLOAD, Verdict.NO);
    }

    private static void check(String q, Verdict expected, String lineStart) {
        Answer a = askAsShipped(q);
        assertThat(a.verdict()).as(q).isEqualTo(expected);
        if (a.understood().kind() == Intent.COMPARE) {
            assertThat(a.reply().notes()).as(q).anyMatch(s -> s.startsWith(lineStart));
        }
    }

    @Test
    void aTrainingQuestionKeepsItsArithmeticWithoutARunningVerdict() {
        for (String q : List.of("Can I fine-tune qwen2.5 7b on my RTX 4090?", "我的4090能微调qwen2.5 7b吗？")) {
            Answer a = askAsShipped(q);
            assertThat(a.understood().kind()).as(q).isEqualTo(Intent.OUT_OF_SCOPE);
            assertThat(a.verdict()).as(q).isNull();
        }
    }
}
