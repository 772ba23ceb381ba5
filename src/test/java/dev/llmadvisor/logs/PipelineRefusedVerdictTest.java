package dev.llmadvisor.logs;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vLLM's refusal of pipeline parallelism for a model's architecture ("NotImplementedError: Pipeline parallelism is only
 * supported for the following architectures") stops the setup whatever the memory: given the refusal over two nodes, then
 * the split is the cause and, as tried, the model does not run (verdict no), as with heads that do not divide.
 */
class PipelineRefusedVerdictTest {

    private static final String REFUSED = """
            Deepseek v3 doesn't appear to support pipeline parallelism. I get this error when attempting to deploy to 2 8x H100 nodes:
            NotImplementedError: Pipeline parallelism is only supported for the following  architectures: ['AquilaForCausalLM', 'LlamaForCausalLM'].
            I'm using `--tensor-parallel-size 8 --pipeline-parallel-size 2`""";

    @Test
    void aRefusedPipelineSplitDoesNotRunAsTried() {
        Answer a = RealAdvisors.askAsShipped(REFUSED);
        assertThat(a.cause()).isEqualTo("multi_gpu_split");
        assertThat(a.verdict()).isEqualTo(Verdict.NO);
    }
}
