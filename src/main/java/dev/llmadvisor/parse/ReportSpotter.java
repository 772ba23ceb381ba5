package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots what a person says about a setup they already run: the speed they see ("runs at 4 tok/s",
 * "速度只有3token/s"), memory they see in use ("it only uses 7GB", "占用了60G"), what goes wrong (slow, out of
 * memory, GPU not used, half the VRAM used, context too long, crashes) and a pasted engine log.
 */
final class ReportSpotter {

    /** More of a pasted log than this is not read: the lines that matter are in the first part. */
    static final int MAX_LOG_CHARS = 256 * 1024;

    private static final Pattern SPEED = Pattern.compile(
            // a rate printed to many decimals ("eval rate: 4.025818136519449 tokens/s") is read to three
            // and a floor told with a plus ("40+ tokens/s", 跑到40+token/s) as its number
            // and a decimal comma ("0,22 t/s") as the decimal it is, never as "22 t/s"
            "(?<![a-z0-9.])(\\d{1,5}(?:\\.\\d{1,3}|,\\d{1,2}(?!\\d))?)(?:(?<=\\.\\d{3})\\d+)?\\+? ?(?:t/s|tok/s|tok/sec|tokens?/s(?:ec)?|tokens? (?:per|a|/) ?s(?:ec(?:ond)?)?|tokens?-per-sec|tps|it/s"
                    + "|tokens?/秒|token每秒|个? ?tokens? ?每秒|t/秒)(?![a-z])"
                    // Chinese written with spaces around the number ("每秒只有 8 个 token") as without
                    + "|每秒(?:钟)? ?(?:只有|大概|约|才)? ?(\\d{1,5}(?:\\.\\d{1,3})?) ?个? ?(?:tokens?|字|词)");
    /**
     * What precedes the rate of a tqdm progress bar ("Loading checkpoint shards: 38%|███| 3/8 [00:02<00:03, 1.28it/s]"):
     * the elapsed and remaining time. Its it/s counts the loop's steps (checkpoint shards, files, batches), not tokens.
     */
    private static final Pattern PROGRESS_BAR_TIMES = Pattern.compile("(?:\\d:\\d\\d|<\\?),\\s{0,2}$");
    /**
     * A speed told as the time one token takes ("30s per token", "2.5 s/token", "310 ms per token", 10秒一个字, 5秒一个中文字符,
     * 每个token要3秒, 每个token平均10s): its inverse is the speed seen. A slow run is told so more often than in tokens per second.
     * Milliseconds (group 4) are how llama.cpp, ggml's examples and chatglm.cpp print it ("(927.114 ms/token)").
     */
    private static final Pattern SECONDS_PER_TOKEN = Pattern.compile(
            "(?<![a-z0-9.])(\\d{1,4}(?:\\.\\d{1,3}|,\\d{1,2}(?!\\d))?) ?(?:s|secs?|seconds?) ?(?:/|per|an?|for (?:a|one|each)|each) ?(?:tokens?|tok|words?)(?![a-z/])"
                    + "|(?<![\\d.])(\\d{1,4}(?:\\.\\d{1,3})?) ?秒(?:钟)?(?:才|只)?(?:能)?(?:出|生成|蹦|吐|输出)?(?:一|1) ?个?(?:中文|汉)?(?:tokens?|字|词)"
                    // not the first token's wait (第一个token耗时3秒), which is the prompt's
                    + "|(?<!第)(?:每|一)个? ?(?:tokens?|字)(?:都)? ?(?:要|需要|得|花|用|耗时)?(?:了)?(?:平均|大概|约|差不多)? ?(\\d{1,4}(?:\\.\\d{1,3})?) ?(?:秒|s(?![a-z]))"
                    + "|(?<![a-z0-9.])(\\d{1,6}(?:\\.\\d{1,3})?) ?(?:ms|milliseconds?) ?(?:/|per|an?|for (?:a|one|each)|each) ?(?:tokens?|tok)(?![a-z/])");
    /** Tokens per second below which a run reads its weights from disk, not memory: no run that says the model fits. */
    static final double PAGING_SPEED = 0.1;
    private static final Pattern USED = Pattern.compile(
            "(?<![a-z])(?:uses?|using|used|utili[sz]\\w*|consum\\w*|occup\\w*|takes? up|eats?)(?![a-z])[^.?!。？！\\d]{0,24}?(\\d{1,4}(?:\\.\\d{1,2})?) ?(?:gib|gb|g)(?![a-z])"
                    + "|(?:占用了?|用了|吃了|消耗了?|使用了)[^。？！\\d]{0,12}?(\\d{1,4}(?:\\.\\d{1,2})?) ?(?:gib|gb|g)"
                    + "|(?<![a-z0-9.])(\\d{1,4}(?:\\.\\d{1,2})?) ?(?:gib|gb|g)(?: of (?:\\w+ ){0,3}?(?:v?ram|memory))? (?:is |are )?(?:used|in use|occupied)(?![a-z])");
    /** GPU memory named next to a usage figure ("use VRAM about 20GB", 显存占用 15G, 每张占用 4GB 显存). */
    private static final Pattern GPU_MEMORY = Pattern.compile("vram|gpu (?:memory|ram)|video memory|显存");
    /** System memory named in the usage itself ("consumes 24GB of ram", 内存占用): not the GPU's. */
    private static final Pattern SYSTEM_MEMORY = Pattern.compile("(?<![a-z])(?<!gpu )(?:ram|system memory|cpu memory)(?![a-z])|内存");
    /** They say it does not run, however it fails; not asked ("跑不起来吗", "can't it run?"). */
    private static final Pattern FAILS = Pattern.compile(
            // a negation or a failing verb, then what did not happen: "cannot load", "couldn't start", "failed to launch"
            "(?:(?<![a-z])(?:(?:unable to|can'?t|cannot|can not|couldn'?t|could not|won'?t|wouldn'?t|fails? to|failed to) (?:run|load|start|launch)"
                    // "I can't get qwen 7b to run on my 3090", "couldn't get it to load"
                    + "|(?:can'?t|cannot|can not|couldn'?t|could not|unable to) get (?:it|\\S+(?: \\S+){0,5}?) to (?:run|load|start|work))(?![a-z])"
                    // ... or the attempt said to have failed ("模型加载失败", "启动失败", "部署失败了")
                    + "|跑不起来|没办法跑|跑不动|跑不了|运行不了|无法运行|无法部署|无法推理|不能运行|起不来|加载不了|无法加载"
                    + "|(?:加载|启动|运行|部署)(?:模型)?(?:时)?失败)"
                    + "(?![^，。,.?？]{0,3}[?？])(?![^，。,!！;；\\n]*[吗么])");
    /** Code that moves the whole model onto a GPU: transformers then keeps nothing in RAM. */
    private static final Pattern WHOLE_ON_GPU = Pattern.compile(
            "\\.cuda\\(|\\.to\\(\\s*['\"]cuda|device_map\\s*=\\s*['\"]cuda|device_map\\s*=\\s*\\{\\s*['\"]{2}\\s*:");
    /** Accelerate's offloading placement (device_map="auto" and its kin, a max_memory budget): layers may go to RAM. */
    private static final Pattern OFFLOADING_MAP = Pattern.compile(
            "device_map\\s*=\\s*['\"](?:auto|balanced|balanced_low_0|sequential)|max_memory|offload_folder");
    private static final Pattern SLOW = Pattern.compile(
            "(?<![a-z])(?:slow|slower|slowly|sluggish|slow(?:s|ing|ed)? down|slow-?downs?|takes? (?:forever|ages|minutes|hours)|very long time|hangs?|stuck|crawl\\w*|unusabl\\w*"
                    + "|speed is low|low (?:speed|throughput)|too slow|performance is (?:so |very |really )?(?:bad|poor|low)"
                    // the rate itself called low ("Low token/s on …", "poor tokens per second", "tps is very low")
                    + "|(?:low|poor|bad) (?:tokens?/s(?:ec)?|t/s|tok/s|tps|tokens? per second|token rate|generation rate)(?![a-z])"
                    + "|(?:tokens?/s(?:ec)?|t/s|tok/s|tps|tokens? per second|token rate|generation rate) (?:is |are |was |were )?(?:very |so |really |quite |pretty |too )?(?:low|poor|bad))(?![a-z])"
                    + "|很慢|太慢|慢|卡顿|速度只有|速度太|速度低|速度[^，。,？?]{0,8}(?:降低|下降|变低)"
                    // the run's performance called poor, its time called long ("推理运行性能在 RTX 4090 上很差", "推理时长特别长"); not a
                    // gap between two runs (性能差距, 相差) nor a format's quality ("int4性能较差")
                    + "|(?:推理|运行|生成)[^，。,.？?\\n]{0,6}?性能[^，。,.？?\\n]{0,12}?(?:很|太|非常|特别)差(?![距别异])"
                    + "|(?:推理|生成|运行)?(?:时长|耗时)(?:特别|很|太|非常)长");
    private static final String OOM_WORDS =
            "(?<![a-z])(?:out of memory|oom|oom[-_ ]?kill\\w*|outofmemoryerror|cudamalloc failed|not enough (?:v?ram|memory)|insufficient (?:v?ram|memory)"
                    + "|requires more system memory|tried to allocate|no available memory for the cache blocks|failed to allocate|memory error"
                    // "runs out of memory", "until I ran out of RAM", "the GPU is running out of system memory"
                    + "|(?:runs?|ran|running) out of (?:(?:system|gpu|cpu|video) )?(?:v?ram|memory))(?![a-z])"
                    + "|显存不足|显存不够|显存溢出|内存不足|内存不够|内存溢出"
                    // 炸显存 / 显存炸了: the same failure in the other common slang verb ("chat 命令炸显存")
                    // and of system memory ("加载内存炸了", "切到内存也炸", "爆内存")
                    + "|(?:炸|爆)(?:了)?(?:显存|内存)|(?:显存|内存)(?:也|又|直接|就|就会|都|还是|还)?(?:炸|爆)"
                    // "几轮对话后显存就会溢出": the overflow told as what follows each time
                    + "|(?:显存|内存)(?:也|又|直接|就|就会|都|还是|还)溢出"
                    // "会超显存", "超出显存": the run went past the card's memory
                    + "|超出?(?:了)?显存";
    private static final Pattern OOM = Pattern.compile(OOM_WORDS);
    /**
     * A possibility, a fear or a question just before a failure word, in the same clause: "might run out of memory", "will it OOM",
     * "to avoid OOM", 可能会出现内存不足, 会不会爆显存, 担心显存不够. A worry, not a failure seen. So too a failure heard of ("I
     * heard it runs out of memory on a 3090", "people say it crashes", 听说4090跑70b会爆显存): someone else's, not their run.
     */
    private static final Pattern HEDGE_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:(?:might|may|could|would)(?!n'?t| not)|maybe|perhaps|possibly|will it|will i|won'?t it|afraid|worried|worry|risk|in case|whether|to avoid|avoid(?:ing)?"
                    + "|prevent|without|so that|heard|reportedly|(?:people|others|someone|somebody|users) (?:say|said|report\\w*|mention\\w*|claim\\w*))(?![a-z])[^.,;?!。，；？！\\n]{0,20}"
                    + "|(?:听说|据说|有人说|别人说|网上说)[^，。,.？?！!\\n]{0,30}"
                    // a failure denied right before it: "so my 3090 does not run out of memory", "it never really OOMs" (not a
                    // negation further back: "it didn't load and crashed" tells a crash)
                    + "|(?<![a-z])(?:(?:does|do|did|will|would|should)(?: not|n'?t)|won'?t|never)(?: [a-z]+)? ?"
                    // the failure itself denied by "no" ("model load 82 GiB/node, no OOM", "no out of memory errors")
                    + "|(?<![a-z])no "
                    // a question that opens with its verb ("will qwen3 32b OOM on my 3090?", "could it crash with 8k context?")
                    + "|(?:^|[.?!。？！\\n] ?)(?:will|would|can|could) [^.,;?!。，；？！\\n]{0,30}|(?:可能|也许|或许|会不会|是否会|会否|担心|怕|以免|避免|防止|不会)[^，。,.？?！!\\n]{0,6})$");
    /**
     * The CPU told as doing more of the work than a GPU that is in use, the way people describe a model split between GPU
     * and system RAM without naming the split: the layers in RAM run on the CPU and the GPU waits for them, so the CPU is
     * busy and the GPU's load low (Ollama maintainers' reading in ollama #4668 "the processing seems to be mostly on CPU"
     * -> 43%/57% CPU/GPU, #6914 "the CPU seems to be expected to do almost all of the lifting" with VRAM 23 of 24 GB in use,
     * #7801, #8393, #6337, #7700 CPU出力的程度比GPU还高). Only the comparative forms: a busy CPU beside a GPU said to be in
     * use is not one (a model wholly on the GPU can keep a CPU core busy too, ollama #11534), and a GPU said to be idle or
     * at 0 % is {@link GpuNotUsedForms}, which {@code splitAsReported} leaves to the GPU-not-used reading.
     */
    private static final String CPU_BUSIER =
            "|(?<![a-z])(?:the )?cpu (?:is |seems to be |was )?(?:doing|does|did) (?:most|more|almost all|nearly all|the bulk) of the (?:work|lifting|heavy lifting|computation|computing|processing|inference)(?![a-z])"
                    + "|(?<![a-z])(?:processing|inference|computation|generation|the work) (?:seems to be |is |was |happens |runs )?(?:done |happening |running )?mostly (?:on|by) (?:the )?cpu(?![a-z])"
                    + "|(?<![a-z])cpu (?:usage|utili[sz]ation|load) (?:is |was |stays )?(?:much |far |way )?(?:higher|more) than (?:the )?gpu(?![a-z])"
                    // the same contrast told as two states: "CPU usage is often full, but the GPU usage is not high", "GPU
                    // utilization is quite low, at most 25%, while the CPU usage is very high"
                    + "|(?<![a-z])cpu (?:usage|utili[sz]ation|load) (?:is |was |stays |sits )?(?:often |always |very |quite |almost )?"
                    + "(?:full|maxed(?: out)?|(?:at )?100 ?%|high)[^.\\n]{0,30}?(?:but|while|and|whereas) (?:the )?gpu (?:usage|utili[sz]ation|load)"
                    + " (?:is |was |stays )?(?:not (?:very )?high|(?:very |quite )?low)(?![a-z])"
                    + "|(?<![a-z])gpu (?:usage|utili[sz]ation|load) (?:is |was |stays )?(?:very |quite )?low[^.\\n]{0,40}?(?:but|while|and|whereas)"
                    + " (?:the )?cpu (?:usage|utili[sz]ation|load) (?:is |was |stays )?(?:very |quite )?(?:full|maxed|(?:at )?100 ?%|high)(?![a-z])"
                    + "|cpu ?(?:占用|利用率|使用率)(?:率)? ?(?:很高|满了|拉满|跑满|100 ?%)[，,]? ?(?:但|而)?(?:是)? ?(?:gpu|显卡) ?(?:占用|利用率|使用率)(?:率)? ?(?:不高|很低)"
                    + "|cpu ?(?:的)?(?:出力|占用|利用率|使用率|负载)?(?:的程度)? ?比 ?(?:gpu|显卡) ?(?:的)?(?:出力|占用|利用率|使用率|负载)?(?:的程度)?还?(?:要)?(?:高|多|大)"
                    + "|主要(?:是|靠|在)?(?:用)? ?cpu ?(?:在)?(?:跑|算|计算|推理|干活)";

