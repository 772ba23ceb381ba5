package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tensor parallelism that takes only a power-of-two (or even) number of GPUs: LMDeploy asserts "tp should be 2^n", and
 * people say it in their words ("supported only for 2^n count of GPUs", "tp只能支持2的n次方", "Support odd count of
 * GPUs", "3 gpu's not supported?"). The count of GPUs, not a card or its memory, is what fails, so the reading is a
 * tensor-parallel split the engine refuses. Generated from the rule's wordings (English and Chinese) crossed with the
 * places people put them; near misses (a power of two that is not about GPUs, a card that is not supported, a count of
 * GPUs that is a power of two) must not match.
 */
class PowerOfTwoGpusFormsTest {

    private static final List<String> RULES = List.of(
            "AssertionError: tp should be 2^n",
            "tensor parallelism is supported only for 2^n count of GPUs",
            "the number of GPUs must be a power of 2 for tensor parallel",
            "tensor_parallel_size has to be a power of two",
            "Support odd count of GPUs",
            "can I use an odd number of GPUs?",
            "tp只能支持2的n次方吗",
            "张量并行只支持2的幂张卡",
            "能不能用奇数张卡部署");
    private static final List<String> PLACES = List.of("%s", "I have 5 cards.\n%s", "%s\nHow should I use them?",
            "Traceback (most recent call last):\n  File \"turbomind.py\", line 12\n%s");

    private static final List<String> COUNTS_REFUSED = List.of("3 gpu's not supported?", "3 GPUs not supported", "5 cards unsupported?",
            "6x GPUs not supported in tensor parallel", "三张卡不支持吗", "5张显卡不支持张量并行？");

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String r : RULES) for (String p : PLACES) texts.add(String.format(p, r));
        texts.addAll(COUNTS_REFUSED);
        return texts;
    }

    @Test
    void thePowerOfTwoRuleIsARefusedSplit() {
        for (String t : texts()) {
            LogFacts f = LogReader.read(t);
            assertThat(f.tpNotDivisible()).as(t).isTrue();
            assertThat(f.tpPowerOfTwo()).as(t).isTrue();
            assertThat(LogReader.hasFinding(f)).as(t).isTrue();
        }
    }

    @Test
    void theDiagnosisIsTheSplit() {
        for (String t : List.of(String.format(PLACES.get(1), RULES.get(0)), RULES.get(4), RULES.get(6), COUNTS_REFUSED.get(0))) {
            assertThat(RealAdvisors.diagnosedCause(t)).as(t).isEqualTo("multi_gpu_split");
        }
    }

    @Test
    void nearMissesAreNotRead() {
        for (String t : List.of("the batch size must be a power of 2", "context length 2^n tokens", "my GPU is not supported",
                "RTX 3090 not supported?", "2 GPUs not supported on Windows?", "4张卡不支持吗", "odd number of layers",
                "3 GPUs work fine with llama.cpp", "Tesla P40 is not supported", "奇数个token")) {
            LogFacts f = LogReader.read(t);
            assertThat(f.tpPowerOfTwo()).as(t).isFalse();
            assertThat(f.tpNotDivisible()).as(t).isFalse();
        }
    }
}
