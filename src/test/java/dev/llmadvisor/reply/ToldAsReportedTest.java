package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.sizing.WeightFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A verdict changed by what the person reports is said in the reply, with the figures behind it, in their language. */
class ToldAsReportedTest {

    private static Answer sized(Lang lang, Verdict v, double paramsB, double cardGb, int cards) {
        Understood u = new Understood(Intent.CAN_RUN, List.of(new Understood.Gpu("Some card", cardGb, cards, false)), List.of(), false,
                null, false, null, null, null, null, List.of(new Understood.Model("a model", "some-model", "Some Model", paramsB, false, null)));
        Reply r = new Reply(lang, Reply.Kind.ANSWER, lang == Lang.ZH ? "可以。" : "Yes.", List.of(), List.of(), List.of("a later note"));
        return new Answer(null, List.of(), r).withUnderstood(u).withVerdict(v);
    }

    /** The 16-bit weights of a model in GiB, the unit the estimate beside the line uses: 70B is 130.4, not 140. */
    private static String weights16(double paramsB) {
        return String.format(Locale.ROOT, "%.1f GB", paramsB * 2e9 / (1L << 30));
    }

    private static Report report(boolean works, boolean fails, Double usedGb, Report.Symptom... symptoms) {
        return new Report(null, usedGb, usedGb != null, Set.of(symptoms), works, fails, false, null);
    }

