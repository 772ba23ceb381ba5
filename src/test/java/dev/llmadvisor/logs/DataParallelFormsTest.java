package dev.llmadvisor.logs;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vLLM's and SGLang's data-parallel size as people launch it (the server flag, its short forms, the Python argument),
 * read as the number of whole-model replicas; a launch that shards experts or attention over the ranks holds no whole
 * copy per rank and is not read as one.
 */
class DataParallelFormsTest {

    @Test
    void theDataParallelSizeIsReadInEachFlagForm() {
        Map<String, Integer> forms = Map.of(
                "vllm serve Qwen/Qwen2.5-72B-Instruct --data-parallel-size 4 --max-model-len 8192", 4,
                "python examples/offline_inference/data_parallel.py --model=\"ibm-research/PowerMoE-3b\" -dp=2", 2,
                "python3 -m sglang_router.launch_server --model-path Qwen/Qwen3-32B --dp-size 8 --host 0.0.0.0", 8,
                "python -m sglang.launch_server --model-path meta-llama/Llama-3.1-70B-Instruct --dp 2 --port 30000", 2,
                "llm = LLM(model=\"Qwen/Qwen2.5-32B-Instruct\", data_parallel_size=2)", 2,
                "vllm serve meta-llama/Llama-3.3-70B-Instruct -dp 4 -tp 2", 4);
        forms.forEach((line, dp) -> assertThat(LogReader.read(line).dataParallel()).as(line).isEqualTo(dp));
    }

    @Test
    void ranksThatShardExpertsOrAttentionHoldNoWholeCopy() {
        for (String line : new String[] {
                "vllm serve deepseek-ai/DeepSeek-V3 --data-parallel-size 8 --enable-expert-parallel",
                "python3 -m sglang.launch_server --model-path deepseek-ai/DeepSeek-R1 --tp 8 --dp-size 8 --enable-dp-attention",
                "vllm serve Qwen/Qwen3-235B-A22B --tensor-parallel-size 4"}) {
            assertThat(LogReader.read(line).dataParallel()).as(line).isZero();
        }
    }
}
