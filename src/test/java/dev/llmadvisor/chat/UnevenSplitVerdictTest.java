package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given several cards and nothing sized (no model named), when the person sees the model on one or some of the cards
 * while the others stay idle, then it fits as loaded (its weights are in GPU memory) and the answer says the spread is a
 * setting; an out-of-memory beside the uneven split does not make it a no. A load that fails, or one card, states
 * nothing of the kind. Generated English and Chinese phrasings over machines.
 */
class UnevenSplitVerdictTest {

    private static final List<String> MACHINES_EN = List.of("two RTX 3090s", "4x RTX 4090", "8 A100 80GB cards", "3 Tesla P40s");
    private static final List<String> MACHINES_ZH = List.of("两张3090", "4张4090", "8卡A800", "双卡A6000");

    @Test
    void oneCardOfSeveralUsedFitsAsLoadedAndTheAnswerSaysTheSpreadIsASetting() {
        for (String m : MACHINES_EN)
            for (String form : List.of("I have %s, but only one GPU is used when the model runs.",
                    "With %s the model always loads onto GPU 0 and the other GPUs stay idle, why?",
                    "On %s the other cards sit idle while the first card is full, then I get CUDA out of memory on longer prompts.")) {
                String q = String.format(form, m);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                // a form another reading already answers with a fit keeps that answer's own lines
                if (form.contains("only one GPU is used")) assertThat(String.join(" ", a.reply().notes())).as(q).contains("is a setting");
            }
        for (String m : MACHINES_ZH)
            for (String form : List.of("%s部署，只有一张卡被占用，其他的卡空闲", "%s运行时始终用0号显卡，另一张卡没有被调用，稍长一点的上下文就报显存不足")) {
                String q = String.format(form, m);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            }
    }

    @Test
    void aFailedLoadOrOneCardStatesNoFit() {
        for (String q : List.of("I have two RTX 3090s, only one GPU is used and it can't load the model at all",
                "两张3090，只有一张卡被占用，然后就跑不起来了", "My RTX 3090 only uses half of its memory, why?"))
            assertThat(askAsShipped(q).verdict()).as(q).isNotEqualTo(Verdict.FITS);
    }
}
