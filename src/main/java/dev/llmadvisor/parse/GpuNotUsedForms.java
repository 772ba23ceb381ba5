package dev.llmadvisor.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GPU left out of the work, in the words people report it with: one mechanism, read by the question parser
 * ({@link ReportSpotter}, as the GPU_NOT_USED symptom) and by the words around a pasted log ({@code logs.ProseHints}), so
 * the two never keep lists of their own (as {@link PartialUseForms} does for part of the hardware left out). It holds the
 * grammar of the GPU said to be left out (a negation before a verb of using and the GPU, the passive with the GPU first,
 * a contrast that puts the work on the CPU, the Chinese forms; {@code GpuNotUsedFormsTest}), the whole model said to run on
 * the CPU ({@code ReleaseAndCpuFormsTest}), the GPU's load given as next to nothing, and the fixed forms the parser read
 * before the two were joined ({@link #TOLD}: a GPU not detected or found, "falls back to CPU", ollama ps's "100% CPU",
 * "offloaded 0/33 layers", 没有用到显卡).
 */
public final class GpuNotUsedForms {

    private GpuNotUsedForms() { }

    /**
     * The fixed forms the grammar below does not read: the GPU at 0 % or idle, not found, "offloaded
     * 0/N layers", ollama ps's PROCESSOR column "100% CPU", a card named by its make that is not used, the Chinese forms.
     * Forms the grammar reads ("not using the GPU", "falls back to the CPU", "can't run on GPU", 没有使用gpu, 只用了cpu) were
     * taken out when the two were joined; {@code GpuNotUsedJoinedFormsTest} keeps each of them read. A bare "runs on the CPU",
     * which the parser's list read, is now left out as the grammar leaves it out: it may be the CPU's part of a split.
     */
    private static final Pattern TOLD = Pattern.compile(
            "(?<![a-z])(?:(?:doesn'?t|does not) use (?:the |my )?vram or gpus?"
                    + "|gpu is (?:at )?0 ?%|gpu (?:is |was )?barely (?:being )?used|barely (?:uses?|using) (?:the |my )?gpu"
                    // "GPU utilization is quite low", "gpu load stays very low": the load given as low, however intensified
                    // "GPU usage seems low", "GPU load remains very low": the same, said as it appears
                    + "|gpu (?:usage|utili[sz]ation|load) (?:is |stays |at |was |remains |(?:seems|looks|appears)(?: to be)? )?(?:0|zero|(?:(?:quite|very|really|extremely|pretty|so|super|rather|fairly|too) )?(?:low|idle))"
                    // "0% GPU", never the end of ollama ps's "100% GPU", which says the opposite
                    + "|cpu is at \\d+|no compatible gpus?|gpu not found|can'?t (?:find|detect) (?:the |my )?gpu|(?<![\\d.])0 ?% gpu"
                    + "|offloaded 0/\\d+ layers"
                    // "Ollama won't use my RTX 4090", "my gpu was not being used", "no GPU is running when using Ollama"
                    + "|(?:won'?t|will not) use (?:the |my )?(?:card|rtx ?\\w+|nvidia\\w*)"
                    + "|(?:gpu|graphics card|video card)s (?:were|are) not (?:being )?used|no gpu is (?:running|used|being used)"
                    // "Not Utilizing CPU/GPU", "both the CPU and GPU remain idle": the work is not on the card (another card
                    // left idle is an uneven split, not this)
                    // "GPU usage immediately drops to 0", "ollama is still using CPU", "force ollama to use GPU", ollama ps's
                    // PROCESSOR column "100% CPU" (a split reads "48%/52% CPU/GPU")
                    + "|(?:gpu (?:usage|utili[sz]ation|load)|no gpu usage)(?: \\w+){0,2} drops? to (?:0|zero)|no gpu usage|still using (?:the )?cpu"
                    + "|force (?:\\w+ )?to use (?:the |my )?gpu|(?<![/\\d.])100 ?% cpu(?![a-z/])(?! ?(?:utili|usage|load|time|core))"
                    + "|not (?:utili[sz]ing|using) (?:the |my )?cpu ?(?:/|and|or) ?gpu|(?<!other )(?<!second )(?:cpu and (?:the )?)?gpu (?:remains?|stays?|sits?|is|was) (?:completely |totally |mostly )?idle)(?![a-z])"
                    + "|没有?用(?:显卡|gpu)|(?<!其他|其余|另一张|另一块)(?:gpu|显卡)(?:一直|完全|基本)?(?:空闲|闲置)|gpu没有(?:用|被)|跑在cpu|gpu利用率(?:很|非常|特别|比较|极|太)?低|显卡没有");
    /**
     * "not detected" says the GPU is unused only when a GPU is what is not detected ("RX 7900 XTX (gfx1100) not detected"); so
     * too a negated verb of detecting with the GPU, a card's make or its model number as its object ("ollama does not detect
     * my 3090", "llama.cpp doesn't recognize my RX 7900 XTX", "没有识别到X300", "识别不到显卡", "检测不到GPU"); a model or a
     * file not recognized is another fault.
     */
    private static final String CARD_WORD = "(?:gpus?|graphics cards?|video cards?|cards?|cuda|rocm|nvidia|amd|radeon|geforce|intel arc|arc ?[ab]\\d{3}\\w*|rtx ?\\w+|rx ?\\w+|gtx ?\\w+)";
    /** A card by its model number alone ("my 3090", "X300"): in English only after "my" or "the", so "can't see 1000 tokens" is none. */
    private static final String CARD_NUMBER = "[a-z]{0,3} ?\\d{3,4}[a-z]{0,3}(?: ?ti| ?xtx| ?super)?";
    private static final Pattern GPU_NOT_DETECTED = Pattern.compile(
            "(?:gpu|card|cuda|rocm|device|nvidia|amd|radeon|geforce|\\))[^.\\n]{0,40}not detected"
                    + "|(?<![a-z])(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot|can not|couldn'?t|could not|won'?t|will not|fails? to|failed to|unable to|not able to|never)"
                    + " (?:detect|recogni[sz]e|identify|pick up|find|see)s? (?:(?:the |my |any |our |a )?" + CARD_WORD + "|(?:the|my|our) " + CARD_NUMBER + ")(?![a-z0-9])"
                    + "|(?:没有?|未能?|无法|不能)(?:被)?(?:识别|检测|找)(?:到|出)?(?:我的)?\\s?(?:" + CARD_WORD + "|" + CARD_NUMBER + "|显卡|独显|显存)(?![a-z0-9])(?![^，。,.！!\\n]{0,10}[吗么?？])"
                    + "|(?:识别|检测|找|认)不(?:到|出)(?:我的)?\\s?(?:" + CARD_WORD + "|" + CARD_NUMBER + "|显卡|独显|显存)(?![a-z0-9])(?![^，。,.！!\\n]{0,10}[吗么?？])");

    /**
     * The GPU left out in other words than the list above: "it will not use gpu", "can't use the GPU", "not offloading to
     * the GPU", a GPU-layers setting that changes nothing ("--gpu-layers (any number) is no faster than without it",
     * "n_gpu_layers has no effect": the layers do not reach the GPU), and a GPU utilization they give as next to nothing
     * ("GPU utilization is around 2%").
     */
    private static final Pattern GPU_LEFT_OUT = Pattern.compile(
            "(?:will not|won't|wont|does not|doesn't|did not|didn't|can't|cannot|can not|never) (?:use|using|utili[sz]e) (?:the |my |any )?"
            // the card's make or model before it: "did not use the nvidia H100 GPUs", "doesn't use my RTX 3090 GPU"
            + "(?:(?:nvidia|amd|intel|radeon|geforce|rtx|gtx|rx|[a-z]?\\d{3,4}[a-z]{0,3}) ){0,2}gpu"
            + "|not offload(?:ing|ed)? (?:any(?:thing)? )?(?:layers? )?(?:to |on(?:to)? )?(?:the |my )?gpu"
            // the card or its driver as the subject: "the rocm driver rx7900xtx has been installed but cannot be used normally"
            + "|(?<![a-z])(?:gpus?|graphics cards?|video cards?|drivers?|rocm|cuda|rtx ?\\w+|rx ?\\w+)(?![a-z])[^.?!\\n]{0,50}?(?:can'?t|cannot|can not|couldn'?t|could not) be used(?! (?:for|to|with|as|in) )"
            + "|(?:-ngl|n-gpu-layers|gpu-layers|n_gpu_layers|gpu_layers|num_gpu)\\b[^.\\n]{0,40}?"
            + "(?:no faster|has no effect|no effect|does nothing|doesn't do anything|does not do anything|makes no difference|changes nothing|useless)");
    /**
     * The whole model on the CPU, said with a word that leaves the GPU out (a grammar: {@code ReleaseAndCpuFormsTest} generates its
     * forms): an exclusive adverb before the verb ("only using cpu", "runs entirely on the CPU", "is solely running on
     * CPU"), "only / alone / instead" after it ("uses the CPU only", "running on the CPU instead"), a fallback to the CPU
     * ("defaults to CPU", "switched to the CPU"), a compulsion ("forced to run on the CPU"), the whole of it as the subject ("everything runs on the CPU"), and the Chinese forms (只用CPU, 全部在CPU上跑, 用的是CPU推理, 跑在CPU上, 都是CPU在跑).
     * Without such a word "runs on the CPU" may be one part of a split (layers on the CPU are a partial offload), and a
     * Chinese clause that asks (只用CPU能跑吗) is a plan, not a report.
     */
    private static final String ON_CPU_VERB = "(?:us(?:es|ed|ing|e)|runs?|running|ran|work(?:s|ed|ing)?|(?:is |are |was |were )?(?:loaded|running|computed|inferring)"
            + "|fall(?:s|ing)? back|fell back|stays?|stayed|goes|went|utili[sz](?:es|ed|ing|e))";
    private static final Pattern WHOLLY_ON_CPU = Pattern.compile(
            "\\b(?:only|just|entirely|solely|completely|exclusively|always|still)(?: be| being)? " + ON_CPU_VERB + "(?: on| to| in| onto| with)?(?: the| my)? cpu\\b"
            + "|\\b" + ON_CPU_VERB + "(?: on| to| in| onto| with)?(?: the| my)? cpu(?: only| alone| instead)\\b"
            // "is running almost entirely on CPU": all but a trace of the work (not "mostly", which is a split)
            + "|\\b" + ON_CPU_VERB + " (?:(?:almost|nearly|virtually|practically) (?=entirely|completely|exclusively|fully|purely|only))?"
            + "(?:entirely|solely|completely|exclusively|fully|purely|only|just)(?: on| in| with)?(?: the| my)? cpu\\b"
            + "|\\b(?:us(?:es|ed|ing|e)|runs?|running|ran)(?: on)? only(?: the| my)? cpu\\b"
            // "but run all on CPU and system RAM", "loads it all on the CPU": all of it, said after the verb
            + "|\\b(?:runs?|running|ran|loads?|loaded|loading|puts?)(?: it| them)? all (?:on|to|in|onto)(?: the| my)? cpu\\b(?! ?(?:and|\\+|/|&) ?(?:the )?gpu)"
            // the whole of it on the CPU: "everything runs on the CPU", "it all runs on the CPU", "the whole model is loaded to the CPU"
            + "|\\b(?:everything|it all|all of it|the whole (?:model|thing))(?: \\w+)? " + ON_CPU_VERB + "(?: on| to| in| onto| with)?(?: the| my)? cpu\\b(?! ?(?:and|\\+|/|&) ?(?:the )?gpu)"
            // compelled onto the CPU: "is forced to run on the CPU", "insists on using the CPU"
            + "|\\b(?:forced|forces|forcing|insists? on|insisting on)(?: \\w+)?(?: to)? " + ON_CPU_VERB + "(?: on| to| in| onto| with)?(?: the| my)? cpu\\b"
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
    private static final String GPU_NOUN = "(?:(?:nvidia |amd |dedicated |discrete |integrated )?(?:gpus?|graphics cards?|video cards?|dgpu|cuda(?: cores)?)"
            // a Mac's GPU by its backend: "it doesn't use mps", "not using the Metal GPU"
            + "|mps|metal(?: gpu)?)";
    private static final String NEGATION = "(?:is not|isn't|isnt|was not|wasn't|wasnt|are not|aren't|were not|weren't|does not|doesn't|doesnt|did not|didn't|didnt"
            + "|do not|don't|will not|won't|wont|can't|cant|cannot|can not|could not|couldn't|never|no longer|not)";
    private static final String USE_VERB = "(?:use|uses|using|used|utili[sz](?:e|es|ing|ed)|touch(?:es|ing|ed)?|engag(?:e|es|ing|ed)|leverag(?:e|es|ing|ed)"
            + "|run(?:s|ning)? on|load(?:s|ing)? (?:on|onto|into|to)|offload(?:s|ing)? (?:on|onto|to)"
            // the passive, as Ollama and LM Studio users tell a model left in system RAM: "cannot be loaded into the GPU",
            // "isn't being offloaded to the GPU", "never got loaded onto my GPU"
            + "|(?:be |being |been |get |gets |getting |got )?(?:loaded|offloaded) (?:on|onto|into|to))";
    private static final Pattern GPU_UNUSED_SAID = Pattern.compile(
            "\\b(?<!\\bi )(?<!\\bwe )(?<!\\bi really )(?<!\\bi'm )(?<!\\bi am )(?<!\\bwe're )(?<!\\bwe are )" + NEGATION + "(?: (?:seem|seems|appear|appears) to| even| really| actually| properly| at all){0,2} " + USE_VERB
            + "(?: (?:the|my|any|its|our|this|a|an))? " + GPU_NOUN + "\\b"
            + "|\\b(?<!(?:second|other|another|third|2nd|3rd|one|smaller|older|weaker) )(?:(?:the|my|our) )?(?:gpu|graphics card|video card|dgpu)"
            + " (?:(?:is|was|are|were|does|did|do|has|have|had)(?:n't| not| never)|not|never)(?: even| really| actually)?(?: being| getting| get| got| been)? (?:used|utili[sz]ed|touched|engaged)\\b"
            // the GPU as the one that does no work: "the GPU doesn't even touch it", "my GPU isn't doing anything", "the
            // graphics card never kicks in", "the GPU does nothing" (not "isn't working", which may be a broken card)
            + "|\\b(?<!(?:second|other|another|third|2nd|3rd|one|smaller|older|weaker) )(?:(?:the|my|our) )?(?:gpu|graphics card|video card|dgpu)"
            + " (?:(?:(?:is|was|does|did)(?:n't| not)|never|not)(?: even| really| actually| seem to| seems to)?"
            + " (?:do(?:es|ing)? (?:anything|any work|a thing)|touch(?:es|ing)? (?:it|them|the model)|kick(?:s|ing)? in|participat(?:e|es|ing))"
            + "|(?:does|is doing|did) nothing)\\b"
            + "|\\b(?:but|yet|actually|in fact|in reality)(?: it| it's| its| is| it is| this| everything)?(?: \\w{2,12})? " + ON_CPU_VERB + "(?: on| with| in)?(?: the| my)? cpu\\b"
            // the work put on the CPU set against the GPU ("insists in using CPU & MEM not GPU VRAM", "it runs on the CPU instead of
            // the GPU"); a wish ("how to run it on the CPU instead of the GPU") is none
            + "|\\b(?<!\\bto )" + ON_CPU_VERB + "(?: on| with| in)?(?: the| my)? cpu(?: ?(?:&|and|\\+|/) ?(?:the )?(?:ram|mem|memory|system ram|system memory))?,?"
            + "(?: and| but)? (?:not|instead of|rather than) (?:the |my )?(?:gpu|vram|graphics card|video card)\\b"
            + "|(?:没有?|未|并没有?|并未)(?:被)?(?:用到|用上|使用|调用|利用|启用)(?:到|了)?\\s?(?:gpu|显卡|独显)(?![^，。,.！!\\n]{0,10}[吗么?？])"
            + "|(?:gpu|显卡|独显)(?:完全|根本|压根|好像|似乎)?(?:没有?|无|未|并没有?|并未)(?:被)?(?:用到|用上|使用|调用|利用|启用|参与|工作|跑起来|占用)(?![^，。,.！!\\n]{0,10}[吗么?？])"
            // unable to use the GPU (无法使用mps, 不能调用显卡, 用不了gpu), and the work done on the CPU set against it (使用了cpu而不是gpu; a plan,
            // 用CPU而不是GPU跑, is none)
            + "|(?:(?:无法|不能|没法)(?:使用|调用|利用)|(?:用|使用|调用|利用)不(?:了|上|到))\\s?(?:gpu|显卡|独显|mps|metal)(?![^，。,.！!\\n]{0,10}[吗么?？])"
            // not loaded onto it (没有加载到GPU, 无法被载入显卡, 加载不到显卡上); not the VRAM, which is a size that may not suffice
            + "|(?:(?:没有?|未|并没有?|并未|无法|不能|没法)(?:被)?(?:加载(?:到|进|至)|载入(?:到|进|至)?)|(?:加载|载入)不(?:到|进))\\s?(?:gpu|显卡|独显)(?![^，。,.！!\\n]{0,10}[吗么?？])"
            + "|(?:了|的是|的|在)\\s?cpu\\s?上?(?:而|却)?(?:不是|而非|而不是)\\s?(?:gpu|显卡|独显)"
            + "|(?:gpu|显卡)(?:的)?(?:占用|利用率|使用率|负载)(?:率)?(?:为|是|一直是|一直为|只有|始终是)?\\s?0(?:\\s?%)?(?![\\d.])(?![^，。,.！!\\n]{0,10}[吗么?？])"
            // the load said to be none ("GPU负荷没有", 显卡负载一直没有变化), not a limit it stays under (占用没有超过80%)
            + "|(?:gpu|显卡)\\s?(?:的)?(?:负荷|负载|占用|利用率|使用率)(?:率)?(?:完全|根本|一直|基本|几乎)?(?:没有|没)(?:变化|动静|反应|起来)?(?=\\s*$|[，。,.！!；;\\n ])");
    /**
     * The GPU said to be left out, for other readers looking for a run's fault; not the work told as on the CPU alone
     * ({@link #WHOLLY_ON_CPU}), which a person may have chosen ("I'm using CPU only mode").
     */
    static final String UNUSED_WORDS = GPU_UNUSED_SAID.pattern();
    private static final Pattern GPU_IDLE = Pattern.compile(
            "gpu (?:utili[sz]ation|usage|util|load)(?: is| stays| was| at| of| around| about| only| always| ~|:){0,4} ?(\\d{1,2}(?:\\.\\d)?) ?%"
            // the share named before the GPU: "using just 1% of GPU", "it only utilizes 2 % of the GPU"
            + "|(?<![a-z])(?:us(?:es|ed|ing|e)|utili[sz](?:es|ed|ing|e))(?: only| just| about| around| barely| ~){0,2} ?(\\d{1,2}(?:\\.\\d)?) ?% of (?:the |my |its |their )?gpu(?![a-z])(?! ?(?:memory|mem|ram|vram))"
            + "|(?:只|仅)(?:用|使用|占用|利用)(?:了)?(?:大概|大约|约)?(\\d{1,2}(?:\\.\\d)?) ?%的?(?:gpu|显卡)(?!\\s?(?:显存|内存))"
            + "|gpu (?:utili[sz]ation|usage|util|load)(?: is| stays| was| at| always|:){0,3} ?(0)(?![\\d.%])");

    /**
     * The GPU left out, told by what the CPU does instead or by an attempt that failed: the CPU's load said to rise set
     * against a GPU that does not ("the CPU utilization jumps but not the GPU", "CPU spikes to 100% while the GPU stays at
     * 0", CPU数字在走高，GPU的却没有怎么变化), no sign of work seen on the GPU ("I never see a blip on the GPU"), a failed
     * attempt to get the work onto it ("I can't get llama to use the gpu", "can't get it to load models into vram"), and in
     * Chinese the VRAM said to hold nothing (显存没有占用, 显存基本没在用; 没有用满, the VRAM not filled, is part of it left
     * out and read by {@link PartialUseForms}). Forms generated in {@code GpuLeftOutContrastFormsTest}.
     */
    private static final String GPU_STILL = "(?:does(?:n't| not)(?: \\w+)? (?:move|change|budge|rise|go up|get used|do anything|work)"
            + "|did(?:n't| not)(?: \\w+)? (?:move|change|budge|rise|go up|get used)|never (?:moves|changes|goes up|rises|gets used)|barely (?:moves|changes|gets used)"
            + "|(?:stays?|stayed|remains?|remained|sits?|is|was)(?: still| almost| nearly| basically)? (?:at )?(?:0|zero|idle|flat|unchanged|unused)(?![\\d.]))";
    private static final Pattern GPU_LEFT_OUT_TOLD_OTHERWISE = Pattern.compile(
            "\\bcpu(?: \\w+){0,2}? (?:jumps|jumped|spikes?|spiked|goes up|went up|shoots up|shot up|rises|rose|climbs|climbed|increases|increased"
            + "|maxes out|maxed out|(?:at|to|hits|reaches) 100 ?%)[^.\\n]{0,30}?\\b(?:but|while|whereas|yet)(?: the| my)?"
            + " (?:not (?:the |my )?gpu\\b|gpu(?: usage| utili[sz]ation| load| util)? " + GPU_STILL + ")"
            + "|\\b(?:never|don't|do not|didn't|did not|can't|cannot) see (?:a |any )?(?:blip|activity|spike|load|usage|movement) (?:on|in|from) (?:the |my )?gpu\\b"
            + "|\\b(?:can't|cant|cannot|can not|couldn't|could not|unable to|not able to|failed to|fail to)(?: seem to)? get"
            + " (?:it|\\S+|the model|my model|the models?|models)(?: \\w+)? to (?:use|utili[sz]e|run on|load (?:\\w+ )?(?:on|onto|into|to|in)|offload (?:\\w+ )?(?:to|onto))"
            + "(?: the| my| any)? (?:gpu|vram|graphics card|video card)\\b"
            + "|cpu[^，。,.\\n]{0,10}?(?:走高|升高|飙升|飙高|上升|暴涨|拉满|满载|占满|跑满|100 ?%|很高)[^。.\\n]{0,8}?(?:gpu|显卡)(?:的|这边)?(?:却|但|则|倒)?(?:没有?|几乎不|基本不|不)(?:怎么|什么)?(?:变化|动|变|上升|涨|工作|占用)"
            + "|显存(?:完全|根本|基本|压根|一直|几乎)?(?:没有?|未)(?:被|在)?(?:占用|使用|用到|用上|在用|用|动)(?![满完尽光])(?![^，。,.！!\\n]{0,10}[吗么?？])");

    /**
     * The GPU or its memory said to be unseen by the engine: a verb of noticing under a negation ("LM Studio does not detect
     * the available VRAM", "it fails to identify my GPU", "ollama can't recognize the graphics card"), the VRAM shown as
     * nothing ("the available VRAM is displayed as 0", "VRAM shows 0 GB"), the GPU said to be missing, the GPU offload
     * switch greyed out, and VRAM shown as nothing in Chinese (显存显示为0). The Chinese verbs of noticing (识别不到显卡,
     * 检测不到GPU) are read once, in {@link #GPU_NOT_DETECTED}, where a question (识别不到显卡吗？) is none. Forms in
     * {@code GpuUnseenFormsTest}.
     */
    private static final Pattern GPU_UNSEEN = Pattern.compile(
            "\\b(?:does(?:n't| not)|did(?:n't| not)|fails? to|failed to|won't|will not|can't|cannot|can not|couldn't|could not|unable to|not able to)"
            + " (?:detect|identify|recogni[sz]e|see|find|pick up|show)(?: the| my| any| our)?(?: available| dedicated| discrete| nvidia| amd)? (?:gpus?|vram|graphics cards?|video cards?|gpu memory)\\b"
            + "|\\b(?:vram|gpu memory|video memory)(?: \\w+)? (?:is |was )?(?:displayed|shown|showing|shows|reported|listed|detected|read) (?:as )?0(?: ?(?:gb|mb|gib|bytes?))?(?!\\d|\\.\\d)"
            + "|\\b(?:the |my )?gpu is missing\\b|\\bgpu offload (?:is |was )?(?:inactive|greyed out|grayed out|disabled|unavailable|not available)\\b"
            + "|(?:显存|vram)(?:显示|识别)(?:为|是)?\\s?0(?!\\d|\\.\\d)");

    /**
     * The GPU asked for by someone whose run is not on it: how to get the work onto it ("how can i use gpu to run?", "how do
     * I make it use the GPU?", "怎么让它用上显卡"), or the GPU found slower than the CPU ("Using the GPU is slower than the
     * CPU", "GPU比CPU还慢"), which it only is when the work never reached it. Not a plan of which GPUs to use ("how can I use
     * both GPUs", "how to use the GPU and CPU together"): that is a split, asked.
     */
    private static final Pattern GPU_ASKED_FOR = Pattern.compile(
            "(?<![a-z])(?:how (?:can|do|could|should) (?:i|we)|how to)(?: (?:make|get|let) (?:it|\\w+)(?: to)?)? (?:use|utili[sz]e|enable|run on) (?:the |my )?(?:gpu|cuda|graphics card)"
            + "(?![a-z0-9])(?! ?(?:and|or|&|\\+|/|,) ?(?:the |my )?(?:cpu|gpu))"
            + "|(?<![a-z])gpu (?:is|was|runs?|ran) (?:\\w+ )?slower than (?:on |with |using )?(?:the |my )?cpu(?![a-z])"
            + "|(?<![a-z])slower (?:on|with|using) (?:the |my )?gpu than (?:on |with |using )?(?:the |my )?cpu(?![a-z])"
            + "|(?:gpu|显卡)(?:推理|跑)?(?:的速度)?(?:比|还不如)\\s?cpu(?:推理|跑)?(?:还|更)?慢"
            + "|(?:如何|怎么|怎样)(?:才能)?(?:让|使)[^。，,？?\\n]{0,10}(?:用上|用到|使用|调用)\\s?(?:gpu|显卡)");

    /** A GPU utilization of 5 % or less, said while it runs: the work is not on the GPU. */
    private static boolean gpuIdle(String t) {
        if (!Prefilter.mayFind(GPU_IDLE, t)) return false;
        Matcher m = GPU_IDLE.matcher(t);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && Double.parseDouble(m.group(g)) <= 5) return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case text reports the GPU left out. {@code ownsNoGpu}: they say they have no GPU, so the work said to be
     * on the CPU ({@link #WHOLLY_ON_CPU}, {@link #GPU_UNUSED_SAID}) is their machine, not a GPU left out; the fixed forms and a
     * GPU not detected or idle still count.
     */
    public static boolean said(String text, boolean ownsNoGpu) {
        String low = whyAsked(text);
        if (toldOrUnseen(low)) return true;
        return !ownsNoGpu && (Prefilter.find(WHOLLY_ON_CPU, low) || Prefilter.find(GPU_UNUSED_SAID, low) || Prefilter.find(GPU_ASKED_FOR, low));
    }

    /**
     * Whether a lower-case text reports a GPU of the person's own left out (label rule E): "ollama is not using my GPU",
     * "the GPU sits idle", 显卡没有被调用 tell of a card they have though they do not name it. Not the work said to be on
     * the CPU alone ({@link #WHOLLY_ON_CPU}), which a machine without a GPU does too, nor a GPU asked for.
     */
    public static boolean gpuLeftOut(String text) {
        String low = whyAsked(text);
        return toldOrUnseen(low) || Prefilter.find(GPU_UNUSED_SAID, low);
    }

    private static boolean toldOrUnseen(String low) {
        return Prefilter.find(TOLD, low) || Prefilter.find(GPU_NOT_DETECTED, low) || Prefilter.find(GPU_LEFT_OUT, low) || gpuIdle(low)
                || Prefilter.find(GPU_LEFT_OUT_TOLD_OTHERWISE, low) || Prefilter.find(GPU_UNSEEN, low);
    }

    /** A sentence that asks why (为什么…全在CPU上跑？): what it asks about is so, the question mark is the why's. */
    private static final Pattern WHY_SENTENCE = Pattern.compile("(?:为什么|为啥|为何|怎么会)[^。！!？?\\n]*([？?])");

    /** The text with the question mark of each why-sentence read as a full stop, so the forms above read its clause as told. */
    private static String whyAsked(String low) {
        Matcher m = WHY_SENTENCE.matcher(low);
        if (!m.find()) return low;
        StringBuilder sb = new StringBuilder(low);
        do { sb.setCharAt(m.start(1), '。'); } while (m.find());
        return sb.toString();
    }
}
