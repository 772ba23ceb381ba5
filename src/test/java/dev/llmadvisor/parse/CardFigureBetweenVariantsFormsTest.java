package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label rule C: a figure said with a card sold in several sizes that lies between two of them and is no size any card is sold
 * in ("V100 … 显存26G": 16 or 32) is what a run used on it, so the card is the variant that holds it; a figure that is one of
 * its sizes, a size other cards have ("RTX 2060 8GB", as the person wrote it), or beyond the largest (a memory mod: "2080 Ti
 * 22G") is the card's own.
 */
class CardFigureBetweenVariantsFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "目前使用V100进行推理qwen 7b，显存26G，耗时10s/条，有什么加速方法|32",
            "can I run qwen 2.5 14b on RTX 2060 8GB + 48GB RAM?|8",
            "目前使用V100进行推理qwen 7b，显存32G，耗时10s/条|32",
            "在V100 16G上部署qwen 7b，速度慢|16",
            "我的2080ti 22G能跑qwen2.5 14b吗|22"})
    void givenAFigureSaidWithACard_thenTheVariantHoldingIt(String q, double gb) {
        Understood u = Understanding.of(q);

        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isEqualTo(gb);
    }
}
