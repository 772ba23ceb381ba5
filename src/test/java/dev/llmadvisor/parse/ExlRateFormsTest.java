package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an ExLlama format or a bit rate beside ExLlama, then the question carries EXL2/EXL3 at that rate; a rate said of a
 * GGUF quant, or with no ExLlama in sight, names no ExLlama format.
 */
class ExlRateFormsTest {

    private static final List<String> RATES = List.of("2.5", "4.0", "4.65", "6");
    private static final List<String> EXL2_FRAMES = List.of(
            "Can my 3090 run Llama 3.1 70B exl2 at %sbpw?",
            "Mistral Large 123B %s bpw exl2 on 3x 3090 with exllamav2, 32k context?",
            "I load turboderp/Llama-3.1-70B-Instruct-exl2 (%sbpw) in TabbyAPI on two 4090s, does it fit?",
            "exllamav2 OOM with Command-R plus %s bpw on 3x 3090",
            "qwen2.5 72b at %s bits per weight with exllama on a 48GB card?",
            "我的4090能跑 Qwen2.5-72B-Instruct-exl2 的 %sbpw 吗");

    @Test
    void aRateBesideExllamaIsAnExl2FormatAtThatRate() {
        List<String> misses = new ArrayList<>();
        for (String frame : EXL2_FRAMES)
            for (String rate : RATES) {
                String t = String.format(frame, rate);
                Question q = PARSER.parse(t);
                if (q.format() != WeightFormat.EXL2 || q.exl() == null || Math.abs(q.exl().bitsPerWeight() - Double.parseDouble(rate)) > 1e-9) {
                    misses.add(t + " -> " + q.format() + " " + q.exl());
                }
            }
        assertThat(misses).isEmpty();
    }

    @Test
    void exl3AndExllamaV3NameTheThirdFormat() {
        for (String t : List.of("ERNIE-4.5-300B-A47B-PT-exl3/2.25bpw on 5x3080 20G", "GLM 4.5 Air 3.0bpw with exllamav3 on two 3090s")) {
            Question q = PARSER.parse(t);
            assertThat(q.format()).as(t).isEqualTo(WeightFormat.EXL3);
            assertThat(q.exl()).as(t).isNotNull();
        }
    }

    @Test
    void aRepositorysHeadBitsAreRead() {
        Question q = PARSER.parse("It's using 19gb of vram for https://huggingface.co/turboderp/CodeLlama-13B-instruct-2.65bpw-h6-exl2");
        assertThat(q.format()).isEqualTo(WeightFormat.EXL2);
        assertThat(q.exl().bitsPerWeight()).isEqualTo(2.65);
        assertThat(q.exl().headBits()).isEqualTo(6);
        assertThat(PARSER.parse("Llama-3-70B-Instruct-exl2 4.0bpw h8 on an A6000").exl().headBits()).isEqualTo(8);
    }

    @Test
    void exl2NamedWithoutARateIsTheFormatWithNoRate() {
        Question q = PARSER.parse("Is exl2 better than gguf for a 4090 running qwen2.5 32b?");
        assertThat(q.format()).isEqualTo(WeightFormat.EXL2);
        assertThat(q.exl()).isNull();
    }

    @Test
    void nearMissesNameNoExllamaFormat() {
        for (String t : List.of(
                "Q4_K_M is about 4.8 bpw, will llama 3.1 70b fit my two 3090s?",
                "at 4.5 bits per weight a 70b needs about 40GB, right?",
                "llama.cpp IQ2_XS is 2.3 bpw, can my 4090 run llama 70b with it?",
                "exllama is fast but I use ollama with qwen3 14b q4_K_M")) {
            Question q = PARSER.parse(t);
            assertThat(q.format()).as(t).isNotIn(WeightFormat.EXL2, WeightFormat.EXL3);
            assertThat(q.exl()).as(t).isNull();
        }
    }
}
