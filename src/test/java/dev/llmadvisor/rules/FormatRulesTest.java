package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.AWQ_INT4;
import static dev.llmadvisor.sizing.WeightFormat.BF16;
import static dev.llmadvisor.sizing.WeightFormat.F16;
import static dev.llmadvisor.sizing.WeightFormat.F32;
import static dev.llmadvisor.sizing.WeightFormat.FP8;
import static dev.llmadvisor.sizing.WeightFormat.Q2_K;
import static dev.llmadvisor.sizing.WeightFormat.Q3_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q5_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q6_K;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

/** rules/20-formats.drl: document 001's GGUF ladder, documents 002/003's precision ladder. */
class FormatRulesTest {

    @Test
    void q8AndQ6AreNearLossless() {
        // Qwen3 8B: Q8_0 8.71 GB, Q6_K 6.73 GB, Q4_K_M 5.03 GB on a 16 GB card; Q8_0 of Qwen3 32B does not fit
        Candidate q8 = Given.candidate("qwen3-8b", 8.19, Q8_0).tier(8).file(8.71).build();
        Candidate q6 = Given.candidate("qwen3-8b", 8.19, Q6_K).tier(8).file(6.73).build();
        Candidate q4 = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).build();
        Candidate tooBig = Given.candidate("qwen3-32b", 32.8, Q8_0).tier(32).file(34.8).placement(Placement.NONE).build();
        given(Given.ask().ram(16).build(), q8, q6, q4, tooBig).rule("Q8_0 and Q6_K are near lossless")
                .firesFor(q8).withPoints(q8, 6).sayingFor(q8, "Q8_0 is near lossless")
                .firesFor(q6).withPoints(q6, 6).sayingFor(q6, "Q6_K 接近无损")
                .doesNotFireFor(q4)
                .doesNotFireFor(tooBig);
    }

    @Test
    void q5AndQ4KmAreTheBalance() {
        Candidate q5 = Given.candidate("qwen3-14b", 14.8, Q5_K_M).tier(14).file(10.5).build();
        Candidate q4 = Given.candidate("qwen3-14b", 14.8, Q4_K_M).tier(14).file(9.0).build();
        Candidate q8 = Given.candidate("qwen3-14b", 14.8, Q8_0).tier(14).file(15.7).placement(Placement.OFFLOAD).build();
        given(Given.ask().build(), q5, q4, q8).rule("Q5_K_M and Q4_K_M are the balance")
                .firesFor(q5).withPoints(q5, 4)
                .firesFor(q4).withPoints(q4, 4).sayingFor(q4, "Q4_K_M balances size and quality")
                .doesNotFireFor(q8);
    }

    @Test
    void threeBitCostsEightPointsAndTwoBitTwenty() {
        // Llama 3.3 70B on 2x RTX 3090: Q3_K_M 34.3 GB, Q2_K 26.4 GB, Q4_K_M 42.5 GB
        Candidate q3 = Given.candidate("llama3.3-70b-instruct", 70.6, Q3_K_M).tier(70).file(34.3).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate q2 = Given.candidate("llama3.3-70b-instruct", 70.6, Q2_K).tier(70).file(26.4).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate q4 = Given.candidate("llama3.3-70b-instruct", 70.6, Q4_K_M).tier(70).file(42.5).placement(Placement.MULTI_GPU).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), q3, q2, q4).rule("Q3_K_M and Q2_K are for extreme limits")
                .firesFor(q3).withPoints(q3, -8)
                .firesFor(q2).withPoints(q2, -20).sayingFor(q2, "Q2_K loses noticeable quality")
                .doesNotFireFor(q4);
    }

    @Test
    void smallModelsLoseMostToLowBitFormats() {
        // Qwen3 1.7B Q3_K_M on a GTX 1650 4GB vs Llama 3.3 70B Q3_K_M on 2x RTX 3090
        Candidate small = Given.candidate("qwen3-1.7b", 1.7, Q3_K_M).tier(1.5).file(0.94).vram(4).build();
        Candidate smallQ4 = Given.candidate("qwen3-1.7b", 1.7, Q4_K_M).tier(1.5).file(1.11).vram(4).build();
        Candidate large = Given.candidate("llama3.3-70b-instruct", 70.6, Q3_K_M).tier(70).file(34.3).placement(Placement.OFFLOAD).vram(4).build();
        given(Given.ask().gpus(1, 4).build(), small, smallQ4, large).rule("Small models suffer most from low-bit formats")
                .firesFor(small).withPoints(small, -10).sayingFor(small, "a 1.7B model loses much more to Q3_K_M")
                .placeholdersFilled()
                .doesNotFireFor(smallQ4)
                .doesNotFireFor(large);
    }

    @Test
    void largeModelsTolerateThreeBit() {
        Candidate large = Given.candidate("llama3.3-70b-instruct", 70.6, Q3_K_M).tier(70).file(34.3).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate largeQ2 = Given.candidate("llama3.3-70b-instruct", 70.6, Q2_K).tier(70).file(26.4).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate mid = Given.candidate("qwen3-14b", 14.8, Q3_K_M).tier(14).file(7.3).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), large, largeQ2, mid).rule("Large models tolerate low-bit formats")
                .firesFor(large).withPoints(large, 5).sayingFor(large, "70.6B models keep most of their quality at Q3_K_M")
                .placeholdersFilled()
                .doesNotFireFor(largeQ2)
                .doesNotFireFor(mid);
    }

    @Test
    void fp16AndBf16KeepFullQuality() {
        // Qwen3 8B in FP16/BF16 is 16.4 GB: on an RTX 3090 24GB
        Candidate f16 = Given.candidate("qwen3-8b", 8.19, F16).tier(8).file(16.4).vram(24).build();
        Candidate bf16 = Given.candidate("qwen3-8b", 8.19, BF16).tier(8).file(16.4).vram(24).build();
        Candidate q8 = Given.candidate("qwen3-8b", 8.19, Q8_0).tier(8).file(8.71).vram(24).build();
        given(Given.ask().gpus(1, 24).build(), f16, bf16, q8).rule("FP16 and BF16 keep full quality")
                .firesFor(f16).withPoints(f16, 5)
                .firesFor(bf16).withPoints(bf16, 5).sayingFor(bf16, "BF16 keeps the original quality")
                .doesNotFireFor(q8);
    }

    @Test
    void fp32IsPenalisedForInference() {
        // Mistral 7B in FP32 (29 GB) on an RTX 5090 32GB vs the same in FP16 (14.5 GB)
        Candidate f32 = Given.candidate("mistral-7b-instruct-v0.3", 7.25, F32).tier(7).file(29.0).vram(32).build();
        Candidate f16 = Given.candidate("mistral-7b-instruct-v0.3", 7.25, F16).tier(7).file(14.5).vram(32).build();
        given(Given.ask().gpus(1, 32).build(), f32, f16).rule("FP32 is a training precision")
                .firesFor(f32).withPoints(f32, -30).saying("doubles memory")
                .doesNotFireFor(f16);
    }

    @Test
    void qualityFirstPrefersSixBitsAndUp() {
        Candidate q6 = Given.candidate("qwen3-8b", 8.19, Q6_K).tier(8).file(6.73).build();
        Candidate q4 = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).build();
        given(Given.ask().preference(Preference.QUALITY).build(), q6, q4).rule("Quality first: prefer near-lossless formats")
                .firesFor(q6).withPoints(q6, 8).sayingFor(q6, "you asked for quality: Q6_K")
                .doesNotFireFor(q4);
        given(Given.ask().build(), q6).rule("Quality first: prefer near-lossless formats").doesNotFire();
    }

    @Test
    void qualityFirstLeavesASmallerModelBelowALargerOneThatRunsAtFourBits() {
        Candidate small = Given.candidate("qwen3-8b", 8.19, Q6_K).tier(8).file(6.73).build();
        Candidate large = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8).build();
        Candidate largeQ6 = Given.candidate("qwen3-32b", 32.8, Q6_K).tier(32).file(26.9).build();
        given(Given.ask().preference(Preference.QUALITY).build(), small, large, largeQ6).rule("Quality first: prefer near-lossless formats")
                .firesFor(largeQ6).doesNotFireFor(small).doesNotFireFor(large);
        // the larger model only in RAM is no better placement: the smaller one on the GPU keeps its bonus
        Candidate largeOffloaded = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8).placement(Placement.OFFLOAD).build();
        given(Given.ask().preference(Preference.QUALITY).build(), small, largeOffloaded).rule("Quality first: prefer near-lossless formats")
                .firesFor(small);
    }

    @Test
    void speedFirstScoresTokensPerSecondCappedAtTwenty() {
        Candidate q4 = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).speed(40, 62).build();
        Candidate tiny = Given.candidate("qwen3-1.7b", 1.7, Q4_K_M).tier(1.5).file(1.11).speed(120, 180).build();
        Candidate none = Given.candidate("qwen3-32b", 32.8, Q8_0).tier(32).file(34.8).placement(Placement.NONE).speed(0, 0).build();
        given(Given.ask().preference(Preference.SPEED).ram(16).build(), q4, tiny, none).rule("Speed first: fewer bytes per token")
                .firesFor(q4).withPoints(q4, 12).sayingFor(q4, "about 40-62 tokens/s")     // 62 / 5
                .firesFor(tiny).withPoints(tiny, 20)                                        // capped
                .placeholdersFilled()
                .doesNotFireFor(none);
        given(Given.ask().build(), q4).rule("Speed first: fewer bytes per token").doesNotFire();
    }

    @Test
    void servingFormatsWarnThatTheyNeedVllm() {
        Candidate awq = Given.candidate("qwen2.5-14b-instruct", 14.7, AWQ_INT4).tier(14).file(9.98).build();
        Candidate fp8 = Given.candidate("qwen3-8b", 8.19, FP8).tier(8).file(8.8).build();
        Candidate gguf = Given.candidate("qwen2.5-14b-instruct", 14.7, Q4_K_M).tier(14).file(8.99).build();
        given(Given.ask().build(), awq, fp8, gguf).rule("Serving formats need vLLM")
                .firesFor(awq).withEffect(awq, Effect.WARN).sayingFor(awq, "AWQ checkpoints are served by vLLM")
                .firesFor(fp8).withEffect(fp8, Effect.WARN)
                .placeholdersFilled()
                .doesNotFireFor(gguf);
        given(Given.ask().engine(Engine.VLLM).build(), awq).rule("Serving formats need vLLM").doesNotFire();
    }
}
