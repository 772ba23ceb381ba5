package dev.llmadvisor.logs;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's parallel slots, each holding a context of KV cache, named where the memory fails
 * ({@code ProseHints.SLOTS_NAMED}), and a run with one slot that works where several fail ({@code ProseHints.ONE_SLOT}), in
 * the forms people write them (generated, English and Chinese), are read; tensor, pipeline and model parallelism, a slot
 * setting with no failure, a "--parallel 4" on a command line, a question whether one slot would help and one slot that
 * still fails are not. The whole pipeline then names the context's cause.
 */
class ParallelSlotsFormsTest {

    @Test
    void slotsNamedWhereTheMemoryFailsAreRead() {
        List<String> forms = new ArrayList<>();
        for (String slots : List.of("Default parallelism = 4", "parallelism of 8", "the default parallelism", "4 parallel slots",
                "8 parallel sequences", "parallel requests", "OLLAMA_NUM_PARALLEL=4", "num_parallel: 8", "n_parallel = 16", "16 slots"))
            for (String fail : List.of("caused OOM", "runs out of memory", "gives CUDA error 2: out of memory", "leads to insufficient memory"))
                forms.add(slots + " " + fail + " on my RTX 3090 with a 7B model");
        for (String slots : List.of("并发数设为 8", "并发开到 16", "并发请求数太高", "并行数调大", "并发度 4"))
            for (String fail : List.of("就爆显存", "时显存不足", "后 OOM 了"))
                forms.add("llama-server 跑 qwen2.5-7b，" + slots + fail);
        List<String> missed = forms.stream().filter(f -> !ProseHints.of(f).slotsBlamed()).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void oneSlotThatRunsWhereSeveralFailIsRead() {
        List<String> forms = new ArrayList<>();
        for (String fails : List.of("llama-server fails to start with the default -np -1 (auto)", "It crashes with CUDA out of memory at -np 4",
                "Ollama fails to load the model with an error"))
            for (String one : List.of("and starts normally with an explicit `--parallel 1`", "and starts\nnormally with an explicit `--parallel 1`", "but works with -np 1",
                    "; setting OLLAMA_NUM_PARALLEL=1 fixed it", "- with num_parallel=1 it runs fine", "but parallelism of 1 works"))
                forms.add(fails + " " + one + ".");
        for (String one : List.of("并发设为1就正常了", "--parallel 1 就可以启动", "把 OLLAMA_NUM_PARALLEL 改成 1 后问题解决", "并发数改为1能跑"))
            forms.add("llama-server 启动就报错 out of memory，" + one);
        List<String> missed = forms.stream().filter(f -> !ProseHints.of(f).oneSlotWorks()).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void nearMissesAreNotRead() {
        for (String f : List.of(
                "tensor parallelism over 2 GPUs gives CUDA out of memory",
                "pipeline parallelism runs out of memory on the second node",
                "model parallelism with accelerate: OOM on GPU 0",
                "expert parallelism and data parallelism both OOM",
                "does vLLM support parallel requests? how many concurrent users on an A100?",
                "I set OLLAMA_NUM_PARALLEL=4 and it is fast",
                "arguments: llama-server --parallel 4 --ctx-size 8192 -ngl 81; failed with OOM on the 4070",
                "请问模型并发上限有没有测试",
                "张量并行数设为 2 时爆显存",
                "多卡并行 OOM")) {
            assertThat(ProseHints.of(f).slotsBlamed()).as(f).isFalse();
        }
        for (String f : List.of(
                "I set OLLAMA_NUM_PARALLEL=1 but it still crashes with out of memory",
                "with --parallel 1 it fails to start too",
                "with -np 1 the load failed, not working",
                "it fails with OOM; does it work with -np 1?",
                "OLLAMA_NUM_PARALLEL=1 works fine and is fast",
                "并发设为1还是报错",
                "并发设为1可以吗？现在启动失败",
                "-np 16 fails to load")) {
            assertThat(ProseHints.of(f).oneSlotWorks()).as(f).isFalse();
        }
    }

    @Test
    void theAnswerNamesTheContext() {
        Answer en = RealAdvisors.shared().answer("slots-en",
                "llama-server fails to start with the default -np -1 (auto) on my RTX 4000 Ada 12 GB, and starts normally with an explicit --parallel 1. Nothing else differs.");
        assertThat(en.cause()).isEqualTo("context_too_large");
        Answer zh = RealAdvisors.shared().answer("slots-zh", "ollama 在 RTX 3090 上跑 qwen2.5-14b，并发数设为 8 时爆显存，是什么原因？");
        assertThat(zh.cause()).isEqualTo("context_too_large");
    }
}
