package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Facts;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.logs.LogReader;
import dev.llmadvisor.logs.ProseHints;
import dev.llmadvisor.parse.CardCountAskedForms;
import dev.llmadvisor.parse.FirstAnswerWaitForms;
import dev.llmadvisor.parse.FormatQualityForms;
import dev.llmadvisor.parse.HardwareUsableForms;
import dev.llmadvisor.parse.MemoryAskedForms;
import dev.llmadvisor.parse.MemoryGrowthForms;
import dev.llmadvisor.parse.MoreGpusFasterForms;
import dev.llmadvisor.parse.NoGpuLayerForms;
import dev.llmadvisor.parse.Parser;
import dev.llmadvisor.parse.RamBoundForms;
import dev.llmadvisor.parse.RegressionForms;
import dev.llmadvisor.parse.RelativeSpeedForms;
import dev.llmadvisor.parse.RunHeadline;
import dev.llmadvisor.parse.SmallContextOomForms;
import dev.llmadvisor.parse.SmallerFormatFasterForms;
import dev.llmadvisor.parse.WindowsForms;
import dev.llmadvisor.knowledge.FormatEntry;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.parse.RunContrastForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.CardsNeeded;
import dev.llmadvisor.reply.DiagnosisWriter;
import dev.llmadvisor.reply.HardwareComparison;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.reply.ReplyWriter;
import dev.llmadvisor.reply.SizedCause;
import dev.llmadvisor.reply.SpeedAnswer;
import dev.llmadvisor.reply.Verdict;
import dev.llmadvisor.reply.Why;
import dev.llmadvisor.rules.Decision;
import dev.llmadvisor.rules.RuleFailure;
import dev.llmadvisor.rules.RulesEngine;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The advisor: parse -> facts -> sizing -> rules -> reply, with per-conversation memory for follow-ups.
 * Never throws for bad input; an unexpected failure becomes a friendly error reply and is logged.
 */
public final class RuleAdvisor implements Advisor {

    private static final Logger LOG = LoggerFactory.getLogger(RuleAdvisor.class);
    private static final long RELOAD_CHECK_MS = 2000;

    private final Parser parser;
    private final FactBuilder facts;
    private final RulesEngine rules;
    private final Diagnoser diagnoser;
    private final Conversations memory = new Conversations(10_000);
    private volatile long lastReloadCheck;

    public RuleAdvisor(Parser parser, FactBuilder facts, RulesEngine rules) {
        this.parser = parser;
        this.facts = facts;
        this.rules = rules;
        this.diagnoser = new Diagnoser(facts, rules);
    }

    @Override
    public Reply ask(String conversation, String message) {
        return answer(conversation, message).reply();
    }

    /** The full answer, with the recommendations it shows (for JSON output). */
    public Answer answer(String conversation, String message) {
        Question q;
        try {
            q = parser.parse(message == null ? "" : message);
        } catch (RuntimeException e) {
            LOG.warn("parser failed on a message", e);
            return error(Lang.EN);
        }
        try {
            return answer(conversation, q);
        } catch (RuleFailure e) {
            // A rule that loops or throws is the rule author's to fix: say which, without a stack trace.
            LOG.error("the rules could not decide a question: {}", e.getMessage());
            return ruleFailure(q.lang(), e);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("could not answer a question", e);
            return error(q.lang());
        }
    }

