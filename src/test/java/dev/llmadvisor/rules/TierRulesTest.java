package dev.llmadvisor.rules;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Effect;
import dev.llmadvisor.sizing.Placement;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.rules.RuleVerifier.given;
import static dev.llmadvisor.sizing.WeightFormat.F16;
import static dev.llmadvisor.sizing.WeightFormat.Q4_K_M;
import static dev.llmadvisor.sizing.WeightFormat.Q8_0;

/** rules/10-size-tiers.drl: document 000's size table and its strategies per tier. */
class TierRulesTest {

    @Test
    void largerModelsScoreTenPointsPerDoublingAndMoeCountsBetweenActiveAndTotal() {
        Candidate dense8 = Given.candidate("qwen3-8b", 8.19, Q4_K_M).tier(8).file(5.03).build();
        Candidate dense32 = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8).vram(24).build();
        Candidate moe = Given.candidate("qwen3-30b-a3b", 30.5, Q4_K_M).tier(32).moe(3.3).file(18.6).vram(24).build();
        Candidate tooBig = Given.candidate("llama3.3-70b-instruct", 70.6, Q8_0).tier(70).file(75.0).placement(Placement.NONE).build();
        given(Given.ask().gpus(1, 24).build(), dense8, dense32, moe, tooBig).rule("Larger models are more capable")
                .firesFor(dense8).withPoints(dense8, 30)            // 10 * log2(8.19)
                .firesFor(dense32).withPoints(dense32, 50)          // 10 * log2(32.8)
                .firesFor(moe).withPoints(moe, 33)                  // 10 * log2(sqrt(30.5 * 3.3))
                .sayingFor(moe, "30.5B parameters")
                .doesNotFireFor(tooBig);
    }

    @Test
    void tier1_5bQuotesDocument000BesideTheArithmetic() {
        // DeepSeek-R1-Distill-Qwen-1.5B in FP16 (3.56 GB file) on an RTX 3060 8GB: the table's "recommended" row
        Candidate r1 = Given.candidate("deepseek-r1-distill-qwen-1.5b", 1.78, F16).requested().tier(1.5).file(3.56).vram(8).build();
        Candidate sevenB = Given.candidate("qwen2.5-7b-instruct", 7.61, Q4_K_M).requested().tier(7).file(4.68).vram(8).build();
        given(Given.ask().gpus(1, 8).build(), r1, sevenB).rule("Tier 1.5B: 4 GB with 4-bit, 8 GB for FP16")
                .firesFor(r1).withPoints(r1, 0)
                .sayingFor(r1, "4 GB with 4-bit and 8 GB in FP16; deepseek-r1-distill-qwen-1.5b F16 needs 5.5 GB at 8k")
                .placeholdersFilled()
                .doesNotFireFor(sevenB);
    }

    @Test
    void tier7bQuotesDocument000() {
        // Qwen2.5 7B Q4_K_M (4.68 GB) on an RTX 4060 8GB, the table's minimum
        Candidate qwen7 = Given.candidate("qwen2.5-7b-instruct", 7.61, Q4_K_M).requested().tier(7).file(4.68).vram(8).build();
        Candidate llama8 = Given.candidate("llama3.1-8b-instruct", 8.03, Q4_K_M).requested().tier(8).file(4.92).vram(8).build();
        given(Given.ask().gpus(1, 8).build(), qwen7, llama8).rule("Tier 7B: 8 GB with 4-bit, 16 GB for FP16")
                .firesFor(qwen7).withPoints(qwen7, 0)
                .sayingFor(qwen7, "7B models at 8 GB with 4-bit and 16 GB in FP16; qwen2.5-7b-instruct Q4_K_M needs 6.6 GB at 8k")
                .placeholdersFilled()
                .doesNotFireFor(llama8);
    }

    @Test
    void tier8bQuotesDocument000OnlyForAModelThatFits() {
        // Llama 3.1 8B on an RTX 3080 10GB: Q4_K_M (4.92 GB) fits, F16 (16.1 GB) fits nowhere with 8 GB of RAM
        Candidate q4 = Given.candidate("llama3.1-8b-instruct", 8.03, Q4_K_M).requested().tier(8).file(4.92).vram(10).build();
        Candidate f16 = Given.candidate("llama3.1-8b-instruct", 8.03, F16).requested().tier(8).file(16.1).vram(10).placement(Placement.NONE).build();
        given(Given.ask().gpus(1, 10).ram(8).build(), q4, f16).rule("Tier 8B: 10 GB with 4-bit, 16-24 GB for FP16")
                .firesFor(q4).withPoints(q4, 0)
                .sayingFor(q4, "8B models at 10 GB with 4-bit and 16-24 GB in FP16")
                .placeholdersFilled()
                .doesNotFireFor(f16);
    }

    @Test
    void tier14bNotesThatFp16WeightsAloneExceed24Gb() {
        Candidate qwen14 = Given.candidate("qwen3-14b", 14.8, Q4_K_M).requested().tier(14).file(9.05).build();
        Candidate qwen32 = Given.candidate("qwen3-32b", 32.8, Q4_K_M).requested().tier(32).file(19.8).placement(Placement.OFFLOAD).build();
        given(Given.ask().build(), qwen14, qwen32).rule("Tier 14B: 16 GB with 4-bit, 24 GB+ for FP16")
                .firesFor(qwen14).withPoints(qwen14, 0)
                .sayingFor(qwen14, "FP16 weights alone are about 28 GB")
                .sayingFor(qwen14, "qwen3-14b Q4_K_M needs 11.0 GB at 8k")
                .placeholdersFilled()
                .doesNotFireFor(qwen32);
    }

    @Test
    void tier32bQuotesDocument000() {
        // Qwen3 32B Q4_K_M (19.8 GB) split over 2x RTX 3090, the table's minimum
        Candidate qwen32 = Given.candidate("qwen3-32b", 32.8, Q4_K_M).requested().tier(32).file(19.8).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate qwen14 = Given.candidate("qwen3-14b", 14.8, Q4_K_M).requested().tier(14).file(9.0).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), qwen32, qwen14).rule("Tier 32B: 24 GB with 4-bit and several cards, 80 GB+ for FP16")
                .firesFor(qwen32).withPoints(qwen32, 0)
                .sayingFor(qwen32, "32B models at 24 GB with 4-bit on several cards")
                .placeholdersFilled()
                .doesNotFireFor(qwen14);
    }

    @Test
    void tier70bQuotesDocument000OnlyForAModelThatFits() {
        // Llama 3.3 70B on 2x RTX 3090: Q4_K_M (42.5 GB) fits split, Q8_0 (75 GB) does not fit with 16 GB of RAM
        Candidate q4 = Given.candidate("llama3.3-70b-instruct", 70.6, Q4_K_M).requested().tier(70).file(42.5).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate q8 = Given.candidate("llama3.3-70b-instruct", 70.6, Q8_0).requested().tier(70).file(75.0).placement(Placement.NONE).vram(48).build();
        given(Given.ask().gpus(2, 24).ram(16).build(), q4, q8).rule("Tier 70B: 48 GB with 4-bit on four cards, 320 GB+ for FP16")
                .firesFor(q4).withPoints(q4, 0)
                .sayingFor(q4, "70B models at 48 GB with 4-bit and 320 GB+ in FP16")
                .placeholdersFilled()
                .doesNotFireFor(q8);
    }

    @Test
    void tier671bOnASingleMachinePointsToAnApi() {
        // DeepSeek-R1 671B Q4_K_M (404 GB): on one RTX 4090 with 512 GB of RAM it runs from RAM;
        // on 8x H200 (1128 GB) it sits in GPU memory and the remark does not apply
        Candidate workstation = Given.candidate("deepseek-r1", 671, Q4_K_M).tier(671).moe(37).file(404).kv(1.55)
                .placement(Placement.OFFLOAD).vram(24).ram(390, 490).speed(1, 3).build();
        Candidate cluster = Given.candidate("deepseek-r1", 671, Q8_0).tier(671).moe(37).file(713)
                .placement(Placement.MULTI_GPU).vram(1128).build();
        given(Given.ask().gpus(1, 24).ram(512).build(), workstation).rule("Tier 671B: no single machine, a cluster or an API")
                .firesFor(workstation).withPoints(workstation, -10)
                .sayingFor(workstation, "use an API instead (needs 406.5 GB)")
                .placeholdersFilled();
        given(Given.ask().gpus(8, 141).build(), cluster).rule("Tier 671B: no single machine, a cluster or an API")
                .doesNotFireFor(cluster);
    }

    @Test
    void smallAndMidModelsPreferFourBit() {
        Candidate q4 = Given.candidate("qwen3-14b", 14.8, Q4_K_M).tier(14).file(9.05).build();
        Candidate q8 = Given.candidate("qwen3-14b", 14.8, Q8_0).tier(14).file(15.7).placement(Placement.OFFLOAD).build();
        Candidate big = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8).placement(Placement.OFFLOAD).build();
        given(Given.ask().build(), q4, q8, big).rule("1.5B to 14B: prefer 4-bit")
                .firesFor(q4).withPoints(q4, 4)
                .doesNotFireFor(q8)
                .doesNotFireFor(big);
    }

    @Test
    void thirtyTwoBAndUpPreferEightBitAcrossSeveralCards() {
        // Qwen3 32B Q8_0 (34.8 GB) over 2x RTX 3090 is the strategy; on one RTX A6000 48GB it is not a split
        Candidate split = Given.candidate("qwen3-32b", 32.8, Q8_0).tier(32).file(34.8).placement(Placement.MULTI_GPU).vram(48).build();
        Candidate splitQ4 = Given.candidate("qwen3-32b", 32.8, Q4_K_M).tier(32).file(19.8).placement(Placement.MULTI_GPU).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), split, splitQ4).rule("32B and up: 8-bit across several cards")
                .firesFor(split).withPoints(split, 4)
                .doesNotFireFor(splitQ4);
        Candidate oneCard = Given.candidate("qwen3-32b", 32.8, Q8_0).tier(32).file(34.8).vram(48).build();
        given(Given.ask().gpus(1, 48).build(), oneCard).rule("32B and up: 8-bit across several cards")
                .doesNotFireFor(oneCard);
    }

    @Test
    void seventyBWithCpuOffloadWarnsThatItIsSlow() {
        // Llama 3.3 70B Q4_K_M (42.5 GB) on one RTX 4090 + 64 GB RAM vs Qwen3 32B offloaded on the same machine
        Candidate llama = Given.candidate("llama3.3-70b-instruct", 70.6, Q4_K_M).tier(70).file(42.5)
                .placement(Placement.OFFLOAD).vram(24).ram(21, 58).layers(44, 80).speed(1.5, 2.8).build();
        Candidate qwen = Given.candidate("qwen3-32b", 32.8, Q8_0).tier(32).file(34.8)
                .placement(Placement.OFFLOAD).vram(24).ram(14, 58).layers(40, 64).speed(4, 7).build();
        given(Given.ask().gpus(1, 24).ram(64).build(), llama, qwen).rule("70B and up: CPU offload works but is slow")
                .firesFor(llama).withEffect(llama, Effect.WARN)
                .sayingFor(llama, "slowly (1.5-3 tokens/s here)")
                .placeholdersFilled()
                .doesNotFireFor(qwen);
        Candidate split = Given.candidate("llama3.3-70b-instruct", 70.6, Q4_K_M).tier(70).file(42.5)
                .placement(Placement.MULTI_GPU).vram(48).build();
        given(Given.ask().gpus(2, 24).build(), split).rule("70B and up: CPU offload works but is slow")
                .doesNotFireFor(split);
    }

    @Test
    void tierRowsSpeakOnlyAboutAModelTheUserNamed() {
        // In an open question ("what can my 8GB card run?") the table rows would repeat for every option.
        Candidate named = Given.candidate("qwen2.5-7b-instruct", 7.61, Q4_K_M).requested().tier(7).file(4.68).vram(8).build();
        Candidate other = Given.candidate("qwen2.5-coder-7b-instruct", 7.61, Q4_K_M).tier(7).file(4.68).vram(8).build();
        given(Given.ask().gpus(1, 8).build(), named, other).rule("Tier 7B: 8 GB with 4-bit, 16 GB for FP16")
                .firesFor(named).doesNotFireFor(other);
    }
}
