package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.Numbers;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Report;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.rules.Recommendation;
import dev.llmadvisor.sizing.Placement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline of a speed question about a named model on stated hardware ("qwen2.5 14b on my 3060 12GB is very slow",
 * "how fast will qwen3 32b run on my 4090?", 4060 跑 14b 很慢，正常吗): the speed the sizing gives for that setup and
 * why, instead of a plain "yes, it fits". It says where the model sits at the context sized (all on the GPU, or how
 * many layers spill to system RAM, or the CPU alone), the tokens/s that placement gives, how a speed the person
 * measured compares with it, and what changes it: a format that fits entirely in GPU memory when layers spill, or,
 * when it fits and they see far less, the check that all of it really is on the GPU on their engine. The verdict is
 * the answer's own (the sizing's, or what the report made of it); this only says it with the speed.
 */
public final class SpeedAnswer {

    private SpeedAnswer() { }

    /**
     * The answer with its headline about speed, or the same answer when it is not a speed question on a sized setup.
     *
     * @param regression the person tells the setup ran before an update or with an earlier version
     * @param question the question as written, which tells whether the other models named are only compared with
     */
    public static Answer of(Answer a, Report report, boolean regression, String question) {
        Understood u = a.understood();
        if (a.reply().kind() != Reply.Kind.ANSWER || u == null || a.shown().isEmpty() || u.models().isEmpty()) return a;
        if (u.gpus().isEmpty() && !u.cpuOnly()) return a;
        boolean measured = report != null && report.tokensPerSecond() != null;
        boolean slow = report != null && report.has(Report.Symptom.SLOW);
        if (u.kind() != Intent.SPEED && !(u.kind() == Intent.CAN_RUN && (slow || measured))) return a;
        // a failure beside the slowness is a diagnosis, not a speed question
        if (report != null && (report.has(Report.Symptom.OUT_OF_MEMORY) || report.has(Report.Symptom.CRASH))) return a;
        // a speed contrast told of their own runs is answered by its cause (RuleAdvisor.withSizedCause), which one
        // option's speed would push down
        if (a.cause() != null && a.cause().equals(SizedCause.told(report, u))) return a;
        Candidate c = asked(a, u);
        if (!c.fits() || c.tpsLow() <= 0) return a;
        Lang lang = a.reply().lang();
        boolean asRun = spillOnlyAssumed(a, c);
        String headline = asRun ? onGpuAsRun(lang, c, report) : headline(lang, c, a, report, u, regression, onlyComparedWith(question, u.models()));
        // the headline then says what the note on the changed verdict says, with the figures: once is enough
        Reply said = asRun ? a.reply().withoutNote(ReplyWriter.reportedLine(lang, Verdict.OFFLOAD, Verdict.FITS, report, u, null)) : a.reply();
        Answer spoken = a.withReply(said.withHeadline(Reply.Kind.ANSWER, headline));
        // the pace the headline names is the cause the answer gives: the system RAM's bandwidth, unless a speed far below
        // that estimate is told (the headline then points elsewhere: after an update, at the new version, not memory)
        if (a.cause() != null || asRun) return spoken;
        // it ran at speed before an update, on the same machine: the new version, not the hardware's pace, is the cause
        if (regression) return spoken.withCause("other");
        if (farBelow(report, c)) return spoken;
        return ramPaced(c) ? spoken.withCause("ram_bandwidth") : spoken;
    }

    /**
     * The option the headline speaks of: the first model named, which is the one asked about ("Phi-4-multimodal at 15
     * TPS ... 7B is faster than this"); the others are yardsticks, even when they rank first. The first shown option
     * when none is the first model's.
     */
    static Candidate asked(Answer a, Understood u) {
        String first = u.models().get(0).id();
        return a.shown().stream().map(Recommendation::candidate).filter(c -> c.modelId().equals(first)).findFirst()
                .orElse(a.shown().get(0).candidate());
    }