    /** Answers parsed question facts (also the entry for structured questions). */
    public Answer answer(String conversation, Question parsed) {
        Conversations.Turn last = memory.last(conversation);
        Question q = last != null && last.answer().reply().kind() == Reply.Kind.CLARIFY
                ? answerToClarification(parsed, last.question())
                : followUp(parsed, last == null ? null : last.question());
        // a plain question for models or memory next to a remark on a failure is that question, unless a log was pasted;
        // "Can X run on Y?" heading a post stays that question whatever error its body shows (the failure is why they ask)
        boolean plainQuestion = (q.intent() == Intent.WHAT_CAN_RUN || q.intent() == Intent.MEMORY_NEEDED) && q.report().log() == null
                || q.intent() == Intent.CAN_RUN && RunHeadline.heads(q.text());
        boolean diagnose = q.intent() == Intent.DIAGNOSE || (!plainQuestion && Diagnoser.recognises(q));
        if (!diagnose && q.models().isEmpty() && !q.hasHardware() && q.format() != null && FormatQualityForms.asked(q.text())) {
            // "does int4 lose accuracy?": the format's measured loss is the same on any machine, so none is asked for
            Map<WeightFormat, Double> ppl = facts.knowledge().formats().all().stream().filter(e -> e.pplDelta() != null)
                    .collect(Collectors.toMap(FormatEntry::format, FormatEntry::pplDelta));
            return new Answer(null, List.of(), ReplyWriter.formatQuality(q.lang(), q.format(), ppl)).withUnderstood(facts.understand(q).understood());
        }
        if (!diagnose && (q.intent() == Intent.HELP || (q.intent() == Intent.UNKNOWN && !q.hasHardware() && q.models().isEmpty()))) {
            // "the AWQ shouldn't take that much with vLLM, right?": something was read, only the model is missing
            if (q.intent() == Intent.UNKNOWN && (q.engine() != null || q.format() != null || !q.report().isEmpty())) {
                Answer back = new Answer(null, List.of(), ReplyWriter.clarify(q.lang(), Facts.Problem.Kind.NEEDS_MODEL))
                        .withUnderstood(facts.understand(q).understood());
                // "with vLLM it works at a max model len of 1000", "the CPU is full but the GPU idle": the run they report still
                // says where it runs, as when asked back for the hardware
                return toldWhileAsking(back, q);
            }
            // what was read is reported also with the help (issue 9: ask --json always carries "understood")
            Answer help = new Answer(null, List.of(), q.readsNothing() ? ReplyWriter.unread(q.lang()) : ReplyWriter.help(q.lang()))
                    .withUnderstood(facts.understand(q).understood());
            // help asked for is an answer; a question of which nothing was read lacks the hardware and the model
            return q.intent() == Intent.HELP ? help : help.withProblems(List.of(
                    new Facts.Problem(Facts.Problem.Kind.NEEDS_HARDWARE, "", List.of()), new Facts.Problem(Facts.Problem.Kind.NEEDS_MODEL, "", List.of())));
        }
        if (q.intent() == Intent.OUT_OF_SCOPE && !diagnose) {
            // "2x 3090 or one 4090 for fine-tuning?": the options are reported as read, as a sizing answer does
            Understood u = withOptions(q, facts.understand(q).understood());
            return new Answer(null, List.of(), ReplyWriter.training(q.lang(), u)).withUnderstood(u);
        }
        if (q.intent() == Intent.WHY && last != null && parsed.format() == null) {
            return new Answer(last.answer().ask(), last.answer().shown(), explain(last, q.lang())).withUnderstood(last.answer().understood());
        }
        boolean whyOfFormat = q.intent() == Intent.WHY;
        Intent asked = q.intent();
        Intent intent = effectiveIntent(q);
        q = q.withIntent(intent);
        List<ReplyWriter.WeighedFormat> formatsWeighed = asked == Intent.WHICH_FORMAT && !q.hasHardware() ? weighed(q.formatsWeighed()) : List.of();
        Answer a;
        if (diagnose) {
            q = q.withIntent(Intent.DIAGNOSE);
            a = diagnoser.answer(q);
            if (a.cause() == null && !q.models().isEmpty() && q.hasHardware()) a = sizingInstead(q, a);
            else if (a.cause() == null && !q.models().isEmpty() && !q.hasHardware()) a = needsInstead(q, a);
            a = withMeasuredOnMac(a, q);
            a = withWorkingNamed(a, q);
        } else if (!q.alternatives().isEmpty() && (intent == Intent.COMPARE_HARDWARE || !ownsMachine(q))) {
            a = compareHardware(q);
            if (a.badInput()) return a;
        } else if (q.models().isEmpty() && !q.hasHardware() && SmallerFormatFasterForms.told(q.text())) {
            // "why is Q4 faster than Q8?": the answer is the same on any machine, so none is asked for; the cause it names is
            // the memory bandwidth each token's read of the weights is bound by
            a = new Answer(null, List.of(), ReplyWriter.smallerFormatFaster(q.lang())).withUnderstood(facts.understand(q).understood())
                    .withCause("ram_bandwidth");
        } else if (needsHardware(intent) && !q.hasHardware()) {
            a = new Answer(null, List.of(), ReplyWriter.clarify(q.lang(), Facts.Problem.Kind.NEEDS_HARDWARE))
                    .withUnderstood(facts.understand(q).understood());
            if (!q.models().isEmpty()) a = withWhatItNeeds(q, a);
            // "bf16 or fp16?", "Q4_0 or Q4_1?" with no model sized: how the formats differ holds on any machine, said
            // before the machine is asked for
            if (a.reply().options().isEmpty() && formatsWeighed.size() >= 2) {
                a = new Answer(null, List.of(), ReplyWriter.formatsCompared(q.lang(), formatsWeighed)).withUnderstood(a.understood());
            }
        } else if (intent == Intent.MEMORY_NEEDED && q.models().isEmpty()) {
            // "how much VRAM does it need?" with no model named: ask which, rather than size one the person did not name
            a = new Answer(null, List.of(), ReplyWriter.clarify(q.lang(), Facts.Problem.Kind.NEEDS_MODEL))
                    .withUnderstood(facts.understand(q).understood());
        } else {
            a = sized(q);
            if (intent == Intent.MEMORY_NEEDED && !q.targets().isEmpty()) a = withCardsNeeded(a, q.targets().get(0));
            // "准备用80G的A100，要多少张": the one card they will use, and the count of it asked
            else if (intent == Intent.MEMORY_NEEDED && q.gpus().size() == 1 && q.gpus().get(0).count() == 1
                    && CardCountAskedForms.asked(q.text())) a = withCardsNeeded(a, q.gpus().get(0));
            if (unknownCardOnly(a) && !q.models().isEmpty() && namedCardsOnly(q)) a = memoryInstead(q, a);
            // An unknown card or model, or an impossible value, is bad input: it is not remembered, so it
            // cannot stick to the next question; the conversation goes on from the question before it.
            if (a.badInput()) return a;
            // a setup the person says runs is not a "no", whatever our estimate said
            a = withMeasuredOnMac(a, q);
            a = ReplyWriter.toldAsReported(a, ReplyWriter.ranAsReported(a, q.report()), q.report());
        }
        if (asked == Intent.CAN_RUN && (intent == Intent.WHAT_CAN_RUN || noModelAsked(a)) && a.understood() != null
                && a.reply().kind() == Reply.Kind.ANSWER) {
            a = unnamedModel(a, q.text());
        } else if (asked == Intent.SPEED && !diagnose && noModelAsked(a) && a.reply().kind() == Reply.Kind.ANSWER) {
            a = a.withReply(a.reply().withHeadline(Reply.Kind.ANSWER, unnamedSpeedModel(a.reply().lang()) + a.reply().headline()));
        } else if (modelMissing(asked, intent) && asked != Intent.MEMORY_NEEDED && !diagnose && a.understood() != null) {
            // "will there be an int8 build? fp16 does not fit my 8 A100s" with the model unnamed: answered with what the
            // hardware runs, but what was asked is still which format (or a yes or no); a memory question about no model
            // next to one's own machine ("what specs can run it? mine are …") does ask what that machine runs
            a = a.withUnderstood(a.understood().withKind(asked));
        }
        if (a.reply().kind() == Reply.Kind.ANSWER) {
            a = ReplyWriter.toldAsReported(a, ReplyWriter.seenInGpuMemory(a.verdict(), q.report(), a.understood()), q.report());
            a = ReplyWriter.toldAsReported(a, ReplyWriter.ranOffGpuAsReported(a.verdict(), q.report(), a.understood()), q.report());
            a = ReplyWriter.toldAsReported(a, ReplyWriter.splitAsReported(a.verdict(), q.report()), q.report());
            a = ReplyWriter.toldAsReported(a, ReplyWriter.failedAsReported(a, q.report()), q.report());
            // nothing sized (no model, or no card): what the person reports of their own run is the verdict
            a = ReplyWriter.toldAsReported(a, ReplyWriter.ranOnGpuAsReported(a.verdict(), q.report(), a.understood()), q.report());
            // one card of several used: the weights are in GPU memory, and an out-of-memory beside it is the split's
            a = ReplyWriter.toldAsReported(a, ReplyWriter.unevenSplitAsReported(a.verdict(), q.report(), a.understood()), q.report());
            // "OOM on V1, works on V0": a regression told; the model ran on their machine before, so it fits there
            a = withRegression(a, q);
            a = withGrowth(a, q, diagnose);
            a = withRamBound(a, q);
            a = withOomAtSmallContext(a, q);
            a = withAllOnGpu(a, q);
            a = ReplyWriter.toldAsReported(a, ReplyWriter.failedUnsizedAsReported(a, q.report()), q.report());
            // asked why it takes so much memory, the rule that explains the memory speaks before the sizing judges a fault
            a = withMemoryUseCause(a, q);
            // asked why it takes the memory it takes, no fault is told beyond that: the sizing judges none
            // (a slow run that was fast before an update: the speed answer below names the new version, not the sizing's pace)
            boolean regression = RegressionForms.told(q.text());
            if (diagnose || !regression || !SizedCause.slowOnly(q.report())) {
                a = withSizedCause(a, q.report(), diagnose && !ProseHints.of(q.text()).memoryUse());
            }
            a = withCacheShortOfMaxLen(a, q);
            a = withSplitSetting(a, q);
            // "it is very slow" / "how fast will it run": the speed of the setup sized, said first, not a plain "it fits"
            if (!diagnose) a = SpeedAnswer.of(a, q.report(), regression, q.text());
            a = withFirstAnswerWait(a, q);
            a = withMoreGpusFaster(a, q);
            a = withSharedMemoryFallback(a, q);
            // slow, with nothing above placing it: a run that answers, on their card
            a = ReplyWriter.toldAsReported(a, ReplyWriter.ranSlowlyOnGpuAsReported(a.verdict(), q.report(), a.understood()), q.report());
        } else if (a.reply().kind() == Reply.Kind.CLARIFY && a.understood() != null) {
            Reply asking = a.reply();
            // asked back for the hardware, a run reported on the CPU (or on KTransformers) still says where it runs
            a = toldWhileAsking(a, q);
            a = withRegression(a, q);
            a = withGrowth(a, q, diagnose);
            a = withRamBound(a, q);
            a = withOomAtSmallContext(a, q);
            a = withAllOnGpu(a, q);
            // "the Int4 model is much slower than the original": two runs that answer, compared, on a machine not described
            a = withComparedRuns(a, q);
            // the cause they ask about goes before the comparison's verdict line
            a = withToldCause(a, q.report());
            a = withNoGpuLayers(a, q);
            a = withFirstAnswerWait(a, q);
            a = ReplyWriter.toldWhileAsking(a, ReplyWriter.ranSlowlyOnGpuAsReported(a.verdict(), q.report(), a.understood()), q.report());
            a = a.withReply(a.reply().answeredBeforeAsking(asking));
        }
        // "I have a 3050 … I might buy a 4090": options weighed are part of what was read, whatever the answer does with them
        if (a.understood() != null && a.understood().alternatives().isEmpty() && !q.alternatives().isEmpty()) {
            a = a.withUnderstood(withOptions(q, a.understood()));
        }
        a = withSizingVerdict(q, a);
        a = withPhoneMemory(a);
        memory.remember(conversation, new Conversations.Turn(q, a));
        if (whyOfFormat && !a.shown().isEmpty()) {
            // "why not Q8?": the answer about that format, told as its reasons
            return a.withReply(Why.of(a, q.lang()));
        }
        return a;
    }

