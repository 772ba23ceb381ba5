package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Chinese why-question takes what it asks about as so: 为什么…全在CPU上跑？ reports the work on the CPU, the question mark
 * being the why's. The same clause asked with 吗, or without a why, is a plan and stays unread.
 */
class WhyAskedGpuLeftOutFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static boolean reads(String text) {
        return PARSER.parse(text).report().has(Report.Symptom.GPU_NOT_USED);
    }

    @Test
    void aWhyQuestionTellsTheWorkOnTheCpu() {
        List<String> forms = new ArrayList<>();
        for (String why : List.of("为什么", "为啥", "为何", "怎么会"))
            for (String onCpu : List.of("全在CPU上跑", "只用CPU", "都是CPU在跑", "没有用到显卡"))
                forms.add(why + " ollama 跑 qwen2.5 7b " + onCpu + "？我的显卡是 RTX 4060");
        forms.add("我的 RX 6700 XT，为什么 llama.cpp 全部在 CPU 上跑?");
        // asked why it is not detected, it is not detected (GpuUnseenFormsTest had kept this one as asked)
        forms.add("为什么检测不到GPU呢？");
        assertThat(forms.stream().filter(f -> !reads(f)).toList()).isEmpty();
    }

    @Test
    void theSameClauseAskedOrPlannedIsNotAReport() {
        for (String q : List.of("能全在CPU上跑吗？我的显卡是 RTX 4060", "qwen2.5 7b 只用CPU能跑吗？", "qwen2.5 7b 可以只用CPU跑？",
                "为什么大家说 4060 很快？能只用CPU跑吗？")) {
            assertThat(reads(q)).as(q).isFalse();
        }
    }
}
