package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine picked by its memory among the sizes it is sold in ("I am using the 48 gb unified memory one", "the 16GB RAM
 * version") has that memory, even after a word of use; without the memory word the amount keeps its other readings.
 */
class MachineVariantMemoryFormsTest {

    private static Understood understand(String question) {
        return Understanding.of(question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On my macbook pro qwen3 14b is slow. I am using 48 gb unified memory one | 48",
            "I'm using the 36GB unified memory version of the MacBook Pro, can it run qwen3 14b? | 36"})
    void givenAMacPickedByItsMemory_thenThatIsItsUnifiedMemory(String question, double gb) {
        Understood u = understand(question);

        assertThat(u.gpus()).hasSize(1);
        assertThat(u.gpus().get(0).unified()).isTrue();
        assertThat(u.gpus().get(0).vramGb()).isEqualTo(gb);
    }

    /** Near miss: a use without the variant word stays a use, so the Mac's memory is still unknown. */
    @Test
    void givenMemoryInUseOnAMac_thenItIsNotTheMachinesMemory() {
        Understood u = understand("On my macbook pro qwen3 14b is slow, ollama is using 30 gb unified memory");

        assertThat(u.gpus()).noneMatch(g -> g.vramGb() != null && g.vramGb() == 30.0);
    }
}
