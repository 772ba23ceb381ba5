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

    @Test
    void givenAnEnglishMemoryWordWithTheChineseWordForItsSize_thenTheAmountIsTheRam() {
        // an issue form's "CPU Memory大小：2TB": the memory's size, as "内存大小：64G" is
        for (String q : List.of("GPU类型：A100 80GB\nCPU Memory大小：512GB\n如何提高deepseek r1速度？",
                "显卡 RTX 4090，RAM大小：128G，qwen3 32b 多快？")) {
            assertThat(Parsers.PARSER.parse(q).ramGb()).as(q).isIn(512.0, 128.0);
        }
    }

    @Test
    void givenAFileSizeSaidWithTheChineseWordForSize_thenItIsNoRam() {
        // near miss: the size of a model file stays no capacity
        String q = "RTX 4090，模型文件大小：40GB，qwen3 32b 多快？";
        assertThat(Parsers.PARSER.parse(q).ramGb()).as(q).isNull();
    }
}
