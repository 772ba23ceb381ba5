package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Units;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cards named without a make ("7x 24GB cards", "8 GPUs") on the machine the facts are sized on (MachineReader). */
class AnonymousCardsTest {

    private static final MachineReader READER = new MachineReader(Knowledge.embedded());

    @Test
    void givenCardsKnownByCountAndMemoryThenEachIsACardOfThatMemory() {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = READER.read(List.of(new GpuMention(GpuMention.ANY_GPU, 7, 24.0)), null, null, false, Lang.EN, problems);
        assertThat(problems).isEmpty();
        assertThat(m.hw().gpus()).hasSize(7);
        assertThat(Units.toGib(m.hw().totalGpuBytes())).isEqualTo(7 * 24.0);
        assertThat(m.cards()).containsExactly(new Understood.Gpu("GPU", 24.0, 7, false));
        assertThat(m.label()).isEqualTo("7x 24 GB GPU");
    }

    @Test
    void givenCardsKnownOnlyByCountThenTheAdvisorAsksWhichTheyAre() {
        List<Facts.Problem> problems = new ArrayList<>();
        READER.read(List.of(new GpuMention(GpuMention.ANY_GPU, 8, null)), null, null, false, Lang.EN, problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Facts.Problem.Kind.UNKNOWN_GPU);
            assertThat(p.text()).contains("8 GPUs");
        });
    }
}