    /**
     * A diagnosis of the model said to fail beside one said to work ({@link RunContrastForms}), with the working one named
     * back, so the person sees which model it is about; a diagnosis that sized nothing, or that could not take the failing
     * model as its focus (one the catalog does not know, such as a bare "6B"), is left as it is rather than claim it.
     */
    private Answer withWorkingNamed(Answer a, Question q) {
        if (a.reply().kind() != Reply.Kind.ANSWER || a.understood() == null || a.understood().models().size() < 2) return a;
        if (diagnoser.failingModelId(q, a.understood()).isEmpty()) return a;
        return RunContrastForms.of(q.text(), q.models())
                .map(t -> a.withReply(a.reply().withNote(DiagnosisWriter.othersWorkNote(q.lang(), t.working())))).orElse(a);
    }

    /** The answer with the verdict of a model that runs on a phone ({@link ReplyWriter#heldInPhoneMemory}), said in one line. */
    private static Answer withPhoneMemory(Answer a) {
        Verdict v = ReplyWriter.heldInPhoneMemory(a.verdict(), a.ask());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(a.reply().withNote(ReplyWriter.phoneMemoryLine(a.reply().lang())));
    }

    /** The answer with the verdict of a speed measured on a Mac of unstated memory, said in one line, when it changes it. */
    private static Answer withMeasuredOnMac(Answer a, Question q) {
        Verdict v = ReplyWriter.measuredOnMacAsReported(a.verdict(), q.report(), macMemoryUnstated(q, a.understood()));
        if (v == a.verdict()) return a;
        // the memory sized is the chip's base, assumed: the run they measured overrules "it cannot run on the GPU alone"
        return a.withVerdict(v).withReply(ReplyWriter.withoutOnGpuDenials(a, ReplyWriter.withReportLine(a,
                ReplyWriter.measuredOnMacLine(q.lang(), q.report().tokensPerSecond(), a.understood().gpus().get(0)))));
    }

    /** A Mac alone, named without its memory ("on my M4 Pro", "m2max"): it was sized with the chip's base memory, assumed. */
    static boolean macMemoryUnstated(Question q, Understood u) {
        return u != null && !u.gpus().isEmpty() && u.gpus().stream().allMatch(Understood.Gpu::unified)
                && q.gpus().stream().allMatch(g -> g.memoryGb() == null) && q.vramGb() == null && q.ramGb() == null;
    }

    /**
     * The answer with the verdict of GPU memory the person tells as growing with use, said in one line, when it states none;
     * and with its cause when none is named: what grows turn after turn is the context the model keeps, the history in its
     * KV cache (context_too_large), said in place of "I cannot tell" in a diagnosis.
     */
    private static Answer withGrowth(Answer a, Question q, boolean diagnosis) {
        boolean grew = MemoryGrowthForms.told(q.text());
        Verdict v = ReplyWriter.grewWithUseAsReported(a.verdict(), q.report(), grew, a.understood());
        boolean cause = grew && a.cause() == null && ReplyWriter.grewOnGpu(q.report(), a.understood());
        if (v == a.verdict() && !cause) return a;
        String line = ReplyWriter.grewWithUseLine(q.lang());
        Reply r = cause && diagnosis && a.reply().kind() == Reply.Kind.ANSWER ? DiagnosisWriter.withCauseHeadline(a.reply(), line)
                : a.reply().withFirstNote(line);
        Answer told = a.withVerdict(v).withReply(r);
        return cause ? told.withCause("context_too_large") : told;
    }

    /** The answer with the verdict of a speed the person ties to system RAM, said in one line, when no model of theirs was sized. */
    private static Answer withRamBound(Answer a, Question q) {
        Verdict v = ReplyWriter.ramBoundAsReported(a.verdict(), q.report(), RamBoundForms.told(q.text()), a.understood());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(a.reply().withFirstNote(ReplyWriter.ramBoundLine(q.lang())));
    }

