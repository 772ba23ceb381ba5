package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a memory question about a named model next to the machine the person states ("how much VRAM does X need? I have
 * a 3090"), then the answer states its verdict in one plain line beside the figures, in their language, and the line says
 * what the answer's verdict is: fits entirely in GPU memory, runs with part in system RAM, or does not fit. With no
 * machine stated there is no verdict and no such line.
 */
class MemoryVerdictLineTest {

    /** Models and machines chosen so each verdict occurs: a small model on a big card, a big one on a card with RAM, too big. */
    private static final List<String[]> CASES = List.of(
            new String[] {"qwen2.5 7b", "a single RTX 4090", "一张4090", "FITS"},
            new String[] {"llama 3.1 8b", "an RTX 3060 12GB", "一张3060 12G", "FITS"},
            new String[] {"llama 3.1 70b", "a single RTX 3090 and 64GB RAM", "一张3090，内存64G", "OFFLOAD"},
            new String[] {"qwen2.5 72b", "an RTX 4080 16GB and 128GB RAM", "一张4080 16G，内存128G", "OFFLOAD"},
            new String[] {"deepseek v3", "an RTX 4060 8GB and 16GB RAM", "一张4060 8G，内存16G", "NO"});

    private static final List<String> FORMS_EN = List.of("How much VRAM does %s need? I have %s.",
            "What are the memory requirements of %s? My machine: %s.", "I have %s. How much GPU memory would %s need?");
    private static final List<String> FORMS_ZH = List.of("%s需要多少显存？我有%s。", "我有%s，%s大概需要多大显存？");

    @Test
    void aMemoryAnswerOnAStatedMachineSaysItsVerdictInOneLine() {
        for (String[] c : CASES) {
            Verdict expected = Verdict.valueOf(c[3]);
            for (int i = 0; i < FORMS_EN.size(); i++) {
                String q = i == 2 ? String.format(FORMS_EN.get(i), c[1], c[0]) : String.format(FORMS_EN.get(i), c[0], c[1]);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(expected);
                String line = a.reply().notes().stream().filter(s -> s.startsWith("Verdict: on ")).findFirst().orElse("");
                assertThat(line).as(q).contains(switch (expected) {
                    case FITS -> "fits entirely in GPU memory";
                    case OFFLOAD -> "with part of it in system RAM";
                    case NO -> "does not fit";
                });
            }
            for (int i = 0; i < FORMS_ZH.size(); i++) {
                String q = i == 1 ? String.format(FORMS_ZH.get(i), c[2], c[0]) : String.format(FORMS_ZH.get(i), c[0], c[2]);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(expected);
                String line = a.reply().notes().stream().filter(s -> s.startsWith("结论：在 ")).findFirst().orElse("");
                assertThat(line).as(q).contains(switch (expected) {
                    case FITS -> "能全部放进显存";
                    case OFFLOAD -> "部分放在内存里";
                    case NO -> "放不下";
                });
            }
        }
    }

    @Test
    void aFormatOrAnEngineThatLoadsThePublishedWeightsIsTheOneTheLineJudges() {
        Answer a = askAsShipped("How much VRAM does llama 3.1 70b need in fp16 with vLLM? I have two A100 80GB.");
        assertThat(a.verdict()).isEqualTo(Verdict.FITS);
        assertThat(a.reply().notes()).anyMatch(s -> s.startsWith("Verdict: on ") && s.contains("F16 fits entirely in GPU memory"));
        Answer q4 = askAsShipped("How much VRAM does llama 3.1 70b need at Q4_K_M? I have a single RTX 3090 and 64GB RAM.");
        assertThat(q4.verdict()).isEqualTo(Verdict.OFFLOAD);
        assertThat(q4.reply().notes()).anyMatch(s -> s.startsWith("Verdict: on ") && s.contains("Q4_K_M runs with part of it in system RAM"));
    }

    @Test
    void withNoMachineStatedThereIsNoVerdictLine() {
        for (String q : List.of("How much VRAM does llama 3.1 70b need?", "qwen2.5 72b需要多少显存？")) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isNull();
            assertThat(a.reply().notes()).as(q).noneMatch(s -> s.startsWith("Verdict:") || s.startsWith("结论："));
        }
    }
}
