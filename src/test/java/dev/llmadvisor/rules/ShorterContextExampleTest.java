package dev.llmadvisor.rules;

import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example a cause's fix gives of a shorter context ("lower the context, e.g. N"): half the context the cause is
 * about, so it never names a context as long as the one that ran out of memory.
 */
class ShorterContextExampleTest {

    @Test
    void givenNoContextSaidThenTheExampleHalvesTheContextOurEstimateSized() {
        // a LLaMA 13B at its own 2k, and a Llama 3.1 8B at the default 8k, neither context said: half of each, not 8192
        var twoK = Given.candidate("m", 13, Q4_K_M).context(2048, 2048).placement(Placement.OFFLOAD).build();
        var eightK = Given.candidate("m", 8, Q4_K_M).context(8192, 131072).placement(Placement.OFFLOAD).build();
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, twoK, null, null, Lang.EN).get("halfCtx")).isEqualTo("1024");
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, eightK, null, null, Lang.ZH).get("halfCtx")).isEqualTo("4096");
    }

    @Test
    void givenAContextSaidOrPrintedThenTheExampleHalvesThatOne() {
        var sized = Given.candidate("m", 8, Q4_K_M).context(8192, 131072).build();
        LogFacts printed = DiagnosisRulesTest.log(b -> b.nCtx = 32768);
        assertThat(CaseFigures.of(printed, Setup.NONE, sized, null, null, Lang.EN).get("halfCtx")).isEqualTo("16,384");
        // nothing to halve (no context, no estimate): the common 8192
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, null, null, null, Lang.EN).get("halfCtx")).isEqualTo("8192");
    }

    @Test
    void givenTheWeightsFitAndTheContextDoesNotThenTheFixNamesAShorterContextThanTheOneSized() {
        // 6.8 GB of weights, 9.5 GB in all at the model's own 2k on a 7.5 GB card (a 13B GPTQ on an 8 GB laptop GPU)
        var c = Given.candidate("m", 13, Q4_K_M).context(2048, 2048).file(6.8).kv(1.6).vram(7.5).placement(Placement.OFFLOAD).build();
        var run = DiagnosisRulesTest.given(LogFacts.NONE, DiagnosisRulesTest.setup(null, "oom", "focus"), c)
                .fires("Out of memory: the weights fit, the context does not", "context_too_large", 55);
        var cause = run.result().all().stream().filter(x -> x.code().equals("context_too_large")).findFirst().orElseThrow();
        String fix = cause.fix(Lang.EN, CaseFigures.of(LogFacts.NONE, Setup.NONE, c, null, null, Lang.EN));
        assertThat(fix).contains("e.g. 1024").doesNotContain("8192");
    }
}
