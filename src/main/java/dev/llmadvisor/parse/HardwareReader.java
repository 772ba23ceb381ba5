package dev.llmadvisor.parse;

import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.knowledge.GpuEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hardware a person has out of the cards and memory amounts spotted in a message, the way a
 * careful reader does:
 * <ul>
 *   <li>a card named twice is one card ("I have a 4070 … can my 4070 run it?");</li>
 *   <li>cards joined by "or" / "vs" / "还是", or named as something to buy, are options being weighed, not a
 *       multi-card machine; cards named in a comparison ("faster than a 4090") or as a requirement ("needs
 *       an A100") are not the person's;</li>
 *   <li>counts in digits, words and Chinese, nodes × cards ("2 nodes of 8 H100"), and enumerated devices
 *       ("GPU 0: L40 … GPU 3: L40") give the number of cards;</li>
 *   <li>only amounts that are capacity count: memory in use, file sizes and requirements are not RAM or VRAM;</li>
 *   <li>a Mac's memory is its unified memory; an Intel Mac runs on the CPU.</li>
 * </ul>
 */
final class HardwareReader {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final Pattern LINK_WORD = Pattern.compile("[,，、/]|and|或|和");
    private static final Pattern SENTENCE_MARK_IN = Pattern.compile("(?s).*[.?!。？！\\n].*");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");
    private static final Pattern APPLE_CHIP = Pattern.compile(".*(?<![a-z0-9])m[1-5](?![0-9]).*");
    private static final Pattern BRAND_WORD = Pattern.compile("(?<![a-z])(?:nvidia|geforce|rtx|gtx|tesla|quadro|amd|radeon|instinct|apple|intel|arc|graphics|gpu|card)(?![a-z])");
    private static final Pattern MAC_BEFORE_CHIP = Pattern.compile("(?<![a-z])(?:mac ?(?:studio|mini|pro)|macbook(?: ?(?:pro|air))?|imac)(?= ?m\\d)");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern SLASH_END = Pattern.compile("(?s).*/ ?$");

    /** The hardware as read: what the person has, the options they weigh, and cards named as a target. */
    record Hardware(List<GpuMention> gpus, List<GpuMention> alternatives, List<GpuMention> targets, Double vramGb,
                    Double ramGb, boolean cpuOnly) { }

    private enum Role { OWNED, ALTERNATIVE, TARGET, MENTIONED }

    /**
     * A Mac named without its chip: "16GB Mac", "Mac Studio with 192GB", "my MacBook Air"; Ollama's issue form with "Apple" in
     * its GPU field ("### GPU\n\nApple"): the Mac's own chip, unnamed (label rules E and G).
     */
    private static final Pattern MAC = Pattern.compile(
            "(?<![a-z0-9])(?:mac ?(?:mini|studio|pro)|macbook(?: ?(?:pro|air))?|imac|mac)(?![a-z])|(?m)(?<=^#{1,4} ?gpu ?\\n[ \\n]{0,4})apple(?= ?$)");
    /** Platforms listed with a bare "Mac": "PC/Mac", "Windows or Mac", "Mac/Linux": a kind of computer, not a machine the person has. */
    private static final Pattern PLATFORM_BEFORE = Pattern.compile("(?<![a-z])(?:pc|windows|linux|win)\\s*(?:/|or|,)\\s*$");
    private static final Pattern PLATFORM_AFTER = Pattern.compile("^\\s*(?:/|or|,)\\s*(?:pc|windows|linux|win)(?![a-z])");

    private static boolean platformListed(String s, int start, int end) {
        return Prefilter.find(PLATFORM_BEFORE, s.substring(Math.max(0, start - 12), start))
                || PLATFORM_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 12))).find();
    }

    /**
     * The AMD GPU of an Intel Mac named right before an amount, no other amount between: "Radeon Pro 5500M 8GB", "AMD Radeon
     * Pro 560X 4 GB" (not "Intel Iris Plus Graphics 655 1536 MB 16 GB": that Mac's RAM after its integrated graphics).
     */
    private static final Pattern MAC_GPU_BEFORE = Pattern.compile("(?:radeon|amd)(?:(?!\\d ?(?:mb|gb|g(?![a-z])))[^,;.!?\\n，。；]){0,25}$");
    /** What may stand between the RAM and the VRAM of one memory pool's split: "RAM 31.65 GB - VRAM 96 GB", "32GB RAM / 96GB VRAM". */
    private static final Pattern SPLIT_BETWEEN = Pattern.compile("[^.;!?。；！？\\n]{0,14}");

    /**
     * "AMD Ryzen AI Max+ 395 … RAM 31.65 GB - VRAM 96.00 GB": an APU's one memory pool as its firmware splits it between the
     * CPU and the GPU, which is the machine's memory as a whole (their sum); the two amounts are taken out of the RAM read.
     */
    private static Double splitPool(String s, List<MemorySpotter.Amount> amounts) {
        for (int i = 0; i + 1 < amounts.size(); i++) {
            MemorySpotter.Amount a = amounts.get(i);
            MemorySpotter.Amount b = amounts.get(i + 1);
            boolean ramAndVram = a.kind() == MemorySpotter.Kind.RAM && b.kind() == MemorySpotter.Kind.VRAM
                    || a.kind() == MemorySpotter.Kind.VRAM && b.kind() == MemorySpotter.Kind.RAM;
            if (ramAndVram && b.start() >= a.end() && SPLIT_BETWEEN.matcher(s.substring(a.end(), b.start())).matches()) {
                amounts.remove(b);
                amounts.remove(a);
                return (double) Math.round(a.gb() + b.gb());
            }
        }
        return null;
    }

    /** Cards without a name: "7 GPUs", "8卡", "3x GPU system", "八台gpu"; not a log's "07:34:26 gpu_executor.py" (an identifier). */
    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?<![a-z0-9.])(?<!第)" + Patterns.NOT_MULTIPLIER + "(\\d{1,3}) ?(?:x ?)?(?:gpus|graphics cards|cards|(?:张|块|个|片) ?(?:显卡|gpu卡|gpu|卡|计算卡|加速卡)|台gpu|卡 ?gpus?|卡(?!住|顿|了|死)"
                    // "我有两块，都是4090": cards counted by their measure word, then said to be all of one card
                    + "|(?:张|块)(?=[,，、]? ?(?:都是|全是|均为|都为)))(?![a-z])"
                    // "a 4-GPU setup", "8-GPU node": the count joined to the word
                    + "|(?<![a-z0-9.])" + Patterns.NOT_MULTIPLIER + "(\\d{1,3}) ?-?(?:x ?)?gpu(?![a-z_])(?! ?\\d)"
                    // "38 GPU cores", "38-core GPU": an Apple chip's GPU cores, not cards; "2 gpu layers": layers offloaded, not cards
                    + "(?! ?-?(?:cores?|核|layers?|层))"
                    // "双卡运行", "两张卡", "two GPUs": the count in a word (not an ordinal: 第一张卡)
                    + "|(?<!第)(两|双|俩|三|四|五|六|七|八) ?(?:(?:张|块|个|片)?(?:显卡|gpu卡|gpu|卡|计算卡|加速卡)(?!住|顿|了|死)|(?:张|块)(?=[,，、]? ?(?:都是|全是|均为|都为)))"
                    // "both GPUs", "both of my cards": two
                    + "|(?<![a-z])(two|three|four|dual|quad|both)(?: of)?(?: my| the| our)? (?:gpus|cards|graphics cards)(?![a-z])"
                    // an issue form's field: "GPU Count: 2", "Number of GPUs: 4", "显卡数量：2", "Memory 16GB x Count 4"
                    + "|(?:(?<![a-z_])(?:gpu|graphics card|card)s? (?:count|number)|(?<![a-z_])(?:number|num|no\\.?) of (?:gpus|cards|graphics cards)"
                    + "|(?:显卡|gpu|卡)(?:数量|个数|数)|(?<![a-z])[x×*] ?count) ?[:：=]? ?(\\d{1,3})(?![0-9]|\\.\\d)");
    /** "Each H20 has 96GB, so 8 of them …": a count of the one card named, never cards of their own. */
    private static final Pattern OF_THEM = Pattern.compile("(?<![a-z0-9.])(\\d{1,3}) of (?:them|those|these)(?![a-z])");
    /** A memory size inside a card's name as written ("3060 12GB", "H20 96GB"). */
    private static final Pattern MEMORY_IN_NAME = Pattern.compile("(?<![a-z0-9])(\\d+(?:\\.\\d+)?) ?(?:gb|gib|g)(?![a-z])");
    private static final String DATACENTER_CARDS = "a100|a800|h100|h800|h200|h20|b200|b100|mi300x|mi325x|mi355x";
    /** "2 nodes", "3 台 … 机器", "两台服务器", "2 H100 nodes": several machines of the cards named with them. */
    private static final Pattern NODES = Pattern.compile(
            // "a two-node deployment", "2-node cluster": the count joined to the word
            "(?<![a-z0-9.])(\\d{1,3}|两|二|三|四|五|六|七|八|two|three|four|eight)(?: ?(?:x ?)?(?:nodes|machines|servers|hosts|台(?:机器|服务器|节点)?|个节点|个机器)|-nodes?)(?![a-z])"
                    + "|(\\d{1,3}) ?(?:x ?)?\\d{1,2} ?[x×*] ?[a-z0-9 -]{2,16} ?(?:nodes|machines|servers)(?![a-z])"
                    + "|(?<![a-z0-9.])(\\d{1,3}) ?(?:x ?)?(?:nvidia ?)?(" + DATACENTER_CARDS + ")[a-z0-9 -]{0,12}?(?: ?[x×*] ?(\\d{1,2}))? (?:nodes|machines|servers)(?![a-z])");
    /** The cards of each node: "一个节点八台gpu", "每台机器8卡", "8 GPUs per node". */
    private static final Pattern PER_NODE = Pattern.compile(
            // the scan has Chinese numerals as digits already ("一个节点八台" reads "1个节点8台")
            "(?:1个节点|每个?节点|每台(?:机器|服务器)?|单节点)(?:有|是|都是)? ?(\\d{1,2})(?: ?(?:台|张|块|个|x))? ?(?:gpu|卡|显卡)"
                    + "|(?<![a-z0-9.])(\\d{1,2}) ?(?:x ?)?(?:gpus|cards) (?:per|each|in each|on each) (?:node|machine|server)(?![a-z])"
                    + "|(?:per|each) (?:node|machine|server) (?:has|with) (\\d{1,2}) ?(?:gpus|cards)(?![a-z])"
                    // "three nodes and each has a V100 GPU"
                    + "|(?:each|every)(?: one| node| machine| server)? (?:has|with|having) (?:only )?(a|an|one)(?![a-z])");
    /** Cards sold in 8-GPU nodes (HGX/DGX): "an H100 node" holds eight. */
    private static final Pattern DATACENTER = Pattern.compile(DATACENTER_CARDS);
    /**
     * Small boards and phones run models on their CPU: "Raspberry Pi 4", "Radxa Orion", "树莓派". An RK3588 board is a
     * unified-memory chip of the catalog (its NPU and GPU share the board's RAM), so it is read as a card instead.
     */
    private static final Pattern EDGE_BOARD = Pattern.compile(
            "ras?pberry ?pi|(?<![a-z])rpi ?[345]|树莓派|orange ?pi|radxa|rock ?pi|jetson nano|android phone|iphone|安卓手机|手机上");
    /**
     * A phone, generic or by its maker's line: "Android phone", "smartphone", "iPhone 15 Pro", "Samsung Galaxy A34 5G",
     * "Samsung S23", "Pixel 8", "OnePlus 7 Pro", "Xiaomi 14 Pro", "Redmi Note 12", "Huawei Mate 60", "vivo X100", "OPPO Find
     * X7", "Honor Magic 6", "手机", "一加13", "小米14", "华为Mate60", "荣耀90". The model's own designation is part of the name,
     * so its "5g" is no memory amount. Not "phone number", "phone's hotspot", "Android Studio", an image's "pixels".
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![a-z0-9])(?:"
                    + "iphone(?: ?(?:\\d{1,2}|x[rs]?|se))?(?: ?(?:pro|max|plus|mini))*"
                    + "|(?:samsung ?)?galaxy(?: ?[a-z]{0,2} ?\\d{1,3}[a-z]?)?|samsung ?[asmz] ?\\d{1,3}[a-z]?"
                    + "|(?:google ?)?pixel ?\\d{1,2}a?(?: ?(?:pro|xl|fold))*"
                    + "|(?:oneplus|one plus|一加) ?(?:ace ?|nord ?)?\\d{1,2}[a-z]?"
                    + "|(?:xiaomi|小米|redmi|红米) ?(?:note ?|[a-z] ?)?\\d{1,2}[a-z]?"
                    + "|(?:huawei|华为) ?(?:mate|p|nova|pura) ?\\d{1,2}|vivo ?[a-z]?\\d{1,3}|oppo ?(?:find ?[a-z]|reno ?)?\\d{1,2}"
                    + "|(?:honor|荣耀) ?(?:magic ?)?\\d{1,2}"
                    // a phone named by its SoC ("Snapdragon 8 Gen 2", "骁龙8gen3", "Snapdragon 860", "天玑9300", "Tensor G3"); not
                    // the laptop chips "Snapdragon X Elite" or "8cx Gen 3", which have no such number
                    + "|(?:qualcomm ?)?(?:snapdragon|骁龙) ?(?:8 ?\\+? ?(?:gen ?\\d|elite)|[4-8]\\d{2}\\+?)"
                    + "|(?:mediatek ?)?(?:dimensity|天玑) ?\\d{3,4}|(?:kirin|麒麟) ?\\d{3,4}|exynos ?\\d{4}|(?:google ?)?tensor ?g\\d"
                    + "|android(?! ?(?:studio|sdk|ndk|emulator|version))(?: ?(?:smart)?phone| ?device)?|(?:smart ?)?phones?(?!'?s? ?(?:numbers?|hotspot|tether|charger|calls?))"
                    // the rest of a model's name: "Ultra", "Pro+", "5G" (a network, not memory)
                    + ")(?: ?(?:ultra|pro\\+?|max|plus|\\+|fe|lite|5g|4g))*(?![a-z0-9])"
                    + "|(?:安卓)?手机(?!号|卡|壳|充电)");
    /** A computer named near a phone: the memory said there may be the computer's, so the phone is not read as the machine. */
    private static final Pattern COMPUTER = Pattern.compile(
            "(?<![a-z])(?:pc|laptop|desktop|computer|server|workstation|mac|macbook)(?![a-z])|电脑|笔记本|台式|主机|服务器|工作站");

    /** An APU's integrated graphics ("AMD E1-6015 APU"): with no card named, the machine counts as CPU-only, as an iGPU does. */
    // not a segment of a path or an identifier ("/home/apus/mambaforge")
    private static final Pattern APU = Pattern.compile("(?<![a-z/_.-])apus?(?![a-z/_.-])");
    /** Any word for a graphics processor or its memory or software: with one, a machine described by its CPU may still have a card. */
    private static final Pattern GPU_WORD = Pattern.compile(
            "gpu|graphics|vram|(?<![a-z])(?:cards?|cuda|rocm|vulkan|metal|mps|nvidia|geforce|radeon|rtx|gtx|arc|npu)(?![a-z])|显卡|显存|独显|核显|集显|卡");
    private static final Pattern ENUMERATED = Pattern.compile("(?:gpu|device|cuda) ?#?\\d{1,2} ?[:：)\\]] ?(?:nvidia ?)?$"
            // nvidia-smi's table: "|   0  NVIDIA A100-SXM4-80GB  On  |", one row per card
            + "|\\n\\| +\\d{1,2} +(?:nvidia ?)?$");

    /** Words linking options: "3090 or 4090", "4060ti还是4070", "A6000 vs 2x 3090"; the slash of "w/" and "w/o" is no "or". */
    private static final Pattern OR = Pattern.compile(
            "(?<![a-z])(?:or|vs\\.?|versus|instead of|rather than|compared to|against)(?![a-z])|还是|或者|或|(?<!(?<![a-z])w)/|\\bvs\\b|对比|比较");
    /**
     * Said of a card: it costs too much ("the 4090 is too expensive, what about a 2080 Ti?", "4090太贵了，2080ti能跑吗",
     * "I can't afford a 4090, would a 3090 …"). With another card named after it, both are options weighed, not one rig.
     */
    private static final Pattern PRICED_OUT_AFTER = Pattern.compile(
            "^[^.?!。？！\\n]{0,14}?(?:(?<![a-z])(?:too (?:expensive|pricey|pricy|costly)|(?:over|out of|beyond|above) (?:my |our |the )?budget"
                    + "|costs? too much)(?![a-z])|太贵|贵了|买不起|超(?:出)?预算|价格太高)");
    private static final Pattern PRICED_OUT_BEFORE = Pattern.compile(
            "(?<![a-z])(?:can'?t|cannot|couldn'?t) afford(?: to buy)?(?: an?| the)? ?$|买不起 ?$");
    /** Between a priced-out card and the next: that one was bought instead ("too expensive, so I got a 3090", "就买了3090"). */
    private static final Pattern BOUGHT_INSTEAD = Pattern.compile(
            "(?<![a-z])(?:bought|got|went (?:with|for)|settled (?:on|for)|ended up with|picked up|purchased|now (?:have|use))(?![a-z])|买了|入手了|选了|换了|用了");
    /** How far after a priced-out card the card weighed instead may be named. */
    private static final int PRICED_OUT_WINDOW = 100;
    /** Saying the cards that follow are in machines apart: "two different hardware setups", "两台不同的机器". */
    private static final Pattern SEPARATE_SETUPS = Pattern.compile(
            "(?<![a-z])(?:two|three|2|3|several|multiple) (?:different|separate) (?:hardware |gpu )?(?:setups?|machines?|systems?|computers?|configurations?|configs?|platforms?|rigs?)(?![a-z])"
                    + "|(?:两|二|2|三|3|几)(?:台|种|套)不同的?(?:机器|配置|硬件|电脑|服务器|平台)");
    /** Words linking cards of one machine: "a 3090 and a 3060", "4090+3090", "3090 w/ a 3060" (with). */
    private static final Pattern AND = Pattern.compile("(?<![a-z])(?:and|plus|with|along with|w/(?!o)|&)(?![a-z])|\\+|和|加|跟|与|以及|外加");
    /** One's own in Chinese: 自己的, 自己家的, 自己用的. */
    private static final String OWN_ZH = "自己的|自己(?:家|用)的?";
    /** Words that say a card is the person's: stronger than "or", which otherwise makes cards options. */
    private static final Pattern POSSESSION_CUE = Pattern.compile(
            "(?<![a-z])(?:i have|i've got|ive got|i got|i own|i'm using|im using|i am using|i use|i run|i'm running|i am running"
                    + "|running on|with my|on my|my|mine|our|we have|we've got|we use|i tested|tested on|test(?:ed|ing)? (?:this|it) (?:in|on)"
                    // "used" as what they ran ("GPU used:", "used 2x A100"), not a second-hand card to buy ("or a used 3090")
                    + "|i used|(?<!\\ba )(?<!\\ban )(?<!buy )(?<!buying )(?<!get )(?<!getting )used|installed|gpus? ?:|gpu models and configuration|hardware ?:|system ?:)(?![a-z])"
                    // "我只有": "only" between 我 and 有 keeps it a possession ("我还有" adds to cards named before, which stay unmarked)
                    + "|我(?:们)?(?:现在|目前|这边|这里|家里|公司)?(?:只|就|仅|才)?有|我的|我用|我(?:们)?(?:现在|目前)?是?在?使用|我这|我们的|用的是|手上|手里|家里|现有|目前有|在用|安装了|配置[:：]|显卡[:：]|gpu[:：]|硬件[:：]"
                    // "在自己的3060上不行": one's own, as against a machine elsewhere named beside it
                    + "|" + OWN_ZH
                    // "我 8*A10 还是跑不起来": 我 right before the card
                    + "|我(?:们)?\\s*$");
    /**
     * Right before a card: the one the person had before ("old GPU:", "my previous card was", "之前的显卡是"). It is out of
     * the machine only when the post names the card there now ({@link #CURRENT_CARD}): "my old 1080" alone is still theirs.
     */
    private static final Pattern FORMER_CUE = Pattern.compile(
            "(?<![a-z])(?:old|older|previous|former|prior)(?: (?:gpu|card|graphics card|video card))?(?: (?:was|is|:))? ?:? ?(?:an? |the |my )?(?:nvidia |amd )?$"
                    // "I used to run it on a 3090", "used to use llama.cpp with a 3060": the run of before, with what it ran on
                    + "|(?<![a-z])(?:used to (?:have|use|run)(?: (?:it|them|this|that|models?|llms?|[\\w.-]+ models?))?(?: (?:on|with))?(?: an?| the| my)?)(?: (?:nvidia|amd))? ?$"
                    + "|(?:以前|之前|原来|原先|旧)的?(?:显卡|卡|gpu)?(?:是|用的是|用)? ?[:：]? ?$|(?:以前|之前|原来|原先)(?:用的?是?|用过|是?在)的? ?$");
    /** Right before a card: one taken out for another, whatever else the post says ("upgraded from a 1080 Ti", "把2080换成"). */
    private static final Pattern REPLACED_CUE = Pattern.compile(
            "(?<![a-z])(?:replaced|swapped out|upgraded from|upgrading from|switched from|moved from|went from)(?: (?:my|an?|the|old|an old|my old))? ?$"
                    + "|(?:从|把)(?:原来的|之前的|以前的|旧的)? ?$|换掉了?(?:原来的|之前的)? ?$");
    /** After a card taken out: "… to a 4090", "换成4090", "替换为4090", "升级到". */
    private static final Pattern REPLACED_BY_AFTER = Pattern.compile("^ ?(?:(?:with|for|to|by)(?![a-z])|替?换成|替?换到|替?换为|升级到|升级成|升级为)");
    /** A card said to be the one in the machine now, or the one bought to replace another: with a former card named, the setup. */
    private static final Pattern CURRENT_CARD = Pattern.compile(
            "(?<![a-z])(?:new (?:gpu|card|graphics card|video card)|(?:upgraded|switched|moved|changed) to|replaced (?:it|them) with|now (?:i have|i use|i run|i've got|i got|with|on|using|(?:it'?s |it is )?(?:an?|my|the)))(?![a-z])"
                    + "|新(?:显卡|卡|gpu)|现在的?(?:显卡|卡|gpu|用的?是?|换成|是|有了?)|换成了?|升级(?:到|成)了?|换了");

    /** "P106-100 6GB (未启用)", "GTX 1050 (disabled)": a card the machine has but leaves out of the run. */
    private static final Pattern UNUSED_AFTER = Pattern.compile(
            "^ ?[(\\[]? ?(?:未启用|未使用|没有?用|不用|闲置|已禁用|disabled|not used|unused|not in use|idle)(?![a-z])");
    /** "I don't have a 4090", "没有3090显卡，也没有A100": a card the person says they lack. */
    private static final Pattern NEGATED_CUE = Pattern.compile(
            "(?<![a-z])(?:(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|can'?t afford|cannot afford) (?:have|own|got|get|buy|afford)"
                    // "can't afford an H100", "without an A100": the article may come between the cue and the card
                    + "|can'?t afford|cannot afford|no|not|without|lack(?:ing)?)(?: an?| the| any)?(?![a-z])\\s*$"
                    + "|(?:没有|没|无|不是|并非|买不起|用不起)\\s*$");
    private static final Pattern OWNED_CUE = Pattern.compile(
            "(?<![a-z])(?:i have|i've got|ive got|i got|i own|i'm using|im using|i am using|i use|i run|i'm running|i am running"
                    + "|using|running on|run on|runs on|on my|with my|my|mine|our|we have|we've got|we use|i tested|tested on|tested with"
                    + "|test(?:ed|ing)? (?:this|it) (?:in|on)|rig|setup|machine|server|system|workstation|box|hardware|gpus?|cards?"
                    + "|device|configuration|config|specs?|deployed on|deploy on|deploying on|loaded on|trying on|tried on|on a|on an|on"
                    // "when I try the 60B Version with 2 RTX 3090": what they ran it with, as "on" is what they ran it on
                    + "|(?:try|tried|trying|ran|running|load|loaded|loading)(?: [\\w.-]+){0,3} with)(?![a-z])"
                    + "|我有|我的|我用|我这|我们|用的是|用的|使用|再用|改用|又用|用了|手上|手里|家里|现有|本地|配置|配备|机器|服务器|电脑|主机|显卡|硬件|环境|在"
                    // "另一张是3090 24G": the other card of the machine just described (numbers are digits by now)
                    + "|另外?[1一][张块]|还有[1一][张块]");
    /**
     * Someone else as the subject: "the author ran it on an H100", "benchmarks on a 4090", "作者用的是A100". A card after such
     * a word, with no first-person word after it ({@link #FIRST_PERSON}), is that party's setup, not the person's.
     */
    private static final Pattern OTHER_PARTY = Pattern.compile(
            "(?<![a-z])(?:authors?|(?:he|she|they)(?! (?:are|were|is|was|both|all|each))|their|his|others|people|ppl|folks|friends?|colleagues?|coworkers?"
                    // "results for owners of cards with 24GB - RTX 3090, 4090", "anyone with a 4090": cards of whoever has them
                    + "|owners|anyone (?:with|who has|who owns)"
                    // a quantified plural as the subject ("many LLM experimenters have a 5090", "most users run a 3060", "for
                    // those with an A6000"): whoever has them, not the person ("many of my" stays theirs: a first-person word follows)
                    + "|(?:many|most|lots of|a lot of|plenty of)(?! of (?:my|our))(?: [\\w-]+){1,4}? (?:have|own|run|use|got|are (?:using|running|on))"
                    + "|those (?:with|who have|who own|having)"
                    + "|benchmarks?|benchmarked|the paper|the blog|a blog|the video|a video|reddit"
                    // a report of someone's run ("someone ran it on 8x H200", "someone was able to achieve 900 tokens/s on 8×A800"),
                    // not a request ("can someone tell me if a 4090 …")
                    + "|(?:someone|somebody|some people|a user|other users|another user|a guy|this guy)(?: (?:here|else|on \\w+))? (?:ran|got|posted|reported|tested|used|had|mentioned|shared|managed|tried|did|said"
                    + "|(?:was|were) able to|achieved|claims|claimed)"
                    + "|(?:in|on|from) (?:a|this|that|the) (?:post|thread|tweet|article|comment)|model ?cards?"
                    // "I've heard the B580 performs better", "supposedly a 4090 runs it": hearsay of someone's card, as 据说 / 听说 below
                    + "|heard(?: (?:that|about|of))?|supposedly|reportedly"
                    + "|(?:this|the) (?:repo|repository|project|model) (?:was|is|has been|were) (?:tested|trained|benchmarked|developed|evaluated|run))(?![a-z])"
                    + "|作者|别人|他人|(?<!其)他们?|她|人家|博主|网友|朋友|同事|论文|评测|测评|博客|(?:很多|许多|不少|大多数|大部分|多数)人"
                    // "据说一张4090就能跑": a report of someone else's run
                    + "|据说|听说|帖子|文章");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![a-z])(?:i|i'm|im|i've|ive|my|me|mine|we|we're|we've|our|us)(?![a-z])|我");
    private static final Pattern BUY_CUE = Pattern.compile(
            "(?<![a-z])(?:buy|buying|bought a new|get(?:ting)? (?:a|an|another|one|two|three|four|the|more|some)|purchase|purchasing|upgrade to|upgrading to|considering|consider"
                    + "|thinking (?:of|about)|plan(?:ning)? to|should i|worth|choose|pick|which (?:one|gpu|card)|or"
                    // a purchase supposed ("if I bought a 5090", "if we got two A6000s"), a card added ("add a second 4070"),
                    // one sold for another ("sell it for a 3090")
                    + "|if (?:i|we) (?:bought|got|added|add|get)|add(?:ing|ed)? (?:a second|a 2nd|another|one more)|sell(?:ing)? (?:it|them|mine|my \\w+) (?:for|to get|and (?:buy|get)))(?![a-z])"
                    + "|想买|准备买|打算买|买|入手|换成|换|升级|考虑|选|哪个|值得");
    /** Right before a card the person has: one more of it weighed ("add a second 4070", "buy another P40", "再买一张4090"). */
    private static final Pattern ANOTHER_CUE = Pattern.compile(
            "(?<![a-z])(?:add(?:ing)?|buy(?:ing)?|get(?:ting)?|grab(?:bing)?)(?: in)? (?:a second|a 2nd|another|one more)(?: (?:nvidia|amd|used))? ?$"
                    + "|再(?:买|加|添|上)(?:1|一)? ?(?:张|块)? ?$");
    /** Right after a card: it is in the person's machine ("a 4090 in my main rig", "the 3060 on my server", "4090装在我的主机上"). */
    private static final Pattern IN_MY_MACHINE_AFTER = Pattern.compile(
            "^ ?(?:in|on|inside) (?:my|our) (?:\\w+ ){0,2}?(?:rig|machine|pc|computer|server|desktop|laptop|system|box|workstation|build)(?![a-z])"
                    + "|^ ?(?:装)?在我(?:们)?的?(?:主机|电脑|机器|服务器|工作站|台式机|笔记本)");
    private static final Pattern COMPARISON_CUE = Pattern.compile(
            "(?<![a-z])(?:than|like|such as|e\\.g\\.?|unlike|similar to|as fast as|faster|slower|only the|even (?:a|an|the)?|beat|beats)(?![a-z])"
                    // "比较高" is "rather high", not "than"
                    + "|比(?!较)|不如|相比|像|例如|比如|甚至|也不过");
    /** "can I use my 4090 instead of an A100", "用3090替代H100": the card put aside for the person's own is not theirs. */
    private static final Pattern SUBSTITUTED_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:instead of|rather than|in place of)(?![a-z])|代替|替代|取代|而不是|而非)[^,.;:!?，。；：！？\\n]{0,10}$"
                    // "I bought a 2080 Ti 22G to replace my M40", "买了4090替换掉我的3090": the card replaced is the one going out
                    // (not "replace it with a 4090" or "替换成4090", where the card named is the one coming in)
                    + "|(?<![a-z])(?:to replace|replacing|replaces|replaced)(?: (?:my|our|the|an?|old|older|current|existing))* ?$"
                    + "|替换(?!成|为)掉?了?(?:我的|原来的|之前的|旧的|现有的)? ?$");
    /** "split vram requirements between 2 RTX3090s": the cards a load is spread over are the setup, whatever was required. */
    private static final Pattern SPREAD_OVER = Pattern.compile(
            "(?<![a-z])(?:split|spread|shard|distribut|divid)[a-z]*(?: [\\w.-]+){0,3} (?:between|across|among|over)(?: (?:my|the|our|both))?(?: \\d{1,2} ?x?| two| three| four)? ?$");
    /** After a card, words that make it a floor: "A100 40G以上", "3090及以上", "an RTX 3090 or better", "A100 or higher". */
    private static final Pattern AT_LEAST_AFTER = Pattern.compile(
            "^ ?(?:的?(?:显卡|卡|gpu))?(?:或|及|或者)?以上|^,? ?(?:or|and) (?:better|higher|above|newer|up|more powerful|faster)(?![a-z])");
    /** Words joining the cards of a list: "4090, 4080, and 4070", "3090、4090和A100". */
    private static final Pattern LIST_LINK = Pattern.compile("[,，、/]|,? ?(?:and|or)|或者?|和");
    /**
     * "But I have only 1", "我只有1张": the count the person has of the card just named, which overrides a count
     * quoted from a requirement ("Minimum 2x4090 48G"). Numbers are digits by now; a card named right after the
     * count is what it counts instead.
     */
    private static final Pattern OWN_COUNT = Pattern.compile(
            // the count in a word as well ("in fact, I only have one"): no card follows it, so the scan left it a word
            "(?<![a-z])(?:i (?:have|got|own) (?:only|just)|i (?:only|just) (?:have|got|own)|we (?:have|got) only|we only have) (\\d{1,2}|one|two|three|four)(?!\\d|\\.\\d| ?[a-z0-9])"
                    // "…a T4. I have 2 of them": the count of the card just named
                    + "|(?<![a-z])(?:i|we) (?:(?:only|just|actually) )?(?:have|got|own|use|run) (\\d{1,2}|one|two|three|four) of (?:them|these|those|it)(?![a-z])"
                    // "我用的tesla t4 … 但是我有两张呀", "我只有1张": the count said of the card named before
                    + "|(?:我(?:们)?(?:只|就|仅|其实|实际)?|其实|实际上?|一共|总共)有 ?(\\d{1,2}) ?(?:张|块|个|片)");
    /** The words after an amount that make it one card's memory: "a 24GB card", "24g 显存的显卡". */
    static final Pattern CARD_AFTER_AMOUNT = Pattern.compile(
            "^ ?(?:of )?(?:vram|gpu memory|显存)? ?的? ?(?:nvidia |amd )?(?:gpus?|cards?|graphics cards?|video cards?|显卡|卡)(?![a-z])");
    private static final Pattern TARGET_CUE = Pattern.compile(
            "(?<![a-z])(?:how many|need(?:s|ed|ing)?|requires?|required|requirements?|recommended(?! (?:models?|llms?|options|ones))|at least|minimum|officially|readme|documentation"
                    // an issue form's "[Docs]" title tag and "The doc issue" heading sort the issue, not a document's setup
                    + "|(?<!\\[)docs?(?! ?\\]| issue)"
                    + "|would need|you need|you'd need|deploy(?:ed)? with"
                    // "do I have to use a V100?", "must we use an A100": a card asked to be required is no card the person has
                    // (one to buy stays an option); the article too, so the cue ends after the "I use" / "we use" it holds
                    + "|(?:(?:have|has) to use|must (?:i |we )?use)(?: (?:an?|the))?|necessary)(?![a-z])"
                    // "使用示例的2x3090启动命令": the setup of an example is the example's, as a document's is
                    // "需要几张", "几张卡够": how many asks a requirement; "我有几张4090" has a few (their count unsaid)
                    + "|(?<!有)几张|(?<!有)几块|多少张|多少块|需要|要求|至少|最低|推荐(?!.{0,3}模型)|官方|文档|示例|几台|必须|一定要|非得");

    /**
     * A can-run question right after a card: "需要多大的显存 笔记本RTX4090 16G是否可以运行", "… a 3090, can it run it?".
     * The card is then the one asked about, even when a requirement was spoken of earlier in the clause.
     */
    private static final Pattern ASKS_AFTER = Pattern.compile(
            "^[^.?!。？！,，;；]{0,8}?(?:是否(?:可以|能)|能不能|能否|可不可以|可以(?:跑|运行|用)|能(?:跑|运行|用)|可以吗|行吗|够吗|(?:,|，)? ?(?:can|could|will|would) (?:it|this|that|one|they) (?:run|handle|fit|load))");

    private final Vocabulary vocabulary;

    HardwareReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A card the person had before and has replaced: "Old GPU: RX 6800 XT  New GPU: 4070 Ti", "upgraded from a 1080 Ti to a 4090". */
    private static boolean replaced(String s, GpuSpotter.CardSpan c) {
        String before = tail(s.substring(0, c.start()), 40);
        String after = s.substring(c.end(), Math.min(s.length(), c.end() + 12));
        return Prefilter.find(FORMER_CUE, before) && Prefilter.find(CURRENT_CARD, s)
                || Prefilter.find(REPLACED_CUE, before) && Prefilter.find(REPLACED_BY_AFTER, after);
    }

    private static boolean asksAbout(String s, int cardEnd) {
        return ASKS_AFTER.matcher(s).region(cardEnd, Math.min(s.length(), cardEnd + 40)).useTransparentBounds(true).lookingAt();
    }

    /**
     * {@code cpuNamed}: the post names the machine's CPU ("i7-1370P", "Xeon Gold 6240"). A machine described by its CPU
     * and never by a GPU word is a CPU-only machine: people who have a card name it when they list their specs.
     * {@code igpuCpu}: that CPU is a laptop chip with integrated graphics only ("i5-1135G7", "Core Ultra 7 155H"), so
     * with no card named the GPU words of the post ("GPU usage", "the available VRAM") speak of that iGPU.
     */
    Hardware read(Scan scan, List<GpuSpotter.CardSpan> cards, MemorySpotter.Memory memory, boolean edgeDevice, boolean cpuNamed,
                  boolean igpuCpu) {
        String s = scan.low;
        List<MemorySpotter.Amount> amounts = new ArrayList<>(memory.amounts().stream().filter(MemorySpotter.Amount::capacity).toList());
        // "Radeon 780M … my iGPU": the integrated-graphics words name the APU's own GPU, which runs models
        boolean apuNamed = memory.integratedOnly() && cards.stream().anyMatch(c -> !isApple(c.text()) && sharesMemory(c.text()));
        boolean cpuOnly = memory.cpuOnly() && !apuNamed || cpuNamed && cards.isEmpty() && (igpuCpu || !Prefilter.find(GPU_WORD, s));
        List<GpuSpotter.CardSpan> spans = new ArrayList<>(cards);

        // A Mac named without its chip, and an Intel Mac (no usable GPU).
        boolean intelMac = IntelMacForms.said(s);
        if (intelMac) {
            cpuOnly = true;
            spans.removeIf(c -> isApple(c.text()));
        } else if (spans.stream().noneMatch(c -> isApple(c.text()))) {
            Matcher mac = MAC.matcher(scan.free());
            // "two Mac Studio machines with 512GB each": several of the one Mac
            List<GpuSpotter.CardSpan> macs = new ArrayList<>();
            while (mac.find()) {
                if (mac.group().equals("mac") && platformListed(scan.free(), mac.start(), mac.end())) continue;
                macs.add(new GpuSpotter.CardSpan(mac.start(), mac.end(), GpuMention.ANY_MAC,
                        GpuSpotter.countBeforeMachine(scan.free(), mac.start()), null, false));
            }
            // "Mac 部署… 我使用的是mac mini 32GB内存的电脑": the one Mac is the mention its memory is said with, not the first
            if (!macs.isEmpty()) spans.add(macs.stream().filter(m -> nearest(amounts, s, m) != null).findFirst().orElse(macs.get(0)));
        } else if (spans.stream().filter(c -> isApple(c.text())).map(HardwareReader::key).distinct().count() == 1) {
            // "M3 Ultra Mac Studio … I used two Mac Studio machines with 512GB each": the machines counted apart from the
            // one chip named are that many of it
            Matcher mac = MAC.matcher(scan.free());
            Integer machines = null;
            while (machines == null && mac.find()) machines = GpuSpotter.countBeforeMachine(scan.free(), mac.start());
            if (machines != null && machines > 1) {
                int n = machines;
                spans.replaceAll(c -> isApple(c.text()) && c.count() == null ? withCount(c, n) : c);
            }
        }
        // A phone with its memory said with it ("Galaxy A34 5G 6 GB RAM", "我的手机是12gb的内存"): one device whose SoC
        // shares that memory, as a Mac's does; a phone named by its model without memory ("on my Pixel 8", "小米14") is that
        // device with its memory unknown; "a phone", "Android" alone stays unread
        if (spans.isEmpty() && !intelMac) phone(scan, amounts).ifPresent(spans::add);
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        spans = chipGenerations(s, spans);

        // Unified memory (a Mac, a Jetson, a DGX Spark): a capacity amount in the same sentence is that memory; with it the only machine
        // named, the one memory amount of the post is, wherever its spec list puts it ("M3 Ultra … 256GB Memory").
        List<GpuSpotter.CardSpan> withMemory = new ArrayList<>();
        boolean onlyMacs = spans.stream().allMatch(c -> sharesMemory(c.text())); // or other unified-memory machines
        // an APU whose firmware splits its one pool (Apple's chips are not split)
        Predicate<GpuSpotter.CardSpan> apu = c -> sharesMemory(c.text()) && !isApple(c.text());
        Double pool = spans.stream().anyMatch(apu) ? splitPool(s, amounts) : null;
        boolean poolTaken = false;
        Double metalMac = spans.stream().anyMatch(c -> isApple(c.text())) ? macMemoryFromMetal(s) : null;
        for (GpuSpotter.CardSpan c : spans) {
            if (pool != null && apu.test(c) && c.memoryGb() == null) {
                // the split describes one machine: its chip's other names ("w/ Radeon 8060S") are that machine again
                if (poolTaken) continue;
                poolTaken = true;
                c = new GpuSpotter.CardSpan(c.start(), c.end(), c.text(), c.count(), pool, c.laptop());
            } else if (isApple(c.text()) && c.memoryGb() == null && metalMac != null) {
                // llama.cpp's Metal log gives the Mac's memory exactly, where an amount near the chip may be a model's
                c = new GpuSpotter.CardSpan(c.start(), c.end(), c.text(), c.count(), metalMac, c.laptop());
            } else if (sharesMemory(c.text()) && c.memoryGb() == null) {
                MemorySpotter.Amount a = nearest(amounts, s, c);
                if (a == null && onlyMacs) a = onlyMachineAmount(amounts);
                if (a != null && a.kind() != MemorySpotter.Kind.STORAGE) {
                    amounts.remove(a);
                    c = new GpuSpotter.CardSpan(c.start(), c.end(), c.text(), c.count(), a.gb(), c.laptop());
                }
            }
            withMemory.add(c);
        }
        spans = withMemory;

        // Counts from enumerated devices and from nodes.
        spans = enumerated(s, spans);
        spans = nodes(s, spans);
        spans = joinedRepeats(s, spans);

        // One entry per card named (a card named twice is one card), with its role.
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int at = 0; at < spans.size(); at++) {
            GpuSpotter.CardSpan c = spans.get(at);
            Integer own = ownCount(s, spans, at);
            String key = key(c);
            Group g = groups.get(key);
            // "Tesla V100-SXM2-32GB … v100 can not run it": the bare name is the card named with its form factor
            if (g == null) g = sameCardOtherForm(groups, key);
            if (g == null) g = sameEntryOtherName(groups.values(), c, s);
            if (g == null) g = siblingAcrossSlash(groups.values(), c, s);
            if (g == null) g = laptopOfSame(groups, key, c, s);
            if (g == null) g = appleTierOfSame(groups.values(), c, s);
            if (g == null) g = familyOfBin(groups, key, c, s);
            // "3060 8GB or 3060 12GB" are two cards; "3060 … my 3060 12GB" is one
            Double stated = memoryOf(c);
            if (g != null && g.memory != null && stated != null && !g.memory.equals(stated)) {
                key = key + "@" + stated;
                g = groups.get(key);
            }
            // "one 3090 or two 3090s", "一张4090还是两张4090": the card in two counts weighed is two options, not one card named twice
            if (g != null && countsWeighed(s, g, c)) {
                key = key + "#" + c.countOrOne();
                g = groups.get(key);
            }
            if (g == null) groups.put(key, g = new Group(c));
            else g.add(c);
            if (own != null) g.ownCount(own);
        }
        List<Group> list = new ArrayList<>(groups.values());
        List<MemorySpotter.Amount> sizesAskedEnough = assignRoles(s, list, memory.amounts());

        // "4x 4060 Ti … a total of 64GB": a sum over the cards that only one of the sizes they are sold with gives picks it
        for (Group g : list) {
            if (g.memory != null || g.count == null || g.count < 2) continue;
            for (MemorySpotter.Amount a : amounts) {
                List<Double> sizes = vocabulary.memoryOf(g.text).stream().filter(m -> Math.abs(m * g.count - a.gb()) < 1).toList();
                if (a.total() && a.kind() != MemorySpotter.Kind.STORAGE && sizes.size() == 1 && vocabulary.memoryOf(g.text).size() > 1) {
                    g.memory = sizes.get(0);
                    amounts.remove(a);
                    break;
                }
            }
        }

        // "GPU type: NVIDIA H100 80GB … H100 共有640G", "A100 80GB，总共有320G显存": with one kind of card named and no count
        // written, a total the machine has that its memory divides into a whole number of cards is how many there are
        // ("H100 cards with 640GB VRAM total": of the sizes the card is sold with, only the one that divides the total counts)
        if (list.size() == 1 && list.get(0).count == null) {
            Group g = list.get(0);
            Set<Double> sizes = g.memory != null ? Set.of(g.memory) : vocabulary.memoryOf(g.text);
            for (MemorySpotter.Amount a : amounts) {
                if (!a.total() || !a.capacity() || (a.kind() != MemorySpotter.Kind.VRAM && a.kind() != MemorySpotter.Kind.BARE)) continue;
                // a total that is one of the card's own sizes is that one card (Ollama's device line: A770 total="15.9 GiB")
                if (sizes.stream().anyMatch(m -> Math.abs(a.gb() / m - 1) < 0.05)) continue;
                List<Double> dividing = sizes.stream().filter(m -> {
                    double howMany = a.gb() / m;
                    return howMany > 1.5 && howMany <= 16.5 && Math.abs(howMany - Math.rint(howMany)) < 0.05;
                }).toList();
                if (dividing.size() == 1) {
                    g.count = (int) Math.rint(a.gb() / dividing.get(0));
                    if (sizes.size() > 1) g.memory = dividing.get(0);
                    amounts.remove(a);
                    break;
                }
            }
        }

        // "V100 … 显存占用大概30G", "A100单卡 … GPU Memory cost: 40.03GB": a card named without its memory is the variant
        // that holds what a run used on it (label rule C), when more than the smallest variant; so is the memory a device
        // line shows on it ("using device CUDA0 (NVIDIA GeForce RTX 5060 Ti) - 15055 MiB free", Ollama's 'name="NVIDIA
        // GeForce RTX 4060 Ti" total="15.6 GiB"': the 16 GB card)
        // Written as a floor ("占用16G+", "uses more than 16GB") the use is above its figure: on a 16/32 GB card, the 32.
        // On several cards a use is each card's only when said so ("--max-gpu-memory=30GB", "30GB per GPU"); else a sum.
        for (Group g : list) {
            boolean several = g.count != null && g.count > 1;
            if (g.memory != null || sharesMemory(g.text)) continue;
            List<Double> sizes = vocabulary.memoryOf(g.text).stream().sorted().toList();
            if (sizes.size() < 2) continue;
            double used = Math.max(shownOnCard(s, g), memory.amounts().stream().filter(a -> MemorySpotter.usedOnCard(s, a) && (!several || MemorySpotter.perDevice(s, a)))
                    .mapToDouble(a -> MemorySpotter.above(s, a) ? a.gb() + 0.5 : a.gb()).max().orElse(0));
            if (used <= sizes.get(0)) continue;
            sizes.stream().filter(m -> m >= used).findFirst().ifPresent(m -> g.memory = m);
        }

        List<GpuMention> owned = new ArrayList<>();
        List<GpuMention> options = new ArrayList<>();
        List<GpuMention> targets = new ArrayList<>();
        for (Group g : list) {
            // "2x A100 with 160GB of VRAM": the memory of both, which the count divides into a size each is sold with; not
            // for two consumer cards, whose memory mods double it ("两张4090 48G" are two 48 GB cards)
            if (g.memory != null && g.count != null && g.count > 1 && !sharesMemory(g.text) && sumOverCards(g.text, g.count, g.memory)
                    && (g.count > 2 || vocabulary.memoryOf(g.text).stream().anyMatch(m -> m >= 40))) {
                g.memory = sizeSummed(g.text, g.count, g.memory);
            }
            Double perCard = g.memory == null || sharesMemory(g.text) ? g.memory : Double.valueOf(sizeOrVariantHolding(g.text, g.memory));
            GpuMention m = new GpuMention(g.text, g.count == null ? 1 : g.count, perCard);
            switch (g.role) {
                case OWNED -> {
                    owned.add(m);
                    if (g.oneMoreWeighed) options.add(new GpuMention(g.text, 1, perCard));
                }
                case ALTERNATIVE -> options.add(m);
                case TARGET -> targets.add(m);
                default -> { }
            }
        }

        // "is 6GB enough … or should I get the 12GB 3060?": the size asked to be enough is an option beside the card to get
        for (MemorySpotter.Amount a : sizesAskedEnough) options.add(new GpuMention(GpuMention.ANY_GPU, 1, a.gb()));
        amounts.removeAll(sizesAskedEnough);

        // "tensor_parallel_size=8", "-tp 4 -pp 2": a run spread over that many of the one card named without a count, or
        // with fewer ("4卡部署 … --tp 4" with two rows of nvidia-smi's table shown: the table was cut, the run spans four)
        List<Group> ownedGroups = list.stream().filter(g -> g.role == Role.OWNED).toList();
        int parallel = parallelDegree(s);
        if (parallel > 1 && ownedGroups.size() == 1 && owned.size() == 1 && (ownedGroups.get(0).count == null || owned.get(0).count() < parallel)) {
            GpuMention o = owned.get(0);
            owned.set(0, new GpuMention(o.text(), parallel, o.memoryGb()));
        }
        // "8x A100, but the container gets two of them", "四张A100…容器启动只指定了两张": the person says the run has fewer
        // of the machine's cards, so the setup asked about is those (as labelled where a text says so)
        if (ownedGroups.size() == 1 && ownedGroups.get(0).count != null && owned.size() == 1 && owned.get(0).count() > 1) {
            int given = cardsGiven(s);
            GpuMention o = owned.get(0);
            if (given >= 1 && given < o.count()) owned.set(0, new GpuMention(o.text(), given, o.memoryGb()));
        }

        // Sizes weighed as cards with no card named ("6GB? if not, the 12GB one?", "buy the 6GB or the 12GB one"): options
        if (owned.isEmpty() && options.isEmpty()) {
            List<MemorySpotter.Amount> weighed = sizesWeighed(s, memory.amounts());
            for (MemorySpotter.Amount a : weighed) options.add(new GpuMention(GpuMention.ANY_GPU, 1, a.gb()));
            amounts.removeAll(weighed);
        }

        // Cards known only by their memory, of sizes that differ ("a 24GB card and a 12GB card"): each is a card of its own
        if (owned.isEmpty() && options.isEmpty()) {
            List<MemorySpotter.Amount> perCard = memoryOnlyCards(s, amounts);
            // a size named twice is one card, as a card named twice is ("24g 显存的卡是否会支持？… 手头只有 24g 显存的显卡")
            Map<Double, MemorySpotter.Amount> bySize = new LinkedHashMap<>();
            perCard.forEach(a -> bySize.putIfAbsent(a.gb(), a));
            if (bySize.size() >= 2) {
                boolean weighed = false;
                for (int i = 0; i + 1 < perCard.size(); i++) {
                    weighed |= Prefilter.find(OR, s.substring(perCard.get(i).end(), perCard.get(i + 1).start()));
                }
                for (MemorySpotter.Amount a : bySize.values()) {
                    (weighed ? options : owned).add(new GpuMention(GpuMention.ANY_GPU, a.count() == null ? 1 : a.count(), a.gb()));
                }
                amounts.removeAll(perCard);
            }
        }

        // Cards without a name ("7x 24GB cards", "8 GPUs"): the count of the one card named without one, or cards
        // of their own when none is named.
        Double vram = null;
        Double ram = null;
        // read in the text no card claimed: "P106-100 GPU" is one card, not 100 GPUs
        GpuMention anon = anonymous(scan.free(), amounts, owned.size() == 1);
        boolean launched = Prefilter.find(TENSOR_PARALLEL, s);
        // integrated graphics listed with the card are one of the GPUs counted ("two GPUs: Intel UHD Graphics and an RTX 4060")
        boolean otherChip = memory.integrated() && !memory.noGpuSaid() && integratedBesideCard(s, cards);
        if (anon != null && owned.size() == 1 && (owned.get(0).count() == 1 || countedAgain(owned.get(0), anon)) && options.isEmpty()) {
            GpuMention o = owned.get(0);
            int count = otherChip ? Math.max(1, anon.count() - 1) : anon.count();
            owned.set(0, new GpuMention(o.text(), count, o.memoryGb() != null ? o.memoryGb() : anon.memoryGb()));
        } else if (anon != null && owned.isEmpty() && options.isEmpty()) {
            owned.add(sharedTotal(perNode(s, anon), amounts));
        } else if ((devicesGiven(s) > 1 || launched) && owned.isEmpty() && options.isEmpty() && targets.isEmpty()) {
            // a run handed N devices, or launched with a parallel size ("--tensor-parallel-size 4", "-tp=1"), with no card
            // named: that many cards of a model not said; of several sizes tried, the largest (label rule G)
            owned.add(new GpuMention(GpuMention.ANY_GPU, parallel, null));
        }
        if (anon != null && anon.memoryGb() != null) amounts.removeIf(a -> a.gb() == anon.memoryGb() && a.kind() != MemorySpotter.Kind.RAM);
        if (owned.isEmpty() && (Prefilter.find(EDGE_BOARD, s) || Prefilter.find(APU, s))) cpuOnly = true;
        // Ollama listing only its CPU device ("inference compute" id=cpu library=cpu) found no GPU: with no card named,
        // the machine runs on its CPU (with one named, the card is there and went unused: a diagnosis, not a CPU box)
        boolean ollamaFoundNoGpu = Prefilter.find(INFERENCE_ON_CPU, s) && !Prefilter.find(INFERENCE_ON_GPU, s);
        if (owned.isEmpty() && options.isEmpty() && ollamaFoundNoGpu) cpuOnly = true;
        // "Running on: cuda", an issue form's "### GPU: Nvidia": a card of the person's own that the post speaks of without
        // naming it is one GPU of a model not said, not a CPU box; so is a GPU said to be left out ("ollama is not using my GPU",
        // 显卡没有被调用: label rule E), but not the work said to be on the CPU alone, which a CPU box's is too ("using CPU only")
        boolean unnamedGpuPossible = owned.isEmpty() && options.isEmpty() && targets.isEmpty() && !ollamaFoundNoGpu && !memory.noGpu()
                && !intelMac && !edgeDevice && !igpuCpu;
        boolean oneCardRun = Prefilter.find(ONE_CARD_RUN, s) && !Prefilter.find(SEVERAL_CARDS, s);
        // cards of their own said in the plural with no number (多卡推理比单卡慢, 在多卡的机器上, "my multi-GPU rig"): unnamed cards,
        // not counted (label rule E leaves their count not stated)
        boolean uncounted = Prefilter.find(OWN_CARDS_UNCOUNTED, s);
        // "可以使用CPU推理吗？… 提示找不到GPU", "how do I deploy it on the CPU? … no CUDA GPUs are available": a run asked for on
        // the CPU that finds no GPU speaks of a machine without one, not of a card left out
        boolean cpuRunAsked = memory.onCpu() && Prefilter.find(CPU_RUN_ASKED, s);
        if (unnamedGpuPossible && (uncounted || Prefilter.find(OWN_GPU_SAID, s) || !cpuRunAsked && GpuNotUsedForms.gpuLeftOut(s) || oneCardRun)) {
            owned.add(uncounted ? GpuMention.severalUnnamed() : new GpuMention(GpuMention.ANY_GPU, 1, null));
            cpuOnly = false;
        }
        boolean namedCard = !owned.isEmpty() || !options.isEmpty();
        // an amount a RAM word names wins over a bare one for the RAM ("4080Super 16G 内存64G")
        boolean ramNamed = amounts.stream().anyMatch(a -> a.kind() == MemorySpotter.Kind.RAM);
        for (MemorySpotter.Amount a : amounts) {
            switch (a.kind()) {
                case STORAGE -> { }
                case RAM -> { if (ram == null && !restatesCard(s, a, spans)) ram = a.gb(); }
                case VRAM -> {
                    if (a.total() && (owned.size() > 1 || owned.stream().anyMatch(o -> o.count() > 1))) continue;
                    // the capacity PyTorch reports is the card's, whatever budget was spoken of before ("16G都不够 … total capacity of 23.69 GiB");
                    // a capacity a log prints of a card not named is the size such cards are sold with ("14.75 GiB total capacity",
                    // "total_gpu_memory=44.35GiB": a 16 GB, a 48 GB card; label rule G)
                    if (vram == null || MemorySpotter.torchCapacity(s, a)) {
                        vram = owned.isEmpty() && MemorySpotter.loggedCapacity(s, a) ? soldSize(vocabulary.cardSizes(), a.gb()) : a.gb();
                    }
                }
                case BARE -> {
                    // a sum over the cards named, or one card's own memory again, is no RAM
                    if (namedCard && (a.total() || a.count() != null || sameAsCard(a.gb(), owned) || sameAsCard(a.gb(), options)
                            || sumOfCards(a.gb(), owned) && !MemorySpotter.machineBefore(s, a))) {
                        // "I have a 4060 Ti. 16GB.": said apart from the one card, a size it is sold in picks that variant
                        if (vram == null && !a.total() && a.count() == null && variantOfOnlyCard(a.gb(), owned)) vram = a.gb();
                        continue;
                    }
                    // "Intel Mac … Radeon Pro 5500M 8 GB": the memory of the Mac's own GPU named just before, not its RAM
                    if (intelMac && MAC_GPU_BEFORE.matcher(s.substring(Math.max(0, a.start() - 40), a.start())).find()) continue;
                    // "显存8G … 满足显存在8G以内": the card memory stated again is not the RAM
                    if (vram != null && Math.abs(vram - a.gb()) < 0.6) continue;
                    // "两块GPU … 一块只有16GB": cards named without a name or memory are what a bare amount is the memory of
                    boolean anonymousCards = owned.size() == 1 && GpuMention.ANY_GPU.equals(owned.get(0).text()) && owned.get(0).memoryGb() == null;
                    boolean system = (namedCard && !anonymousCards) || cpuOnly || edgeDevice;
                    // a bare figure is a card's memory only when it is a size cards are sold with, or a little under one
                    // ("fit the 7B model on 17gb", "保存是6.6G" are sizes of something else); RAM only when it is a size RAM is
                    // sold in ("31G+", "6.5 GB" are something else)
                    if (!system) {
                        if (vram == null && vocabulary.cardSize(a.gb())) vram = a.gb();
                    } else if (ram == null && !ramNamed && MemorySpotter.soldRamSize(a.gb())) ram = a.gb();
                }
            }
        }
        // A GPU their own log or command shows ("CUDA out of memory", "offloaded 20/33 layers to GPU": label rule G), one
        // called theirs ("my GPU memory is sufficient": rule E) or whose memory they watch (显存不断增加), is one card of a
        // model not said, when no memory of a card was read (PyTorch's capacity alone already gives the card)
        if (unnamedGpuPossible && owned.isEmpty() && vram == null
                && (gpuLogged(s) || Prefilter.find(OWN_GPU_CALLED_MINE, s) || Prefilter.find(GPU_MEMORY_WATCHED, s))) {
            owned.add(new GpuMention(GpuMention.ANY_GPU, 1, null));
            cpuOnly = false;
        }
        // "my 3060 has 12gb vram": the one card named is the one whose memory is given
        if (vram != null && owned.size() == 1 && owned.get(0).memoryGb() == null && !isApple(owned.get(0).text())
                && modSaidWithCard(s, owned.get(0).text(), vram, amounts, spans)) {
            GpuMention o = owned.get(0);
            double said = vram;
            // "4 GPUs, each having 32 GB": memory said of each card is no sum over them
            boolean each = amounts.stream().anyMatch(a -> a.gb() == said && !a.total() && MemorySpotter.perCardOrCardTotal(s, a.start()));
            boolean total = o.count() > 1 && !each && (amounts.stream().anyMatch(a -> a.total() && a.kind() == MemorySpotter.Kind.VRAM)
                    || sumOverCards(o.text(), o.count(), vram));
            owned.set(0, o.withMemory(sizeOrVariantHolding(o.text(), total ? vram / o.count() : vram)));
            vram = null;
        }
        if (!owned.isEmpty()) vram = null;
        // integrated graphics listed with a card the person has are the machine's other chip ("GPU0: Intel UHD Graphics,
        // GPU1: RTX 4060"), not a machine without a GPU ("only Intel UHD graphics; should I buy a 4060?" stays one)
        // so is integrated graphics said to drive the display ("desktop is on an iGPU", 显示器接核显): it leaves the card free
        boolean displayChip = memory.integrated() && !memory.noGpuSaid() && Prefilter.find(DISPLAY_ON_INTEGRATED, s);
        if (!owned.isEmpty() && cpuOnly && !intelMac && (!memory.cpuOnly() || otherChip || displayChip)) cpuOnly = false;
        // "本身机器显存8G … 目前使用cpu跑": GPU memory stated, running on the CPU is what they do now, not all they have
        if (cpuOnly && owned.isEmpty() && vram != null && memory.cpuOnly() && !memory.noGpu() && !intelMac && !edgeDevice) cpuOnly = false;
        // A person who says "no GPU" but names a card they would buy still has no GPU now; "my 6700xt … or with no
        // GPU at all" supposes a machine without it.
        if (cpuOnly && !owned.isEmpty() && memory.noGpu() && !apuNamed && list.stream().noneMatch(g -> g.possessed)) {
            options.addAll(owned);
            owned.clear();
        }
        return new Hardware(owned, options, targets, vram, ram, cpuOnly && owned.isEmpty());
    }

    // ---- grouping and roles

    private static final class Group {
        final int start;
        final List<GpuSpotter.CardSpan> spans = new ArrayList<>();
        String text;
        Integer count;
        Double memory;
        Role role = Role.OWNED;
        /** Named with a possession cue ("my 6700xt"): the person's own, whatever else the post supposes. */
        boolean possessed;
        /** Named again as one more to get ("I have a 4070 … add a second 4070?"): with the card owned, that one is an option. */
        boolean oneMoreWeighed;
        /** The count the person says they have ("But I have only 1"): it wins over every count written with a mention. */
        boolean countOwned;
        /** The role each mention's own words give it, in the order of {@link #spans} (null: no cue). */
        final List<Role> spanRoles = new ArrayList<>();

        Group(GpuSpotter.CardSpan c) {
            start = c.start();
            text = c.text();
            add(c);
        }

        void add(GpuSpotter.CardSpan c) {
            spans.add(c);
            // the setup is told first ("4 * H20 96GB … with 8*H20 it ran" has four); one card, then more, had both
            // ("一张4090 … 用两张4090卡")
            if (!countOwned && c.count() != null && (count == null || count == 1 && c.count() > 1)) count = c.count();
            if (memory == null) memory = memoryOf(c);
            // the longer name says more, but not a family's name over its bin ("华为ascend 910b" after "ascend 910B3"); a bin
            // after its family's bare name says more however short ("Ascend 910B NPU … 4 * 910B1": the 64 GB bin)
            String current = key(new GpuSpotter.CardSpan(0, 0, text, null, null, false));
            if (c.text().length() > text.length() && !BIN.matcher(current).matches() || binAndFamily(key(c), current)) {
                text = c.text();
            }
        }

        void ownCount(int n) {
            count = n;
            countOwned = true;
        }

        /**
         * Count and memory from the mentions in the role the card was given (and those without one): "it needs 2x A100 80GB;
         * I have one A100" has one A100 of the size a bare name gives, not the requirement's two of 80 GB.
         */
        void keepMentionsOf(Role r) {
            List<GpuSpotter.CardSpan> kept = new ArrayList<>();
            // "can it use a Tesla M40 24GB or …? I have many M40s": the memory a card was named with as an option is still
            // that card's; a requirement's or someone else's is not
            Double optionMemory = null;
            for (int k = 0; k < spans.size(); k++) {
                if (spanRoles.get(k) == null || spanRoles.get(k) == r) kept.add(spans.get(k));
                else if (spanRoles.get(k) == Role.ALTERNATIVE && optionMemory == null) optionMemory = memoryOf(spans.get(k));
            }
            if (kept.isEmpty() || kept.size() == spans.size()) return;
            spans.clear();
            spanRoles.removeIf(x -> x != null && x != r);
            if (!countOwned) count = null;
            memory = null;
            text = kept.get(0).text();
            kept.forEach(this::add);
            if (memory == null && r == Role.OWNED) memory = optionMemory;
        }
    }

    /**
     * Roles, decided per card from the words before each mention in its clause: options (joined by "or", or
     * named as something to buy), comparisons and requirements (not the person's), and owned (a possession cue,
     * or the only cards named). A card named several times takes its strongest role (owned over option over
     * target); cards joined by "and" to an owned card are owned too. Returns the memory sizes (of no card named) asked to be
     * enough before a card to get ("is 6GB enough … or should I get the 12GB 3060?"), which are options too.
     */
    private static List<MemorySpotter.Amount> assignRoles(String s, List<Group> groups, List<MemorySpotter.Amount> amounts) {
        Role[] roles = new Role[groups.size()];
        boolean[] strong = new boolean[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            Role best = null;
            boolean first = true;
            for (GpuSpotter.CardSpan c : groups.get(i).spans) {
                String before = MemorySpotter.clauseBefore(s, c.start());
                int possess = lastEnd(POSSESSION_CUE, before);
                int owned = Math.max(possess, lastEnd(OWNED_CUE, before));
                int buy = lastEnd(BUY_CUE, before);
                String near = tail(before, 14);
                int cmp = lastEnd(COMPARISON_CUE, near);
                // a requirement speaks of the cards in its own comma clause ("the readme needs 24GB, my 3090 …" is owned)
                int comma = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
                int inClause = lastEnd(TARGET_CUE, before.substring(comma + 1));
                int target = inClause < 0 ? -1 : comma + 1 + inClause;
                Role r;
                if (Prefilter.find(NEGATED_CUE, before) || UNUSED_AFTER.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 12))).find()
                        // the card replaced by the one the post says is in the machine now
                        || replaced(s, c)) {
                    // right before the card: it is named as lacking, so it is neither owned nor an option
                    r = Role.MENTIONED;
                } else if (someoneElses(before) || someoneElses(sentenceBefore(s, c.start())) || otherMachine(s, c, groups)) {
                    // whatever the verb ("ran it on", "用的是"), the card is the setup of whoever is its subject, however far
                    // back in the sentence the subject stands ("My friend runs llama 3 70b on a 4090"); a second machine's card
                    // with a result of its own is that machine's too
                    r = Role.MENTIONED;
                } else if (possess < 0 && AT_LEAST_AFTER.matcher(s).region(c.end(), Math.min(s.length(), c.end() + 16)).lookingAt()) {
                    // "A100 40G以上", "a 3090 or better": a floor spoken of, not a card anyone has
                    r = Role.TARGET;
                } else if (SPREAD_OVER.matcher(s.substring(Math.max(0, c.start() - 60), c.start())).find()) {
                    r = Role.OWNED;
                } else if (Prefilter.find(SUBSTITUTED_BEFORE, before)) {
                    r = Role.MENTIONED;
                } else if (possess >= 0 && possess >= buy && possess >= target
                        || buy < 0 && target < 0 && IN_MY_MACHINE_AFTER.matcher(s).region(c.end(), Math.min(s.length(), c.end() + 40)).lookingAt()) {
                    r = Role.OWNED;
                    strong[i] = true;
                } else if (contrastedWithOwn(s, c, groups)) {
                    // "it works on an A100, but on my 3090 it OOMs": the run elsewhere is the contrast, not the machine
                    r = Role.MENTIONED;
                } else if (cmp >= 0 && cmp >= near.length() - 8 && !asksAbout(s, c.end())) {
                    // a comparison names a reference card; a card of the setup compared later ("1张V100 … RTX5000ADA比V100快") stays;
                    // an example followed by "can it run" ("比如两张A100 80G足够吗") is the setup asked about
                    r = first ? Role.MENTIONED : null;
                }
                else if (target > owned && target > buy && !(asksAbout(s, c.end()) && target <= before.length() - 4)) r = Role.TARGET;
                else if (buy > owned) r = Role.ALTERNATIVE;
                else if (owned >= 0) r = Role.OWNED;
                else r = null;
                if (Prefilter.find(ANOTHER_CUE, before)) groups.get(i).oneMoreWeighed = true;
                groups.get(i).spanRoles.add(r);
                best = stronger(best, r);
                first = false;
            }
            // "Minimum 2x4090 48G. But I have only 1": the card of the requirement is one the person has
            if (groups.get(i).countOwned) {
                best = Role.OWNED;
                strong[i] = true;
            }
            roles[i] = best;
        }
        // Cards joined by "or" are options unless one of them is plainly owned ("I have a 3060; a 3090 or a 4090?").
        for (int i = 0; i + 1 < groups.size(); i++) {
            String between = between(s, groups.get(i), groups.get(i + 1));
            if (between == null) continue;
            if (Prefilter.find(OR, between)) {
                if (!strong[i]) roles[i] = Role.ALTERNATIVE;
                if (!strong[i + 1]) roles[i + 1] = Role.ALTERNATIVE;
            } else if (Prefilter.find(AND, between) && roles[i] == Role.OWNED && (roles[i + 1] == null || roles[i + 1] == Role.MENTIONED)) {
                roles[i + 1] = Role.OWNED;
            } else if (Prefilter.find(AND, between) && roles[i] == null && roles[i + 1] == Role.OWNED) {
                // "a 3090 to sit with the A4000s in my machine": the words after the second card place both
                roles[i] = Role.OWNED;
            }
        }
        // "# Hardware\n- M2 Ultra 192GB\n- M2 Ultra 128GB": the next item of a list whose item before is the person's, with
        // no cue of its own, is theirs too (a list break is a sentence end, so no joining word is read across it)
        for (int i = 0; i + 1 < groups.size(); i++) {
            if (roles[i] == Role.OWNED && roles[i + 1] == null && nextListItem(s, groups.get(i), groups.get(i + 1))) roles[i + 1] = Role.OWNED;
        }
        weighedByWhich(s, groups, roles, strong);
        weighedAgainstPrice(s, groups, roles, strong);
        List<MemorySpotter.Amount> sizesAskedEnough = askedEnoughOrGet(s, groups, amounts, roles, strong);
        listedAsNeeded(s, groups, roles, strong);
        // "I ran it on two different hardware setups, on an A6000 and on a 4090": machines apart, never one rig
        Matcher apart = SEPARATE_SETUPS.matcher(s);
        if (apart.find() && groups.size() >= 2) {
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).start > apart.start() && groups.get(i).start - apart.end() < 120) roles[i] = Role.ALTERNATIVE;
            }
        }
        boolean anyOwnedCue = java.util.Arrays.stream(roles).anyMatch(r -> r == Role.OWNED);
        long unassigned = java.util.Arrays.stream(roles).filter(r -> r == null).count();
        for (int i = 0; i < groups.size(); i++) {
            if (roles[i] != null) continue;
            // no cue: the person's own when nothing else is claimed as theirs; a bare list of several is a list of options
            roles[i] = anyOwnedCue ? Role.MENTIONED : (unassigned >= 3 && commaListed(s, groups) ? Role.ALTERNATIVE : Role.OWNED);
        }
        // A single option alone is no choice between options: it is the one card asked about.
        long alts = java.util.Arrays.stream(roles).filter(r -> r == Role.ALTERNATIVE).count() + sizesAskedEnough.size();
        boolean ownedAny = java.util.Arrays.stream(roles).anyMatch(r -> r == Role.OWNED);
        for (int i = 0; i < groups.size(); i++) {
            if (roles[i] == Role.ALTERNATIVE && alts == 1 && !ownedAny) roles[i] = Role.OWNED;
            // a card named only in quoted lines ("> … can run on a single NVIDIA 3090/4080/T4") is the quote's, not the person's
            if (groups.get(i).spans.stream().allMatch(c -> quoted(s, c.start()))) roles[i] = Role.MENTIONED;
            groups.get(i).role = roles[i];
            groups.get(i).possessed = strong[i] && roles[i] == Role.OWNED;
            groups.get(i).keepMentionsOf(roles[i]);
        }
        return sizesAskedEnough;
    }

    /**
     * Right after cards joined by "and": a question of which to take ("3060 12G 和 4060 Ti 16G 选哪个", "a 3090 and a 4090, which
     * one should I buy?", "between the A6000 and two 3090s, which is better"). Which model or which format is no choice of card.
     */
    private static final Pattern WHICH_AFTER = Pattern.compile(
            "^[^.!?。！？\n]{0,12}?(?:(?<![a-z])which(?: one| gpu| card| of (?:them|the two|these|those)| (?:is|would be|will be) (?:better|faster|best|the better))"
                    + "|(?<![a-z])which (?:should|would|do) (?:i|we|you) (?:buy|get|choose|pick|go (?:for|with)|recommend)"
                    + "|选哪|买哪|哪(?:个|张|一个|一张|款|种)(?:好|更|比较|合适|划算|值得|强|快)|二选一)");

    /** Cards joined by "and" and then asked which to take are options, unless plainly owned. */
    private static void weighedByWhich(String s, List<Group> groups, Role[] roles, boolean[] strong) {
        for (int i = 0; i + 1 < groups.size(); i++) {
            int j = i;
            while (j + 1 < groups.size() && joinedByAnd(s, groups.get(j), groups.get(j + 1))) j++;
            if (j == i) continue;
            int end = groups.get(j).spans.stream().mapToInt(GpuSpotter.CardSpan::end).max().orElse(0);
            if (WHICH_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 60))).find()) {
                for (int k = i; k <= j; k++) if (!strong[k]) roles[k] = Role.ALTERNATIVE;
            }
            i = j;
        }
    }

    private static boolean joinedByAnd(String s, Group a, Group b) {
        String between = between(s, a, b);
        return between != null && Prefilter.find(AND, between);
    }

    /**
     * What is asked to be enough, then "or" and something to get ("is a 3060 enough for llama 2 13b or should I get a 4070?",
     * "is 6GB enough … or do I need the 12GB one?", "6G显存够跑吗，还是要买12G的3060"): read from right after the first option
     * up to the verb of getting (a point in a version, "qwen2.5", ends no sentence); the card named next is the other option.
     */
    private static final String IN_SENTENCE = "(?:[^.!。！\\n]|\\.(?=\\d))";
    private static final Pattern ENOUGH_THEN_GET = Pattern.compile(
            "^" + IN_SENTENCE + "{0,60}?(?:(?<![a-z])(?:enough|sufficient|suffice)(?![a-z])|够用?|足够)" + IN_SENTENCE + "{0,80}?"
                    + "(?:(?<![a-z])or(?![a-z])|还是|或者)[ ,，]*(?:(?:should|do|would|shall|must) (?:i|we) (?:rather |just )?"
                    + "|(?:i|we) (?:should|need to|have to) |要|得|需要|应该)?(?:(?:get|buy|go (?:for|with)|upgrade to|need)(?![a-z])|买|换|上|选)");
    /** How far after the verb of getting the card to get may be named ("get the 12GB 3060", "买12G的3060"). */
    private static final int GET_WINDOW = 24;
    /** A word {@link #ENOUGH_THEN_GET} needs: without it no question of enough is read (the common case, checked once). */
    private static final Pattern ENOUGH_WORD = Pattern.compile("enough|sufficient|suffice|够");
    private static final Pattern GAP_SENTENCE_END = Pattern.compile("[.?!。？！\\n]");

    /**
     * Cards and sizes (of no card named) asked to be enough before a card to get: both are options, unless plainly owned.
     * Returns the sizes so weighed.
     */
    private static List<MemorySpotter.Amount> askedEnoughOrGet(String s, List<Group> groups, List<MemorySpotter.Amount> amounts,
                                                              Role[] roles, boolean[] strong) {
        List<MemorySpotter.Amount> sizes = new ArrayList<>();
        if (!Prefilter.find(ENOUGH_WORD, s)) return sizes;
        // sizes of no card named: the memory of GPUs or of nothing, not a card's own ("12GB 3060") nor a total
        List<MemorySpotter.Amount> ofNoCard = amounts.stream()
                .filter(a -> (a.kind() == MemorySpotter.Kind.BARE || a.kind() == MemorySpotter.Kind.VRAM) && !a.total())
                .filter(a -> groups.stream().flatMap(g -> g.spans.stream()).noneMatch(c -> a.start() >= c.start() && a.start() <= c.end() + 6))
                .toList();
        for (int j = 0; j < groups.size(); j++) {
            int get = groups.get(j).start;
            for (int i = 0; i < groups.size(); i++) {
                if (i == j || strong[i]) continue;
                for (GpuSpotter.CardSpan c : groups.get(i).spans) {
                    if (c.end() < get && askedEnoughBefore(s, c.end(), get)) {
                        roles[i] = Role.ALTERNATIVE;
                        if (!strong[j]) roles[j] = Role.ALTERNATIVE;
                    }
                }
            }
            for (MemorySpotter.Amount a : ofNoCard) {
                if (a.end() < get && askedEnoughBefore(s, a.end(), get) && !sizes.contains(a)) {
                    sizes.add(a);
                    if (!strong[j]) roles[j] = Role.ALTERNATIVE;
                }
            }
        }
        return sizes;
    }

    private static boolean askedEnoughBefore(String s, int from, int card) {
        Matcher m = ENOUGH_THEN_GET.matcher(s).region(from, card).useTransparentBounds(true);
        if (!m.lookingAt()) return false;
        String gap = s.substring(m.end(), card);
        return gap.length() <= GET_WINDOW && !Prefilter.find(GAP_SENTENCE_END, gap);
    }

    /**
     * A card priced out and a card named after it are options weighed; the priced-out one is only mentioned when the later
     * one is plainly the person's ("a 4090 was too expensive so I have a 3090").
     */
    private static void weighedAgainstPrice(String s, List<Group> groups, Role[] roles, boolean[] strong) {
        for (int i = 0; i < groups.size(); i++) {
            if (strong[i] || !pricedOut(s, groups.get(i))) continue;
            int end = groups.get(i).spans.stream().mapToInt(GpuSpotter.CardSpan::end).max().orElse(0);
            for (int j = 0; j < groups.size(); j++) {
                int start = groups.get(j).start;
                if (j == i || start < end || start - end > PRICED_OUT_WINDOW) continue;
                boolean bought = strong[j] || Prefilter.find(BOUGHT_INSTEAD, s.substring(end, start));
                roles[i] = bought ? Role.MENTIONED : Role.ALTERNATIVE;
                if (!strong[j]) roles[j] = bought ? Role.OWNED : Role.ALTERNATIVE;
            }
        }
    }

    private static boolean pricedOut(String s, Group g) {
        return g.spans.stream().anyMatch(c -> PRICED_OUT_AFTER.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 40))).find()
                || Prefilter.find(PRICED_OUT_BEFORE, MemorySpotter.clauseBefore(s, c.start())));
    }

    /** A turn of contrast: "but", "whereas", "但是", "换到" (moved over to), "而我" (while I); a semicolon between parallel clauses. */
    private static final Pattern CONTRAST = Pattern.compile(
            "(?<![a-z])(?:but|whereas|however|yet|though|although|while on)(?![a-z])|[;；]|但|然而|可是|不过|却|换到|换成|换了|而我|到了我");
    /** What may stand between two cards compared in one sentence (a line end or a question ends the sentence). */
    private static final int CONTRAST_WINDOW = 100;

    /**
     * A card of no possession of its own, followed in the same sentence by a turn of contrast and then a card the person
     * says is theirs ("On an A100 it takes 40GB, but on my 3090 it OOMs", "在A100上没问题，换到我的4090就报错"): the first
     * is the setup the person contrasts theirs with, not part of their machine.
     */
    private static boolean contrastedWithOwn(String s, GpuSpotter.CardSpan c, List<Group> groups) {
        for (Group g : groups) {
            for (GpuSpotter.CardSpan d : g.spans) {
                if (d.start() <= c.end() || d.start() - c.end() > CONTRAST_WINDOW) continue;
                String between = s.substring(c.end(), d.start());
                String before = MemorySpotter.clauseBefore(s, d.start());
                // "one's own" sets the later card against the earlier one without a turn of contrast ("在公司的A100上可以，在自己的
                // 3060上不行", "works on the lab's A100, on my own 3060 it OOMs")
                boolean ownSaid = lastEnd(OWN_AS_AGAINST, before) >= before.length() - 4;
                if (Prefilter.find(CONTRAST_SENTENCE_END, between) || !ownSaid && !Prefilter.find(CONTRAST, between)) continue;
                int possess = lastEnd(POSSESSION_CUE, before);
                // the possession cue is the one right before the later card, after the contrast ("but on my 3090")
                if (possess >= 0 && possess >= before.length() - 6) return true;
            }
        }
        return false;
    }

    private static final Pattern CONTRAST_SENTENCE_END = Pattern.compile("[?!。？！\\n]");
    /** One's own card as against another machine's: "my own 3060", "自己的3060", "我自己的4090". */
    private static final Pattern OWN_AS_AGAINST = Pattern.compile("(?<![a-z])(?:my|our) own(?: \\w+)?|" + OWN_ZH);

    /** Someone else is the last party named before a card, with no first-person word after them. */
    private static boolean someoneElses(String before) {
        return lastEnd(OTHER_PARTY, before) > lastEnd(FIRST_PERSON, before);
    }

    /**
     * Right before a card: a machine other than the one described ("On a system with a RTX 3090 I get 140 t/s", "on another
     * machine with a 4090"). The indefinite machine is a second one only when another card was named first.
     */
    private static final Pattern OTHER_MACHINE_BEFORE = Pattern.compile(
            // the machine may be described before its card ("on a Windows 11 machine (equipped with an Nvidia 4070 GPU)"), and
            // set against the setup ("compared with a Windows 11 laptop with RTX 4070m")
            "(?<![a-z])(?:(?:on|in) (?:a|another|the other|a different|a second)|compared (?:with|to)(?: an?| the)?) (?:[\\w.-]+ ){0,3}?"
                    + "(?:system|machine|server|computer|pc|box|rig|node|workstation|laptop|desktop)"
                    + "(?: \\(?(?:with|that has|having|equipped with))? (?:an? |one |the )?(?:nvidia |amd |intel )?(?:geforce |radeon )?(?:rtx |gtx |rx )?$");
    /**
     * After a card named past a turn of contrast: the machine it is in ("但是…部署在A100服务器上就可以", "but on the A100 server
     * it works"): with another card named before, a second machine whose result is contrasted, not a card of the setup.
     */
    private static final Pattern MACHINE_AFTER = Pattern.compile("^ ?(?:的)?(?:服务器|机器|主机|电脑|节点)上|^ ?(?:server|machine|box|node)s?(?![a-z])");

    /**
     * In the sentence before a card: a run repeated elsewhere ("Tested the same example on a Mac Studio", "with the same hardware
     * with RTX 4090", "I have the same problem in my RTX 3090", "Similar problems … on an A100"). After a sentence naming the
     * person's setup, the card is the one of that other run, with its own result.
     */
    private static final Pattern OTHER_RUN_BEFORE = Pattern.compile(
            "(?<![a-z])(?:same|similar) (?:example|test|prompt|hardware|setup|code|command|script|benchmark|problem|issue|error)s?(?![a-z])"
                    // "相同配置在A800上性能确实能提升", "同样的代码在4090上没问题"
                    + "|(?:相同|同样|一样)的?(?:配置|代码|命令|脚本|参数|设置|环境|测试|问题|模型)");

    /** A card of a second machine, named after the person's first card: its own result, not one more card of the setup. */
    private static boolean otherMachine(String s, GpuSpotter.CardSpan c, List<Group> groups) {
        if (groups.stream().noneMatch(g -> g.start < c.start() && !g.spans.contains(c))) return false;
        // the sentence, not the clause: the machine's description may be longer than a clause's cue window
        String sentence = sentenceBefore(s, c.start());
        if (Prefilter.find(OTHER_MACHINE_BEFORE, sentence)) return true;
        // a run elsewhere said in a sentence of its own, after the sentence of the setup; a card named before as one of the
        // setup ("with 4080 and 3060 … For the same prompt, the 3060 …") stays in it
        boolean firstNamedHere = groups.stream().anyMatch(g -> !g.spans.isEmpty() && g.spans.get(0) == c);
        int sentenceStart = c.start() - sentence.length();
        return firstNamedHere && groups.stream().anyMatch(g -> g.start < sentenceStart) && Prefilter.find(OTHER_RUN_BEFORE, sentence)
                || MACHINE_AFTER.matcher(s).region(c.end(), Math.min(s.length(), c.end() + 8)).lookingAt()
                && Prefilter.find(CONTRAST, sentence);
    }

    /** Sentence marks, as {@link MemorySpotter#clauseBefore} cuts at (a full stop only before a space). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?= )|[?!;。？！；\\n|]");

    /**
     * The sentence up to a position, at most {@value #SENTENCE_WINDOW} characters back: wider than the cue window of a
     * clause, since the subject of a sentence may stand well before the card it ran something on.
     */
    private static String sentenceBefore(String s, int at) {
        int from = Math.max(0, at - SENTENCE_WINDOW);
        // cut by the window: a word cut in two is no word ("the" is not "he")
        while (from > 0 && from < at && latinWordChar(s.charAt(from - 1)) && latinWordChar(s.charAt(from))) from++;
        Matcher m = SENTENCE_END.matcher(s).region(from, at);
        while (m.find()) from = m.end();
        return s.substring(from, at);
    }

    private static final int SENTENCE_WINDOW = 160;

    private static boolean latinWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The stronger of two roles of one card: owned, then option, then target, then merely mentioned. */
    private static Role stronger(Role a, Role b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * "how much is needed for a single 4090, 4080, and 4070": a list of three or more cards that a requirement speaks
     * of is the options asked about, not a rig, unless one of them is plainly the person's.
     */
    private static void listedAsNeeded(String s, List<Group> groups, Role[] roles, boolean[] strong) {
        for (int i = 0; i < groups.size(); ) {
            int j = i;
            while (j + 1 < groups.size() && listLinked(s, groups.get(j), groups.get(j + 1))) j++;
            boolean anyPossessed = false;
            for (int k = i; k <= j; k++) anyPossessed |= strong[k];
            if (j - i >= 2 && roles[i] == Role.TARGET && !anyPossessed) {
                for (int k = i; k <= j; k++) roles[k] = Role.ALTERNATIVE;
            }
            i = j + 1;
        }
    }

    private static boolean listLinked(String s, Group a, Group b) {
        String t = between(s, a, b);
        return t != null && LIST_LINK.matcher(t.strip()).matches();
    }

    /** Only a line break and a list marker between two names: "…192GB\n- M2 Ultra", "…3090\n2. RTX 3060", "…4090\n* A6000". */
    private static final Pattern LIST_BREAK = Pattern.compile("[ \\t]*\\r?\\n[ \\t]*(?:[-*•+][ \\t]*|\\d{1,2}[.)、][ \\t]*)?");

    /** Whether a mention of {@code b} begins the list item right after a mention of {@code a}. */
    private static boolean nextListItem(String s, Group a, Group b) {
        for (GpuSpotter.CardSpan x : a.spans) {
            for (GpuSpotter.CardSpan y : b.spans) {
                if (x.end() <= y.start() && LIST_BREAK.matcher(s.substring(x.end(), y.start())).matches()) return true;
            }
        }
        return false;
    }

    private static boolean commaListed(String s, List<Group> groups) {
        int links = 0;
        for (int i = 0; i + 1 < groups.size(); i++) {
            String b = between(s, groups.get(i), groups.get(i + 1));
            if (b != null && LINK_WORD.matcher(b.strip()).matches()) links++;
        }
        return links >= 2;
    }

    /**
     * The words joining two cards where any mention of one stands next to a mention of the other, in either order
     * ("我用 P40 … 有 P40 或者 P100 两种选择"), the shortest such; null when no two mentions share a sentence nearby.
     */
    private static String between(String s, Group a, Group b) {
        String best = null;
        for (GpuSpotter.CardSpan x : a.spans) {
            for (GpuSpotter.CardSpan y : b.spans) {
                String t = gap(s, x, y);
                if (t == null) t = gap(s, y, x);
                if (t != null && (best == null || t.length() < best.length())) best = t;
            }
        }
        return best;
    }

    /** The dot of an abbreviation ("vs.", "e.g.", "eg.", "i.e."): no sentence ends at it. */
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<![a-z])(?:vs|e\\.g|eg|i\\.e|ie|etc|approx|esp|incl)\\.");

    private static String gap(String s, GpuSpotter.CardSpan first, GpuSpotter.CardSpan second) {
        if (first.end() > second.start() || second.start() - first.end() > 24) return null;
        String t = s.substring(first.end(), second.start());
        // "a 4090 vs. 2x 3090", "a single (eg.) RTX 4090 vs (eg.) 4x 4060ti": one sentence for all its dots
        String unmarked = t.indexOf('.') < 0 ? t : ABBREVIATION_DOT.matcher(t).replaceAll(" ");
        return SENTENCE_MARK_IN.matcher(unmarked).matches() ? null : t;
    }

    private static int lastEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) at = m.end();
        return at;
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }

    // ---- counts

    /**
     * The row of nvidia-smi's device table under each card's name: fan, temperature, performance state and power ("| N/A   40C
     * P0   36W /  250W |   32004MiB /  32768MiB |"), one per card, also when a filter (egrep "Default") left only these rows.
     */
    private static final Pattern SMI_STATUS_ROW = Pattern.compile(
            "(?m)^\\| *(?:n/a|\\d{1,3}%) +\\d{1,3}c +p\\d{1,2} +(?:n/a|\\d{1,4}w) */ *(?:n/a|\\d{1,4}w) *\\|");

    /**
     * "GPU 0: NVIDIA L40 GPU 1: NVIDIA L40 …": each enumerated line is one card; so is each status row of nvidia-smi's table
     * when one kind of card is named, without a count ("on V100" and the rows of four cards: four V100s).
     */
    private static List<GpuSpotter.CardSpan> enumerated(String s, List<GpuSpotter.CardSpan> spans) {
        Map<String, Integer> listed = new LinkedHashMap<>();
        for (GpuSpotter.CardSpan c : spans) {
            int from = Math.max(0, c.start() - 16);
            // the text's start is a line's start
            String before = (from == 0 ? "\n" : "") + s.substring(from, c.start());
            if (Prefilter.find(ENUMERATED, before) || smiCsvRow(s, before, c)) listed.merge(key(c), 1, Integer::sum);
        }
        if (!spans.isEmpty() && spans.stream().map(HardwareReader::key).distinct().count() == 1 && spans.stream().allMatch(c -> c.count() == null)) {
            int rows = 0;
            for (Matcher m = Prefilter.matcher(SMI_STATUS_ROW, s); m.find(); ) rows++;
            if (rows > listed.getOrDefault(key(spans.get(0)), 0)) listed.put(key(spans.get(0)), rows);
        }
        if (listed.values().stream().noneMatch(n -> n > 1)) return spans;
        List<GpuSpotter.CardSpan> out = new ArrayList<>();
        for (GpuSpotter.CardSpan c : spans) {
            Integer n = listed.get(key(c));
            out.add(n != null && n > 1 && c.count() == null ? withCount(c, n) : c);
        }
        return out;
    }

    /** A row of nvidia-smi's CSV query ("--query-gpu=name,memory.total --format=csv"): "NVIDIA GeForce RTX 4090, 24564 MiB", one per card. */
    private static final Pattern SMI_CSV_ROW_START = Pattern.compile("\\n(?:nvidia ?)?$");
    private static final Pattern SMI_CSV_ROW_REST = Pattern.compile("[^,\\n]{0,30}, ?\\d{3,6} ?mib");

    private static boolean smiCsvRow(String s, String before, GpuSpotter.CardSpan c) {
        return Prefilter.find(SMI_CSV_ROW_START, before) && SMI_CSV_ROW_REST.matcher(s).region(c.end(), s.length()).lookingAt();
    }

    /** The cards of each node said right after the nodes: "2 nodes of 8 x 80G GPUs", "两台8卡服务器", "2 nodes, each with 8 GPUs". */
    private static final Pattern CARDS_AFTER_NODES = Pattern.compile(
            " ?,? ?(?:of|with|each with|each having|each has|每台|每个)? ?(\\d{1,2}) ?(?:x|×|\\*|gpus|cards|张|块|卡)");

    /**
     * Cards counted without a name, per node, of a count of nodes said right before them: "2 nodes of 8 x 80G GPUs" are
     * sixteen (a node holds 2, 4, 8 or 16).
     */
    private static GpuMention perNode(String s, GpuMention anon) {
        int n = anon.count();
        if (!aNodesCount(n)) return anon;
        Matcher m = NODES.matcher(s);
        while (m.find()) {
            if (m.group(1) == null) continue;
            int nodes = GpuSpotter.countOf(m.group(1));
            Matcher cards = CARDS_AFTER_NODES.matcher(s).region(m.end(), s.length());
            if (nodes >= 2 && nodes <= 64 && cards.lookingAt() && Integer.parseInt(cards.group(1)) == n) {
                return new GpuMention(anon.text(), n * nodes, anon.memoryGb());
            }
        }
        return anon;
    }

    /**
     * "4 GPUs with 96GB VRAM in total", "2 GPUs, 48GB total", "双卡共48G": a total over cards counted without a name is
     * shared evenly, when each share is a size cards are sold with (the total is then no one card's memory, nor RAM).
     */
    private GpuMention sharedTotal(GpuMention anon, List<MemorySpotter.Amount> amounts) {
        if (anon.memoryGb() != null || anon.count() < 2) return anon;
        Set<Double> sizes = vocabulary.cardSizes();
        for (MemorySpotter.Amount a : amounts) {
            if (!a.total() || !a.capacity() || a.count() != null || (a.kind() != MemorySpotter.Kind.VRAM && a.kind() != MemorySpotter.Kind.BARE)) continue;
            double each = a.gb() / anon.count();
            if (sizes.stream().anyMatch(m -> Math.abs(m - each) < 0.05)) {
                amounts.remove(a);
                return new GpuMention(anon.text(), anon.count(), each);
            }
        }
        return anon;
    }

    /** A count of cards one node holds: 2, 4, 8 or 16. */
    private static boolean aNodesCount(int n) {
        return n == 2 || n == 4 || n == 8 || n == 16;
    }

    /**
     * "2 nodes of 8 H100", "3 台 8 * L20 机器": the count per node times the nodes, when the per-node count is one a
     * node has (2, 4, 8, 16: "4 nodes with 14 H100s" are 14 in all). "2 H100 nodes": a datacenter node holds 8.
     */
    private static List<GpuSpotter.CardSpan> nodes(String s, List<GpuSpotter.CardSpan> spans) {
        Matcher m = NODES.matcher(s);
        if (!m.find()) return spans;
        int nodes = GpuSpotter.countOf(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        if (nodes < 2 || nodes > 256) return spans;
        // "several 8xH100 nodes", "a single 8xH100 node": eight (or sixteen) times the card is what one node holds, not a
        // count of nodes
        if (m.group(3) != null && (nodes == 8 || nodes == 16) && s.substring(m.end(3), m.start(4)).contains("x")) return spans;
        Integer stated = perNodeStated(s);
        // a count per node said apart from the card holds for the one card named, wherever it stands
        boolean oneCard = stated != null && spans.stream().map(HardwareReader::key).distinct().count() == 1;
        List<GpuSpotter.CardSpan> out = new ArrayList<>();
        for (GpuSpotter.CardSpan c : spans) {
            if (m.group(3) != null) {
                // "2 H100 nodes": the number counts nodes, not the cards it stands before; each node holds eight
                // unless the count per node is written ("2 H100*8 machines")
                boolean inside = c.start() >= m.start() && c.end() <= m.end();
                int each = m.group(5) != null ? Integer.parseInt(m.group(5)) : 8;
                out.add(inside ? withCount(c, each * nodes) : c);
                continue;
            }
            // "8台V100": the 台 is the card's own count, read with it, not a count of machines
            if (m.start() >= c.start() && m.end() <= c.end()) {
                out.add(c);
                continue;
            }
            boolean near = oneCard || Math.abs(c.start() - m.start()) < 48 && sameSentence(s, Math.min(c.start(), m.start()), Math.max(c.end(), m.end()));
            Integer perNode = c.count() != null ? c.count() : stated;
            if (near && perNode == null && Prefilter.find(DATACENTER, c.text().toLowerCase(Locale.ROOT)) && m.start() < c.end() + 8) perNode = 8;
            // "a two-node DGX Spark deployment": a unified-memory machine is one device, so each node is one of it
            if (near && perNode == null && (isApple(c.text()) || Prefilter.find(SHARED_MEMORY_NAME, c.text().toLowerCase(Locale.ROOT)))) perNode = 1;
            boolean perNodeCount = perNode != null && (aNodesCount(perNode) || perNode == 1 && c.count() == null);
            out.add(near && perNodeCount ? withCount(c, perNode * nodes) : c);
        }
        return out;
    }

    private static Integer perNodeStated(String s) {
        Matcher m = PER_NODE.matcher(s);
        if (!m.find()) return null;
        if (m.group(4) != null) return 1;
        return GpuSpotter.countOf(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }

    /**
     * What joins two sizes weighed against each other: "6GB or the 12GB one", "6GB? if not, the 12GB one", "8G 的还是 16G 的",
     * "8GB vs 16GB", "8G显存或者16G显存". Only such words: a size further off or behind other words is another statement.
     */
    private static final Pattern SIZES_LINK = Pattern.compile(
            "[ ,?]*(?:的?(?:显存|显卡|卡)|的|(?:of )?vram|gpus?|cards?)?[ ,?]*(?:(?:or|vs\\.?|versus|if not|otherwise|else)(?![a-z])|还是|或者|或是|或|/|不行的话|不够的话|不然)[ ,?]*"
                    + "(?:(?:a|an|the|maybe|perhaps|just)(?![a-z]) ?|(?:买|选|要)?(?:一张|一块)?)?");
    /**
     * Sizes weighed as cards with no card named: two or more amounts of GPU memory or of no kind (a bare amount is a card's
     * memory when no card is named, as one alone is read), of sizes that differ, joined by "or" words ({@link #SIZES_LINK}).
     * Each is a capacity, or a size the person would buy ("should I buy the 6GB or the 12GB one"): a need or a use weighed
     * ("does it need 6GB or 12GB?") is no card, nor is RAM ("16GB or 32GB of RAM"). Empty when the text weighs no sizes so.
     */
    static List<MemorySpotter.Amount> sizesWeighed(String s, List<MemorySpotter.Amount> all) {
        List<MemorySpotter.Amount> chain = new ArrayList<>();
        for (MemorySpotter.Amount a : all) {
            boolean fit = (a.kind() == MemorySpotter.Kind.BARE || a.kind() == MemorySpotter.Kind.VRAM) && !a.total()
                    && (a.count() == null || a.count() == 1) && (a.capacity() || MemorySpotter.purchased(s, a));
            MemorySpotter.Amount last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            if (fit && last != null && last.end() <= a.start() && SIZES_LINK.matcher(s.substring(last.end(), a.start())).matches()) {
                chain.add(a);
                continue;
            }
            if (weighedCards(chain)) return chain;
            chain = new ArrayList<>();
            if (fit) chain.add(a);
        }
        return weighedCards(chain) ? chain : List.of();
    }

    private static boolean weighedCards(List<MemorySpotter.Amount> chain) {
        return chain.size() >= 2 && chain.stream().map(MemorySpotter.Amount::gb).distinct().count() == chain.size();
    }

    /** The capacity amounts written as one card's memory ("24GB card", "22g 显存的显卡"), in the order written. */
    private static List<MemorySpotter.Amount> memoryOnlyCards(String s, List<MemorySpotter.Amount> amounts) {
        return amounts.stream()
                .filter(a -> a.kind() != MemorySpotter.Kind.RAM && a.kind() != MemorySpotter.Kind.STORAGE && !a.total())
                .filter(a -> CARD_AFTER_AMOUNT.matcher(s).region(a.end(), s.length()).lookingAt())
                .sorted((x, y) -> Integer.compare(x.start(), y.start()))
                .toList();
    }

    /** The count stated by "I have only N" after card {@code at}, before the next card is named; null when none is. */
    private static Integer ownCount(String s, List<GpuSpotter.CardSpan> spans, int at) {
        GpuSpotter.CardSpan c = spans.get(at);
        int to = Math.min(s.length(), c.end() + 80);
        // spans may overlap (a chip found again as a Mac): an empty region then, never a negative one
        if (at + 1 < spans.size()) to = Math.max(c.end(), Math.min(to, spans.get(at + 1).start()));
        Matcher m = OWN_COUNT.matcher(s).region(c.end(), to);
        if (!m.find()) return null;
        // "我只有1张3090": a card named right after the count is the card counted
        if (at + 1 < spans.size() && spans.get(at + 1).start() - m.end() <= 2) return null;
        int n = GpuSpotter.countOf(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return n >= 1 && n <= 64 ? n : null;
    }

    /**
     * A mention of a card grouped before, with a count of its own that differs, right after its last mention and joined to it
     * by "or" words. A mention with no count is the card named again ("两张A100/A800 80G" is one setup of either name).
     */
    private static boolean countsWeighed(String s, Group g, GpuSpotter.CardSpan c) {
        GpuSpotter.CardSpan last = g.spans.get(g.spans.size() - 1);
        if (c.count() == null || last.countOrOne() == c.count()) return false;
        String between = gap(s, last, c);
        return between != null && Prefilter.find(OR, between);
    }

    /** Only a joining word or sign between two names: "3090 + 3090", "4090, 4090", "A100和A100". */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:\\+|,|，|、|&|and|plus|和|与|加)\\s*");

    /**
     * "3090 + 3090", "2x 4090 + 4090", "A100 80G、A100 80G": the same card named again right after itself, joined only by
     * "+", a comma or "and", is one more card of that kind, not the card named twice ("a 3090 … my 3090" stays one):
     * the counts add up. A card of another memory ("3060 8GB + 3060 12GB") is another card and stays apart.
     */
    private static List<GpuSpotter.CardSpan> joinedRepeats(String s, List<GpuSpotter.CardSpan> spans) {
        List<GpuSpotter.CardSpan> out = new ArrayList<>();
        for (GpuSpotter.CardSpan c : spans) {
            GpuSpotter.CardSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() <= c.start() && key(last).equals(key(c)) && Objects.equals(memoryOf(last), memoryOf(c))
                    && JOINER.matcher(s.substring(last.end(), c.start())).matches()) {
                out.set(out.size() - 1, new GpuSpotter.CardSpan(last.start(), c.end(), last.text(), last.countOrOne() + c.countOrOne(),
                        last.memoryGb() != null ? last.memoryGb() : c.memoryGb(), last.laptop()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** An Apple chip as written: its generation and its tier ("m2 max" is generation 2, tier max). */
    private static final Pattern CHIP_TIER = Pattern.compile("m([1-5]) ?(pro|max|ultra)?$");
    /** Between chips of a range or a series: "M1/M2", "M1-M3", "M1~M3", "M1 to M3", "M1、M2". */
    private static final Pattern CHIP_SERIES_LINK = Pattern.compile("^ ?(?:/|-|–|~|to|、) ?$");
    /** Between chips said of one Mac ("M1 or M2 Mac", "M1或M2的MAC"): "or" before the Mac the chips are said of. */
    private static final Pattern CHIP_OR_LINK = Pattern.compile("^ ?(?:or|或者?) ?$");
    private static final Pattern MAC_WORD_AFTER = Pattern.compile("^ ?(?:的 ?)?(?:macs?|macbooks?|imac|mac ?(?:mini|studio|pro)|苹果)(?![a-z])");
    /** The rest of a series ("/M3"), a closing bracket, then the Macs it is said of: "M1/M2/M3的苹果电脑", "M1 - M3 macs". */
    private static final Pattern SERIES_THEN_MAC = Pattern.compile("^(?: ?(?:/|-|–|~|to|、) ?m[1-5](?: ?(?:pro|max|ultra))?)* ?[)）]?"
            + MAC_WORD_AFTER.pattern().substring(1));
    /** The platform named before the series: "Apple Silicon (M1/M2/M3)", "苹果M1/M2". */
    private static final Pattern APPLE_BEFORE = Pattern.compile("(?:apple(?: silicon)?|苹果) ?[(（]? ?$");

    /**
     * "Is it possible to run on a M1/M2 MacBook Pro?", "Apple Silicon (M1/M2/M3)", "M1或M2的MAC": chip generations of one tier
     * named as a series, with no memory of their own, say which Macs a question is about, not several machines: one Mac,
     * the first chip (as labelled), its memory unknown. "M2 Pro or M2 Max" (tiers sold with other memory), "an M1 Max 64GB
     * and an M2 Ultra", and "buy an M1 or M2 Mac?" (a choice) stay apart.
     */
    private static List<GpuSpotter.CardSpan> chipGenerations(String s, List<GpuSpotter.CardSpan> spans) {
        List<GpuSpotter.CardSpan> out = new ArrayList<>();
        List<String> absorbed = new ArrayList<>();
        GpuSpotter.CardSpan series = null;
        for (GpuSpotter.CardSpan c : spans) {
            if (series != null && oneSeries(s, series, c)) {
                series = new GpuSpotter.CardSpan(series.start(), c.end(), series.text(), null, null, false);
                out.set(out.size() - 1, series);
                absorbed.add(key(c));
                continue;
            }
            series = c;
            out.add(c);
        }
        // "… Apple M1/M2 … On Apple M1 and M2, 20 tokens/s": a chip of the series named again on its own is a machine of its own
        return out.stream().anyMatch(c -> absorbed.contains(key(c))) ? spans : out;
    }

    private static boolean oneSeries(String s, GpuSpotter.CardSpan first, GpuSpotter.CardSpan next) {
        if (first.end() > next.start() || first.memoryGb() != null || next.memoryGb() != null || first.count() != null || next.count() != null) return false;
        Matcher a = CHIP_TIER.matcher(s.substring(first.start(), first.end()));
        Matcher b = CHIP_TIER.matcher(s.substring(next.start(), next.end()));
        if (!a.find() || !b.find() || a.group(1).equals(b.group(1)) || !Objects.equals(a.group(2), b.group(2))) return false;
        String link = s.substring(first.end(), next.start());
        // said of Macs, or after the platform's name; a bare "M1/M2" in a yes/no lists machines (MachineListYesNoFormsTest)
        if (CHIP_SERIES_LINK.matcher(link).matches()) {
            return SERIES_THEN_MAC.matcher(s.substring(next.end())).lookingAt()
                    || APPLE_BEFORE.matcher(s.substring(Math.max(0, first.start() - 20), first.start())).find();
        }
        return CHIP_OR_LINK.matcher(link).matches() && MAC_WORD_AFTER.matcher(s.substring(next.end())).lookingAt()
                && !Prefilter.find(BUY_CUE, MemorySpotter.clauseBefore(s, first.start()));
    }

    private static GpuSpotter.CardSpan withCount(GpuSpotter.CardSpan c, int n) {
        return new GpuSpotter.CardSpan(c.start(), c.end(), c.text(), n, c.memoryGb(), c.laptop());
    }

    /** What parts counts listed one after another: "2卡，4卡", "2 GPUs or 4 GPUs", "2卡/4卡". */
    private static final Pattern COUNT_LIST_SEPARATOR = Pattern.compile(" ?(?:[,、/]|or|和|或|或者) ?");

    private static int anonymousCount(Matcher m) {
        String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(5);
        return digits != null ? Integer.parseInt(digits) : GpuSpotter.countOf(m.group(3) != null ? m.group(3) : m.group(4));
    }

    /** "一块80G", "1张24G": one card counted by its measure word ("1x24GB" stays an amount, which a device count may multiply). */
    private static final Pattern ONE_CARD_BEFORE = Pattern.compile("[张块] ?$");

    private static GpuMention anonymous(String s, List<MemorySpotter.Amount> amounts, boolean oneCardNamed) {
        // "7x24 GB cards", "4x 24GB", "2x16GB VRAM", "一块80G跑不起": a count written with the memory of each card
        for (MemorySpotter.Amount a : amounts) {
            boolean oneByMeasureWord = a.count() != null && a.count() == 1 && ONE_CARD_BEFORE.matcher(s.substring(Math.max(0, a.start() - 3), a.start())).find();
            if (a.count() != null && (a.count() > 1 || oneByMeasureWord) && a.kind() != MemorySpotter.Kind.RAM && a.kind() != MemorySpotter.Kind.STORAGE) {
                return new GpuMention(GpuMention.ANY_GPU, a.count(), a.gb());
            }
        }
        Matcher m = ANONYMOUS.matcher(s);
        boolean found = m.find();
        // "35b推荐四卡，bf16推荐两卡", "it requires 4 GPUs": a count a requirement speaks of is no machine's;
        // "only 1 gpu is used … 4 gpus": a single card said of a run counts nothing, the machine's count may come later
        int singleEnd = -1;
        while (found && (required(s, m.start()) || anonymousCount(m) < 2)) {
            if (!required(s, m.start())) singleEnd = m.end();
            found = m.find();
        }
        if (found) {
            int n = anonymousCount(m);
            int end = m.end();
            // "2卡，4卡均有尝试", "1 GPU or 2 GPUs": a list of counts is the set-ups tried, not the machine's count
            boolean listed = singleEnd >= 0 && COUNT_LIST_SEPARATOR.matcher(s.substring(singleEnd, m.start())).matches()
                    || m.find() && COUNT_LIST_SEPARATOR.matcher(s.substring(end, m.start())).matches() && anonymousCount(m) != n;
            if (n >= 2 && n <= 512 && !listed) return new GpuMention(GpuMention.ANY_GPU, n, null);
        }
        Matcher them = OF_THEM.matcher(s);
        if (oneCardNamed && them.find()) {
            int n = Integer.parseInt(them.group(1));
            if (n >= 2 && n <= 512) return new GpuMention(GpuMention.ANY_GPU, n, null);
        }
        return null;
    }

    /**
     * "2*H100 2*8*80G": the one card named, counted again with its memory as a multiple of the count it was named with
     * (nodes, then the cards of all of them): the larger count is the cards'.
     */
    private boolean countedAgain(GpuMention card, GpuMention counted) {
        Double each = counted.memoryGb();
        if (each == null || counted.count() <= card.count() || counted.count() % card.count() != 0) return false;
        return card.memoryGb() != null ? Math.abs(card.memoryGb() - each) < 0.6 : vocabulary.memoryOf(card.text()).contains(each);
    }

    /** A requirement word right before a count of cards, in its clause: "推荐四卡", "需要8张卡", "requires at least 4 GPUs". */
    private static final Pattern REQUIRED_RIGHT_BEFORE = Pattern.compile(
            "(?:(?<![a-z])(?:needs?|requires?|required|recommends?|recommended|at least|minimum(?: of)?|officially supports?)(?: at least)?|需要|要求|推荐|建议|至少|最少|最低|起码)(?:用|使用)? ?$");

    private static boolean required(String s, int at) {
        return Prefilter.find(REQUIRED_RIGHT_BEFORE, tail(MemorySpotter.clauseBefore(s, at), 24));
    }

    // ---- helpers

    private static final Pattern QUOTE_LINE = Pattern.compile("(?m)^[ \\t]*>");

    /**
     * Whether a position is in a Markdown quote ("> the docs say …") of a post that also has words of its own: what is
     * quoted is someone else's.
     */
    private static boolean quoted(String s, int at) {
        int lineStart = s.lastIndexOf('\n', at - 1) + 1;
        if (!QUOTE_LINE.matcher(s).region(lineStart, at).lookingAt()) return false;
        for (String line : s.split("\n")) {
            if (!line.isBlank() && !QUOTE_LINE.matcher(line).lookingAt()) return true;
        }
        return false;
    }

    /** A GPU shown at work or failing by a log, error or command of the post's own, not in a quote of someone else's. */
    private static boolean gpuLogged(String s) {
        return DeviceLines.gpuShownAt(s).anyMatch(at -> !quoted(s, at));
    }

    /** One card's memory again, stated with it or the memory its name is sold with; or the sum over its count. */
    private static final Pattern TENSOR_PARALLEL = Pattern.compile(
            "(?:tensor[_-]parallel[_-]size|--tp(?:-size)?|(?<![a-z-])-tp"
                    // "TP=2", "TurbomindEngineConfig(tp=4)", "tp_size: 8": the size as a bare key
                    + "|(?<![a-z0-9_-])tp(?:[_-]size)? ?(?=[=:]))"
                    // a config dict's "'tensor_parallel_size': 2"; a Dockerfile's exec form: CMD ["lmdeploy", …, "--tp", "4"]
                    + "(?:['\"]?[ =:]{0,3}|\" ?, ?\")(\\d{1,2})(?!\\d)|(?<![a-z0-9_])tp ?(\\d{1,2})(?![\\d.a-z\\])])");
    private static final Pattern PIPELINE_PARALLEL = Pattern.compile(
            "(?:pipeline[_-]parallel[_-]size|--pp(?:-size)?|(?<![a-z-])-pp)[ =:]{0,3}(\\d{1,2})(?!\\d)");

    /** "CUDA_VISIBLE_DEVICES=4,5,6,7", "os.environ['CUDA_VISIBLE_DEVICES'] = '2,3'": the devices a run is given. */
    private static final Pattern VISIBLE_DEVICES = Pattern.compile("(?:cuda|hip|rocr)_visible_devices[\"'\\]]{0,3} ?= ?[\"']?(\\d{1,2}(?: ?, ?\\d{1,2})*)");
    /** "--num-gpus 2", "'num_gpus': 2": the number of GPUs a launcher is told to use (FastChat, Ray). */
    private static final Pattern NUM_GPUS = Pattern.compile("(?<![a-z])num[_-]gpus[\"']?[ =:]{1,3}(\\d{1,2})(?!\\d)");

    /**
     * The most GPUs a run in the text spans: its largest tensor-parallel size times its pipeline-parallel size, or
     * the devices it is made to see.
     */
    private static int parallelDegree(String s) {
        return Math.max(devicesGiven(s), maxOf(TENSOR_PARALLEL, s) * maxOf(PIPELINE_PARALLEL, s));
    }

    /** Number words a share of the cards is said in ("two of them"); Chinese numerals before a measure word are digits already. */
    private static final Map<String, Integer> SHARE_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "a single", 1, "单", 1);
    private static final String SHARE_NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|a single|单)";
    /**
     * A share of the machine's cards given to the run by the person or its container, said in words: "we only use two of
     * them", "the container gets 2 of those", "我只用其中两张", "容器启动只指定了两张", "只分配了一张". Not a program's doing
     * ("it only uses one of them", "只用了一张卡", "其中一张卡占用1%"): that is the one-card-used symptom, on all the cards.
     */
    private static final Pattern SHARE_IN_WORDS = Pattern.compile(
            "(?<![a-z])(?:i|we|i'm|we're|i am|we are|i've|we've)(?: only| just)? (?:use|used|using|gave (?:it|vllm|ollama|the container)"
                    + "|give (?:it|vllm|ollama|the container)|assign(?:ed)?|allocate[sd]?|expose[sd]?|mount(?:ed)?)"
                    + " (?:only |just )?" + SHARE_NUMBER + " of (?:them|those|these|the (?:gpus|cards|devices))(?![a-z])"
                    + "|(?<![a-z])(?:container|docker|pod|job|vm|instance)s? (?:only |just )?(?:gets?|got|is given|was given|sees?|has) (?:only |just )?"
                    + SHARE_NUMBER + " of (?:them|those|these|the (?:gpus|cards|devices))(?![a-z])"
                    + "|我们?(?:(?:只|仅|就)(?:用|使用)了?(?:其中的?)?|(?:用|使用)了?其中的?)" + SHARE_NUMBER + " ?(?:张|块|个|片)"
                    + "|(?:只|仅|就)?(?:指定|分配|挂载|给|选|选择)了?(?:其中的?)?" + SHARE_NUMBER + " ?(?:张|块|个|片)(?!内存|条)");

    /**
     * How many of the machine's cards the person says a run is given, in words ({@link #SHARE_IN_WORDS}); 0 when they do not.
     * A parallel size or a device list alone is a setting tried on the machine, not fewer cards had (README: {@code gpus} is
     * what the person has): it never lowers the count.
     */
    private static int cardsGiven(String s) {
        int given = 0;
        Matcher m = SHARE_IN_WORDS.matcher(s);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String n = m.group(g);
                if (n == null) continue;
                Integer v = SHARE_WORDS.get(n);
                given = Math.max(given, v != null ? v : Integer.parseInt(n));
            }
        }
        return given;
    }

    /** The most GPUs a run is handed by name or number: the devices it is made to see, or a launcher's GPU count. */
    private static int devicesGiven(String s) {
        int visible = 1;
        Matcher m = VISIBLE_DEVICES.matcher(s);
        while (m.find()) visible = Math.max(visible, m.group(1).split(",").length);
        m = DEVICE_LIST.matcher(s);
        while (m.find()) visible = Math.max(visible, NON_DIGITS.split(m.group(1) != null ? m.group(1) : m.group(2)).length);
        // "cuda:0 … cuda:1", "GPU0 and GPU1", "0号卡和1号卡": each device named by its index is one more card
        java.util.Set<String> indices = new java.util.HashSet<>();
        m = DEVICE_INDEX.matcher(s);
        while (m.find()) {
            // "GPU 0: Intel(R) UHD Graphics  GPU 1: RTX 4060" (Windows' Task Manager): the integrated chip is no card
            if (INTEGRATED_DEVICE.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            indices.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return Math.max(Math.max(Math.max(visible, indices.size()), maxOf(NUM_GPUS, s)), devicesLogged(s));
    }

    /**
     * A log's count of the devices a run found or spans, one card each: llama.cpp's "ggml_cuda_init: found 4 CUDA devices"
     * (by {@link DeviceLines#FOUND_DEVICES}, which the diagnosis in logs.LogReader reads too), one Ollama "inference compute" line per GPU id,
     * one llama.cpp "using device CUDA1 (…)" line per device, and one
     * worker tag per GPU: SGLang's "[2025-01-01 10:00:00 TP3]", vLLM's "(VllmWorker rank=3 pid=…)" / "(Worker_TP3 pid=…)"
     * (formats as printed in sgl-project/sglang and vllm-project/vllm issue logs).
     */
    private static int devicesLogged(String s) {
        int found = Math.max(maxOf(DeviceLines.FOUND_DEVICES, s), maxOf(WORLD_SIZE, s));
        Set<String> ids = new java.util.HashSet<>();
        Matcher m = INFERENCE_COMPUTE.matcher(s);
        while (m.find()) ids.add(m.group(1));
        // llama.cpp's "using device CUDA0 (…) - 23008 MiB free … using device CUDA1 (…)": one line per device the model loads on
        Set<String> loadedOn = new java.util.HashSet<>();
        m = DeviceLines.USING_DEVICE.matcher(s);
        while (m.find()) loadedOn.add(m.group(1));
        Set<String> workers = new java.util.HashSet<>();
        m = WORKER_TAG.matcher(s);
        while (m.find()) workers.add(m.group(1) != null ? m.group(1) : m.group(2));
        return Math.max(Math.max(found, loadedOn.size()), Math.max(ids.size(), workers.size()));
    }

    /**
     * The most memory device lines show on the card {@code g} names in them, GB (0 if none): free on it in llama.cpp's
     * ({@link DeviceLines#USING_DEVICE}, MiB), its total in Ollama's ({@link DeviceLines#INFERENCE_COMPUTE}, GiB) and in SYCL's
     * device table ({@link DeviceLines#SYCL_DEVICE}, MiB), and the
     * buffers ggml allocated on the device its list names it as ({@link DeviceLines#DEVICE}, {@link DeviceLines#BUFFER}).
     */
    private static double shownOnCard(String s, Group g) {
        double shown = Math.max(Math.max(shownOnCard(s, g, DeviceLines.USING_DEVICE, 2, 3, 1024), shownOnCard(s, g, DeviceLines.INFERENCE_COMPUTE, 1, 2, 1)),
                shownOnCard(s, g, DeviceLines.SYCL_DEVICE, 1, 2, 1024));
        Matcher d = DeviceLines.DEVICE.matcher(s);
        while (d.find()) {
            int from = d.start(2);
            int to = d.end(2);
            if (g.spans.stream().noneMatch(c -> c.start() >= from && c.end() <= to)) continue;
            double mib = 0;
            Matcher b = DeviceLines.BUFFER.matcher(s);
            while (b.find()) if (b.group(1).equals(d.group(1))) mib += Double.parseDouble(b.group(2));
            shown = Math.max(shown, mib / 1024);
        }
        return shown;
    }

    private static double shownOnCard(String s, Group g, Pattern line, int name, int amount, double perGb) {
        double most = 0;
        Matcher m = line.matcher(s);
        while (m.find()) {
            int from = m.start(name);
            int to = m.end(name);
            if (g.spans.stream().anyMatch(c -> c.start() >= from && c.end() <= to)) most = Math.max(most, Double.parseDouble(m.group(amount)) / perGb);
        }
        return most;
    }

    /** vLLM's "rank 0 in world size 4 is assigned as …". */
    private static final Pattern WORLD_SIZE = Pattern.compile("(?<![a-z])rank \\d{1,2} in world size (\\d{1,2})(?!\\d)");
    private static final Pattern INFERENCE_COMPUTE = Pattern.compile("msg=\"?inference compute\"? id=([\\w-]{1,64})");
    /** A computer of one's own, as people call it: "my laptop has …", "I have a PC with …". */
    private static final String OWN_MACHINE = "(?:laptop|pc|computer|desktop|machine|notebook|rig|workstation|server)";
    /**
     * A GPU of the person's own said without its name: an issue form's GPU field with a make ("### GPU\n\nNvidia"), a
     * run on CUDA logged or said ("Running on: cuda", "running things on 1 GPU"), a run sent to the GPU by its device
     * flag ("--device GPU", OpenVINO's and GPT4All's device="gpu").
     */
    private static final Pattern OWN_GPU_SAID = Pattern.compile(
            "(?m)^#{1,4} ?gpu\\s*\\n\\s*(?:nvidia|amd|intel)\\s*$|(?<![a-z])(?:running )?on:? cuda(?![a-z_:])|(?<![a-z])(?:running|run|runs|ran)(?: \\w+)? on (?:1|one|a single) gpu(?![a-z])"
                    + "|(?<![a-z-])--device[ =]gpu(?![a-z])|(?<![a-z_])device ?= ?[\"']gpu[\"']"
                    // its load watched ("GPU usage is visible", "GPU utilization at 100%", GPU占用率90%, GPU和CPU均基本满载): a card is
                    // there to watch
                    // also its level in words ("the GPU usage is not high", "GPU utilization is quite low", "low GPU utilization",
                    // gpu的占用很低, gpu有占用) and the two processors' load watched side by side ("CPU and GPU usage", cpu和gpu占用)
                    + "|(?<![a-z])gpu (?:usage|utili[sz]ation|load|util)(?: is| was| goes| went| stays| stayed| reaches| reached| hits| shows| at| of| around| about| jumps| spikes| only| just| barely| below| under| stuck"
                    + "| not| quite| very| really| so| too| pretty| rather| extremely| always| still)*(?: to| up to)? ?(?:\\d{1,3} ?%|visible|high|full|max|low)"
                    + "|(?<![a-z])(?:low|poor|no|inconsistent|uneven|cpu and|cpu ?/|cpu &) gpu (?:usage|utili[sz]ation|load)(?![a-z])"
                    + "|(?:gpu|显卡)的?(?:占用|利用率|使用率)率?(?:只有|是|为|达到|在|很高|很低|高达)?\\d{1,3} ?%"
                    + "|(?:gpu|显卡)的?(?:占用|利用率|使用率)率?(?:也|都|一直|始终|总是)?(?:很|较|比较|非常|特别)?(?:低|高|不高|上不去)|(?:gpu|显卡)(?:也|都)?有占用|cpu和gpu的?(?:占用|利用率|使用率)"
                    + "|(?:gpu|显卡)的?(?:占用率?|利用率|使用率)?(?:和cpu|和处理器)?(?:均|都|也)?(?:基本|几乎)?(?:满载|跑满|占满)"
                    // Ollama's share of a model on a GPU ("100% GPU", "48%/52% CPU/GPU" in ollama ps), which it shows only when it found one
                    + "|(?<![\\d.])(?:[1-9]\\d?|100) ?% gpu(?![a-z])|(?<![\\d.])\\d{1,3} ?% ?/ ?\\d{1,3} ?% cpu ?/ ?gpu(?![a-z])"
                    // an engine run on ROCm ("when running it with ROCm"): AMD's GPU stack, which runs on a card only
                    + "|(?<![a-z])(?:using|with|via|through|under|on) rocm(?![a-z])"
                    // a GPU said to be had, not named ("I have a decent GPU", "my laptop has 16GB RAM and a GPU", 我电脑有独显): not
                    // integrated graphics, which a CPU box has too
                    + "|(?:(?<![a-z])(?<!if |once |when |whether )(?:i have|i've got|i own) (?:(?:an?|one) " + OWN_MACHINE + " (?:with|having|that has)[^.?!\\n]{0,40}?)?"
                    + "|(?<![a-z])(?:my|our) " + OWN_MACHINE + "(?:'s)? (?:has|have|with|having|got|comes with)[^.?!\\n]{0,40}?)"
                    // the article may be left out after "and" ("my laptop with 8gb ram and medium GPU"), never "and no GPU"
                    + "(?<![a-z])(?:(?:an?|one) |(?<=and ))(?:(?!integrated|onboard|intel|shared|no |any |without)[a-z]+ )?(?:gpu|dgpu|graphics card|video card)(?![a-z])"
                    + "|我的?(?:电脑|笔记本|机器|主机|台式机)?(?:上)?(?<!没|沒)有(?:一张|一块|一个|个)?(?:独显|独立显卡|显卡|gpu)"
                    // a GPU said to be there or at work though the person wants the CPU ("even the GPU is available", "it keeps
                    // using GPU"): a card they have, not a CPU box
                    + "|(?<![a-z])(?<!if |whether |when |unless |once )(?:the|my|a) gpu (?:is|was) (?:available|present|detected|recogni[sz]ed|there)(?![a-z])"
                    + "|(?<![a-z])(?:it|ollama|the model|llama\\.cpp|lm studio|vllm) (?:keeps|kept|is still|still) (?:using|uses|running on|runs on) (?:the |my )?gpu(?![a-z])"
                    // their own GPU wanted at work ("how can i use GPU to speed up?", "Trying to use GPU", "unable to load any model
                    // with GPU", 如何让GPU干活, 无法调用显卡): a card they have and cannot get used
                    + "|(?<![a-z])(?:how (?:can|do|could|should) (?:i|we) |how to |trying to |tried to |try to |unable to |can[’']?t |cannot |could not |couldn[’']?t )"
                    + "(?:make (?:it |ollama |llama\\.cpp )?)?(?:use|run (?:it |them |models? )?(?:on|with)|utili[sz]e|load (?:any |the |a )?models? (?:on|with|to|into)|enable|offload to) (?:the |my |a )?gpu(?![a-z])"
                    + "|(?:如何|怎么|怎样)(?:才能)?(?:更多[的地]?)?(?:让|使用|用|调用|启用|使得?)(?:gpu|显卡)|(?:无法|不能)(?:使用|调用|启用)(?:gpu|显卡)");
    /**
     * Their own run on one card ("单卡无法加载", "单卡运行，速度还可以"), not a question whether one card would do ("单卡能跑吗",
     * "单卡部署需要多少显存？"); with several cards spoken of ("多卡比单卡慢"), one card is a way of running, not their card.
     */
    private static final Pattern ONE_CARD_RUN = Pattern.compile(
            "单(?:张|块)?(?:卡|gpu|显卡)(?:上)?(?:无法|不能|没法|可以)?(?:运行|跑|推理|加载|部署)(?![^。！!\\n]{0,30}?(?:吗|(?<!什)么|？|\\?|多少|能否|是否))");
    private static final Pattern SEVERAL_CARDS = Pattern.compile("多(?:张|块)?(?:卡|gpu|显卡)|双卡|两张卡");
    /**
     * Cards of the person's own in the plural, not counted: 多卡 as what they run or have (多卡推理, 多卡部署, 多卡的机器, 如何多卡运行),
     * not whether several are supported or needed (支持多卡吗, 还是需要多卡) nor a stall (很多卡顿, 差不多卡在); "my multi-GPU setup",
     * "I have several GPUs".
     */
    private static final Pattern OWN_CARDS_UNCOUNTED = Pattern.compile(
            "(?<!支持|需要|需|要|是否|能否|可否|能不能|还是|差不)多(?:张|張|块|塊|个|個)?(?:卡(?![顿頓住死在])|gpu|显卡|顯卡)(?!吗|嗎|\\?|？)"
                    + "|(?<![a-z])(?:my|our) multi-?gpu (?:setup|machine|rig|server|system|box)(?![a-z])"
                    + "|(?<![a-z])i have (?:multiple|several|many) (?:gpus|graphics cards|video cards)(?![a-z])");
    /**
     * The card or its memory called one's own without its name ("my GPU memory is sufficient", "my graphics card", 我的显卡),
     * never cards in the plural, whose number is not said. A memory read for a card names it instead ("my gpu … 12GB").
     */
    private static final Pattern OWN_GPU_CALLED_MINE = Pattern.compile(
            "(?<![a-z])(?:my|our) (?:own |current |local )?(?:(?:nvidia|amd|intel) )?(?:gpu|dgpu|graphics card|video card|vram)(?!s|[a-z-])|我的(?:显卡|gpu|显存)");
    /**
     * Their own GPU memory watched growing or running out, with no card named ("VRAM keeps growing", "20GB of VRAM leftover",
     * "leads to GPU OOM", 显存从15G涨到26G, 显存不断增加, 显存一直增长): a card is there to watch (label rule E); so is the
     * memory their run was seen to use on it ("显存占用会快速到15G", "显存最高不到25000MB", "VRAM usage: ~8GB", "it's using 19gb
     * of vram"), but not a figure said to be needed or expected ("需要显存占用20G", "预计显存占用10G") nor "uses 14GB of VRAM",
     * which is as often a model's stated need as a run of theirs.
     */
    private static final Pattern GPU_MEMORY_WATCHED = Pattern.compile(
            "(?:gpu memory|vram) (?:keeps |kept )?(?:grows|grew|growing|increases|increased|increasing|rises|rose|rising|jumps|jumped|spikes|spiked|climbs|climbed)(?![a-z])"
                    + "|(?<![\\d.])\\d+(?:\\.\\d+)? ?(?:gb|g) of vram (?:left|leftover|free)(?![a-z])|(?<![a-z])gpu oom(?![a-z])"
                    + "|显存(?:占用|使用)?率?(?:都会|会|也)?(?:一直|不断|持续)?(?:从\\d|涨|增长|增加|飙升|暴涨|爆)"
                    + "|(?<!需要)(?<!需)(?<!要求)(?<!预计)(?<!预期)(?<!理论上)(?<!应该)显存的?(?:占用|使用量?|用量|消耗|峰值|最高)[^\\d。！？!?\\n]{0,10}?\\d+(?:\\.\\d+)? ?(?:g|gb|gib|m|mb|mib)(?![a-z])"
                    + "|(?<![a-z])(?:vram|gpu memory) usage(?: is| was| of| at| goes to| went to| reaches| reached)?[ :=~]*(?:about |around |only |~)?\\d+(?:\\.\\d+)? ?(?:gb|g|gib|mib|mb)(?![a-z])"
                    + "|(?<![a-z])(?:using|consuming|consumed|occupying) (?:about |around |only |~|up to |over |nearly |almost )?\\d+(?:\\.\\d+)? ?(?:gb|gib|g)(?: of)? (?:vram|gpu memory)(?![a-z])");
    /** Ollama's device lines: its CPU device (listed when it finds no GPU), and any GPU device. */
    /**
     * The person asks how or whether to run on the CPU: "可以使用CPU推理吗", "支持cpu部署吗", "如何在cpu上进行部署", "can it run on
     * the CPU?", "how do I run it on CPU only"; not a complaint that it runs there ("why does it only run on the CPU").
     */
    private static final Pattern CPU_RUN_ASKED = Pattern.compile(
            "(?:可以|能|能否|能不能|可不可以|支持|如何|怎么|怎样|想)(?:使用|用|在|进行)?\\s?cpu(?:上|的)?(?:进行)?(?:推理|部署|运行|跑)"
                    + "|cpu(?:上|的)?(?:进行)?(?:推理|部署|运行)(?:吗|么|呢)"
                    + "|(?<![a-z])(?:can|could|how (?:do|can|to|should)|is it possible to|is there a way to|possible to|want to|trying to)(?: i| we| it| you| this| one)?"
                    + " (?:run|use|deploy|load|infer)(?: [\\w.-]+){0,4} (?:on|with|using) (?:the |a |my )?cpu(?![a-z])");
    private static final Pattern INFERENCE_ON_CPU = Pattern.compile("msg=\"?inference compute\"? id=cpu library=cpu");
    private static final Pattern INFERENCE_ON_GPU = Pattern.compile("msg=\"?inference compute\"? id=[\\w-]{1,64} library=(?!cpu)");
    private static final Pattern WORKER_TAG = Pattern.compile(
            "\\[[^\\]\\n]{0,40}?(?<![a-z0-9])tp(\\d{1,2})\\]|\\((?:vllmworker|worker)(?:_tp| tp rank=| global_rank=| rank=| tp)(\\d{1,2}) pid=");

    /**
     * A device named by its index: PyTorch's "cuda:1", "GPU 1" / "GPU1" / "device 1" (not "CUDA 12", a version, nor
     * "GPU 0%", a load, nor "GPU 8 GB", a size), FastChat's '"gpus": "1"', Chinese "1号卡".
     */
    private static final Pattern DEVICE_INDEX = Pattern.compile(
            "(?<![a-z0-9_])(?:cuda ?: ?|(?:gpu|device) ?[:#]? ?)(\\d{1,2})(?![\\d.%a-z]| ?(?:%|gb|gib|g|mb|mib|x|×|\\*)(?![a-z]))"
                    + "|[\"']gpus[\"'] ?: ?[\"'](\\d{1,2})[\"']"
                    + "|(?<![\\d.])(\\d{1,2}) ?号(?:显?卡|gpu)");
    /**
     * What may stand between integrated graphics and a card listed with them as a machine's two chips: "Intel UHD Graphics
     * and an RTX 4060", "GPU0: Intel UHD Graphics - GPU1: NVIDIA GeForce RTX 4060", "UHD 620 + MX250", "核显和4060".
     */
    private static final Pattern CHIPS_LISTED_GAP = Pattern.compile(
            "(?:[\\s,;:：、+&/()*•-]|and|an?|plus|with|和|与|加|(?:gpu|device) ?#?\\d{1,2}|(?:dedicated|discrete) (?:gpu|graphics)|独显|独立显卡"
                    // the rest of the chip's own name: "Intel(R) UHD Graphics 620"
                    + "|intel|amd|r|tm|®|™|graphics|\\d{3,4})*");

    private static boolean integratedBesideCard(String s, List<GpuSpotter.CardSpan> cards) {
        for (int[] chip : MemorySpotter.integratedNames(s)) {
            for (GpuSpotter.CardSpan c : cards) {
                String gap = c.start() >= chip[1] ? s.substring(chip[1], c.start()) : chip[0] >= c.end() ? s.substring(c.end(), chip[0]) : null;
                if (gap != null && gap.length() <= 40 && CHIPS_LISTED_GAP.matcher(gap).matches()) return true;
            }
        }
        return false;
    }

    /**
     * Integrated graphics said to drive the display, beside a card kept for the model: "desktop is on an iGPU", "monitor
     * plugged into the integrated graphics", "display runs off the iGPU", "显示器接核显", "核显负责显示".
     */
    private static final Pattern DISPLAY_ON_INTEGRATED = Pattern.compile(
            "(?<![a-z])(?:desktop|display|monitors?|screens?|gui|xorg|x11|wayland)(?: (?:is|are|was|were))?(?: (?:runs?|running|goes|connected|plugged|hooked|attached|driven|handled|output))?(?: up)?"
                    + " (?:on|to|into|through|via|off|from|by|uses|using)(?: (?:the|an?|my))? (?:(?:intel|amd) )?(?:igpu|integrated (?:gpu|graphics))(?![a-z])"
                    + "|(?:显示器?|屏幕|桌面|显示输出)(?:接|插|用|走|在|连)(?:的是|在)?(?:cpu的?)?(?:核显|集显|集成显卡)|(?:核显|集显|集成显卡)(?:负责|用于|用来|来|做)?(?:显示|输出|亮机|点亮)");

    /** After a device's index, the integrated graphics it names: "GPU0: Intel UHD Graphics", "GPU 0: AMD Radeon(TM) Graphics". */
    private static final Pattern INTEGRATED_DEVICE = Pattern.compile(
            " ?[:：] ?(?:(?:intel|amd)(?:\\(r\\)|\\(tm\\)|®|™)? ?)?(?:uhd|iris|(?<=intel(?:\\(r\\)|®)? ?)hd|radeon(?:\\(tm\\)|™)? graphics(?! ?\\d)"
                    + "|integrated|igpu|核显|集显|集成显卡)(?![a-z])");
    /** "--gpus 0,1", "gpu_ids=[0,1,2,3]", "device_ids: 0,1", "GPU 0和1", "GPUs 0 and 1" (not "GPU 1/2", a share): a list of the devices a run is given. */
    private static final Pattern DEVICE_LIST = Pattern.compile(
            "(?<![a-z])(?:gpus|gpu[_-]ids|device[_-]ids|devices)[\"']?[ =:]{1,3}[\"'\\[]?(\\d{1,2}(?: ?, ?\\d{1,2})+)"
                    + "|(?<![a-z])(?:gpus?|devices?) ?(\\d(?: ?(?:,|、|&|and|和|与) ?\\d)+)(?![\\d.a-z])");

    private static int maxOf(Pattern p, String s) {
        Matcher m = Prefilter.matcher(p, s);
        int max = 1;
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
            if (n != null) max = Math.max(max, Integer.parseInt(n));
        }
        return max;
    }

    /**
     * "2 1080ti with 11 gb ram", "two RTX3070 GPUs, each with 8GB of memory", "H100 can work, which has only 80G memory",
     * "3090只有24G内存": the card's own memory, called RAM.
     */
    private static final Pattern CARD_MEMORY_GAP = Pattern.compile(
            "^[ ,]*(?:(?:graphics |video )?(?:gpus?|cards?))?[ ,]*(?:each )?(?:with|has|having|w/) ?(?:only |just )?$"
                    + "|^[^.?!。？！\\n]{0,16}?[,(] ?(?:which|that) (?:only )?(?:has|had|comes with) ?(?:only |just )?$"
                    + "|^ ?(?:显卡|卡)?(?:只|仅|才)?有 ?$");

    /**
     * "4090 with 24GB system RAM", "3090的24G系统内存", "a 4090, 24GB of DDR5": words only the machine's memory goes by,
     * so the amount is its RAM even when the card is sold with as much (plain "RAM" and "内存" may still be the card's).
     */
    private static final Pattern SYSTEM_RAM_AFTER = Pattern.compile(
            "^ ?(?:gb|gib|g)? ?(?:of )?(?:the )?(?:(?:system|sys|cpu) ?(?:ram|memory)|系统(?:内存|ram)|(?:的 ?)?(?:内存条|运行内存|ddr[345]?|dimms?))");

    private boolean restatesCard(String s, MemorySpotter.Amount a, List<GpuSpotter.CardSpan> spans) {
        if (SYSTEM_RAM_AFTER.matcher(s).region(a.end(), s.length()).lookingAt()) return false;
        return spans.stream().anyMatch(c -> c.end() <= a.start() && a.start() - c.end() <= 32
                && Prefilter.find(CARD_MEMORY_GAP, s.substring(c.end(), a.start()))
                && sameAsCard(a.gb(), List.of(new GpuMention(c.text(), 1, c.memoryGb()))));
    }

    /** One card owned, named without its memory, sold in several sizes of which {@code gb} is one. */
    private boolean variantOfOnlyCard(double gb, List<GpuMention> owned) {
        if (owned.size() != 1 || owned.get(0).memoryGb() != null) return false;
        Set<Double> sizes = vocabulary.memoryOf(owned.get(0).text());
        return sizes.size() > 1 && sizes.stream().anyMatch(m -> Math.abs(m - gb) < 0.6);
    }

    private boolean sameAsCard(double gb, List<GpuMention> cards) {
        for (GpuMention c : cards) {
            if (c.memoryGb() != null && Math.abs(c.memoryGb() - gb) < 0.6) return true;
            if (c.memoryGb() == null && vocabulary.memoryOf(c.text()).stream().anyMatch(m -> Math.abs(m - gb) < 0.6)) return true;
            if (c.memoryGb() != null && c.count() > 1 && Math.abs(c.memoryGb() * c.count() - gb) < 1) return true;
        }
        return false;
    }

    /**
     * "a 4090 and an A2000 12GB … there are 36GB available", "2张T4 … 2张也只有32G": the memory of the cards owned, added
     * up, is what they hold together, not RAM. Each card's memory must be known: stated, or the only size its name is sold with.
     */
    private boolean sumOfCards(double gb, List<GpuMention> owned) {
        if (owned.stream().mapToInt(GpuMention::count).sum() < 2) return false;
        double sum = 0;
        for (GpuMention c : owned) {
            Set<Double> sizes = c.memoryGb() != null ? Set.of(c.memoryGb()) : vocabulary.memoryOf(c.text());
            if (sizes.size() != 1) return false;
            sum += sizes.iterator().next() * c.count();
        }
        return Math.abs(sum - gb) < 1;
    }

    /**
     * The size a card is sold with when the figure stated is a little under it: "A6000，45G显存", "A10 (23g)"
     * give what the driver reports as usable, not another variant.
     */
    /**
     * "8x RTX 6000 build, 768GB of VRAM": a figure no one card of that name is sold with, which the count divides into
     * one it is, is the memory of all the cards together.
     */
    private boolean sumOverCards(String card, int count, double stated) {
        return sizeSummed(card, count, stated) != null;
    }

    /**
     * The size each card is sold with when a figure none is sold with is the sum over the count, to within 5 %: people
     * add up what the driver reports ("2x 3090, 47GB") or a rounded sheet figure ("2xH100 NVL 196GB", 94 GB each), not
     * only the sizes on the box. Null when the figure is one card's size or no such sum.
     */
    private Double sizeSummed(String card, int count, double stated) {
        Set<Double> sizes = vocabulary.memoryOf(card);
        if (sizes.stream().anyMatch(m -> Math.abs(m - stated) < 0.6)) return null;
        return sizes.stream().filter(m -> Math.abs(m * count - stated) <= Math.max(0.6, 0.05 * m * count))
                .min(Comparator.comparingDouble(m -> Math.abs(m * count - stated))).orElse(null);
    }

    /**
     * Whether a memory size may be the named card's: one it is sold with (to rounding), or a memory mod ("my 2080 Ti has
     * 22GB") said in the card's sentence, or the total nvidia-smi reports for it. "On a 48GB GPU, … what I tried on a 4090": written apart, it is another card's.
     */
    private boolean modSaidWithCard(String s, String card, double gb, List<MemorySpotter.Amount> amounts, List<GpuSpotter.CardSpan> spans) {
        Set<Double> sizes = vocabulary.memoryOf(card);
        double sold = soldSize(card, gb);
        if (sizes.isEmpty() || sizes.stream().anyMatch(m -> Math.abs(m - sold) < 0.6)) return true;
        // nvidia-smi's row below the card's ("RTX 3050 … | 2998MiB / 4096MiB"): the driver's own figure, a laptop part's included
        if (amounts.stream().anyMatch(a -> a.gb() == gb && MemorySpotter.smiTotal(s, a))) return true;
        String named = key(new GpuSpotter.CardSpan(0, 0, card, null, null, false));
        return amounts.stream().filter(a -> a.gb() == gb).anyMatch(a -> spans.stream().filter(c -> key(c).equals(named))
                .anyMatch(c -> sameSentence(s, Math.min(c.start(), a.start()), Math.max(c.end(), a.end()))));
    }

    private double soldSize(String card, double stated) {
        return soldSize(vocabulary.memoryOf(card), stated);
    }

    /**
     * A figure said with a card sold in several sizes that lies between two of them and is no size any card is sold in
     * ("V100 … 显存26G") is what a run used on it, not its size: the variant that holds it (label rule C). A size some card
     * has stays as said ("RTX 2060 8GB": the person's word, maybe the Super's), and so do Apple's machines, built to order.
     */
    private double sizeOrVariantHolding(String card, double stated) {
        double sold = soldSize(card, stated);
        List<Double> sizes = vocabulary.memoryOf(card).stream().sorted().toList();
        if (isApple(card) || sizes.size() < 2 || sold != stated || vocabulary.cardSize(stated)
                || stated < sizes.get(0) || stated > sizes.get(sizes.size() - 1)) return sold;
        return sizes.stream().filter(m -> m > stated).findFirst().orElse(sold);
    }

    /**
     * The size of {@code sizes} a card is sold with when {@code stated} is what a log prints of it, a little under (label rule
     * G: 14.75 GiB is a 16 GB card, 79.15 an 80 GB one); {@code stated} when it is a size of them to rounding, or none fits.
     */
    private static double soldSize(Set<Double> sizes, double stated) {
        if (sizes.stream().anyMatch(m -> Math.abs(m - stated) < 0.6)) return stated;
        return sizes.stream().filter(m -> m > stated && m <= stated * 1.1).min(Double::compare).orElse(stated);
    }

    private static boolean sameSentence(String s, int from, int to) {
        return !SENTENCE_MARK_IN.matcher(s.substring(from, to)).matches();
    }

    private static MemorySpotter.Amount nearest(List<MemorySpotter.Amount> amounts, String s, GpuSpotter.CardSpan c) {
        MemorySpotter.Amount best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MemorySpotter.Amount a : amounts) {
            int d = a.start() >= c.end() ? a.start() - c.end() : c.start() - a.end();
            if (d < 0 || d > 48) continue;
            int from = Math.min(a.start(), c.start());
            int to = Math.max(a.end(), c.end());
            if (!sameSentence(s, from, to)) continue;
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The first phone named with an amount of RAM or of no kind beside it, and no computer near; else the first phone named
     * by its model (a number in its name: "iPhone 13", "Galaxy S23", "vivo X100") with no computer near, its memory unknown.
     * Read in the whole text, as the memory spotter claims a model's "5G"; an amount inside the phone's name is dropped from
     * {@code amounts}.
     */
    private static Optional<GpuSpotter.CardSpan> phone(Scan scan, List<MemorySpotter.Amount> amounts) {
        String s = scan.low;
        Matcher m = PHONE.matcher(s);
        GpuSpotter.CardSpan named = null;
        while (m.find()) {
            GpuSpotter.CardSpan c = new GpuSpotter.CardSpan(m.start(), m.end(), PHONE_DEVICE, null, null, false);
            amounts.removeIf(a -> a.start() >= c.start() && a.end() <= c.end());
            Optional<GpuSpotter.CardSpan> sold = memoryAndStorage(s, c, amounts);
            if (sold.isPresent()) return sold;
            if (named == null && Prefilter.find(DIGIT, m.group()) && !computerNear(s, c.start(), c.end())) {
                Integer soldGb = PHONE_MEMORY.get(PHONE_NAME_NOISE.matcher(m.group()).replaceAll(""));
                named = soldGb == null ? c : new GpuSpotter.CardSpan(c.start(), c.end(), c.text(), null, (double) soldGb, false);
            }
            MemorySpotter.Amount a = nearest(amounts, s, c);
            if (a == null || a.kind() != MemorySpotter.Kind.RAM && a.kind() != MemorySpotter.Kind.BARE) continue;
            if (!computerNear(s, Math.min(c.start(), a.start()), Math.max(c.end(), a.end()))) return Optional.of(c);
        }
        if (named != null) return Optional.of(named);
        // "8+128能用内存跑大模型吗": memory+storage joined by a plus, as phones are sold, with no phone and no computer named
        Matcher pair = MEMORY_PLUS_STORAGE.matcher(s);
        while (pair.find()) {
            if (!pair.group().contains("+") || computerNear(s, pair.start(), pair.end())) continue;
            GpuSpotter.CardSpan at = new GpuSpotter.CardSpan(pair.start(), pair.start(), PHONE_DEVICE, null, null, false);
            Optional<GpuSpotter.CardSpan> sold = memoryAndStorage(s, at, amounts);
            if (sold.isPresent()) return sold;
        }
        return Optional.empty();
    }

    /**
     * Phones sold with one memory size, by their model as {@link #PHONE} reads it less maker, line and spaces: a phone named
     * by its model alone has that memory (Apple's and the makers' spec sheets; models sold in several sizes are left out).
     */
    private static final Map<String, Integer> PHONE_MEMORY = Map.ofEntries(
            Map.entry("iphonex", 3), Map.entry("iphonexr", 3), Map.entry("iphonexs", 4), Map.entry("iphonexsmax", 4),
            Map.entry("iphone11", 4), Map.entry("iphone11pro", 4), Map.entry("iphone11promax", 4),
            Map.entry("iphone12", 4), Map.entry("iphone12mini", 4), Map.entry("iphone12pro", 6), Map.entry("iphone12promax", 6),
            Map.entry("iphone13", 4), Map.entry("iphone13mini", 4), Map.entry("iphone13pro", 6), Map.entry("iphone13promax", 6),
            Map.entry("iphone14", 6), Map.entry("iphone14plus", 6), Map.entry("iphone14pro", 6), Map.entry("iphone14promax", 6),
            Map.entry("iphone15", 6), Map.entry("iphone15plus", 6), Map.entry("iphone15pro", 8), Map.entry("iphone15promax", 8),
            Map.entry("iphone16", 8), Map.entry("iphone16plus", 8), Map.entry("iphone16pro", 8), Map.entry("iphone16promax", 8),
            Map.entry("s21", 8), Map.entry("s22", 8), Map.entry("s23", 8), Map.entry("s23+", 8), Map.entry("s23plus", 8),
            Map.entry("s24", 8), Map.entry("s24+", 12), Map.entry("s24plus", 12), Map.entry("s24ultra", 12),
            Map.entry("s25", 12), Map.entry("s25+", 12), Map.entry("s25plus", 12),
            Map.entry("pixel6", 8), Map.entry("pixel6pro", 12), Map.entry("pixel6a", 6), Map.entry("pixel7", 8), Map.entry("pixel7pro", 12),
            Map.entry("pixel7a", 8), Map.entry("pixel8", 8), Map.entry("pixel8pro", 12), Map.entry("pixel8a", 8), Map.entry("pixel9", 12));
    /** What a phone's name holds besides its model: the maker, the line, a network ("5G"), spaces. */
    private static final Pattern PHONE_NAME_NOISE = Pattern.compile("samsung|galaxy|google|\\s+|[45]g$");

    /** A digit of the model's number, not of a network ("5G"). */
    private static final Pattern DIGIT = Pattern.compile("\\d(?!g)");

    /** A computer named within 40 characters of a span: the phone there is not the machine the memory or question is about. */
    private static boolean computerNear(String s, int from, int to) {
        return COMPUTER.matcher(s.substring(Math.max(0, from - 40), Math.min(s.length(), to + 40))).find();
    }

    /**
     * A phone's memory and storage as shops write them: "16+512G", "12GB+256GB", "8/128", "16G+1T". The first figure is
     * the memory, the second the storage, so only a storage size phones are sold with counts (32 GB to 2 TB) after a
     * memory size they are sold with (2 to 24 GB). A sentence's full stop may follow ("I use a oneplus 13 16/512."), a decimal's
     * point may not.
     */
    private static final Pattern MEMORY_PLUS_STORAGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2}) ?(?:gb|g)? ?[+/] ?(?:(32|64|128|256|512) ?(?:gb|g)?|([12]) ?(?:tb|t))(?![a-z0-9]|\\.\\d)");

    /** The phone with its memory from a memory+storage pair beside it; the pair's amounts are no one else's memory. */
    private static Optional<GpuSpotter.CardSpan> memoryAndStorage(String s, GpuSpotter.CardSpan c, List<MemorySpotter.Amount> amounts) {
        Matcher p = MEMORY_PLUS_STORAGE.matcher(s);
        p.region(Math.max(0, c.start() - 48), Math.min(s.length(), c.end() + 48));
        while (p.find()) {
            int memory = Integer.parseInt(p.group(1));
            double storageGb = p.group(2) != null ? Integer.parseInt(p.group(2)) : Integer.parseInt(p.group(3)) * 1024.0;
            boolean inName = p.start() < c.end() && p.end() > c.start();
            if (inName || memory < 2 || memory > 24 || storageGb < 4 * memory
                    || !sameSentence(s, Math.min(c.start(), p.start()), Math.max(c.end(), p.end()))) continue;
            int from = p.start();
            int to = p.end();
            amounts.removeIf(a -> a.start() < to && a.end() > from);
            return Optional.of(new GpuSpotter.CardSpan(c.start(), c.end(), c.text(), null, (double) memory, false));
        }
        return Optional.empty();
    }

    /** The one amount of RAM or of no kind a message states, or null when it states none or several. */
    private static MemorySpotter.Amount onlyMachineAmount(List<MemorySpotter.Amount> amounts) {
        List<MemorySpotter.Amount> machine = amounts.stream()
                .filter(x -> x.kind() == MemorySpotter.Kind.RAM || x.kind() == MemorySpotter.Kind.BARE).toList();
        if (!machine.isEmpty()) return machine.size() == 1 ? machine.get(0) : null;
        // no RAM said: the machine's memory may be called by the GPU's word ("I have 48 GB unified memory", "48 GB VRAM")
        List<MemorySpotter.Amount> gpuWord = amounts.stream().filter(x -> x.kind() == MemorySpotter.Kind.VRAM).toList();
        return gpuWord.size() == 1 ? gpuWord.get(0) : null;
    }

    private static final Pattern SHARED_MEMORY_NAME = Pattern.compile("jetson|dgx spark|strix halo|(?<![a-z])ai max");
    /** The catalog's phone entry, which a phone read by {@link #PHONE} becomes. */
    private static final String PHONE_DEVICE = "Phone SoC";

    /**
     * A machine whose memory the CPU and GPU share, so the memory said of it is the GPU's: Apple Silicon, Jetson, DGX Spark,
     * Strix Halo, and whatever the catalog lists as unified memory (an APU's integrated GPU).
     */
    private boolean sharesMemory(String text) {
        return isApple(text) || Prefilter.find(SHARED_MEMORY_NAME, text.toLowerCase(Locale.ROOT)) || vocabulary.sharesMemory(text);
    }

    /**
     * The memory of the Mac whose Metal working-set limit the log shows: the size Macs are sold with of which that limit is
     * Metal's share (21845.34 MB is two thirds of 32 GB; 73728 MB three quarters of 96 GB); null when none is, as when
     * the limit was raised by hand (iogpu.wired_limit_mb).
     */
    private Double macMemoryFromMetal(String s) {
        Double set = DeviceLines.metalWorkingSetGb(s);
        if (set == null) return null;
        return vocabulary.unifiedSizes().stream().filter(gb -> Math.abs(gb * GpuEntry.metalShare(gb) - set) < 0.05).findFirst().orElse(null);
    }

    static boolean isApple(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return APPLE_CHIP.matcher(t).matches() || t.contains("mac");
    }

    /** Cards are the same when their names agree once brand words, memory sizes, separators and case are dropped. */
    private static String key(GpuSpotter.CardSpan c) {
        String t = BRAND_WORD.matcher(MEMORY_IN_NAME.matcher(c.text().toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
        // "Mac Studio M2 Ultra … Apple M2 Ultra chip": the machine's name before its chip's
        t = MAC_BEFORE_CHIP.matcher(t).replaceAll("");
        return NON_ALNUM.matcher(t).replaceAll("");
    }

    /**
     * The group of a card named before {@code c} under another of the catalog's names of the same entry ("Strix Halo (Ryzen
     * AI Max+ 395)", "RTX 5880 ADA … RTX 5880"): one card named two ways. Names each counted ("3x P106-090, 1x P106-100",
     * which the catalog sizes alike) or joined as a list ("P106-090 and P106-100") are cards of their own.
     */
    private Group sameEntryOtherName(Collection<Group> groups, GpuSpotter.CardSpan c, String s) {
        String entry = entryOf(c);
        if (entry == null) return null;
        for (Group g : groups) {
            if (!g.spans.stream().allMatch(x -> entry.equals(entryOf(x)))) continue;
            if (c.count() != null && g.spans.stream().anyMatch(x -> x.count() != null)) continue;
            GpuSpotter.CardSpan last = g.spans.get(g.spans.size() - 1);
            String gap = gap(s, last, c);
            if (gap != null && !chipWithItsGraphics(gap, c)
                    && (LIST_LINK.matcher(gap.strip()).matches() || Prefilter.find(AND, gap) || Prefilter.find(OR, gap))) continue;
            return g;
        }
        return null;
    }

    private static final Pattern WITH_ITS_GRAPHICS = Pattern.compile("w/|with", Pattern.CASE_INSENSITIVE);

    /**
     * "AMD Ryzen AI Max+ 395 w/ Radeon 8060S", the name the OS gives the chip: a shared-memory chip named with its own graphics
     * (the same catalog entry) is one machine, not a second device.
     */
    private boolean chipWithItsGraphics(String gap, GpuSpotter.CardSpan c) {
        return sharesMemory(c.text()) && WITH_ITS_GRAPHICS.matcher(gap.strip()).matches();
    }

    /** Two names joined by a slash alone, with nothing slashed on either side: "两张A100/A800 80G". */
    private static final Pattern SLASH = Pattern.compile(" ?/ ?");

    /**
     * The group of the data-centre card slashed right before {@code c} when both are one design sold under two names (same
     * segment and architecture, one's memory sizes among the other's): "A100/A800", "H100/H800" are either card, one
     * setup, not options weighed. Consumer cards slashed ("3090/4090") stay options.
     */
    private Group siblingAcrossSlash(Collection<Group> groups, GpuSpotter.CardSpan c, String s) {
        String kind = kindOf(c);
        if (kind == null || !kind.startsWith("datacenter ") || c.count() != null) return null;
        if (c.end() < s.length() && SLASH_AFTER.matcher(s).region(c.end(), s.length()).lookingAt()) return null;
        for (Group g : groups) {
            GpuSpotter.CardSpan last = g.spans.get(g.spans.size() - 1);
            if (last.end() > c.start() || !SLASH.matcher(s.substring(last.end(), c.start())).matches() || !kind.equals(kindOf(last))) continue;
            if (last.start() > 0 && SLASH_END.matcher(s.substring(0, last.start())).matches()) continue;
            Set<Double> a = vocabulary.memoryOf(bareName(last));
            Set<Double> b = vocabulary.memoryOf(bareName(c));
            if (!a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a))) return g;
        }
        return null;
    }

    private static final Pattern SLASH_AFTER = Pattern.compile(" ?/ ?[a-z0-9]");

    private String kindOf(GpuSpotter.CardSpan c) {
        return vocabulary.gpuKind(bareName(c));
    }

    private static String bareName(GpuSpotter.CardSpan c) {
        return MEMORY_IN_NAME.matcher(c.text().toLowerCase(Locale.ROOT)).replaceAll("").strip();
    }

    /** The catalog entry a mention's name (without its memory) names, when it names one only. */
    private String entryOf(GpuSpotter.CardSpan c) {
        return vocabulary.canonicalGpu(bareName(c));
    }

    private static final Pattern FORM_FACTOR = Pattern.compile("(?:sxm\\d?|pcie|nvl|hbm\\de?)+$");

    /**
     * A group of the same card where one of the two names adds only a form factor (SXM2, PCIe, NVL) or its memory's type
     * ("NVIDIA H100 80GB HBM3 … H100") to the other.
     */
    private static Group sameCardOtherForm(Map<String, Group> groups, String key) {
        String base = FORM_FACTOR.matcher(key).replaceAll("");
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            String other = FORM_FACTOR.matcher(e.getKey()).replaceAll("");
            if (other.equals(base) && (base.equals(key) || other.equals(e.getKey()))) return e.getValue();
        }
        return null;
    }

    /**
     * "my laptop running an RTX 3060 … GPU[0] NVIDIA GeForce RTX 3060 Laptop GPU": a card named bare and, in another
     * sentence, as its laptop version is that one laptop card; in one sentence ("a 4090 and a 4090 laptop") two machines.
     */
    private static Group laptopOfSame(Map<String, Group> groups, String key, GpuSpotter.CardSpan c, String s) {
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            String other = e.getKey();
            if (!(other + LAPTOP).equals(key) && !(key + LAPTOP).equals(other)) continue;
            if (laterSentence(e.getValue(), c, s)) return e.getValue();
        }
        return null;
    }

    /** The mention {@code c} comes after the group's last mention, in another sentence: a name said again, not a pair. */
    private static boolean laterSentence(Group g, GpuSpotter.CardSpan c, String s) {
        GpuSpotter.CardSpan last = g.spans.get(g.spans.size() - 1);
        return last.end() <= c.start() && !sameSentence(s, last.end(), c.start());
    }

    private static final String LAPTOP = "laptop";

    /** A bin's name: a family's name ending in a letter, then the bin's digit ("910b3": the 910B's third bin). */
    private static final Pattern BIN = Pattern.compile("([a-z0-9]*[0-9][a-z])[0-9]");

    /**
     * "ascend 910B3 & … 是否支持在华为ascend 910b系列上推理": a bin named and, in another sentence, its family's bare name is
     * that one card, named less exactly; in one sentence ("910B3还是910B4", "910B or 910B3") they are cards weighed.
     */
    private static Group familyOfBin(Map<String, Group> groups, String key, GpuSpotter.CardSpan c, String s) {
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            if (!binAndFamily(e.getKey(), key) && !binAndFamily(key, e.getKey())) continue;
            if (laterSentence(e.getValue(), c, s)) return e.getValue();
        }
        return null;
    }

    private static boolean binAndFamily(String bin, String family) {
        Matcher m = BIN.matcher(bin);
        return m.matches() && family.length() >= 3 && (m.group(1).endsWith(family) || family.endsWith(m.group(1)));
    }

    /** An Apple chip's generation and tier in a mention's key: "m2" and "m2pro" in "applem2pro", "m2mac", "macbookprom2max". */
    private static final Pattern APPLE_CHIP_TIER = Pattern.compile("m([1-9])(pro|max|ultra)?(?![0-9])");

    /**
     * "slow on M2 Mac … a new Mac with an M2 Pro chip": an Apple chip named bare and, in another sentence, with its tier
     * (Pro, Max, Ultra) of the same generation is that one chip; in one sentence ("M2 or M2 Pro?") they are two.
     */
    private static Group appleTierOfSame(Collection<Group> groups, GpuSpotter.CardSpan c, String s) {
        Matcher mine = APPLE_CHIP_TIER.matcher(key(c));
        if (!isApple(c.text()) || !mine.find()) return null;
        for (Group g : groups) {
            GpuSpotter.CardSpan last = g.spans.get(g.spans.size() - 1);
            Matcher other = APPLE_CHIP_TIER.matcher(key(last));
            if (!isApple(last.text()) || !other.find() || !other.group(1).equals(mine.group(1))) continue;
            // one of the two bare, the other with a tier: the bare name says less of the same chip
            if ((other.group(2) == null) == (mine.group(2) == null)) continue;
            if (laterSentence(g, c, s)) return g;
        }
        return null;
    }

    /** The memory a mention states, in its own figure or its name ("3060 12GB"). */
    private static Double memoryOf(GpuSpotter.CardSpan c) {
        if (c.memoryGb() != null) return c.memoryGb();
        Matcher m = MEMORY_IN_NAME.matcher(c.text().toLowerCase(Locale.ROOT));
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
