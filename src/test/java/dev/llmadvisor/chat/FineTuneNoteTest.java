package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import org.junit.jupiter.api.Test;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a fine-tune sized as its base model, then every answer that shows the base's figures says so, a diagnosis
 * included; a vision model is sized as its language model, and the note says its vision encoder and image tokens come on
 * top (the InternVL2-40B AWQ that ran out of memory on a 24 GB card was answered "fits" with no word of it).
 */
class FineTuneNoteTest {

    private static String notes(Answer a) {
        return String.join(" | ", a.reply().notes());
    }

    @Test
    void aVisionModelSizedAsItsLanguageModelSaysTheEncoderIsNotCounted() {
        assertThat(notes(askAsShipped("can my 4090 run InternVL2-40B AWQ?")))
                .contains("InternVL2 40B (vision) is built on Yi 34B Chat; sized as Yi 34B Chat, its language model: the vision encoder and the image tokens are not counted");
        assertThat(notes(askAsShipped("4090能跑InternVL2-40B AWQ吗")))
                .contains("按其语言模型 Yi 34B Chat 估算：视觉编码器和图像 token 没有计入");
    }

    @Test
    void aDiagnosisShowingTheBasesFiguresSaysWhichModelItSized() {
        Answer a = askAsShipped("InternVL2-40B AWQ gives CUDA out of memory on my 4090, why?");
        // the estimate is an option under a cause, or the headline when no cause is named
        assertThat(a.reply().headline() + a.reply().options()).contains("Yi 34B Chat");
        assertThat(notes(a)).contains("InternVL2 40B (vision) is built on Yi 34B Chat");
    }

    @Test
    void aTextFineTuneKeepsThePlainNote() {
        assertThat(notes(askAsShipped("can my 4090 run Smaug-72B?")))
                .contains("(a fine-tune or checkpoint with its architecture)").doesNotContain("vision encoder");
    }
}