    /** The answer with the verdict of an out-of-memory the person tells at a small context, said in one line, when it changes it. */
    private static Answer withOomAtSmallContext(Answer a, Question q) {
        Verdict v = ReplyWriter.oomAtSmallContextAsReported(a.verdict(), SmallContextOomForms.told(q.text()), RegressionForms.told(q.text()), q.engine());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(a.reply().withFirstNote(ReplyWriter.oomAtSmallContextLine(q.lang())));
    }

    /**
     * A slow first answer, or one slow again after the model sat idle ({@link FirstAnswerWaitForms}), with no failure told,
     * on Ollama, an app over it, or an engine not named: the wait is the model's load, said first; the speed sized (or the
     * cause read) follows. An engine that loads the model when it starts (vLLM, llama.cpp's server) has no such wait on a
     * request. With no cause read otherwise, the load on request (and the unload when idle, Ollama's keep_alive) is the
     * cause: one outside the listed ones, so {@code other}.
     */
    private static Answer withFirstAnswerWait(Answer a, Question q) {
        Engine e = q.engine();
        boolean loadsOnRequest = e == null || e == Engine.OLLAMA || e == Engine.OTHER || e == Engine.LM_STUDIO;
        if (!loadsOnRequest || q.report().failureTold() || !FirstAnswerWaitForms.told(q.text())) return a;
        if (a.cause() == null) a = a.withCause("other");
        String line = SpeedAnswer.firstAnswerWait(q.lang());
        // asked back for the hardware, the line goes before the question (Reply#answeredBeforeAsking)
        if (a.reply().kind() == Reply.Kind.CLARIFY) return a.withReply(a.reply().withFirstNote(line));
        return a.withReply(a.reply().withHeadline(a.reply().kind(), line).withFirstNote(a.reply().headline()));
    }

    /** The answer to "will more GPUs make it faster?" asked in advance (not a run told no faster: its cause says that). */
    private static Answer withMoreGpusFaster(Answer a, Question q) {
        if (!MoreGpusFasterForms.asked(q.text()) || (q.report() != null && q.report().has(Report.Symptom.SEVERAL_NO_FASTER))) return a;
        return a.withReply(a.reply().withFirstNote(ReplyWriter.moreGpusFasterLine(q.lang(), a.verdict())));
    }

    /** How full the card must be for the driver's shared-memory fallback to be a likely cause of a slow run. */
    private static final double NEAR_FULL = 0.85;

    /**
     * Slow on Windows with an NVIDIA card the model all but fills: the driver (536.40 and later) moves allocations to
     * shared system memory near the limit instead of failing, with no error, and generation slows many times over
     * (NVIDIA support answer 5490; llama.cpp #4498: a model that fits the two 3090s ran from "Shared GPU memory"). The
     * answer says how to rule it out; the same answer when the run is not slow, not on Windows, or leaves room on the card.
     */
    private static Answer withSharedMemoryFallback(Answer a, Question q) {
        Report r = q.report();
        boolean slow = r != null && (r.has(Report.Symptom.SLOW) || r.tokensPerSecond() != null) && !r.has(Report.Symptom.OUT_OF_MEMORY);
        if (!slow || a.ask() == null || a.ask().platform() != Platform.NVIDIA || a.shown().isEmpty() || !WindowsForms.said(q.text())) return a;
        Candidate c = a.shown().get(0).candidate();
        double card = a.ask().vramGb();
        if (c.placement() != Placement.GPU || card <= 0 || c.totalGb() < NEAR_FULL * card) return a;
        return a.withReply(a.reply().withNote(ReplyWriter.sharedMemoryFallbackLine(q.lang(), c, card)));
    }

    /**
     * The answer with the verdict of a run the person tells wholly on the GPU, or of the model told to fit the card's
     * memory, said in one line, when it changes it.
     */
    private static Answer withAllOnGpu(Answer a, Question q) {
        Verdict v = ReplyWriter.allOnGpuAsReported(a.verdict(), q.report(), a.understood());
        if (v == a.verdict()) return a;
        boolean ranOnGpu = q.report().has(Report.Symptom.ALL_ON_GPU) && !q.report().has(Report.Symptom.GPU_NOT_USED);
        String line = ranOnGpu ? ReplyWriter.allOnGpuLine(q.lang()) : ReplyWriter.fitsGpuToldLine(q.lang());
        return a.withVerdict(v).withReply(ReplyWriter.withReportLine(a, line));
    }

    /**
     * The answer with the verdict of two runs the person compares, said in one line, when it states none; a verdict the
     * answer already has (a run told on the GPU) is kept without the comparison's line.
     */
    private static Answer withComparedRuns(Answer a, Question q) {
        // a smaller format told as the faster is what memory bandwidth predicts on a GPU and a CPU alike: no sign of the GPU
        boolean compared = RelativeSpeedForms.told(q.text()) && !SmallerFormatFasterForms.told(q.text());
        Verdict v = ReplyWriter.comparedRunsAsReported(a.verdict(), q.report(), compared, a.understood());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(a.reply().withFirstNote(ReplyWriter.comparedRunsLine(q.lang())));
    }

    /** The answer with the verdict of a KV cache short of the maximum length ({@link ReplyWriter#cacheShortOfMaxLenAsReported}), said in one line. */
    private static Answer withCacheShortOfMaxLen(Answer a, Question q) {
        Verdict v = ReplyWriter.cacheShortOfMaxLenAsReported(a.verdict(), a.cause());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(a.reply().withFirstNote(ReplyWriter.cacheShortOfMaxLenLine(q.lang())));
    }

    /** The answer with the verdict of a split over the cards ({@link ReplyWriter#splitSettingAsReported}), said in one line. */
    private static Answer withSplitSetting(Answer a, Question q) {
        Verdict v = ReplyWriter.splitSettingAsReported(a.verdict(), a.cause(), q.report());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(a.reply().withFirstNote(ReplyWriter.splitSettingLine(q.lang())));
    }

    /** The answer with the verdict of a regression the person tells, said in one line, when it states none. */
    private static Answer withRegression(Answer a, Question q) {
        Verdict v = ReplyWriter.regressionAsReported(a.verdict(), q.report(), RegressionForms.told(q.text()), a.understood());
        if (v == a.verdict()) return a;
        return a.withVerdict(v).withReply(ReplyWriter.withReportLine(a, ReplyWriter.regressionLine(q.lang())));
    }

