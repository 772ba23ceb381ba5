package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Report;
import dev.llmadvisor.parse.BadOutputForms;
import dev.llmadvisor.parse.GpuNotUsedForms;
import dev.llmadvisor.parse.MemoryUseForms;
import dev.llmadvisor.parse.PartialUseForms;
import dev.llmadvisor.parse.Prefilter;
import dev.llmadvisor.parse.SpeedContrastForms;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the words around a pasted log say goes wrong, for when the question parser filled no
 * {@link Report} (a fallback: the parser owns reading questions; these are the few phrases people write next
 * to a log, in English and Chinese). Plain substring tests on a bounded text.
 *
 * @param symptoms what goes wrong, in {@link Report.Symptom}s
 * @param works    they say it runs
 * @param cpuOnly  they run without a GPU (a CPU instance, CPU only)
 * @param otherUse   they mention another model or program holding the GPU
 * @param quantizing they say they load the model quantized (int8/int4, load_in_4bit, 量化)
 * @param ramSpill   they say part of the model sits in system RAM (swapping to RAM, CPU offload)
 * @param multiGpu   they speak of several GPUs (multi-GPU, both GPUs, 多卡)
 * @param cpuBusy    they speak of the CPU's usage (CPU usage at 50 %, 100 % CPU, CPU 占用)
 * @param afterUpdate they say it worked before an update (after updating to, previously worked fine, reverting fixed it, 升级后)
 * @param taskManager they judge GPU use by the Windows Task Manager, whose default GPU graph does not show CUDA work
 * @param memoryUse  they ask why it takes so much memory ("a lot of vram", "require 70GB of vram", "takes 16G", 显存占用这么高)
 * @param gpusHang   a run over several GPUs hangs or fails where one GPU works ("tensor-parallel-size>1 stuck", "NCCL hangs",
 *                   "not loaded on multiple GPUs but works fine on a single GPU", 多卡推理卡住)
 * @param memoryNotReleased GPU memory stays taken after the engine stopped ("VRAM still occupied after exiting",
 *                   "vLLM won't let go of memory", 显存不释放, 退出后显存仍在占用)
 * @param longInput  a long input fails for memory ("OOM with long prompts", "insufficient memory for overly long context",
 *                   超长文本的推理OOM) ({@link #LONG_INPUT})
 * @param memoryLow  they ask why it takes so little memory ("only uses 1.6gb", "low VRAM usage", 只用了18G, 显存为啥这么少)
 *                   ({@link #MEMORY_LOW})
 * @param garbage    the output is garbage ("generates gibberish", "outputs incorrectly", 乱码, 结果相差甚远) ({@link BadOutputForms})
 * @param worksElsewhere the same model runs on the same machine with another engine, OS or engine mode ("works fine on
 *                   Ubuntu", "holds good on HF transformers pipeline", "works on V0 engine", 在 linux 上正常) ({@link #WORKS_ELSEWHERE})
 * @param slotsBlamed they name the engine's parallel slots (concurrent sequences) where the memory fails ("default
 *                   parallelism = 4 caused OOM", "OOM with 8 parallel slots", 并发数设为 8 时爆显存) ({@link #SLOTS_NAMED})
 * @param oneSlotWorks it fails with several parallel slots and runs with one ("fails to start with the default -np -1, starts
 *                   normally with --parallel 1", "OLLAMA_NUM_PARALLEL=1 fixed it", 并发设为1就正常了) ({@link #ONE_SLOT})
 * @param largerModelRuns a model as large or larger runs on the same setup ("other larger models load correctly",
 *                   "llama2-13b都加载得好好的" beside a failing XVERSE-13B) ({@link #largerModelRuns(String)})
 * @param memoryGrows the memory taken keeps growing as the run goes on ("RAM usage increasing over time", "memory usage is
 *                   growing up quickly", 显存不断增加) ({@link #MEMORY_GROWS})
 * @param quantizedNoSmaller a load quantized, or a quantized checkpoint, takes about the memory of the 16-bit one ("load_in_8bit
 *                   … still 12.4GB", "bitsandbytes … but still uses more VRAM", 和非量化一样) ({@link #QUANTIZED_NO_SMALLER})
 */
public record ProseHints(Set<Report.Symptom> symptoms, boolean works, boolean cpuOnly, boolean otherUse, boolean quantizing, boolean ramSpill, boolean multiGpu,
                         boolean cpuBusy, boolean afterUpdate, boolean taskManager, boolean memoryUse, boolean gpusHang, boolean memoryNotReleased,
                         boolean longInput, boolean memoryLow, boolean garbage, boolean worksElsewhere, boolean slotsBlamed,
                         boolean oneSlotWorks, boolean largerModelRuns, boolean memoryGrows, boolean quantizedNoSmaller) {

    private static final List<String> SLOW = List.of("slow", "sluggish", "minutes to generate", "takes forever", "very long to",
            "tokens / second", "faster", "speed up", "speed it up", "慢", "卡顿", "提速", "加快");
    private static final List<String> OOM = List.of("out of memory", "outofmemory", "oom", "cuda error: out", "not enough memory", "insufficient vram",
            "ran out of memory", "runs out of memory", "显存不足", "显存不够", "爆显存", "内存不足", "现存不足",
            // the error told as the engine's complaint ("总是报显存过小问题"), not the person's judgement of their card
            "报显存过小", "提示显存过小");
    /** Memory that overflows, told around the verb: 显存溢出, 导致显存溢出, 显存增加直到溢出, 内存占用一直涨到溢出 (not 数值溢出). */
    private static final java.util.regex.Pattern OVERFLOWS = java.util.regex.Pattern.compile("(?:显存|内存)[^，。,.；;\\n]{0,10}?溢出");
    private static final List<String> CONTEXT = List.of("max_model_len", "max-model-len", "context length exceeded", "exceeds the context",
            "上下文超");
    private static final List<String> WORKS = List.of("it runs", "it works", "works fine but", "runs fine but", "runs at ");
    /**
     * "能跑" / "可以运行" said of their setup ("cpu和常规模式能跑起来", "试了可以运行"), not asked or wished for in the same
     * clause ("能跑吗", "需要多少显存才能跑", "是否可以运行", "能不能跑").
     */
    private static final java.util.regex.Pattern WORKS_ZH = java.util.regex.Pattern.compile("能跑|可以运行");
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[，。,.!?！？；;\\n]");
    private static final java.util.regex.Pattern ASKED = java.util.regex.Pattern.compile(
            "[吗么?？]|请问|哪|多少|多大|什么|怎么|如何|是否|需要|才|能不能|可不可以|有没有");
    private static final List<String> QUANTIZED = List.of("int8", "int4", "8bit", "4bit", "8-bit", "4-bit", "load_in_8bit", "load_in_4bit",
            "quantiz", "bitsandbytes", "量化");
    private static final List<String> RAM_SPILL = List.of("swapping", " to ram", "into ram", "into system ram", "in system ram",
            "cpu offload", "offloaded to cpu", "offloaded to the cpu", "offloaded to ram", "layers on the cpu", "spills", "spilling",
            "放到内存", "部分在内存", "内存里运行");
    /** A cause named with system RAM ("killed due to RAM", "owing to RAM"): RAM running out, no part of the model placed there. */
    private static final java.util.regex.Pattern RAM_AS_CAUSE = java.util.regex.Pattern.compile("(?:due|owing) to ram");
    private static final List<String> MULTI_GPU = List.of("multi-gpu", "multiple gpus", "multi gpu", "both gpus", "two gpus", "2 gpus",
            "3 gpus", "4 gpus", "8 gpus", "all gpus", "second gpu", "use both", "多卡", "双卡", "多张", "块gpu", "张卡", "张gpu");
    private static final List<String> PRE_QUANTIZED = List.of("gptq", "awq", "gguf", "exl2", "-int4", "-int8", "_int4", "_int8");
    /** A model size followed by int4/int8 or 4bit/8bit: the name of a quantized release ("llama-65b-4bit"), not quantizing at load time. */
    private static final java.util.regex.Pattern RELEASE_INT = java.util.regex.Pattern.compile("\\d(?:\\.\\d{1,2})?b[ _-]?(?:chat[ _-]?)?(?:int[48]|[48][ _-]?bit)\\b");
    /** Quantization switched off by name ("--quantization none", "load_in_8bit=False"): a 16-bit load, said so. */
    private static final java.util.regex.Pattern NOT_QUANTIZED = java.util.regex.Pattern.compile("quantization[\\s=:\"']+(none|null|false|no)\\b|load_in_[48]bit\\s*=\\s*false");
    private static final List<String> CPU_BUSY = List.of("100% of the cpu", "cpu usage", "cpu utilization", "uses 100%", "cpu at 100",
            "cpu 占用", "cpu占用");
    /** They own no GPU ("I have no GPU", 没有显卡). */
    private static final List<String> NO_GPU_OWNED = List.of("without a gpu", "(no gpu", "no gpu)", "have no gpu",
            "don't have a gpu", "do not have a gpu", "i don't have a gpu", "no dedicated gpu", "纯cpu", "没有显卡");
    /** A run without a GPU: they own none, or run a CPU instance or CPU-only build. */
    private static final List<String> CPU_ONLY = Stream.concat(Stream.of("cpu instance", "cpu only", "cpu-only"),
            NO_GPU_OWNED.stream()).toList();
    private static final List<String> OTHER_USE = List.of("another model", "second model", "1st model", "first model is not",
            "other process", "another process", "other program", "another program", "vram consumer", "comfyui", "另一个模型", "其他进程", "其他程序");
    /**
     * "the other model is still loaded", but not "other models run fine" nor "any other model runs just fine": a model
     * compared with, that holds nothing. Also several instances, processes or models started on one card ("two instance
     * with one gpu", "一张卡上启动两个进程", "单卡顺序启动多个…模型"): each holds its share of that card, so the others' share is
     * memory used elsewhere for any one of them.
     */
    private static final java.util.regex.Pattern OTHER_MODEL = java.util.regex.Pattern.compile(
            "other model(?!s)(?! (?:runs?|works?|loads?|is|are)(?: just)? (?:fine|well|ok))"
                    + "|(?<![a-z])(?:two|2|multiple|several|many) (?:\\w+ )?(?:instances?|processes|servers|models|copies) (?:with|on|in|sharing|per) (?:one|a single|single|the same|a|1) (?:\\w+ )?(?:gpu|card)(?![a-z])"
                    + "|(?:单张?卡|单个gpu|同?一[张块个]显?卡|同?一[个块]gpu)[^，。,\\n]{0,12}?(?:两个|多个|2个|几个)[^，。,\\n]{0,24}?(?:进程|实例|模型|服务)");
    /** A model loaded before this one still holds the GPU ("one of the models already have been loaded in to the VRAM"). */
    private static final java.util.regex.Pattern ALREADY_LOADED = java.util.regex.Pattern.compile("already (?:ha(?:s|ve) )?(?:been )?loaded");

    private static final List<String> AFTER_UPDATE = List.of("after update", "after updating", "after the update", "after upgrad",
            "since the update", "since updating", "since upgrading", "previously worked", "used to work", "worked fine before", "worked before the",
            "worked before update", "worked before upgrad",
            "升级后", "更新后", "升级之后", "更新之后", "之前可以",
            // going back to the earlier version fixed it: it worked before the update
            "reverting back to", "reverting to", "reverted to", "rolling back to", "rolled back to", "downgrading to", "downgraded to",
            "回退到", "降级到");
    /**
     * A release named where it broke or where it still worked: "out of memory after b1697", "since v0.1.30", "after PR #13746",
     * "In b1696, everything works fine", "works on 0.1.29". A version needs a b-build, a v-prefix or three parts, so that
     * "after 2.5 seconds" is not read as one.
     */
    private static final java.util.regex.Pattern RELEASE_CHANGE = java.util.regex.Pattern.compile(
            "\\b(?:after|since) (?:(?:build|release|version|commit) )?(?:b\\d{3,5}|v\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?|\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|pr #\\d{2,6})\\b"
            + "|\\b(?:in|on|with) (?:(?:build|release|version) )?(?:b\\d{3,5}|v\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?|\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}),? (?:everything |it )?(?:works?|worked|was working|runs?|ran)\\b");
    /** A release as people name it: a b-build, a v-prefixed version, or three numeric parts (so "4.5 GB" is not one). */
    private static final String RELEASE = "(?:b\\d{3,5}|v\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?|\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})";
    /**
     * An update told with its releases: a move "from 0.3.6 to 0.3.9" (a build suffix allowed, "0.3.6B8"), or "updated ollama to
     * 0.5.7", "upgraded to v0.6.0" in the past tense (a suggestion, "try upgrading to 0.5.7", is no update done).
     */
    private static final java.util.regex.Pattern UPDATED_TO = java.util.regex.Pattern.compile(
            "\\bfrom (?:(?:version|release|build) )?" + RELEASE + "\\w* to (?:(?:version|release|build) )?" + RELEASE
            + "|\\b(?:updated|upgraded)(?: [\\w.-]+){0,2}? to (?:(?:version|release|build) )?" + RELEASE + "(?!\\w|\\.\\d)");
    private static final String EARLIER = "(?:older|previous|earlier|old|prior|former|last working)";
    private static final String RUNS = "(?:works?|worked|working|runs?|ran|running|loads?|loaded|is fine|was fine|is ok|was ok|is okay"
            + "|has no (?:problems?|issues?)|had no (?:problems?|issues?))";
    /**
     * An older release of the engine that works where the new one fails, in the forms people write it (a grammar:
     * {@code ReleaseAndCpuFormsTest} generates its forms): the earlier release named as working ("the older version v0.10.1 still
     * works", "previous build runs fine", "works with the previous release", "works on b4500"), the failing release
     * contrasted with one it does not happen in ("shows up with v0.11; w/ v0.10.1 not"), going back as the fix ("solution
     * by downgrading", "fixed it by rolling back", "downgrading to 0.5.7 solved it"), a rebuild from newer source ("did a
     * git pull"), and the Chinese forms (旧版本可以, 之前的版本正常, 回退到 0.5.7 就好了, 降级后解决). An older version
     * "of the model" or of a file is not the engine's.
     */
    private static final java.util.regex.Pattern OLDER_RELEASE_WORKS = java.util.regex.Pattern.compile(
            "\\b" + EARLIER + " (?:version|release|build|binary|binaries)s?(?! of (?:the |this |that |my )?(?:model|gguf|file|weights|checkpoint|quant))"
            + "(?: of (?:the )?[a-z][\\w.-]{1,15}(?: [a-z][\\w.-]{1,10})?)?(?: \\(?" + RELEASE + "\\)?)?,?(?: still| did| does| just| all| also)?[ `'\"]{1,3}" + RUNS + "\\b"
            + "|\\b" + RUNS + "(?: fine| well| ok| normally)? (?:on|with|in|using|under) (?:the )?" + EARLIER + " (?:version|release|build)"
            + "|\\b(?:works?|worked|runs?|ran)(?: fine| well| ok| normally)? (?:on|with|in|using|under) (?:(?:version|release|build) )?" + RELEASE + "\\b"
            + "|(?:\\bw/|\\bwith) " + RELEASE + ",? (?:it )?not\\b(?! \\w)"
            + "|\\b(?:solution|solved|fixed|resolved|workaround|fix)\\w*(?:[^.\\n]|\\.(?=\\w)){0,24}?\\b(?:downgrad|revert|roll(?:ing|ed)? back|going back)"
            + "|\\b(?:downgrad\\w*|(?:revert\\w*|roll(?:ing|ed)? back|going back|went back)(?: back)? to (?:the |an )?(?:" + EARLIER + "|" + RELEASE
            + "|version|release|build))(?:[^.\\n]|\\.(?=\\w)){0,40}?"
            + "\\b(?:fix(?:es|ed)?|solv(?:es|ed)|resolv(?:es|ed)|works?|worked|went away|goes away)\\b"
            + "|\\bgit pull\\b"
            + "|(?:旧版本?|老版本?|之前的?版本|上一个?版本|以前的?版本|低版本)[^，。；;,\\n]{0,12}?(?:可以|能用|能跑|正常|没问题|没有问题|没事)"
            + "|(?:回退|降级|退回|回滚)[^，。；;\\n]{0,16}?(?:就|后|之后|以后)?(?:可以|好了|正常|解决|没问题|能用)");
    /**
     * "升级到 0.5.12 之后", "更新到最新版以后", "ollama 升级至 0.6 后": an update named with its version, then "after"; and the
     * update told as done, "更新了 lmdeploy 的版本之后", "升级了驱动后" (not the 后 of 然后, 后来, 后台).
     */
    private static final java.util.regex.Pattern UPDATE_ZH = java.util.regex.Pattern.compile(
            "(?:升级|更新)(?:到|至)[^，。;；\\n]{1,24}?(?:之后|以后|后)"
            + "|(?:升级|更新)了[^，。;；\\n]{0,16}?(?:之后|以后|(?<!然)后(?![来台面续端]))");
    private static final List<String> TASK_MANAGER = List.of("task manager", "taskmgr", "任务管理器", "工作管理員");
    private static final List<String> MEMORY_USE = List.of("a lot of vram", "a lot of memory", "a lot of gpu memory", "so much vram",
            "so much memory", "so much gpu memory", "too much vram", "too much gpu memory", "all the vram", "all of the vram",
            "all my vram", "all of my vram", "whole gpu memory", "显存占用这么", "占用这么多", "占满了显存", "占满显存");
    /**
     * "require 70GB of vram", "takes 16G", "uses 20GB of VRAM", "use VRAM about 20GB", 占用了70多GB, 显存占用达到大约67GB,
     * 从15G跳到19G: the memory a setup takes, as a question. A verb of taking, then optionally what is taken (VRAM, GPU
     * memory, 显存) and a hedge (about, 大约, 将近), then the amount.
     */
    private static final java.util.regex.Pattern TAKES = java.util.regex.Pattern.compile(
            "(?:requires?|takes?|needs?|uses?|using|occup\\w{1,5}|consum\\w{1,5})(?: up| almost| nearly| about| around){0,2}"
                    + "(?: (?:the )?(?:vram|gpu memory|gpu ram|video memory)(?: of)?(?: almost| nearly| about| around){0,2})? \\d{1,3}(?:\\.\\d{1,2})? ?(?:gib|gb|g)\\b"
                    + "|(?:占用|占了|用了|吃了|使用了|跳到|涨到|增加到)了?(?:显存|内存)?(?:量)?(?:达到|到了|到)?(?:大约|约|将近|近|超过|差不多)?\\s?\\d{1,3}(?:\\.\\d{1,2})?多?\\s?(?:gib|gb|g)(?![a-z])");

    /**
     * The memory said to be above what they expected, in the forms {@link MemoryUseForms} leaves to the words around a
     * log: the usage "over / beyond / higher than my expectation" (a noun of memory or usage first), 显存……这么多 / 大幅上升,
     * and a quantized load whose memory barely fell ({@link #QUANTIZED_NO_SMALLER}): each is "why does it take so much memory?".
     */
    private static final java.util.regex.Pattern MEMORY_ABOVE_EXPECTED = java.util.regex.Pattern.compile(
            "(?:usage|memory|vram|consumption|footprint)[^.\\n]{0,16}?(?:over|beyond|above|more than|higher than|exceeds?|exceeding) (?:my |the |what i |i )?(?:expect|estimat)\\w*"
            + "|(?:显存|内存)[^，。,.；;！？!?\\n]{0,10}?(?:这么多|那么多|大幅(?:上升|增加|上涨|提高)|上升了?很多)");
    /**
     * A quantized load whose memory did not fall, or barely: "quantized … but still uses more VRAM than", "load_in_8bit=True
     * 为何显存占用没有减小", 量化后……只降低了10G, 和非量化一样.
     */
    private static final java.util.regex.Pattern QUANTIZED_NO_SMALLER = java.util.regex.Pattern.compile(
            "(?:quantiz\\w*|bitsandbytes|nf4|4-?bit|8-?bit|int4|int8|awq|gptq)[^.\\n]{0,80}?\\b(?:still|but) (?:uses?|using|takes?|needs?|occup\\w+) (?:more|the same|as much)(?: \\w+){0,2}? (?:vram|memory|gpu memory)"
            + "|(?:量化|int4|int8|4bit|8bit|awq|gptq)[^。？?\\n]{0,60}?(?:只降低了|只减少了|只下降了|只少了|没有明显(?:降低|减少|下降|减小)|没有(?:降低|减少|下降|减小))"
            + "|(?:和|与|跟)[^，。\\n]{0,12}(?:非量化|未量化|没量化|不量化)[^，。\\n]{0,4}(?:一样|差不多|相同)");
    /**
     * The memory said to be below what they expected: a verb of taking after "only" with an amount ("only uses 1.6gb",
     * "just takes 4 GB"), a low usage ("low RAM usage", "memory usage is very low", "uses so little VRAM", "less memory than
     * expected"), 只用了18G / 只占用 4G / 占用也只是 7.7G, and 显存……这么少 / 利用率不高. What a person has is not what a run
     * takes: "显存只有8G" (只有) and "I only have 8 GB" are left out.
     */
    private static final java.util.regex.Pattern MEMORY_LOW = java.util.regex.Pattern.compile(
            "\\b(?:only|just) (?:uses?|using|used|takes?|taking|took|occup\\w+|consum\\w+)(?: up)? (?:about |around |approx\\w* |~)?\\d+(?:\\.\\d+)? ?(?:gb|gib|g|mb)\\b(?! ?(?:of|out of|/) ?\\d)"
            + "|\\blow (?:ram|vram|memory|gpu memory) (?:usage|use|consumption)|\\b(?:ram|vram|memory) (?:usage|use|consumption) (?:is |was |seems |looks )?(?:very |so |too |quite |really )?low\\b"
            + "|\\b(?:uses?|using|takes?|taking) (?:so |very |too |really )?(?:little|less) (?:ram|vram|memory|gpu memory)\\b(?! than (?:the|it|before))"
            + "|\\bless (?:ram|vram|memory|gpu memory) than (?:i )?expected"
            + "|只(?:用了|用到了?|占用了?|占了|使用了|是)[^，。,；;\\n]{0,6}?\\d+(?:\\.\\d+)?\\s?(?:g|gb|gib)(?![a-z])"
            + "|(?:显存|内存)[^，。,；;\\n]{0,8}?(?:这么少|那么少|很少|太少|偏少|利用率不高|利用率很低|占用率不高|占用不高|偏低)");
    /**
     * The memory taken growing as a run goes on, told with how it grows: a word for the memory, a verb of growing, then
     * over time, steadily, quickly, with each request, while generating, until it swaps ("RAM usage increasing significantly
     * over time", "the memory usage is growing up quickly", "memory keeps climbing with every message"), and 显存/内存……不断增加,
     * 越来越大, 随着……增加. Memory seen rising while a model loads has no such word and is left out: that is the load.
     */
    private static final String GROWS_EN = "(?:grow(?:s|ing)?|increas(?:es|ing)|climb(?:s|ing)?|ris(?:es|ing)|balloon(?:s|ing)?|creep(?:s|ing) up"
            + "|keeps? (?:growing|increasing|climbing|rising|going up)|goes up|going up)";
    private static final String OVER_THE_RUN = "(?:over time|(?:very |really )?(?:quickly|rapidly|steadily|continuously|constantly|gradually)"
            + "|with (?:each|every)|every (?:request|message|turn|token|prompt|query|generation|answer)|per (?:token|request|message|turn)"
            + "|as (?:it|the model|i) (?:generates?|runs?|types?|answers?|chats?)|while (?:it'?s )?(?:generating|typing|chatting|running|answering)"
            + "|during (?:generation|inference|the (?:run|chat|conversation|session))|until|after (?:each|every|a few|several))";
    static final java.util.regex.Pattern MEMORY_GROWS = java.util.regex.Pattern.compile(
            "\\b(?:memory|ram|vram|memory usage|ram usage|vram usage|memory use|footprint)\\b[^.\\n]{0,24}?\\b" + GROWS_EN + "\\b[^.\\n]{0,30}?\\b" + OVER_THE_RUN + "\\b"
            + "|(?:显存|内存)(?:占用|使用|用量)?[^，。,.；;\\n]{0,12}?(?:不断|持续|逐步|逐渐|一直|越来越)(?:增加|增长|上涨|上升|变大|涨|多|大|高)"
            + "|随着[^。；;\\n]{0,16}?(?:显存|内存)[^，。,；;\\n]{0,8}?(?:增加|增长|上涨|上升|变大)");

    /**
     * The same run works on the same machine elsewhere: a verb of working, then "on / with / in" another OS, engine or
     * engine mode ("works fine on Ubuntu", "holds good on HF transformer pipeline", "works on V0 engine", "runs fine with
     * llama.cpp", "works fine in pure llama_cpp python", "works when directly using the llama_cpp library"), the engine
     * itself named bare before the verb ("with vanilla llama.cpp a 32B loads with no issues": "vanilla", "plain", "pure",
     * "native" set it against the wrapper that fails; without one, "with ollama small models run fine" is the failing
     * setup), and 在 linux 上正常 / 用 transformers 可以. An older release of the same engine is {@link #OLDER_RELEASE_WORKS}.
     */
    private static final String ELSEWHERE = "(?:ubuntu|linux|windows|macos|mac os|wsl2?|docker|v0(?: engine)?|the v0 engine|hf\\b|hugg?ing? ?face"
            + "|transformers|llama\\.cpp|llama[-_ ]?cpp(?:[-_ ]python)?|lm ?studio|ollama|vllm|sglang|koboldcpp|exllama\\w*|text-generation-webui|oobabooga|mlx)";
    /** How well it runs: a plain "runs on Windows" describes the failing setup as often as a working one, so "runs" needs one. */
    private static final String FINE = " fine| well| ok| okay| perfectly| great| normally| without (?:any )?(?:issues?|problems?|errors?)"
            + "| with no (?:issues?|problems?|errors?)";
    /** The engine named bare, set against a wrapper: "vanilla llama.cpp", "pure llama_cpp python", "plain transformers". */
    private static final String BARE = "(?:plain|vanilla|native|pure) ";
    private static final java.util.regex.Pattern WORKS_ELSEWHERE = java.util.regex.Pattern.compile(
            "\\b(?:(?:works?|worked|holds? good|is fine|was fine)(?: just)?(?:" + FINE + ")?|(?:working|runs?|ran|loads?|loaded)(?: just)?(?:" + FINE + "))"
            + " (?:on|with|in|under|using|via|through|when (?:direct(?:ly)? )?using) (?:the |a |" + BARE + ")?" + ELSEWHERE
            + "|\\b(?:with|using|in|on) " + BARE + ELSEWHERE + "\\b[^.\\n]{0,120}?\\b(?:works?|worked|runs?|ran|loads?|loaded)(?:" + FINE + ")\\b"
            + "|(?:在|用)\\s?" + ELSEWHERE + "\\s?(?:上|下|里|中)?[^，。,；;\\n]{0,6}?(?:可以|正常|能跑|没问题|能用|能加载)");

    /**
     * Several GPUs named with the forms a tensor-parallel or multi-GPU run takes: "--tensor-parallel-size 2",
     * "tensor-parallel-size>1", "tp=4", "multiple GPUs", 多卡, 双卡 (the words of {@link #MULTI_GPU} and the flags).
     */
    private static final java.util.regex.Pattern SEVERAL_GPUS = java.util.regex.Pattern.compile(
            "tensor[-_ ]parallel(?:[-_ ]size)?\\s*(?:>=?\\s*[1-8]|[=:\\s]\\s*[2-8])|\\btp\\s*(?:>=?\\s*[1-8]|=\\s*[2-8])|--tp\\s+[2-8]|multiple gpus|multi-?gpus?|multi gpu"
            + "|several gpus|both gpus|(?:two|2|4|8) gpus|多卡|双卡|多张卡|多个gpu|多块");
    /** The words for a run that stops answering: hangs, stuck, freezes, 卡住, 卡死, 没反应 (a timeout only with NCCL named). */
    private static final java.util.regex.Pattern HANGS = java.util.regex.Pattern.compile(
            "\\bhangs?\\b|\\bhanging\\b|\\bhung\\b|\\bstuck\\b|\\bfreez\\w*|卡住|卡死|没反应|没有反应|无响应");
    private static final java.util.regex.Pattern NCCL_TIMEOUT = java.util.regex.Pattern.compile("nccl[^.\\n]{0,40}(?:timeout|timed out|time out)");
    /** One GPU works: "works fine on a single GPU", "runs on one GPU", 单卡正常, 单卡可以. */
    private static final java.util.regex.Pattern ONE_GPU_WORKS = java.util.regex.Pattern.compile(
            "(?:works?|working|runs?|running|loads?|fine)[^.\\n]{0,20}(?:on|with) (?:a |one )?(?:single|one) gpu|单卡[^，。,.\\n]{0,6}(?:正常|可以|没问题|能跑|能用)"
            // fewer cards named by their tensor-parallel size ("TP4 works fine", "works with --tp 1", "tp=2 没问题")
            + "|(?:\\btp|--tp|tensor[-_ ]parallel(?:[-_ ]size)?)\\s*[=:]?\\s*[1-4]\\b(?:[^.\\n]{0,8}?)(?:works?|worked|runs?\\b(?! out)|ran\\b(?! out)|is fine|loads?|正常|可以|没问题|能跑|能起来)"
            + "|(?:works?|worked|runs?|ran|loads?|fine) (?:with|on|using) (?:--tp|tp|tensor[-_ ]parallel(?:[-_ ]size)?)\\s*[=:]?\\s*[1-4]\\b");
    /**
     * GPU memory held after the engine stopped: a word for the memory, then that it stays taken ("VRAM still occupied",
     * "GPU memory is not released", 显存仍在占用, 显存不释放), or a program that will not give it back ("won't let go of memory", "doesn't seem to free the gpu memory").
     */
    private static final java.util.regex.Pattern NOT_RELEASED = java.util.regex.Pattern.compile(
            "(?:vram|gpu memory|video memory|显存)[^.\\n]{0,24}?(?:still (?:occupied|in use|held|allocated|taken)|(?:is |was |are )?not (?:being )?(?:released|freed)"
            + "|(?:isn't|wasn't|aren't|never) (?:released|freed)|仍在占用|仍然占用|仍被占用|还在占用|一直占用|一直被占用|不释放|没有释放|未释放|没释放)"
            + "|(?:won't|doesn't|does not|didn't|did not|never) (?:seem to |appear to )?(?:let go of|release|free) (?:the |its |my )?(?:gpu |video )?(?:memory|vram)"
            + "|(?:退出|关闭|停止|kill)[^，。,.\\n]{0,10}(?:后|之后)[^，。,.\\n]{0,6}显存");

    /**
     * A long input named beside a memory failure, a grammar of forms rather than a list of sentences (generated in
     * {@code LongInputFormsTest}): a word for long before the input ("long prompts", "overly long context", "lengthy
     * documents", 超长文本, 较长的输入), the input said to be or grow long ("when the prompt gets longer", "as the context
     * grows", 输入过长, 文本长度超过), with the out-of-memory words or "insufficient memory" in the text ({@link #MEMORY_FAILS}).
     * What grows with the tokens is the KV cache and the attention's activations, so the cause is the context's. Memory
     * said to grow from turn to turn is left out on purpose: the threads settle that both ways (the history kept, or a
     * leak of the engine).
     */
    private static final String LONG_INPUT_EN = "(?:(?:very|extremely|overly|too|extra|super|really|quite) )?(?:long|longer|lengthy|large|big)(?:-| )"
            + "(?:context|contexts|prompts?|inputs?|texts?|documents?|docs?|sequences?|conversations?|chat history|history|passages?|articles?|queries|query|questions?)";
    private static final String INPUT_NOUN_EN = "(?:context|prompt|input|conversation|chat history|history|sequence|text|document)s?";
    private static final java.util.regex.Pattern LONG_INPUT = java.util.regex.Pattern.compile(
            "\\b" + LONG_INPUT_EN + "\\b"
            + "|\\b(?:the |my )?" + INPUT_NOUN_EN + " (?:is |gets |got |becomes |became |grows |getting |grew |goes )?(?:too long|longer|very long|too large|long)\\b"
            + "|\\b(?:as|when|once|if) (?:the |my )?" + INPUT_NOUN_EN + " (?:grows|gets longer|increases|gets long)\\b"
            + "|(?:超长|较长|很长|过长|比较长|特别长|长)(?:的)?(?:文本|上下文|输入|序列|对话|prompt|文档|提示词|问题|文章)"
            + "|(?:文本|上下文|输入|序列|对话|prompt|提示词|问题)(?:的)?(?:长度|字数)?(?:太长|过长|变长|很长|较长|一长|超过)");
    /** A failure for memory in words, for {@link #LONG_INPUT}: the out-of-memory words and the "insufficient memory" family. */
    private static final java.util.regex.Pattern MEMORY_FAILS = java.util.regex.Pattern.compile(
            "insufficient (?:gpu |cuda |video )?memory|memory (?:is )?(?:insufficient|not enough)|not enough (?:gpu |cuda )?memory|memory error|cuda error|(?<![a-z])oom(?![a-z])"
            + "|爆(?:了)?(?:显存|内存)|(?:显存|内存)(?:不足|不够|溢出|爆)|就爆|会爆|爆了");

    public static final ProseHints NONE = new ProseHints(Set.of(), false, false, false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false);

    public ProseHints {
        symptoms = Set.copyOf(symptoms);
    }

    /**
     * The last text read on this thread and its hints (immutable, so shared): one answer asks for the same text's hints up
     * to three times (the diagnosis, the memory-use cause, the sized cause), and reading them is a tenth of answering.
     */
    private static final ThreadLocal<Map.Entry<String, ProseHints>> LAST = new ThreadLocal<>();

    /** The hints in a text; at most {@link LogReader#MAX_CHARS} characters are looked at. */
    public static ProseHints of(String text) {
        if (text == null || text.isBlank()) return NONE;
        Map.Entry<String, ProseHints> last = LAST.get();
        if (last != null && last.getKey().equals(text)) return last.getValue();
        ProseHints hints = read(text);
        LAST.set(Map.entry(text, hints));
        return hints;
    }

    private static ProseHints read(String text) {
        String t = LogReader.bound(text).toLowerCase(Locale.ROOT);
        Set<Report.Symptom> s = EnumSet.noneOf(Report.Symptom.class);
        boolean cpuOnly = any(t, CPU_ONLY);
        // A CPU-only run that keeps the CPU busy is a speed complaint.
        if (any(t, SLOW) || (cpuOnly && any(t, CPU_BUSY))) s.add(Report.Symptom.SLOW);
        if (any(t, OOM) || Prefilter.find(OVERFLOWS, t)) s.add(Report.Symptom.OUT_OF_MEMORY);
        // the GPU left out: the parser's grammar, so the two read the same forms (the work put on the CPU says nothing of a
        // GPU when they own none)
        if (GpuNotUsedForms.said(t, any(t, NO_GPU_OWNED))) s.add(Report.Symptom.GPU_NOT_USED);
        // part of the hardware left out: the parser's grammar, so the two read the same forms
        if (PartialUseForms.said(t)) s.add(Report.Symptom.PARTIAL_VRAM);
        // the speed contrasts told of their own runs: the parser's grammar, so the two read the same forms
        if (SpeedContrastForms.severalNoFaster(t)) s.add(Report.Symptom.SEVERAL_NO_FASTER);
        if (SpeedContrastForms.quantizedSlower(t)) s.add(Report.Symptom.QUANTIZED_SLOWER);
        if (SpeedContrastForms.modelNoFaster(t)) s.add(Report.Symptom.MODEL_NO_FASTER);
        if (SpeedContrastForms.engineSlower(t)) s.add(Report.Symptom.ENGINE_SLOWER);
        if (any(t, CONTEXT)) s.add(Report.Symptom.CONTEXT_LIMIT);
                // Quantizing at load time (int8, load_in_4bit), not a checkpoint that is quantized already (GPTQ, AWQ, GGUF,
        // or a release named by its size and precision: "Qwen1.5-chat 72B int4", "chatglm2-6b int4").
        boolean quantizing = any(t, QUANTIZED) && !any(t, PRE_QUANTIZED) && !Prefilter.find(RELEASE_INT, t) && !Prefilter.find(NOT_QUANTIZED, t);
        boolean quantizedNoSmaller = Prefilter.find(QUANTIZED_NO_SMALLER, t);
        return new ProseHints(s, any(t, WORKS) || saysItRuns(t), cpuOnly, told(t, OTHER_USE) || Prefilter.find(OTHER_MODEL, t) || Prefilter.find(ALREADY_LOADED, t), quantizing, ramSpill(t), any(t, MULTI_GPU),
                any(t, CPU_BUSY), any(t, AFTER_UPDATE) || Prefilter.find(RELEASE_CHANGE, t) || Prefilter.find(UPDATED_TO, t) || Prefilter.find(UPDATE_ZH, t)
                        || Prefilter.find(OLDER_RELEASE_WORKS, t), any(t, TASK_MANAGER), any(t, MEMORY_USE) || Prefilter.find(TAKES, t) || MemoryUseForms.said(t)
                        || Prefilter.find(MEMORY_ABOVE_EXPECTED, t) || quantizedNoSmaller,
                gpusHang(t), Prefilter.find(NOT_RELEASED, t), longInput(t), Prefilter.find(MEMORY_LOW, t), BadOutputForms.said(t),
                Prefilter.find(WORKS_ELSEWHERE, t), Prefilter.find(SLOTS_NAMED, t) && (any(t, OOM) || Prefilter.find(MEMORY_FAILS, t)),
                oneSlotWorks(t), largerModelRuns(t), Prefilter.find(MEMORY_GROWS, t), quantizedNoSmaller);
    }

    /**
     * A load quantized to 4 bits while loading: bitsandbytes' load_in_4bit / NF4, ChatGLM's .quantize(4), LLaMA-Factory's
     * "--quantization_bit 4" / "quantization_bit: 4", "int4", "4bit", 4位.
     */
    private static final java.util.regex.Pattern LOAD_4BIT = java.util.regex.Pattern.compile(
            "load_in_4bit|\\bnf4\\b|quantize\\(\\s*4\\s*\\)|quantization[-_]bit[ =:\"']{1,3}4(?![\\d])"
                    + "|(?<![\\d.])(?:int\\s?4|4[ _-]?bits?)(?![\\d])|(?<![\\d.])4\\s?位");
    /** The same at 8 bits: load_in_8bit, .quantize(8), "--quantization_bit 8", "int8", "8bit", 8位. */
    private static final java.util.regex.Pattern LOAD_8BIT = java.util.regex.Pattern.compile(
            "load_in_8bit|quantize\\(\\s*8\\s*\\)|quantization[-_]bit[ =:\"']{1,3}8(?![\\d])"
                    + "|(?<![\\d.])(?:int\\s?8|8[ _-]?bits?)(?![\\d])|(?<![\\d.])8\\s?位");

    /**
     * The precision, in bits, a person says they load the model quantized to while loading ("load_in_4bit=True",
     * ".quantize(4).cuda()", "用int4", 8位量化): 4 or 8, the larger when both are named (the one that needs more memory
     * is the one that must fit); 0 when none is named, or when nothing in the text is quantizing at load time
     * ({@link #quantizing()}: a checkpoint that is quantized already names its own format).
     */
    public static int quantizedLoadBits(String text) {
        ProseHints h = of(text);
        if (!h.quantizing()) return 0;
        String t = LogReader.bound(text).toLowerCase(Locale.ROOT);
        if (Prefilter.find(LOAD_8BIT, t)) return 8;
        return Prefilter.find(LOAD_4BIT, t) ? 4 : 0;
    }

    /**
     * A run over several GPUs that hangs ("tensor-parallel-size>1, stuck", "NCCL hangs and times out", 多卡推理卡住), or that
     * fails where one GPU works ("not loaded on multiple GPUs but works fine on a single GPU").
     */
    private static boolean gpusHang(String t) {
        boolean several = Prefilter.find(SEVERAL_GPUS, t);
        if ((several || t.contains("nccl")) && Prefilter.find(HANGS, t) || Prefilter.find(NCCL_TIMEOUT, t)) return true;
        return several && Prefilter.find(ONE_GPU_WORKS, t);
    }

    /**
     * The engine's parallel slots named in words, each of which holds a whole context of KV cache (llama.cpp's server
     * allocates n_ctx x n_parallel; Ollama's OLLAMA_NUM_PARALLEL multiplies num_ctx): "parallelism" (not tensor, pipeline,
     * model, data, expert or sequence parallelism), "parallel slots / sequences / requests", num_parallel set above one,
     * 并发数 / 并发度 / 并行数. A "--parallel 4" on a command line alone is a setting, not a blame, and is left out.
     */
    static final java.util.regex.Pattern SLOTS_NAMED = java.util.regex.Pattern.compile(
            "(?<![a-z])(?<!tensor[ _-])(?<!pipeline[ _-])(?<!model[ _-])(?<!data[ _-])(?<!expert[ _-])(?<!sequence[ _-])(?<!context[ _-])parallelism(?![a-z])"
            + "|\\bparallel (?:slots?|sequences|requests|decoding slots)\\b|\\b(?:[2-9]|\\d{2,}) slots\\b"
            + "|\\b(?:ollama_)?n(?:um)?_parallel\\s*[=:]?\\s*(?:[2-9]|\\d{2,})\\b"
            + "|(?<!多卡)(?<!张量)(?<!流水线)(?<!模型)(?<!数据)(?<!专家)(?:并发|并行)(?:数|度|量|请求数)|并发(?:请求)?\\s*(?:开到|设为|设置为|为|=)?\\s*(?:[2-9]|\\d{2,})(?!\\d|\\.\\d)");
    /**
     * A run with one parallel slot that works: the slot flag or setting at one ("--parallel 1", "-np 1", "num_parallel=1",
     * "OLLAMA_NUM_PARALLEL=1", "parallelism of 1", 并发设为1) in the clause of a word that it runs ("starts normally with",
     * "works with", "fixed it", 正常, 解决, 可以), in a text that says it fails; not when the same clause says it still fails.
     */
    private static final java.util.regex.Pattern ONE_SLOT = java.util.regex.Pattern.compile(
            "(?:--parallel|(?<![a-z])-np|\\b(?:ollama_)?n(?:um)?_parallel|parallelism|parallel slots?|并发数?|并行数)[`'\"]?\\s*(?:=|:|to|of|at|设为|设置为|设成|改为|改成|为)?\\s*[`'\"]?1(?!\\d|\\.\\d)");
    private static final String FINE_SLOT = "\\s+(?:fine|normally|ok|okay|correctly|successfully|without (?:any )?(?:error|issue|problem|oom)s?)";
    private static final java.util.regex.Pattern SLOT_RUNS = java.util.regex.Pattern.compile(
            "\\b(?:works?|worked|working)\\b|\\b(?:starts?|started|runs?|ran|loads?|loaded|serves?)" + FINE_SLOT + "\\b|\\b(?:starts?|started)\\s+up\\b|\\b(?:is|was) fine\\b"
            + "|\\b(?:fixes|fixed|solves|solved|resolves|resolved)\\b|正常|解决|就好|就可以|能跑|能启动|没问题");
    /** The clause still fails, or asks: "still OOMs", "did not help", "won't work", "does it work with -np 1?", 还是, 吗. */
    private static final java.util.regex.Pattern SLOT_STILL_FAILS = java.util.regex.Pattern.compile(
            "\\bstill\\b|(?:n't|\\bnot|\\bnever) (?:\\w+ )?(?:help|work|fix|change|start|run|load)|no difference|[?？]|吗|仍然|依然|还是|也不行|没用");
    private static final java.util.regex.Pattern FAILS = java.util.regex.Pattern.compile(
            "\\bfail(?:s|ed|ing|ure)?\\b|\\bcrash(?:es|ed|ing)?\\b|\\berror\\b|won'?t start|\\boom\\b|out of memory|崩溃|失败|报错|起不来|启动不了|爆显存|显存不足");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?。！？；;\\n]\\s");

    /** A run with one slot that works in a text that says it fails ({@link #ONE_SLOT}). */
    private static boolean oneSlotWorks(String t) {
        if (!Prefilter.find(FAILS, t)) return false;
        java.util.regex.Matcher m = ONE_SLOT.matcher(t);
        while (m.find()) {
            int from = Math.max(0, m.start() - 100), to = Math.min(t.length(), m.end() + 60);
            String before = t.substring(from, m.start()), after = t.substring(m.end(), to);
            // the clause around the setting: from the last sentence end before it to the next one after it
            java.util.regex.Matcher b = SENTENCE_END.matcher(before);
            int cut = 0;
            while (b.find()) cut = b.end();
            before = before.substring(cut);
            java.util.regex.Matcher a = SENTENCE_END.matcher(after);
            if (a.find()) after = after.substring(0, a.start());
            String clause = before + " " + after;
            if (Prefilter.find(SLOT_RUNS, clause) && !Prefilter.find(SLOT_STILL_FAILS, clause)) return true;
        }
        return false;
    }

    /** Larger models said to run: "other larger models load correctly", "bigger models run fine", 更大的模型都能跑. */
    private static final java.util.regex.Pattern LARGER_RUN = java.util.regex.Pattern.compile(
            "\\b(?:larger|bigger) models?(?: (?:also|all|still))? (?:loads?|loaded|runs?|ran|works?|worked)\\b(?! out)"
            + "|(?:更大|比它大|比这个大)的模型[^，。,；;\\n]{0,8}?(?:可以|能跑|正常|没问题|能加载)");
    /** A model size as people write it in a name: "13b", "Qwen3-32B-AWQ", "qwen2.5 7b" (not the "a3b" of a MoE, nor "8bit"). */
    private static final java.util.regex.Pattern MODEL_SIZE = java.util.regex.Pattern.compile("(?<![\\w.])(\\d{1,3}(?:\\.\\d)?)\\s?b(?![a-z0-9])");
    /** A clause that says a run worked: works, runs fine, loads correctly, 好好的, 对话成功, 正常运行, 没问题, 能跑. */
    private static final java.util.regex.Pattern CLAUSE_RUNS = java.util.regex.Pattern.compile(
            "\\b(?:works?|worked|(?:runs?|ran|loads?|loaded)(?:" + FINE + "| correctly))\\b"
            + "|好好的|(?:对话|运行|加载|部署|推理|启动)成功|成功(?:运行|加载|对话|部署|启动)|正常(?:运行|加载|对话|启动)|没问题|能跑|可以(?:跑|运行|加载|对话|启动)");
    /** A clause that fails, asks or supposes: the run it names is not one that worked. */
    private static final java.util.regex.Pattern CLAUSE_NOT_RUN = java.util.regex.Pattern.compile(
            "\\bfail|\\bcrash|\\berror|\\boom\\b|out of memory|\\bnot\\b|n't\\b|\\b(?:if|whether|should|would|will|can|could)\\b|[?？]|吗|么"
            + "|崩溃|失败|报错|起不来|不了|不行|不能|无法|爆|不足|不够|炸");
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[，。；;！!？?\\n]|[.,](?=\\s)|\\bbut\\b|\\bhowever\\b|但");

    /**
     * A model as large or larger runs on the same setup, so memory is not what stops the one that fails: larger models
     * said to run ({@link #LARGER_RUN}), or a model named with its size in a clause that says it ran ("llama2-13b都加载得好好的",
     * "类似启动命令可以在Qwen3-32B-AWQ上对话成功") at least as large as every size named outside that clause. A smaller
     * model that runs ("qwen 7b works fine, 14b OOMs") says nothing of the larger one's memory.
     */
    private static boolean largerModelRuns(String t) {
        if (Prefilter.find(LARGER_RUN, t)) return true;
        int start = 0;
        java.util.regex.Matcher br = CLAUSE_BREAK.matcher(t);
        while (start <= t.length()) {
            int end = br.find(start) ? br.start() : t.length();
            String clause = t.substring(start, end);
            if (Prefilter.find(CLAUSE_RUNS, clause) && !Prefilter.find(CLAUSE_NOT_RUN, clause)) {
                double ran = maxSize(clause);
                double elsewhere = maxSize(t.substring(0, start) + " " + t.substring(end));
                if (ran > 0 && elsewhere > 0 && ran >= elsewhere) return true;
            }
            if (end >= t.length()) break;
            start = Math.max(br.end(), end + 1);
        }
        return false;
    }

    /** The largest model size named in a text, in billions; 0 when none. */
    private static double maxSize(String t) {
        double max = 0;
        java.util.regex.Matcher m = MODEL_SIZE.matcher(t);
        while (m.find()) max = Math.max(max, Double.parseDouble(m.group(1)));
        return max;
    }

    /** A long input named where the memory fails ({@link #LONG_INPUT} with {@link #OOM} or {@link #MEMORY_FAILS}). */
    private static boolean longInput(String t) {
        return Prefilter.find(LONG_INPUT, t) && (any(t, OOM) || Prefilter.find(MEMORY_FAILS, t));
    }


    /** A Chinese "it runs" whose clause asks nothing. */
    private static boolean saysItRuns(String t) {
        java.util.regex.Matcher m = WORKS_ZH.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && !CLAUSE_END.matcher(t.substring(start - 1, start)).matches()) start--;
            java.util.regex.Matcher end = CLAUSE_END.matcher(t);
            String clause = t.substring(start, end.find(m.end()) ? end.start() : t.length());
            if (!Prefilter.find(ASKED, clause)) return true;
        }
        return false;
    }

    /** Part of the model told in system RAM; RAM named only as the cause of a kill ("killed due to RAM") is not. */
    private static boolean ramSpill(String t) {
        if (!told(t, RAM_SPILL)) return false;
        return !t.contains(" to ram") || told(RAM_AS_CAUSE.matcher(t).replaceAll(" "), RAM_SPILL);
    }

    private static boolean any(String t, List<String> words) {
        for (String w : words) if (t.contains(w)) return true;
        return false;
    }

    /**
     * A cue denied or only wished for just before it ("i don't have any other processes using the gpu", "without cpu
     * offloading", "i want to use cpu offloading", "没有其他程序"): what the person says is not there, or not yet.
     */
    private static final java.util.regex.Pattern NOT_TOLD = java.util.regex.Pattern.compile(
            "(?:\\bno|\\bnot|n't|\\bnever|\\bwithout|\\bwant to|\\bwould like to|\\bplan to|\\bhow to|没有|没|无|未)"
                    + "(?: (?:have|has|had|use|using|run|running|enable|enabling|any|an|a|the|other))*\\s?(?:任何|别的)?$");
    /** How far before a cue its denial is looked for: the words of {@link #NOT_TOLD} and a few between. */
    private static final int DENIAL_REACH = 40;

    /** Whether a text tells one of the cues at least once as there: not denied, not wished for ({@link #NOT_TOLD}). */
    private static boolean told(String t, List<String> words) {
        for (String w : words) {
            for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                if (!Prefilter.find(NOT_TOLD, t.substring(Math.max(0, i - DENIAL_REACH), i))) return true;
            }
        }
        return false;
    }
}