    /** A negation right before a verb of running: "doesn't fit", "never loads" tell no run. */
    private static final String NOT_NEGATED = "(?<!n't |n’t |\\bnot |never |dont |doesnt |didnt |wont |cant )";
    private static final String ON_GPU_VERBS = "runs?|running|ran|loads?|loaded|sits?|is|fits?";
    private static final String PUT_VERBS = "runs?|running|ran|loads?|loaded|puts?|fits?";
    private static final String WHOLE = "entire|whole|full|all(?: the)?";
    /**
     * A run told wholly on the GPU: every layer offloaded in llama.cpp's or Ollama's log ("offloaded 94/94 layers to GPU"),
     * ollama ps's PROCESSOR column ("100% GPU", not a GPU's utilisation), "runs entirely on the RTX 2060", "run the entire
     * model in VRAM", "the whole model is already on the GPU", "fits there entirely", 全部加载到GPU. Not negated ("doesn't run fully on the GPU", 没能全部放进显存),
     * nor with the CPU among the places ("entirely on the CPU and GPU"); read with {@link #toldRunning}, so asked or planned
     * ("can it run entirely on the GPU?") it reports nothing.
     */
    private static final Pattern ALL_ON_GPU = Pattern.compile(
            "(?<![a-z])(?:offloaded (\\d{1,3})/\\1 layers to (?:the )?gpu"
                    + "|" + Patterns.startsWithOneOf(ON_GPU_VERBS) + NOT_NEGATED + "(?:" + ON_GPU_VERBS + ")"
                    + " (?:already |now )?(?:entirely|fully|completely|wholly|100 ?%) (?:on|in|into) (?:the |my |a )?(?:(?!cpu|ram|and|or|not)[a-z0-9]+ ){0,3}?"
                    + "(?:gpus?|vram|graphics cards?|video cards?)"
                    + "|" + Patterns.startsWithOneOf(PUT_VERBS) + NOT_NEGATED + "(?:" + PUT_VERBS + ")"
                    + " the (?:entire|whole|full) model (?:on|in|into) (?:the )?(?:gpus?|vram)"
                    // the model as the subject: "the whole model is already on the GPU", "all model already in GPU"
                    + "|" + Patterns.startsWithOneOf(WHOLE) + "(?<!\\bnot |\\bnot the )(?:" + WHOLE + ") model (?:(?:is|was|sits|stays|got|gets)(?: already| now| all| entirely| fully| completely)*|already)"
                    + "(?: loaded| sitting| running| offloaded)? (?:on|in|into|to) (?:the |my )?(?:gpus?|vram)"
                    + "|fits? there (?:entirely|completely|fully)"
                    + "|(?:in|on) (?:the )?gpu 100 ?%(?! ?(?:usage|utili|util|load|busy))"
                    + "|100 ?% gpu(?! ?(?:usage|utili|util|load|busy|ram|memory|vram)))(?![a-z])"
                    + "|(?<!不|没|未|无法|不能|没有|没能|不是)(?:全部|完全|整个模型都?)(?:放|加载|跑|运行)?(?:在|进|到)了?(?:显存|显卡|gpu)");

