package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model-parallel split's own assertion, Megatron-LM's ensure_divisibility as vLLM copies it ("AssertionError: 12 is not
 * divisible by 8"): a count of the model that the number of GPUs does not divide. Given the bare assertion in a log or a
 * question, then the split is refused over that many GPUs and the diagnosis is the split; near misses (other divisibility
 * words, a decimal, no assertion) are not read as it.
 */
class SplitDivisibilityFormsTest {

    private static final List<String> TOLD = List.of(
            "AssertionError: 12 is not divisible by 8",
            "  File \"/vllm/distributed/utils.py\", line 32, in ensure_divisibility\n    assert numerator % denominator == 0, \"{} is not divisible by {}\".format(\nAssertionError: 40 is not divisible by 6",
            "8卡910B3，vllm-ascend 部署 GLM4.5V 报错“AssertionError: 12 is not divisible by 8”，为啥卡数需要能被12整除？？");

    @Test
    void theAssertionIsASplitTheModelDoesNotAdmit() {
        for (String t : TOLD) {
            LogFacts f = LogReader.read(t);
            assertThat(f.tpNotDivisible()).as(t).isTrue();
            assertThat(LogReader.hasFinding(f)).as(t).isTrue();
        }
        assertThat(LogReader.read(TOLD.get(0)).tpSize()).isEqualTo(8);
        assertThat(LogReader.read(TOLD.get(1)).tpSize()).isEqualTo(6);
    }

    @Test
    void theDiagnosisIsTheSplit() {
        for (String t : TOLD) assertThat(RealAdvisors.diagnosedCause(t)).as(t).isEqualTo("multi_gpu_split");
    }

    @Test
    void otherDivisibilityIsNotThisSplit() {
        for (String t : List.of("AssertionError: 12 is not divisible by 8.5", "12 is not divisible by 8, is it?",
                "AssertionError: sequence length must be divisible by 64"))
            assertThat(LogReader.read(t).tpNotDivisible()).as(t).isFalse();
    }
}
