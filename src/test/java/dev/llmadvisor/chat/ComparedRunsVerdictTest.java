package dev.llmadvisor.chat;

import dev.llmadvisor.parse.RelativeSpeedForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given two of the person's own runs compared by speed on a machine they do not describe (one format, model, engine or
 * card count slower than another), when nothing can be sized, then the verdict is a fit as they run it, said in their
 * language: both runs answer, and the gap is the setup's, not memory's. A failure beside the comparison, or a plain slow
 * run with nothing compared, states nothing. Generated English and Chinese comparatives over pairs of setups.
 */
class ComparedRunsVerdictTest {

    /** Pairs of setups people compare: quantized vs original, two engines, several cards vs one, two models. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"Qwen2-7B-Instruct-AWQ", "Qwen2-7B-Instruct"},
            new String[] {"the GPTQ build of Mistral 7B", "the fp16 Mistral 7B"},
            new String[] {"inference through exllama", "inference through transformers"},
            new String[] {"Llama 3 8B Int4", "Llama 3 8B bf16"});

    private static final List<String> EN = List.of(
            "%s is much slower than %s, why?",
            "Generation with %s is 3x slower than with %s. Is that expected?",
            "%s runs about five times slower than %s on the same machine",
            "%s feels way slower than %s, any idea what is going on?",
            "%s is twice as slow as %s here, why?");

    private static final List<String> ZH = List.of(
            "%s的推理速度比%s慢很多，是怎么回事？",
            "为什么%s相比%s慢了近十倍？",
            "在相同设备下%s比%s还慢，正常吗",
            "%s 比 %s 慢的多，请问原因");

    @Test
    void twoRunsComparedBySpeedFitAsRun() {
        for (String[] p : PAIRS) {
            for (String form : EN) {
                String q = String.format(form, p[0], p[1]);
                assertThat(RelativeSpeedForms.told(q)).as(q).isTrue();
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(a.reply().toText(false)).as(q).contains("Both runs you compare answer");
            }
            for (String form : ZH) {
                String q = String.format(form, p[0], p[1]);
                assertThat(RelativeSpeedForms.told(q)).as(q).isTrue();
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                assertThat(a.reply().toText(false)).as(q).contains("你比较的两种运行方式都能跑出结果");
            }
        }
    }

    /** The time one run takes as a multiple of the other's is the same comparison (the diagnosis path keeps its own verdict). */
    @Test
    void aTimeTakenAsAMultipleOfTheOtherRunsIsAComparison() {
        for (String[] p : PAIRS)
            for (String form : List.of("Each answer from %s takes 3 times as long as from %s", "%s needs 2.5x longer than %s per image",
                    "%s的推理耗时是%s的两倍", "%s单图推理时长是%s的3倍，请问是合理情况吗？")) {
                String q = String.format(form, p[0], p[1]);
                assertThat(RelativeSpeedForms.told(q)).as(q).isTrue();
            }
    }

    @Test
    void aFailureBesideTheComparisonOrNothingComparedStatesNothing() {
        for (String q : List.of("Qwen2-7B-Instruct-AWQ is slower than the original and then crashes with CUDA out of memory",
                "Qwen2-7B-Instruct-AWQ比原版慢很多，而且会爆显存",
                "Qwen2-7B-Instruct is very slow, why?",
                "Qwen2-7B-Instruct推理很慢是什么原因"))
            assertThat(askAsShipped(q).verdict()).as(q).isNotEqualTo(Verdict.FITS);
        // the words of the grammar, not any "than" or 比
        assertThat(RelativeSpeedForms.told("more memory than I have")).isFalse();
        assertThat(RelativeSpeedForms.told("比较一下这两个模型")).isFalse();
        // 比较 before an adjective is "rather": one run told as slow, not two compared
        assertThat(RelativeSpeedForms.told("推断速度比较慢，显存占用接近8个G")).isFalse();
        assertThat(RelativeSpeedForms.told("加载比较快，但是推理的时候很慢")).isFalse();
        assertThat(RelativeSpeedForms.told("单卡比双卡还快")).isTrue();
        // a multiple of memory, not of time or speed
        assertThat(RelativeSpeedForms.told("int4模型的显存占用是bf16模型的一半，fp32是bf16的2倍")).isFalse();
        assertThat(RelativeSpeedForms.told("it needs 3 times as much memory as the 7b")).isFalse();
        assertThat(RelativeSpeedForms.told(null)).isFalse();
    }

    /** A fit the answer already has (a served run told at its speed) is not a comparison: no comparison line. */
    @Test
    void aFitAlreadyToldIsNotSaidAsTwoRunsCompared() {
        for (String q : List.of("vllm跑qwen3 32b只有20tokens/s", "我用VLLM部署235b的qwen3，输出速率只有20tokens/s",
                "serving qwen3 32b with vllm I only get 20 tokens/s")) {
            Answer a = askAsShipped(q);
            assertThat(RelativeSpeedForms.told(q)).as(q).isFalse();
            assertThat(String.join(" ", a.reply().notes())).as(q).doesNotContain("你比较的两种运行方式").doesNotContain("Both runs you compare");
        }
    }
}
