package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact the person observed, stated inside a question about it, is told though the sentence ends in a question mark:
 * a when- or while-clause of a why-question, a concession (even though, 明明, 虽然), 已经 in a why-question or with 还/却
 * after it. It holds for every told placement or run read this way (the whole model on the GPU, a run that works, a
 * split between GPU and CPU). The same words asked, planned or wished stay asked.
 */
class StatedFactInQuestionFormsTest {

    private static final List<String> SUBJECTS = List.of("qwen2.5 7b", "llama 3.1 8b q4_k_m");

    private static Report report(String q) {
        return PARSER.parseOrThrow(q).report();
    }

    @Test
    void theWholeModelOnTheGpuToldInsideAWhyQuestionIsTold() {
        for (String m : SUBJECTS) {
            for (String f : List.of(
                    "why is {m} so slow when the whole model is already on the GPU?",
                    "Why does ollama use high CPU when all model already in GPU 100% ?",
                    "how come {m} answers slowly while it runs entirely on the GPU?",
                    "{m}: why is the CPU busy even though the model is fully in VRAM?",
                    "how can {m} be this slow when it is already fully on the GPU?",
                    "为什么{m}已经全部在显存里了还这么慢？",
                    "{m}已经全部加载到显卡了，为什么还这么慢？",
                    "{m}明明完全放在显存里，为什么 CPU 占用这么高？",
                    "{m}模型已经全部在显存里了却还是很慢？")) {
                String q = f.replace("{m}", m);
                assertThat(report(q).has(Report.Symptom.ALL_ON_GPU)).as(q).isTrue();
            }
        }
    }

    @Test
    void theSameWordsAskedOrPlannedStayAsked() {
        for (String m : SUBJECTS) {
            for (String f : List.of(
                    "will {m} run entirely on the GPU?",
                    "is the whole model already on the GPU?",
                    "how do I make {m} run entirely on the GPU?",
                    "why is {m} slow when I try to run it entirely on the GPU?",
                    "what speed do I get when {m} runs entirely on the GPU?",
                    "why can't {m} run entirely on the GPU?",
                    "why is {m} slow when not the whole model is on the GPU?",
                    "{m} 能全部放进显存吗？",
                    "{m} 模型已经全部在显存里了吗？",
                    "怎么让{m}全部放进显存？")) {
                String q = f.replace("{m}", m);
                assertThat(report(q).has(Report.Symptom.ALL_ON_GPU)).as(q).isFalse();
            }
        }
    }

    @Test
    void aRunThatWorksOrASplitToldInsideAWhyQuestionIsTold() {
        for (String q : List.of("why does the answer get cut off when it runs fine in llama.cpp?",
                "why is it slow even though it works fine with a short prompt?",
                "为什么已经成功运行了还是没有输出？")) {
            assertThat(report(q).works()).as(q).isTrue();
        }
        for (String q : List.of("does it run fine on a 3060?", "which model runs fine on 8GB?", "能否正常运行？")) {
            assertThat(report(q).works()).as(q).isFalse();
        }
        assertThat(report("how can it be this slow when it is already split between GPU and CPU?").has(Report.Symptom.SPLIT)).isTrue();
        assertThat(report("how can I split it between GPU and CPU?").has(Report.Symptom.SPLIT)).isFalse();
    }
}
