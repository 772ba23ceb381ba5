package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quantized weight whose part is not a whole number of its kernel's groups, blocks or tiles (vLLM's Marlin shape check,
 * block FP8's, the Marlin repack, the AWQ kernel, TGI's Marlin): given one of the messages, in any of its wordings, with the
 * tensor-parallel size the log or the words show, then it is the split over GPUs; shown on one GPU, it is the kernel's
 * shape, not a split. Near misses (other divisibility errors, a group size named in prose) are not this finding.
 */
class QuantShardFormsTest {

    private static final List<String> MESSAGES = List.of(
            "ValueError: Weight input_size_per_partition = 3696 is not divisible by min_thread_k = 128. Consider reducing tensor_parallel_size or running with --quantization gptq.",
            "ValueError: Weight output_size_per_partition = 6912 is not divisible by min_thread_n = 64. Consider reducing tensor_parallel_size or running with --quantization gptq.",
            "ValueError: Weight input_size_per_partition = 7392 is not divisible by group_size = 128.",
            "ValueError: Weight input_size_per_partition = 1344 is not divisible by weight quantization block_k = 128.",
            "ValueError: The output_size of gate's and up's weight = 96 is not divisible by weight quantization block_n = 128.",
            "AssertionError: assert input_size_per_partition % group_size == 0",
            "RuntimeError: size_k = 1368 is not divisible by tile_k_size = 16",
            "RuntimeError: Group size should be a multiple of 32",
            "ValueError: Number of input features (1848) not divisible by group size (128)");

    /** Where the split shows: the engine's flag or config line, or the person's words. */
    private static final List<String> SPLIT = List.of(
            "vllm serve ./Model-AWQ --tensor-parallel-size 4\n%s",
            "INFO llm_engine.py:70] Initializing an LLM engine with config: quantization=awq, tensor_parallel_size=8, seed=0\n%s",
            "python3 -m sglang.launch_server --model-path ./Model-FP8 --tp 16\n%s",
            "It loads on one card, but with TP4 it fails:\n%s",
            "使用 4-way tensor parallelism 时报错：\n%s",
            "张量并行数为8时启动失败\n%s");

    /** Shown on one GPU: the flag at 1, or nothing split. */
    private static final List<String> ONE_GPU = List.of(
            "vllm serve ./Model-AWQ --tensor-parallel-size 1\n%s",
            "INFO llm_engine.py:70] Initializing an LLM engine with config: quantization=gptq_marlin, tensor_parallel_size=1\n%s",
            "%s");

    @Test
    void givenTheMessageOverSeveralGpus_thenTheShardIsRefused() {
        for (String msg : MESSAGES) {
            for (String place : SPLIT) {
                String t = String.format(place, msg);
                LogFacts f = LogReader.read(t);
                assertThat(f.shardOffQuantGroups()).as(t).isTrue();
                assertThat(f.tensorParallel()).as(t).isGreaterThan(1);
                assertThat(f.tpNotDivisible()).as(t).isTrue();
            }
        }
    }

    @Test
    void givenTheMessageOnOneGpu_thenItIsNoSplit() {
        for (String msg : MESSAGES) {
            for (String place : ONE_GPU) {
                String t = String.format(place, msg);
                LogFacts f = LogReader.read(t);
                assertThat(f.shardOffQuantGroups()).as(t).isTrue();
                assertThat(f.tpNotDivisible()).as(t).isFalse();
                assertThat(LogReader.hasFinding(f)).as(t).isTrue();
            }
        }
    }

    @Test
    void givenOtherDivisibilityErrorsOrAGroupSizeInProse_thenNotThisFinding() {
        for (String t : List.of("ValueError: Total number of attention heads (40) must be divisible by tensor parallel size (3).",
                "I quantized it with group size 128 and act order",
                "the hidden size 5120 is divisible by 128, so the group size is fine",
                "ValueError: The number of GPUs per node is not divisible by the number of tensor parallelism.")) {
            assertThat(LogReader.read(t).shardOffQuantGroups()).as(t).isFalse();
        }
    }

    @Test
    void givenTheTensorParallelSizeInWords_thenItIsRead() {
        List<String[]> said = new ArrayList<>();
        said.add(new String[] {"with TP4 it raises an error", "4"});
        said.add(new String[] {"TP = 2 works, TP=8 does not", "2"});
        said.add(new String[] {"TP size 8 on two nodes", "8"});
        said.add(new String[] {"cannot using 4 tensor parallism", "4"});
        said.add(new String[] {"a 2-way tensor parallel run", "2"});
        said.add(new String[] {"tensor parallel size of 8", "8"});
        said.add(new String[] {"张量并行设为4", "4"});
        for (String[] s : said) assertThat(LogReader.read(s[0]).tensorParallel()).as(s[0]).isEqualTo(Integer.parseInt(s[1]));
        // a flag the engine was started with wins over a size told in words
        assertThat(LogReader.read("With TP 2 it works.\nINFO config: tensor_parallel_size=4").tensorParallel()).isEqualTo(4);
        for (String t : List.of("my TP-Link router", "ATP 4 is an energy molecule", "step 4 of the tensor parallel guide", "tp4 folder")) {
            assertThat(LogReader.read(t).tensorParallel()).as(t).isZero();
        }
    }

    @Test
    void theDiagnosisFollowsTheSplit() {
        assertThat(RealAdvisors.diagnosedCause(String.format(SPLIT.get(0), MESSAGES.get(0)))).isEqualTo("multi_gpu_split");
        assertThat(RealAdvisors.diagnosedCause(String.format(SPLIT.get(5), MESSAGES.get(4)))).isEqualTo("multi_gpu_split");
        assertThat(RealAdvisors.diagnosedCause(String.format(ONE_GPU.get(0), MESSAGES.get(0)))).isEqualTo("other");
    }
}
