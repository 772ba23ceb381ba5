package dev.llmadvisor.eval.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each expectation kind, met and not met, against a hand-made observed answer. */
class CheckerTest {

    private static final Observed.Option Q14 = new Observed.Option("qwen3-14b", "qwen3", "Q4_K_M", 4, "gpu", true, 10.4, 90);
    private static final Observed.Option PHI = new Observed.Option("phi-4", "phi", "Q6_K", 6, "gpu", true, 12.9, 80);
    private static final Observed.Option BIG = new Observed.Option("qwen3-32b", "qwen3", "Q8_0", 8, "offload", false, 36.0, 10);
    private static final Observed ANSWER = new Observed("yes", "en", List.of(Q14, PHI, BIG), 0,
            Set.of("Fits entirely on one GPU", "Q5_K_M and Q4_K_M are the balance"), "On a 16 GB GPU at 8k context, the best fits are:\nWhy: ...");

    private static Expect e(String verdict, List<String> rec, List<String> notRec, String top, String placement, List<String> quant,
                            Integer most, Integer least, double[] between, List<String> fired, List<String> notFired, String lang, List<String> mentions) {
        return new Expect(verdict, rec, notRec, top, placement, quant, most, least, between, fired, notFired, lang, mentions);
    }

    private static List<String> check(Expect x) { return Checker.check(x, ANSWER); }

    @Test
    void verdict() {
        assertThat(check(e("yes", null, null, null, null, null, null, null, null, null, null, null, null))).isEmpty();
        assertThat(check(e("offload", null, null, null, null, null, null, null, null, null, null, null, null)))
                .singleElement().asString().contains("verdict: expected offload, got yes");
    }

    @Test
    void recommendsByIdFamilyFormatAndPrefix() {
        assertThat(check(e(null, List.of("qwen3-14b", "phi", "qwen3-14b@Q4_K_M", "qwen3-*", "phi-4@q6_k"), null, null, null, null, null, null, null, null, null, null, null))).isEmpty();
        assertThat(check(e(null, List.of("qwen3-14b@Q8_0", "gemma3-*", "qwen3-32b"), null, null, null, null, null, null, null, null, null, null, null)))
                .hasSize(3).allSatisfy(f -> assertThat(f).startsWith("recommends:"));
    }

    @Test
    void notRecommendsIgnoresOptionsThatAreShownButNotRecommended() {
        assertThat(check(e(null, null, List.of("qwen3-32b", "gemma3-*"), null, null, null, null, null, null, null, null, null, null))).isEmpty();
        assertThat(check(e(null, null, List.of("phi-4"), null, null, null, null, null, null, null, null, null, null)))
                .singleElement().asString().contains("not_recommends: phi-4 is recommended (phi-4@Q6_K)");
    }

    @Test
    void top() {
        assertThat(check(e(null, null, null, "qwen3", null, null, null, null, null, null, null, null, null))).isEmpty();
        assertThat(check(e(null, null, null, "phi-4", null, null, null, null, null, null, null, null, null)))
                .singleElement().asString().contains("top: expected phi-4, got qwen3-14b@Q4_K_M");
    }

    @Test
    void placementAndQuantOfTheFocus() {
        assertThat(check(e(null, null, null, null, "gpu", List.of("Q5_K_M", "q4_k_m"), 5, 4, null, null, null, null, null))).isEmpty();
        List<String> f = check(e(null, null, null, null, "multi_gpu", List.of("Q8_0"), 3, 6, null, null, null, null, null));
        assertThat(f).hasSize(4);
        assertThat(f.get(0)).contains("placement: expected multi_gpu, got gpu");
        assertThat(f.get(1)).contains("quant: expected Q8_0, got Q4_K_M");
        assertThat(f.get(2)).contains("quant_bits_at_most 3");
        assertThat(f.get(3)).contains("quant_bits_at_least 6");
    }

    @Test
    void theFocusIsTheNamedFormatWhenShown() {
        Observed o = new Observed("yes", "en", List.of(Q14, PHI), 1, Set.of(), "");
        assertThat(Checker.check(e(null, null, null, "qwen3-14b", "gpu", List.of("Q6_K"), null, null, new double[] {12, 13}, null, null, null, null), o)).isEmpty();
    }

    @Test
    void totalBetween() {
        assertThat(check(e(null, null, null, null, null, null, null, null, new double[] {10, 11}, null, null, null, null))).isEmpty();
        assertThat(check(e(null, null, null, null, null, null, null, null, new double[] {11, 12}, null, null, null, null)))
                .singleElement().asString().contains("total_gb_between [11, 12]: qwen3-14b@Q4_K_M needs 10.4 GB");
    }

    @Test
    void rulesFiredAndNotFired() {
        assertThat(check(e(null, null, null, null, null, null, null, null, null, List.of("Fits entirely on one GPU"), List.of("CPU only"), null, null))).isEmpty();
        List<String> f = check(e(null, null, null, null, null, null, null, null, null, List.of("CPU only"), List.of("Fits entirely on one GPU"), null, null));
        assertThat(f).containsExactly("rules_fired: \"CPU only\" did not fire", "rules_not_fired: \"Fits entirely on one GPU\" fired");
    }

    @Test
    void languageAndMentions() {
        assertThat(check(e(null, null, null, null, null, null, null, null, null, null, null, "en", List.of("16 gb gpu", "Why")))).isEmpty();
        List<String> f = check(e(null, null, null, null, null, null, null, null, null, null, null, "zh", List.of("显存")));
        assertThat(f).containsExactly("language: expected zh, got en", "mentions: the reply does not contain \"显存\"");
    }

    @Test
    void nothingShownFailsEveryOptionExpectation() {
        Observed none = new Observed("clarify", "en", List.of(), 0, Set.of(), "Which GPU do you have?");
        List<String> f = Checker.check(e("clarify", List.of("qwen3-14b"), List.of("qwen3-14b"), "qwen3", "gpu", List.of("Q4_K_M"), 4, 4, new double[] {1, 2}, null, null, null, null), none);
        assertThat(f).hasSize(7);
    }
}
