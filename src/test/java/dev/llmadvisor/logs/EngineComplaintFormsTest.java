package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Report;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An out-of-memory error told as what the engine complains of ("总是报显存过小问题", "提示显存过小") is a failure for want of
 * memory; the person calling their own card small is not. Through the whole pipeline, a vLLM start that complains so at
 * gpu_memory_utilization=0.99 with weights that fit is the share set too high (QwenLM/Qwen3 #389), not the KV cache of
 * a context they never set.
 */
class EngineComplaintFormsTest {

    @Test
    void theEngineComplainingOfTooLittleVramIsOutOfMemory() {
        for (String q : List.of("总是报显存过小问题，设置了一些也没有用", "加载模型时提示显存过小", "一运行就报显存过小"))
            assertThat(ProseHints.of(q).symptoms()).as(q).contains(Report.Symptom.OUT_OF_MEMORY);
        for (String q : List.of("我的显存过小，能跑 7B 吗", "显存过小的卡适合什么模型"))
            assertThat(ProseHints.of(q).symptoms()).as(q).doesNotContain(Report.Symptom.OUT_OF_MEMORY);
    }

    @Test
    void aNearlyWholeGpuShareThatComplainsIsTheSetting() {
        String q = "用2080TI 22G单张显卡跑 qwen 1.5 32B-INT4模型没有成功\n总是报显存过小问题，设置了一些也没有用。\n"
                + "llm = LLM(model=\"../QwenModel/qwen15/Qwen1.5-32B-Chat-GPTQ-Int4\",\n          gpu_memory_utilization=0.99,\n          quantization=\"gptq\")";
        assertThat(RealAdvisors.diagnosedCause(q)).isEqualTo("other");
    }
}