    @Test
    void aVerdictChangedByAFailureIsSaidWithTheWeightsAsTriedAndTheGpuMemory() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            for (double params : new double[] {7, 14, 32, 70}) {
                for (int cards : new int[] {1, 2}) {
                    Answer a = ReplyWriter.toldAsReported(sized(lang, Verdict.FITS, params, 24, cards), Verdict.NO,
                            report(false, true, null, Report.Symptom.OUT_OF_MEMORY));
                    assertThat(a.verdict()).isEqualTo(Verdict.NO);
                    String first = a.reply().notes().get(0);
                    assertThat(first).startsWith(lang == Lang.ZH ? "你说它跑不起来" : "You say it fails")
                            .contains(weights16(params)).doesNotContain(String.format(Locale.ROOT, "%.1f GB", params * 2))
                            .contains(String.format(Locale.ROOT, "%.1f GB", 24.0 * cards));
                    assertThat(a.reply().notes()).contains("a later note");
                }
            }
        }
    }

    @Test
    void aFailureKeepsTheFitWhileTheWeightsOfTheFormatNamedLeaveATenthOfTheGpuMemory() {
        Report outOfMemory = report(false, true, null, Report.Symptom.OUT_OF_MEMORY);
        // given 13B loaded at 8 bits on a 16 GB card (FastChat #1761): 13 GB + 1 GB is below nine tenths of 16 GB, so the fit stands
        Answer eightBit = atFormat(sized(Lang.EN, Verdict.FITS, 13, 16, 1), WeightFormat.Q8_0);
        assertThat(ReplyWriter.failedAsReported(eightBit, outOfMemory)).isEqualTo(Verdict.FITS);
        // given 7B named in 16 bits (14 GB) on 24 GB, the same
        assertThat(ReplyWriter.failedAsReported(atFormat(sized(Lang.EN, Verdict.FITS, 7, 24, 1), WeightFormat.F16), outOfMemory))
                .isEqualTo(Verdict.FITS);
        // given 13B at 8 bits on a 14 GB card: 14 GB reaches nine tenths of it, so as tried it does not run
        assertThat(ReplyWriter.failedAsReported(atFormat(sized(Lang.EN, Verdict.FITS, 13, 14, 1), WeightFormat.Q8_0), outOfMemory))
                .isEqualTo(Verdict.NO);
        // given no format named, the 16-bit weights taken as tried (14 GB of 7B) are more than half of 24 GB: the failure stands
        assertThat(ReplyWriter.failedAsReported(sized(Lang.EN, Verdict.FITS, 7, 24, 1), outOfMemory)).isEqualTo(Verdict.NO);
        assertThat(ReplyWriter.failedAsReported(sized(Lang.EN, Verdict.FITS, 7, 32, 1), outOfMemory)).isEqualTo(Verdict.FITS);
    }

    @Test
    void aSlowRunSeenInGpuMemoryFitsOnlyWhenTheMemorySeenHoldsTheWeightsAsTried() {
        // given 72B with no format named (144 GB in 16 bits) seen in 270 GB of GPU memory, slow: the whole model is on the
        // GPU, so it fits; the slowness is not layers in system RAM
        Report holds = new Report(3.0, 270.0, true, Set.of(Report.Symptom.SLOW), true, false, false, null);
        assertThat(ReplyWriter.seenInGpuMemory(null, holds, sized(Lang.ZH, null, 72, 80, 4).understood())).isEqualTo(Verdict.FITS);
        // given 20 GB seen of the same 72B, slow: part of it may be in system RAM, so no verdict is drawn from it
        Report part = new Report(3.0, 20.0, true, Set.of(Report.Symptom.SLOW), true, false, false, null);
        assertThat(ReplyWriter.seenInGpuMemory(null, part, sized(Lang.ZH, null, 72, 24, 1).understood())).isNull();
        // given no model named, a slow run seen in GPU memory says nothing of the weights
        Understood none = new Understood(Intent.SPEED, List.of(), List.of(), false, null, false, null, null, null, null, List.of());
        assertThat(ReplyWriter.seenInGpuMemory(null, holds, none)).isNull();
    }

    private static Answer atFormat(Answer a, WeightFormat format) {
        Understood u = a.understood();
        return a.withUnderstood(new Understood(u.kind(), u.gpus(), u.alternatives(), u.cpuOnly(), u.ramGb(), u.ramAssumed(),
                u.engine(), format, null, null, u.models()));
    }

    @Test
    void aFailureWhoseWeightsFitTheCardBlamesWhatComesOnTopNotTheWeights() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            // 7B in 16-bit is 14 GB: within 24 GB, beyond 12 GB
            String fitting = ReplyWriter.toldAsReported(sized(lang, Verdict.FITS, 7, 24, 1), Verdict.NO, report(false, true, null)).reply().notes().get(0);
            assertThat(fitting).contains(lang == Lang.ZH ? "权重本身放得进 24.0 GB 显存" : "the weights themselves fit the 24.0 GB of GPU memory")
                    .doesNotContain(lang == Lang.ZH ? "显存放不下" : "does not fit");
            String over = ReplyWriter.toldAsReported(sized(lang, Verdict.FITS, 7, 12, 1), Verdict.NO, report(false, true, null)).reply().notes().get(0);
            assertThat(over).contains(lang == Lang.ZH ? "12.0 GB 显存放不下" : "does not fit the 12.0 GB of GPU memory");
        }
    }

    @Test
    void aFailureOnAnEngineThatMayRunAnyQuantizationClaimsNoWeightsAsTried() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            for (Engine engine : List.of(Engine.OTHER, Engine.LLAMA_CPP, Engine.OLLAMA, Engine.LM_STUDIO)) {
                Answer fits = sized(lang, Verdict.FITS, 14, 12, 1);
                Understood u = fits.understood();
                Understood onEngine = new Understood(u.kind(), u.gpus(), u.alternatives(), u.cpuOnly(), u.ramGb(), u.ramAssumed(),
                        engine, null, null, null, u.models());
                Answer a = ReplyWriter.toldAsReported(fits.withUnderstood(onEngine), Verdict.NO, report(false, true, null));
                assertThat(a.verdict()).isEqualTo(Verdict.NO);
                String first = a.reply().notes().get(0);
                // no format named: 14B in 16-bit (26.1 GB) is not what they tried, so it is not said as the reason
                assertThat(first).startsWith(lang == Lang.ZH ? "你说它跑不起来" : "You say it fails")
                        .doesNotContain(weights16(14)).doesNotContain("16");
            }
        }
    }

    @Test
    void aRunReportedOfWeightsLargerThanTheGpuMemoryIsTakenWithoutClaimingTheyFit() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            for (double params : new double[] {32, 70}) {
                // 16-bit weights of params x 2 GB on one 24 GB card: they cannot be what runs on it
                Answer a = ReplyWriter.toldAsReported(sized(lang, Verdict.NO, params, 24, 1), Verdict.FITS, report(true, false, null));
                assertThat(a.verdict()).isEqualTo(Verdict.FITS);
                // a "No" overruled by their run: the run leads as the headline, our sizing follows as what it said
                assertThat(a.reply().headline()).contains(weights16(params)).contains("24.0 GB")
                        .doesNotContain("weights fit").doesNotContain("权重放得进");
                assertThat(a.reply().notes().get(0)).isEqualTo(lang == Lang.ZH ? "我们的估算：可以。" : "Our estimate alone: Yes.");
            }
            // weights that fit the card keep the line about the estimate's margin
            Answer small = ReplyWriter.toldAsReported(sized(lang, Verdict.NO, 7, 24, 1), Verdict.FITS, report(true, false, null));
            assertThat(small.reply().headline()).contains(lang == Lang.ZH ? "权重放得进显存" : "its weights fit the GPU memory");
        }
    }

    @Test
    void eachChangeOfVerdictNamesTheNewOne() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            boolean zh = lang == Lang.ZH;
            Answer slow = ReplyWriter.toldAsReported(sized(lang, Verdict.FITS, 70, 24, 2), Verdict.OFFLOAD, report(false, false, null, Report.Symptom.SLOW));
            assertThat(slow.reply().notes().get(0)).contains(zh ? "内存" : "system RAM").contains(weights16(70)).contains("48.0 GB");
            Answer idle = ReplyWriter.toldAsReported(sized(lang, Verdict.FITS, 8, 24, 1), Verdict.OFFLOAD, report(true, false, null, Report.Symptom.GPU_NOT_USED));
            assertThat(idle.reply().notes().get(0)).contains("CPU");
            Answer ran = ReplyWriter.toldAsReported(sized(lang, Verdict.NO, 72, 12, 1), Verdict.OFFLOAD, report(true, false, null));
            assertThat(ran.reply().headline()).startsWith(zh ? "你说它能运行" : "You say it runs").contains(zh ? "内存" : "system RAM");
            Answer seen = ReplyWriter.toldAsReported(sized(lang, Verdict.NO, 32, 24, 1), Verdict.FITS, report(false, false, 20.0));
            assertThat(seen.reply().headline()).contains("20.0 GB").contains(zh ? "放得下显存" : "fits in GPU memory");
            assertThat(List.of(slow, idle, ran, seen)).allSatisfy(x -> assertThat(x.reply().notes()).hasSize(2));
        }
    }

    @Test
    void anUnchangedVerdictOrAQuestionBackGetsNoLine() {
        Answer same = ReplyWriter.toldAsReported(sized(Lang.EN, Verdict.FITS, 7, 24, 1), Verdict.FITS, report(true, false, null));
        assertThat(same.reply().notes()).containsExactly("a later note");
        Answer clarify = sized(Lang.EN, Verdict.FITS, 7, 24, 1);
        clarify = clarify.withReply(clarify.reply().withHeadline(Reply.Kind.CLARIFY, "Which GPU?"));
        Answer asked = ReplyWriter.toldAsReported(clarify, Verdict.NO, report(false, true, null));
        assertThat(asked.reply().notes()).containsExactly("a later note");
        Answer none = ReplyWriter.toldAsReported(sized(Lang.EN, Verdict.FITS, 7, 24, 1), Verdict.OFFLOAD, null);
        assertThat(none.verdict()).isEqualTo(Verdict.OFFLOAD);
    }

    @Test
    void aSlowRunOnACardWithNothingSizedFitsAndSaysItIsTheRunThatShowsIt() {
        // given a card read and no model named, and the person tells a run that answers slowly ("一个字一个字的吐出来")
        Understood card = new Understood(Intent.SPEED, List.of(new Understood.Gpu(null, null, 1, false)), List.of(), false,
                null, false, Engine.OTHER, null, null, null, List.of());
        Report slow = report(false, false, null, Report.Symptom.SLOW);
        // then it runs there as they run it: fits
        assertThat(ReplyWriter.ranSlowlyOnGpuAsReported(null, slow, card)).isEqualTo(Verdict.FITS);
        // while the reader of runs in general leaves it to the readers of a slow run's own signs, which go first
        assertThat(ReplyWriter.ranOnGpuAsReported(null, slow, card)).isNull();
        // and the line says it is slow but runs, in their language
        Answer asked = new Answer(null, List.of(), new Reply(Lang.ZH, Reply.Kind.CLARIFY, "这张显卡是什么型号？", List.of(), List.of(), List.of()))
                .withUnderstood(card);
        assertThat(ReplyWriter.toldWhileAsking(asked, Verdict.FITS, slow).reply().notes().get(0)).startsWith("你说它能跑起来，只是慢");
        // given a split with the CPU or the GPU told unused beside the slowness, or a failure, no fit is drawn from it
        assertThat(ReplyWriter.ranSlowlyOnGpuAsReported(null, report(false, false, null, Report.Symptom.SLOW, Report.Symptom.SPLIT), card)).isNull();
        assertThat(ReplyWriter.ranSlowlyOnGpuAsReported(null, report(false, false, null, Report.Symptom.SLOW, Report.Symptom.GPU_NOT_USED), card)).isNull();
        assertThat(ReplyWriter.ranSlowlyOnGpuAsReported(null, report(false, true, null, Report.Symptom.SLOW), card)).isNull();
        // given no card read and an engine that can offload, a slow run says nothing of where it runs
        Understood noCard = new Understood(Intent.SPEED, List.of(), List.of(), false, null, false, Engine.OTHER, null, null, null, List.of());
        assertThat(ReplyWriter.ranSlowlyOnGpuAsReported(null, slow, noCard)).isNull();
        // given a verdict already drawn (a CPU run, a split), it is kept
        assertThat(ReplyWriter.ranSlowlyOnGpuAsReported(Verdict.OFFLOAD, slow, card)).isEqualTo(Verdict.OFFLOAD);
    }
}
