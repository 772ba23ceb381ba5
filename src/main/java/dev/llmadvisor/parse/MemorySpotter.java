package dev.llmadvisor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots memory amounts not attached to a card name, tells GPU memory from system RAM by the words around
 * them ("16GB card", "显存16G" vs "64GB RAM", "内存64G"), and tells capacity from every other use of a
 * number of gigabytes: memory in use ("it only uses 7GB", "占用了60G"), sizes of files and models ("the gguf
 * is 40GB", "权重文件一共32G"), requirements and questions ("needs around 60 GB", "需要120G吗"). Also "no GPU",
 * "纯CPU". Which amount belongs to which device is decided later, with the cards in view.
 */
final class MemorySpotter {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    // "24G显存+64G内存", "显存/内存": a plus or a slash lists two memories, as a comma does
    private static final Pattern LIST_MARK_IN = Pattern.compile(".*[,，、;；+＋/\\s].*");
    private static final Pattern CARD_WORD_IN = Pattern.compile("(?s).*(?:gpu|card|device|卡).*");

    /** What the words around an amount say it is. */
    enum Kind { VRAM, RAM, STORAGE, BARE }

    /**
     * One amount. {@code capacity}: memory the machine has, as opposed to memory in use, a size or a need;
     * {@code total}: a sum over several devices ("72GB VRAM in total", "总共64G"); {@code count}: a count
     * written with it ("64g*8", "8x 32GB"), already multiplied into {@code gb} for RAM.
     */
    record Amount(int start, int end, double gb, Kind kind, boolean capacity, boolean total, Integer count) { }

    /**
     * {@code noGpuSaid}: words saying there is no GPU at all; {@code integrated}: integrated-graphics words ("iGPU", 核显);
     * {@code onCpu}: a word for running on the CPU.
     */
    record Memory(List<Amount> amounts, boolean noGpuSaid, boolean integrated, boolean onCpu) {
        /** Any word for a machine without a card of its own, or for running on the CPU. */
        boolean cpuOnly() { return noGpuSaid || integrated || onCpu; }

        /** No GPU said, or only integrated graphics named. */
        boolean noGpu() { return noGpuSaid || integrated; }

        /** The words are only integrated-graphics words, which a named APU chip answers. */
        boolean integratedOnly() { return integrated && !noGpuSaid && !onCpu; }
    }

    private static final double MAX_GB = 65536;
    // An amount right after "digits," is a thousands group ("1,024 GB") unless the digits before cannot start one:
    // four of them ("Xeon 8380，512G内存", the full-width comma folded to ",") or the amount is one or two digits.
    // A decimal comma follows one to three digits ("39,4 GB"): after four or more the digits are a year, a CPU's or a
    // card's number and the comma parts clauses ("MacBook Pro 2026，32G 内存", "i9 13900，64G").
    // "4bit-128g" is a GPTQ group size, not memory; "12个G" is 12 GB; "CPU32G", "cpu16g" (the machine's memory written
    // against its CPU word, as Chinese posts do) is 32 GB.

    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?<![a-wyz0-9.])|(?<=cpu))(?<![a-z]x)(?<!bit[-_])(?:(?<!\\d,)|(?<=\\d{4},)|(?=\\d{1,2}(?![\\d.,])))(\\d{1,12}(?:\\.\\d{1,16})?|\\d{1,3},\\d{1,2}(?!\\d)) ?(?:个 ?(?=g))?(?:gigabytes?|gigs?|gib|gi|gb|g|吉|tb|t(?![a-z/])"
            // megabytes: see megabytesOfMemory
            + "|mib|mb|m"
            // French gigaoctets ("64 Go RAM", "16 Go de VRAM"), only with a memory word after: "go" is an English word too
            + "|go(?= ?(?:de |d')?(?:v?ram|ddr|m[ée]moire)(?![a-z])))(?:(?![a-z])|(?=v?ram|ddr|mem|d[345](?![0-9])))"
            // "288 GB/s": a bandwidth, not an amount of memory
            + "(?! ?/ ?s(?![a-z]))");
    private static final Pattern TERABYTES_OF_MEMORY = Pattern.compile("内存|(?<![a-z])(?:d?ram|memory|mem)(?![a-z])");
    /** A memory word after a word that says which memory ("1T system memory", "2T of host RAM", "1.5T DDR5 memory"). */
    private static final Pattern QUALIFIED_MEMORY_AFTER = Pattern.compile(
            " ?(?:of )?(?:(?:system|host|cpu|physical|main|server|ecc|ddr[345]|lpddr[45]x?|系统|物理) ?){1,2}(?:内存|d?ram|memory|mem)(?![a-z])");
    private static final Pattern COUNT_AFTER_AMOUNT = Pattern.compile("^ ?[x×*] ?(\\d{1,2})(?!\\d|\\.\\d)|^ ?(\\d{1,2}|两|二|四|八|六) ?(?:条|根)");
    /** "7x24 GB", "4张24G", "两条16G": a count of devices before the amount. */
    private static final Pattern COUNT_BEFORE_AMOUNT = Pattern.compile(
            "(?<![a-z0-9.])(?:(\\d{1,2}) ?[x×*]|(\\d{1,2}|两|二|三|四|五|六|七|八) ?(?:张|块|条|根|个)"
                    // "2 sticks of 32GB", "four DIMMs of 64GB": memory modules
                    + "|(\\d{1,2}|two|four|six|eight) (?:sticks|modules|dimms) of) ?$");
    /** A factor before a device count: the "2*" of "2*8*80G", "2x8x80GB". */
    private static final Pattern FACTOR_BEFORE_COUNT = Pattern.compile("(?<![a-z0-9.*×])(\\d{1,2}) ?[x×*] ?$");
    /**
     * "8 48GB GPUs", "eight 24GB cards", "two 16 GB graphics cards": a bare count (no "x", no measure word) before a
     * size-only card. Only with a card word after the amount ({@link #CARD_AFTER_COUNTED_AMOUNT}): "Windows 11 16GB RAM",
     * "Llama 3 8GB" count nothing.
     */
    private static final Pattern BARE_COUNT_BEFORE_AMOUNT = Pattern.compile(
            "(?<![a-z0-9.,:/-])(\\d{1,2}|two|three|four|five|six|seven|eight|ten|twelve|sixteen) $");
    /** The card word after a counted amount: "… 48GB GPUs", "… 24 GB cards", "… 16GB VRAM cards", "… 80G nvidia gpus". */
    private static final Pattern CARD_AFTER_COUNTED_AMOUNT = Pattern.compile(
            "^ ?(?:of )?(?:(?:v?ram|vram|gpu memory|memory) )?(?:nvidia |amd |intel )?(?:gpus|cards|graphics cards|accelerators|devices)(?![a-z])");
    private static final Map<String, Integer> LARGER_COUNT_WORDS = Map.of("ten", 10, "twelve", 12, "sixteen", 16);
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("\\d ?(?:gigabytes?|gigs?|gib|gb|g)$");
    private static final Pattern RESTATED = Pattern.compile("\\d(?:\\.\\d+)? ?(?:gib|gb|g) ?\\($");
    /**
     * "I am using the 48 gb unified memory one", "the 16GB RAM version": a machine picked by its memory among the sizes it is
     * sold in, so what it has even after a word of use; the memory word is required ("the 40GB version" may be a model file).
     */
    private static final Pattern VARIANT_AFTER = Pattern.compile(
            "^ ?(?:of )?(?:unified |system |gpu |video )?(?:memory|v?ram) (?:one|version|variant|model|config(?:uration)?|edition)(?![a-z])");
    /** "22.9/24 GB", "1.8 of 4.0 GB": the amount after the slash is what the device has. */
    private static final Pattern DENOMINATOR = Pattern.compile("\\d(?:\\.\\d+)? ?(?:gib|gb|g)? ?(?:/|(?:out )?of) ?$");
    /** Saying there is no GPU: with a card named too, that card is one they would buy. */
    private static final Pattern NO_GPU = Pattern.compile(
            // "no GPU usage", "no gpu acceleration": a symptom of a GPU that is there
            "no (?:dedicated |discrete |nvidia |amd |cuda |usable )?(?:gpu|graphics card|video card)(?! ?(?:usage|utili[sz]ation|use|used|load|activity|acceleration|offload|support|memory))|without (?:a |any )?(?:gpu|graphics card|nvidia)"
                    // "I don't have a GPU", "we don't have GPUs" (not "a GPU with 24GB", "a GPU that big": one too small)
                    + "|(?<![a-z])(?:don'?t|do not|doesn'?t|does not|didn'?t|did not) (?:have|own|got) (?:a |an |any )?(?:dedicated |discrete |nvidia |amd )?(?:gpus?|graphics cards?|video cards?)(?![a-z])(?! ?(?:with|that|which|big|large|good|powerful|strong|of|for|to|usage|support))"
                    + "|没有(?:独立)?显卡|没显卡|无显卡|没有独显|没独显|无独显|没有(?:nvidia |英伟达)?gpu|没gpu|无gpu|不带(?:独立)?显卡|不带独显"
                    // a spec list's empty entry: "GPU: none", "显卡：无"
                    + "|(?<![a-z])(?:gpu|graphics|显卡|独显)[ \\t]*[:：=][ \\t]*(?:none|n/a|no|无|没有)(?![a-z/])");
    /** Integrated graphics: no card of its own, unless the chip named is a usable integrated GPU (a Radeon 780M). */
    private static final Pattern INTEGRATED = Pattern.compile(
            "integrated graphics|integrated gpu|igpu|(?:intel|amd) (?:uhd|hd|iris)(?: xe)? graphics|iris xe|uhd graphics|核显|集显|集成显卡"
                    // the maker between: "an integrated AMD GPU", "integrated Intel graphics"
                    + "|integrated (?:amd|intel|radeon) (?:gpu|graphics)(?![a-z])"
                    // Intel's iGPUs by model number ("Intel UHD 620 graphics", "(uhd 520)", "Iris Plus 655"); a bare "HD 7970"
                    // is a Radeon card, so "hd" counts only after "intel"
                    + "|intel (?:uhd|hd|iris)(?: xe| plus| pro)?(?: graphics)? ?\\d{3,4}(?!\\d)|(?<![a-z])(?:uhd|iris plus|iris pro)(?: graphics)? ?\\d{3}(?!\\d)");
    /** Where the text names integrated graphics ("Intel UHD Graphics", "iGPU", "核显"), as start and end. */
    static List<int[]> integratedNames(String low) {
        List<int[]> out = new ArrayList<>();
        Matcher m = INTEGRATED.matcher(low);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /**
     * Running on the CPU: the whole machine when no card is named, a symptom when one is ("ollama is forced to run
     * on the CPU" with an RTX 4070 named is a GPU not used).
     */
    private static final Pattern ON_CPU = Pattern.compile(
            "cpu[- ]only|only (?:a |the )?cpu|just (?:a |the )?cpu|cpu alone|cpu mode"
                    // "on the CPU", "on a high-end CPU", "on consumer CPUs" (not "on the CPU and GPU")
                    + "|on (?:the |my |a |an |our )?(?:(?:high-end|modern|consumer|decent|fast|regular|normal|laptop|desktop|server)[- ])?cpus?(?![a-z])(?! and| \\+)"
                    // "CPU based inference", "CPU inference": the run on the CPU as a setup
                    + "|(?<![a-z])cpu[- ]?based(?![a-z])|(?<![a-z])cpu inference(?![a-z])"
                    // "我这个CPU可以跑大模型吗", "cpu能跑吗": the CPU asked about as what runs it
                    + "|cpu(?:可以|能|能否|能不能|可不可以)(?:跑|运行|推理)"
                    // "running RWKV on 12 gigs of system RAM": the model in RAM, so on the CPU (only the word is claimed, not the amount)
                    + "|on (?=(?:\\d{1,4} ?(?:gigs?|gb|g) (?:of )?)?system (?:ram|memory))"
                    + "|不用显卡|不用gpu|纯cpu|只有cpu|仅cpu|只用cpu|只能用cpu|cpu模式|cpu推理|cpu运行|cpu的?部署|cpu上(?:运行|跑|推理)|用cpu(?:跑|运行|推理)|用内存(?:跑|运行)"
                    // a machine named by its CPU as what it is: "在linux cpu 机器能行吗", "a CPU server", "CPU instances"
                    + "|(?<![a-z])cpu ?的?(?:机器|服务器|主机)|(?<![a-z])cpu (?:machines?|servers?|boxe?s?|instances?|nodes?)(?![a-z])"
                    // "1 token per second on a Ryzen 7 3700X": a desktop or server CPU as what it runs on
                    + "|on (?:a |an |my |the )?(?:amd |intel )?(?:ryzen|threadripper|epyc|xeon|core i[3579]|i[3579]-\\d{4,5})(?![a-z])");

    // Longer words first: "统一内存" (Apple's unified memory, which the GPU uses) before "内存".
    private static final List<String> VRAM_WORDS = List.of(
            "unified memory", "video memory", "gpu memory", "gpu ram", "graphics cards", "graphics card", "统一内存", "vram", "显存",
            // an engine's key in a log or a config ("total_gpu_memory=79.15GiB" in vLLM's memory profiling line): the GPU's,
            // though its last part alone ("memory") reads as RAM
            "gpu_memory", "gpu-memory", "gpu_mem", "cuda_memory", "vram_total",
            "gpus", "gpu", "cards", "card", "显卡", "graphics", "独显",
            // "4 张显卡，每张大小 23GB": each card's size
            "每张大小", "每张显存", "每张卡", "每张");
    /** A GPU's label right before a memory field: "GPU: ", "graphics - ", "显卡：". */
    private static final Pattern GPU_LABEL_BEFORE = Pattern.compile("(?<![a-z])(?:gpus?|graphics|video card|显卡) ?[:：\\-|] ?$");
    private static final List<String> RAM_WORDS = List.of(
            "system memory", "system ram", "cpu ram", "cpu memory",
            // the machine's RAM called by a word of its own ("32GB of main ram", "64 GB of PC RAM", "host memory")
            "main memory", "main ram", "pc memory", "pc ram", "host memory", "host ram", "physical memory", "physical ram",
            "运行内存", "系统内存", "内存条", "运存", "lrdimm", "rdimm", "dimm", "dram", "ram", "内存", "ddr", "memory", "主存", "mem");
    /** After an amount only: "on 32GB CPU and 1GB GPU" is the memory the CPU runs from, the system's RAM. */
    private static final List<String> CPU_WORDS = List.of("cpu");
    private static final List<String> STORAGE_WORDS = List.of("microsd", "sd card", "ssd", "硬盘", "disk", "storage", "nvme", "hdd", "固态", "swap",
            // disk lent as memory ("1t虚拟成内存", "32GB page file") is no RAM
            "虚拟成内存", "虚拟内存", "交换空间", "virtual memory", "page file", "pagefile");
    private static final String FILLER_CHARS = " :：=~≈约是有为只才大概的,，、(（+|";
    private static final List<String> FILLER_WORDS = List.of(
            "is", "of", "about", "only", "has", "having", "with", "and", "to", "dedicated", "each", "per", "和", "加到", "升到", "升级到", "扩到", "换成", "改成",
            // hedges: "around 64GB of RAM", "64G左右的内存"
            "around", "roughly", "approximately", "approx", "nearly", "大约", "左右", "将近", "接近",
            // "显存很小，才2GB", "内存不大，只有16G": how the person finds the memory, between its word and its amount
            "很小", "太小", "比较小", "不大", "很少", "有限",
            // "内存大小：64G", "显存容量 24G", "RAM size: 64GB": the word's size
            "大小", "容量", "size", "capacity",
            // "服务器内存已经48G了", "内存一共64G", "my RAM is already 64GB": how much, or since when, the word's memory is
            "已经", "一共", "总共", "总计", "合计", "共计", "already");
    /** Memory specs between a RAM word and its amount: "内存：ddr4 2933 64g*8", "RAM: DDR5-6000 2x32GB". */
    private static final Pattern DDR_AFTER = Pattern.compile(" ?(?:ddr|d)[345](?![0-9])");
    private static final Pattern DDR_BEFORE = Pattern.compile("(?<![a-z])ddr[345](?:[ -]?\\d{4}(?: ?mhz| ?mt/s)?)? ?$");
    private static final Pattern RAM_SPEC_BEFORE = Pattern.compile(
            "(?:ram|内存|memory|mem)[ :：]{0,3}(?:ddr\\d[ -]?(?:\\d{4})?(?: ?mhz| ?mt/s)? ?){1}(?:\\d{4} ?(?:mhz|mt/s)? ?)?$");

    /**
     * Words before an amount (in its clause) that make it something other than a capacity: a need, a use,
     * a size. Matched as words; the nearest cue before the amount decides, a capacity cue against it.
     */
    /** Buying or planning words, English and Chinese: in {@link #NOT_CAPACITY_BEFORE}, and on their own in {@link #PURCHASE}. */
    private static final String PURCHASE_EN = "order(?:ing)?|buy(?:ing)?|purchas(?:e|ing)|upgrade to|upgrading to|plan(?:ning)? to|considering|if i (?:get|buy|add)|opt for";
    private static final String PURCHASE_ZH = "想买|准备买|打算";
    /** Needs, requirements and sizes: anywhere in the clause before the amount, they make it no capacity. */
    private static final Pattern NOT_CAPACITY_BEFORE = Pattern.compile(
            "(?<![a-z])(?:needs?|needed|needing|requires?|required|requiring|requirements?|min(?:imum)?|recommended(?! (?:models?|llms?|options|ones))|suggests?"
                    // "RAM size: 64GB" is the memory's size, not a file's
                    + "|download(?:s|ed|ing)?|(?<!ram |memory |vram |mem )sizes?|files?|weights?|ggufs?|checkpoints?|estimated?|estimates|peaks?"
                    + "|(?:at|@) ?least|than is available|of which|would be|will be|should be|claims?|model (?:which |that )?(?:is|was|has|had)|models (?:which |that )?(?:are|were|have|had)"
                    + "|more (?:system |gpu |video )?(?:memory|ram|vram)"
                    // "the available KV cache memory (3.18 GiB)", "KV cache size: 2 GB": a share of a card's memory, no machine's
                    + "|kv[ _-]?cache"
                    + "|" + PURCHASE_EN
                    // a cap set on the memory a run may take: "memory limited to 16GB", "capped at 20GB"
                    + "|(?:limit(?:s|ed|ing)?|restrict(?:s|ed|ing)?|cap(?:s|ped|ping)?)(?: [\\w.-]+){0,3} (?:to|at))(?![a-z])"
                    // "I was able to load this model in 15 gigs of vram": what a model was loaded in ("it fits into 24GB" is
                    // said of the memory the person has, so it stays a capacity)
                    + "|(?<![a-z])(?:load|loads|loaded|loading)(?: [\\w.-]+){0,4} (?:in|into|within) (?:only |just |about |around |under |~)?$"
                    // "larger models (44gb) fail", "the model (about 20GB)", 模型（20G）: a size in brackets after the model is
                    // the model's (not a GPU's "model (24GB)", which names the card)
                    + "|(?:(?<![a-z])(?<!gpu |card |graphics )models?|(?<!显卡)模型) ?[(（] ?(?:about |around |approx\\.? |约|大约|大概|~)?$"
                    + "|(?<![a-z])models?\\s*[:：]|=>|->|官方|描述|需要|要求|要多少|只需|仅需|所需|至少|最少|最低|推荐(?!.{0,3}模型)|建议|文件|下载|权重|模型有|模型是|模型大概|峰值|" + PURCHASE_ZH
                    + "|优化到|降到|降低到|减少到|压到|压缩到|控制在|限制(?:显存|内存)?(?:到|在|为|成)|限定(?:到|在|为)");
    /**
     * What a size is the size of: "我的文件明明只有12GB", "the gguf I got has 40GB". Named after the last device
     * or owner word of the clause, it makes "有" / "has" / "只有" a size, not the machine's memory.
     */
    private static final Pattern SIZE_SUBJECT = Pattern.compile(
            "(?<![a-z])(?:files?|ggufs?|weights|checkpoints?|downloads?|folder)(?![a-z])|文件|权重|模型文件|安装包|下载");
    /** The device or owner words that, named after a size's subject, make the amount the machine's again. */
    private static final Pattern DEVICE_OR_OWNER = Pattern.compile(
            "(?<![a-z])(?:i have|i've got|i own|we have|my|our|v?ram|gpus?|cards?|memory|machine|system|computer|laptop|pc)(?![a-z])"
                    + "|我有|我们有|显存|内存|显卡|电脑|机器|主机|服务器|笔记本");
    /** "16-22GB", "8~12G": a range spoken of, not a machine's memory. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d(?:\\.\\d+)?(?:gb|g)?-$|\\d(?:\\.\\d+)? ?(?:gb|g)? ?(?:~|～|到|至) ?$");
    private static final Pattern BREAKDOWN = Pattern.compile(" ?= ?| ?[(\\[] ?(?:\\d{1,2} ?[x×*] ?)?");
    /** "64GB (2x32GB) DDR5", "128G(4*32G)内存": the modules an amount is made of, in brackets between it and its word. */
    private static final Pattern MODULES_AFTER = Pattern.compile(
            " ?[(\\[] ?(?:\\d{1,2} ?[x×*] ?\\d{1,4} ?(?:gb|gib|g)|\\d{1,4} ?(?:gb|gib|g) ?[x×*] ?\\d{1,2})(?: ?(?:ddr|d)[345][^)\\]]{0,12})? ?[)\\]]");
    /** "> 40GB", "≥24G", "大于24G": a threshold, written right before the amount. */
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("(?:[>≥＞]=?|大于等于|大于|高于|不低于) ?$");
    /** "Can I install without 8gbvram?": memory the person says they go without. */
    private static final Pattern LACKED_BEFORE = Pattern.compile("(?<![a-z])(?:without|w/o) ?$");
    /** A listing's size column ("129G /data01/models--…", du and ls output): the size of what the path names. */
    private static final Pattern PATH_AFTER = Pattern.compile("^[ \\t]+(?:/|\\./|~/|[a-z]:\\\\)[\\w.-]");
    /**
     * Verbs of a use that changes, before its "from"/"to": "usage jumps from 9GB to 23GB", "memory climbs to 40GB". Not
     * "went" or "increased", which also tell an upgrade ("I went from 16GB to 64GB of RAM").
     */
    private static final String CHANGE_VERB_EN = "(?:grows?|grew|grown|growing|jump(?:s|ed|ing)?|rises?|rose|rising|risen"
            + "|spik(?:es|ed|ing|e)|climb(?:s|ed|ing)?|balloon(?:s|ed|ing)?|shoots?|shot|creeps?|crept|drops?|dropped|falls?|fell)";
    /** Adverbs between a figure and the verb of its change: "从37G直接飙升到68G", "突然涨到". */
    private static final String CHANGE_ADVERB_ZH = "(?:一下子?|突然|又|直接|瞬间|逐渐|慢慢|迅速|很快|马上|一路|一直|会|就)";
    /** Uses of memory: only right before the amount ("uses 7GB", "占用了60G"), so "I am using an M4 Max 128GB" stays capacity. */
    private static final Pattern NOT_CAPACITY_NEAR = Pattern.compile(
            "(?<![a-z])(?:uses?|used|using|utili[sz](?:es|ed|ing|e)|consum(?:es|ed|ing|e|ption)|occup(?:ies|ied|y|ying)"
                    + "|takes?|took|taking|allocat(?:es|ed|ing|e)|reserved|reserves|loads?|loaded|spills?|swaps?|swapping|spilling"
                    + "|offload(?:s|ed|ing)?|moving|moved|eats?|ate|shows?|showing|reports?|fills?|filled|costs?|spends?|exceeds?"
                    // "can't set max-model-memory bigger than 8G": a bound compared with, as "more than" is
                    + "|over|beyond|(?:more|less|bigger|larger|greater|higher|smaller|lower) than|under|below|is free|free|left|remaining|leaves|say|says|said|means?|about|around|approx(?:imately)?|~"
                    // "30B runs with only 6GB of RAM now": what a model runs in
                    + "|runs? with (?:only|just)"
                    // "VRAM usage jumps from 9GB to 23GB": both ends of a use that changed
                    + "|" + CHANGE_VERB_EN + "(?: up| down)? (?:from \\d+(?:\\.\\d+)? ?(?:gib|gb|g|mib|mb)? to|from|to))(?![a-z])"
                    // "I see the node process with 16gb": what a process holds is a use (past "with", the capacity cue it ends in)
                    + "|(?<![a-z])process(?:es)? (?:with|at|of|holding|taking) "
                    // "--gpu-memory-utilization 0.3是24G": a share of the card worked out
                    + "|(?<![\\d.])0?\\.\\d{1,2} ?(?:是|即|就是|=|is|means) ?"
                    // "--max-gpu-memory 14Gib", "max_memory=75GB": a setting, not what the machine has
                    + "|(?<![a-z])--?[a-z][a-z_-]*[ =]$|max[_-]?(?:gpu[_-]?)?mem[a-z_]*[\"':= ]{1,4}"
                    // SGLang's "Load weight begin. avail mem=78.50 GB", "mem usage=…": what a worker sees free on its GPU
                    + "|(?<![a-z])(?:avail(?:able)?|free) mem(?:ory)?=|(?<![a-z])avail mem: ?|(?<![a-z])mem usage="
                    // "7B *4 =28G": the result of a sum
                    + "|[*×x/+] ?\\d+(?:\\.\\d+)? ?(?:b|g|gb)? ?= ?"
                    // "加载的是8G-7B的模型": what was loaded
                    + "|加载的?是"
                    // "启动显存32G": the memory a start took
                    + "|启动(?:时|后)?的?(?:显存|内存)|(?:只|仅)用了?|占用了?|占了|占据|占|(?:跳|涨|升|增加|增长|飙升?|暴涨|上升|降|掉)到|保持在?|平摊|分摊|用了|使用了|用掉|消耗了?|吃掉|吃了|(?<!内存|显存|memory|memory |ram|ram )大小|剩余|剩下|空闲|超过|达到|将近|接近|多了|加载后|加载了|显示|报|约|大约|大概"
                    // "实际使用的内存是16G", "占用显存为20G": the memory a run took, joined to its memory word by a copula
                    + "|(?:占用|使用|消耗|用掉)的?(?:显存|内存)(?:是|为)"
                    // "尽然要150G显存": 要 right before an amount is a need ("主要", "想要" are not)
                    + "|(?<![主重想])要(?!求)"
                    // an engine's log field ('memory.available="[22.5 GiB]"'): the log's figure, read by the log reader
                    + "|[a-z]\\.[a-z_.]+=\"?\\[?|=\"\\[");
    /** Words after an amount that make it a use or a size: "7GB used", "40GB file", "60G左右的显存占用". */
    private static final Pattern NOT_CAPACITY_AFTER = Pattern.compile(
            // "50GB memory left", "14GB NPU memory used": the memory word between the amount and its verb
            "^ ?(?:(?:of|on|for) (?:the |each |every |both )?(?:[\\w']+ ){0,3}|(?:gpu |npu |video |system )?(?:memory|v?ram) )?(?:(?:(?:is|are|was|were) )?(?:being )?(?:used|usage|in use|occupied|allocated|consumed|free|left|remaining"
                    + "|needed|required|download|file|model|weights|checkpoint|gguf|in size|kv cache|context|per (?:token|layer|card|gpu))(?![a-z])"
                    // "400gb+ size"
                    + "|\\+? ?size(?![a-z])"
                    + "|左右的?(?:显存)?占用|的?占用|占用|被占|用了|的?模型|的?文件|的?权重|吗|么|够不够|够吗|足够吗|可以吗|就够|就行|就可以"
                    // "显存会到22g这么多", "it takes 20GB, that much": a figure complained of is a use
                    + "|这么多|那么多|之多|(?:so|that|this) much(?![a-z])"
                    // "只用14G显存就足够了", "16G左右就可以跑": a figure said to suffice (hedged or not) is a need met, not the machine's memory
                    + "|(?:左右|上下)?的?(?:显存|内存)? ?(?:就足够|就够|就行|足够了|就可以|就能)"
                    // "显存从15G跳到19G", "从37G直接飙升到68G": a use that changed
                    + "|" + CHANGE_ADVERB_ZH + "*(?:跳|涨|升|增加|增长|飙升?|暴涨|上升|降|掉)到"
                    // "15G应该是模型的正常大小": the figure said to be the model's
                    + "|(?:应该|应当|大概|可能|就)?是(?:这个)?(?:模型|权重|文件))");
    private static final Pattern TORCH_CAPACITY_AFTER = Pattern.compile(" ?total capacity(?![a-z])");
    /** PyTorch's out-of-memory message names the card's memory: "GPU 1 has a total capacity of 21.99 GiB". */
    private static final Pattern TORCH_CAPACITY = Pattern.compile("gpu ?\\d{0,2} has a total capac(?:i)?ty of $");
    /** vLLM's memory profiling line: "Memory profiling results: total_gpu_memory=79.15GiB", one card's memory as the runtime reports it. */
    private static final Pattern VLLM_TOTAL_MEMORY = Pattern.compile("total_gpu_memory ?[=:] ?$");

    /** Whether a log prints the amount as one card's capacity: PyTorch's ({@link #torchCapacity}), or vLLM's total_gpu_memory. */
    static boolean loggedCapacity(String s, Amount a) {
        return torchCapacity(s, a) || VLLM_TOTAL_MEMORY.matcher(s.substring(Math.max(0, a.start() - 20), a.start())).find();
    }

    /** Unsloth's start-up banner: "GPU: Tesla T4. Max memory: 14.748 GB." (unslothai/unsloth): the card's usable memory. */
    private static final Pattern BANNER_CARD_MEMORY = Pattern.compile("gpu: [^\\n]{1,60}?max memory: ?$");

    /**
     * Memory a run used, was allocated or was given as a limit on one card: "显存占用大概30G", "GPU Memory cost: 40.03GB",
     * "uses 45 GB of VRAM", "max_memory … '75GB'", "--max-gpu-memory=30GB", PyTorch's "total capacity of 79.33 GiB". Such
     * a figure fits on the card, so it tells which variant a card named without its memory is (label rule C). Not a
     * need, a size or system RAM ("requires 48GB", "内存占用了20G").
     */
    private static final Pattern USED_NEAR = Pattern.compile(
            "(?<![a-z])(?:uses?|used|using|utili[sz](?:es|ed|ing|e)|consum(?:es|ed|ing|e|ption)|occup(?:ies|ied|y|ying)|takes?|took|allocat(?:es|ed|ing|e)|reserved|costs?)"
                    + "(?: (?:about|around|approx(?:imately)?|roughly|up to|~|more than|over|above|upwards of|in excess of|at least))?(?![a-z])[ :：~]*$"
                    + "|(?<![a-z])(?:memory|vram|mem) (?:cost|usage|used|use|allocated|footprint)[ :：=]*(?:(?:is|was|goes|went) )?(?:about |around |~|over |above |more than |at least )?$"
                    + "|(?<![a-z])peak (?:gpu |vram |video )?(?:mem(?:ory)?|usage)[ :：=]*$"
                    + "|max[_-]?(?:gpu[_-]?)?mem[a-z_]*[\"':= ]{1,4}(?:\\{[^}]{0,24}[:=] ?[\"']?)?$|--?max-gpu-memory[ =]$"
                    + "|(?:显存)?(?:占用|用了|使用了|消耗了?|占了)(?:了|约|大约|大概|差不多|接近|将近|超过|超出|高于|大于|多于|至少)*\\s*$");
    private static final Pattern GPU_MEMORY_CUE = Pattern.compile("(?<![a-z])(?:gpu|vram|cuda)(?![a-z])|显存");
    private static final Pattern USED_AFTER = Pattern.compile("^ ?(?:of (?:gpu |video )?(?:memory|vram) )?(?:(?:is|are|was|were) )?(?:used|in use|allocated|occupied)(?![a-z])|^ ?(?:左右)?的?(?:显存)?占用");

    static boolean usedOnCard(String s, Amount a) {
        if (a.kind() == Kind.STORAGE) return false;
        if (torchCapacity(s, a)) return true;
        String before = clauseBefore(s, a.start());
        int need = lastMatch(NOT_CAPACITY_BEFORE, before);
        int used = lastMatch(USED_NEAR, before);
        // "peak GPU mem: 11.6G": "mem" makes it RAM to the word reader, but the GPU word says whose memory it is
        if (a.kind() == Kind.RAM && !Prefilter.find(GPU_MEMORY_CUE, tail(before, 20))) return false;
        if (used >= 0 && used >= before.length() - 16 && used > need) return true;
        return need < 0 && USED_AFTER.matcher(s).region(a.end(), Math.min(s.length(), a.end() + 16)).useTransparentBounds(true).lookingAt();
    }

    /** Words right before an amount that make it a floor: "more than 16GB", "over 16 GB", "超过16G", "16G以上" is after. */
    private static final Pattern ABOVE_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:more than|over|above|upwards of|in excess of|at least|north of)|超过|超出|高于|大于|多于|至少|>=?|＞) ?$");
    /** Right after an amount, a floor: "16G+", "16GB+", "16G以上", "16G多", "16 GB or more", "16GB and up". */
    private static final Pattern ABOVE_AFTER = Pattern.compile("^ ?(?:\\+|＋|以上|多(?![少卡张块])|or more(?![a-z])|and (?:up|above|more)(?![a-z])|plus(?![a-z]))");

    /**
     * Whether the amount is written as a floor, more than the figure ("占用16G+", "uses more than 16GB", "显存占用超过16G"):
     * label rule C takes a use above the smaller variant's size as the larger variant, and "16G+" on a 16/32 GB card is above 16.
     */
    static boolean above(String s, Amount a) {
        return saidAround(s, a, ABOVE_BEFORE, 16, ABOVE_AFTER, 10);
    }

    /** An allocation or use said of each device: "--max-gpu-memory=30GB", "max_memory={0: '30GB', 1: '30GB'}", "30GB per GPU", "每张卡占用30G". */
    private static final Pattern PER_DEVICE_BEFORE = Pattern.compile(
            "(?:max[_-]?(?:gpu[_-]?)?mem[a-z_]*[\"':= ]{1,4}(?:\\{[^}]{0,24}[:=] ?[\"']?)?|--?max-gpu-memory[ =]|(?<![a-z])(?:each|every|per) (?:gpu|card|device)[a-z ]{0,24}|每(?:张|块|个|片)?(?:卡|显卡|gpu)[^，,。；;]{0,8})$");
    private static final Pattern PER_DEVICE_AFTER = Pattern.compile("^ ?(?:of (?:v?ram|memory) )?(?:per|each|/|on each|on every) ?(?:gpu|card|device)(?![a-z])|^ ?/ ?(?:卡|张)|^ ?每(?:张|块)?卡");

    /** Whether a use or allocation is written as each device's, not the sum over the cards. */
    static boolean perDevice(String s, Amount a) {
        return saidAround(s, a, PER_DEVICE_BEFORE, 40, PER_DEVICE_AFTER, 16);
    }

    /** Words ending in the {@code reach} characters before the amount, or starting right after it within {@code reachAfter}. */
    private static boolean saidAround(String s, Amount a, Pattern before, int reach, Pattern after, int reachAfter) {
        return before.matcher(s).region(Math.max(0, a.start() - reach), a.start()).useTransparentBounds(true).find()
                || after.matcher(s).region(a.end(), Math.min(s.length(), a.end() + reachAfter)).useTransparentBounds(true).lookingAt();
    }

    /** Whether PyTorch's out-of-memory message gives this amount as the card's total capacity: measured, so it wins. */
    static boolean torchCapacity(String s, Amount a) {
        return TORCH_CAPACITY.matcher(s.substring(Math.max(0, a.start() - 40), a.start())).find()
                || torchCapacityAfter(s, a.end());
    }
    /** PyTorch's older message after an amount: "(GPU 0; 79.35 GiB total capacity; …)", one card's memory. */
    private static boolean torchCapacityAfter(String s, int end) {
        return TORCH_CAPACITY_AFTER.matcher(s).region(end, Math.min(s.length(), end + 16)).lookingAt();
    }

    /** Memory in use, whoever has it: "Process 1779 has 21.94 GiB memory in use". Overrides "has". */
    private static final Pattern IN_USE_AFTER = Pattern.compile(
            "^ ?(?:of )?(?:(?:gpu |video |system )?(?:memory|v?ram) )?(?:(?:is|are|was|were) )?(?:being |already )?(?:in use|use|used|occupied|allocated|reserved)(?![a-z])");
    /**
     * Memory left over: "I still have 2 GB of VRAM left", "3GB free", "还剩2G显存", "显存占了20G，还有10G空余". Not what the
     * machine has, even after "have" (还有).
     */
    private static final Pattern FREE_AFTER = Pattern.compile(
            "^ ?(?:of (?:v?ram|gpu memory|video memory|memory) )?(?:left|remaining|free|spare|to spare)(?![a-z])"
                    + "|^ ?的?(?:显存|内存)?(?:空余|空闲|剩余|富余|没用上|未使用|未用)");
    /** A total written after the amount: "48GB in total", "72GB combined". */
    static final Pattern TOTAL_AFTER = Pattern.compile(
            "^ ?(?:(?:of )?(?:v?ram|gpu memory|vram) )?(?:in total|total|combined|altogether|overall)(?![a-z])|^ ?(?:显存)?(?:总共|总计|合计)");
    /** Words that make an amount a capacity whatever else is near: what the machine has. */
    private static final String NOT_AFTER_USE = "(?<!占用|占用的|使用|使用的|消耗|消耗的|用掉)";
    private static final Pattern CAPACITY_BEFORE = Pattern.compile(
            "(?<![a-z])(?:i have|i've got|i got|i own|we have|has|have|having|with|total capac(?:i)?ty of|capac(?:i)?ty of|out of(?: the)?(?: available| total)?"
                    + "|only has|my|our|equipped with|machine has|system has)(?![a-z])"
                    // "占用内存为13GB", "使用显存是20G": the memory a run took, said with the memory word's copula, is a use
                    + "|我有|我的|有|配置|配备|带|" + NOT_AFTER_USE + "(?:显存是|内存是|显存为(?!什么|何|啥)|内存为(?!什么|何|啥))|显存只有|内存只有|只有|才"
                    // "4 张显卡，每张大小 23GB": each card's size is its memory
                    + "|每张(?:卡|显卡)?的?(?:大小|显存)?(?:是|为|有)?");
    private static final Pattern TOTAL = Pattern.compile(
            "(?<![a-z])(?:total(?:ling|ing)?|in total|combined|altogether|overall|sum)(?![a-z])|总共|总计|合计|一共|共计|加起来|总|共");

    private static final Pattern SHARED_GPU_MEMORY = Pattern.compile(" ?(?:of )?(?:the )?shared (?:gpu |graphics |video )?memory|的?共享(?:gpu ?)?(?:显存|内存)");

    private static final int CUE_WINDOW = 28;
    /** How close a use word must be to its amount: "uses 7GB", "占用了 60G", "used about 14.3 GB". */
    private static final int NEAR = 9;

    private static boolean claimCue(Scan scan, Pattern cue) {
        String free = scan.free();
        if (!Prefilter.mayFind(cue, free)) return false;
        Matcher m = Prefilter.matcher(cue, free);
        boolean found = false;
        while (m.find()) {
            if (Patterns.negated(scan.low, m.start())) continue;
            scan.take(m.start(), m.end());
            found = true;
        }
        return found;
    }

    Memory spot(Scan scan) {
        // "no GPU" is claimed first, so its "gpu" does not mark the next amount as GPU memory
        boolean noGpu = claimCue(scan, NO_GPU);
        boolean integrated = claimCue(scan, INTEGRATED);
        boolean onCpu = claimCue(scan, ON_CPU);
        // an engine's own RAM line is claimed before the amounts, whose reading would take its total for a card's
        List<Amount> engineRam = engineRamLines(scan);
        String s = scan.free();
        List<Amount> out = new ArrayList<>();
        List<int[]> quoted = quotedClaims(s);
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            // "39,4 GB": a decimal comma
            Double n = Patterns.negated(s, m.start()) ? null : Patterns.number(m.group(1).replace(',', '.'));
            if (n == null) continue;
            String unit = s.substring(m.end(1), m.end()).strip();
            // a bare "T" is terabytes only with a memory word next to it ("DRAM 1.5T", "2T 内存"), not "11 t/s" or a 7T model
            if (unit.equals("t") && !TERABYTES_OF_MEMORY.matcher(s.substring(Math.max(0, m.start() - 8), Math.min(s.length(), m.end() + 6))).find()
                    && !QUALIFIED_MEMORY_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            boolean mega = unit.startsWith("m");
            if (mega && !megabytesOfMemory(s, m.start(), m.end(), n, unit)) continue;
            double gb = mega ? gigabytesOf(n, unit) : unit.startsWith("t") ? n * 1024 : n;
            if (gb <= 0 || gb > MAX_GB) continue;
            int end = m.end();
            Integer count = null;
            boolean sticks = false; // "两条16G": memory modules, so RAM
            int countStart = m.start();
            Matcher c = COUNT_AFTER_AMOUNT.matcher(s).region(end, Math.min(s.length(), end + 8)).useTransparentBounds(true);
            if (c.lookingAt()) {
                count = GpuSpotter.countOf(c.group(1) != null ? c.group(1) : c.group(2));
                end = c.end();
            } else {
                Matcher b = COUNT_BEFORE_AMOUNT.matcher(s).region(Math.max(0, m.start() - 20), m.start()).useTransparentBounds(true);
                if (b.find()) {
                    count = GpuSpotter.countOf(b.group(1) != null ? b.group(1) : b.group(2) != null ? b.group(2) : b.group(3));
                    sticks = b.group().contains("条") || b.group().contains("根") || b.group(3) != null;
                    // "ram 2*32g": the word before the count names the amount
                    countStart = b.start();
                    // "2*8*80G": nodes times cards, each of the amount
                    Matcher nodes = FACTOR_BEFORE_COUNT.matcher(s).region(Math.max(0, b.start() - 6), b.start()).useTransparentBounds(true);
                    if (b.group(1) != null && nodes.find()) {
                        count *= Integer.parseInt(nodes.group(1));
                        countStart = nodes.start();
                    }
                } else {
                    Matcher bare = BARE_COUNT_BEFORE_AMOUNT.matcher(s).region(Math.max(0, m.start() - 12), m.start()).useTransparentBounds(true);
                    if (bare.find() && CARD_AFTER_COUNTED_AMOUNT.matcher(s).region(end, Math.min(s.length(), end + 40)).useTransparentBounds(true).lookingAt()) {
                        String w = bare.group(1);
                        int k = LARGER_COUNT_WORDS.containsKey(w) ? LARGER_COUNT_WORDS.get(w) : GpuSpotter.countOf(w);
                        if (k >= 2) {
                            count = k;
                            countStart = bare.start();
                        }
                    }
                }
            }
            // "Ryzen 5 5600G", "8700G": a CPU's model number, not memory
            if (unit.equals("g") && gb >= 1000 && gb != 1024 && gb != 1536 && gb != 2048 && gb != 3072 && gb != 4096) continue;
            Kind kind = sticks || RAM_SPEC_BEFORE.matcher(s.substring(Math.max(0, m.start() - 28), m.start())).find()
                    ? Kind.RAM : kindOf(scan, s, countStart, end);
            // a figure in megabytes is memory only where a memory word names it: logs print buffers and files in MiB
            if (mega && kind != Kind.VRAM && kind != Kind.RAM && !memoryWordBefore(s, m.start())) continue;
            if (mega && Prefilter.find(CARD_TOOL_MEMORY_BEFORE, s.substring(Math.max(0, m.start() - 28), m.start()))) kind = Kind.VRAM;
            scan.take(m.start(), end);
            // Windows' "shared GPU memory" is half the RAM lent to the GPU, a figure of its own, not the RAM
            if (SHARED_GPU_MEMORY.matcher(s).region(end, Math.min(s.length(), end + 24)).useTransparentBounds(true).lookingAt()) continue;
            // "DRAM (448GB=64GB x 7)": the breakdown of an amount is memory of the same kind
            Amount whole = out.isEmpty() ? null : out.get(out.size() - 1);
            // "64GB (2x32GB) DDR5": the modules in brackets are of the kind of the amount they make up, unless named themselves
            if (whole != null && whole.end() <= m.start() && BREAKDOWN.matcher(s.substring(whole.end(), m.start())).matches()
                    && (kind == Kind.BARE || !s.substring(whole.end(), m.start()).contains("("))) kind = whole.kind();
            // "VRAM having 25GB out of 32GB", "12gb RAM as well, out of my 32gb": the whole is memory of the kind its part was named
            if (whole != null && kind == Kind.BARE && whole.end() <= m.start() && OUT_OF.matcher(s.substring(whole.end(), m.start())).matches()) kind = whole.kind();
            // "96GB DDR5-5600 dual-channel (2x48GB)", "64GB RAM, 2x32GB": modules that add up to the RAM just stated, with its
            // specs between, are that RAM, not cards
            if (whole != null && whole.kind() == Kind.RAM && count != null && count > 1 && Math.abs(count * gb - whole.gb()) < 0.6
                    && whole.end() <= m.start() && MODULES_OF_RAM_GAP.matcher(s.substring(whole.end(), countStart)).matches()) kind = Kind.RAM;
            String before = clauseBefore(s, m.start());
            // "I used 8*80G GPUs": a count of devices with their size is hardware, whatever verb comes before
            // ("it requires 2x80gb gpus" stays a requirement)
            // "我想买8张12G卡", "planning to buy 4x 24GB cards": the setup a planned purchase asks about is the one labelled
            // (one setup asked about is the person's), so a purchase word does not make counted cards a requirement
            int notCapacity = lastCue(NOT_CAPACITY_BEFORE, before);
            // "8张12G卡": a bare amount with a card word after it is each card's memory as "12G显存" is
            boolean cardsAfter = HardwareReader.CARD_AFTER_AMOUNT.matcher(s).region(end, Math.min(s.length(), end + 24)).useTransparentBounds(true).lookingAt();
            boolean devices = count != null && count > 1 && (kind == Kind.VRAM || kind == Kind.BARE && cardsAfter)
                    && (notCapacity < 0 || PURCHASE.matcher(before).region(notCapacity, before.length()).lookingAt());
            // "| llama-65b-4bit | 40GB | A100, 2x3090 |": a bare figure in a table's cell is the table's (a requirement, a size)
            // "about 64GB of RAM", "内存大概64G", "memory is about 96G": a hedge on RAM stated is no use of it; the cue before the
            // hedge decides (a hedge stays a use's where the clause speaks of using memory: "RAM usage is about 20GB")
            String cue = kind == Kind.RAM && !Prefilter.find(USAGE_WORD, before) ? HEDGE_END.matcher(before).replaceFirst("") : before;
            boolean capacity = devices || isCapacity(s, cue, end) && !(kind == Kind.BARE && inTableCell(s, m.start(), end))
                    && !(kind != Kind.VRAM && kind != Kind.RAM && sizeOfModel(scan, s, m.start()))
                    && quoted.stream().noneMatch(q -> q[0] <= m.start() && m.start() < q[1])
                    && !ollamaModelSize(scan.low, m.start(), end);
            // PyTorch's "(GPU 0; 23.69 GiB total capacity; …)" is one card's memory, not a sum over the cards
            // the window holds the longest memory word before the total ("320GB of GPU memory in total")
            boolean total = Prefilter.find(TOTAL, tail(before, 10))
                    || (TOTAL_AFTER.matcher(s).region(end, Math.min(s.length(), end + 28)).useTransparentBounds(true).lookingAt()
                        && !torchCapacityAfter(s, end));
            if (kind == Kind.RAM && count != null && count > 1) gb *= count;
            out.add(new Amount(m.start(), end, gb, kind, capacity, total, count));
        }
        spotUnitless(scan, s, out);
        spotSmiMemory(scan, s, out);
        spotSystemTotals(scan, s, out);
        out.addAll(engineRam);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Memory(out, noGpu, integrated, onCpu);
    }

    /** "25GB out of 32GB": the part in use, the whole comes after. Overrides a capacity cue before ("having"). */
    private static final Pattern PART_AFTER = Pattern.compile("^ ?out of (?:the |a )?(?:total |available )?\\d");
    /**
     * "in my expectation, 24G memory could be enough", "would 64GB RAM be enough?" (a bare "be" after the amount follows a
     * question's verb): a figure weighed, unless a device it belongs to is named right before it ("RPi 5 with 8Gb would be
     * sufficient?" asks about that machine).
     */
    private static final Pattern WEIGHED_AFTER = Pattern.compile("^ ?(?:of )?(?:(?:gpu |video |system )?(?:memory|v?ram) )?(?:(?:could|would|should|will|might|may|must) (?:not )?be |be |(?:is|are|was|were) (?:not )?)(?:enough|sufficient)(?![a-z])");
    /** "25GB out of 32GB", "22.9/24 GB", "12gb RAM as well, out of my 32gb": the whole after its part, a few words apart at most. */
    /** What may stand between a RAM amount and the modules it is made of: its specs and brackets, within a clause. */
    private static final Pattern MODULES_OF_RAM_GAP = Pattern.compile("[^.!?;。！？；\\n]{0,40}");
    private static final Pattern OUT_OF = Pattern.compile(" ?(?:/|(?:out )?of) ?|[^\\d.!?。\\n]{0,30}(?<![a-z])out of (?:my |the |an? )?(?:total |available )?");
    /** What joins a model's name to its size: "internlm2-chat-20b只有37G", "deepseek-coder-v2, which is only 8.9GB". */
    private static final Pattern MODEL_SIZE_LINK = Pattern.compile(
            "[ ,]{0,2}(?:(?:which|wich|that|it) (?:is|was|has)|is|was|has|weighs|只有|有|是|才|大小(?:是|为|有|约|只有)?|约|大约|大概) ?(?:only|just|about|around|roughly|~)? ?");

    /** An amount named right after a model, joined by "is" / "只有": the model's size, not the machine's memory. */
    private static boolean sizeOfModel(Scan scan, String s, int start) {
        int model = scan.modelEndBefore(start);
        return model >= 0 && start - model <= 24 && MODEL_SIZE_LINK.matcher(s.substring(model, start)).matches();
    }

    /** A quotation of what a README or a doc says: 'The README says "64 or better 128 Gb of RAM"'. */
    private static final Pattern QUOTED_CLAIM = Pattern.compile(
            "(?<![a-z])(?:says?|said|states?|stated|recommends?|recommended|suggests?|requires?|reads?|mentions?|writes?|wrote)[:,]? ?[\"“]([^\"”\n]{1,240})[\"”]");

    /** The spans of quoted requirements in the text: an amount inside one is the quote's, not the machine's. */
    private static List<int[]> quotedClaims(String s) {
        List<int[]> spans = new ArrayList<>();
        Matcher q = QUOTED_CLAIM.matcher(s);
        while (q.find()) spans.add(new int[] {q.start(1), q.end(1)});
        return spans;
    }

    /** A slash next to a figure: one of nvidia-smi's "5999MiB / 49152MiB" pair, which {@link #spotSmiMemory} reads. */
    private static final Pattern SLASH_BEFORE = Pattern.compile("/ *$");
    private static final Pattern SLASH_AFTER = Pattern.compile("^ */");
    /**
     * A memory word a few characters before a figure in megabytes: "显存直接60000MB了", "显存占用 7800M", "VRAM: 13986 MB"
     * ("1M context", "gemma3:270M", "buffer size = 3946.35 MiB" have none).
     */
    private static final Pattern MEGA_WORD_BEFORE = Pattern.compile("(?:显存|内存|占用|(?<![a-z])(?:vram|memory|ram))[^\\d\\n]{0,6}$");

    /**
     * Whether a figure in megabytes ("显存直接60000MB了", "13986 MB VRAM", "显存占用 7800M") is read as memory: a gigabyte or
     * more (smaller ones are buffers and allocations of a log), not half of nvidia-smi's pair, and a bare "M" only after a
     * memory word. Its kind is checked once known: a memory word names it, before it or after.
     */
    private static boolean megabytesOfMemory(String s, int start, int end, double n, String unit) {
        if (n < 1000 || SLASH_BEFORE.matcher(s).region(Math.max(0, start - 3), start).find()
                || SLASH_AFTER.matcher(s).region(end, Math.min(s.length(), end + 3)).lookingAt()) return false;
        return !unit.equals("m") || memoryWordBefore(s, start);
    }

    /** The card's memory as GPU-Z ("Memory Size: 6144 MB") and dxdiag ("Display Memory: 14184 MB", "Dedicated Memory") print it, in MB. */
    private static final Pattern CARD_TOOL_MEMORY_BEFORE = Pattern.compile(
            "(?<![a-z])(?:memory size|display memory|dedicated (?:video |gpu )?memory)(?: is)?[ :：=]*$");

    private static boolean memoryWordBefore(String s, int start) {
        return MEGA_WORD_BEFORE.matcher(s).region(Math.max(0, start - 14), start).find();
    }

    /**
     * Megabytes in the gigabytes the rest reads: "60000MB" is 60 GB as its writer counts, a MiB figure or a whole number of
     * 1024 MB ("6144MB", "24576MiB") is binary, 6 and 24 GB.
     */
    static double gigabytesOf(double megabytes, String unit) {
        return unit.equals("mib") || megabytes % 1024 == 0 ? megabytes / 1024 : megabytes / 1000;
    }

    /** nvidia-smi's memory column, "5999MiB / 49152MiB": what is used, then what the card has. */
    private static final Pattern SMI_MEMORY = Pattern.compile("(?<![\\d.])\\d{1,6} *mib */ *(\\d{4,7}) *mib(?![a-z])");
    /** neofetch's line "Memory: 6180MiB / 515576MiB" has the same form but is the system's RAM. */
    private static final Pattern RAM_LINE_LABEL = Pattern.compile("(?:^|\\n) *(?:memory|mem|ram) *: *$");

    /** Whether an amount is the total of nvidia-smi's memory column: what the driver reports the card has, laptop parts and mods included. */
    static boolean smiTotal(String s, Amount a) {
        Matcher m = SMI_MEMORY.matcher(s);
        while (m.find()) {
            if (m.start(1) == a.start()) return true;
        }
        return false;
    }

    private static void spotSmiMemory(Scan scan, String s, List<Amount> out) {
        Matcher m = SMI_MEMORY.matcher(s);
        while (m.find()) {
            if (!scan.isFree(m.start(), m.end())) continue;
            scan.take(m.start(), m.end());
            double gb = Math.round(Integer.parseInt(m.group(1)) / 1024.0 * 100) / 100.0;
            boolean ram = RAM_LINE_LABEL.matcher(s.substring(Math.max(0, m.start() - 16), m.start())).find();
            // the system's total falls a little short of the RAM installed; a card's is its memory as reported
            out.add(new Amount(m.start(1), m.end(1), ram ? installedSize(gb) : gb, ram ? Kind.RAM : Kind.VRAM, true, false, null));
        }
    }

    /**
     * A system report's total memory in kilo- or megabytes: Linux's /proc/meminfo ("MemTotal:  131891256 kB"), Windows'
     * systeminfo ("Total Physical Memory:  65,289 MB"), the "Mem:" row of `free` at the start of a line (`free -m`: mebibytes,
     * `free -g`: gibibytes, both without a unit), 任务管理器's "物理内存总量".
     */
    private static final Pattern SYSTEM_TOTAL = Pattern.compile(
            "(?:(?<![a-z])(?:memtotal|total physical memory|物理内存总量|物理内存)|(?:^|\\n)[ \\t]*mem)[ \\t]*[:：][ \\t]*(\\d{1,3}(?:,\\d{3})+|\\d{1,10}) ?(kb|kib|mb|mib|k|m)?(?![a-z0-9.,])");

    /** The installed sizes RAM is sold in: a report's total falls a little short of one (the firmware and kernel keep some). */
    static double installedSize(double gib) {
        for (int size : new int[] {4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096}) {
            if (size >= gib && size - gib <= 0.08 * size) return size;
        }
        return Math.round(gib * 10) / 10.0;
    }

    private static void spotSystemTotals(Scan scan, String s, List<Amount> out) {
        Matcher m = SYSTEM_TOTAL.matcher(s);
        while (m.find()) {
            if (!scan.isFree(m.start(1), m.end())) continue;
            double n = Double.parseDouble(m.group(1).replace(",", ""));
            String unit = m.group(2) != null ? m.group(2) : m.group().contains("mem") && !m.group().contains("memtotal") ? (n < 1000 ? "g" : "m") : "k";
            double gib = unit.startsWith("k") ? n / 1024 / 1024 : unit.startsWith("m") ? n / 1024 : n;
            if (gib < 1 || gib > MAX_GB) continue;
            scan.take(m.start(1), m.end());
            out.add(new Amount(m.start(1), m.end(), unit.equals("g") ? gib : installedSize(gib), Kind.RAM, true, false, null));
        }
    }

    /**
     * The RAM an engine reports finding, as it prints it in its server log: Ollama's
     * {@code msg="system memory" total="31.2 GiB" free="24.0 GiB" free_swap="16.0 GiB"} (server.go and sched.go in
     * ollama/ollama, printed before every load and pasted with most of its issue logs). The total falls a little short of
     * the RAM installed, as a system report's does; the free figure is no one's capacity.
     */
    private static final Pattern ENGINE_RAM_LINE = Pattern.compile(
            "msg=\"?system memory\"? total=\"?(\\d{1,5}(?:\\.\\d{1,2})?) ?(gib|mib|gb|mb)(?![a-z])"
                    // Ollama's CPU device when it finds no GPU: "inference compute" id=cpu library=cpu … total="7.8 GiB" is the RAM
                    + "|msg=\"?inference compute\"? id=cpu library=cpu[^\\n]{0,120}? total=\"?(\\d{1,5}(?:\\.\\d{1,2})?) ?(gib|mib|gb|mb)(?![a-z])");

    private static List<Amount> engineRamLines(Scan scan) {
        String s = scan.free();
        List<Amount> out = new ArrayList<>();
        Matcher m = ENGINE_RAM_LINE.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 3;
            double n = Double.parseDouble(m.group(g));
            double gib = m.group(g + 1).startsWith("m") ? n / 1024 : n;
            if (gib < 1 || gib > MAX_GB || !scan.isFree(m.start(g), m.end(g + 1))) continue;
            scan.take(m.start(g), m.end(g + 1));
            // the CPU device's "available" figure after its total is the same RAM again, no card's memory
            if (g == 3) {
                int eol = s.indexOf('\n', m.end());
                scan.take(m.end(g + 1), eol < 0 ? s.length() : eol);
            }
            out.add(new Amount(m.start(g), m.end(g + 1), installedSize(gib), Kind.RAM, true, false, null));
        }
        return out;
    }

    /**
     * "32 Ram", "32 CPU ram", "+256内存", "32C64G的服务器", "内存 128", "RAM: 64": RAM sizes written without a unit, glued to a
     * core count or after the RAM word (not one followed by a unit or a count word: "内存16条").
     */
    private static final Pattern UNITLESS_RAM = Pattern.compile(
            "(?<![a-z0-9.])(\\d{1,4}) ?(?=(?:(?:cpu|system) ?)?(?:ram|内存)(?![a-z]))|(?<![a-z0-9.])\\d{1,3}c(\\d{1,4})g(?![a-z0-9])"
                    + "|(?<![a-z])(?:ram|内存)[ :]{0,3}(\\d{1,4})(?!\\d|[.,]\\d| ?(?:[a-z%*×/]|条|根|个|张|块))");
    private static final Set<Integer> RAM_SIZES = Set.of(4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048);

    /** Whether a figure is a size system RAM comes in: whole gigabytes in steps of 4 (and 6, 10 for small machines). */
    static boolean soldRamSize(double gb) {
        return gb == Math.rint(gb) && gb >= 4 && ((long) gb % 4 == 0 || gb == 6 || gb == 10);
    }

    private static void spotUnitless(Scan scan, String s, List<Amount> out) {
        Matcher m = UNITLESS_RAM.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            Double n = Patterns.negated(s, m.start()) ? null : Patterns.number(m.group(g));
            if (n == null || !RAM_SIZES.contains(n.intValue()) || n != Math.rint(n) || !scan.isFree(m.start(g), m.end(g))) continue;
            scan.take(m.start(g), m.end(g));
            out.add(new Amount(m.start(g), m.end(g), n, Kind.RAM, isCapacity(s, clauseBefore(s, m.start(g)), m.end()), false, null));
        }
    }

    /**
     * Whether an amount is memory the machine has. A denominator ("22.9/24 GB") always is; otherwise the
     * nearest cue before it in its clause decides, and a use or size word right after it overrides a bare
     * amount ("7GB used").
     */
    private static boolean isCapacity(String s, String before, int end) {
        if (Prefilter.find(DENOMINATOR, tail(before, 12))) return true;
        if (VARIANT_AFTER.matcher(s).region(end, Math.min(s.length(), end + 40)).useTransparentBounds(true).lookingAt()) return true;
        // "64.0 GB (63.7 GB usable)": the same memory again
        if (Prefilter.find(RESTATED, tail(before, 14))) return false;
        if (Prefilter.find(RANGE_BEFORE, tail(before, 12)) || Prefilter.find(LACKED_BEFORE, tail(before, 10))) return false;
        // "a system with >40GB of VRAM", "显存大于24G": a threshold spoken of, not what a machine has
        if (Prefilter.find(THRESHOLD_BEFORE, tail(before, 6))) return false;
        if (lastMatch(SIZE_SUBJECT, before) > lastMatch(DEVICE_OR_OWNER, before)) return false;
        if (PATH_AFTER.matcher(s).region(end, Math.min(s.length(), end + 8)).useTransparentBounds(true).lookingAt()) return false;
        int notBefore = lastMatch(NOT_CAPACITY_BEFORE, before);
        // a use cue governs the amount right after it: in "用了20G，内存64G" it is the 20G's, not the 64G's
        int useAt = lastNear(NOT_CAPACITY_NEAR, before);
        Matcher earlier = AMOUNT.matcher(before);
        while (earlier.find()) if (earlier.start() >= useAt) useAt = -1;
        int notAt = Math.max(notBefore, useAt);
        int capAt = lastMatch(CAPACITY_BEFORE, before);
        // a size cue ending with a capacity word holds it: "the model has 260GB" is the model's size, not what it "has"
        if (notAt > capAt || notBefore >= 0 && notBefore == capAt) return false;
        String after = s.substring(end, Math.min(s.length(), end + 32));
        if (Prefilter.find(FREE_AFTER, after) || Prefilter.find(IN_USE_AFTER, after) || Prefilter.find(PART_AFTER, after)) return false;
        // no owner cue at all (-1) counts as none near, however short the clause before
        if (Prefilter.find(WEIGHED_AFTER, after) && capAt < Math.max(0, before.length() - NEAR)) return false;
        if (Prefilter.find(NOT_CAPACITY_AFTER, after) && capAt < 0) return false;
        return true;
    }

    private static boolean inTableCell(String s, int start, int end) {
        int i = start - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        int j = end;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        return i >= 0 && s.charAt(i) == '|' && j < s.length() && s.charAt(j) == '|';
    }

    /** Where the last match ends if it ends within a few words of the amount, else -1. */
    private static int lastNear(Pattern p, String before) {
        int at = lastMatch(p, before);
        return at >= before.length() - NEAR ? at : -1;
    }

    /** The cell before SIZE in Ollama's model tables ({@code ollama ps}, {@code ollama list}): the model's 12-hex-digit ID. */
    private static final Pattern OLLAMA_ID_BEFORE = Pattern.compile("(?<![0-9a-z])[0-9a-f]{12}[ \\t]+$");
    /**
     * The cell after SIZE: {@code ollama ps}'s PROCESSOR ("100% GPU", "45%/55% CPU/GPU") or {@code ollama list}'s MODIFIED
     * ("4 minutes ago", "2 weeks ago", "About an hour ago").
     */
    private static final Pattern OLLAMA_CELL_AFTER = Pattern.compile(
            "^[ \\t]+(?:\\d{1,3}%(?:/\\d{1,3}%)?[ \\t]+(?:cpu/gpu|gpu/cpu|gpu|cpu)(?![a-z])|(?:\\d{1,2}|an?|about an?) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago)");

    /**
     * A figure in a row of Ollama's model tables ("qwen3:32b  3ddf246c242f  60 GB  100% CPU  4 minutes from now") is the
     * SIZE column, the model's footprint as loaded or its download (github.com/ollama/ollama cmd/cmd.go, ListHandler and
     * ListRunningHandler print NAME, ID, SIZE, then PROCESSOR or MODIFIED): never capacity, whatever the words around the
     * paste say.
     */
    static boolean ollamaModelSize(String low, int start, int end) {
        return OLLAMA_ID_BEFORE.matcher(low).region(Math.max(0, start - 40), start).find()
                || OLLAMA_CELL_AFTER.matcher(low).region(end, Math.min(low.length(), end + 40)).useTransparentBounds(true).lookingAt();
    }

    /** Where the last match of {@code p} in {@code s} starts, or -1. */
    private static int lastCue(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) at = m.start();
        return at;
    }

    /** The purchase words of {@link #NOT_CAPACITY_BEFORE}: what follows is a setup planned, not a requirement. */
    private static final Pattern PURCHASE = Pattern.compile("(?:" + PURCHASE_EN + ")(?![a-z])|" + PURCHASE_ZH);

    /** Whether the cue that makes an amount no capacity is a purchase ("should I buy the 12GB one"): a setup planned. */
    static boolean purchased(String s, Amount a) {
        String before = clauseBefore(s, a.start());
        int at = lastCue(NOT_CAPACITY_BEFORE, before);
        return at >= 0 && PURCHASE.matcher(before).region(at, before.length()).lookingAt();
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) at = m.end();
        return at;
    }

    /**
     * The text before position i back to the start of its clause (at most CUE_WINDOW characters). Chinese
     * writers often part clauses with a space alone ("内存占用很少 速度极其慢 500G内存"), so a space between
     * two Chinese characters ends a clause too, and so does a comma between them (the full-width comma, normalised).
     * A sentence opened by "or" ("It requires 2x80gb. Or 4x 40gb.") leaves its verb out: it goes on with the one before.
     */
    static String clauseBefore(String s, int i) {
        int from = Math.max(0, i - CUE_WINDOW);
        for (int j = i - 1; j >= from; j--) {
            char c = s.charAt(j);
            if (c == '.' && j + 1 < s.length() && s.charAt(j + 1) == ' ' || ".?!;。？！；\n|".indexOf(c) >= 0 && c != '.'
                    || (c == ' ' || c == ',') && j > 0 && j + 1 < i && isHan(s.charAt(j - 1)) && isHan(s.charAt(j + 1))) {
                if (!ELLIPTIC_OR.matcher(s).region(j + 1, i).lookingAt()) return s.substring(j + 1, i);
                from = Math.max(0, j - CUE_WINDOW);
            }
        }
        // cut by the window: a word cut in two is no word ("the" is not "he")
        while (from > 0 && from < i && asciiWordChar(s.charAt(from - 1)) && asciiWordChar(s.charAt(from))) from++;
        return s.substring(from, i);
    }

    private static boolean asciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static final Pattern ELLIPTIC_OR = Pattern.compile("\\s*(?:or|或者?|或是)(?![a-z])");

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }

    /**
     * The kind named by the word right after the amount or right before it. A word between two amounts
     * ("显存16G内存64G", "16GB VRAM, 64GB RAM") describes the amount on its other side only when this
     * amount has no word of its own.
     */
    private static Kind kindOf(Scan scan, String s, int start, int end) {
        if (Prefilter.find(TORCH_CAPACITY, s.substring(Math.max(0, start - 40), start))) return Kind.VRAM;
        if (Prefilter.find(BANNER_CARD_MEMORY, s.substring(Math.max(0, start - 80), start))) return Kind.VRAM;
        // PyTorch's older message: "(GPU 0; 79.35 GiB total capacity; 48.28 GiB already allocated; …)"
        if (torchCapacityAfter(s, end)) return Kind.VRAM;
        if (perCardOrCardTotal(s, start)) return Kind.VRAM;
        // "36GB memory each card", "20G RAM per GPU", "40G内存每张卡": memory said of each card is the card's, whatever its word
        if (MEMORY_OF_EACH_CARD_AFTER.matcher(s).region(end, Math.min(s.length(), end + 32)).useTransparentBounds(true).lookingAt()) return Kind.VRAM;
        // "64GB (2x32GB) DDR5": the word after the modules names the amount
        Matcher modules = MODULES_AFTER.matcher(s).region(end, Math.min(s.length(), end + 32)).useTransparentBounds(true);
        if (modules.lookingAt()) return kindOf(scan, s, start, modules.end());
        // "256GD4", "64G DDR5": a memory generation right after the amount names system RAM
        if (DDR_AFTER.matcher(s).region(end, Math.min(s.length(), end + 6)).lookingAt()) return Kind.RAM;
        // "DDR5 64GB * 8", "DDR4-3200 32GB": a memory generation right before it names system RAM too (not "GDDR6 24GB", a card's)
        if (DDR_BEFORE.matcher(s).region(Math.max(0, start - 20), start).useTransparentBounds(true).find()) return Kind.RAM;
        Word after = wordAfter(scan, s, end);
        Word before = wordBefore(s, start);
        // "一台4GB内存的GPU": the memory of a card, which Chinese users call 内存 too
        if (CARD_MEMORY_AFTER.matcher(s).region(end, Math.min(s.length(), end + 12)).useTransparentBounds(true).lookingAt()) return Kind.VRAM;
        // "16G nvidia gpus", "48GB GPUs": the amount names the cards, whatever "server has" before it says
        if (CARD_AFTER_COUNTED_AMOUNT.matcher(s).region(end, Math.min(s.length(), end + 40)).useTransparentBounds(true).lookingAt()) return Kind.VRAM;
        // "显卡只有24GB内存": Chinese users call a card's memory 内存 too
        // ("1650显卡 40G内存" lists two things: the space parts them)
        if (before != null && before.kind == Kind.VRAM && !before.shared && before.distance <= 3 && after != null && after.kind == Kind.RAM
                && s.startsWith("内存", skipForward(s, end)) && !LIST_MARK_IN.matcher(s.substring(Math.max(0, start - before.distance - 1), start)).matches()) {
            return Kind.VRAM;
        }
        // "主机32G，显卡24G", "host: 64GB, GPU 24GB": an amount labelled by the machine is its RAM, the card's word names the next
        // ("电脑32G，显卡3090": the card's word after it labels the card, not this amount); so is one glued to the CPU's word,
        // the side of the machine the RAM is on ("cpu32g"; written apart, "CPU 20GB" is as often what runs on the CPU)
        if (before == null && (after == null || after.shared)
                && Prefilter.find(MACHINE_LABEL_BEFORE, s.substring(Math.max(0, start - 16), start))) return Kind.RAM;
        // "RTX 4080Super 16G 内存64G": a word glued to the next amount and set apart from this one names the next
        if (after != null && after.shared && after.gluedToNext && after.distance > 0 && before == null) return Kind.BARE;
        // "32核64g，显卡是4090": the cores right before the amount make it the machine's, whatever word follows apart from it
        if (before == null && (after == null || after.distance > 0) && Prefilter.find(CORES_BEFORE, s.substring(Math.max(0, start - 16), start))) {
            return Kind.RAM;
        }
        // "i7 13700KF 64G", "5900X 64G 3090": an amount with no word of its own right after the CPU's name is the machine's RAM
        // ("13700K 24GB VRAM" keeps its word)
        if (before == null && after == null && PlatformSpotter.cpuRightBefore(s, start)) return Kind.RAM;
        if (after != null && (!after.shared || before == null)) {
            if (before != null && !before.shared && before.distance < after.distance) return before.kind;
            return after.kind;
        }
        if (before == null && Prefilter.find(MACHINE_HAS, s.substring(Math.max(0, start - 24), start))) return Kind.RAM;
        // "How much RAM do I need? I have 32GB", "需要多少内存？我有32G": a bare amount owned in answer to a question about RAM is RAM
        if (before == null && after == null && Prefilter.find(RAM_ASKED_THEN_OWNED, s.substring(Math.max(0, start - 80), start))) return Kind.RAM;
        return before == null ? Kind.BARE : before.kind;
    }

    private static final Pattern CARD_MEMORY_AFTER = Pattern.compile(" ?内存的? ?(?:gpu|显卡)");
    private static final Pattern RAM_ASKED_THEN_OWNED = Pattern.compile(
            "(?:(?<![a-z])(?:ram|system memory)(?![a-z])|(?<!显)内存)[^.!?。？！\\n]{0,40}[?？][ \\n]*(?:(?:but|and|currently|right now|now|atm),? )?"
                    + "(?:i (?:have|got|'ve got)|i've got|我(?:现在|目前)?(?:只)?有|(?:现在|目前)(?:只)?有)(?: only| just)? ?$");
    private static final Pattern MEMORY_OF_EACH_CARD_AFTER = Pattern.compile(
            "^ ?(?:of )?(?:memory|ram|mem) (?:(?:on|for|in) )?(?:each|every|per) ?(?:gpus?|cards?|devices?)(?![a-z])|^ ?内存(?:/|每(?:张|块)?)(?:显?卡|张|gpu)");

    /** A hedge right before an amount: "about", "~", "大概", "将近" (nearly). */
    private static final Pattern HEDGE_END = Pattern.compile(
            "(?:(?<![a-z])(?:about|around|roughly|approx(?:imately|\\.)?|nearly|almost)|~|≈|约|大约|大概|差不多|将近|接近)\\s*$");
    /** Words of using memory, which a hedged amount after them is a figure of. */
    private static final Pattern USAGE_WORD = Pattern.compile(
            "(?<![a-z])(?:usage|uses?|used|using|utili[sz]\\w*|consum\\w*|occup\\w*|tak(?:es?|ing)|took|allocat\\w*|eat(?:s|ing)?|ate|peaks?|fill(?:s|ed|ing)?|hogg\\w*)(?![a-z])|占用|用了|使用了|消耗|占了|吃了");

    /**
     * "4 GPUs, each having 32 GB of memory", "2 A100 GPUs (each GPU has 80G memory)", "two A40 GPU with a total of 96GB of
     * memory": memory said of each card, or of the cards together, right after the cards are named, whatever word
     * ("memory", "RAM") follows it. Not when a machine word stands between ("8 GPUs; each node has 1TB").
     */
    private static final Pattern PER_CARD_BEFORE = Pattern.compile(
            // the card named in one word or two ("each GPU card has 12GB of memory", "every graphics card has 16GB")
            "(?<![a-z])(?:each|every|per)(?: (?:(?:gpu|graphics|video) )?(?:gpu|card|device)|one)?(?: only)?(?: (?:has|having|with|of|is|at|comes with))? ?(?:only |about |around )?$"
                    + "|(?<![a-z])(?:gpus?|cards?|devices?)(?: \\w+){0,2}? with (?:a )?(?:total|combined|sum) (?:memory )?of ?$"
                    // "每张卡", "每块", "每个GPU", "每卡": each card by any measure word; "单张显卡只有16G", "单卡仅16G": one card
                    + "|每(?:张|块|个|片)?(?:卡|显卡|gpu)?(?:的)?(?:显存|内存)?(?:只有|仅有|是|为|有|共有|都是|都有|都只有)? ?$"
                    + "|单(?:张|块|个|片)?(?:卡|显卡|gpu)(?:的)?(?:显存|内存)?(?:只有|仅有|才有|仅|才|是|为|有)? ?$");
    private static final Pattern CARD_WORD = Pattern.compile("(?<![a-z])(?:gpus?|cards?|devices?)(?![a-z])|卡");
    private static final Pattern MACHINE_WORD = Pattern.compile("(?<![a-z])(?:nodes?|servers?|machines?|hosts?|systems?|computers?|pcs?)(?![a-z])|节点|服务器|机器|主机");

    /** "机器64G", "server 64GB": a machine's word just before the amount makes it said of the machine, not of its cards. */
    static boolean machineBefore(String s, Amount a) {
        return MACHINE_WORD.matcher(s.substring(Math.max(0, a.start() - 12), a.start())).find();
    }

    static boolean perCardOrCardTotal(String s, int start) {
        String before = s.substring(Math.max(0, start - 48), start);
        Matcher m = PER_CARD_BEFORE.matcher(before);
        if (!m.find()) return false;
        String lead = before.substring(0, m.start());
        int card = lastMatch(CARD_WORD, lead);
        if (CARD_WORD_IN.matcher(m.group()).matches()) card = Math.max(card, m.start() + 1);
        return card >= 0 && lastMatch(MACHINE_WORD, before) < card;
    }

    /**
     * A server or cloud instance told by its cores and memory ("32核64g", "4核8G", "8c16g", "16 vCPU 64GB", "8 cores / 32GB"):
     * the memory after the cores is the machine's RAM.
     */
    private static final String CORES = "(?<![a-z0-9.])\\d{1,3} ?(?:核心?|c|vcpus?|v?cores?|cpu cores?|cpus)[ /,，+、]*";
    private static final Pattern CORES_BEFORE = Pattern.compile(CORES + "$");
    private static final Pattern CORES_AND_MEMORY = Pattern.compile(CORES + "\\d{1,4} ?(?:gb|gib|g)(?![a-z])");

    /** The text tells a machine by its cores and memory ("32核64g", "16 vCPU 64GB"): a CPU named, as a model number names one. */
    static boolean machineByCores(String low) {
        return Prefilter.find(CORES_AND_MEMORY, low) || Prefilter.find(VCPUS, low);
    }

    /** "an 8vCPU machine", "4 vCPUs": a cloud VM told by its virtual CPUs is a machine named by its CPU, with or without memory. */
    private static final Pattern VCPUS = Pattern.compile("(?<![a-z0-9.])\\d{1,3} ?-?vcpus?(?![a-z])");

    /** "My machine has 64GB", "my PC with 32 GB": the memory of a computer, said without a word for it, is its RAM. */
    private static final Pattern MACHINE_HAS = Pattern.compile(
            "(?<![a-z])(?:machine|computer|pc|desktop|laptop|workstation|server)(?: (?:has|with|got|comes with))(?: only| just)? $");

    /** "主机32G", "电脑：16G", "host: 64GB", "PC 32GB": the machine's word right before an amount, as its label. */
    private static final Pattern MACHINE_LABEL_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:host|machine|computer|pc|desktop|laptop|workstation)[ :：]*|(?:主机|电脑|台式机|笔记本|工作站)[ :：]*(?:是|有)?|(?<![a-z])cpu)$");

    /** @param gluedToNext the word touches the amount after it ("内存64G") */
    private record Word(Kind kind, int distance, boolean shared, boolean gluedToNext) {
        Word(Kind kind, int distance, boolean shared) { this(kind, distance, shared, false); }
    }

    private static Word wordAfter(Scan scan, String s, int end) {
        int i = skipForward(s, end);
        // "16G+1060 6G显存": a card named between the amount and the word has the word ("6G显存" is the card's)
        if (!scan.isFree(end, i)) return null;
        Kind kind = null;
        int wordEnd = i;
        for (List<String> words : List.of(STORAGE_WORDS, VRAM_WORDS, RAM_WORDS, CPU_WORDS)) {
            for (String w : words) {
                // glued on is fine ("64GRAM"); only the far end needs a boundary then
                if (kind == null && s.startsWith(w, i) && (i == end
                        ? Patterns.endsWord(s, i + w.length()) : Patterns.standsAlone(s, i, i + w.length()))) {
                    kind = words == STORAGE_WORDS ? Kind.STORAGE : words == VRAM_WORDS ? Kind.VRAM : Kind.RAM;
                    wordEnd = i + w.length();
                }
            }
        }
        if (kind == null) return null;
        int next = skipForward(s, wordEnd);
        boolean shared = next < s.length() && Character.isDigit(s.charAt(next));
        // "ram: 32gb gpu: 3060 12gb": a word right before a card named (claimed already) labels that card
        boolean labelsCard = !shared && labelsClaimed(scan, wordEnd);
        return new Word(kind, i - end, shared || labelsCard, shared && next == wordEnd);
    }

    /**
     * What may stand between a memory word and the card it labels: separators and a copula ("显卡是3090", "GPU is a 3090",
     * "显卡为 4090", "GPU = RTX 4090"), so "内存是64GB，显卡是3090" keeps its 64GB for the RAM.
     */
    private static final Pattern LABEL_GAP = Pattern.compile("[ :：=]*(?:(?:是|为|(?:is|was)(?![a-z]))[ :：]*)?(?:(?:an?|one|my|the)(?![a-z]) ?)?");

    private static boolean labelsClaimed(Scan scan, int at) {
        Matcher gap = LABEL_GAP.matcher(scan.low).region(at, scan.low.length());
        int j = gap.lookingAt() ? gap.end() : at;
        // a Chinese word glued to the card it labels ("内存是32G，显卡4060") labels it as well as one set apart does
        boolean glued = at > 0 && scan.low.charAt(at - 1) >= 128;
        return j < scan.low.length() && (j > at || glued) && !scan.isFree(j, j + 1);
    }

    private static Word wordBefore(String s, int start) {
        int i = skipBackward(s, start);
        String head = s.substring(Math.max(0, i - 16), i);
        // "虚拟内存32G", "swap: 32GB": disk lent as memory, whose words end in a RAM word
        for (String w : STORAGE_WORDS) {
            if (head.endsWith(w) && Patterns.standsAlone(s, i - w.length(), i)) return new Word(Kind.STORAGE, start - i, false);
        }
        for (List<String> words : List.of(VRAM_WORDS, RAM_WORDS)) {
            for (String w : words) {
                if (head.endsWith(w) && Patterns.standsAlone(s, i - w.length(), i)) {
                    Kind kind = words == VRAM_WORDS ? Kind.VRAM : Kind.RAM;
                    // an issue form's "GPU: Memory 16GB x Count 4", "Graphics - Memory: 8 GB": the memory field under a GPU label
                    if (kind == Kind.RAM && (w.equals("memory") || w.equals("mem"))
                            && GPU_LABEL_BEFORE.matcher(s.substring(Math.max(0, i - w.length() - 16), i - w.length())).find()) kind = Kind.VRAM;
                    int prev = skipBackward(s, i - w.length());
                    boolean shared = Prefilter.find(AMOUNT_BEFORE, s.substring(Math.max(0, prev - 12), prev));
                    return new Word(kind, start - i, shared);
                }
            }
        }
        return null;
    }

    private static int skipForward(String s, int i) {
        for (int guard = 0; guard < 4; guard++) {
            while (i < s.length() && FILLER_CHARS.indexOf(s.charAt(i)) >= 0) i++;
            String word = fillerAt(s, i);
            if (word == null) break;
            i += word.length();
        }
        return i;
    }

    private static int skipBackward(String s, int i) {
        for (int guard = 0; guard < 4; guard++) {
            while (i > 0 && FILLER_CHARS.indexOf(s.charAt(i - 1)) >= 0) i--;
            boolean skipped = false;
            for (String w : FILLER_WORDS) {
                if (s.startsWith(w, i - w.length()) && Patterns.standsAlone(s, i - w.length(), i)) {
                    i -= w.length();
                    skipped = true;
                    break;
                }
            }
            if (!skipped) break;
        }
        return i;
    }

    private static String fillerAt(String s, int i) {
        for (String w : FILLER_WORDS) {
            if (s.startsWith(w, i) && Patterns.standsAlone(s, i, i + w.length())) return w;
        }
        return null;
    }
}
