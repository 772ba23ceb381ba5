package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's RAM called by a word of its own ("32GB of main ram", "64 GB of PC RAM", "128GB host memory") is the system
 * RAM (eval/real-questions/README.md: ram_gb is system RAM as stated), not the memory of a card.
 */
class RamCalledByOwnWordFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I have 64 GB of PC RAM. Which llama 2 size can I run on the CPU? | 64",
            "My laptop has 32GB of main ram and 8 GB of VRAM. Does qwen3 8b fit? | 32",
            "The server has 128GB of host memory and an RTX 4090. Can it run llama 3 70b? | 128",
            "With 96GB of physical memory, can deepseek r1 32b run on the CPU? | 96"})
    void givenRamCalledByItsOwnWord_thenItIsTheSystemRam(String q, double ram) {
        Question p = Parsers.PARSER.parse(q);

        assertThat(p.ramGb()).as(q).isEqualTo(ram);
        assertThat(p.gpus()).as(q).noneMatch(g -> g.memoryGb() != null && g.memoryGb() == ram);
    }
}