    /**
     * The invariant every answer keeps, whatever its kind and the path that wrote it: when the model asked about (a
     * catalog model, or an openly generic stand-in of its size) and the machine (GPU memory, or a CPU-only machine) are
     * both known, the answer carries the sizing verdict and says it in one plain line. Comparisons of several models,
     * diagnoses that name a cause but no placement, and any later path that leaves the verdict out get it here, once:
     * the first model the person names (the one they tried or lead with) sized on their machine, as a memory answer
     * with that machine sizes it. Training questions are not about running, so they keep their arithmetic only.
     */
    private Answer withSizingVerdict(Question q, Answer a) {
        Understood u = a.understood();
        if (a.verdict() != null || u == null || a.badInput() || u.kind() == Intent.OUT_OF_SCOPE) return a;
        if (a.reply().kind() != Reply.Kind.ANSWER && a.reply().kind() != Reply.Kind.CLARIFY) return a;
        Optional<Understood.Model> model = u.models().stream().filter(m -> m.id() != null || m.generic()).findFirst();
        boolean machine = u.cpuOnly() || u.gpus().stream().anyMatch(g -> g.vramGb() != null && g.vramGb() > 0);
        if (model.isEmpty() || !machine || !q.hasHardware()) return a;
        Answer s = sized(q.toBuilder().models(List.of(model.get().asked())).intent(Intent.MEMORY_NEEDED).build());
        if (s.badInput() || s.reply().kind() != Reply.Kind.ANSWER || s.verdict() == null || s.ask() == null || s.shown().isEmpty()) return a;
        String line = ReplyWriter.memoryVerdictLine(s.ask(), s.shown(), s.shown().get(0).candidate().modelName());
        return a.withVerdict(s.verdict()).withReply(a.reply().withFirstNote(line));
    }

    /**
     * A reported problem no engine message explains, on a setup the answer sized: the cause the arithmetic shows
     * ({@link SizedCause}), stated as the diagnosis' headline in place of "I cannot tell", or as the first note of a
     * sizing answer ("it is slow on my 3060": the model runs partly from system RAM).
     */
    private static Answer withSizedCause(Answer a, Report report, boolean diagnosis) {
        if (a.cause() != null) return a;
        String code = SizedCause.of(a, report, diagnosis);
        if (code == null) return a;
        Lang lang = a.reply().lang();
        String sentence = SizedCause.sentence(code, a.understood(), a.shown(), report, lang);
        // a speed contrast the person tells of their own runs ("int8 is slower than fp16", "slower on two GPUs than on
        // one") is what they ask about: its cause is the headline, the sizing below it
        boolean contrast = code.equals(SizedCause.told(report, a.understood()));
        // "why is it slower on two GPUs than on one?" names no model: its cause is the answer, not a list of what the
        // hardware runs best
        boolean aboutNoModel = a.understood() != null && a.understood().models().isEmpty()
                && (a.understood().kind() == Intent.SPEED || contrast);
        Reply r = diagnosis || (contrast && !aboutNoModel) ? DiagnosisWriter.withCauseHeadline(a.reply(), sentence)
                : aboutNoModel ? a.reply().withHeadline(a.reply().kind(), sentence).withoutOptions()
                : a.reply().withFirstNote(causeNote(code, sentence, lang));
        if (diagnosis) r = DiagnosisWriter.nextStepBesideCause(r, code, a.shown().isEmpty() ? null : a.shown().get(0).candidate(),
                a.ask() == null ? null : a.ask().engine(), a.ask() == null ? null : a.ask().platform());
        return a.withReply(r).withCause(code);
    }

    /**
     * "Why does vLLM take 20 GB for a 7B?" answered as a sizing, not a diagnosis: asked why it takes so much memory, with
     * no failure or slowness told (that would be what the cause must explain), the diagnosis rules' cause is said as the
     * first note, in the rule's own words (a serving engine's up-front share, rule "A serving engine takes its share of
     * the GPU up front"; llama.cpp's whole-context cache).
     */
    /**
     * An answer that asks back still carries the verdict of the run reported: on the CPU, split, or on the GPU; a split told
     * also carries its cause, the part on the CPU, which the verdict's line says.
     */
    private static Answer toldWhileAsking(Answer a, Question q) {
        a = ReplyWriter.toldWhileAsking(a, ReplyWriter.ranOffGpuAsReported(a.verdict(), q.report(), a.understood()), q.report());
        a = ReplyWriter.toldWhileAsking(a, ReplyWriter.splitAsReported(a.verdict(), q.report()), q.report());
        a = ReplyWriter.toldWhileAsking(a, ReplyWriter.ranOnGpuAsReported(a.verdict(), q.report(), a.understood()), q.report());
        String split = a.cause() == null && a.verdict() == Verdict.OFFLOAD ? SizedCause.splitCause(q.report(), a.understood()) : null;
        return split == null ? a : a.withCause(split);
    }

    private Answer withMemoryUseCause(Answer a, Question q) {
        Report r = q.report();
        if (a.cause() != null || r.failureTold() || r.has(Report.Symptom.SLOW) || !ProseHints.of(q.text()).memoryUse()) return a;
        Optional<Diagnoser.Named> cause = diagnoser.cause(q);
        if (cause.isEmpty()) return a;
        boolean zh = a.reply().lang() == Lang.ZH;
        Diagnoser.Named c = cause.get();
        String line = zh ? "原因：" + c.text() + "。办法：" + c.fix() + "。" : "Cause: " + c.text() + ". Fix: " + c.fix() + ".";
        return a.withReply(a.reply().withFirstNote(line)).withCause(c.code());
    }

    /**
     * A cause said as a note: "Cause: …" for a named one; a cause outside them (other: "Not a memory problem: …") is
     * its own sentence, which a "Cause:" before it would only repeat.
     */
    private static String causeNote(String code, String sentence, Lang lang) {
        return code.equals("other") ? sentence : (lang == Lang.ZH ? "原因：" : "Cause: ") + sentence;
    }

    /**
     * Asked back for the hardware, a speed contrast the person tells of their own runs still settles its cause
     * ({@link SizedCause#told}: "multi-GPU is slower than one GPU"), said as the answer's first note.
     */
    private static Answer withToldCause(Answer a, Report report) {
        if (a.cause() != null) return a;
        String code = SizedCause.told(report, a.understood());
        if (code == null) return a;
        Lang lang = a.reply().lang();
        String sentence = SizedCause.sentence(code, a.understood(), List.of(), report, lang);
        return a.withReply(a.reply().withFirstNote(causeNote(code, sentence, lang))).withCause(code);
    }

