package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run told slow in Chinese without the word 慢: its inference performance called poor ("推理运行性能在 RTX 4090 上很差") or
 * its time called long ("推理时长特别长"), generated over the verbs and degree words. A gap between two runs (性能差距, 相差)
 * and a format's quality ("int4性能较差") are not a slow run.
 */
class RunToldSlowFormsTest {

    private static boolean slow(String text) {
        return PARSER.parseOrThrow(text).report().has(Report.Symptom.SLOW);
    }

    @Test
    void poorPerformanceOrALongTimeIsASlowRun() {
        for (String verb : List.of("推理", "运行", "生成", "推理运行"))
            for (String degree : List.of("很", "太", "非常", "特别")) {
                for (String q : List.of("示例代码" + verb + "性能在 RTX 4090 上" + degree + "差", "Qwen2 7B 在 A100 上" + verb + "性能" + degree + "差，是什么原因",
                        "BELLE 13B 在 A100 40G 上" + verb + "，时长" + degree + "长，需要十几分钟", "用 4090 " + verb + "耗时" + degree + "长"))
                    assertThat(slow(q)).as(q).isTrue();
            }
    }

    @Test
    void aGapBetweenRunsOrAFormatsQualityIsNoSlowRun() {
        for (String q : List.of("为啥qwen.cpp在A100和A10性能差距很大", "int4性能较差，float16显存不足，int8可以吗", "推理性能相差巨大，是哪里设置不对",
                "两张卡推理性能差别很大"))
            assertThat(slow(q)).as(q).isFalse();
    }
}
