package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.KvCacheType;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vLLM's and SGLang's {@code --kv-cache-dtype} (auto, fp8, fp8_e4m3, fp8_e5m2; written with hyphens on the command line,
 * with underscores as a Python argument) sets the type of the KV cache only: the weights stay in the format loaded. So a
 * command with it reads an FP8 KV cache and no FP8 weights; a weight format named beside it ("--quantization fp8", an AWQ
 * checkpoint) is still read as the weights'. Generated from commands, spellings of the flag and its values.
 */
class KvCacheDtypeFlagFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static final List<String> FLAGS = List.of("--kv-cache-dtype=%s", "--kv-cache-dtype %s", "kv_cache_dtype=\"%s\"", "\"--kv-cache-dtype=%s\",");
    private static final List<String> VALUES = List.of("fp8", "fp8_e4m3", "fp8_e5m2");
    private static final List<String> COMMANDS = List.of(
            "vllm serve meta-llama/Llama-3.1-70B-Instruct --tensor-parallel-size 2 %s on 2x A100 80GB gives OOM, why?",
            "python -m sglang.launch_server --model-path Qwen/Qwen2.5-72B-Instruct --tp 4 %s 在 4 张 4090 上爆显存",
            "llm = LLM(model='meta-llama/Llama-3.1-8B-Instruct', %s) on my RTX 4090 runs out of memory");

    @Test
    void theFlagSetsTheCacheNotTheWeights() {
        for (String command : COMMANDS)
            for (String flag : FLAGS)
                for (String value : VALUES) {
                    String text = String.format(command, String.format(flag, value));
                    Question q = PARSER.parse(text);
                    assertThat(q.kvType()).as(text).isEqualTo(KvCacheType.FP8);
                    assertThat(q.format()).as(text).isNull();
                }
    }

    @Test
    void aWeightFormatNamedBesideItIsStillTheWeights() {
        for (String flag : FLAGS) {
            String f = String.format(flag, "fp8");
            Question fp8 = PARSER.parse("vllm serve meta-llama/Llama-3.1-70B-Instruct --quantization fp8 " + f + " on 2x A100 80GB");
            assertThat(fp8.format()).as(f).isEqualTo(WeightFormat.FP8);
            assertThat(fp8.kvType()).as(f).isEqualTo(KvCacheType.FP8);
            Question awq = PARSER.parse("vllm serve Qwen/Qwen2.5-72B-Instruct-AWQ " + f + " on 2x RTX 4090");
            assertThat(awq.format()).as(f).isNotNull().isNotEqualTo(WeightFormat.FP8);
        }
    }

    @Test
    void weightsInFp8WithNoCacheFlagStayFp8() {
        for (String text : List.of("vllm serve Llama-3.1-70B-Instruct-FP8 --dtype auto on 2x A100 80GB",
                "can I run llama 3.1 70b in fp8 on two A100 80GB?", "用 vllm 跑 fp8 的 qwen2.5 72b，两张 A100 80G 够吗")) {
            assertThat(PARSER.parse(text).format()).as(text).isEqualTo(WeightFormat.FP8);
            assertThat(PARSER.parse(text).kvType()).as(text).isNull();
        }
    }
}