    /**
     * Asked back for the hardware, a slow llama.cpp run whose own command sets no GPU layers (no -ngl), of a program that
     * then puts none on the GPU (./main, llama-cpp-python), on a machine with a GPU stack named (ROCm, CUDA, "my GPU"): the
     * run keeps every layer on the CPU whatever the card, as the rule "llama.cpp was run without -ngl" says of a machine named
     * (en-llamacpp-6750: "./main -m … -n 400" in a ROCm container, 11.9 tokens/s; timschwartz: 'you forgot "-ngl" to
     * offload layers to the GPU'). The log is read only once these cheap tests pass.
     */
    private static Answer withNoGpuLayers(Answer a, Question q) {
        Report r = q.report();
        if (a.cause() != null || q.engine() != Engine.LLAMA_CPP || q.cpuOnly() || r.failureTold()
                || !(r.has(Report.Symptom.SLOW) || r.tokensPerSecond() != null) || !NoGpuLayerForms.gpuStackNamed(q.text())
                || !NoGpuLayerForms.zeroLayerDefault(q.text())) return a;
        LogFacts l = LogReader.read(q.text());
        if (!l.llamaCommand() || l.nglGiven() || l.layersOffloaded() > 0 || l.noGpu() || l.cpuBackendOnly()) return a;
        return a.withReply(a.reply().withFirstNote(ReplyWriter.noGpuLayersLine(q.lang()))).withCause("gpu_not_used");
    }

    /** The understanding with the options the person weighs, each read as a machine of its own. */
    private Understood withOptions(Question q, Understood u) {
        List<Understood.Gpu> options = q.alternatives().stream()
                .flatMap(o -> facts.understand(asMachine(q, o)).understood().gpus().stream()).toList();
        return options.isEmpty() ? u : u.withAlternatives(options);
    }

    /** A can-run answer that lists the best fits because no model of the question was read ("can my 3090 run vicuna?"). */
    private static boolean noModelAsked(Answer a) {
        return !a.shown().isEmpty() && a.shown().stream().noneMatch(r -> r.candidate().requested());
    }

    /**
     * "Is my speed normal?" with no model read: the speed is the model's (the bytes each token reads), so what the hardware
     * runs is no answer until it says so first, and asks for the model and format run.
     */
    static String unnamedSpeedModel(Lang lang) {
        return lang == Lang.ZH ? "速度取决于你跑的模型和格式（每个 token 要读的权重），我没读出是哪个模型；说明模型和格式，就能得到可以对照的速度。"
                : "The speed depends on the model and format you run (the weights each token reads), and I could not tell which one;"
                + " name it for a figure to hold yours against. ";
    }

    /**
     * "Can my 2080 Ti run it?" with no model named: what the card runs, said to be that, with a request for the
     * model's name; the understood kind stays the question asked.
     */
    private static Answer unnamedModel(Answer a, String text) {
        boolean zh = a.reply().lang() == Lang.ZH;
        // "is my RX 580 useless, or can I use it?", 支持9070xt吗: asked of the hardware, not of a model; a card that runs
        // some model on the GPU answers it yes, with what it runs
        if (HardwareUsableForms.asked(text) && a.shown().stream().anyMatch(r -> r.candidate().onGpu())) {
            boolean several = a.understood().gpus().stream().mapToInt(Understood.Gpu::count).sum() > 1;
            String yes = zh ? "可以：" + (several ? "这套硬件" : "这张卡") + "能用来跑本地模型。"
                    : "Yes: " + (several ? "this hardware runs" : "this card runs") + " local models. ";
            return a.withVerdict(null).withReply(a.reply().withHeadline(a.reply().kind(), yes + a.reply().headline()))
                    .withUnderstood(a.understood().withKind(Intent.CAN_RUN));
        }
        // the list says the question was not answered before it stands in for it, as a speed question's does; after a line
        // that answers something asked (the card lacks the format named), which stays first
        String h = a.reply().headline();
        int list = Math.max(0, h.indexOf(zh ? a.ask().hardware() + "，" : "On " + a.ask().hardware()));
        Reply told = a.reply().withHeadline(a.reply().kind(), h.substring(0, list) + (zh ? "我没能确定你问的是哪个模型，下面列的是这套硬件能跑的模型。"
                        : "I could not tell which model you mean, so this lists what the hardware runs. ") + h.substring(list))
                .withFirstNote(zh ? "说出模型名和参数量（例如“能跑 qwen3 14b 吗”）或 Hugging Face 仓库名，我就能回答能不能跑。"
                        : "Name the model with its size (e.g. \"can it run qwen3 14b?\") or its Hugging Face repo for a yes or no.");
        // a card that runs some model on the GPU says nothing of "it"; one that runs none there at best offloads "it" too
        Answer named = a.verdict() == Verdict.FITS ? a.withVerdict(null) : a;
        return named.withReply(told).withUnderstood(a.understood().withKind(Intent.CAN_RUN));
    }

    /**
     * A problem report from which no cause can be named, about a model on hardware both stated: the diagnosis says so,
     * with the sizing of that setup as its baseline ("can we run Llama 2 70B at 4k on 2x 3090? it fails beyond 2k").
     * A second model the catalog does not know does not hide the baseline of the one it knows, nor one the log does not
     * load the baseline of the one it does.
     */
    private Answer sizingInstead(Question q, Answer diagnosis) {
        Question asked = q.withIntent(Intent.CAN_RUN);
        Answer s = sized(asked);
        // of several models named, the baseline is the diagnosis's own focus (the one the log loads or the one said to
        // fail), not one that runs
        Optional<String> logged = diagnoser.focusModel(q, diagnosis.understood());
        Optional<Question> known = logged.isPresent() ? Optional.of(asked.toBuilder().models(List.of(logged.get())).build())
                : Diagnoser.withoutUnknownModels(asked, s.problems());
        if (known.isPresent()) s = sized(known.get()).withUnderstood(s.understood());
        if (s.badInput() || s.reply().kind() != Reply.Kind.ANSWER || s.shown().isEmpty()) return diagnosis;
        // a family word alone ("my GLM fails") read no one model: the first of its models is no baseline of the person's run
        // (a name the catalog lacks is a problem of its own, answered as before)
        if (s.understood() != null && s.understood().models().isEmpty() && s.problems().isEmpty()) return diagnosis;
        Answer told = DiagnosisWriter.withBaseline(diagnosis, s);
        return told.withUnderstood(told.understood().withKind(Intent.DIAGNOSE));
    }

