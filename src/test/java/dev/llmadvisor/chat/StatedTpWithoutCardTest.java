package dev.llmadvisor.chat;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.sizing.engine.Parallelism;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether vLLM admits a tensor-parallel size depends on the model's heads and the size alone, so a failure told with
 * a stated size gets the same cause whether or not a card is named (nothing to size without one): the split when the
 * heads do not divide, never the split when they do. Generated over catalog models, sizes and phrasings.
 */
class StatedTpWithoutCardTest {

    static Assembly assembly;

    @BeforeAll
    static void assemble() {
        assembly = Assembly.of(Path.of("knowledge"), Path.of("rules"));
    }

    private static final List<String> MODELS = List.of("phi-3-medium-4k-instruct", "qwen2.5-7b-instruct", "llama3.1-8b-instruct", "qwen2.5-14b-instruct");

    private static final List<String> FORMS = List.of(
            "vllm serve %1$s --tensor-parallel-size %2$d fails to start, why?",
            "vLLM crashes at startup with %1$s when I set tensor_parallel_size=%2$d",
            "用 vllm 启动 %1$s，--tensor-parallel-size %2$d 就报错，为什么？",
            "python -m vllm.entrypoints.openai.api_server --model %1$s --tensor-parallel-size %2$d 启动失败");

    @Test
    void aRefusedSizeIsTheSplitWithOrWithoutACard() {
        List<String> wrong = new ArrayList<>();
        int refused = 0, admitted = 0;
        for (String id : MODELS) {
            ModelEntry m = assembly.knowledge().models().byId(id).orElseThrow();
            for (int tp : new int[] {3, 4, 6, 8}) {
                boolean refuses = Parallelism.refusal(m.arch(), tp).isPresent();
                if (refuses) refused++; else admitted++;
                for (String form : FORMS) {
                    String text = String.format(form, m.name(), tp);
                    Answer a = assembly.advisor().answer("tp-" + text.hashCode(), text);
                    boolean split = "multi_gpu_split".equals(a.cause());
                    if (split != refuses) wrong.add(text + " -> " + a.cause() + " (refuses: " + refuses + ")");
                }
            }
        }
        assertThat(refused).isPositive();
        assertThat(admitted).isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSizeRefusedWhereAnotherRunsIsTheSplitButTheSetupRuns() {
        for (String text : List.of(
                "It works fine on 2 GPUs, but vllm fails with Phi-3-medium-4k-instruct at tensor_parallel_size=4",
                "vllm 用两张卡跑 Phi-3-medium-4k-instruct 正常运行，改成 --tensor-parallel-size 4 就报错")) {
            Answer a = assembly.advisor().answer("tpw-" + text.hashCode(), text);
            assertThat(a.cause()).as(text).isEqualTo("multi_gpu_split");
            assertThat(a.verdict()).as(text).isNotEqualTo(dev.llmadvisor.reply.Verdict.NO);
        }
    }
}
