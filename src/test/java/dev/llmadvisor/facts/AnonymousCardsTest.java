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
    void givenCardsKnownOnlyByCountThenTheAdvisorAsksWhichTheyAreAndKeepsTheCount() {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = READER.read(List.of(new GpuMention(GpuMention.ANY_GPU, 8, null)), null, null, false, Lang.EN, problems);
        // what was read is still said: eight cards of unknown memory
        assertThat(m.cards()).containsExactly(new Understood.Gpu("GPU", null, 8, false));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Facts.Problem.Kind.NEEDS_CARD_MODEL);
            assertThat(p.text()).isEqualTo("8");
        });
    }

    @Test
    void givenCardsNotCountedThenTheAdvisorAsksHowManyAndTheyAreSizedAsSeveral() {
        List<Facts.Problem> problems = new ArrayList<>();
        MachineReader.Machine m = READER.read(List.of(GpuMention.severalUnnamed()), null, null, false, Lang.EN, problems);
        assertThat(m.cards()).containsExactly(new Understood.Gpu("GPU", null, 2, false, true));
        // no count to ask about: the question back asks how many too
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Facts.Problem.Kind.NEEDS_CARD_MODEL);
            assertThat(p.text()).isEmpty();
        });
        MachineReader.Machine sized = READER.read(List.of(GpuMention.severalUnnamed().withMemory(24.0)), null, null, false, Lang.ZH,
                new ArrayList<>());
        assertThat(sized.hw().gpus()).hasSize(2);
        assertThat(sized.label()).isEqualTo("多张 24 GB 显卡");
        assertThat(sized.cards()).containsExactly(new Understood.Gpu("显卡", 24.0, 2, false, true));
    }
}
