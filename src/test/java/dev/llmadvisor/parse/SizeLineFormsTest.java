package dev.llmadvisor.parse;

import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A family's whole line of sizes asked about at once (Qwen2.5's seven): every size is read, the largest too. */
class SizeLineFormsTest {

    @Test
    void aLineOfSevenSizesIsReadWhole() {
        String q = "Qwen2.5各个型号尺寸对应的配置要求是什么？ 例如：“0.5b，1.5b，3b，7b，14b，32b，72b”。";
        List<String> names = Understanding.modelNames(q);
        assertThat(names).hasSize(7);
        assertThat(names.get(6)).contains("72B");
    }
}
