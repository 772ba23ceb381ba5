package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a question how much quality a format costs, it is read as such; a question of speed or memory is not. */
class FormatQualityFormsTest {

    @Test
    void aQuestionOfAFormatsQualityLossIsRead() {
        for (String q : List.of("does int4 quantization lose accuracy? how much?", "is Q4_K_M much worse than Q8_0?",
                "How much quality do you lose at 3 bits?", "what's the perplexity hit of Q4_K_M?", "int4量化的精度下降了吗，下降多少？",
                "Q4 量化效果差多少", "int8 会掉点吗")) {
            assertThat(FormatQualityForms.asked(q)).as(q).isTrue();
        }
    }

    @Test
    void aQuestionOfSpeedOrMemoryIsNot() {
        for (String q : List.of("why is Q4 faster than Q8?", "how much VRAM does Q4_K_M need?", "int4 比 fp16 慢多少",
                "which quant fits my 3090?", "Q4_K_M 需要多少显存")) {
            assertThat(FormatQualityForms.asked(q)).as(q).isFalse();
        }
    }
}
