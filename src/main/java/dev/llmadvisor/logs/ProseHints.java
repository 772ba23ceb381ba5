package dev.llmadvisor.logs;

import dev.llmadvisor.facts.Report;
import dev.llmadvisor.parse.PartialUseForms;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 */
public record ProseHints(Set<Report.Symptom> symptoms, boolean works, boolean cpuOnly, boolean otherUse, boolean quantizing, boolean ramSpill, boolean multiGpu,
                         boolean cpuBusy, boolean afterUpdate, boolean taskManager, boolean memoryUse, boolean gpusHang, boolean memoryNotReleased) {

    private static final List<String> SLOW = List.of("slow", "sluggish", "minutes to generate", "takes forever", "very long to",
            "tokens / second", "faster", "speed up", "speed it up", "慢", "卡顿", "提速", "加快");
    private static final List<String> OOM = List.of("out of memory", "outofmemory", "oom", "cuda error: out", "not enough memory", "insufficient vram",
            "ran out of memory", "runs out of memory", "显存不足", "显存不够", "爆显存", "内存不足", "现存不足");
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
     * compared with, that holds nothing.
     */
    private static final java.util.regex.Pattern OTHER_MODEL = java.util.regex.Pattern.compile(
            "other model(?!s)(?! (?:runs?|works?|loads?|is|are)(?: just)? (?:fine|well|ok))");
    /** "not detected" says the GPU is unused only when a GPU is what is not detected ("RX 7900 XTX (gfx1100) not detected"). */
    private static final java.util.regex.Pattern GPU_NOT_DETECTED = java.util.regex.Pattern.compile(
            "(?:gpu|card|cuda|rocm|device|nvidia|amd|radeon|geforce|\\))[^.\\n]{0,40}not detected");

    /**
     * The GPU left out in other words than the list above: "it will not use gpu", "can't use the GPU", "not offloading to
     * the GPU", a GPU-layers setting that changes nothing ("--gpu-layers (any number) is no faster than without it",
     * "n_gpu_layers has no effect": the layers do not reach the GPU), and a GPU utilization they give as next to nothing
     * ("GPU utilization is around 2%").
     */
    private static final java.util.regex.Pattern GPU_LEFT_OUT = java.util.regex.Pattern.compile(
            "(?:will not|won't|wont|does not|doesn't|did not|didn't|can't|cannot|can not|never) (?:use|using|utili[sz]e) (?:the |my |any )?gpu"
            + "|not offload(?:ing|ed)? (?:any(?:thing)? )?(?:layers? )?(?:to |on(?:to)? )?(?:the |my )?gpu"
            + "|(?:-ngl|n-gpu-layers|gpu-layers|n_gpu_layers|gpu_layers|num_gpu)\\b[^.\\n]{0,40}?"
            + "(?:no faster|has no effect|no effect|does nothing|doesn't do anything|does not do anything|makes no difference|changes nothing|useless)");
    /**
     * The whole model on the CPU, said with a word that leaves the GPU out (a grammar: {@code ReleaseAndCpuFormsTest} generates its
     * forms): an exclusive adverb before the verb ("only using cpu", "runs entirely on the CPU", "is solely running on
     * CPU"), "only / alone / instead" after it ("uses the CPU only", "running on the CPU instead"), a fallback to the CPU
     * ("defaults to CPU", "switched to the CPU"), and the Chinese forms (只用CPU, 全部在CPU上跑, 用的是CPU推理, 跑在CPU上, 都是CPU在跑).
     * Without such a word "runs on the CPU" may be one part of a split (layers on the CPU are a partial offload), and a
     * Chinese clause that asks (只用CPU能跑吗) is a plan, not a report.
     */
    private static final String ON_CPU_VERB = "(?:us(?:es|ed|ing|e)|runs?|running|ran|work(?:s|ed|ing)?|(?:is |are |was |were )?(?:loaded|running|computed|inferring)"
            + "|fall(?:s|ing)? back|fell back|stays?|stayed|goes|went|utili[sz](?:es|ed|ing|e))";
    private static final java.util.regex.Pattern WHOLLY_ON_CPU = java.util.regex.Pattern.compile(
            "\\b(?:only|just|entirely|solely|completely|exclusively|always|still)(?: be| being)? " + ON_CPU_VERB + "(?: on| to| in| onto| with)?(?: the| my)? cpu\\b"
            + "|\\b" + ON_CPU_VERB + "(?: on| to| in| onto| with)?(?: the| my)? cpu(?: only| alone| instead)\\b"
            + "|\\b" + ON_CPU_VERB + " (?:entirely|solely|completely|exclusively|fully|purely|only|just)(?: on| in| with)?(?: the| my)? cpu\\b"
            + "|\\b(?:us(?:es|ed|ing|e)|runs?|running|ran)(?: on)? only(?: the| my)? cpu\\b"
            + "|\\b(?:defaults?|defaulted|switch(?:es|ed)?|drops?|dropped|fall(?:s|ing)?|fell|fallback)(?: back)? (?:to|on) (?:the )?cpu\\b"
            + "|\\b(?:the )?cpu (?:is|was|gets|got) prioriti[sz]ed\\b"
            + "|(?:(?:只|仅|全部?|完全|都|还是)(?:是)?(?:在|用|使用|走|跑在|运行在|调用)(?:了|的)?\\s?cpu"
            + "|(?:用|使用|走|调用)(?:的)?(?:是|了)?\\s?cpu\\s?(?:在)?(?:跑|运行|推理|计算)"
            + "|用的(?:是|全是|都是)\\s?cpu(?!\\s?(?:和|与|还是|或|\\+|加|/))"
            + "|(?:跑|运行|推理)(?:在|于)\\s?cpu\\s?上"
            + "|(?:都是|全是|只有|只是)\\s?cpu)(?![^，。,.！!\\n]{0,10}[吗么?？])");
    /**
     * The GPU said to be left out, as a grammar rather than a list of sentences (forms generated in {@code GpuNotUsedFormsTest}):
     * a negation ("isn't", "wasn't", "doesn't", "did not", "never", "no longer", "not") with an optional hedge ("seem to",
     * "even", "actually") before a verb of using ("use", "using", "utilize", "touch", "run on", "load onto", "offload to")
     * and the GPU ("it wasn't using gpu", "ollama doesn't seem to use my GPU", "is not utilizing the graphics card"); the
     * passive with the GPU first ("the GPU isn't being utilized", "my gpu doesn't get used", "GPU was never touched"), but
     * not one GPU of several ("the second GPU is not used" is a split) nor the memory ("VRAM is not used" is a partial
     * load); a contrast that puts the work on the CPU ("but it runs on the CPU", "shows GPU but actually logs using cpu");
     * and the Chinese forms (没有用到显卡, 没有调用GPU, 显卡没有被使用, GPU并没有参与计算). A person who chooses not to use a
     * GPU ("I don't use the GPU") or asks ("why is it not using the GPU?" is still a report; "不使用GPU能跑吗" asks) is left out.
     * With {@link #WHOLLY_ON_CPU}, {@link #GPU_LEFT_OUT} and the GPU's load given as next to nothing ({@link #GPU_IDLE}) it is
     * the only reading of the GPU left out here: the list of literal sentences it replaced is gone, each of its sentences
     * read by these forms ({@code GpuNotUsedFormsTest}), except a bare "runs on the CPU", which may be the CPU's part of
     * a split.
     */
    private static final String GPU_NOUN = "(?:(?:nvidia |amd |dedicated |discrete |integrated )?(?:gpus?|graphics cards?|video cards?|dgpu|cuda(?: cores)?))";
    private static final String NEGATION = "(?:is not|isn't|isnt|was not|wasn't|wasnt|are not|aren't|were not|weren't|does not|doesn't|doesnt|did not|didn't|didnt"
            + "|do not|don't|will not|won't|wont|can't|cant|cannot|can not|could not|couldn't|never|no longer|not)";
    private static final String USE_VERB = "(?:use|uses|using|used|utili[sz](?:e|es|ing|ed)|touch(?:es|ing|ed)?|engag(?:e|es|ing|ed)|leverag(?:e|es|ing|ed)"
            + "|run(?:s|ning)? on|load(?:s|ing)? (?:on|onto|into|to)|offload(?:s|ing)? (?:on|onto|to))";
    private static final java.util.regex.Pattern GPU_UNUSED_SAID = java.util.regex.Pattern.compile(
            "(?<!\\bi )(?<!\\bwe )(?<!\\bi really )(?<!\\bi'm )(?<!\\bi am )(?<!\\bwe're )(?<!\\bwe are )\\b" + NEGATION + "(?: (?:seem|seems|appear|appears) to| even| really| actually| properly| at all){0,2} " + USE_VERB
            + "(?: (?:the|my|any|its|our|this|a|an))? " + GPU_NOUN + "\\b"
            + "|(?<!(?:second|other|another|third|2nd|3rd|one|smaller|older|weaker) )\\b(?:(?:the|my|our) )?(?:gpu|graphics card|video card|dgpu)"
            + " (?:(?:is|was|are|were|does|did|do|has|have|had)(?:n't| not| never)|not|never)(?: even| really| actually)?(?: being| getting| get| got| been)? (?:used|utili[sz]ed|touched|engaged)\\b"
            + "|\\b(?:but|yet|actually|in fact|in reality)(?: it| it's| its| is| it is| this| everything)?(?: \\w{2,12})? " + ON_CPU_VERB + "(?: on| with| in)?(?: the| my)? cpu\\b"
            + "|(?:没有?|未|并没有?|并未)(?:被)?(?:用到|用上|使用|调用|利用|启用)(?:到|了)?\\s?(?:gpu|显卡|独显)(?![^，。,.！!\\n]{0,10}[吗么?？])"
            + "|(?:gpu|显卡|独显)(?:完全|根本|压根|好像|似乎)?(?:没有?|无|未|并没有?|并未)(?:被)?(?:用到|用上|使用|调用|利用|启用|参与|工作|跑起来|占用)(?![^，。,.！!\\n]{0,10}[吗么?？])"
            + "|(?:gpu|显卡)(?:的)?(?:占用|利用率|使用率|负载)(?:率)?(?:为|是|一直是|一直为|只有|始终是)?\\s?0(?:\\s?%)?(?![\\d.])(?![^，。,.！!\\n]{0,10}[吗么?？])");
    private static final java.util.regex.Pattern GPU_IDLE = java.util.regex.Pattern.compile(
            "gpu (?:utili[sz]ation|usage|util|load)(?: is| stays| was| at| of| around| about| only| always| ~|:){0,4} ?(\\d{1,2}(?:\\.\\d)?) ?%"
            + "|gpu (?:utili[sz]ation|usage|util|load)(?: is| stays| was| at| always|:){0,3} ?(0)(?![\\d.%])");
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
    /** "升级到 0.5.12 之后", "更新到最新版以后", "ollama 升级至 0.6 后": an update named with its version, then "after". */
    private static final java.util.regex.Pattern UPDATE_ZH = java.util.regex.Pattern.compile(
            "(?:升级|更新)(?:到|至)[^，。;；\\n]{1,24}?(?:之后|以后|后)");
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
            "(?:works?|working|runs?|running|loads?|fine)[^.\\n]{0,20}(?:on|with) (?:a |one )?(?:single|one) gpu|单卡[^，。,.\\n]{0,6}(?:正常|可以|没问题|能跑|能用)");
    /**
     * GPU memory held after the engine stopped: a word for the memory, then that it stays taken ("VRAM still occupied",
     * "GPU memory is not released", 显存仍在占用, 显存不释放), or a program that will not give it back ("won't let go of memory").
     */
    private static final java.util.regex.Pattern NOT_RELEASED = java.util.regex.Pattern.compile(
            "(?:vram|gpu memory|video memory|显存)[^.\\n]{0,24}?(?:still (?:occupied|in use|held|allocated|taken)|(?:is |was |are )?not (?:being )?(?:released|freed)"
            + "|(?:isn't|wasn't|aren't|never) (?:released|freed)|仍在占用|仍然占用|仍被占用|还在占用|一直占用|一直被占用|不释放|没有释放|未释放|没释放)"
            + "|(?:won't|doesn't|does not|didn't|did not|never) (?:let go of|release|free) (?:the |its |my )?(?:gpu |video )?(?:memory|vram)"
            + "|(?:退出|关闭|停止|kill)[^，。,.\\n]{0,10}(?:后|之后)[^，。,.\\n]{0,6}显存");

    public static final ProseHints NONE = new ProseHints(Set.of(), false, false, false, false, false, false, false, false, false, false, false, false);

    public ProseHints {
        symptoms = Set.copyOf(symptoms);
    }

    /** The hints in a text; at most {@link LogReader#MAX_CHARS} characters are looked at. */
    public static ProseHints of(String text) {
        if (text == null || text.isBlank()) return NONE;
        String t = LogReader.bound(text).toLowerCase(Locale.ROOT);
        Set<Report.Symptom> s = EnumSet.noneOf(Report.Symptom.class);
        boolean cpuOnly = any(t, CPU_ONLY);
        // A CPU-only run that keeps the CPU busy is a speed complaint.
        if (any(t, SLOW) || (cpuOnly && any(t, CPU_BUSY))) s.add(Report.Symptom.SLOW);
        if (any(t, OOM)) s.add(Report.Symptom.OUT_OF_MEMORY);
        if (GPU_NOT_DETECTED.matcher(t).find() || GPU_LEFT_OUT.matcher(t).find() || gpuIdle(t)
                || ((WHOLLY_ON_CPU.matcher(t).find() || GPU_UNUSED_SAID.matcher(t).find()) && !any(t, NO_GPU_OWNED))) s.add(Report.Symptom.GPU_NOT_USED);
        // part of the hardware left out: the parser's grammar, so the two read the same forms
        if (PartialUseForms.said(t)) s.add(Report.Symptom.PARTIAL_VRAM);
        if (any(t, CONTEXT)) s.add(Report.Symptom.CONTEXT_LIMIT);
                // Quantizing at load time (int8, load_in_4bit), not a checkpoint that is quantized already (GPTQ, AWQ, GGUF,
        // or a release named by its size and precision: "Qwen1.5-chat 72B int4", "chatglm2-6b int4").
        boolean quantizing = any(t, QUANTIZED) && !any(t, PRE_QUANTIZED) && !RELEASE_INT.matcher(t).find() && !NOT_QUANTIZED.matcher(t).find();
        return new ProseHints(s, any(t, WORKS) || saysItRuns(t), cpuOnly, any(t, OTHER_USE) || OTHER_MODEL.matcher(t).find() || ALREADY_LOADED.matcher(t).find(), quantizing, any(t, RAM_SPILL), any(t, MULTI_GPU),
                any(t, CPU_BUSY), any(t, AFTER_UPDATE) || RELEASE_CHANGE.matcher(t).find() || UPDATE_ZH.matcher(t).find()
                        || OLDER_RELEASE_WORKS.matcher(t).find(), any(t, TASK_MANAGER), any(t, MEMORY_USE) || TAKES.matcher(t).find(),
                gpusHang(t), NOT_RELEASED.matcher(t).find());
    }

    /** A load quantized to 4 bits while loading: bitsandbytes' load_in_4bit / NF4, ChatGLM's .quantize(4), "int4", "4bit", 4位. */
    private static final java.util.regex.Pattern LOAD_4BIT = java.util.regex.Pattern.compile(
            "load_in_4bit|\\bnf4\\b|quantize\\(\\s*4\\s*\\)|(?<![\\d.])(?:int\\s?4|4[ _-]?bits?)(?![\\d])|(?<![\\d.])4\\s?位");
    /** The same at 8 bits: load_in_8bit, .quantize(8), "int8", "8bit", 8位. */
    private static final java.util.regex.Pattern LOAD_8BIT = java.util.regex.Pattern.compile(
            "load_in_8bit|quantize\\(\\s*8\\s*\\)|(?<![\\d.])(?:int\\s?8|8[ _-]?bits?)(?![\\d])|(?<![\\d.])8\\s?位");

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
        if (LOAD_8BIT.matcher(t).find()) return 8;
        return LOAD_4BIT.matcher(t).find() ? 4 : 0;
    }

    /**
     * A run over several GPUs that hangs ("tensor-parallel-size>1, stuck", "NCCL hangs and times out", 多卡推理卡住), or that
     * fails where one GPU works ("not loaded on multiple GPUs but works fine on a single GPU").
     */
    private static boolean gpusHang(String t) {
        boolean several = SEVERAL_GPUS.matcher(t).find();
        if ((several || t.contains("nccl")) && HANGS.matcher(t).find() || NCCL_TIMEOUT.matcher(t).find()) return true;
        return several && ONE_GPU_WORKS.matcher(t).find();
    }

    /** A GPU utilization of 5 % or less, said while it runs: the work is not on the GPU. */
    private static boolean gpuIdle(String t) {
        java.util.regex.Matcher m = GPU_IDLE.matcher(t);
        while (m.find()) if (Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)) <= 5) return true;
        return false;
    }

    /** A Chinese "it runs" whose clause asks nothing. */
    private static boolean saysItRuns(String t) {
        java.util.regex.Matcher m = WORKS_ZH.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && !CLAUSE_END.matcher(t.substring(start - 1, start)).matches()) start--;
            java.util.regex.Matcher end = CLAUSE_END.matcher(t);
            String clause = t.substring(start, end.find(m.end()) ? end.start() : t.length());
            if (!ASKED.matcher(clause).find()) return true;
        }
        return false;
    }

    private static boolean any(String t, List<String> words) {
        for (String w : words) if (t.contains(w)) return true;
        return false;
    }
}
