package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A card the catalog does not know ("2x Ascend 910C", "a 310P7 with 44GB") is still said as read, though not sized (MachineReader). */
class UnknownCardKeptTest {

    private static final MachineReader READER = new MachineReader(Knowledge.embedded());

    private static MachineReader.Machine read(List<Facts.Problem> problems, GpuMention... mentions) {
        return READER.read(List.of(mentions), null, null, false, Lang.EN, problems);
    }

    @Test
    void givenAnUnknownCardWithItsCountThenItIsKeptWithTheCountAndNoMemory() {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = read(problems, new GpuMention("Ascend 910C", 2, null));
        assertThat(m.cards()).containsExactly(new Understood.Gpu("Ascend 910C", null, 2, false));
        // nothing is sized on it: the advisor still asks which card it is
        assertThat(m.hw().gpus()).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Facts.Problem.Kind.UNKNOWN_GPU));
    }

    @Test
    void givenAnUnknownCardWithItsMemoryThenTheMemoryIsKept() {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = read(problems, new GpuMention("310P7", 1, 44.0));
        assertThat(m.cards()).containsExactly(new Understood.Gpu("310P7", 44.0, 1, false));
    }

    @Test
    void givenAnUnknownCardBesideAKnownOneThenBothAreSaidAndOnlyTheKnownIsSized() {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = read(problems, new GpuMention("RTX 3090", 1, null), new GpuMention("MetaX C500", 1, null));
        assertThat(m.cards()).extracting(Understood.Gpu::name).containsExactly("GeForce RTX 3090", "MetaX C500");
        assertThat(m.hw().gpus()).hasSize(1);
    }

    @Test
    void givenAMacWithNeitherChipNorMemoryThenItIsKeptAsAnUnnamedUnifiedDeviceAndAskedFor() {
        // label rules E and G: the person's Mac is one unified device whose chip and memory are not said
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = read(problems, new GpuMention(GpuMention.ANY_MAC, 1, null));
        assertThat(m.cards()).containsExactly(new Understood.Gpu("Mac", null, 1, true));
        assertThat(m.hw().gpus()).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Facts.Problem.Kind.NEEDS_MAC_MODEL));
    }
}
