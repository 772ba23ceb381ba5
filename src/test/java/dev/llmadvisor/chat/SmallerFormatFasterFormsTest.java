package dev.llmadvisor.chat;

import dev.llmadvisor.parse.SmallerFormatFasterForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question why a format of fewer bits runs faster than one of more (Q4 vs Q8, int4 vs fp16), with no model and no
 * machine named, then the answer explains it by the bytes read per token, asks for no GPU and gives no verdict: the
 * ordering is what memory bandwidth predicts on any machine. The opposite ordering (int4 slower than fp16) is not this form.
 */
class SmallerFormatFasterFormsTest {

    private static final List<String> TOLD = List.of(
            "Why Q4 much faster than Q8 ?",
            "Why is Q4_0 faster than Q8_0 on my machine?",
            "int4 is faster than fp16, is that expected?",
            "Q8_0 is way slower than Q4_K_M, why?",
            "为什么Q4比Q8快这么多？",
            "fp16 比 int4 慢很多，为什么");

    @Test
    void aSmallerFormatToldFasterIsTheForm() {
        for (String t : TOLD) assertThat(SmallerFormatFasterForms.told(t)).as(t).isTrue();
    }

    @Test
    void theOppositeOrderingOrNoFormatsIsNot() {
        for (String t : List.of("int4 2x slower than fp16", "the awq int4 model is slower than fp16", "为什么Q4比Q8慢",
                "Q8 is faster than Q4 here", "the 7B is faster than the 13B", "Q4 needs less memory than Q8"))
            assertThat(SmallerFormatFasterForms.told(t)).as(t).isFalse();
    }

    @Test
    void theAnswerIsBytesPerTokenWithNoVerdictAndNoQuestionBack() {
        Answer en = askAsShipped("""
                Why Q4 much faster than Q8 ?

                I've tried to check inference performance for different quantised formats expecting Q8_0 to be fastest due to smaller number of shifts / moves and other CPU operations.

                To my surprise it lags behind the Q4_0, which I expected to be slower.""");
        assertThat(en.verdict()).isNull();
        assertThat(en.reply().kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(en.reply().headline()).contains("memory bandwidth").contains("4.5 bits").doesNotContain("Which GPU");
        Answer zh = askAsShipped("为什么Q4比Q8快这么多？");
        assertThat(zh.verdict()).isNull();
        assertThat(zh.reply().headline()).contains("内存带宽");
    }

    /** Given a smaller format told faster, then the cause the answer names is the memory bandwidth its headline explains. */
    @Test
    void theCauseNamedIsTheMemoryBandwidth() {
        assertThat(askAsShipped("Why is Q4_K_M so much faster than Q8_0?").cause()).isEqualTo("ram_bandwidth");
        assertThat(askAsShipped("为什么Q4比Q8快这么多？").cause()).isEqualTo("ram_bandwidth");
    }
}
