package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question the advisor must ask the hardware of, but whose report it already answers (a cause the person's words
 * show, two of their runs compared), then that answer is the first line and the question for the hardware follows it.
 */
class AnswerBeforeAskingTest {

    private static final String ASK_EN = "Which GPU do you have";
    private static final String ASK_ZH = "你的显卡是什么型号";

    @Test
    void aWhyQuestionAboutQuantizedSpeedIsAnsweredBeforeTheHardwareIsAskedFor() {
        for (String q : List.of("Why is model inference with int8/int4 so much slower than with float16? Shouldn't int8/int4 be faster?",
                "Inference with int4 is much slower than with fp16, why?")) {
            Answer a = askAsShipped(q);
            assertThat(a.reply().kind()).as(q).isEqualTo(Reply.Kind.CLARIFY);
            assertThat(a.reply().headline()).as(q).doesNotContain(ASK_EN).isNotBlank();
            assertThat(a.reply().notes()).as(q).anyMatch(n -> n.startsWith(ASK_EN));
        }
        String zh = "为什么int4量化后推理速度比fp16慢很多？";
        Answer a = askAsShipped(zh);
        assertThat(a.reply().headline()).as(zh).doesNotContain(ASK_ZH);
        assertThat(a.reply().notes()).as(zh).anyMatch(n -> n.startsWith(ASK_ZH));
    }

    @Test
    void givenAnAskBackWithLinesPutFirstTheFirstLineLeadsAndTheQuestionFollows() {
        Reply asked = new Reply(Lang.EN, Reply.Kind.CLARIFY, "Which GPU?", List.of(), List.of(), List.of("sized at 8k"));
        Reply told = asked.withFirstNote("the cause").withFirstNote("the answer");
        Reply r = told.answeredBeforeAsking(asked);
        assertThat(r.headline()).isEqualTo("the answer");
        assertThat(r.notes()).containsExactly("the cause", "Which GPU?", "sized at 8k");
        assertThat(r.kind()).isEqualTo(Reply.Kind.CLARIFY);
        // nothing put first: the ask-back stays as it is
        assertThat(asked.answeredBeforeAsking(asked)).isEqualTo(asked);
        // given an ask-back that lists options, then the line put first leads, and the headline that leads into the options
        // follows it on the first line
        Reply listed = new Reply(Lang.EN, Reply.Kind.CLARIFY, "Which GPU? Meanwhile:", List.of(new Reply.Option("Q4_K_M", "5 GB")),
                List.of(), List.of("sized at 4k"));
        Reply answered = listed.withFirstNote("the answer").answeredBeforeAsking(listed);
        assertThat(answered.headline()).isEqualTo("the answer Which GPU? Meanwhile:");
        assertThat(answered.options()).isEqualTo(listed.options());
        assertThat(answered.notes()).containsExactly("sized at 4k");
    }

    @Test
    void aWhyQuestionAboutAQuantizedModelsSpeedIsAnsweredBeforeWhatTheModelNeeds() {
        // given why a named model is slower with load_in_8bit, with no GPU named: then the cause is the first line, before the
        // question for the GPU and the memory the model needs per format
        Answer a = askAsShipped("llama2-7B为什么在开启load_in_8bit后推理速度反而会降低至1/4呢？");
        assertThat(a.reply().options()).isNotEmpty();
        assertThat(a.reply().headline()).startsWith("不是显存的问题").contains(ASK_ZH);
        assertThat(a.reply().notes()).noneMatch(n -> n.startsWith("不是显存的问题"));
    }
}