    /**
     * A problem report from which no cause can be named, about a model on hardware not stated: the diagnosis says so,
     * with what the model needs under the engine named, so the person can check their GPU against it.
     */
    private Answer needsInstead(Question q, Answer diagnosis) {
        Answer m = sized(q.withIntent(Intent.MEMORY_NEEDED));
        if (m.badInput() || m.reply().kind() != Reply.Kind.ANSWER || m.shown().isEmpty()) return diagnosis;
        return DiagnosisWriter.withNeeds(diagnosis, m, MemoryAskedForms.asked(q.text()));
    }

    /**
     * Asking back for the hardware of a question that names a model: the question back, with what the model needs
     * meanwhile, so the person can check it against their machine without a second round. Still a question back:
     * the next message completes it.
     */
    private Answer withWhatItNeeds(Question q, Answer askBack) {
        Answer m = sized(q.withIntent(Intent.MEMORY_NEEDED));
        if (m.reply().kind() != Reply.Kind.ANSWER || m.shown().isEmpty()) return askBack;
        boolean zh = m.reply().lang() == Lang.ZH;
        String headline = askBack.reply().headline() + (zh ? " 先看模型本身的需要：" : " Meanwhile: ") + m.reply().headline();
        return askBack.withReply(m.reply().withHeadline(Reply.Kind.CLARIFY, headline));
    }

    /** Cards named by a name (an unknown name is bad input), not a Mac or cards left unnamed (a question to ask back). */
    private static boolean namedCardsOnly(Question q) {
        return q.gpus().stream().noneMatch(g -> g.text().equals(GpuMention.ANY_MAC) || g.text().equals(GpuMention.ANY_GPU));
    }

    private static boolean unknownCardOnly(Answer a) {
        return !a.problems().isEmpty() && a.problems().stream().allMatch(p -> p.kind() == Facts.Problem.Kind.UNKNOWN_GPU);
    }

    /**
     * A card the knowledge base does not know, with a model it knows ("can an Ascend 310P run qwen2.5-72b?"): what
     * the model needs, under the line that says the card is unknown, is an answer the person can check against
     * their card. The problem stays on the answer (bad input: not remembered, exit code 2).
     */
    private Answer memoryInstead(Question q, Answer unknown) {
        Answer m = sized(q.toBuilder().gpus(List.of()).vramGb(null).intent(Intent.MEMORY_NEEDED).build());
        if (m.reply().kind() != Reply.Kind.ANSWER || m.shown().isEmpty()) return unknown;
        boolean zh = m.reply().lang() == Lang.ZH;
        String headline = unknown.reply().headline() + (zh ? " 可以拿模型本身的需要和这张卡的显存对照：" : " To compare with that card's memory: ")
                + m.reply().headline();
        return m.withReply(m.reply().withHeadline(Reply.Kind.ANSWER, headline)).withUnderstood(unknown.understood() != null ? unknown.understood() : m.understood())
                .withProblems(unknown.problems());
    }

    /** "需要几张A100": the memory answer with how many of that card each format takes. */
    private Answer withCardsNeeded(Answer a, GpuMention target) {
        if (a.reply().kind() != Reply.Kind.ANSWER || a.shown().isEmpty()) return a;
        Optional<GpuMatch> match = facts.knowledge().gpus().find(target.text(), target.memoryGb());
        if (match.isEmpty() || match.get().gpu().isUnified()) return a;
        Device card = match.get().toDevice();
        String name = match.get().gpu().name();
        if (!name.contains("GB")) name += String.format(Locale.ROOT, " %.0fGB", Units.toGib(card.memoryBytes()));
        String line = CardsNeeded.line(a.reply().lang(), card, a.ask() == null ? null : a.ask().engine(), name, a.shown());
        if (line == null) return a;
        return a.withReply(a.reply().withFirstNote(line)).withUnderstood(a.understood());
    }

    /** Sizes one machine and lets the rules decide: the ordinary answer. */
    private Answer sized(Question q) {
        Facts f = facts.build(q);
        Answer a;
        if (f.hasProblems()) {
            a = ReplyWriter.problems(f);
        } else if (f.candidates().isEmpty()) {
            a = new Answer(f.ask(), List.of(), ReplyWriter.clarify(q.lang(), Facts.Problem.Kind.NEEDS_MODEL));
        } else {
            reloadRulesNowAndThen();
            Decision d = f.shared() ? rules.decideShared(f.ask(), f.candidates())
                    : Decision.of(f.candidates(), rules.decide(f.ask(), f.candidates()));
            a = ReplyWriter.write(f, d).withFired(d.deliberation().fired());
        }
        return a.withUnderstood(f.understood());
    }

    /** A machine the person has: cards, a memory size, or none at all. RAM alone is not a machine to compare. */
    private static boolean ownsMachine(Question q) {
        return !q.gpus().isEmpty() || q.vramGb() != null || q.cpuOnly();
    }

