package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an English question in a bilingual issue template ("### System Info / 系統信息"), then it is English: the Chinese
 * half of the template's labels is not the person's; Chinese the person writes, on a label's line or elsewhere, is.
 */
class BilingualTemplateLangTest {

    @Test
    void givenTheTemplatesChineseLabelsOnlyThenEnglish() {
        assertThat(QuestionParser.langOf("Cuda Out Of Memory\n\n### System Info / 系統信息\n\nCuda 12.5\nNVIDIA RTX 4090 - 24Gb RAM\n\n"
                + "### Information / 问题信息\n\n- [X] The official example scripts / 官方的示例脚本\n\n### Reproduction / 复现过程\n\n"
                + "I tried the code example on HuggingFace and just ran it")).isEqualTo(Lang.EN);
    }

    @Test
    void givenChineseThePersonWritesThenChinese() {
        assertThat(QuestionParser.langOf("### System Info / 系統信息\n\n4090 24G\n\n### Reproduction / 复现过程\n\n运行示例代码就显存不足"))
                .isEqualTo(Lang.ZH);
        assertThat(QuestionParser.langOf("RTX 4090 / 显存不够用了，怎么办")).isEqualTo(Lang.ZH);
    }
}
