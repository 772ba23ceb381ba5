package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what the user wants from cue words and from the facts found. The rules form a precedence grammar, first
 * match wins (the kinds as eval/real-questions/README.md defines them):
 * <ol>
 * <li>help; training only (out of scope); one card busy of several (speed); a quantized build asked for (which format);</li>
 * <li>a problem report (out of memory, crash, GPU unused, half the VRAM, an error log) is a diagnosis, unless the
 * question asked is a yes or no about running it with no run of their own failed (a shortage stated, a failure heard of),
 * the biggest model, or a plain memory question with the failure as the reason (a failure with the setup shown or a
 * setting asked for is not plain);</li>
 * <li>hardware to buy; slow and working (speed) against slow beside a fault, a failure told, or a why (diagnosis);</li>
 * <li>the explicit questions: why, compare hardware or models, which format, which variant, how much memory, speed;</li>
 * <li>"can it run" / "what can it run", told apart by whether a model is named and a yes or no is asked.</li>
 * </ol>
 * A bug report by its template is a diagnosis where these would read a plain question ({@link #classify}). A diagnosis
 * read from the whole post is then weighed against the post's {@link Headline} ({@link #byHeadline}): a yes or no about
 * running, or slowness alone, asked in a title that tells no failure is the question, the failure below it the
 * background, unless their own run failed (label rule A). Failures only feared ("will it OOM?", "会不会崩溃", "会爆显存吗")
 * or heard of are not told ({@link ReportSpotter#seen}).
 */
final class IntentRules {

    private IntentRules() {}

    /**
     * What the other extractors found, as far as the intent depends on it.
     * @param sizesOnly every model mention is a bare size ("70b"), not a named model
     * @param distinctModels the models named, one named twice counted once ({@link ModelSpotter#distinctModels})
     * @param alternativesAlike two or more hardware options, all with the same memory ("a 3090 or a 4090")
     */
    record Found(int models, boolean sizesOnly, int distinctModels, int gpus, int alternatives, boolean alternativesAlike, int targets, int formats,
                 boolean hardware, Report report) {}

    private static final Pattern HELP_COMMAND = Pattern.compile(
            "^[/!]?(?:help|帮助|usage|commands|start|菜单|\\?|？)[ ?？!！。.]*$");
    /** Asking the bot what it does; "/help" as a command, not an issue title's "[BUG/Help]" tag. */
    private static final Pattern HELP_PHRASE = Pattern.compile(
            "(?<![a-z0-9])/help|what can you do|what do you do|how do i use (?:this|you)|how does this work|who are you"
                    + "|你能做什么|你会什么|你可以做什么|你能干什么|你是谁|怎么用你|怎么使用|使用说明|帮助");
    private static final Pattern WHY = Pattern.compile(
            "(?<![a-z])(?:why|how come|explain|reasons? (?:behind|for)|what causes)(?![a-z])|为什么|为啥|凭什么|怎么不|解释一下|原因"
                    // a cause put forward and asked ("is it because VRAM is not enough?", "是因为显存不够吗？", "是不是因为没用GPU",
                    // "是内存不足导致的吗"): the cause is what is asked, not whether it runs
                    + "|(?<![a-z])(?:(?:is|was|could) (?:it|this|that)(?: be)? (?:because|due to|caused by))(?![a-z])"
                    // "uses all the memory of my H100. How is that possible?": a wonder at what they see, the cause asked
                    + "|(?<![a-z])how (?:is|was|can) (?:that|this|it)(?: even)? (?:be )?possible(?![a-z])"
                    + "|是不是(?:因为|由于)|是否(?:是)?(?:因为|由于)|是(?:因为|由于)[^。？?！!，,\\n]{0,30}(?:吗|么|[?？])|(?:导致|造成|引起)的(?:吗|么)");
    /**
     * The words of a comparison as words of their own, not inside a path, a flag or a file name ("build-windows-vs2022",
     * "--model_name_or_path", "app.apk", "pkumlm", "data.pkl").
     */
    private static final Pattern COMPARE = Pattern.compile(
            "(?<![a-z_])(?:or|compare|comparison|compared|better|difference|versus)(?![a-z_])|(?<![a-z_/\\\\-])vs(?:\\.|(?![a-z]))"
                    + "|还是|或者|哪个|对比|比较|区别|更好|(?<![a-z0-9_.])pk(?![a-z0-9_])");
    private static final Pattern WHICH_FORMAT = Pattern.compile(
            "(?<![a-z])(?:which|what|best|recommended)(?![a-z])[a-z ]{0,20}?(?<![a-z])(?:quant|quantization|quantisation|format|gguf|precision)"
                    + "|(?:哪个|哪种|什么|哪一个|选哪|用哪|几位|几bit)[^。？?]{0,6}(?:量化|精度|格式)"
                    + "|(?:量化|精度)[^。？?]{0,6}(?:哪个|哪种|选哪|用哪|什么好|怎么选|选什么|几位|几bit)");
    /**
     * The memory or hardware a model needs, asked as a grammar rather than phrase by phrase: a qualifier of need (minimum,
     * least, lowest, recommended, required, necessary) before a memory or hardware noun ("what is the minimum VRAM for
     * it?", "the least amount of system RAM", "min GPU memory"), or a size asked of one ("how big a GPU", "what size GPU",
     * "what kind of GPU is required", "what amount of VRAM"). Generated in KindFormsTest (qualifiers x nouns x frames).
     */
    private static final String MEMORY_ASKED_EN =
            "(?<![a-z])(?:(?:minimum|min|minimal|least|lowest|recommended|required|necessary|needed) (?:amount of )?"
                    + "(?:(?:gpu|system|video|graphics|cpu|unified|pc) )?(?:vram|ram|memory|gpu memory|gpu ram)"
                    + "|(?:how (?:big|large)(?: of)? an?|what (?:size|sized|kind of|type of|amount of)) (?:(?:gpu|system|video|graphics) )?(?:gpus?|graphics cards?|cards?|vram|ram|memory))(?![a-z])";
    /** What a requirement is asked of: "hardware requirements", "minimum specs" (not the person's own: "my system specs"). */
    private static final String NEEDS_OF = "hardware|system|pc|gpu|minimum|min";
    /**
     * The same asked in Chinese: a requirement on memory or hardware ("显存要求是多少", "对硬件的要求", "对显存有什么要求"), the
     * memory needed named as a thing ("需要的最小显存", "推理需要的显存是多少"), or its size asked ("要用多大的显卡").
     */
    private static final String MEMORY_ASKED_ZH =
            "(?:显存|内存|硬件|显卡|gpu)(?:的)?(?:要求|需求)(?:是|有)?(?:多少|什么|哪些|多大|怎样|如何)"
                    // "对GPU有什么硬性要求": a hard requirement is asked the same
                    + "|对(?:显存|内存|硬件|配置|显卡|gpu)(?:有)?(?:什么|啥|哪些)?(?:的)?(?:硬性)?(?:要求|需求)"
                    + "|需要的(?:最小|最低|最少)?(?:显存|内存)(?:是|有|为)?(?:多少|多大)?(?=[？?。，,]|$)|需要的(?:最小|最低|最少)(?:显存|内存)"
                    + "|(?:要|需要|得)用?多大(?:的)?(?:显卡|显存|内存|gpu)";
    private static final Pattern MEMORY = Pattern.compile(
            "how much (?:(?:cpu|system|gpu|video|graphics|unified) )?(?:v?ram|memory|gpu)|how many (?:gb|gigs|gigabytes|gpus)"
                    + "|(?:vram|memory|ram) (?:requirements?|usage|needed|do i need)|需要多少|要多少(?:显存|内存)|多少显存"
                    + "|多大显存|显存需求|显存占用|占用多少|占多少|需要多大|要多大|需要几张|要几张"
                    // "what are the hardware requirements", "memory footprint", "硬件需求", "配置建议"
                    // not the person's own specs: "my system specs - 12700k", "are these system specs good enough", a
                    // "Hardware Specification:" heading over their list
                    + "|(?<![a-z])" + Patterns.startsWithOneOf(NEEDS_OF) + "(?<!my |these |our )(?:" + NEEDS_OF + ") (?:requirements?|(?:specifications?|specs?)(?![a-z])(?! ?[:：]))|requirements? (?:to|for) run"
                    + "|memory footprints?|what (?:kind of |sort of )?(?:gpu|hardware|specs?|pc|machine|server|computer|setup|configuration) (?:do i|would i|will i|do we|would we|is) need"
                    // the same asked without its auxiliary ("what server and gpu I need to serve it")
                    + "|what (?:gpus?|hardware|servers?|machines?)(?: and (?:gpus?|hardware|servers?|machines?))? (?:i|we) (?:would |will )?need(?![a-z])"
                    // "what would the requirements be for the 72b model", "does it require a GPU with high VRAM"
                    + "|what (?:are|would|will|is|were) the (?:[a-z]+ )?requirements?|requir(?:es?|ed) [a-z ]{0,30}(?<![a-z])vram(?![a-z])"
                    // "guidance on the required GPUs", "What GPU configuration did the authors use?": the hardware a model takes
                    + "|(?<![a-z])required (?:gpus|graphics cards|hardware)(?![a-z])"
                    + "|(?<![a-z])what (?:gpu|hardware) (?:config\\w*|setup) (?:did|do|does) (?:you|they|the authors?|the team)(?: \\w+)? use(?![a-z])"
                    // "the lowest config able to run it", "minimum/optimal requirement specification", "how many GPU memory is
                    // required", "need GPU RAM minimum 8 GB": the smallest machine asked for, in the words people use
                    + "|(?<![a-z])(?:lowest|minimum|minimal|optimal|recommended) (?:[a-z]+ )?(?:config\\w*|requirements?|specs?|specifications?|setup|hardware)(?![a-z])"
                    + "|how many (?:gpu |graphics )?(?:memory|v?ram)|(?:memory|v?ram) (?:is |are )?required|(?:v?ram|memory) minimum"
                    // "需要一个什么样的配置" (一 read as the digit before a counter), "有建议的服务器配置吗": the machine a model needs
                    + "|硬件需求|硬件要求|配置要求|最低配置|配置建议|推荐配置|最低.{0,6}(?:要求|配置)|需要(?:[一1]?(?:个|台|张))?什么(?:样的)?(?:显卡|配置|硬件|机器|服务器)"
                    // the machine to rent or buy for it ("需要在云上租什么配置的服务器", "要买什么样的显卡")
                    + "|(?:需要|要|该|应该)[^。？?，,\\n]{0,10}(?:租|买|购买|租用|配)(?:个|台|张)?什么(?:样的)?(?:配置|显卡|硬件|机器|服务器)"
                    + "|(?:建议|推荐)的?(?:服务器|机器|硬件|显卡|电脑)配置"
                    // "啥配置能流畅跑", "在哪些GPU芯片可以跑起来", "所需的配置", "推荐硬件配置": the hardware a model needs
                    + "|(?:什么|啥|哪些|哪种)(?:样的)?(?:cpu|gpu|显卡|硬件|配置)[^。？?，,]{0,8}(?:能|可以|才能)(?:流畅)?(?:跑|运行|用|部署|推理)"
                    + "|所需(?:要)?(?:的)?(?:最小|最低)?(?:配置|硬件|显存|内存)|推荐(?:的)?硬件配置"
                    // "最小显存是多少", "最低的显存需要多大": the least memory a model takes
                    + "|(?:最小|最低|至少)(?:的)?(?:gpu)?(?:显存|内存)(?:配置)?(?:是|要|需要)?(?:多少|多大)"
                    // "needing 6xA100 in fp16?", "require ~26 GB": a requirement quoted with its figure, questioned
                    + "|(?<![a-z])(?:needing|requir(?:e|es|ing)) (?:~ ?|about |around )?(?:\\d+(?:\\.\\d+)? ?gb|\\d+ ?x ?(?:a|h|v)\\d{2,3})(?![a-z0-9])"
                    // "is that PC RAM or GPU VRAM?": which memory a stated requirement is in
                    + "|(?:cpu|pc|system) ram or (?:gpu )?vram|vram or (?:cpu |pc |system )?ram"
                    + "|" + MEMORY_ASKED_EN + "|" + MEMORY_ASKED_ZH);
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(?:and |and,|what about|how about|what if|then |same |that |那|那么|如果|换成|改成|要是|假如|用.{0,12}呢)"
                    + "|呢[ ?？!！。.]*$");
    /**
     * A follow-up is one short line ("and on a 4090?", "那用4090呢？"); a post of several lines, or a long one, that opens
     * with "And …" or ends in "呢？" is a question of its own.
     */
    private static boolean isFollowUp(String s) {
        return s.length() <= 120 && s.indexOf('\n') < 0 && Prefilter.find(FOLLOW_UP, s);
    }
    /**
     * Which model asked by the word for a model ("which models", "what LLM", "可以跑哪个model", "什么样的大模型", "哪款llm"): a
     * request for models, even where one is named as an example or as what they have in mind.
     */
    private static final String WHICH_MODEL_WORDS = "what (?:models?|llms?)|which (?:[a-z-]+ ){0,3}?(?:models?|llms?)(?![a-z])"
            + "|(?:什么|哪些|哪个|哪一个|哪款|哪种)(?:样)?(?:的)?(?:大)?(?:模型|model|llm)";
    private static final Pattern WHICH_MODEL = Pattern.compile(WHICH_MODEL_WORDS);
    private static final Pattern WHAT_CAN_RUN = Pattern.compile(
            // not the cause asked ("what could be wrong here?", "what can cause this?")
            "what (?:can|could|should|would|will)(?! (?:be (?:wrong|the (?:cause|reason|problem|issue))|cause|go wrong))|what(?:'s| is|s) the best|" + WHICH_MODEL_WORDS + "|what fits|what will fit"
                    + "|what runs|what to run|recommend(?!ed (?:by|in|on|that))(?!ed (?:command|settings?|parameters?|flags?|args|arguments|config\\w*))|suggest(?!ed)|suggestions?|best (?:models?|llms?|local)|options"
                    // not a command or setting recommended ("有推荐的启动命令行嘛")
                    + "|能跑什么|能跑哪些|可以跑什么|可以跑哪些|跑什么|推荐(?!的?(?:启动|命令|参数|配置|设置))|选什么|适合什么|能用什么|可以用什么|有哪些");
    /** "what's the biggest model I can run", "能跑的最大模型": a plain question for models, whatever went wrong before. */
    private static final Pattern BIGGEST = Pattern.compile(
            "(?<![a-z])(?:biggest|largest|best) (?:models?|llms?)[a-z ,]{0,30}? (?:i|we) (?:can|could) (?:run|use|load)"
                    + "|what (?:models?|llms?|can|could) (?:i|we) (?:can |could )?(?:run|use|load)"
                    // "wondered if there was one that will fit on a 6GB GPU", "is there any model that runs on 8GB?"
                    + "|(?:(?:is|was|are|were) there|(?:if|whether) there (?:is|was|are|were)) (?:one|any|any one|anything|something|a model|an? llm|any models?|any llms?)(?: \\w+)?"
                    + " (?:that|which) (?:will |would |can |could |might )?(?:fit|fits|run|runs|work|works|load|loads)(?![a-z])"
                    + "|能跑什么|能跑哪些|可以跑什么|可以跑哪些|最大(?:能|可以)?跑(?:多大|什么)|能跑的最大"
                    // "有没有能运行在手机上的大模型": the same asked in Chinese
                    + "|有没有(?:能|可以)(?:运行|跑|部署|用)[^。？?，,\\n]{0,12}(?:大)?(?:模型|model|llm)");
    private static final Pattern CAN_RUN = Pattern.compile(
            "(?<![a-z])(?:can|could|will|would|run|runs|running|fit|fits|enough|work|handle|load|possible)(?![a-z])"
                    + "|能跑|可以跑|跑得动|跑得了|跑不跑|跑不动|能不能|可以吗|行吗|行不行|够吗|够不够|装得下|带得动|吗|跑");
    private static final Pattern MEANINGFUL = Pattern.compile("[a-z0-9\\p{IsHan}]");
    /**
     * "how fast", "tokens per second", "速度": the person asks for speed or a faster setup (not the banner every Unsloth run
     * prints, "2x faster free finetuning").
     */
    private static final Pattern SPEED = Pattern.compile(
            "how fast|how quick|how many (?:tokens|tok|t/s)|(?:seconds?|minutes?|hours?|ms) (?:per|a|/) ?(?:token|word)|tokens? ?(?:per|a|/) ?s(?:ec(?:ond)?)?|tok/s|t/s|(?<![a-z])tps(?![a-z])|speed|faster(?! free finetuning)|throughput|latency"
                    + "|(?<![a-z])(?:inference|response|generation|answer) times?(?![a-z])"
                    // "how long does one inference take?", "生成一次要多久": the time a run takes
                    + "|how long (?:does|do|will|would|should) (?:it|one|1|an?|each|the)(?![a-z])[a-z0-9 ]{0,30}(?<![a-z])take(?![a-z])|(?:要|需要)多久|多长时间"
                    // "how many concurrent users on 8x4090?", "并发上限", "最大能支持多少个用户同时使用": the load a working setup serves
                    + "|how many (?:concurrent|simultaneous|parallel) (?:users|requests)|并发(?:上限|数|量|能力|人数)|(?:多少|几)(?:个)?(?:用户|人)同时"
                    // "最快可以到多少": the best speed asked
                    + "|速度|多快|最快(?:能|可以)?(?:到|达到)?(?:多少|几)|每秒多少|几个token|token/s|提速|加速|更快|吞吐|(?:推理|响应|生成|回答)时间|耗时");
    /**
     * What takes the memory a run was seen to use, asked ("what is using all the VRAM?", "都是什么东西在占用显存"): the cause of
     * that use, so the run is the subject even beside "how much does it need?".
     */
    private static final String MEMORY_TAKER_WORDS =
            "(?<![a-z])what(?:'s| is| are) (?:using|taking|eating|consuming|occupying|hogging) (?:up )?(?:all )?(?:the |my |so much |that much )?(?:v?ram|memory|gpu memory)(?![a-z])"
                    + "|(?:什么|啥|哪些)(?:东西)?(?:在)?(?:占用|占|吃)(?:了|掉)?(?:这么多)?(?:的)?(?:显存|内存)";
    private static final Pattern MEMORY_TAKER = Pattern.compile(MEMORY_TAKER_WORDS);
    /** "why is it", "what's wrong", "how to fix", "is this normal": asking for the cause of a problem or its fix. */
    private static final String ASKS_FIX_WORDS =
            "(?<![a-z])(?:why (?:is|does|do|did|are|am|only|can'?t|won'?t|doesn'?t|isn'?t)|what(?:'s| is) wrong|how (?:do i|to|can i|should i) (?:fix|solve|avoid|resolve|debug|troubleshoot)"
                    + "|is (?:this|that|it) normal|(?:doing|choosing|using) (?:something |the )?wrong"
                    // "what options do I have to reduce CPU memory usage": a fix for the memory a run takes
                    + "|(?:reduce|lower|decrease|cut) (?:the )?(?:[a-z]+ )?(?:memory|v?ram)(?: usage| use| footprint)?)(?![a-z])"
                    + "|" + MEMORY_TAKER_WORDS
                    + "|为什么|为啥|怎么回事|怎么解决|如何解决|(?:怎么|如何|怎样)(?:去)?排查|正常吗|是否正常|(?:降低|减少|减小)[^。？?，,]{0,4}(?:显存|内存)"
                    // "是否能优化", "能不能优化一下": asking for a fix, not whether it runs
                    + "|(?:是否|能否|可否|能不能|可不可以|有没有办法)(?:能|可以)?(?:再)?优化|(?:可以|能)(?:再)?优化[^。？?，,]{0,12}(?:吗|么)";
    private static final Pattern ASKS_FIX = Pattern.compile(ASKS_FIX_WORDS);
    /**
     * The person's own setup shown: a command line ("vllm serve … --max-model-len 8192", "python cli_demo.py", "torchrun"),
     * a flag, or loading code. With a failure told beside it, the thread is about that run, whatever else is asked.
     */
    private static final Pattern SETUP_SHOWN = Pattern.compile(
            "(?<![a-z0-9])(?:python\\d?(?:\\.\\d+)? (?:-m )?\\S+|vllm serve|torchrun|lmdeploy serve|ollama run|llama-server|llama-cli|docker run|cuda_visible_devices=)"
                    + "|(?<![a-z0-9-])--[a-z][a-z_-]{2,}|from_pretrained\\(|\\.from_quantized\\(");
    /**
     * Asking how to set something up so it works ("这个max_pixels具体怎么设置", "能限制它在16G以内吗", "有哪些措施可以运行",
     * "how do I set the context length?"): a fix for their run, like {@link #ASKS_FIX}, but only read as one next to a failure.
     */
    private static final Pattern ASKS_SETTING = Pattern.compile(
            "(?:怎么|如何|怎样|具体怎么)(?:设置|配置|调整|调)|(?:能|可以|怎么|如何)限制|有(?:哪些|什么)(?:措施|办法|方法)|(?:什么|哪些)(?:启动)?参数"
                    + "|(?<![a-z])(?:how (?:do i|to|can i|should i|could i) (?:set|configure|limit|tune|adjust)|what (?:parameters|flags|settings|options) (?:should|do|to)|is there a way to)(?![a-z])");
    /** Asking about a problem with a setup, or telling one: the questions above and the words of a failure. */
    private static final Pattern PROBLEM = Pattern.compile(ASKS_FIX_WORDS
            + "|(?<![a-z])(?:error|fails?|failed|failing|problem|issue|bug|doesn'?t work|not working|won'?t (?:load|run|start))(?![a-z])"
            + "|报错|错误|失败|问题|不能用|跑不起来|无法运行|启动不了");
    /**
     * Asking to make a working run faster: "how can I improve this" next to the speed it gives, "如何优化", "提升token值".
     */
    private static final Pattern IMPROVE = Pattern.compile("(?<![a-z])(?:improve|optimi[sz]e|boost)(?![a-z])|优化|提升|提高");
    /** Where a clause ends: a question or sentence mark, a comma, a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[?？!！。；;,，\\n]|\\.(?=\\s)");

    /**
     * A yes or no about running asked in a clause of its own, beside a speed asked in another ("Can my 3090 run it? If so,
     * how fast?", "能否运行该模型，如果能运行的话，速度会如何", "可以吗？怎么跑呢，速度会不会快点"): whether it runs is the
     * question, its speed depends on the answer. A clause asking both ("can I run it faster?") is a speed question, and so
     * is one asking a difference ("How long does 1 inference take? Is there a difference when running on 1 GPU vs 2?").
     */
    private static boolean runAskedBesideSpeed(String s) {
        boolean run = false;
        boolean speed = false;
        for (String clause : CLAUSE_END.split(s)) {
            boolean asksSpeed = Prefilter.find(SPEED, clause);
            run |= !asksSpeed && !Prefilter.find(DIFFERENCE, clause) && (Prefilter.find(YES_NO, clause) || RunHeadline.asks(clause.strip()));
            speed |= asksSpeed;
        }
        return run && speed;
    }
    /** A difference asked between setups ("is there a difference when running on 2 GPUs?", "有区别吗"). */
    private static final Pattern DIFFERENCE = Pattern.compile("(?<![a-z])(?:difference|differ)(?![a-z])|区别|差别|差异");
    /** An amount of memory as people write it ("16G", "24 GB", "80GiB"). */
    private static final Pattern AMOUNT = Pattern.compile("(?<![a-z0-9.])\\d{1,4}(?:\\.\\d)? ?(?:g|gb|gib)(?![a-z])");

    /**
     * A bare amount put to the test in a clause of its own ("需要多少显存？16G可以吗", "how much VRAM? is 24GB enough?"): the
     * yes or no about that amount is asked, as about a card named.
     */
    private static boolean amountPutToTest(String s) {
        for (String clause : CLAUSE_END.split(s)) {
            if (Prefilter.find(AMOUNT, clause) && Prefilter.find(ENOUGH, clause)) return true;
        }
        return false;
    }
    /**
     * The GPU's load given as a share ("GPU utilization is only 20%", "GPU只有20%", "显卡利用率30%"): beside a wish to improve it, a
     * working run asked to go faster, as "the CPU not fully used" is (eval/real-questions/README.md, kind speed). A load near
     * nothing is the GPU left out ({@link GpuNotUsedForms}), read before this.
     */
    private static final Pattern LOAD_SHARE = Pattern.compile(
            "(?<![a-z])gpu(?: utili[sz]ation| usage| load| util)?(?: is| stays| was| at| only| just| around| about| of|:){0,3} ?~?\\d{1,3}(?:\\.\\d)? ?%"
                    + "|(?:gpu|显卡)(?:的)?(?:利用率|使用率|占用率|负载)?(?:只有|仅有?|才|为|是|在|一直|始终)*\\s?\\d{1,3}(?:\\.\\d)? ?%");
    private static final Pattern SPEED_TOPIC = Pattern.compile("(?<![a-z])(?:performance|throughput|tokens?)(?![a-z])|性能|token");
    /** "can my 2080 Ti run it?", "这个模型3070能跑吗": a model meant but not named (the thread's own model). */
    private static final Pattern UNNAMED = Pattern.compile(
            "(?<![a-z])(?:run|load|use|handle|fit) (?:it|this|that|this model|the model|this project|the demo)(?![a-z])"
                    + "|(?:这个|该|此|本)(?:模型|项目)|跑起来吗|跑得起来|能跑吗|能跑么|可以跑吗|可以跑么|能不能跑|是否能跑|能否运行|能运行吗|可以部署吗|可以尝试部署");
    /** "is the 4090 compatible?", not lspci's device class ("VGA compatible controller") pasted with the hardware. */
    private static final String COMPATIBLE = "(?<!vga )(?<!3d )compatible(?! controller)";
    /**
     * "能否 / 可否 / 能不能 / 可不可以" asking whether it can be done, not a request put politely ("能否列出具体的硬件要求",
     * "可不可以提供一下配置"): a request asks for an answer, so it is no yes or no about running.
     */
    private static final String CAN_IT = "(?:能否|可否|能不能|可不可以)(?!请?(?:帮忙|麻烦)?(?:列出|列一下|提供|给出|告诉|说明|说一下|分享|解释|公布|补充|写一下))";
    /** A yes-or-no question ("can I…?", "is it possible…", "能否…", "…吗？"), not a request for a list. */
    private static final Pattern YES_NO = Pattern.compile(
            // "how can I make it run faster?" asks for a way, not a yes or no; the verb a word of its own ("does the
            // framework support FP16?" holds no "work")
            "(?<![a-z])(?<!how )(?<!how long )(?<!how much time )(?:can|could|will|would|does|do) (?:i|we|you|it|this|that|they|them|these|those|my|a|an|the|one|\\d)(?![a-z])[a-z0-9 ]{0,30}(?<![a-z])(?:run|work|handle|fit|infer|inference|deploy|load|enough|install|boot)"
                    + "|(?<![a-z])is (?:it|there|this) [a-z ]{0,20}(?:possible|feasible|enough|a way)"
                    // "if this will work with 512GB RAM", "is there any approach to run on 4GB", "is the 4090 compatible?",
                    // "will RTX4090 suffice?", "has anybody tried a K80 with lmstudio": asked of one machine, answered yes or no
                    + "|(?<![a-z])(?:(?:it|this|that) (?:will|would) (?:work|run)|any (?:way|approach\\w*|chance|method)s? to (?:run|use|load)"
                    + "|" + COMPATIBLE + "|suffices?|(?:has|have|did|does) (?:anybody|anyone|someone|somebody) (?:tried|ran|run|used|did|got))(?![a-z])"
                    // "能跑起满血版R1不？": the yes or no put with a closing 不
                    // "Does MLC support the iPhone 13?", "M1 Max 64G inference support?", "是否会支持此类型的显卡": support of their
                    // machine asked, answered yes or no (not a lack told: "vllm can not support Phi-3 on 4 cards")
                    + "|(?<![a-z])(?:(?:does|do|will|would|can|could) (?:(?!not |never )[a-z0-9.-]+ ){0,2}support|(?:is|are) (?:it|this|that|they) supported|support(?:ed)? ?[?？])(?![a-z])"
                    + "|是否(?:会|能|可以)?支持|支不支持|会支持[^?？。]{0,12}(?:吗|么)"
                    + "|可以吗|可以么|可以不|行吗|行不行|够不够|够吗|够不|有人试过"
                    // not denied ("It is not possible to load the model using the GPU" tells a failure)
                    // not the idiom of degree ("cannot use as much GPU memory as possible") nor a wonder ("how is that possible?", a why)
                    + "|(?<!not )(?<!n'?t )(?<!im)(?<!as )(?<!how is (?:that|this|it) )(?<!how is (?:that|this|it) even )(?<!mak(?:e|es|ing) it )(?<!made it )possib(?:le|ility)"
                    + "|(?<!not )(?<!n'?t )feasible|" + CAN_IT + "|是否(?:可以|能|支持)|(?:能|可以)[^?？。，,]{0,20}(?:运行|部署|跑|推理|infer|inference)[^?？。]{0,20}(?:吗|么|不[?？])|支持[^?？。]{0,12}(?:吗|么)");
    /**
     * Whether a stated machine is enough ("how much VRAM does it need, will my 4090 do?", "需要多大显存，4090能跑吗"):
     * next to a memory question the yes or no about their own machine is what is asked.
     */
    private static final Pattern ENOUGH = Pattern.compile(
            "(?<![a-z])(?:suffices?|sufficient|be enough|is (?:it |that |this )?enough|(?:should|would|will) (?:i|we) be able to run|will (?:it|this|that) work|" + COMPATIBLE
                    // "is it viable on my 3090?", "would it be possible to run it on my 4090?": whether it is possible on their
                    // machine, asked beside the requirement
                    + "|(?<!how )(?:is|would|will|could) (?:it|this|that)(?: be)? (?:\\w+ )?(?:possible|feasible|viable|doable)|viable|feasible|doable"
                    // the same asked indirectly ("I was wondering if it was possible to run it on 2 3090s"), or of several
                    // models at once ("can they run in one 32G V100?")
                    + "|(?:if|whether) (?:it|this|that) (?:is|was|would be|will be) (?:\\w+ )?(?:possible|feasible|viable|doable)"
                    + "|(?:can|could|will|would) (?:they|them|these|those) (?:\\w+ )?(?:run|fit|work))(?![a-z])"
                    + "|够不够|够吗|够么|够不|行不行|行吗|行么|可以吗|可以么|能跑吗|能跑么|能不能跑|跑得起来吗|是否(?:可以|能)(?:运行|跑)|可不可以"
                    // "512GB能起来？", "能跑起来吗", "能启动吗": whether it starts on their machine, put as a yes or no
                    + "|能(?:跑|运行|启动)?起来(?:吗|么|不|[?？])|能(?:启动|加载)(?:吗|么|[?？])|(?:跑|带)得动[^。？?，,]{0,6}(?:吗|么|[?？])"
                    + "|(?:能否|可否)[^。？?，,]{0,12}(?:跑|运行|支持|部署|推理)");
    /**
     * Asking for a quantized build rather than about one run: "有量化版本么", "可以出个Int4量化版本吗", "will there be a GGUF?".
     * A which-format question even where the full-precision run failed.
     */
    private static final String QUANT_BUILD = "(?:(?:[2-8] ?-?bits? |int[48] |gguf |awq |gptq )?(?:quantized|quantised)|gguf|awq|gptq|exl2|int[48]|[2-8] ?-?bits?|q[2-8](?:_k)?(?:_[sml0-9])?)";
    private static final Pattern QUANT_REQUEST = Pattern.compile(
            "(?<![a-z])(?:is there|are there|any|will there be|release|provide|plans? (?:for|to release)) (?:an? |the )?\\.?" + QUANT_BUILD + " (?:version|model|build|release|file|weight|checkpoint)s?(?![a-z])"
                    // "it would be beneficial to have a Q3 option", "please add a Q3_K_M quant", "could you upload an AWQ version"
                    + "|(?<![a-z])(?:to have|add|upload|publish) (?:an? |the )?" + QUANT_BUILD + " (?:option|quant|quantization|version|build)s?(?![a-z])"
                    // the build asked for as a title of its own: "4 bit quantized version of 7B?", "GGUF version?", "AWQ model available?"
                    + "|(?:^|\\n)[ \\t]*(?:provide )?(?:an? )?\\.?" + QUANT_BUILD + " (?:version|model|build|release|weights|files)s?(?: of [^?？\\n]{1,40}?)?(?: available)? ?[?？]"
                    // "有没有int4量化版", "出个量化版本", "有发布gguf格式的权重吗": the build named with 版 alone too, or as its weights or files
                    + "|(?:有|出|放出|发布|提供)(?:个|一个)?[^。？?，,]{0,6}(?:量化|int4|int8|4bit|8bit|gguf|awq|gptq)(?:的)?(?:版本|版|模型|权重|格式|文件)"
                    // "请提供GGUF", "求一个AWQ": a format asked of the publisher, the build understood
                    + "|(?:请|麻烦|求|希望)(?:官方)?(?:提供|出|发布|放出)?(?:一下|一个|个)?(?:gguf|awq|gptq|int4|int8)(?![a-z0-9])");
    /** A quantized format or precision as people name it in a question ("int4", "8-bit", "Q4_K_M", "fp8", "gguf", "awq"). */
    private static final String QUANT_FORMAT = "(?:int[248]|[2-8] ?-?bits?|q[2-8](?:_k)?(?:_[a-z0-9]+)?|fp8|fp16|bf16|nf4|gguf|awq|gptq|exl2)";
    /**
     * Asking how to run a model quantized, or whether it can be quantized ("how do I run it in 4-bit?", "how to load qwen2 7b
     * in 8bit", "can it be quantized?", "如何量化运行", "怎么用int4跑", "mode怎么改成int4", "chatglm可不可以8bit量化"): the format
     * is the question, as with a quantized build asked for, even where the full-precision run failed. Whether a run in a
     * format works ("can I run it in 4-bit?", "4bit量化能跑吗", "能跑量化版吗") is a yes or no about running, not this.
     */
    private static final Pattern QUANT_HOW = Pattern.compile(
            "(?<![a-z])(?:how (?:do|can|could|should|would) (?:i|we|you|one)|how to) (?:run|load|use|deploy|serve|infer|inference|get)(?![a-z])(?:[^?？.。\\n]|\\.(?=\\S)){0,60}?"
                    + "(?<![a-z])(?:in|with|at|using|as|to) (?:an? )?(?:quantized|quantised|" + QUANT_FORMAT + ")(?![a-z0-9])"
                    + "|(?<![a-z])(?:how (?:do|can|could|should) (?:i|we|you|one) |how to |is it possible to |(?:any|a) way to )quantiz(?:e|ing)(?![a-z])"
                    // "how to properly apply INT4 quantization", "how do I enable 8-bit quantization"
                    + "|(?<![a-z])(?:how (?:do|can|could|should) (?:i|we|you|one)|how to) (?:properly |correctly )?(?:apply|use|enable|implement|integrate|set up|turn on)"
                    + " (?:(?:the|an?|this|" + QUANT_FORMAT + ") ){0,2}quantization(?![a-z])"
                    + "|(?<![a-z])(?:can|could) (?:[a-z0-9.-]+ ){1,4}be quantiz(?:ed|sed)(?![a-z])"
                    + "|(?:如何|怎么|怎样|怎么样)(?:才能)?(?:进行|做)?量化(?!版|模型|后|之后)"
                    + "|(?:如何|怎么|怎样|怎么样)(?:才能)?(?:以|用|使用|改成|改为|换成|切换到|切换成|转成|转换成)[^。？?，,]{0,4}" + QUANT_FORMAT + "(?![a-z0-9])"
                    // 量化 as the verb asked of ("可不可以8bit量化", "有没有办法对它进行8bit量化吗"), not a quantized build run ("能否跑r1的量化满血版")
                    + "|(?:可不可以|可以|能不能|能否|可否|是否(?:可以|能)|有没有办法|有办法)(?:进行|做)?[^。？?，,]{0,20}?量化(?=[吗么呢吧？?。，,\\s]|$|一下|运行|加载|部署|推理|(?:此|该|这个|本)模型)");
    /**
     * What a quantized format costs in quality, asked ("how much accuracy does it lose at 4-bit?", "does Q4 hurt the
     * quality?", "int4量化后精度下降多少", "量化之后效果损失大吗"): weighing a format against full precision. Speed is not
     * quality here ("性能" and "performance" are left out: people use them for both).
     */
    private static final Pattern QUANT_LOSS = Pattern.compile(
            "(?<![a-z])(?:how much (?:quality|accuracy|precision|perplexity|intelligence) (?:do|does|will|would|is|did) (?:i |we |you |it |one )?(?:[a-z0-9.-]+ ){0,4}?(?:lose|lost|loss|drop)"
                    + "|(?:quality|accuracy|precision|perplexity) (?:loss|drop|degradation|hit|penalty)s? (?:of|from|with|for|at|in|due to|after) (?:the )?(?:quantiz\\w+|" + QUANT_FORMAT + ")"
                    + "|(?:does|do|will|would) (?:the )?(?:quantiz\\w+|" + QUANT_FORMAT + ")(?: quantization)? (?:hurt|affect|degrade|reduce|lower|impact|harm) (?:the )?(?:quality|accuracy|output|results?))(?![a-z])"
                    + "|(?:量化|" + QUANT_FORMAT + ")[^。？?，,]{0,8}(?:精度|效果|质量|准确率|准确性|能力)(?:会|有)?(?:下降|损失|降低|掉|变差|差距|差别|影响)");
    /**
     * One card of several busy while the others idle ("只有一张卡利用率高", "one card at 100 %, the other at 3 %"): a
     * working setup that could go faster, not a fault.
     */
    private static final Pattern UNEVEN_LOAD = Pattern.compile(
            "(?:一张|1张|单张|一块)卡?的?利用率|(?:一张|1张|一块)卡(?:跑)?的?(?:比较)?高|(?:其他|其余|另一张|另外一张|另一块)(?:卡)?[^。，,]{0,8}(?:利用率|(?:没有?|未)(?:被)?用到|闲置|空闲)"
                    + "|(?<![a-z])(?:only one (?:gpu|card) (?:is )?(?:busy|used|utili[sz]ed|working|at \\d+ ?%)|(?:other (?:gpus|cards)|the rest) (?:are |stay |sit )?idle"
                    // "multi-gpu load not balanced", "load is only happening on one GPU"
                    + "|load (?:is )?(?:not balanced|unbalanced|only (?:happening |running )?on (?:one|1) (?:gpu|card)))(?![a-z])");
    /**
     * Asking to put more of a working run's load on the GPU ("如何更多的让GPU干活", "GPU百分百出力", "how do I make the GPU
     * work harder"): a faster setup is wanted, the run itself works.
     */
    private static final Pattern MORE_ON_GPU = Pattern.compile(
            "(?<![a-z])(?:make (?:the |my )?gpu (?:do more|work harder)|use (?:the |my )?gpu more|more (?:of the )?(?:work|load|layers) on (?:the |my )?gpu)(?![a-z])"
                    + "|(?:让|使|使得)gpu(?:多|更多)?干活|更多(?:的|地)?(?:让|使用|用|利用)gpu|gpu[^。？?，,]{0,6}(?:百分百|满载|跑满)");
    /** An error in a pasted log, written into a longer word ("RuntimeError", "CUDAException") or as a traceback. */
    private static final Pattern LOG_FAULT = Pattern.compile("error|exception|traceback|fatal|abort");
    /**
     * Which size or variant of a model the machine takes, or what else it could run ("how large a DeepSeek R1 can 8x 4090
     * deploy?", "or what else choice do I have?", "有比70B更好的部署选择吗"): a list, even with a model named.
     */
    private static final Pattern VARIANTS = Pattern.compile(
            "(?<![a-z])(?:how (?:large|big)(?: a)? (?:model|version|variant|can)|which (?:version|size|variant)s? (?:is |are |would be |will be )?(?:compatible|best|suitable)"
                    + "|what (?:else|other) (?:choices?|options?|models?)|(?:other|better) (?:choices?|options?))(?![a-z])"
                    + "|更好的[^。？?]{0,6}选择|最优解|最大能?(?:部署|跑)(?:多大|哪个|什么)|多大的模型");
    /**
     * Hardware to buy or pick ("I want to buy the hardware to run it at 5 tokens/s", "should I get the 13600k or a
     * 3060?", "有 P40 或者 P100 两种选择"): a hardware comparison, even where speed is what they weigh it by.
     */
    private static final Pattern BUY = Pattern.compile(
            "(?<![a-z])(?:want to (?:buy|purchase)|(?:might|will|plan to|going to) (?:buy|purchase)|should i (?:get|buy|go for|choose)"
                    + "|which (?:one )?should i (?:get|buy|choose)|what (?:gpu|card|hardware|machine|computer|pc)s? (?:\\w+ ){0,4}(?:recommend|suggest)"
                    + "|(?:best|most reasonable|cheapest) (?:machine|hardware|gpu|setup|computer|pc) to)(?![a-z])"
                    + "|两种选择|买哪|选哪(?:个|张|款)卡|新搭|(?:显卡|硬件|机器)(?:怎么|如何)选|值得买");
    /**
     * An error the person received, as a verb of receiving and the error it brought ("it throws an error", "Ollama gave me
     * this error message", "I ran into the following exception", "hit the same error", "报错", "提示错误", "直接退出了"): their
     * own run failed, which the corpus' label rule A counts beside a memory question however the rest is worded.
     */
    private static final String ERROR_RECEIVED_EN =
            // not denied or aimed at ("so I don't get an error", "never saw an error", "in order not to hit the error")
            "(?<!n'?t )(?<!not )(?<!never )(?<!to )(?:gives?|gave|giving|got|gets?|getting|throws?|threw|throwing|thrown|shows?|showed|showing|returns?|returned|returning"
                    + "|raised?|raising|hit|hits|hitting|encounter(?:s|ed|ing)?|ran into|runs? into|running into|saw|receiv(?:e|es|ed|ing))"
                    + " (?:me |us )?(?:(?:the|an?|this|that|these|those|following|same|some|such|below|other|another|weird|strange|cuda|memory|oom|allocation) ){0,3}"
                    + "(?:(?:error|exception)s?(?: message)?"
                    // the error shown as a message received ("I got this message "Error: Post …: EOF"", "it returns the output: RuntimeError")
                    + "|(?:message|output|response|reply)s? ?[:：]? ?[\"'“`]?(?:[a-z]+ ){0,2}?[a-z]*(?:error|exception))"
                    // the error as the subject: "the following error is displayed", "an exception was thrown", "error occurred";
                    // not one denied or supposed ("no error occurs", "if an error occurs", "before any error appears")
                    + "|(?<!no )(?<!any )(?<!if an )(?<!if the )(?<!in case an )(?<!unless an )(?:error|exception)s?(?: message)?"
                    + " (?:(?:is|was|are|were|gets|got) (?:displayed|shown|thrown|raised|reported|printed)"
                    + "|occurs?|occurred|appears?|appeared|pops? up|popped up|comes? up|came up)";
    private static final String ERROR_RECEIVED_ZH =
            // "报如下错", "报了个错", "报以下错误", "报这个异常": the error named between 报 and 错 (not 报告, 报名, 报价)
            "报错|报(?![告名价道表])[^。，,？?\\s]{1,4}?(?:错|异常)|出错|提示错误|(?:出现|遇到|碰到|弹出)[^。，,？?]{0,8}(?:错误|异常)|(?:直接|自动|突然)(?:退出|闪退|崩了|终止|中断)|闪退";
    /**
     * The failure put as the person's own run: they are its subject ("I can't load it", "we tried", "when I tried to chat"), it
     * happened on their machine ("on my 3090", "my CPU is a Xeon … can not be initiated"), or they tried ("试了", "我 8*A10
     * 还是没办法跑起来"), their machine listed before it in the same sentence ("我32G内存，4070ti，跑不起来"). A capability
     * stated of a model or size ("it cannot run on less RAM", "34B加载不了") is none, and so is one heard of or asked ("我听说8G显存加载不了", "我想问34B是不是加载不了").
     */
    private static final Pattern OWN_RUN = Pattern.compile(
            "(?<![a-z])(?:(?:i|we)(?:'ve| have| had)? (?:just |still |also )?(?:tried|attempted|can'?t|cannot|couldn'?t|could not|am unable|was unable|were unable|failed|keep (?:getting|running|hitting))"
                    + "|(?:when|after|while|once) (?:i|we) (?:tried|try|ran|run|loaded|load|started|start|launched|launch)|(?:on|with) (?:my|our)|(?:my|our) (?:[a-z0-9-]+ ){0,2}(?:gpus?|cards?|cpus?|machines?|pc|laptop|desktop|computer|workstation|mac\\w*|server|rig|\\d{4}\\w*))(?![a-z])"
                    + "|试了|试过|尝试了|我(?:的|们)?(?:(?!听说|据说|看到|有人|别人|问|知道)[^。？?！!\\n]){0,30}?(?:跑不|加载不|没(?:有)?(?:办)?法|无法|起不来|失败|报错|爆|不够|卡住|卡死)");
    private static final Pattern ERROR_RECEIVED = Pattern.compile("(?<![a-z])(?:" + ERROR_RECEIVED_EN + ")(?![a-z])|" + ERROR_RECEIVED_ZH);
    /**
     * The verbs of bringing a model up, whose denial tells a failed run ("cannot initiate the models", "unable to launch it",
     * "couldn't deploy"); "use" only where nothing else can follow ("unable to use": "can't use more than 8GB" is a limit).
     */
    private static final String START_VERBS = "run|load|start|launch|deploy|serve|boot|initiate|initiali[sz]e";
    private static final String STARTED = "run|loaded|started|launched|deployed|served|booted|initiated|initiali[sz]ed";
    /** A setup the person tried that failed: unable to load, errors, crashes, freezes, GPUs left idle. */
    private static final Pattern FAILED = Pattern.compile(
            "(?<![a-z])(?:unable to (?:" + START_VERBS + "|use)|not able to (?:" + START_VERBS + ")|(?:can'?t|can ?not|couldn'?t) (?:" + START_VERBS + "|get it)"
                    // "It is not possible to load the model using the GPU": the possibility denied of their run
                    + "|(?:is|was|it'?s)(?: not|n'?t) possible to (?:" + START_VERBS + "|use)"
                    // "I haven't been able to get it running", "have not been able to load it"
                    + "|(?:(?:have|has|had)(?:n'?t| not)|never) been able to (?:(?:" + START_VERBS + ")|get (?:it|this|them|the model) (?:to )?(?:run|running|work|working|load|loaded|start|started))"
                    // the same denied in the passive: "the model cannot be loaded into the GPU", "it couldn't be started", "can not be initiated"
                    + "|(?:can'?t|can ?not|couldn'?t|could not) be (?:" + STARTED + ")"
                    // the memory they have found short of it ("64 GB of CPU ram is not enough to load this model")
                    + "|(?:is|was|are|were)(?: not|n'?t) (?:enough|sufficient) (?:to|for) (?:" + START_VERBS + ")"
                    + "|won'?t (?:work|load|run|start)|doesn'?t (?:work|load|run|start)|not working|fails? (?:to|with)|failing (?:to|when|while)|failed|freez\\w*|crash\\w*"
                    // "it gives following error", "got error:", "I get this error", "Ollama gave me this error message"
                    + "|" + ERROR_RECEIVED_EN + ")(?![a-z])"
                    + "|" + ERROR_RECEIVED_ZH + "|没(?:有)?(?:办)?法(?:跑|运行|加载|启动|部署)|没有成功|不成功|没成功|没(?:有)?(?:启动|运行|部署|加载)成功|跑不起来|起不来|加载不了|(?:加载|载入|执行|运行|调用|推理)[^。，,？?\\s]{0,2}失败|启动不了|启动失败|部署失败|无法(?:运行|加载|启动|部署)"
                    // "提示没有足够的资源", "报没有足够的显存": the run refused for want of memory
                    // "我这边试了一下似乎显存不太够": their own attempt, then the memory found short
                    + "|(?:试了|试过|尝试了)[^。？?！!，,\\n]{0,10}[，,]?[^。？?！!，,\\n]{0,10}(?:显存|内存)(?:也|还是|还|都)?不(?:太)?(?:够|足)"
                    + "|资源不足|没有足够(?:的)?(?:资源|显存|内存|空间|gpu)|(?:提示|提醒)(?:说)?(?:不能|无法)(?:使用|运行|加载|启动|部署)|爆了|利用率(?:低|不高|上不去|较低)|上不去");
    /**
     * A run that stops rather than crawls: hangs, stuck, no response, no output at all ("卡了20分钟也没出结果", "waited an hour
     * and got no output", "nothing is generated"): a fault, not a speed question. Output that comes late ("no output for 30
     * seconds, then it answers") is slowness.
     */
    private static final Pattern STALLED = Pattern.compile(
            "(?<![a-z])(?:hangs?|hung|stuck|freez\\w*|frozen|froze|times? out|timed out|no responses?|never (?:finish|respond|return|answer|output|produce|generate)\\w*"
                    + "|(?:gives?|gave|got|get|getting|shows?|showed|produces?|produced|with|and|but|still) no (?:output|answer|result|tokens?)s?(?! (?:for|until|before|yet|in the first))"
                    + "|nothing (?:is |was |gets |got |ever )?(?:generated|output|printed|returned)(?! (?:for|until|before|yet))|without (?:any )?output"
                    // "when I try to use it, it doesn't do anything"
                    + "|(?:it|model|server|app) (?:just |simply )?(?:doesn'?t|does not|didn'?t|did not) do anything|(?:it|model|server|app) (?:just |simply )?does nothing)(?![a-z])"
                    + "|卡住|卡死|没有(?:任何)?响应|无响应|没反应"
                    // "一直卡在这不动", "会卡在加载模型这一步": stuck at a step (not a card in use: "只有一张卡在使用", "显卡在跑")
                    + "|(?<![张块个显0-9a-z])卡在"
                    + "|(?:也|都|还|一直|始终|仍然|依然|根本)(?:是)?没(?:有)?(?:出|输出|返回|生成|给出|吐出|出来)(?:任何)?(?:结果|内容|回复|回答|文字|字|token)|没有任何(?:输出|结果|回复|回答)");
    private static final String ERROR_WORDS = "error|exception";
    /**
     * Slow for a reason the person reports or suspects: an error, the work moved to the CPU, memory left unused
     * ("内存占用很低"), a wrong setting ("am I choosing the wrong settings?", "am I doing it in a wrong way?"). A run that
     * gets slower over time ("越来越慢") is none: it works, slowly (the corpus' speed/diagnose label audit, pass 47).
     */
    private static final Pattern SLOW_FAULT = Pattern.compile(
            "(?<![a-z])(?:" + Patterns.startsWithOneOf(ERROR_WORDS) + "(?<!no |without |without any |no other )(?:" + ERROR_WORDS + ")|fails|(?:doing|choosing|using) (?:(?:something|it|this|things) )?(?:(?:in )?(?:a |the ))?wrong|(?:shifts?|switch(?:es)?|falls? back|moves?|goes) (?:\\w+ )?to (?:the )?cpu|cpu is prioriti[sz]ed"
                    + "|instead of (?:the )?gpu"
                    // the machine swapping ("swap memory is in 90%"), a GPU left nearly idle ("utilization of GPU is about 5-10%")
                    // a card or feature the engine lacks ("please bring support for it on SM120", "不支持")
                    + "|(?:bring|add) support for|not supported|unsupported|(?:can ?not|can'?t|no longer) supports?"
                    // asking what they set up wrong ("did I miss something in config?", "am I missing anything?", "what could be
                    // wrong here?", "is there something wrong that I have done?")
                    + "|(?:did|have|am) i miss(?:ed|ing)? (?:something|anything)|something (?:wrong|missing) (?:in|with|within) (?:my |the )?(?:config\\w*|setup|settings|usage)"
                    // a step of their setup suspected missed or wrong ("if I miss some key point when using it", "whether I may be
                    // missing some optimization or using an incorrect benchmark setup", "是需要开启什么配置么")
                    + "|(?:i|we) (?:may |might )?(?:be )?miss(?:ed|ing)? (?:some|any|a)(?: \\w+)? (?:key point|point|step|setting|option|optimi[sz]ation|flag|parameter)s?"
                    + "|(?:incorrect|wrong) (?:\\w+ )?(?:setup|settings?|config\\w*|usage)"
                    + "|what (?:could|might|can) be wrong|is there (?:something|anything) wrong (?:that i|i(?:'ve| have)? (?:done|did)|with (?:my|what i)|here)"
                    + "|swapping|swap[^.,;]{0,30}\\d{1,3} ?%|(?:into|from|uses?|using) swap"
                    + "|(?:gpu (?:utili[sz]ation|usage|load)|utili[sz]ation of (?:the |my )?gpu)[a-z ]{0,20}(?<![0-9])1?\\d(?: ?- ?1?\\d)? ?%)(?![a-z])"
                    // their own configuration suspected ("is it a problem with my config?", "是否是我配置问题", "是不是我的参数设置有问题")
                    + "|(?:is (?:it|this|that)|could (?:it|this|that) be|might (?:it|this|that) be) (?:a |an )?(?:problem|issue|mistake|bug) (?:with|in|of) (?:my|the|our) (?:config\\w*|setup|settings?|parameters?|flags?|command|install\\w*)"
                    + "|(?:is|could be|might be) (?:something )?wrong with (?:my|our) (?:config\\w*|setup|settings?|parameters?|flags?|command|install\\w*)"
                    // which of their settings is wrong, asked ("what did I set wrong?", "which flag am I getting wrong?", "is
                    // something misconfigured?", "不知道哪里设置问题", "哪个参数没设置好")
                    + "|(?<![a-z])(?:what (?:did|have|do) (?:i|we) (?:set|configure|configured|set up|setup) (?:wrong|incorrectly)"
                    + "|which (?:setting|parameter|flag|option|config\\w*)s? (?:am i|are we|did i|is|are) [a-z ]{0,20}wrong|misconfigur\\w*)(?![a-z])"
                    // where the fault lies, asked ("what am I doing wrong?", "where did I go wrong?", "哪里出问题了呢", "问题出在哪里",
                    // "这是什么问题"); not a problem only wondered about ("有什么问题吗", "会有什么问题")
                    + "|(?<![a-z])(?:what (?:am|are) (?:i|we) doing wrong|what (?:did|have) (?:i|we) (?:done|do) wrong"
                    + "|where (?:did|do|have|am|are) (?:i|we) (?:go|gone|going|went) wrong|where(?:'s| is) the (?:problem|issue|mistake))(?![a-z])"
                    + "|(?:哪里|哪儿|什么地方)(?:出)?(?:了)?(?:问题|错|毛病)|问题(?:出)?在(?:哪里|哪儿|哪)|(?:这|这个|这是|这种情况下?是|请问是)什么问题"
                    + "|(?:需要|要)(?:开启|打开|设置)什么(?:配置|参数|设置|选项)"
                    + "|不支持|(?:哪里|哪儿|什么地方|哪个参数|哪些参数|哪个配置)(?:没有?)?(?:设置|配置|调)(?:得|的)?(?:错|不对|好|对|有?问题)"
                    + "|(?:是否|是不是|会不会|难道|可能)(?:是)?我(?:的|们)?[^。？?，,]{0,8}(?:配置|设置|参数|命令|部署|操作|安装)(?:的|上|有)?(?:问题|不对|错)"
                    // the same asked as the cause ("是我配置的原因么"), of a setting where the fault lies ("是参数哪里有问题吗"), or
                    // of what they called or set ("调用的接口不对吗"); a fault asked of nothing of theirs ("是哪里有问题？") is none
                    + "|是我(?:的|们)?[^。？?，,]{0,8}(?:配置|设置|参数|命令|部署|操作|安装)(?:的|上)?原因(?:吗|么|嘛|[?？])"
                    + "|(?:参数|配置|设置|命令|接口)(?:上)?(?:哪里|哪儿|什么地方)(?:有|出)?(?:了)?(?:问题|错|不对)"
                    + "|(?:接口|参数|配置|设置|命令|用法)(?:用|调|写|设)?(?:的|得)?(?:不对|错了|有误)(?:吗|么|嘛|[?？])"
                    // VRAM left empty ("显存没有占用", "显存一点都没用上"): the model is not on the card
                    + "|显存(?:基本|完全|根本|一点都|一点也|都)?(?:没|未)(?:有)?(?:被)?(?:在)?(?:用|占用|使用|用上|用到)|内存占用(?:非常|很|极)?(?:低|少)|(?:只有|仅有?)(?:[^，。,.]|\\.(?=\\d)){0,8}内存|内存(?:仅|只)有?");
    /** Something that misbehaves rather than fails outright: a hang, memory far above what was expected, a fault seen. */
    private static final Pattern ODD_FAULT = Pattern.compile(
            "(?<![a-z])(?:stuck|hangs|(?:more|larger|higher|bigger) than expected|while i only have"
                    // "something's wrong there", "something seems off": the person sees a fault in what they describe
                    + "|something(?:'s| is| seems| looks| must be) (?:clearly |definitely )?(?:wrong|off|not right)"
                    // "That's not normal.", "this isn't normal", "这不正常": what they see said to be wrong (asked, "is this normal?", it is NORMAL)
                    + "|(?:that|this|it)(?:'s| is| was|s)? (?:not|n't) (?:\\w+ )?normal|(?:isn'?t|is not|wasn'?t|was not|doesn'?t seem|does not seem|not) normal(?! ?[?？])"
                    // "excessive RAM usage": memory far above what the run should take
                    + "|excessive (?:v?ram|memory|gpu memory)(?: usage| use| consumption)?)(?![a-z])"
                    // memory that grew from one version to the next ("之前启动显存32G，现在启动占用129G")
                    + "|之前[^。？?]{0,20}现在|卡住|卡死|卡在|比预期|超出预期|暴涨|竟然|居然|尽然|异常|不对劲|不(?:太)?正常(?![吗么的?？])"
                    // "加载了模型，但是却发现占用了31G的显存": what they found against what they expected
                    + "|却(?:发现|占用|用了|需要|要了)");

    /** Something that misbehaves: output that is no answer ({@link BadOutputForms}, a fault however slow the run) or {@link #ODD_FAULT}. */
    private static boolean oddFault(String s) {
        return BadOutputForms.said(s) || Prefilter.find(ODD_FAULT, s);
    }
    /**
     * The person asking whether what they see is normal: about a fault or memory use a diagnosis, about speed alone a
     * speed question ("is this speed normal?", "符合预期吗").
     */
    private static final Pattern NORMAL = Pattern.compile(
            "(?<![a-z])(?:is (?:this|that|it) (?:\\w+ )?normal|normal\\?|what(?:'s| is) going on|(?:seem|seems|is (?:this|that|it)) (?:correct|right|expected))(?![a-z])"
                    + "|什么情况|啥情况|怎么回事|正常吗|正常么|正常的吗|正常的么|是否正常|符合预期");
    /** The memory a run was seen to take ("uses 20GB", "takes so much", "占用显存22GB", "占了"): what a why then asks about. */
    private static final Pattern USE_SEEN = Pattern.compile(
            "(?<![a-z])(?:use|uses|using|used|take|takes|taking|took|consume|consumes|consuming|consumed|eat|eats|eating|occup\\w*)(?![a-z])"
                    + "|占用|占了|吃了|用了");
    /** Asking for a model by a quality ("要速度快的模型", "a fast model for chat"): a list, even where speed is the quality. */
    private static final Pattern MODEL_ASKED = Pattern.compile(
            "(?<![a-z])(?:fast(?:er|est)?|quick(?:er|est)?|small(?:er|est)?|good|best) (?:[a-z]+ )?(?:models?|llms?)(?![a-z])"
                    + "|(?:快|速度快|小|好)的模型|(?:要|找|求|推荐)[^。？?，,]{0,8}模型");
    /** Asking what to buy or choose between hardware options. */
    /**
     * A choice word: the person asks which option to take ("which", "better", "vs", "should I", 哪个, 还是, 选, 推荐), or
     * names a fallback for when the first will not do ("6GB? if not, the 12GB one?", 不行的话).
     */
    private static final Pattern WEIGH = Pattern.compile(
            "(?<![a-z])(?:which|better|best|vs|versus|should i|worth|choose|choice|recommend\\w*|prefer\\w*|compar\\w*|difference|faster|slower"
                    + "|if not|otherwise)(?![a-z])|还是|哪个|哪张|哪款|哪一|选|推荐|值得|更好|更快|对比|比较|区别|不行的话|不够的话|否则");
    /**
     * A choice asked outright ("which one", "vs", "should I", "哪个", "选哪"), not options listed ("a 4090 or an H100", "还是说",
     * "或者", "compared with 32B"): beside a memory question only such a word makes the options the question.
     */
    private static final Pattern CHOICE_ASKED = Pattern.compile(
            "(?<![a-z])(?:which|vs|versus|should i|choose|choice|prefer\\w*)(?![a-z])|哪个|哪张|哪款|哪一|哪种|选哪|选择|更好|更适合|更合适");
    private static final Pattern CHOOSE = Pattern.compile(
            "(?<![a-z])(?:or|vs|versus|which|better|should i (?:buy|get)|worth|choose|recommend)(?![a-z])|还是|哪个|选哪|值得|推荐|买");

    /** Training a model: "train", "fine-tune", "finetuning", "QLoRA", "SFT", 微调, 训练 (not "a trained model", 训练好的, 预训练模型). */
    private static final Pattern TRAINING = Pattern.compile(
            // not a part of a model's name ("moss-moon-003-sft-plugin-int8", "chatglm-6b-finetune"), nor the banner every Unsloth
            // run prints, loading for inference too ("Unsloth: Will patch your computer to enable 2x faster free finetuning")
            "(?<![a-z])(?<![a-z0-9][-_/])(?<!faster free )(?:train|training|fine[- ]?tune|fine[- ]?tuning|finetune|finetuning|qlora|sft|full[- ]parameter)(?![a-z])|微调|(?<!预)训练(?!好|完|过|的模型)");
    /**
     * Running a model as well ("train and inference", "训练和推理", "训练还是web": a web demo or web UI runs it): then it is
     * an inference question too.
     */
    private static final Pattern INFERENCE = Pattern.compile(
            "(?<![a-z])(?:infer|inference|inferencing|run|running|serve|serving|deploy|launch|chat|evaluat(?:e|ing|ion)|web(?:ui|[ _-]?demo)?)(?![a-z])|推理|部署|运行|跑|测评|评测");

    /** Memory use told rather than asked for ("显存占用问题", "memory usage is 20GB"). */
    private static final Pattern USAGE_TOLD = Pattern.compile("显存占用|(?:v?ram|memory) usage");

    /**
     * Memory use asked as a topic rather than told of a run: "显存占用情况如何", "推理显存占用是多少", "what is the memory usage?",
     * "vram usage for each model?".
     */
    private static final Pattern USAGE_ASKED = Pattern.compile(
            "^(?:的)?(?:情况|是多少|多少|多大|有多大|大概多少|大约多少)|^ ?(?:is |would be |will be )?(?:(?:for|of) [a-z0-9 .-]{0,30})?[?？]");

    /** Whether a memory question asks how much is needed, not only tells how much is in use. */
    static boolean asksMemoryItself(String s) {
        if (!Prefilter.mayFind(MEMORY, s)) return false;
        Matcher m = Prefilter.matcher(MEMORY, s);
        while (m.find()) {
            if (!USAGE_TOLD.matcher(m.group()).matches() || USAGE_ASKED.matcher(s).region(m.end(), s.length()).lookingAt()) return true;
        }
        return false;
    }

    /**
     * An issue template's bug-report headers ("### Describe the bug", "Steps to reproduce", "Expected behavior", Ollama's
     * "### What is the issue?", LM Studio's "**What is the bug?**", "问题描述", "复现步骤") or a "[Bug]" / "[BUG/Help]" title
     * tag: the post reports a fault.
     */
    private static final Pattern BUG_TEMPLATE = Pattern.compile(
            "(?m)^[ \\t>]*(?:#{1,4} *)?(?:\\*\\*)?(?:describe the bug|bug description|steps to reproduce|reproduction steps?|to reproduce|what is the (?:issue|bug)\\??|expected behaviou?r|actual behaviou?r|current behaviou?r"
                    + "|问题描述|复现步骤|复现方法|期望行为|预期行为|实际行为)(?:\\*\\*)?[ :：]*$"
                    + "|^[ \\t]*\\[bug(?:/help)?\\]|^[ \\t]*bug[:：]");

    /**
     * The kind, by {@link #decide}; a bug report (by its template) that would read as a plain question whether it runs, how
     * much it needs or what runs, as models weighed with no choice asked, or as nothing at all is a diagnosis: the person
     * files a fault. Slowness reported in one stays a speed question.
     */
    static Intent classify(String low, Found found) {
        Intent i = decide(low, found);
        if ((i == Intent.CAN_RUN || i == Intent.MEMORY_NEEDED || i == Intent.WHAT_CAN_RUN || i == Intent.UNKNOWN
                || (i == Intent.COMPARE && !Prefilter.find(CHOICE_ASKED, low))) && Prefilter.find(BUG_TEMPLATE, low)) return Intent.DIAGNOSE;
        if (i == Intent.DIAGNOSE) return byHeadline(low, found);
        // the mirror of byHeadline: a title that tells a failure ("OOM with vLLM", "运行内存不够闪退", "cudaMalloc failure")
        // makes the post a report of it, whatever yes or no the body then asks (a machine described, "只有CPU+内存", is none)
        if (i == Intent.CAN_RUN) {
            String h = Headline.of(low);
            if (h != null && failureIn(h)) return Intent.DIAGNOSE;
        }
        return i;
    }

    private static final ReportSpotter HEADLINE_REPORTS = new ReportSpotter();

    /**
     * A fault the README counts besides slowness, anywhere in the post: an error or crash told, a hang with no answer, out
     * of memory, garbage output, swapping, the GPU not used, memory far from what was expected, or a wrong setting
     * suspected ("did I miss something in the config?"). A pasted log without an error, or a why, is none.
     */
    private static boolean faultBesidesSlowness(String s, Report r) {
        return failureOrFault(s, r) || (r.log() != null && Prefilter.find(LOG_FAULT, s)) || MemoryUseForms.said(s);
    }

    /** A failure told or a fault besides slowness, in the text and its report: the classes both the post and its headline weigh. */
    private static boolean failureOrFault(String s, Report r) {
        return r.has(Report.Symptom.OUT_OF_MEMORY) || r.has(Report.Symptom.CRASH) || r.has(Report.Symptom.GPU_NOT_USED) || r.fails()
                || ReportSpotter.seen(FAILED, s) || ReportSpotter.seen(STALLED, s) || Prefilter.find(SLOW_FAULT, s) || oddFault(s);
    }

    /** A failure or fault told in a headline, with its report (the classes that make a post a diagnosis whatever its body asks). */
    private static boolean faultIn(String headline, Report r) {
        return failureOrFault(headline, r) || r.has(Report.Symptom.PARTIAL_VRAM) || r.has(Report.Symptom.CONTEXT_LIMIT)
                || Prefilter.find(LOG_FAULT, headline);
    }

    /**
     * A run that failed, told in a headline: out of memory, a crash, a failed run or call ("Failing when trying to run …",
     * "部署成功但调用失败"), an error or a hang. Not a limit stated ("the 4090 can't run
     * llama 65b. Can I run it on a Mac?" asks about the Mac) nor a failure feared ("worried it might fail to load").
     */
    private static boolean failureIn(String headline) {
        Report r = HEADLINE_REPORTS.spot(new Scan(headline), null);
        return r.has(Report.Symptom.OUT_OF_MEMORY) || r.has(Report.Symptom.CRASH) || ReportSpotter.seen(STALLED, headline)
                || ReportSpotter.seen(FAILED, LIMIT_STATED.matcher(headline).replaceAll(" ")) || Prefilter.find(LOG_FAULT, headline);
    }

    /**
     * A shortage stated rather than a run's failure told ("单卡显存不够", "我发现32G显存不够用", "not enough VRAM for fp16"): the
     * reason a yes or no is asked. Shown as an error ("报显存不足", "提示内存不够") it is a failure told.
     */
    private static final Pattern SHORTAGE = Pattern.compile(
            "(?<![a-z])(?:not enough|insufficient) (?:gpu |video |system )?(?:v?ram|memory)(?![a-z])"
                    + "|(?<!报|提示|显示|出现)(?:显存|内存)(?:也|还是|还|都)?(?:不足|不够)");
    private static final String CANNOT = "can'?t|cannot|can not";
    /**
     * A limit stated of a machine or a model rather than a run told ("The 4090 can't run the 65B model", "it cannot load
     * on 8GB", "3060跑不了70b"); with the person as its subject ("I can't load it") it is their failed run.
     */
    private static final Pattern LIMIT_STATED = Pattern.compile(
            "(?<![a-z])" + Patterns.startsWithOneOf(CANNOT) + "(?<!i |we )(?:" + CANNOT + ") (?:run|load|handle|fit)(?![a-z])|跑不了|跑不动|带不动|装不下");

    /**
     * The person's own run failed or misbehaved (eval/real-questions/README.md, label rule A): out of memory, a crash, a
     * failed load or start, an error received, a hang, garbage output, the GPU left unused, a log with an error. Not a failure only feared (ReportSpotter reads none in a question or a modal clause), a shortage stated
     * ({@link #SHORTAGE}) or a limit stated ({@link #LIMIT_STATED}). Beside a yes or no about running ("Can I run it on my
     * 3090? I keep getting out of memory", "是否可以跑在8G的卡上？我的8G卡爆显存了") the thread is about their failure: a
     * diagnosis, whose answer still carries the verdict.
     */
    private static boolean ownFailureTold(String s, Report r) {
        String told = LIMIT_STATED.matcher(SHORTAGE.matcher(s).replaceAll(" ")).replaceAll(" ");
        return ReportSpotter.outOfMemoryTold(told) || r.has(Report.Symptom.CRASH) || r.has(Report.Symptom.GPU_NOT_USED)
                || ReportSpotter.seen(FAILED, told) || ReportSpotter.seen(STALLED, s)
                || BadOutputForms.said(s) || (r.log() != null && Prefilter.find(LOG_FAULT, s));
    }

    /**
     * A diagnosis read from the whole post, weighed against its {@link Headline}. The cue classes, and where each counts:
     * <ul>
     * <li>failure told (failed, OOM, crash, killed, hang, 报错, 失败, 爆显存, 卡住, 崩溃), a fault besides slowness (GPU unused,
     * half the VRAM, garbage, memory far above what was expected, a wrong setting suspected), a cause or fix asked for
     * (why, what's wrong, how to fix): in the headline each makes the post a diagnosis, whatever the body asks;</li>
     * <li>error text, a pasted log, the setup shown, the same failures and faults in the body: the background of a
     * headline that asks something else, so they do not outweigh it;</li>
     * <li>a yes or no about running a model or on a machine ("Can X run on Y?", "能跑…不？", "is it possible…"): in a
     * headline free of the classes above, the question asked, so the post is a can-run question, unless their own run
     * failed below it ({@link #ownFailureTold}: then the failure is the subject, label rule A);</li>
     * <li>slowness or speed alone ("too slow", "performance is bad", "13 tokens/s", "速度过慢"): in a headline free of the
     * failure classes (a why is allowed: "why is it so slow?" is a speed question), the complaint is that it is slow,
     * so the post is a speed question where the body shows nothing the README counts as a fault besides slowness (a log
     * of the run, its command, the speeds measured are no fault).</li>
     * </ul>
     */
    private static Intent byHeadline(String low, Found found) {
        String h = Headline.of(low);
        if (h == null) return Intent.DIAGNOSE;
        Report r = HEADLINE_REPORTS.spot(new Scan(h), null);
        if (faultIn(h, r)) return Intent.DIAGNOSE;
        boolean asksCause = Prefilter.find(WHY, h) || Prefilter.find(ASKS_FIX, h) || Prefilter.find(NORMAL, h) || Prefilter.find(ASKS_SETTING, h);
        boolean slowOnly = r.has(Report.Symptom.SLOW) || Prefilter.find(SPEED, h) || Prefilter.find(SPEED_TOPIC, h);
        if (slowOnly && !Prefilter.find(MEMORY, h) && !faultBesidesSlowness(low, found.report)) return Intent.SPEED;
        // a bug filed (its template or its "[Bug]" tag) asks for the fault to be found, whatever its title asks
        if (Prefilter.find(BUG_TEMPLATE, low)) return Intent.DIAGNOSE;
        boolean asksRun = (RunHeadline.asks(h) || Prefilter.find(YES_NO, h) || Prefilter.find(ENOUGH, h)) && (found.models > 0 || found.hardware);
        if (asksRun && !asksCause && !Prefilter.find(MEMORY, h) && !Prefilter.find(WHAT_CAN_RUN, h) && !ownFailureTold(low, found.report)) {
            return Intent.CAN_RUN;
        }
        return Intent.DIAGNOSE;
    }

    private static Intent decide(String low, Found found) {
        String s = low.strip();
        if (!Prefilter.find(MEANINGFUL, s)) return Intent.UNKNOWN;
        if (HELP_COMMAND.matcher(s).matches()) return Intent.HELP;
        boolean nothingElse = found.models == 0 && !found.hardware && found.alternatives == 0;
        // a request for help with the bot is one short line; a post of several lines asking for help has a problem of its own
        if (Prefilter.find(HELP_PHRASE, s) && nothingElse && s.indexOf('\n') < 0 && s.length() <= 80) return Intent.HELP;
        if (Prefilter.find(TRAINING, s) && !Prefilter.find(INFERENCE, s)) return Intent.OUT_OF_SCOPE;
        Report r = found.report;
        boolean stalled = ReportSpotter.seen(STALLED, s);
        boolean failed = ReportSpotter.seen(FAILED, s);
        boolean slowFault = Prefilter.find(SLOW_FAULT, s);
        // read once: the rules below ask several times
        boolean badOutput = BadOutputForms.said(s);
        boolean oddFault = badOutput || Prefilter.find(ODD_FAULT, s);
        // timings pasted next to "it is too slow" show a run that answers: the log alone is no fault
        boolean logOfSlowRun = r.log() != null && r.has(Report.Symptom.SLOW) && !stalled && !failed && !slowFault
                && !r.has(Report.Symptom.CONTEXT_LIMIT) && !Prefilter.find(LOG_FAULT, s);
        boolean trouble = (r.log() != null && !logOfSlowRun) || r.has(Report.Symptom.OUT_OF_MEMORY) || r.has(Report.Symptom.GPU_NOT_USED)
                || r.has(Report.Symptom.PARTIAL_VRAM) || r.has(Report.Symptom.CRASH);
        // "一张卡利用率很低，另一张100%": the work runs, unevenly spread, unless something also broke
        if (Prefilter.find(UNEVEN_LOAD, s) && !r.has(Report.Symptom.OUT_OF_MEMORY) && !r.has(Report.Symptom.CRASH) && !stalled
                && found.alternatives == 0) return Intent.SPEED;
        // "qwen 72b爆显存，有量化版本么": the question is for a smaller build of the model named, the failure is why they
        // ask (with neither a model nor a machine named and a failure told, the failure is what can be answered; with no
        // failure, "请提供GGUF" asks a build of the thread's own model)
        boolean modelMeant = found.models > 0 || found.hardware || Prefilter.find(UNNAMED, s);
        if (Prefilter.find(QUANT_REQUEST, s) && (found.models > 0 || found.hardware || !failureOrFault(s, r)) && r.log() == null) {
            return Intent.WHICH_FORMAT;
        }
        // memory asked or told beside it is a memory question or a fault (a sizing answers per format), and memory far above
        // what was expected is a fault to explain
        // memory far from what was expected, read once: three of the cues below weigh it
        boolean memoryOff = MemoryUseForms.said(s);
        if (Prefilter.find(QUANT_HOW, s) && modelMeant && r.log() == null && !Prefilter.find(MEMORY, s) && !memoryOff
                && !oddFault) {
            return Intent.WHICH_FORMAT;
        }
        boolean problem = Prefilter.find(PROBLEM, s);
        // memory use told of their run ("显存占用23GB", "low ram usage", "VRAM usage is significant") is what they saw, not a
        // question of what the model needs: the run's speed or fault is then the question
        boolean asksMemory = asksMemoryItself(s);
        boolean asksSpeed = Prefilter.find(SPEED, s)
                || (Prefilter.find(IMPROVE, s) && (r.tokensPerSecond() != null || Prefilter.find(SPEED_TOPIC, s) || Prefilter.find(LOAD_SHARE, s)));
        // "how much VRAM does it need? I get OOM on my 3090": a failure of their own run told beside the memory question makes
        // the run the subject (the corpus' label rule A: the answer must say why it failed as well as what it needs). A
        // failure only feared ("will it OOM?") is not told (ReportSpotter reads no symptom in a question or a modal clause).
        // Beside a memory question, a failure in looser words ("34B加载不了", "cannot run on less RAM (am I right)?") makes the
        // run the subject only with their setup shown or a setting asked for ("需要多少显存？我用 python infer.py … 无法启动").
        // the GPU left unused by their run ("use 100% CPU when I raise num_ctx") is their run misbehaving as much as a crash
        boolean toldFailure = r.has(Report.Symptom.OUT_OF_MEMORY) || r.has(Report.Symptom.CRASH) || r.has(Report.Symptom.GPU_NOT_USED)
                || failed || stalled || r.fails() || (r.log() != null && Prefilter.find(LOG_FAULT, s));
        // an error received ("it throws an error", "报错") is their own run failing, as plain as a command shown
        boolean failingRun = toldFailure && (Prefilter.find(SETUP_SHOWN, s) || Prefilter.find(ASKS_SETTING, s) || ReportSpotter.seen(ERROR_RECEIVED, s)
                || Prefilter.find(OWN_RUN, s));
        boolean memoryFirst = asksMemory && !Prefilter.find(ASKS_FIX, s) && !toldFailure;
        // A setup that misbehaves: out of memory, GPU unused, half the VRAM, a pasted log; or slow, asked why.
        // ("I keep running out of memory. What's the biggest model I can run on a 3060?" asks for a model, not a cause)
        boolean asksBiggest = Prefilter.find(BIGGEST, s);
        boolean asksWhat = Prefilter.find(WHAT_CAN_RUN, s) || asksBiggest;
        // "V100单卡能inference吗 我发现32G显存不够用", "is it possible on 8GB? people say it runs out of memory": the question
        // asked is yes or no about running it, the shortage or someone else's failure its background (not "why", not "how to
        // fix", not a pasted log); beside their own failed run it is a diagnosis (label rule A, ownFailureTold), unless what
        // runs is asked ("it keeps running out of memory, which models can it run?")
        boolean asksYesNo = Prefilter.find(YES_NO, s) && !problem && !Prefilter.find(WHY, s) && r.log() == null
                && (asksWhat || !ownFailureTold(s, r));
        if (trouble && !asksYesNo && !memoryFirst && !(asksBiggest && r.log() == null && !problem)) return Intent.DIAGNOSE;
        // a memory question beside a failing run shown (a command with its flags, "无法启动"): the run is the subject, named or not
        if (asksMemory && failingRun && !asksWhat && !asksYesNo) return Intent.DIAGNOSE;
        // "需要多少显存？…运行起来直接就20多了，都是什么东西在占用显存？": the memory their run takes is what they ask about
        if (asksMemory && found.models > 0 && Prefilter.find(MEMORY_TAKER, s) && !asksWhat && !asksYesNo) return Intent.DIAGNOSE;
        // what to buy comes before speed: how fast each option runs is how they choose
        if (Prefilter.find(BUY, s) && !trouble) return Intent.COMPARE_HARDWARE;
        // A setup that runs, only slowly ("推理速度很慢", "why is it slow on my 4090", "3 tokens/s, how to speed up"):
        // a speed question. Slowness next to another fault (OOM, GPU unused, hangs, errors) stays a diagnosis.
        // Hardware options weighed side by side ("the A6000 is slower than the 4090, why?") stay a comparison.
        // memory far above what was expected is a fault besides the slowness ("显存占用是72B-Chat的一倍，性能只有一半")
        boolean otherFault = trouble || r.has(Report.Symptom.CONTEXT_LIMIT) || stalled || failed || slowFault || badOutput || memoryOff;
        if (r.has(Report.Symptom.SLOW) && !otherFault && !asksMemory && !asksBiggest && found.alternatives == 0) return Intent.SPEED;
        if (r.has(Report.Symptom.SLOW) && problem && !memoryFirst) return Intent.DIAGNOSE;
        if (r.has(Report.Symptom.CONTEXT_LIMIT) && problem && !memoryFirst) return Intent.DIAGNOSE;
        // "I'm unable to run llama 3 70b on 7x24 GB cards", "mixtral on my M1 Pro is incredibly slow"
        boolean tried = found.models > 0 || found.hardware;
        // memory far above what they expected ("why does it use twice the VRAM?", "huge memory usage", 显存占用过高, 显存翻倍):
        // a setup that misbehaves, to be explained (eval/real-questions/README.md, kind diagnose), not a sizing question
        if (tried && memoryOff && !asksWhat && !asksYesNo && found.alternatives == 0) return Intent.DIAGNOSE;
        if (tried && !asksMemory && (failed || (r.has(Report.Symptom.SLOW) && (!asksSpeed || otherFault)))
                && !asksWhat && !asksYesNo) return Intent.DIAGNOSE;
        // A working setup they want faster, or a question about speed.
        if (asksSpeed && (r.works() || r.tokensPerSecond() != null || r.has(Report.Symptom.SLOW)) && !asksMemory && !slowFault
                && !stalled && !badOutput) return Intent.SPEED;
        // "部署后推理胡言乱语", "卡在model.chat不动了", "显存占用22gb左右是否正常": a setup that misbehaves, even where the
        // person also asks how much memory it should take
        // "为什么开启load_in_8bit后推理速度反而降低", "4090比V100回答速度快了5倍，这是什么原因": why a working run is as fast
        // as it is, with no fault named, is a speed question
        // a speed told ("每秒20个token，正常吗") is asked about as much as a speed word is
        if (tried && (asksSpeed || r.tokensPerSecond() != null) && !otherFault && !asksMemory && found.alternatives == 0 && !oddFault
                && (Prefilter.find(WHY, s) || problem || Prefilter.find(NORMAL, s))) return Intent.SPEED;
        // a run with no output at all ("卡了20分钟也没出结果") is a hang, slow word or not
        // garbage output is their own run's, named or not ("为什么部署后输出的是一堆乱码")
        if ((tried || badOutput) && (oddFault || Prefilter.find(NORMAL, s) || stalled) && !asksWhat && !asksYesNo) {
            return Intent.DIAGNOSE;
        }
        // a fault the person names or suspects without calling the run slow ("500G内存只用了18G", "vllm can not support
        // Phi-3 on 4 cards", "did I miss something in the config?")
        if (tried && slowFault && !asksWhat && !asksYesNo && !asksMemory) return Intent.DIAGNOSE;
        if (Prefilter.find(MORE_ON_GPU, s) && !otherFault) return Intent.SPEED;
        // WHY asks for the reasons of a verdict ("why?", "why not Q8?", "why can't my 3060 run 70b models", "为啥3060跑不了70b");
        // a why about the memory a run was seen to take ("为什么1B参数的模型占用显存22GB", "why does it use 20GB?") asks about
        // that run, however short its Chinese is: a diagnosis
        // a why about the speed of their run in a post of its own, with neither a model nor a machine named ("为什么每次询问都要
        // 初始化，影响返回值速度"): a speed question, not the why of a follow-up
        boolean post = s.length() >= 40 || s.indexOf('\n') >= 0;
        if (nothingElse && post && asksSpeed && !otherFault && !oddFault && !asksMemory && Prefilter.find(WHY, s)) return Intent.SPEED;
        if (Prefilter.find(WHY, s)) {
            return nothingElse || (s.length() < 40 && !Prefilter.find(USE_SEEN, s)) ? Intent.WHY : Intent.DIAGNOSE;
        }
        boolean compares = Prefilter.find(COMPARE, s);
        // "单卡3090或4090能跑吗", "a single A100 80GB or an H100? can it run…": options of one memory size change no answer,
        // the yes or no is what is asked. So too a yes or no put to a family or list of machines with no choice word ("is it
        // possible on a M1/M2 MacBook Pro?", "能否支持M1或M2的MAC", "can it run on a 3060/3070?"): options are weighed only
        // when the person asks which to take
        if (found.alternatives >= 2 && (Prefilter.find(YES_NO, s) || Prefilter.find(ENOUGH, s)) && !Prefilter.find(BUY, s)
                && (found.alternativesAlike || !Prefilter.find(WEIGH, s))) return Intent.CAN_RUN;
        // "需要多少显存？…跟32B的模型做对比", "how much GPU RAM is needed for a 4090, 4080 and 4070", "需要什么显卡配置，4090或者H100
        // 需要多少卡": the need of a model asked, other models or cards only named beside it; weighed where a choice is asked
        boolean needAsked = asksMemory && asksMemoryItself(s) && !Prefilter.find(CHOICE_ASKED, s);
        if (!needAsked && (found.alternatives >= 2 || (found.alternatives == 1 && found.gpus >= 1 && Prefilter.find(CHOOSE, s)))) {
            return Intent.COMPARE_HARDWARE;
        }
        // two models, or two hardware options for one model ("4090 vs 2x3090 for llama 3 70b"); one model named again in a
        // path, a flag or a log ("--model …/Qwen3-Coder-30B-A3B-Instruct-int8-ov", "13b … Wizard-Vicuna-13B") is not two
        if (compares && !needAsked && found.distinctModels >= 2 && !found.sizesOnly) return Intent.COMPARE;
        // formats weighed against each other, by any word of choice ("gptq or awq, which is faster?", "is fp8 the best, int8 lesser
        // preferred?"): which to use is the question
        if (Prefilter.find(WHICH_FORMAT, s) || Prefilter.find(QUANT_LOSS, s) || (found.formats >= 2 && (compares || Prefilter.find(WEIGH, s)))) {
            return Intent.WHICH_FORMAT;
        }
        // before the memory question: "how large can R1 be deployed with 8x 4090?" names cards to fill, not a need
        if ((found.hardware || found.targets > 0) && Prefilter.find(VARIANTS, s)) return Intent.WHAT_CAN_RUN;
        // "需要多大显存，一张24G 4090能跑吗", "what are the requirements? will my 4090 suffice?": the yes or no about their machine
        if (asksMemory && (found.hardware || found.targets > 0 || amountPutToTest(s)) && Prefilter.find(ENOUGH, s) && !problem) return Intent.CAN_RUN;
        // memory use told of their own run with no need asked ("每次对话显存占用都会增加", "low ram usage … is there a way to
        // dedicate more?", "gpu 0显存占用很高，1，2显存无变化"): the use they saw is what they ask about, a setup to explain
        if (!asksMemory && !asksSpeed && !asksWhat && !asksYesNo && found.targets == 0 && Prefilter.find(USAGE_TOLD, s)) return Intent.DIAGNOSE;
        if (asksMemory || found.targets > 0) return Intent.MEMORY_NEEDED;
        // speed asked of a machine with no model named ("8张H20每秒多少token", "will a 4090 get faster results with vllm?") is
        // still a speed question: the list of what the machine runs answers only a question for a list
        // no speed of a run told: a yes or no about running beside the speed asked is asked first
        if (asksSpeed && r.tokensPerSecond() == null && (found.models > 0 || found.hardware) && !asksWhat && runAskedBesideSpeed(s)) return Intent.CAN_RUN;
        if (asksSpeed && (found.models > 0 || (found.hardware && !asksWhat && !Prefilter.find(MODEL_ASKED, s)))) return Intent.SPEED;
        boolean asksCan = Prefilter.find(CAN_RUN, s);
        if (isFollowUp(s) && !asksWhat) return Intent.UNKNOWN;
        // "can my 4090 run it?", "is it possible on a 4GB GPU?", "能在CPU模式下运行吗": a yes or no about the thread's own model
        if (found.models == 0 && found.hardware && !asksWhat && (Prefilter.find(UNNAMED, s) || Prefilter.find(YES_NO, s))) return Intent.CAN_RUN;
        // "what's the best 70b for my card" asks for a model, the size only narrows the choice
        if ((found.models == 0 || (found.sizesOnly && asksWhat)) && (asksWhat || found.hardware)) {
            return Intent.WHAT_CAN_RUN;
        }
        // "MacBook Pro 32G 可以跑哪个model？我想用ollama架设DeepSeek-Coder": which model asked of their machine, the one named
        // only what they have in mind
        if (found.models > 0 && found.hardware && (Prefilter.find(WHICH_MODEL, s) || asksBiggest)) return Intent.WHAT_CAN_RUN;
        if (found.models > 0 && (asksCan || found.hardware)) return Intent.CAN_RUN;
        if (found.models > 0 && found.sizesOnly && !found.hardware) return Intent.MEMORY_NEEDED;
        // speed asked with neither a model nor a machine named ("how can I make token generation 10x faster?", "推理速度是不是变慢了"):
        // still a speed question, answered by what speed depends on
        if (asksSpeed && !asksWhat) return Intent.SPEED;
        // a failure of their own told with neither a model nor a machine named ("部署失败，启动不成功，这个怎么排查", "Failed to
        // load the model. Error loading model."): the fault is what they ask about, whatever the answer can then size
        if (toldFailure && !asksWhat && !isFollowUp(s)) return Intent.DIAGNOSE;
        return Intent.UNKNOWN;
    }
}
