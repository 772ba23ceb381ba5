package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

/** rules/60-corrections.drl: where a source document contradicts the arithmetic. */
class CorrectionRulesTest {

    @Test
    void aRequestedFileLargerThanTheCardIsCorrected() {
        // document 004's machine: RTX 2000 Ada 16GB + 64 GB DDR5; qwen2.5-coder:32b-instruct-q8_0 is 34.8 GB,
        // qwen2.5-coder:14b-instruct-q8_0 is 15.7 GB
        Candidate big = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q8_0).tier(32).file(34.8).requested()
                .placement(Placement.OFFLOAD).vram(16).ram(22, 58).build();
        Candidate fits = Given.candidate("qwen2.5-coder-14b-instruct", 14.7, Q8_0).tier(14).file(15.7).requested()
                .placement(Placement.OFFLOAD).vram(16).ram(2, 58).build();
        Candidate notAsked = Given.candidate("qwen3-32b", 32.8, Q8_0).tier(32).file(34.8)
                .placement(Placement.OFFLOAD).vram(16).ram(22, 58).build();
        given(Given.ask().gpus(1, 16).ram(64).build(), big, fits, notAsked).rule("A file larger than the card does not run on the card")
                .firesFor(big).withEffect(big, Effect.WARN)
                .sayingFor(big, "the Q8_0 file alone is 34.8 GB, more than the 16.0 GB the GPU can use")
                .placeholdersFilled()
                .doesNotFireFor(fits)
                .doesNotFireFor(notAsked);
    }

    @Test
    void aFileOverTheCardByLessThanItsPrintedFigureIsNotCalledLarger() {
        // given a file that prints as the same 16.0 GB as the card's usable memory, and one a tenth of a GB over it
        Candidate same = Given.candidate("qwen2.5-coder-14b-instruct", 14.7, Q8_0).tier(14).file(16.04).requested()
                .placement(Placement.OFFLOAD).vram(16).ram(2, 58).build();
        Candidate over = Given.candidate("qwen3-14b", 14.8, Q8_0).tier(14).file(16.1).requested()
                .placement(Placement.OFFLOAD).vram(16).ram(2, 58).build();
        // then only the one whose figure is larger is said to be larger
        given(Given.ask().gpus(1, 16).ram(64).build(), same, over).rule("A file larger than the card does not run on the card")
                .doesNotFireFor(same)
                .firesFor(over).sayingFor(over, "the Q8_0 file alone is 16.1 GB, more than the 16.0 GB the GPU can use");
    }

    @Test
    void aKTransformersRunKeepsTheFileOffTheCardByDesign() {
        Candidate r1 = Given.candidate("deepseek-r1", 671, Q4_K_M).tier(70).moe(37).file(375.7).requested()
                .expertsInRam().vram(24).ram(367, 768).build();
        given(Given.ask().gpus(1, 24).ram(768).engine(Engine.KTRANSFORMERS).build(), r1)
                .rule("A file larger than the card does not run on the card")
                .doesNotFireFor(r1);
        given(Given.ask().gpus(1, 24).ram(768).engine(Engine.LLAMA_CPP).build(), r1)
                .rule("A file larger than the card does not run on the card")
                .firesFor(r1);
    }

    @Test
    void withoutAGpuThereIsNoCardToCompareTheFileWith() {
        Candidate c = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q8_0).tier(32).file(34.8).requested()
                .placement(Placement.CPU).vram(0).ram(37, 58).build();
        given(Given.ask().noGpu().ram(64).build(), c).rule("A file larger than the card does not run on the card")
                .doesNotFireFor(c);
    }

    @Test
    void moeIsSizedByAllItsExpertsWhenAskedForOrOffGpu() {
        // Qwen3-30B-A3B Q4_K_M (18.6 GB): 3.3B active, all 30.5B loaded
        Candidate asked = Given.candidate("qwen3-30b-a3b", 30.5, Q4_K_M).tier(32).moe(3.3).file(18.6).requested().vram(24).build();
        Candidate offloaded = Given.candidate("gpt-oss-120b", 116.8, Q4_K_M).tier(70).moe(5.1).file(63.4)
                .expertsInRam().vram(24).ram(44, 58).build();
        Candidate onGpuNotAsked = Given.candidate("gpt-oss-20b", 20.9, Q4_K_M).tier(14).moe(3.6).file(12.1).vram(24).build();
        Candidate dense = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8).requested().vram(24).build();
        given(Given.ask().gpus(1, 24).ram(64).build(), asked, offloaded, onGpuNotAsked, dense).rule("MoE needs memory for all its experts")
                .firesFor(asked).withPoints(asked, 0).sayingFor(asked, "all 30.5B must be in memory")
                .firesFor(offloaded)
                .placeholdersFilled()
                .doesNotFireFor(onGpuNotAsked)
                .doesNotFireFor(dense);
    }

    @Test
    void theFileSizeRuleOfThumbIsCorrectedWhenItIsOff() {
        // Qwen3 8B Q4_K_M (5.03 GB): at 32k it needs 10.5 GB (2.1x the file); at 8k 7.1 GB (1.4x, inside 1.2-1.5)
        Candidate at32k = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).kv(4.5).context(32768, 131072).requested().build();
        given(Given.ask().context(32768).model("qwen3-8b").build(), at32k).rule("The file-size rule of thumb is only a rough guide")
                .firesFor(at32k).withPoints(at32k, 0)
                .sayingFor(at32k, "the real need is 10.5 GB for a 5.0 GB file at 32k")
                .placeholdersFilled();
        Candidate at8k = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).kv(1.125).requested().build();
        given(Given.ask().model("qwen3-8b").build(), at8k).rule("The file-size rule of thumb is only a rough guide")
                .doesNotFireFor(at8k);
    }

    @Test
    void theRuleOfThumbIsOnlyCorrectedForTheRequestedModel() {
        Candidate other = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).kv(4.5).context(32768, 131072).build();
        given(Given.ask().context(32768).build(), other).rule("The file-size rule of thumb is only a rough guide")
                .doesNotFireFor(other);
    }

    @Test
    void anR1DistillIsNotDeepSeekR1() {
        // document 004's deepseek-r1:8b-llama-distill-q8_0 (8.54 GB) vs the real 671B R1
        Candidate distill = Given.candidate("deepseek-r1-distill-llama-8b", 8.03, Q8_0).tier(8).file(8.54).requested().build();
        Candidate r1 = Given.candidate("deepseek-r1", 671, Q4_K_M).tier(671).moe(37).file(404).requested()
                .placement(Placement.OFFLOAD).vram(16).ram(390, 490).build();
        given(Given.ask().ram(512).build(), distill, r1).rule("The R1 distills are not DeepSeek-R1")
                .firesFor(distill).withPoints(distill, 0)
                .sayingFor(distill, "deepseek-r1-distill-llama-8b is a distilled model")
                .placeholdersFilled()
                .doesNotFireFor(r1);
        Candidate notAsked = Given.candidate("deepseek-r1-distill-qwen-14b", 14.8, Q4_K_M).tier(14).file(8.99).build();
        given(Given.ask().build(), notAsked).rule("The R1 distills are not DeepSeek-R1").doesNotFireFor(notAsked);
    }
    @Test
    void ollamasDeepseekR1_8bIsADistillToo() {
        Candidate r1_8b = Given.candidate("deepseek-r1-0528-qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).requested().build();
        given(Given.ask().model("deepseek-r1-0528-qwen3-8b").build(), r1_8b).rule("The R1 distills are not DeepSeek-R1")
                .firesFor(r1_8b).sayingFor(r1_8b, "not the 671B DeepSeek-R1");
    }
}