    /**
     * The model said to fit the card's memory ("(model fits in vram, and works in mainline)", "despite the entire model
     * fitting on my gpu"): what the card holds, told as a fact, whatever card variant or context our estimate assumed and
     * whether or not the engine used the card. Not a model sought ("what model fits in my GPU", "no model fits in vram");
     * read with {@link #toldRunning}, so asked or planned it reports nothing.
     */
    private static final Pattern MODEL_FITS_GPU = Pattern.compile(
            "(?<![a-z])(?<!\\ba |\\bany |\\bno |\\bwhich |\\bwhat )model (?:fits|fitting) (?:entirely |completely |fully )?(?:in|into|on)"
                    + " (?:the |my )?(?:vram|gpus?|gpu memory)(?![a-z])");

    /**
     * The run split between the GPU and the CPU or system RAM, as people report it: "running on both CPU and GPU", "slow on
     * gpu+cpu", "split between VRAM and RAM", ollama ps's PROCESSOR column ("31%/69% CPU/GPU"), "partially offloaded", "offloads
     * 36% to CPU", "only 24 of 49 layers on the GPU", "using --pre_layer 26", "the rest goes to shared GPU memory", CPU和GPU一起跑, 一部分在内存里, 部分层在CPU上, 共享显存. Checked with the hedges of
     * {@link #seen}, so "should I split it between GPU and CPU?" or "can it offload to RAM?" reports nothing.
     */
    private static final Pattern SPLIT = Pattern.compile(
            // not "runs only on the CPU and GPU utilization stays at 0%": there the second device opens the next clause
            "(?<![a-z])(?:(?:on|between|across|using|uses|in) (?:both )?(?:the )?(?:gpu|vram)s? ?(?:\\+|and|&|/) ?(?:the )?(?:cpu|system ram|ram)"
                    + "(?! ?(?:utili|usage|load|util|memory|is |stays|sits|remains|was |were |are |idle|\\d))"
                    + "|(?:on|between|across|using|uses|in) (?:both )?(?:the )?(?:cpu|system ram|ram) ?(?:\\+|and|&|/) ?(?:the )?(?:gpu|vram)s?"
                    + "(?! ?(?:utili|usage|load|util|memory|is |stays|sits|remains|was |were |are |idle|\\d))"
                    + "|\\d{1,3} ?% ?/ ?\\d{1,3} ?% ?(?:cpu ?/ ?gpu|gpu ?/ ?cpu)"
                    + "|partial(?:ly)? offload(?:ed|ing)?|(?:is|are|was|were|gets?|got) (?:partly|partially) (?:offloaded|on the cpu|in (?:system )?ram)"
                    + "|offload(?:s|ed|ing) (?:\\d{1,3} ?% |some (?:layers )?|part of (?:it|the model) |(?:the )?(?:remaining |other )?\\d* ?layers )(?:to|on|onto) (?:the )?(?:cpu|system ram|ram)"
                    + "|only \\d{1,3} (?:of|out of) \\d{1,3} layers (?:are |were |get |got )?(?:on|in|offloaded to|loaded (?:on|in)to) (?:the )?(?:gpu|vram))(?![a-z])"
                    // text-generation-webui's --pre_layer N: the GPU takes N layers of a 4-bit model and the CPU the rest, its way of
                    // offloading to the CPU (docs/Spell-book.md: "--pre_layer, and not --gpu-memory, is the right way to do CPU
                    // offloading with 4-bit models")
                    + "|(?<![a-z])--?pre[_-]layers? ?=? ?\\d{1,3}(?!\\d)"
                    // Windows' "shared GPU memory" is system RAM the driver lends the card: what of the model goes there is
                    // in RAM ("the remaining 3G can only use shared memory", "spills into shared GPU memory")
                    + "|(?<![a-z])(?:remaining|the rest|part of (?:it|the model)|spill(?:s|ed|ing)?|overflow(?:s|ed|ing)?)"
                    + "(?:[^.,;!?\\n]{0,30}?) (?:in)?to (?:the )?shared (?:gpu |graphics |video )?memory"
                    + "|(?<![a-z])(?:remaining|the rest)[^.,;!?\\n]{0,30}? (?:use|uses|using|in|on) (?:the )?shared (?:gpu |graphics |video )?memory"
                    + "|(?:cpu|内存)(?:和|与|跟|\\+|加)(?:gpu|显卡|显存)(?:[一1]起|同时|混合|都在)|(?:gpu|显卡|显存)(?:和|与|跟|\\+|加)(?:cpu|内存)(?:[一1]起|同时|混合|都在)"
                    + "|(?:gpu|显卡) ?/ ?cpu ?混合|cpu ?/ ?(?:gpu|显卡) ?混合"
                    + "|[一1]部分(?:层)?(?:在|放在|跑在|加载到|加载在|卸载到|分到)(?:cpu|内存)|部分层(?:在|放在|跑在|加载到|卸载到)(?:cpu|内存)|(?:溢出|挤)到(?:了)?内存|共享(?:gpu)?(?:显存|内存)"
                    // a MoE model's experts said to be kept in system RAM ("CPU MoE", "the experts on the CPU", 专家放在内存): the
                    // experts, most of the weights, run from RAM on the CPU. Not llama.cpp's --n-cpu-moe flag alone: a command
                    // pasted beside another engine's failing run is that other run's contrast, not the run asked about
                    + "|(?<![a-z])cpu moe(?![a-z])"
                    + "|(?<![a-z])experts? (?:are |were |stay |kept |offloaded |placed )?(?:on|in|to|into) (?:the )?(?:cpu|system ram|ram)(?![a-z])"
                    + "|专家(?:层|权重)?(?:都)?(?:放在|放到|在|卸载到|跑在|留在)(?:cpu|内存)"
                    + CPU_BUSIER);
    private static final Pattern CONTEXT = Pattern.compile(
            "(?<![a-z])(?:max seq len|max_model_len|max-model-len|context (?:length|window|size) (?:exceed\\w*|too (?:long|large|big))"
                    + "|exceeds? (?:the )?(?:maximum|max) (?:context|length|tokens)|larger than the maximum number of tokens|longer context|increase (?:the )?context"
                    + "|beyond \\d+ tokens|n_ctx)(?![a-z])"
                    + "|上下文(?:超|太长|长度不够|溢出)|超过(?:最大)?(?:上下文|长度)|max_model_len");
    private static final Pattern CRASH = Pattern.compile(
            "(?<![a-z])(?:crash(?:es|ed|ing)?|segfault|segmentation fault|core dumped|killed|aborted"
                    // the process ends by itself: "the server just dies", "exits unexpectedly", "terminated unexpectedly", an engine's
                    // worker gone ("Error: llama runner exited", "llama runner process has terminated", "the worker process died")
                    + "|(?:server|process|runner|it|program|app) (?:just |simply |then )?(?:dies|died)"
                    + "|(?:runner|worker|process) (?:has |had )?(?:exited|terminated)"
                    + "|(?:exits?|exited|terminated|quits?|quit|stopped) unexpectedly"
                    // the app closing by itself ("the application closed, probably crashed", "the app just closes when I start chatting")
                    + "|(?:app|application|program|window) (?:just |simply |then |immediately |suddenly |automatically |keeps |gets |getting )?"
                    + "(?:closes|closed|closing|close (?:automatically|by itself|itself|immediately)|shuts down|shut down|quits|exits)"
                    // a Go runtime or kernel panic, a CUDA kernel fault ("I get a panic with Cuda illegal memory access")
                    + "|panic(?:s|ked)?|illegal memory access)(?![a-z])|崩溃|闪退"
                    // killed by the system, told in the passive ("程序在加载模型中被kill了", "会被系统OOM杀进程"), not a process
                    // the person ends themselves ("我kill掉进程"); the app closing by itself ("软件直接退出了")
                    + "|被(?:系统)?(?:oom)? ?(?:kill|杀)|(?:软件|程序|应用|app|窗口)(?:就|会)?(?:自动|直接|突然)?(?:关闭|退出)了");
    /** Words of a run that went wrong, for other readers of the text: out of memory, failed to run or load, a crash, slow. */
    static final String TROUBLE_WORDS = OOM.pattern() + "|" + FAILS.pattern() + "|" + CRASH.pattern() + "|" + SLOW.pattern();
    private static final Pattern WORKS = Pattern.compile(
            "(?<![a-z])(?:it runs(?! out of)|it works|works (?:fine|well|great)|running fine|runs fine|runs at|running at|i get (?:about )?\\d|getting (?:about )?\\d"
                    + "|generates? at|loads? fine|works?,? but)(?![a-z])"
                    // an answer that comes, however slowly: "taking 10+ min just to answer", "两分钟3-5个汉字", "几个小时才出结果"
                    + "|(?<![a-z])(?:takes?|taking|took) (?:about |around |over |more than )?[\\d.+]+\\+? ?(?:min(?:ute)?s?|hours?|h|sec(?:ond)?s?|s)"
                    + " (?:just )?to (?:answer|respond|reply|generate)(?![a-z])"
                    + "|\\d+ ?(?:分钟|小时|秒)(?:钟)?[^，。,.]{0,4}?\\d+(?:-\\d+)? ?个?(?:汉字|字|词|token)|才(?:出|有|能)?(?:结果|回答|回复)"
                    + "|跑起来了|能运行了|可以运行了|能正常运行|正常运行|运行正常|跑通了");
    /** A negation or a question word right before a verb of running: "doesn't run fine", "what runs well" tell no run. */
    private static final String NOT_NEGATED_OR_ASKED = "(?<!n't |n’t |\\bnot |never |dont |doesnt |didnt |wont |cant |what |which |that )";
    private static final String RUN_VERBS = "runs?|running|ran|works?|working|worked|loads?|loading|loaded|generat(?:es|ing)|respond(?:s|ing)?";
    private static final String FIT_VERBS = "fits|fitted|fit entirely|fits entirely";
    /**
     * A run told as working, in the forms people use beside the fixed phrases of {@link #WORKS}: a verb of running with a
     * manner word ("running seemingly normally", "runs it smoothly", "worked without any issues"), the model said to
     * fit the card ("the 2.3bpw quant fits into 24GB"), having got it running ("I was able to load it", "managed to get it
     * working", "it is up and running"), a speed called fast, and in Chinese a trial that ran (试了可以运行, 实测能跑), a run
     * that succeeded (成功运行, 部署成功, 加载成功), a run told with a "but" after it (可以运行，但是…), a speed called fast (速度很快) and an answer's measured time (推理时间3秒多,
     * 耗时10秒), and a run that starts only once a setting is lowered (只能设置…才能启动). Read with {@link #toldRunning}: not after a modal, plan or question word in the clause, not asked right
     * after; a negation before the verb is no run ("doesn't fit into 24GB", 不能正常运行).
     */
    static final Pattern RUN_TOLD = Pattern.compile(
            "(?<![a-z])" + Patterns.startsWithOneOf(RUN_VERBS) + NOT_NEGATED_OR_ASKED + "(?:" + RUN_VERBS + ")"
                    + " (?:(?:it|this|the model) )?(?:(?:seemingly|just|really|pretty|quite|completely|totally|perfectly|absolutely) )?"
                    + "(?:normally|smoothly|fine|ok|okay|well|great|perfectly|flawlessly|without (?:any )?(?:issues?|problems?|errors?|a hitch))(?![a-z])"
                    + "|(?<![a-z])" + Patterns.startsWithOneOf(FIT_VERBS) + NOT_NEGATED_OR_ASKED + "(?:" + FIT_VERBS + ") (?:(?:in|into|on) )(?:the |my |a |one |1 |single )?"
                    + "(?:\\d+(?:\\.\\d+)? ?gb|v?ram|gpu|card|memory|(?:rtx|gtx|rx|tesla|radeon|quadro) ?[a-z]?\\d+|[ahvlpt]\\d{1,3})(?![a-z])"
                    + "|(?<![a-z])(?:(?:was|were|am|are|have been) able to (?:run|load|use|start|serve)|managed to (?:run|load|start|serve|get it (?:running|working))"
                    + "|got it (?:to )?(?:running|working|run|work)|(?:is|it'?s|are) up and running)(?![a-z])"
                    + "|(?<![a-z])(?:speed|inference|generation) (?:is|was) (?:(?:very|quite|pretty|really|super) )?(?:fast|quick|good|fine|ok|okay)(?![a-z])"
                    + "|(?:试了|试过|测试了?|实测|亲测|已经|现在)(?:一下|下)?[，,]?(?:是|也|都)?(?:可以|能)(?:正常)?(?:运行|跑|用|推理|部署|加载|启动)"
                    + "|(?<!不|没|未|无法)(?:成功|顺利)(?:地)?(?:运行|跑起来|跑通|部署|加载|启动|推理)|(?:运行|部署|加载|启动|推理)(?:成功|正常)"
                    // it runs, but something else is wrong, as "works, but" in WORKS: "转换为 float16 可以运行，但是结果相差甚远",
                    // 能跑，不过很慢, the comma left out ("TP4能拉但TP8报OOM": 拉起, a service started) (never negated: 不能运行，但…;
                    // an 吗 before the comma leaves it asked)
                    + "|(?<![不没未])(?:可以|能)(?:正常)?(?:运行|跑起来|跑|推理|加载|启动|用|拉起来|拉起|拉)[，,]? ?(?:但是?|不过|可是|只是)"
                    + "|(?<!不|没)速度(?:很|挺|非常|还|比较|也)?快(?![的地些点一])"
                    + "|(?:推理|生成|回答|响应|回复)(?:时间|耗时|用时)[^。！？\\n]{0,20}?\\d+(?:\\.\\d+)? ?(?:秒|s(?![a-z])|ms|分钟)|(?:耗时|用时)(?:约|大概|大约)?\\d"
                    // a run that starts only once a setting is lowered: it starts with that setting ("it only starts when I
                    // set --max-model-len 4096", "I had to lower gpu-memory-utilization to get it to load", 只能设置max_model_len=20000才能启动)
                    + "|(?<![a-z])(?:(?:only|just) (?:starts?|runs?|works?|loads?|launch(?:es)?)|(?:starts?|runs?|works?|loads?|launch(?:es)?) only)"
                    + " (?:if|when|with|after|once) (?:i |we )?(?:set|lower|reduce|limit|pass|drop|decrease)(?![a-z])"
                    + "|(?<![a-z])(?:i|we) (?:had|have) to (?:set|lower|reduce|limit|pass|drop|decrease) (?:[^.?!\\n]|\\.(?=\\d)){0,50}?(?:for it |to get it )?to (?:start|run|work|load|launch)(?![a-z])"
                    + "|(?:只能|只有|只好)(?:把)?[^。！？\\n，,]{0,6}?(?:设置|设成|设为|设到|改成|改为|调到|调成|调低|降到|减到|限制)[^。！？\\n]{0,40}?才(?:能|可以)?(?:正常)?(?:启动|运行|跑起来|跑|加载|推理)");

