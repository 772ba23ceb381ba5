package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.CaseFigures;
import dev.llmadvisor.facts.Cause;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.FormatSupport;
import dev.llmadvisor.facts.Facts;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.facts.OldestCard;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Setup;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.facts.UpFrontReservers;
import dev.llmadvisor.sizing.engine.Parallelism;
import dev.llmadvisor.logs.LogReader;
import dev.llmadvisor.logs.ProseHints;
import dev.llmadvisor.parse.IntelMacForms;
import dev.llmadvisor.parse.RegressionForms;
import dev.llmadvisor.parse.RunContrastForms;
import dev.llmadvisor.parse.UnsupportedGpuForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.DiagnosisWriter;
import dev.llmadvisor.reply.ReplyWriter;
import dev.llmadvisor.rules.DiagnosisRun;
import dev.llmadvisor.rules.RulesEngine;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a DIAGNOSE question: reads the pasted engine output ({@link Report#log()}, else the whole message)
 * into {@link LogFacts}, sizes the person's model on their hardware with what the log adds (model, GPU,
 * context, format), states what they run and what goes wrong as a {@link Setup}, runs the diagnosis rules and
 * writes the cause, the figures and the fix.
 */
public final class Diagnoser {

    private final FactBuilder facts;
    private final RulesEngine rules;

    public Diagnoser(FactBuilder facts, RulesEngine rules) {
        this.facts = facts;
        this.rules = rules;
    }

    /** Whether a message holds engine output the diagnosis can name a cause from (for routing an undetected DIAGNOSE). */
    public static boolean recognises(Question q) {
        String text = q.report().log() != null ? q.report().log() : q.text();
        return LogReader.hasFinding(LogReader.read(text));
    }

    public Answer answer(Question q) {
        Case c = diagnose(q);
        Answer a = DiagnosisWriter.write(c.ask(), q.lang(), c.log(), c.setup(), c.focus(), c.bestGpu(), c.meant(), c.result());
        // the estimate names the model it sized: say so when that is another than the one named (a fine-tune's base)
        if (c.focus() != null) {
            for (String note : ReplyWriter.resolutionNotes(c.understood(), q.lang())) a = a.withReply(a.reply().withNote(note));
        }
        return a.withFired(c.result().fired()).withUnderstood(c.understood());
    }

    /** The cause the diagnosis rules name for a question, in its language, with its fix. */
    public record Named(String code, String text, String fix) { }

    /**
     * The strongest cause the diagnosis rules name for the question, written with its figures; empty when no rule names
     * one. For a question answered as a sizing that still asks a why the diagnosis rules answer ("why does vLLM take
     * 20 GB?"), so the answer says what the rule says and the wording lives in the rule alone.
     */
    public Optional<Named> cause(Question q) {
        Case c = diagnose(q);
        Cause top = c.result().top();
        if (top == null) return Optional.empty();
        Map<String, String> figures = CaseFigures.of(c.log(), c.setup(), c.focus(), c.bestGpu(), c.ask().platform(), q.lang(), c.ask().cardsGb(), c.ask().gpuCount(), c.ask().largestGpuGb());
        return Optional.of(new Named(top.code(), top.text(q.lang(), figures), top.fix(q.lang(), figures)));
    }

    /** One diagnosis: what was read and sized, and what the rules concluded. */
    private record Case(Ask ask, LogFacts log, Setup setup, Candidate focus, Candidate bestGpu, Candidate meant,
                        DiagnosisRun.Result result, Understood understood) { }

    private Case diagnose(Question q) {
        String text = q.report().log() != null ? q.report().log() : q.text();
        LogFacts log = LogReader.read(text);
        // The parser's Report, with the few phrases people write next to a log added to its symptoms.
        ProseHints hints = ProseHints.of(q.text());
        Report report = withHints(q.report(), hints);
        FactBuilder.Reading reading = facts.understand(q);
        Facts f = size(q, log);
        Ask ask = f != null ? f.ask() : reading.ask();
        // an app named (Langchain-Chatchat, LLaMA-Factory: Engine.OTHER) runs some engine; the log's own lines show which
        Engine engine = q.engine() != null && !(q.engine() == Engine.OTHER && log.engine() != null) ? q.engine() : log.engine();
        List<Candidate> model = f == null ? List.of() : ofFocusModel(f, focusId(q, log, f.understood()),
                reading.understood() != null && reading.understood().models().isEmpty());
        // a load told as running out of memory: which weights it loaded is what the diagnosis has to explain
        boolean failedLoad = (report.has(Report.Symptom.OUT_OF_MEMORY) || log.allocationFailed()) && !report.works();
        Candidate focus = focus(model, f == null ? q.format() : f.ask().format(), engine, failedLoad);
        // the format a fix offers as smaller: smaller than the one they run, never a larger one that our estimate fits
        Candidate bestGpu = model.stream().filter(Candidate::onGpu).filter(c -> focus == null || c.weightsGb() < focus.weightsGb())
                .max(Comparator.comparingInt(Candidate::formatBits).thenComparingDouble(c -> -c.totalGb())).orElse(null);
        OldestCard oldest = oldestCard(q, log);
        Understood understood = f != null ? f.understood() : reading.understood();
        Setup setup = setup(q, report, hints, log, ask, engine, focus, oldest.cc(), statedTpRefused(q, log, engine, focus),
                shortfall(q, log, engine, oldest), understood);
        DiagnosisRun.Result result = DiagnosisRun.run(rules.rules(), ask, model, setup, log);
        Candidate meant = setup.quantizing() ? atBits(model, meantBits(q.text())) : null;
        return new Case(ask, log, setup, focus, bestGpu, meant, result, understood);
    }

    /**
     * Sizes the question with what the log adds; when the additions name something the catalog does not know,
     * tries again with less, and returns null when even the question as asked cannot be sized.
     */
    private Facts size(Question q, LogFacts log) {
        Question.Builder withLog = q.toBuilder();
        boolean addedModel = false;
        boolean addedGpu = false;
        if (q.models().isEmpty() && log.model() != null) {
            withLog.models(List.of(modelName(log.model())));
            addedModel = true;
        }
        if (!q.hasHardware()) {
            if (log.gpuName() != null) {
                withLog.gpus(List.of(new GpuMention(log.gpuName(), Math.max(1, log.gpuCount()), log.gpuMemGib() > 0 ? log.gpuMemGib() : null)));
                addedGpu = true;
            } else if (log.gpuMemGib() > 0) {
                withLog.vramGb(log.gpuMemGib());
                addedGpu = true;
            }
        }
        if (q.context() == null) {
            int ctx = log.nCtx() > 0 ? log.nCtx() : log.maxSeqLen();
            // what the engine printed (its default or the model's maximum), not a length the person set
            if (ctx >= 256 && ctx <= 4_194_304) withLog.context(ctx).contextNotChosen(true);
        }
        if (q.format() == null) logFormat(log).ifPresent(withLog::format);
        List<Question> tries = new ArrayList<>();
        tries.add(withLog.build());
        if (addedModel) tries.add(withLog.models(q.models()).build());
        if (addedGpu) tries.add(withLog.gpus(q.gpus()).vramGb(q.vramGb()).build());
        tries.add(q);
        for (Question t : tries) {
            if (t.models().isEmpty() || !t.hasHardware()) continue;
            try {
                Facts f = facts.build(t);
                Optional<Question> known = withoutUnknownModels(t, f.problems());
                if (known.isPresent()) f = facts.build(known.get());
                if (!f.hasProblems() && !f.candidates().isEmpty()) return f;
            } catch (RuntimeException e) {
                // a figure the sizing core rejects: try with less of the log
            }
        }
        return null;
    }

    /**
     * The question without the models the catalog does not know (nor the Hub, when it could be asked), when those are
     * its only problems and a model is left ("ChatGLM-6B / ChatYuan-large-v2" in a bug template): the setup of the model
     * it knows can still be sized.
     */
    static Optional<Question> withoutUnknownModels(Question q, List<Facts.Problem> problems) {
        if (problems.isEmpty() || !problems.stream().allMatch(p -> p.kind() == Facts.Problem.Kind.UNKNOWN_MODEL
                || p.kind() == Facts.Problem.Kind.LOOKUP_FAILED)) return Optional.empty();
        List<String> unknown = problems.stream().map(Facts.Problem::text).toList();
        List<String> known = q.models().stream().filter(m -> !unknown.contains(m)).toList();
        return known.isEmpty() || known.size() == q.models().size() ? Optional.empty() : Optional.of(q.toBuilder().models(known).build());
    }

    /**
     * Of several models the question names, the one the diagnosis is about, as the question names it: the one the person
     * says fails beside one they say works ({@link RunContrastForms}) when the catalog knows it by that name, else the one
     * its pasted log loads ("Qwen3-Next-80B-A3B" beside a gpt-oss-120b that runs); empty with fewer than two named or
     * neither told.
     */
    public Optional<String> focusModel(Question q, Understood understood) {
        if (q.models().size() < 2) return Optional.empty();
        var models = facts.knowledge().models();
        // as the reading resolved it, when it did: a title's "Qwen 7B" beside the body's "Qwen2.5 7B" is not another model
        Optional<String> failing = failingNames(q).stream().filter(m -> models.find(m).isPresent()
                && (understood == null || resolvedId(m, understood).isPresent())).findFirst();
        if (failing.isPresent()) return failing;
        String logged = loggedModelId(LogReader.read(q.report().log() != null ? q.report().log() : q.text()));
        if (logged == null) return Optional.empty();
        return q.models().stream().filter(m -> models.find(m).filter(x -> x.model().id().equals(logged)).isPresent()).findFirst();
    }

    /** The catalog id of the model the diagnosis is about among several: the one said to fail, else the one the log loads; or null. */
    private String focusId(Question q, LogFacts log, Understood understood) {
        return failingModelId(q, understood).orElseGet(() -> loggedModelId(log));
    }

    /**
     * The catalog id of the model said to fail beside one said to work, as the reading resolved it ("14B" after "qwen2.5
     * 7B"); empty when the text tells no such contrast or the failing model has no catalog id (a generic "6B").
     */
    public Optional<String> failingModelId(Question q, Understood understood) {
        for (String m : failingNames(q)) {
            Optional<String> id = resolvedId(m, understood);
            if (id.isPresent()) return id;
        }
        return Optional.empty();
    }

    /** The catalog id a model as asked was read as: the name as read, else as the catalog knows it ("Llama 4" in the title, read as the "llama4:scout" below). */
    private Optional<String> resolvedId(String asked, Understood understood) {
        return understood.models().stream().filter(u -> asked.equalsIgnoreCase(u.asked()) && u.id() != null)
                .map(Understood.Model::id).findFirst()
                .or(() -> facts.knowledge().models().find(asked).map(x -> x.model().id())
                        .filter(x -> understood.models().stream().anyMatch(u -> x.equals(u.id()))));
    }

    /** The models the person says fail beside one they say works, as the question names them ({@link RunContrastForms}). */
    private static List<String> failingNames(Question q) {
        return RunContrastForms.of(q.text(), q.models()).map(RunContrastForms.Told::failing).orElse(List.of());
    }

    /** The catalog id of the model the log loads (its path: "--model-path qwen3-next-80b"), or null. */
    private String loggedModelId(LogFacts log) {
        if (log.model() == null) return null;
        return facts.knowledge().models().find(modelName(log.model())).map(m -> m.model().id()).orElse(null);
    }

    /**
     * The candidates of the model the person runs: among several named, the one the log loads or the one said to fail
     * (another named beside it is one that runs, or a yardstick); else the one they named, else the first requested, unless
     * the question as asked read no model ({@code noneRead}: a family word alone) and several are requested.
     */
    private static List<Candidate> ofFocusModel(Facts f, String focusId, boolean noneRead) {
        boolean focusAsked = focusId != null && f.candidates().stream().anyMatch(c -> c.requested() && c.modelId().equals(focusId));
        String id = focusAsked ? focusId : f.ask().modelId();
        if (id == null) {
            List<String> requested = f.candidates().stream().filter(Candidate::requested).map(Candidate::modelId).distinct().toList();
            // a family word alone ("GLM int4", "deepseek") stands for models of many sizes: diagnosing the first of them would
            // answer for a model the person never named (GLM-4.5-Air for a ChatGLM-6B), so none is picked
            boolean onlyFamily = noneRead && requested.size() > 1;
            id = onlyFamily || requested.isEmpty() ? null : requested.get(0);
        }
        if (id == null) return List.of();
        String modelId = id;
        return f.candidates().stream().filter(c -> c.modelId().equals(modelId)).toList();
    }

    /**
     * The bits a person who says they load the model quantized means: those they name (4 or 8), else 4, the common
     * format a precision left open is judged at (README rule K): "the quantized 32B" with no precision named.
     */
    static int meantBits(String text) {
        int bits = ProseHints.quantizedLoadBits(text);
        return bits > 0 ? bits : 4;
    }

    /**
     * The model at the precision the person meant to load it quantized to (4 or 8 bits, {@link ProseHints#quantizedLoadBits}):
     * a format of that many bits that fits entirely on the GPU when one does, else the first of that many bits; null when
     * none was meant or the catalog sizes none at that precision.
     */
    static Candidate atBits(List<Candidate> model, int bits) {
        if (bits <= 0) return null;
        List<Candidate> at = model.stream().filter(c -> c.formatBits() == bits).toList();
        return at.stream().filter(c -> c.onGpu() && c.fits()).findFirst().orElse(at.isEmpty() ? null : at.get(0));
    }

    /**
     * Their format; else what the engine loads by default: 16-bit for safetensors engines, Q4_K_M for GGUF ones. With no
     * engine named, a model named by its release (not a generic size) that ran out of memory is judged on the weights
     * as published when those do not fit the GPU: a release is published in 16 bits (a GGUF quant is someone's later
     * conversion, and Ollama's quantized tags come with Ollama named), and a 4-bit file that fits does not explain the
     * out-of-memory they report, while the published weights do. When the 16-bit weights fit as well, they explain
     * nothing more, and the engine's usual file is judged as before.
     */
    static Candidate focus(List<Candidate> model, WeightFormat asked, Engine engine, boolean failedLoad) {
        if (model.isEmpty()) return null;
        List<WeightFormat> prefs = new ArrayList<>();
        if (asked != null) prefs.add(asked);
        boolean asPublished = asked == null && engine == null && failedLoad && !model.get(0).generic()
                && model.stream().anyMatch(c -> c.formatBits() >= 16 && c.formatBits() < 32 && !c.onGpu());
        if (engine == Engine.VLLM || engine == Engine.SGLANG || engine == Engine.TRANSFORMERS || engine == Engine.TGI || asPublished) {
            prefs.add(WeightFormat.BF16);
            prefs.add(WeightFormat.F16);
        }
        prefs.add(WeightFormat.Q4_K_M);
        for (WeightFormat w : prefs) {
            for (Candidate c : model) if (c.format() == w) return c;
        }
        return model.get(0);
    }

    /** The oldest NVIDIA card named in the question or the log ({@link OldestCard}). */
    private OldestCard oldestCard(Question q, LogFacts log) {
        List<String> names = new ArrayList<>();
        q.gpus().forEach(g -> names.add(g.text()));
        if (log.gpuName() != null) names.add(log.gpuName());
        return OldestCard.of(facts.knowledge().gpus(), names);
    }

    /**
     * The compute capability the weight format they run needs and their oldest card lacks ({@link FormatSupport}), or
     * null. Only a format they state or their log prints counts, never the engine's default load.
     */
    private static FormatSupport.Shortfall shortfall(Question q, LogFacts log, Engine engine, OldestCard oldest) {
        WeightFormat format = q.format() != null ? q.format() : logFormat(log).orElse(null);
        if (format == null || oldest.cc() <= 0) return null;
        boolean printedQuant = log.fileType() != null || (log.quantization() != null && !log.quantization().equals("none"));
        if (q.format() == null && !printedQuant) return null; // a dtype printed is the engine's default load
        return FormatSupport.of(format, FormatSupport.runtimeOf(engine, q.text()), oldest.name(), oldest.cc()).orElse(null);
    }

    /**
     * A tensor-parallel size in their command that the model's heads do not admit: vLLM and SGLang refuse to start
     * it whatever the memory (Qwen3-Coder #449: --tensor-parallel-size 6 with 8 KV heads; "用8卡试试"). Sized on
     * the catalog model's own config; a generic stand-in's heads are its template's, so it says nothing. The refusal
     * depends on the model and the size alone, so a question that names no card (nothing sized) is judged the same:
     * the model is then taken from the catalog by the name the question or the log gives.
     */
    private boolean statedTpRefused(Question q, LogFacts log, Engine engine, Candidate focus) {
        if (log.tpNotDivisible() || log.tensorParallel() < 2) return false;
        if (engine != Engine.VLLM && engine != Engine.SGLANG) return false;
        if (focus != null && focus.generic()) return false;
        var models = facts.knowledge().models();
        Optional<dev.llmadvisor.knowledge.ModelEntry> model = focus != null ? models.byId(focus.modelId())
                : (q.models().isEmpty() ? Optional.<String>ofNullable(log.model()).map(Diagnoser::modelName) : Optional.of(q.models().get(0)))
                        .flatMap(models::find).map(dev.llmadvisor.knowledge.ModelMatch::model);
        return model.map(m -> Parallelism.refusal(m.arch(), log.tensorParallel()).isPresent()).orElse(false);
    }

    private static Setup setup(Question q, Report r, ProseHints hints, LogFacts log, Ask ask, Engine engine, Candidate focus,
                               double minComputeCapability, boolean tpRefused, FormatSupport.Shortfall shortfall, Understood understood) {
        double tps = r.tokensPerSecond() != null ? r.tokensPerSecond() : log.tokensPerSecond();
        boolean oom = r.has(Report.Symptom.OUT_OF_MEMORY) || log.allocationFailed();
        int context = q.context() != null ? q.context() : log.nCtx() > 0 ? log.nCtx() : log.maxSeqLen();
        int gpus = ask != null && ask.gpuCount() > 0 ? ask.gpuCount() : Math.max(log.gpuCount(), log.visibleGpus());
        if (gpus < 2 && hints.multiGpu()) gpus = 2; // "both GPUs", "多卡": at least two
        // No GPU only when nothing names one: an unknown card is still a card.
        boolean named = !q.gpus().isEmpty() || q.vramGb() != null || log.gpuName() != null || log.gpuCount() > 0
                || log.gpuModelMib() > 0 || log.layersOffloaded() > 0;
        // Asking about the CPU's usage with no GPU anywhere in the question or the log: a CPU-only run.
        boolean cpuOnly = q.cpuOnly() || (!named && ((ask != null && ask.platform() != null && ask.platform().onCpu()) || hints.cpuOnly()
                || (hints.cpuBusy() && !oom && !r.has(Report.Symptom.GPU_NOT_USED))));
        // On the CPU alone, asking why the CPU is not busier is asking for speed.
        boolean slow = r.has(Report.Symptom.SLOW) || (tps > 0 && tps < Setup.SLOW_TPS) || (cpuOnly && hints.cpuBusy());
        return new Setup(engine, slow, oom, r.has(Report.Symptom.GPU_NOT_USED), r.has(Report.Symptom.PARTIAL_VRAM),
                r.has(Report.Symptom.CONTEXT_LIMIT) || log.requestOverMaxLen(), r.works(), tps, context, focus == null ? null : focus.key(), gpus, cpuOnly,
                hints.otherUse(), hints.quantizing(), hints.ramSpill(), hints.afterUpdate() || RegressionForms.told(q.text()), hints.taskManager(),
                // asking why it takes so much memory: not a failure, and not memory left free while layers go to RAM
                hints.memoryUse() && !oom && !slow && !hints.ramSpill() && !r.has(Report.Symptom.PARTIAL_VRAM),
                minComputeCapability, tpRefused, r.fails() || r.has(Report.Symptom.CRASH), hints.gpusHang(), hints.memoryNotReleased(),
                ask != null && ask.gpuOnlyAs() != null, hints.longInput(),
                reserver(q, engine), shortfall, hints.memoryLow(), hints.garbage(), hints.worksElsewhere(),
                hints.slotsBlamed(), hints.oneSlotWorks(), UnsupportedGpuForms.said(q.text()), hints.largerModelRuns(),
                IntelMacForms.said(q.text()), r.usedGb() == null ? 0 : r.usedGb(),
                understood != null && understood.gpus().stream().anyMatch(Understood.Gpu::unified), hints.memoryGrows(),
                hints.quantizedNoSmaller());
    }

    /**
     * The engine of theirs that reserves a share of the GPU up front ({@link UpFrontReservers}), or null. An engine the
     * question names that the advisor knows only as another one (LMDeploy, TensorRT-LLM) is the one they run, even where
     * the log reader took the engine from a word of the text ("使用transformers库 … 只需要16GB", a comparison).
     */
    static UpFrontReservers.Reserver reserver(Question q, Engine engine) {
        Optional<UpFrontReservers.Reserver> named = q.engine() == Engine.OTHER ? UpFrontReservers.of(Engine.OTHER, q.text()) : Optional.empty();
        return named.or(() -> UpFrontReservers.of(engine, q.text())).orElse(null);
    }

    /** The parser's report with the hints' symptoms added (never removed). */
    static Report withHints(Report r, ProseHints hints) {
        if (hints.symptoms().isEmpty() && (r.works() || !hints.works())) return r;
        java.util.Set<Report.Symptom> all = java.util.EnumSet.noneOf(Report.Symptom.class);
        all.addAll(r.symptoms());
        all.addAll(hints.symptoms());
        return new Report(r.tokensPerSecond(), r.usedGb(), r.usedOnGpu(), all, r.works() || hints.works(), r.fails(), r.wholeOnGpu(), r.log());
    }

    /** A model name as a log prints it, for the catalog: the last path segment, without a .gguf ending or split suffix. */
    static String modelName(String raw) {
        String s = raw.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0 && slash < s.length() - 1 && s.indexOf('/') != slash) s = s.substring(slash + 1);
        s = s.replaceAll("(?i)-\\d{5}-of-\\d{5}", "").replaceAll("(?i)\\.gguf$", "");
        return s;
    }

    /** The weight format a log prints: GGUF file type (Q4_K - Medium), or vLLM's quantization and dtype. */
    static Optional<WeightFormat> logFormat(LogFacts log) {
        if (log.fileType() != null) {
            String t = log.fileType().toLowerCase(Locale.ROOT).replace("mostly ", "").strip()
                    .replace(" - medium", "_m").replace(" - small", "_s").replace(" - large", "_l");
            int paren = t.indexOf('(');
            if (paren > 0) t = t.substring(0, paren).strip();
            Optional<WeightFormat> w = WeightFormat.parse(t);
            if (w.isPresent()) return w;
        }
        if (log.quantization() != null && !log.quantization().equals("none")) {
            Optional<WeightFormat> w = WeightFormat.parse(log.quantization());
            if (w.isPresent()) return w;
        }
        if (log.dtype() != null) {
            return switch (log.dtype()) {
                case "bfloat16" -> Optional.of(WeightFormat.BF16);
                case "float16" -> Optional.of(WeightFormat.F16);
                case "float32" -> Optional.of(WeightFormat.F32);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }
}