    /**
     * "6GB or 12GB?", "2x 3090 or one 4090?": each option answered as a machine of its own (with the person's
     * own machine first when they have one), then set side by side. One option alone is simply that machine.
     */
    private Answer compareHardware(Question q) {
        Intent each = q.models().isEmpty() ? Intent.WHAT_CAN_RUN : Intent.CAN_RUN;
        List<Question> machines = new ArrayList<>();
        if (ownsMachine(q)) machines.add(q.toBuilder().alternatives(List.of()).intent(each).build());
        for (GpuMention option : q.alternatives()) machines.add(asMachine(q, option).toBuilder().intent(each).build());
        List<Answer> answers = machines.stream().map(this::sized).toList();
        for (Answer a : answers) if (a.badInput() || a.ask() == null) return a;
        if (answers.size() == 1) return answers.get(0);
        boolean owned = ownsMachine(q);
        List<HardwareComparison.Choice> choices = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) choices.add(new HardwareComparison.Choice(answers.get(i), owned && i == 0));
        Understood first = answers.get(0).understood();
        List<Understood.Gpu> options = answers.stream().skip(owned ? 1 : 0).flatMap(a -> a.understood().gpus().stream()).toList();
        // "can a 3090 or a 4090 run it?": the options are answered side by side, the question read stays a yes or no
        Intent kind = q.intent() == Intent.CAN_RUN ? Intent.CAN_RUN : Intent.COMPARE_HARDWARE;
        Understood u = new Understood(kind, owned ? first.gpus() : List.of(), options, owned && first.cpuOnly(),
                first.ramGb(), first.ramAssumed(), first.engine(), first.format(), first.context(), first.kvCache(), first.models(), first.lines());
        String model = first.models().size() == 1 ? Optional.ofNullable(first.models().get(0).name()).orElse(first.models().get(0).asked()) : null;
        return HardwareComparison.write(q.lang(), choices, model).withUnderstood(u);
    }

    /** The question as if its one machine were this option. */
    private static Question asMachine(Question q, GpuMention option) {
        return q.toBuilder().gpus(List.of(option)).vramGb(null).cpuOnly(false).alternatives(List.of()).build();
    }

    @Override
    public Reply explain(String conversation) {
        Conversations.Turn last = memory.last(conversation);
        if (last == null) return Reply.simple(Lang.EN, Reply.Kind.CLARIFY, "Ask me something first; then I can explain the answer.");
        return explain(last, last.question().lang());
    }

    @Override
    public Answer why(String conversation) {
        Conversations.Turn last = memory.last(conversation);
        if (last == null) return new Answer(null, List.of(), explain(conversation));
        Answer a = last.answer();
        return a.withReply(explain(last, last.question().lang()));
    }

    /** The readable reasons of the last answer: the focus option's arithmetic and the rules that decided. */
    private static Reply explain(Conversations.Turn last, Lang lang) {
        return Why.of(last.answer(), lang);
    }

    @Override
    public boolean fork(String from, String to) {
        Conversations.Turn t = memory.last(from);
        if (t == null) return false;
        if (!from.equals(to)) memory.remember(to, t); // turns are immutable: both conversations may share one
        return true;
    }

    @Override
    public List<Candidate> contextCurve(String conversation, List<Integer> contexts) {
        Conversations.Turn last = memory.last(conversation);
        if (last == null || last.answer().shown().isEmpty() || last.answer().reply().kind() != Reply.Kind.ANSWER) return List.of();
        Candidate focus = last.answer().shown().get(0).candidate();
        List<Integer> sorted = new java.util.ArrayList<>(new java.util.TreeSet<>(contexts));
        List<Candidate> out = new java.util.ArrayList<>();
        try {
            for (int ctx : sorted) {
                if (ctx < 1 || (focus.maxContext() > 0 && ctx > focus.maxContext())) continue;
                Question q = last.question().toBuilder().models(List.of(focus.modelId())).format(focus.format()).context(ctx).build();
                Facts f = facts.build(q);
                f.candidates().stream().filter(c -> c.key().equals(focus.key())).findFirst().ifPresent(out::add);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not size the context curve", e);
            return List.of();
        }
        return out;
    }

    /**
     * A follow-up ("and at 32k context?", "why not Q8?") inherits everything it leaves out; a new
     * question inherits only the hardware and model it needs but does not name.
     */
    static Question followUp(Question q, Question previous) {
        if (previous == null) return q;
        // "asdf" in a Chinese conversation: Latin letters with nothing read say nothing of the language (English is only the
        // default), so the conversation's is answered in; Chinese characters ("呃呃呃") do say it
        if (q.readsNothing()) return q.lang() == Lang.EN ? q.toBuilder().lang(previous.lang()).build() : q;
        if (q.intent() == Intent.UNKNOWN || q.intent() == Intent.WHY) return q.over(previous);
        boolean needsModel = q.intent() == Intent.CAN_RUN || q.intent() == Intent.MEMORY_NEEDED || q.intent() == Intent.WHICH_FORMAT;
        boolean owned = q.hasHardware();
        return q.toBuilder()
                .gpus(owned ? q.gpus() : previous.gpus())
                .vramGb(owned ? q.vramGb() : previous.vramGb())
                .ramGb(q.ramGb() != null ? q.ramGb() : previous.ramGb())
                .cpuOnly(owned ? q.cpuOnly() : previous.cpuOnly())
                .models(q.models().isEmpty() && needsModel ? previous.models() : q.models())
                .engine(q.engine() != null ? q.engine() : previous.engine())
                .build();
    }

    /** After we asked back, the next message supplies what was missing: the earlier question stands. */
    static Question answerToClarification(Question q, Question asked) {
        Question merged = q.over(asked);
        boolean newQuestion = !q.models().isEmpty() || q.intent() == Intent.HELP;
        return newQuestion ? merged : merged.withIntent(asked.intent());
    }

    /** The formats weighed as the catalog knows them; one it does not know is left out. */
    private List<ReplyWriter.WeighedFormat> weighed(List<WeightFormat> formats) {
        Map<WeightFormat, FormatEntry> known = facts.knowledge().formats().all().stream()
                .collect(Collectors.toMap(FormatEntry::format, e -> e, (x, y) -> x));
        return formats.stream().filter(known::containsKey).map(known::get)
                .map(e -> new ReplyWriter.WeighedFormat(e.format(), e.bpwReference(), e.pplDelta(), e.quality(), e.description())).toList();
    }

    /** What to answer when the question's own intent lacks what it needs. */
    private static Intent effectiveIntent(Question q) {
        Intent i = q.intent();
        if (i == Intent.WHY) return Intent.CAN_RUN;
        if (modelMissing(i, Intent.WHAT_CAN_RUN) && q.models().isEmpty() && q.hasHardware()) return Intent.WHAT_CAN_RUN;
        if (i == Intent.UNKNOWN) return q.models().isEmpty() ? Intent.WHAT_CAN_RUN : (q.hasHardware() ? Intent.CAN_RUN : Intent.MEMORY_NEEDED);
        return i;
    }

    /** Whether the intent answered is what the hardware runs only because the question asked named no model. */
    private static boolean modelMissing(Intent asked, Intent answered) {
        boolean needsModel = asked == Intent.CAN_RUN || asked == Intent.MEMORY_NEEDED || asked == Intent.WHICH_FORMAT || asked == Intent.COMPARE;
        return needsModel && answered == Intent.WHAT_CAN_RUN;
    }

    private static boolean needsHardware(Intent i) {
        // a speed is the speed of some hardware: without any stated, sizing would invent one (the CPU alone)
        return i == Intent.WHAT_CAN_RUN || i == Intent.CAN_RUN || i == Intent.WHICH_FORMAT || i == Intent.COMPARE || i == Intent.SPEED;
    }


    private void reloadRulesNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastReloadCheck < RELOAD_CHECK_MS) return;
        lastReloadCheck = now;
        rules.reloadIfChanged();
    }

    private static Answer ruleFailure(Lang lang, RuleFailure e) {
        return new Answer(null, List.of(), Reply.simple(lang, Reply.Kind.ERROR, (lang == Lang.ZH
                ? "抱歉，规则出错了，无法回答：" : "Sorry, the rules could not decide this question: ") + e.getMessage()));
    }

    private static Answer error(Lang lang) {
        return new Answer(null, List.of(), Reply.simple(lang, Reply.Kind.ERROR, lang == Lang.ZH
                ? "抱歉，处理这个问题时出错了，请换个说法再试一次。"
                : "Sorry, something went wrong while answering that; please try rephrasing."));
    }
}