    /** Lines engines print: load logs, Python tracebacks, log levels, timestamps, and the errors people paste. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "(?m)^[ \\t>`]*(?:llm_load_\\w+|load_tensors|llama_\\w+|ggml_\\w+|print_info|llm_\\w+:|time=|level=|INFO[ :]|WARNING[ :]|ERROR[ :]|DEBUG[ :]"
                    + "|Traceback \\(most recent call last\\)|File \".+\", line \\d+|\\w+Error:|torch\\.\\w+|\\(\\w+ pid=\\d+\\)|\\[\\d{4}-\\d\\d-\\d\\d"
                    + "|\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d|CUDA error|RuntimeError|ValueError|msg=)");

    /** A match of {@link #SPEED} that is a progress bar's steps per second, not a generation speed. */
    private static boolean progressBarRate(String s, Matcher m) {
        return m.group().endsWith("it/s") && PROGRESS_BAR_TIMES.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find();
    }

    /**
     * A speed labelled on its line as prompt processing ("PP 560 tok/s", "prompt eval rate: 99 tokens/s", "prefill 1200
     * t/s", 预填充): how fast the input is read, many times the generation speed people mean by how fast it runs.
     */
    private static final Pattern PREFILL = Pattern.compile(
            "(?<![a-z])(?:pp\\d{0,5}|prompt[ _](?:eval\\w*|time)|prompt processing|pre-?fill\\w*"
                    // MLX's "Prompt: 32159 tokens, 261.786 tokens-per-sec"; and llama.cpp's sampler line ("sample time = … ms per
                    // token, 3547 tokens per second"), which times the sampling, no generation speed either
                    + "|prompt: \\d+ tokens,|sampl(?:e|ing)[ _]time)(?![a-z])|预填充|提示词处理");
    /**
     * An engine's own result line for the generation: llama.cpp's "eval time = … tokens per second", Ollama's "eval rate:",
     * MLX's "Generation: 1000 tokens, 23.1 tokens-per-sec". What the person's run printed, which a figure told before it
     * (another poster's "33 TPS", a target) does not outweigh.
     */
    private static final Pattern ENGINE_RESULT = Pattern.compile(
            "(?<![a-z])(?<!prompt[ _])eval[ _](?:rate|time)\\s*[:=]|(?<![a-z])generation: \\d+ tokens,");
    /** A llama-bench table's generation row ("| tg128 | 8.50 ± 0.10 |", "| tg 128 | 1.03 ± 0.01 |"): its tokens per second. */
    private static final Pattern BENCH_GENERATION_ROW = Pattern.compile("\\|\\s*tg ?\\d{1,5}\\s*\\|\\s*(\\d{1,5}(?:\\.\\d{1,3})?)\\s*±");
    /** A label of the generation speed ("TG 8 tok/s", "eval rate:", "generation", 生成), which a prefill label before it does not cover. */
    private static final Pattern GENERATION = Pattern.compile(
            "(?<![a-z])(?:tg\\d{0,5}|(?<!prompt[ _])eval(?:[ _](?:rate|time))?|generation|decod\\w*)(?![a-z])|生成|解码");

