package dev.llmadvisor.rules;

import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.sizing.WeightFormat.Q8_0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GPU memory a cause names ({vram}) is the share an engine can use; where that share is well below the machine's
 * memory (a Mac's working-set limit), the machine's size is said beside it, so "the 96.0 GB the GPU offers" is not read
 * as a wrong size of a 128 GB Mac.
 */
class UsableMemoryFigureTest {

    @Test
    void givenAMacsShareOfItsMemoryThenTheFigureSaysTheWholeBesideIt() {
        // a 141B MoE at Q8_0 against the 96 GB the GPU of a 128 GB Mac may use
        var c = Given.candidate("m", 141, Q8_0).vram(96).placement(Placement.OFFLOAD).build();
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, c, null, null, Lang.EN, 128).get("vram")).isEqualTo("96.0 GB (of 128 GB)");
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, c, null, null, Lang.ZH, 128).get("vram")).isEqualTo("96.0 GB（共 128 GB）");
    }

    @Test
    void givenABoardSharingItsMemoryThenTheWholeIsThePoolNotARamFigureBesideIt() {
        // a Jetson Orin Nano 8GB (the GPU may use 6 GB of it) with a 16 GB figure stated as its RAM (swap, or a host's)
        assertThat(Given.ask().gpus(1, 6).ram(8).unified().ram(16).build().cardsGb()).isEqualTo(8);
        // a discrete card's memory is its own, whatever the RAM
        assertThat(Given.ask().gpus(1, 12).ram(32).build().cardsGb()).isEqualTo(12);
    }

    @Test
    void givenACardWhoseReserveIsSmallOrNoSizeKnownThenTheShareStandsAlone() {
        // a 24 GB card's 23.5 GB after the driver's reserve, and a figure with no machine size given
        var c = Given.candidate("m", 32, Q8_0).vram(23.5).placement(Placement.OFFLOAD).build();
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, c, null, null, Lang.EN, 24).get("vram")).isEqualTo("23.5 GB");
        assertThat(CaseFigures.of(LogFacts.NONE, Setup.NONE, c, null, null, Lang.EN).get("vram")).isEqualTo("23.5 GB");
    }
}
