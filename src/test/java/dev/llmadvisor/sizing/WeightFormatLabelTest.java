package dev.llmadvisor.sizing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A format's label is what replies show: the name publishers write ("AWQ", "GPTQ-Int4", "MLX 4-bit", "Q4_K_M"), never
 * the enum's spelling, and it reads back as the same format, so a label shown can be asked about again.
 */
class WeightFormatLabelTest {

    @ParameterizedTest
    @EnumSource(WeightFormat.class)
    void theLabelReadsBackAsTheSameFormat(WeightFormat f) {
        assertThat(WeightFormat.parse(f.label())).contains(f);
    }

    @ParameterizedTest
    @EnumSource(value = WeightFormat.class, names = {"GPTQ_INT8", "GPTQ_INT4", "AWQ_INT4", "BNB_NF4", "BNB_INT8", "MLX_4BIT", "MLX_6BIT", "MLX_8BIT"})
    void checkpointFormatsAreNamedAsPublishersNameThem(WeightFormat f) {
        assertThat(f.label()).doesNotContain("_").isNotEqualTo(f.name());
    }
}
