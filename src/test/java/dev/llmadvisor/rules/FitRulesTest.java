package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q6_K;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

class FitRulesTest {

    @Test
    void aCandidateThatFitsNowhereIsRejected() {
        Candidate c = Given.candidate("qwen2.5-coder-32b", 32.8, Q8_0).file(34.8).placement(Placement.NONE).build();
        Candidate offloaded = Given.candidate("qwen3-32b", 32.8, Q4_K_M).file(19.8).placement(Placement.OFFLOAD).build();
        given(Given.ask().build(), c, offloaded).rule("Does not fit in GPU memory and RAM together")
                .firesFor(c).withEffect(c, Effect.REJECT).saying("does not fit").doesNotFireFor(offloaded);
    }

    @Test
    void oneGpuScoresThirty() {
        Candidate c = Given.candidate("qwen3-8b", 8.2, Q4_K_M).build();
        Candidate offloaded = Given.candidate("qwen3-32b", 32.8, Q4_K_M).file(19.8).placement(Placement.OFFLOAD).build();
        given(Given.ask().build(), c, offloaded).rule("Fits entirely on one GPU")
                .firesFor(c).withPoints(c, 30).doesNotFireFor(offloaded);
    }

    @Test
    void multiGpuScoresTwentyAndSaysMemoryIsNotPooled() {
        Candidate c = Given.candidate("llama-3.3-70b", 70.6, Q4_K_M).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate oneCard = Given.candidate("qwen3-14b", 14.8, Q4_K_M).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), c, oneCard).rule("Split across several GPUs")
                .firesFor(c).withPoints(c, 20).saying("not pooled").doesNotFireFor(oneCard);
    }

    @Test
    void expertsInRamIsPreferredToLayerOffload() {
        Candidate moe = Given.candidate("qwen3-30b-a3b", 30.5, Q4_K_M).moe(3.3).expertsInRam().vram(8).ram(14, 27).build();
        Candidate dense = Given.candidate("qwen3-32b", 32.8, Q4_K_M).placement(Placement.OFFLOAD).vram(8).ram(14, 27).layers(20, 64).build();
        RuleVerifier.Then then = given(Given.ask().gpus(1, 8).build(), moe, dense);
        then.rule("MoE experts kept in system RAM").firesFor(moe).withPoints(moe, 5).doesNotFireFor(dense);
        then.rule("Layers offloaded to the CPU").firesFor(dense).withPoints(dense, -10).doesNotFireFor(moe);
    }

    @Test
    void anOptionThatNeedsRamNobodyStatedComesAfterWhatTheGpuHolds() {
        Candidate moe = Given.candidate("qwen3-235b-a22b", 235, Q4_K_M).moe(22).expertsInRam().vram(6).ram(130, 1024).build();
        Candidate littleInRam = Given.candidate("qwen3-8b", 8.2, Q4_K_M).placement(Placement.OFFLOAD).vram(6).ram(0.3, 1024).layers(35, 37).build();
        Candidate onGpu = Given.candidate("qwen3-4b", 4.0, Q4_K_M).vram(6).build();
        Candidate named = Given.candidate("llama-3.3-70b", 70.6, Q4_K_M).requested().placement(Placement.OFFLOAD).vram(6).ram(38, 1024).build();
        given(Given.ask().gpus(1, 6).ramUnstated().build(), moe, littleInRam, onGpu, named)
                .rule("RAM not stated: what runs from RAM is not a pick")
                .firesFor(moe).withPoints(moe, -40).saying("which you did not state")
                .doesNotFireFor(littleInRam).doesNotFireFor(onGpu).doesNotFireFor(named);
        given(Given.ask().gpus(1, 6).ram(256).build(), moe)
                .rule("RAM not stated: what runs from RAM is not a pick").doesNotFireFor(moe);
    }

    @Test
    void theModelNamedRunsFromUnstatedRamAtQ4BeforeAFinerFormat() {
        Candidate q4 = Given.candidate("llama-3.1-70b", 70.6, Q4_K_M).requested().placement(Placement.OFFLOAD).vram(12).ram(32, 1024).build();
        Candidate q6 = Given.candidate("llama-3.1-70b", 70.6, Q6_K).requested().placement(Placement.OFFLOAD).vram(12).ram(46, 1024).build();
        Candidate other = Given.candidate("qwen2.5-72b", 72.7, Q6_K).requested().placement(Placement.OFFLOAD).vram(12).ram(50, 1024).build();
        given(Given.ask().gpus(1, 12).ramUnstated().build(), q4, q6, other)
                .rule("RAM not stated: the model named runs from RAM at Q4_K_M before a finer format")
                .firesFor(q6).withPoints(q6, -6).saying("which you did not state")
                .doesNotFireFor(q4).doesNotFireFor(other);
        given(Given.ask().gpus(1, 12).ram(128).build(), q4, q6)
                .rule("RAM not stated: the model named runs from RAM at Q4_K_M before a finer format").doesNotFireFor(q6);
    }

    @Test
    void withNoGpuTheModelNamedRunsFromUnstatedRamAtQ4BeforeAFinerFormat() {
        Candidate q4 = Given.candidate("deepseek-r1", 671, Q4_K_M).requested().placement(Placement.CPU).vram(0).ram(377, 1024).build();
        Candidate q6 = Given.candidate("deepseek-r1", 671, Q6_K).requested().placement(Placement.CPU).vram(0).ram(514, 1024).build();
        given(Given.ask().noGpu().ramUnstated().build(), q4, q6)
                .rule("RAM not stated: the model named runs from RAM at Q4_K_M before a finer format")
                .firesFor(q6).withPoints(q6, -6).doesNotFireFor(q4);
        given(Given.ask().noGpu().ram(768).build(), q4, q6)
                .rule("RAM not stated: the model named runs from RAM at Q4_K_M before a finer format").doesNotFireFor(q6);
    }

    @Test
    void withNoGpuAndNoRamStatedAModelBeyondSixGigabytesComesAfterSmallerOnes() {
        Candidate big = Given.candidate("llama-3.1-405b", 405, Q4_K_M).placement(Placement.CPU).vram(0).ram(245, 1024).build();
        Candidate small = Given.candidate("qwen3-8b", 8.2, Q4_K_M).placement(Placement.CPU).vram(0).ram(5.8, 1024).build();
        Candidate named = Given.candidate("llama-3.3-70b", 70.6, Q4_K_M).requested().placement(Placement.CPU).vram(0).ram(43, 1024).build();
        given(Given.ask().noGpu().ramUnstated().build(), big, small, named)
                .rule("CPU only, RAM not stated: a model beyond 6 GB is not a pick")
                .firesFor(big).withPoints(big, -40).saying("which you did not state")
                .doesNotFireFor(small).doesNotFireFor(named);
        given(Given.ask().noGpu().ram(256).build(), big)
                .rule("CPU only, RAM not stated: a model beyond 6 GB is not a pick").doesNotFireFor(big);
        given(Given.ask().gpus(1, 8).ramUnstated().build(), big)
                .rule("CPU only, RAM not stated: a model beyond 6 GB is not a pick").doesNotFireFor(big);
    }

    @Test
    void cpuOnlyIsPenalised() {
        Candidate c = Given.candidate("qwen3-4b", 4.0, Q4_K_M).placement(Placement.CPU).vram(0).build();
        Candidate tooBig = Given.candidate("llama-3.3-70b", 70.6, Q4_K_M).placement(Placement.NONE).vram(0).build();
        given(Given.ask().noGpu().ram(16).build(), c, tooBig).rule("CPU only")
                .firesFor(c).withPoints(c, -20).doesNotFireFor(tooBig);
    }

    @Test
    void underOneGigabyteOfHeadroomIsTight() {
        Candidate tight = Given.candidate("qwen3-14b", 14.8, Q4_K_M).gpu(15.4).vram(16).build();
        Candidate roomy = Given.candidate("qwen3-8b", 8.2, Q4_K_M).gpu(7).vram(16).build();
        given(Given.ask().build(), tight, roomy).rule("Less than 1 GB of VRAM left")
                .firesFor(tight).withPoints(tight, -8).doesNotFireFor(roomy);
    }

    @Test
    void underThreeTokensPerSecondIsTooSlowToChat() {
        Candidate slow = Given.candidate("llama-3.3-70b", 70.6, Q4_K_M).placement(Placement.OFFLOAD).speed(1.2, 2.5).build();
        Candidate fast = Given.candidate("qwen3-8b", 8.2, Q4_K_M).speed(40, 70).build();
        given(Given.ask().build(), slow, fast).rule("Too slow to chat").firesFor(slow).doesNotFireFor(fast);
    }
}
