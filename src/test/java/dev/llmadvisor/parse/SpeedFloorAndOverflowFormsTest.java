package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a speed told as a floor with a plus ("40+ tokens/s", 跑到40+token/s), then it is the speed seen, its number read;
 * wished for, it is no run. Given GPU memory told to overflow with an adverb between (显存就会溢出, 显存又溢出), then it is
 * an out-of-memory seen; asked whether it will (显存会不会溢出), it is none.
 */
class SpeedFloorAndOverflowFormsTest {

    private static final List<String> SUBJECTS = List.of("Qwen3.6 27B AWQ", "llama 3.1 8b on my 3090", "qwen2.5 14b 用 vllm");

    @Test
    void aSpeedWithAPlusIsTheSpeedSeen() {
        for (String m : SUBJECTS) {
            for (String f : List.of("{m} only reaches 40+ tokens/s", "{m} gets 40+ tok/s", "{m} runs at 40+t/s, can it go faster?",
                    "{m} 只能跑到40+token/s", "{m} 速度 40+ tokens/s，正常吗")) {
                String q = f.replace("{m}", m);
                Report r = PARSER.parseOrThrow(q).report();
                assertThat(r.tokensPerSecond()).as(q).isEqualTo(40.0);
                assertThat(r.works()).as(q).isTrue();
            }
        }
    }

    @Test
    void aChineseSpeedWithSpacesAroundTheNumberIsTheSpeedSeen() {
        for (String m : SUBJECTS) {
            for (String f : List.of("{m} 每秒只有 8 个 token，正常吗", "{m} 每秒 8 个 token", "{m} 每秒只有 8 个字", "{m} 跑起来 8 个 token 每秒")) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().tokensPerSecond()).as(q).isEqualTo(8.0);
            }
        }
    }

    @Test
    void aSpeedWithAPlusWishedForIsNoRun() {
        for (String q : List.of("I want 40+ tokens/s from qwen2.5 14b on my 3090", "希望 qwen2.5 14b 能到 40+ token/s")) {
            assertThat(PARSER.parseOrThrow(q).report().works()).as(q).isFalse();
        }
    }

    @Test
    void anOverflowToldWithAnAdverbIsAnOutOfMemory() {
        for (String m : SUBJECTS) {
            for (String f : List.of("{m} 启动后两三轮对话显存就会溢出", "{m} 换了长一点的输入，显存又溢出了", "{m} 清了缓存，显存还是溢出",
                    "{m} 一开对话显存就会爆", "{m} 调小了 max_model_len，显存也溢出")) {
                String q = f.replace("{m}", m);
                assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.OUT_OF_MEMORY)).as(q).isTrue();
            }
        }
    }

    @Test
    void anOverflowAskedAboutIsNone() {
        for (String q : List.of("qwen2.5 14b 在 4090 上显存会不会溢出？", "跑 llama 3.1 8b 显存占用多少", "llama 3.1 8b 的输出溢出了上下文窗口吗")) {
            assertThat(PARSER.parseOrThrow(q).report().has(Report.Symptom.OUT_OF_MEMORY)).as(q).isFalse();
        }
    }
}
