package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question that weighs two weight formats of one model on one machine ("Q4_K_M or Q8_0 for qwen2.5 14b on my
 * 4070?", "用 q4 还是 q8"), then the answer shows every format named with its figures, picks one that runs (on the GPU
 * when one of them fits there), and its headline says why each other one is not the pick. Only the first format used to
 * be read: the second was neither sized nor shown. A report of formats tried ("I tried Q4_K_M and Q8_0, both are slow")
 * weighs nothing.
 */
class FormatsWeighedTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    /** A model, a card as written in English and in Chinese, and two formats in the two ways people write them. */
    private record Setup(String model, String cardEn, String cardZh, String a, String b, WeightFormat fa, WeightFormat fb) {}

    private static final List<Setup> SETUPS = List.of(
            new Setup("qwen2.5 14b", "RTX 4070 12GB", "4070 12G", "Q4_K_M", "Q8_0", WeightFormat.Q4_K_M, WeightFormat.Q8_0),
            new Setup("qwen2.5 7b", "RTX 4060 8GB", "4060 8G", "q4_k_m", "q8_0", WeightFormat.Q4_K_M, WeightFormat.Q8_0),
            new Setup("llama 3.1 8b", "RTX 3060 12GB", "3060 12G", "Q4_K_M", "Q5_K_M", WeightFormat.Q4_K_M, WeightFormat.Q5_K_M),
            new Setup("qwen2.5 32b", "RTX 3090", "3090 24G", "Q6_K", "Q4_K_M", WeightFormat.Q6_K, WeightFormat.Q4_K_M),
            new Setup("llama 3.1 70b", "RTX 4090", "4090 24G", "Q2_K", "Q4_K_M", WeightFormat.Q2_K, WeightFormat.Q4_K_M));

    private static final List<String> FORMS_EN = List.of(
            "Should I use {a} or {b} for {m} on my {c}?",
            "{a} or {b} of {m} for a {c}, which one?",
            "I have a {c}. Which quant of {m} is better, {a} or {b}?",
            "{m} on {c}: {a} vs {b}?");

    private static final List<String> FORMS_ZH = List.of(
            "{c} 跑 {m} 用 {a} 还是 {b} 好？",
            "我的显卡是{c}，{m}选{a}还是{b}？",
            "{m} 的 {a} 和 {b} 哪个适合 {c}？");

    @Test
    void everyFormatWeighedIsShownAndThePickRunsOnTheGpuWhenOneOfThemFitsThere() {
        List<String> misses = new ArrayList<>();
        for (Setup s : SETUPS) {
            for (String form : FORMS_EN) check(fill(form, s, s.cardEn()), s, misses);
            for (String form : FORMS_ZH) check(fill(form, s, s.cardZh()), s, misses);
        }
        assertThat(misses).isEmpty();
    }

    private static void check(String q, Setup s, List<String> misses) {
        Answer a = askAsShipped(q);
        Set<WeightFormat> shown = new LinkedHashSet<>();
        for (Recommendation r : a.shown()) shown.add(r.candidate().format());
        if (!shown.equals(Set.of(s.fa(), s.fb()))) {
            misses.add(q + " -> shown " + shown);
            return;
        }
        Candidate pick = a.shown().get(0).candidate();
        boolean oneOnGpu = a.shown().stream().anyMatch(r -> r.eligible() && r.candidate().onGpu());
        if (!a.shown().get(0).eligible() || (oneOnGpu && !pick.onGpu())) misses.add(q + " -> pick " + pick.format());
        Candidate other = a.shown().get(1).candidate();
        if (!a.reply().headline().contains(other.format().label())) misses.add(q + " -> headline " + a.reply().headline());
    }

    @Test
    void formatsReportedAsTriedOrASingleFormatWeighNothing() {
        for (String q : List.of(
                "I tried Q4_K_M and Q8_0 of qwen2.5 14b on my RTX 4070, both are slow",
                "Q4_K_M of qwen2.5 14b on my 4070 runs at 20 tok/s, Q8_0 at 5, why?",
                "我试了 qwen2.5 7b 的 q4 和 q8，在 4060 上都很慢",
                "Can my 4070 run qwen2.5 14b at Q4_K_M?")) {
            Question parsed = PARSER.parse(q);
            assertThat(parsed.formatsWeighed()).as(q).isEmpty();
        }
        Question weighed = PARSER.parse("Should I use Q4_K_M or Q8_0 for qwen2.5 14b on my 4070?");
        assertThat(weighed.intent()).isEqualTo(Intent.WHICH_FORMAT);
        assertThat(weighed.formatsWeighed()).containsExactly(WeightFormat.Q4_K_M, WeightFormat.Q8_0);
        assertThat(weighed.format()).isEqualTo(WeightFormat.Q4_K_M);
    }

    private static String fill(String form, Setup s, String card) {
        return form.replace("{a}", s.a()).replace("{b}", s.b()).replace("{m}", s.model()).replace("{c}", card);
    }
}
