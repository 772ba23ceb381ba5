package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Understood;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a diagnosis that names no cause but sized the model on the person's hardware, then the estimate is its first line
 * (does it fit, how much it needs) and the missing cause follows; a cause found afterwards takes the first line and the
 * estimate goes back below it; a run the person reports over a "No" leads, with our estimate after it as what it said.
 */
class EstimateLeadsTest {

    private static final String ESTIMATE_EN = "Mistral 7B at Q4_K_M needs about 5.1 GB; on GeForce RTX 3080 (10 GB) it fits entirely in GPU memory.";
    private static final String ESTIMATE_ZH = "Mistral 7B Q4_K_M 大约需要 5.1 GB；在 GeForce RTX 3080 (10 GB) 上能全部放进显存。";

    @Test
    void anEstimateWithNoCauseLeadsAndTheMissingCauseFollows() {
        assertThat(DiagnosisWriter.noCauseBesideEstimate(Lang.EN, ESTIMATE_EN))
                .isEqualTo("By our estimate, " + ESTIMATE_EN + " The message does not show what went wrong.")
                .doesNotStartWith("I cannot tell");
        assertThat(DiagnosisWriter.noCauseBesideEstimate(Lang.ZH, ESTIMATE_ZH))
                .isEqualTo("按我们的估算，" + ESTIMATE_ZH + "这段信息里看不出出错的原因。");
    }

    @Test
    void aCauseFoundLaterLeadsAndTheEstimateGoesBackBelowIt() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            String estimate = lang == Lang.ZH ? ESTIMATE_ZH : ESTIMATE_EN;
            Reply noCause = new Reply(lang, Reply.Kind.ANSWER, DiagnosisWriter.noCauseBesideEstimate(lang, estimate),
                    List.of(new Reply.Option("Fix", "a fix")), List.of(), List.of("a note"));
            Reply r = DiagnosisWriter.withCauseHeadline(noCause, "The cause.");
            assertThat(r.headline()).isEqualTo("The cause.");
            assertThat(r.options()).extracting(Reply.Option::detail).containsExactly("a fix", estimate);
            assertThat(r.options().get(1).title()).isEqualTo(lang == Lang.ZH ? "我们的估算" : "Our estimate");
            assertThat(r.notes()).containsExactly("a note");
        }
        // a headline of another kind is replaced, and nothing is added below it
        Reply other = new Reply(Lang.EN, Reply.Kind.ANSWER, "I cannot tell the cause from this message.", List.of(), List.of(), List.of());
        assertThat(DiagnosisWriter.withCauseHeadline(other, "The cause.").options()).isEmpty();
    }

    @Test
    void aRunReportedOverANoLeadsAndOurEstimateFollowsAsWhatItSaid() {
        Understood u = new Understood(Intent.SPEED, List.of(new Understood.Gpu("M4 Pro", 24.0, 1, true)), List.of(), false,
                null, false, null, null, null, null, List.of());
        Answer no = new Answer(null, List.of(), new Reply(Lang.EN, Reply.Kind.ANSWER,
                "No: Some Model Q4_K_M needs 46.2 GB; Apple M4 Pro 24GB (memory not stated: assumed) cannot hold it.", List.of(), List.of(),
                List.of("a note"))).withUnderstood(u).withVerdict(Verdict.NO);
        Reply r = ReplyWriter.withReportLine(no, "You measured about 24 tokens/s: it fits.");
        assertThat(r.headline()).isEqualTo("You measured about 24 tokens/s: it fits.");
        assertThat(r.notes()).containsExactly("Our estimate alone: Some Model Q4_K_M needs 46.2 GB; Apple M4 Pro 24GB (memory not stated: assumed) cannot hold it.",
                "a note");
        // a no-cause estimate that led loses its lead words under "Our estimate alone"
        Answer led = new Answer(null, List.of(), new Reply(Lang.EN, Reply.Kind.ANSWER, DiagnosisWriter.noCauseBesideEstimate(Lang.EN, ESTIMATE_EN),
                List.of(), List.of(), List.of())).withUnderstood(u).withVerdict(Verdict.NO);
        assertThat(ReplyWriter.withReportLine(led, "It runs.").notes().get(0)).startsWith("Our estimate alone: Mistral 7B at Q4_K_M");
        // any other verdict keeps its headline, the line said first below it
        Reply fits = ReplyWriter.withReportLine(no.withVerdict(Verdict.FITS), "It runs.");
        assertThat(fits.headline()).startsWith("No: ");
        assertThat(fits.notes().get(0)).isEqualTo("It runs.");
    }
}
