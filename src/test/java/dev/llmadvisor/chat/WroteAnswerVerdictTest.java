package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a run that wrote an answer, if a wrong one (garbage, nothing but '!'), then the model was loaded and ran: under
 * vLLM, which keeps the whole model in GPU memory, it fits whatever our estimate of its 16-bit weights says; with no
 * model we can size, the answer says memory is not the cause, and its verdict agrees.
 */
class WroteAnswerVerdictTest {

    @Test
    void garbageFromVllmIsARunThatFits() {
        for (String q : List.of("Qwen1.5-14B-Chat使用vllm部署在Tesla V100-PCIE-32GB显卡上，结果全部是感叹号，部署环境未报错",
                "Qwen1.5-14B-Chat on vllm with a Tesla V100 32GB generates gibberish, no error in the log")) {
            Answer a = askAsShipped(q);
            assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
        }
    }

    @Test
    void garbageWithNothingSizedFitsAsTheAnswerSays() {
        String q = "部署后推理回答全是感叹号，是什么原因？";
        Answer a = askAsShipped(q);
        assertThat(a.reply().headline()).as(q).contains("问题不在显存");
        assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
    }
}