    /** Whether the placement sized runs at the speed of system RAM: the CPU alone, or a MoE's experts in RAM. */
    static boolean ramPaced(Candidate c) {
        return c.placement() == Placement.CPU || (c.placement() == Placement.OFFLOAD && c.expertsInRam());
    }

    /** Whether the speed measured is below half the low end of the estimate for this option, wherever it sits. */
    static boolean farBelow(Report report, Candidate c) {
        return report != null && report.tokensPerSecond() != null && c != null && c.tpsLow() > 0
                && report.tokensPerSecond() < c.tpsLow() / 2;
    }

    /** A comparison word just before a model's name ("faster than llama 34b", "比llama-7B还慢", "vs qwen 7b"). */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:than|vs\\.?|versus|compared (?:to|with))|比|相比|对比)\\s*(?:the |a |an )?$");

    /**
     * Whether every model named after the first is written only as what the first is compared with ("qwen 14b gets 9 t/s,
     * slower than llama 34b", "qwen-7b 只有 17 tokens/s，比llama-7B还慢"): the speed told is then the first model's.
     */
    static boolean onlyComparedWith(String question, List<Understood.Model> models) {
        if (question == null || models.size() < 2) return false;
        String low = question.toLowerCase(Locale.ROOT);
        for (Understood.Model m : models.subList(1, models.size())) {
            String asked = m.asked() == null ? "" : m.asked().strip().toLowerCase(Locale.ROOT);
            if (asked.isEmpty() || low.indexOf(asked) < 0) return false;
            for (int i = low.indexOf(asked); i >= 0; i = low.indexOf(asked, i + 1)) {
                if (!COMPARED_BEFORE.matcher(low.substring(Math.max(0, i - 16), i)).find()) return false;
            }
        }
        return true;
    }

    static String headline(Lang lang, Candidate c, Answer a, Report report, Understood u, boolean regression, boolean othersCompared) {
        boolean zh = lang == Lang.ZH;
        StringBuilder sb = new StringBuilder();
        // with several models named, the one speed read may be another model's ("chatglm2 32 tokens/s, qwen 17"): held
        // against the option sized it says a false thing, so it is not told back, unless the others are only what it is
        // compared with ("faster than llama 34b")
        Double seen = report == null || u.models().size() > 1 && !othersCompared ? null : report.tokensPerSecond();
        boolean slow = report != null && report.has(Report.Symptom.SLOW);
        // a speed they measured is what they ask about ("is this normal?", "why so slow?"): the answer to it comes first,
        // the estimate it is held against after it
        if (seen != null) sb.append(againstEstimate(lang, seen, c, a, report, u, regression)).append(zh ? "" : " ");
        else if (regression) {
            // no speed of the model sized was read, but it ran faster before an update: that is the cause, said first
            String update = afterUpdate(lang);
            sb.append(zh ? update : Character.toUpperCase(update.charAt(0)) + update.substring(1) + " ");
        }
        sb.append(placement(lang, c));
        // RAM decides a placement that spills: when the person did not state it, say how much it takes (never assume it)
        if (!c.onGpu() && c.ramGb() > 0 && a.ask() != null && !a.ask().ramKnown()) {
            sb.append(zh ? "（需要约 " + ReplyWriter.gb(c.ramGb()) + " 空闲内存；你没有说内存多大。）"
                    : " (It needs about " + ReplyWriter.gb(c.ramGb()) + " of free system RAM; you did not say how much you have.)");
        }
        if (seen == null && slow && c.onGpu() && a.verdict() != Verdict.OFFLOAD) {
            // (a verdict of offload on an option that fits is the report's: its own note says why it runs from RAM)
            sb.append(zh ? " 如果你实际慢得多，" : " If yours is far slower, ").append(belowEstimate(lang, c, u, a.ask() == null ? null : a.ask().platform()));
        }
        if (!c.onGpu()) {
            Optional<Candidate> faster = onGpuOption(a);
            sb.append(faster.map(f -> zh
                    ? " 要更快：" + f.title() + " 能全部放进显存，约 " + ReplyWriter.tps(f) + " tokens/s；或者缩短上下文、换更小的模型。"
                    : " To speed it up: " + f.title() + " fits entirely in GPU memory at about " + ReplyWriter.tps(f)
                      + " tokens/s; or use a shorter context or a smaller model.")
                    .orElse(c.expertsInRam()
                            ? (zh ? " 要更快：更小的量化格式（每个 token 读的专家更少）、更多内存通道（服务器平台），或更多显存放下更多专家" + fewerCpuExperts(c, true) + "。"
                                  : " To speed it up: a smaller format (fewer bytes of experts read per token), more memory channels (a server platform), or more GPU memory to hold more of the experts" + fewerCpuExperts(c, false) + ".")
                            // on the CPU alone every token reads all the weights from RAM: fewer bytes or faster RAM, or a GPU
                            : c.placement() == Placement.CPU
                            ? (zh ? " 要更快：更小的模型或更小的量化格式（每个 token 要从内存读的权重更少）、更快的内存或更多内存通道，或者一张放得下模型的显卡。"
                                  : " To speed it up: a smaller model or format (fewer bytes read from RAM per token), faster RAM or more memory channels, or a GPU that holds the model.")
                            : zh ? " 要更快：换更小的模型或缩短上下文，让它全部放进显存；或者加显存。"
                            : " To speed it up: a smaller model or a shorter context that fits entirely in GPU memory, or more GPU memory."));
        }
        return sb.toString();
    }

    /** How the speed they measured compares with our estimate for the option sized, and what a gap says. */
    private static String againstEstimate(Lang lang, double seen, Candidate c, Answer a, Report report, Understood u, boolean regression) {
        boolean zh = lang == Lang.ZH;
        String n = told(seen);
        String range = ReplyWriter.tps(c);
        if (report.has(Report.Symptom.SPEED_WISHED)) return wanted(zh, n, range, seen, c);
        if (farBelow(report, c)) {
            return (zh ? "你看到的 " + n + " tokens/s 远低于这套配置按估算该有的 " + range + " tokens/s："
                    : "The " + n + " tokens/s you see is far below the " + range + " tokens/s this setup gives by our estimate: ")
                   + (regression ? afterUpdate(lang) : belowEstimate(lang, c, u, a.ask() == null ? null : a.ask().platform()));
        }
        if (seen > c.tpsHigh() * 1.5) {
            return zh ? "你看到的 " + n + " tokens/s 比估算的 " + range + " tokens/s 还快，多半跑的是更小的格式或更短的输出。"
                    : "The " + n + " tokens/s you see is above the " + range + " tokens/s of our estimate: most likely a smaller format or shorter replies than sized.";
        }
        if (seen < c.tpsChatLow() / 2) {
            // under half the short chat's low end, yet not under half of a filled context's: "a little" would understate it
            String low = told(c.tpsLow());
            return zh ? "你看到的 " + n + " tokens/s 明显低于估算的短对话速度 " + range + " tokens/s（上下文填满时约 " + low + " tokens/s）：长上下文、内存或显存的实际带宽、CPU 线程数和引擎版本加在一起会造成这么大的差距。"
                    : "The " + n + " tokens/s you see is well below the " + range + " tokens/s of our estimate for a short chat (about " + low + " with a long context filled): a long context, the memory's real bandwidth, the CPU threads and the engine's build together account for a gap of this size.";
        }
        if (seen < c.tpsChatLow()) {
            // below the range shown but within half its low end: the spread of real machines, not a fault; "a little" only
            // within a quarter of it (13 against 25-95 is about half, which "a little" would understate)
            boolean little = seen >= c.tpsChatLow() * 0.75;
            return zh ? "你看到的 " + n + " tokens/s " + (little ? "略低于" : "低于") + "估算的 " + range + " tokens/s：内存或显存的实际带宽、CPU 线程数和引擎的版本都会造成这么大的差距。"
                    : "The " + n + " tokens/s you see is " + (little ? "a little below" : "below") + " the " + range + " tokens/s of our estimate: the memory's real bandwidth, the CPU threads and the engine's build account for a gap of this size.";
        }
        return zh ? "你看到的 " + n + " tokens/s 正是这套配置该有的速度。" : "The " + n + " tokens/s you see is what this setup gives.";
    }

    /** A speed the person wants ("I hope to get 5-6 t/s"), held against the estimate as a target, not as a speed seen. */
    static String wanted(boolean zh, String n, String range, double seen, Candidate c) {
        if (seen > c.tpsHigh()) return zh ? "你想要的 " + n + " tokens/s 高于这套配置按估算能给的 " + range + " tokens/s。"
                : "The " + n + " tokens/s you want is above the " + range + " tokens/s this setup gives by our estimate.";
        return zh ? "你想要的 " + n + " tokens/s 在这套配置按估算能给的 " + range + " tokens/s 之内，可以达到。"
                : "The " + n + " tokens/s you want is within reach: this setup gives " + range + " tokens/s by our estimate.";
    }

    /**
     * The setting that moves experts back to the GPU, named only for llama.cpp, whose flag it is: KTransformers places
     * experts by its own rule files and Ollama sets no such count, so the flag would not work for them.
     */
    static String fewerCpuExperts(Candidate c, boolean zh) {
        if (!Engine.LLAMA_CPP.id().equals(c.engine())) return "";
        return zh ? "（减小 --n-cpu-moe）" : " (a lower --n-cpu-moe)";
    }

    /** A speed seen, to the digits it was told with: "0.03" from "30 s per token" and "0.22" stay what they are, not "0.0". */
    static String told(double seen) {
        String n = Numbers.fixed(seen, seen < 0.1 ? 3 : seen < 1 ? 2 : seen < 10 ? 1 : 0);
        // "0.5", not "0.50": the zeros a small speed's extra digits add say nothing
        return seen < 1 && n.contains(".") ? n.replaceAll("0+$", "").replaceAll("\\.$", "") : n;
    }

    /** Whether the run they report put the verdict at "fits" because our spill was only the KV cache of the context we assumed. */
    static boolean spillOnlyAssumed(Answer a, Candidate c) {
        return a.verdict() == Verdict.FITS && c.placement() == Placement.OFFLOAD && !c.expertsInRam() && ReplyWriter.overflowIsAssumedContext(a);
    }

    /**
     * A run the person reports as working where our estimate spilled only the KV cache of a context they did not state:
     * at the context they run, all of it is on the GPU. Says so, with the context up to which that holds (the KV cache
     * grows with the context, so the overflow shrinks in proportion) instead of an offload speed that is not theirs.
     */
    static String onGpuAsRun(Lang lang, Candidate c, Report report) {
        boolean zh = lang == Lang.ZH;
        Double seen = report == null ? null : report.tokensPerSecond();
        String n = seen == null ? null : told(seen);
        int fitsUpTo = (int) (c.context() * (1 - c.ramGb() / c.kvGb())) / 1024 * 1024;
        String sized = ReplyWriter.ctx(c.context());
        StringBuilder sb = new StringBuilder();
        if (zh) {
            sb.append(n == null ? "按你说的，它能运行：" : "你看到的 " + n + " tokens/s 说明它整个在显卡上：")
              .append(c.title()).append(" 的权重（").append(ReplyWriter.gb(c.weightsGb())).append("）放得进显存；只有在我们假设的 ")
              .append(sized).append(" 上下文下，KV 缓存才会让约 ").append(ReplyWriter.gb(c.ramGb())).append(" 溢出到内存（那时约 ")
              .append(ReplyWriter.tps(c)).append(" tokens/s）。");
            if (fitsUpTo >= 1024) sb.append("上下文不超过约 ").append(ReplyWriter.ctx(fitsUpTo)).append(" 时都能保持这个速度。");
        } else {
            sb.append(n == null ? "As you report, it runs: " : "The " + n + " tokens/s you see says all of it is on the GPU: ")
              .append(c.title()).append("'s weights (").append(ReplyWriter.gb(c.weightsGb())).append(") fit the GPU memory; only at the ")
              .append(sized).append(" context we assumed would its KV cache push about ").append(ReplyWriter.gb(c.ramGb()))
              .append(" into system RAM (about ").append(ReplyWriter.tps(c)).append(" tokens/s then).");
            if (fitsUpTo >= 1024) sb.append(" It stays on the GPU up to about ").append(ReplyWriter.ctx(fitsUpTo)).append(" of context.");
        }
        return sb.toString();
    }

    /**
     * A model a serving engine (vLLM, SGLang) holds on the GPU: the speed of one request, its weights, and how many requests
     * of the context sized its KV pool holds at once (vLLM's own "Maximum concurrency" line: pool tokens / max length).
     */
    private static String servedPlacement(boolean zh, Candidate c, String name, String ctx) {
        long requests = c.kvTokens() / c.context();
        String tokens = String.format(Locale.ROOT, "%,d", c.kvTokens());
        return zh
                ? "单个请求约 " + ReplyWriter.tps(c) + " tokens/s：" + name + " 的权重（" + ReplyWriter.gb(c.weightsGb()) + "）放得进显存，KV 缓存可容纳 " + tokens
                  + " 个 token，即同时约 " + requests + " 个 " + ctx + " 的请求（请求更短时更多）；速度由显存带宽决定。"
                : "About " + ReplyWriter.tps(c) + " tokens/s per request: " + name + "'s weights (" + ReplyWriter.gb(c.weightsGb()) + ") fit in GPU memory and its KV cache holds "
                  + tokens + " tokens, about " + requests + " requests of " + ctx + " at once (more when they are shorter); the GPU's memory bandwidth sets the pace.";
    }

    /** Where the model sits at the context sized, and the tokens/s that gives. */
    static String placement(Lang lang, Candidate c) {
        boolean zh = lang == Lang.ZH;
        String name = c.title();
        String ctx = ReplyWriter.ctx(c.context());
        return switch (c.placement()) {
            // a serving engine's total is the share it reserves: its weights and the requests its KV pool holds say more
            case GPU, MULTI_GPU -> c.servingEngine() && c.kvTokens() > 0 && c.context() > 0 ? servedPlacement(zh, c, name, ctx) : zh
                    ? "约 " + ReplyWriter.tps(c) + " tokens/s：" + name + " 在 " + ctx + " 上下文下能全部放进显存（" + ReplyWriter.gb(c.totalGb()) + "），速度由显存带宽决定。"
                    : "About " + ReplyWriter.tps(c) + " tokens/s: " + name + " fits entirely in GPU memory at " + ctx + " context (" + ReplyWriter.gb(c.totalGb())
                      + "), so the GPU's memory bandwidth sets the pace.";
            case OFFLOAD -> {
                if (c.expertsInRam()) {
                    // every layer's attention is on the GPU; the routed experts are what sits in RAM
                    yield zh
                            ? "约 " + ReplyWriter.tps(c) + " tokens/s：" + name + " 在 " + ctx + " 上下文下，注意力和 KV 缓存在显卡上，MoE 专家（约 "
                              + ReplyWriter.gb(c.ramGb()) + "）在内存里由 CPU 计算，每个 token 只读激活的专家——速度由内存带宽决定。"
                            : "About " + ReplyWriter.tps(c) + " tokens/s: " + name + " at " + ctx + " context keeps attention and the KV cache on the GPU and its MoE experts (about "
                              + ReplyWriter.gb(c.ramGb()) + ") in system RAM, computed by the CPU; each token reads only the active experts, so the RAM's bandwidth sets the pace.";
                }
                // counted as the options list counts them: the repeating layers and the output layer
                String layers = c.layers() > 0 ? c.gpuLayers() + "/" + (c.layers() + 1) : null;
                yield zh
                        ? "约 " + ReplyWriter.tps(c) + " tokens/s：" + name + " 在 " + ctx + " 上下文下放不进显存，" + (layers == null ? "" : layers + " 层在显卡上，")
                          + "约 " + ReplyWriter.gb(c.ramGb()) + " 在内存里由 CPU 计算——慢就慢在这部分。"
                        : "About " + ReplyWriter.tps(c) + " tokens/s: " + name + " does not fit in GPU memory at " + ctx + " context" + (layers == null ? "" : " (" + layers
                          + " layers on the GPU)") + "; about " + ReplyWriter.gb(c.ramGb()) + " runs from system RAM on the CPU, and that part is what makes it slow.";
            }
            default -> zh
                    ? "约 " + ReplyWriter.tps(c) + " tokens/s：" + name + " 只在 CPU 上用内存运行，速度由内存带宽决定。"
                    : "About " + ReplyWriter.tps(c) + " tokens/s: " + name + " runs on the CPU from system RAM, so the RAM's bandwidth sets the pace.";
        };
    }

    /**
     * Why the first answer, or the first after a while idle, is slow ({@code FirstAnswerWaitForms}): Ollama, and the apps
     * over it, load a model on its first request and unload it after five idle minutes (Ollama FAQ, "How do I keep a model
     * loaded in memory?": OLLAMA_KEEP_ALIVE, keep_alive), so that answer waits for the weights to be read from disk.
     */
    public static String firstAnswerWait(Lang lang) {
        return lang == Lang.ZH
                ? "第一次（或空闲一阵之后）回答慢，是在等模型加载：Ollama 和基于它的应用在第一次请求时才把权重从硬盘读进内存，空闲 5 分钟后又会卸载；模型越大、硬盘越慢，等得越久，之后的回答就快了。让模型常驻：设 OLLAMA_KEEP_ALIVE=-1（或请求里的 keep_alive），或先发一个空请求预加载。"
                : "The first answer (or the first after a while idle) is slow because it waits for the model to load: Ollama, and the apps over it, read the weights from disk on the first request and unload them after 5 idle minutes; the larger the model and the slower the disk, the longer the wait, and later answers are fast. To keep it loaded: OLLAMA_KEEP_ALIVE=-1 (or keep_alive in the request), or preload it with an empty request.";
    }

    /**
     * PyTorch's device for their GPU: Intel's is "xpu" (PyTorch's XPU build), Ascend's "npu" (torch_npu); NVIDIA's and
     * AMD's ROCm build are both "cuda".
     */
    static String torchDevice(Platform platform) {
        return platform == Platform.INTEL ? "xpu" : platform == Platform.ASCEND ? "npu" : "cuda";
    }

    /** The PyTorch build that reaches their GPU, with its check ({@link #torchDevice}). */
    private static String torchBuild(Platform platform, boolean zh) {
        String device = torchDevice(platform);
        boolean cuda = device.equals("cuda");
        String build = cuda ? "CUDA" : device.toUpperCase(Locale.ROOT);
        return zh ? "带 " + build + " 的版本（torch." + device + ".is_available() 为 True）"
                : (cuda ? "a " : "an ") + build + " build (torch." + device + ".is_available() is True)";
    }

    /** The GPU's monitor on their platform, as the diagnosis names it ({@link DiagnosisWriter#gpuWatch}); nvidia-smi where none is known. */
    private static String monitor(boolean zh, Platform platform) {
        String watch = DiagnosisWriter.gpuWatch(zh, platform);
        return watch != null ? watch : "nvidia-smi";
    }

    /**
     * Why a setup that fits would run far below its estimate, with the check for the person's engine: part of it is not
     * on the GPU after all (layers left on the CPU, a larger context than sized, the published 16-bit weights).
     */
    static String belowEstimate(Lang lang, Candidate c, Understood u, Platform platform) {
        boolean zh = lang == Lang.ZH;
        if (ramPaced(c)) return cpuBelowEstimate(lang);
        Engine e = u.engine();
        if (e == Engine.OLLAMA) {
            return zh ? "多半有一部分没在显卡上。用 ollama ps 看是否 100% GPU；num_ctx 和并发数（OLLAMA_NUM_PARALLEL）调大会把层挤到 CPU 上。"
                    : "part of it is most likely not on the GPU. Check that `ollama ps` shows 100% GPU; a larger num_ctx or OLLAMA_NUM_PARALLEL pushes layers to the CPU.";
        }
        if (e == Engine.LLAMA_CPP || e == Engine.LM_STUDIO) {
            return zh ? "多半有一部分没在显卡上。把所有层放到显卡（-ngl 99 / GPU offload 拉满），并看日志里 offloaded N/N layers to GPU。"
                    : "part of it is most likely not on the GPU. Offload every layer (-ngl 99, or GPU offload at maximum) and check the log says offloaded N/N layers to GPU.";
        }
        if (e == Engine.MLX) {
            // unified memory: nothing is "not on the GPU", but a model near the GPU's share of it, or other apps, make macOS swap
            return zh ? "MLX 把整个模型放在显卡可用的那份统一内存里：模型接近这份上限、或别的程序占了内存时，macOS 会换页，速度大跌；看活动监视器的内存压力和交换。"
                    : "MLX keeps the whole model in the GPU's share of unified memory: when the model comes close to that share, or other apps take memory, macOS swaps and it slows down; check Activity Monitor's memory pressure and swap.";
        }
        if (e != null && e.keepsModelOnGpu()) {
            String watch = monitor(zh, platform);
            return zh ? e.display() + " 把模型整个放在显卡上，所以不是内存的问题：看生成时显卡是否满载（" + watch + "），以及并发请求和批量设置。"
                    : e.display() + " keeps the whole model on the GPU, so it is not RAM: check the GPU is busy while generating (" + watch + "), and the batch and concurrency settings.";
        }
        // a Mac has no cuda: the GPU is reached through Metal (mps for PyTorch), and memory near its limit swaps
        if (u.gpus().stream().anyMatch(g -> g.unified() && g.name().startsWith("Apple"))) {
            return zh ? "在 Mac 上常见的原因是模型跑在 CPU 上而不是 GPU 上（PyTorch 要把模型放到 “mps” 设备；llama.cpp 要用带 Metal 的 arm64 版本，不要用 Rosetta 下的 x86 版本），"
                        + "或者模型接近内存上限、系统在换页：看活动监视器的内存压力和交换。"
                    : "on a Mac the usual causes are a run on the CPU rather than the GPU (PyTorch needs the model on \"mps\"; llama.cpp needs an arm64 build with Metal, "
                        + "not an x86 one under Rosetta) or a model close to the memory's limit that makes macOS swap: check Activity Monitor's memory pressure and swap.";
        }
        // a GGUF format with no engine named is sized for llama.cpp/Ollama, as the answer says: the check is theirs, not
        // transformers' device_map
        if (e == null && u.format() != null && u.format().isGguf()) {
            return zh ? "多半有一部分没在显卡上。用 llama.cpp 时把所有层都放到显卡上（-ngl 99），并确认日志里有 offloaded N/N layers to GPU；用 Ollama 时看 ollama ps 是否显示 100% GPU。"
                    : "part of it is most likely not on the GPU. With llama.cpp offload every layer (-ngl 99) and check the log says offloaded N/N layers to GPU; with Ollama check that `ollama ps` shows 100% GPU.";
        }
        // transformers, a project's own scripts, or no engine named: the published weights, device_map="auto"
        if (u.format() != null) {
            return zh ? "多半有一部分没在显卡上：device_map=\"auto\" 或引擎的设置会把放不下的层留在 CPU 上；确认所有层都在显卡上。"
                    : "part of it is most likely not on the GPU: device_map=\"auto\" or the engine's settings leave layers on the CPU; check every layer is on the GPU.";
        }
        // published 16-bit weights the GPU memory holds leave nothing "that does not fit": the gap says it is not on the GPU at all
        if (u.gpuMemoryGb() > 0 && u.weightsAsTriedGb() < 0.9 * u.gpuMemoryGb()) {
            String gpu = ReplyWriter.gb(u.gpuMemoryGb());
            String smi = monitor(zh, platform);
            // PyTorch's check for transformers or a script; another engine's own build; both ways when none is named
            boolean torch = e == null || e == Engine.TRANSFORMERS;
            return zh ? "发布的 16 位原版（约 " + ReplyWriter.gb(u.weightsAsTriedGib()) + "）放得进 " + gpu + " 显存，差这么多多半是模型根本没在显卡上跑："
                        + "确认它加载到了显卡上（运行时 " + smi + " 能看到它占的显存），"
                        + (torch ? "以及 PyTorch 是" + torchBuild(platform, true) : "以及引擎的版本支持这张显卡")
                        + (e == null ? "；用 llama.cpp/Ollama 时确认所有层都放到了显卡上。" : "。")
                    : "the published 16-bit weights (about " + ReplyWriter.gb(u.weightsAsTriedGib()) + ") fit the " + gpu + " of GPU memory, so a gap this large most likely means "
                        + "it does not run on the GPU at all: check the model is loaded on the GPU (" + smi + " shows its memory while it answers) and "
                        + (torch ? "that PyTorch is " + torchBuild(platform, false) : "that the engine's build supports the card")
                        + (e == null ? "; with llama.cpp/Ollama, that every layer is offloaded." : ".");
        }
        return zh ? "多半有一部分没在显卡上：发布的 16 位原版（约 " + ReplyWriter.gb(u.weightsAsTriedGib()) + "）或 device_map=\"auto\" 会把放不下的层留在 CPU 上；用上面的量化版，并确认模型在 " + torchDevice(platform) + " 上。"
                : "part of it is most likely not on the GPU: the published 16-bit weights (about " + ReplyWriter.gb(u.weightsAsTriedGib())
                  + ") or device_map=\"auto\" leave what does not fit on the CPU; use a quantized file as sized and check the model is on " + torchDevice(platform) + ".";
    }

    /**
     * Why a setup told to have run faster before an update is far below its estimate now: the same model on the same machine
     * ran, so the memory is not the cause; the new version is (its backend, its runtime or a default it changed).
     */
    static String afterUpdate(Lang lang) {
        return lang == Lang.ZH
                ? "同一个模型在同一台机器上，更新前能跑得快，所以不是显存的问题，而是新版本：它换了后端或运行时，或改了某个默认设置（GPU 卸载层数、上下文、后端）。"
                  + "先退回能用的那个版本，或者把新版本的这些设置和旧版本对照；问题能复现的话，报告给引擎的维护者。"
                : "the same model ran faster on the same machine before the update, so memory is not the cause; the new version is (a changed backend or runtime, "
                  + "or a default it changed: GPU offload, context, backend). Go back to the version that worked, or compare those settings with the old one's; "
                  + "if it reproduces, report it to the engine's maintainers.";
    }

    /**
     * Why a run paced by the CPU and system RAM (the CPU alone, or a MoE's experts in RAM) is far below its estimate: the
     * part in RAM is meant to be there, so "put it on the GPU" is no advice; the CPU side is what falls short.
     */
    static String cpuBelowEstimate(Lang lang) {
        return lang == Lang.ZH
                ? "在 CPU 上慢成这样，不只是内存带宽的原因：看线程数（设成物理核心数左右，不要超过），程序是否带 AVX2/AVX-512 编译（llama.cpp 启动时的 system_info 行），"
                  + "内存是否够用、有没有换页到硬盘；虚拟机的 vCPU 常是共享的，双路服务器跨 CPU 读内存（NUMA）也会慢。"
                : "on the CPU a gap this large is more than RAM bandwidth: check the threads (about the number of physical cores, not more), that the build uses AVX2/AVX-512 "
                  + "(llama.cpp's system_info line), and that nothing swaps (free RAM above the model's size); a VM's vCPUs are often shared, and on a two-socket server "
                  + "memory read across sockets (NUMA) is slower.";
    }

    /** The first option shown that runs entirely in GPU memory: the change that makes an offloaded setup fast. */
    private static Optional<Candidate> onGpuOption(Answer a) {
        return a.shown().stream().filter(Recommendation::eligible).map(Recommendation::candidate)
                .filter(Candidate::onGpu).findFirst();
    }
}