    /** A match of {@link #SPEED} that is a prompt-processing speed: the last label before it on its line is a prefill one. */
    static boolean prefillRate(String s, MatchResult m) {
        String line = lineBefore(s, m);
        return lastStart(PREFILL, line) > lastStart(GENERATION, line);
    }

    /** A speed on an engine's own result line for the generation ({@link #ENGINE_RESULT}). */
    private static boolean engineResult(String s, MatchResult m) {
        return Prefilter.find(ENGINE_RESULT, lineBefore(s, m));
    }

    private static String lineBefore(String s, MatchResult m) {
        return s.substring(s.lastIndexOf('\n', m.start()) + 1, m.start());
    }

    private static int lastStart(Pattern p, String s) {
        int at = -1;
        Matcher m = p.matcher(s);
        while (m.find()) at = m.start();
        return at;
    }

    Report spot(Scan scan, String raw) {
        String s = scan.low;
        // the first speed told as seen, in tokens per second or as seconds per token; one only wished for ("to reach >1
        // token/s", "I want 30 t/s") is kept only when none is seen, and marked so. An engine's own result line (or a
        // llama-bench generation row) wins over any figure told before it: the reading goes on past the first speed for it
        // only when the text may hold one
        Double speed = null;
        Double wishedSpeed = null;
        boolean results = Prefilter.mayFind(ENGINE_RESULT, s);
        boolean fromResult = false;
        Matcher m = Prefilter.matcher(SPEED, s);
        while ((speed == null || results && !fromResult) && m.find()) {
            if (progressBarRate(s, m) || prefillRate(s, m)) continue;
            Double v = Patterns.number((m.group(1) != null ? m.group(1) : m.group(2)).replace(',', '.'));
            if (results && engineResult(s, m)) {
                speed = v;
                fromResult = true;
            } else if (speed == null && !wished(s, m.start(), m.end())) speed = v;
            else if (speed == null && wishedSpeed == null) wishedSpeed = v;
        }
        if (!fromResult && Prefilter.mayFind(BENCH_GENERATION_ROW, s)) {
            Matcher row = BENCH_GENERATION_ROW.matcher(s);
            if (row.find()) speed = Patterns.number(row.group(1));
        }
        m = SECONDS_PER_TOKEN.matcher(s);
        while (speed == null && m.find()) {
            if (prefillRate(s, m)) continue;
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            Double seconds = Patterns.number(g.replace(',', '.'));
            if (m.group(4) != null && seconds != null) seconds /= 1000;
            Double v = seconds == null || seconds <= 0 ? null : 1 / seconds;
            if (!wished(s, m.start(), m.end())) speed = v;
            else if (wishedSpeed == null) wishedSpeed = v;
        }
        boolean speedWished = speed == null && wishedSpeed != null;
        if (speedWished) speed = wishedSpeed;
        Double used = null;
        boolean usedOnGpu = false;
        m = USED.matcher(s);
        if (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            used = Patterns.number(g);
            String usage = s.substring(m.start(), Math.min(s.length(), m.end() + 12));
            String around = s.substring(Math.max(0, m.start() - 12), Math.min(s.length(), m.end() + 12));
            usedOnGpu = Prefilter.find(GPU_MEMORY, around) && !Prefilter.find(SYSTEM_MEMORY, usage);
        }
        Set<Report.Symptom> symptoms = EnumSet.noneOf(Report.Symptom.class);
        if (Prefilter.find(SLOW, s)) symptoms.add(Report.Symptom.SLOW);
        if (seen(OOM, s)) symptoms.add(Report.Symptom.OUT_OF_MEMORY);
        // one grammar with the words around a pasted log (logs.ProseHints): GpuNotUsedForms
        if (GpuNotUsedForms.said(s, false)) symptoms.add(Report.Symptom.GPU_NOT_USED);
        if (PartialUseForms.said(s)) symptoms.add(Report.Symptom.PARTIAL_VRAM);
        if (Prefilter.find(CONTEXT, s)) symptoms.add(Report.Symptom.CONTEXT_LIMIT);
        if (seen(CRASH, s)) symptoms.add(Report.Symptom.CRASH);
        if (told(SPLIT, s)) symptoms.add(Report.Symptom.SPLIT);
        // one grammar with the words around a pasted log (logs.ProseHints): SpeedContrastForms
        if (SpeedContrastForms.severalNoFaster(s)) symptoms.add(Report.Symptom.SEVERAL_NO_FASTER);
        if (SpeedContrastForms.quantizedSlower(s)) symptoms.add(Report.Symptom.QUANTIZED_SLOWER);
        if (SpeedContrastForms.modelNoFaster(s)) symptoms.add(Report.Symptom.MODEL_NO_FASTER);
        if (SpeedContrastForms.engineSlower(s)) symptoms.add(Report.Symptom.ENGINE_SLOWER);
        if (toldRunning(ALL_ON_GPU, s)) symptoms.add(Report.Symptom.ALL_ON_GPU);
        if (s.contains("model fit") && toldRunning(MODEL_FITS_GPU, s)) symptoms.add(Report.Symptom.FITS_GPU_TOLD);
        if (speedWished) symptoms.add(Report.Symptom.SPEED_WISHED);
        // a crawl below a token every ten seconds ("80sec/token" on 16 GB) is weights paged from disk: no sign the memory holds it
        boolean works = speed != null && !speedWished && speed >= PAGING_SPEED || toldRunning(WORKS, s) || toldRunning(RUN_TOLD, s);
        boolean fails = Prefilter.find(FAILS, s);
        boolean wholeOnGpu = Prefilter.find(WHOLE_ON_GPU, s) && !Prefilter.find(OFFLOADING_MAP, s);
        String log = null;
        if (raw != null) {
            String head = raw.length() > MAX_LOG_CHARS ? raw.substring(0, MAX_LOG_CHARS) : raw;
            if (Prefilter.find(LOG_LINE, head)) log = head;
        }
        return new Report(speed, used, usedOnGpu, symptoms, works, fails, wholeOnGpu, log);
    }

