package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.F16;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q6_K;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

/** rules/30-multi-gpu.drl: when several cards are needed, and what a split really gives. */
class MultiGpuRulesTest {

    @Test
    void severalCardsGetTheNotPooledNote() {
        given(Given.ask().gpus(2, 24).build()).rule("GPU memory is not pooled")
                .firesOnQuestion().saying("do not add up to one big card");
        given(Given.ask().gpus(1, 24).build()).rule("GPU memory is not pooled").doesNotFire();
        given(Given.ask().noGpu().build()).rule("GPU memory is not pooled").doesNotFire();
    }

    @Test
    void aRequestedModelUpToTwiceTheCardSuggestsASecondCard() {
        // Qwen2.5-Coder 32B on one RTX 4060 Ti 16GB: Q4_K_M (19.85 GB file, 21.8 GB in all) would fit on two cards,
        // Q8_0 (34.8 GB file, 36.8 GB in all) would not
        Candidate q4 = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q4_K_M).tier(32).file(19.85).requested()
                .placement(Placement.OFFLOAD).vram(16).build();
        Candidate q8 = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q8_0).tier(32).file(34.8).requested()
                .placement(Placement.OFFLOAD).vram(16).build();
        Candidate notAsked = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8)
                .placement(Placement.OFFLOAD).vram(16).build();
        given(Given.ask().gpus(1, 16).ram(64).build(), q4, q8, notAsked).rule("Needs several GPUs")
                .firesFor(q4).withEffect(q4, Effect.WARN)
                .sayingFor(q4, "needs 21.8 GB: a second card of the same size would hold it entirely")
                .placeholdersFilled()
                .doesNotFireFor(q8)
                .doesNotFireFor(notAsked);
    }

    @Test
    void aMachineThatAlreadyHasSeveralCardsIsNotToldToAddOne() {
        // Qwen2.5-Coder 32B Q8_0 (36.8 GB in all) on 2x RTX 4060 Ti 16GB spills into RAM; it is not a one-card machine
        Candidate q8 = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q8_0).tier(32).file(34.8).requested()
                .placement(Placement.OFFLOAD).vram(32).build();
        given(Given.ask().gpus(2, 16).ram(64).build(), q8).rule("Needs several GPUs").doesNotFireFor(q8);
    }
    @Test
    void aMacIsNotToldToAddASecondCard() {
        // GPT-J 6B F16 (12.9 GB) on an M2 with 16 GB, of which the GPU may use 9.6 GB: it spills, but a Mac takes no card
        Candidate f16 = Given.candidate("gpt-j-6b", 6.1, F16).tier(7).file(11.3).requested()
                .placement(Placement.OFFLOAD).vram(9.6).build();
        given(Given.ask().gpus(1, 9.6).platform(Platform.APPLE).build(), f16).rule("Needs several GPUs").doesNotFireFor(f16);
        given(Given.ask().gpus(1, 9.6).platform(Platform.NVIDIA).build(), f16).rule("Needs several GPUs").firesFor(f16);
    }

    @Test
    void aJetsonIsNotToldToAddACard() {
        // the same spill on a Jetson Orin NX 16GB, whose GPU may use 12 GB of the pool it shares with the CPU: no card to add
        Candidate f16 = Given.candidate("gpt-j-6b", 6.1, F16).tier(7).file(11.3).requested()
                .placement(Placement.OFFLOAD).vram(12).build();
        given(Given.ask().gpus(1, 12).ram(16).unified().build(), f16).rule("Needs several GPUs").doesNotFireFor(f16);
        given(Given.ask().gpus(1, 12).ram(16).build(), f16).rule("Needs several GPUs").firesFor(f16);
    }

    @Test
    void aModelThatFillsTwoCardsExactlyDoesNotFitOnTwo() {
        // Qwen2.5-Coder 32B Q6_K (26.9 GB) at 16k: 26.9 + 4.0 KV + 0.5 buffers + 0.45 runtime = 31.85 GB <= 2 x 16 GB,
        // but on two cards each needs its own buffers and runtime: 31.85 + 0.5 + 0.45 = 32.8 GB > 32 GB
        Candidate q6 = Given.candidate("qwen2.5-coder-32b-instruct", 32.5, Q6_K).tier(32).file(26.9).kv(4.0)
                .context(16384, 131072).requested().placement(Placement.OFFLOAD).vram(16).build();
        given(Given.ask().gpus(1, 16).ram(64).context(16384).build(), q6).rule("Needs several GPUs").doesNotFireFor(q6);
    }

    @Test
    void aLayerSplitAddsMemoryNotSpeed() {
        Candidate split = Given.candidate("llama3.3-70b-instruct", 70.6, Q4_K_M).tier(70).file(42.5)
                .placement(Placement.MULTI_GPU).vram(48).speed(12, 18).build();
        Candidate single = Given.candidate("qwen3-14b", 14.8, Q4_K_M).tier(14).file(9.0).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), split, single).rule("Several GPUs are slower than one that fits")
                .firesFor(split).withPoints(split, 0).sayingFor(split, "the cards take turns, 12-18 tokens/s")
                .placeholdersFilled()
                .doesNotFireFor(single);
    }
}
