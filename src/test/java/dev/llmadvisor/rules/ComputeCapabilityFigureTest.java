package dev.llmadvisor.rules;

import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "FlashAttention only supports Ampere GPUs or newer" prints no compute capability of the card: the cause then names the
 * one of the oldest card the person names, from the catalog, in place of "less" / "更低的计算能力".
 */
class ComputeCapabilityFigureTest {

    private static final LogFacts FLASH_ATTN = DiagnosisRulesTest.log(b -> { b.unsupported = "flash-attn"; b.ccRequired = 8; });

    @Test
    void givenACardNamedAndNoFigureInTheErrorThenTheCauseSaysTheCardsComputeCapability() {
        var run = DiagnosisRulesTest.given(FLASH_ATTN, DiagnosisRulesTest.setup(null, "failed", "k80"))
                .fires("The GPU lacks a feature of this setup", "unsupported_hardware", 95);
        var cause = run.result().top();
        for (Lang lang : Lang.values()) {
            String text = cause.text(lang, CaseFigures.of(FLASH_ATTN, run.setup(), null, null, null, lang));
            assertThat(text).as("%s", lang).contains("3.7").doesNotContain("less").doesNotContain("更低的计算能力");
        }
    }

    @Test
    void givenNoCardNamedThenTheCauseSaysLessWithoutAFigure() {
        var run = DiagnosisRulesTest.given(FLASH_ATTN, DiagnosisRulesTest.setup(null, "failed"));
        assertThat(run.result().top().text(Lang.EN, CaseFigures.of(FLASH_ATTN, run.setup(), null, null, null, Lang.EN))).endsWith("has less");
    }
}