    /**
     * Whether the failure is told as seen at least once, not only feared. A question after it is no hedge: "也会oom吗"
     * (does it OOM even on two cards?) reports one.
     */
    /**
     * A placement or way of running that people also ask about or plan ("should I split it between GPU and CPU?",
     * "how do I offload some layers to RAM?", 能不能一部分放在内存里): seen as for a failure ({@link #seen}), and with no
     * modal, plan or question word earlier in the same clause (in a stated-fact clause, after its opener: {@link #statedFrom}).
     */
    static boolean told(Pattern placement, String s) {
        if (!Prefilter.mayFind(placement, s)) return false;
        Matcher m = Prefilter.matcher(placement, s);
        while (m.find()) {
            if (toldAt(s, m.start(), Math.max(0, statedFrom(s, m.start(), m.end())))) return true;
        }
        return false;
    }

    /**
     * A run told as working ({@link #WORKS}, {@link #RUN_TOLD}): told as {@link #told} reads a placement, and not asked
     * in its clause ("试了可以运行吗", "能否正常运行？", "which model runs fine on 8GB?") unless that clause states what the
     * person sees inside a why-question ({@link #statedFrom}).
     */
    static boolean toldRunning(Pattern run, String s) {
        if (!Prefilter.mayFind(run, s)) return false;
        Matcher m = Prefilter.matcher(run, s);
        while (m.find()) {
            int fact = statedFrom(s, m.start(), m.end());
            if (fact >= 0) {
                // a fact stated inside a why-question: the question mark is the why's
                if (toldAt(s, m.start(), fact)) return true;
                continue;
            }
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 12));
            // "which model fits in my 12GB card?": the clause it stands in is a question
            Matcher end = CLAUSE_END.matcher(s);
            boolean question = end.find(m.end()) && (end.group().equals("?") || end.group().equals("？"));
            if (toldAt(s, m.start(), 0) && !question && !Prefilter.find(ASKED_AFTER, after)) return true;
        }
        return false;
    }

    /**
     * No modal, plan or question word earlier in the clause at {@code start}, and no hedge just before it; nothing before
     * {@code from} is read (the question around a stated-fact clause, {@link #statedFrom}).
     */
    private static boolean toldAt(String s, int start, int from) {
        String before = s.substring(Math.max(from, start - 60), start);
        String[] clauses = CLAUSE_END.split(before, -1);
        String clause = clauses[clauses.length - 1];
        // the hedges a failure has ("might", "to avoid", 担心), read as seen() reads them
        String window = (start <= 40 && from == 0 ? "\n" : "") + s.substring(Math.max(from, start - 40), start);
        return !Prefilter.find(MODAL, clause) && !Prefilter.find(HEDGE_BEFORE, window);
    }

    /** Where a sentence ends: its mark (a dot only before a space or the end) or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|[。！？\\n]");
    /**
     * Words that open a clause telling what the person sees: a concession ("even though" in group 1, 明明 or 虽然 in
     * group 3), a time or contrast clause (group 2: "when", "while", "since"), 已经 (group 4).
     */
    private static final Pattern FACT_OPENER = Pattern.compile(
            "(?<![a-z])(?:(even though|though|although|even when|despite|in spite of|given that|now that)|(when|while|whereas|since))(?![a-z])"
                    + "|(明明|虽然|尽管|虽说)|(已经)");
    /** A why-question: it takes what it asks about as so ("why is it slow when…" tells the when-clause). */
    private static final Pattern WHY = Pattern.compile("(?<![a-z])(?:why|how come)(?![a-z])|为什么|为啥|为何|怎么会|咋");
    private static final Pattern ALREADY = Pattern.compile("(?<![a-z])already(?![a-z])");
    /** Something still so after 已经 (已经全部在显存里了还这么慢): the 已经-clause is what they see. */
    private static final Pattern STILL = Pattern.compile("还|却|仍|依然|反而");

    /**
     * Where the clause opens when the words at [start, end) state a fact the person observed inside a question about it,
     * else -1: a concession ("why is it slow even though it runs entirely on the GPU?", 明明…为什么), a when- or
     * while-clause of a why-question or with "already" ("why is it so slow when the whole model is already on the GPU?"),
     * 已经 in a why-question or with 还/却 after it (为什么模型已经全部在显存里了还这么慢？). The opener is in the same clause
     * as the words; "will it run entirely on the GPU?" or 能全部放进显存吗 have none and stay asked.
     */
    private static int statedFrom(String s, int start, int end) {
        int sentence = 0;
        Matcher back = SENTENCE_END.matcher(s).region(0, start).useTransparentBounds(true).useAnchoringBounds(false);
        while (back.find()) sentence = back.end();
        int clause = sentence;
        Matcher comma = CLAUSE_END.matcher(s).region(sentence, start).useTransparentBounds(true).useAnchoringBounds(false);
        while (comma.find()) clause = comma.end();
        Matcher opener = FACT_OPENER.matcher(s).region(clause, start).useTransparentBounds(true);
        MatchResult last = null;
        while (opener.find()) last = opener.toMatchResult();
        if (last == null) return -1;
        if (last.group(1) != null || last.group(3) != null) return last.end();
        boolean why = WHY.matcher(s).region(sentence, last.start()).useTransparentBounds(true).find();
        if (last.group(2) != null) {
            return why || ALREADY.matcher(s).region(last.end(), end).useTransparentBounds(true).find() ? last.end() : -1;
        }
        Matcher ahead = SENTENCE_END.matcher(s);
        int to = ahead.find(end) ? ahead.start() : s.length();
        return why || STILL.matcher(s).region(end, to).find() ? last.end() : -1;
    }

    /** A clause asked: its question mark, or 吗/么 ending it. */
    private static final Pattern ASKED_END = Pattern.compile("^[?？]|[吗么呢][?？]?\\s*$");
    /** Words asking for a run before a speed ("can it run … at 15 tok/s?", 能…吗), not a run told ("can only reach", 只能跑到). */
    private static final Pattern ASKING = Pattern.compile("(?<![a-z])(?:can|could|will|would|possible)(?![a-z])(?! only)"
            + "|(?<![只才还])(?:能|可以|能否|能不能|可不可以)");
    /** A speed compared with, right before it: "faster than (the) 5 tok/s", 比现在的5 token/s. */
    private static final Pattern COMPARED = Pattern.compile("(?:(?<![a-z])than(?: the| my| our| current| now)?|比(?:现在|目前)?的?)\\s*$");
    /** Words of wanting a speed ("I want 30 t/s", 希望每秒20个token): a target, never a run told. */
    private static final Pattern WANTING = Pattern.compile(
            "(?<![a-z])(?:want|wants|need|needs|hope|hoping|expect|expecting|aim(?:ing)? for|target(?:ing)?)(?![a-z])|想要|希望|要求|需要达到|目标"
                    // a speed to be reached ("any ideas to reach >1 token/s", "how to get to 10 t/s"), not one reached ("managed to reach")
                    + "|(?<![a-z])(?<!managed )(?<!able )(?<!was able )(?<!finally )to (?:reach|achieve|hit|get (?:to|above|over|beyond))(?![a-z])");

    /**
     * Whether the speed at [start, end) is one wished for rather than one seen: its clause wants it ("I want 30 t/s"), or asks
     * for a run before it and is itself the question ("can my 3090 run llama 70b at 15 tokens/s?", 能以每秒15个token跑吗). A
     * speed told with a question after it ("runs at 20 tok/s, can I make it faster?") is a speed seen.
     */
    private static boolean wished(String s, int start, int end) {
        int from = 0;
        Matcher back = CLAUSE_END.matcher(s.substring(0, start));
        while (back.find()) from = back.end();
        Matcher ahead = CLAUSE_END.matcher(s);
        int to = ahead.find(end) ? ahead.start() : s.length();
        String before = s.substring(from, start);
        // "more than the 5 tok/s I see": a speed compared with is one seen
        if (Prefilter.find(COMPARED, before)) return false;
        if (Prefilter.find(WANTING, before)) return true;
        boolean asked = Prefilter.find(ASKED_END, s.substring(to)) || Prefilter.find(ASKED_END, s.substring(end, to));
        return asked && Prefilter.find(ASKING, before);
    }

    /** Where a clause ends: a sentence mark (a dot only before a space or the end, not in "3.1"), a comma, a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?](?=\\s|$)|[。！？\\n;；,，]");
    /** A modal, plan or question word: what follows is asked or intended, not seen. */
    private static final Pattern MODAL = Pattern.compile(
            "(?<![a-z])(?:should|can|could|would|will|shall|possible|how (?:do|can|to|should)|want(?:ed)? to|try(?:ing)? to|whether|if)(?![a-z])"
                    + "|能不能|可不可以|可以|是否|能否|会不会|要不要|如何|怎么|怎样|如果|想");

    static boolean seen(Pattern failure, String s) {
        if (!Prefilter.mayFind(failure, s)) return false;
        Matcher m = Prefilter.matcher(failure, s);
        while (m.find()) {
            // the window opens with a line break where the text starts there, so a question's first word reads as one
            String before = (m.start() <= 40 ? "\n" : "") + s.substring(Math.max(0, m.start() - 40), m.start());
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 12));
            if (!Prefilter.find(HEDGE_BEFORE, before) && !(Prefilter.find(WILL_BEFORE, before) && Prefilter.find(ASKED_AFTER, after))) return true;
        }
        return false;
    }

    /** Out of memory told as seen ({@link #seen}), for the kind's reading of a shortage stated apart from a failure told. */
    static boolean outOfMemoryTold(String s) {
        return seen(OOM, s);
    }

    /**
     * "会…吗" around a failure ("4090跑70b会爆显存吗？", "会报错吗"): a question whether it will fail, not a failure seen. Not
     * after 也, 还 or 还是 ("也会oom吗", "还会报错吗", "还是会爆显存吗"): those ask whether a failure already seen happens again.
     */
    private static final Pattern WILL_BEFORE = Pattern.compile("(?<!也|还|还是)会[^，。,.？?！!\\n]{0,6}$");
    private static final Pattern ASKED_AFTER = Pattern.compile("^[^，。,.!！;；\\n]{0,6}?[吗么?？]");
}
