package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "on 32GB CPU and 1GB GPU": an amount written before "CPU" is the memory the CPU runs from, the system's RAM
 * (eval/real-questions/README.md: ram_gb is system RAM as stated), so the GPU keeps the amount said of it.
 */
class CpuMemoryWordFormsTest {

    @Test
    void anAmountBeforeCpuIsTheRam() {
        for (String q : List.of("bug: on 32GB CPU and 1GB GPU, Jan fails to load 4B model", "With 64GB CPU and 8GB GPU, can I run qwen3 14b?")) {
            Question p = Parsers.PARSER.parse(q);
            assertThat(p.ramGb()).as(q).isIn(32.0, 64.0);
            assertThat(p.gpus().isEmpty() ? p.vramGb() : p.gpus().get(0).memoryGb()).as(q).isIn(1.0, 8.0);
        }
    }

    @Test
    void anAmountAfterCpuIsNotTakenByTheWord() {
        // near miss: "CPU" before an amount of the GPU's words keeps that amount the GPU's
        Question p = Parsers.PARSER.parse("CPU i7, 12GB GPU. Can it run qwen3 14b?");
        assertThat(p.ramGb()).isNull();
    }
}
