package dev.llmadvisor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Spots GPUs with how many and how much memory: "2x 3090", "dual 3090", "两张3090", "3090 x2", "A100 80GB",
 * "M3 Max 64GB", "5090 笔记本". Names come from the vocabulary and from generic shapes (RTX/GTX/RX
 * numbers, bare GeForce numbers, data-centre cards, Apple chips), so unknown cards still come through.
 */
final class GpuSpotter {

    /** A name ends at a word boundary; memory ("1080ti11g") or "gpu" ("2080tigpu") may be glued on. */
    // "4090x2": a count glued on (x2 to x8; "x16" is a PCIe slot's lanes); "3090FE", "3090TiFE": NVIDIA's Founders Edition
    private static final String END = "(?=s?(?![a-z0-9])|\\d{1,3}(?:gb?|gib)(?![a-z0-9])|gpus?(?![a-z])|[x×][2-8](?![0-9a-z]|\\.\\d)|fe(?![a-z0-9]))";
    /** DGX Spark's short name ({@link #GENERIC}), which the catalog does not take as an alias: alone it is Apache Spark's too. */
    private static final String BARE_SPARK = "spark";
    private static final Pattern GENERIC = Pattern.compile(Patterns.CARD_START + "(?:"
            + "(?:nvidia ?)?(?:geforce ?)?(?:rtx|gtx) ?-? ?(?:pro ?|a)?\\d{3,4}(?: ?(?:ti|super|ada|blackwell|d)){0,2}"
            + "|(?:amd ?)?(?:radeon ?)?(?:rx ?-? ?)?\\d{4} ?(?:xtx|xt|gre)"
            + "|(?:amd ?)?(?:radeon ?)?rx ?-? ?\\d{3,4}"
            + "|(?:nvidia ?)?(?:[1-5]0[5-9]0|16[3-6]0)(?: ?(?:ti|super|d)){0,2}"
            // a data-centre card with its form factor: "A100-SXM4", "H100 NVL", "H800 PCIe" are variants of their own
            + "|(?:nvidia ?)?(?:tesla ?)?(?:a100|a800|a6000|a5000|a4000|a2000|a40|a30|a10g|a10|a16|h100|h200|h800|h20|l40s|l40|l20|l4|v100s?"
            + "|p100|p40|p4|m40|m60|m10|k80|t4|b200|b100|gb200|gh200)(?:[- ]?(?:sxm\\d?|pcie|nvl))?"
            + "|(?:amd ?)?(?:instinct ?)?mi(?:50|60|100|210|250x?|300x|300a|325x|355x)"
            + "|(?:(?:mac ?(?:mini|studio|pro)|macbook ?(?:pro|air)?|imac) ?)?m[1-5](?: ?(?:pro|max|ultra))?"
            + "|(?:intel ?)?arc ?[ab]\\d{3}"
            // Huawei NPUs: the catalog knows the 910, 910B, 310P and 310B; other chips (910C, 950) are named so that the answer
            // can say it does not know them
            // (a bin letter, never a count glued on: "Ascend 910x2" is two Ascend 910s)
            + "|(?:huawei ?|华为 ?)?(?:ascend|昇腾|升腾) ?\\d{3}(?:(?![x×][2-8](?![0-9a-z]))[a-z]\\d?)?"
            // the bare chip names: "910B机器", "310P卡" (no model has 910B or 310B parameters)
            + "|[39]10[bp]\\d?"
            // Moore Threads: "MTT S80", "摩尔线程 MTT S4000"
            + "|(?:moore ?threads ?|摩尔线程 ?)?mtt ?s\\d{2,4}"
            // "my spark", "two Sparks": NVIDIA's DGX Spark by its short name, said of a machine owned or counted (not Apache
            // Spark's "spark cluster", "spark job")
            + "|" + BARE_SPARK + "(?<=(?<![a-z])(?:my|our|the|this|one|two|three|four|both|single|stacked|\\d ?x?) " + BARE_SPARK + ")"
            + "(?! ?(?:sql|cluster|jobs?|session|context|streaming|dataframe|of)(?![a-z]))"
            + ")" + END);

    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            entry("one", 1), entry("single", 1), entry("一", 1), entry("单", 1),
            entry("two", 2), entry("both", 2), entry("dual", 2), entry("twin", 2), entry("pair of", 2), entry("couple of", 2), entry("couple", 2), entry("二", 2), entry("两", 2),
            entry("一对", 2), entry("一對", 2),
            entry("俩", 2), entry("双", 2), entry("three", 3), entry("triple", 3), entry("三", 3), entry("four", 4),
            entry("quad", 4), entry("四", 4), entry("five", 5), entry("五", 5), entry("six", 6), entry("六", 6),
            entry("seven", 7), entry("七", 7), entry("eight", 8), entry("八", 8), entry("half a dozen", 6), entry("dozen", 12));
    // "a couple 3090s" (no "of"), "一对3090" (a pair), "a dozen A100s", "half a dozen 3090s"
    private static final String COUNT_WORD = "one|single|two|dual|twin|pair of|couple of|couple|three|triple|four|quad|five|six|seven"
            + "|eight|half a dozen|dozen|一对|一對|一|单|二|两|俩|双|三|四|五|六|七|八";
    /**
     * A bare number right after the name of an operating system or a GPU stack is its version, not a count of the card after
     * it: "Win 11 RTX 4060", "Windows 10 3090", "macOS 14 M2 Max", "CUDA 12 RTX 4090", "ROCm 6 7900 XTX", "Debian 12 3090".
     */
    private static final String NOT_VERSION = "(?<!\\b(?:win|windows|macos|os x|ios|ipados|android|ubuntu|debian|fedora|centos|rhel|mint"
            + "|cuda|rocm|jetpack|driver) )";
    /**
     * "2x 3090", "8 * 4090", "4块", "dual", "dual-A100", "8-GPU 4090", "4 GPU Mi50": a count before the name. A bare number
     * without a marker counts cards only up to 16 ("83 / 87 RTX 3090" is no count), or after a verb ("used 72 H100"), and never after a multiplier sign ({@link Patterns#NOT_MULTIPLIER})
     * or when a hyphen glues it to the word before: the end of a version or an image tag ("cuda-12", "…-gpu-nvidia-cuda-12\nRTX 3060";
     * a range's "1-2 Tesla P40" still counts).
     */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?<![a-z0-9./])(?<![a-z]-)" + Patterns.NOT_MULTIPLIER + "(?:(\\d{1,3}(?= ?[x×*])|\\d{1,3}(?=[- ]?(?:gpus?|cards?|张|块|个|片|台|卡|路|way|pcs|pieces))|(?<=(?:used|using|have|has|with|rent|rented|buy|bought|on|of) )\\d{1,3}|" + NOT_VERSION + "(?:1[0-6]|[1-9])(?!\\d))"
                    // "8台V100": 台 counts cards as 张 does (each a machine of one card at least); "4-way 3090" (a multi-GPU
                    // rig's usual name), "2pcs 3090", "2 pieces of 3090" (a seller's count) count cards as "4x" does
                    + "(?: ?(?:x|×|\\*|张|块|个|片|台|卡|路)|[- ]?way| ?pcs| pieces(?: of)?)?|(" + COUNT_WORD + ")(?: ?(?:x|张|块|个|片|台|卡|路)|-)?)"
                    + "(?:[- ]?(?:gpus?|cards?))? ?(?:张|块|卡)? ?$");
    /**
     * "x4", "* 4", "gpu * 4", ") × 2", "(x4)", "(2x)", "4张", "3090，两块": a count written after the name (a closing bracket or a comma
     * may come first); "*12g" and "16个G" are memory. After a comma the count must end its clause, so "3090，两张A100" counts the A100.
     */
    private static final Pattern COUNT_AFTER = Pattern.compile(
            "^ ?\\)? ?(?:(?:gpus?|cards?|显卡|卡) ?)?(?:[(（] ?(\\d{1,2}) ?[x×] ?[)）]|[(（]? ?(?:x|×|\\*) ?(\\d{1,3})(?!\\d|\\.\\d| ?(?:gb|gib|g)(?![a-z])| ?lanes?)|(?:[,、] ?(?=\\S{1,2} ?(?:张|块)(?:显?卡)? ?(?:[,.;:!?、。；\\n]|$)))?(\\d{1,2}|一|二|两|俩|三|四|五|六|七|八) ?(?:张|块|个(?! ?(?:gb|gib|g)(?![a-z]))|片)"
                    // "3090 (two of them)", "4090, 2 of them": the count said of the card just named
                    + "|[(（,]? ?(\\d{1,2}|two|three|four|five|six|seven|eight) of them(?![a-z])"
                    // "3090双路", "A100 四路": 路 ("ways") after the name as before it, unless a CPU's sockets follow ("双路EPYC")
                    + "|(\\d|二|两|双|三|四|八) ?路(?! ?(?:cpu|epyc|xeon|至强|处理器|服务器cpu|amd|intel))"
                    // "3090 SLI", "3090 NVLink pair", "3090s in SLI": a bridged pair is two cards (SLI and NVLink bridges on
                    // consumer cards join two; "3-way SLI" is written with its count before)
                    + "|(?:in )?(sli|nvlink(?:ed)? pair|nvlinked|pair)(?![a-z]))");
    /**
     * "12GB", "(80G)", "- 24 GB", "/80G" ("A100/80G"; not a spec list's "3090 / 32GB DDR5"), "*12g" ("3060*12g*2"), "(16 * 23g)", "魔改22G" (a memory mod): the card's
     * memory after its name, possibly with a count inside; never a bandwidth ("288 GB/s"). Spaced, "RTX 4090 / 24GB" is the
     * card's memory only when it is sold with it ({@code slash}).
     */
    private static final Pattern MEMORY_AFTER = Pattern.compile(
            "^(?:/(?=\\d)|(?<slash> ?/ ?)| ?(?:(?:gpus?|cards?|显卡) ?)?[(\\[]? ?(?:with |w/ ?|\\* ?|每张?卡|per card |each |has |is |(?<total>total |总共?|共)|有|是|的|- ?|显存|vram ?|魔改(?:到|成|版)? ?|modded(?: to)? )? ?"
                    // "T4, each card has 14.8GB", "A100 GPUs (each GPU has 80G memory)", "T4,每张显卡14.80GB": each card's memory, said apart
                    + "| ?(?:(?:gpus?|cards?|显卡) ?)?[,，(（] ?(?:each (?:one |gpu |card )?(?:has |with |of )?(?:only |just )?|每[张块个](?:显?卡)?(?:有|是)?(?:显存)? ?))(?:(?<each>\\d{1,3}) ?[x×*] ?)?(?<gb>\\d{1,4}(?:\\.\\d{1,2})?) ?(?:个 ?)?(?:gb|gib|g|gigs?)(?![a-z])(?! ?/ ?s(?![a-z]))");
    /**
     * "显卡是3080，10G内存", "RTX 3060, 12GB memory", "4090的24GB内存", "my 3060 with its 12GB memory", "a 4090 that has 24GB of
     * memory": an amount set apart by a comma or joined to the card by 的 / with / has, called by the general memory word, is
     * the card's own when the card is sold with exactly that much ({@link #soldWith}); another amount ("3060，16G内存") and
     * the RAM words ("3060, 32GB RAM", "运行内存") stay the system's.
     */
    private static final Pattern SOLD_SIZE_AS_MEMORY_AFTER = Pattern.compile(
            "^ ?(?:, ?|的 ?|(?:(?:that|which) )?(?:with|has|having|comes with)(?: (?:its|it's|a|an|the|only|just))? |(?:只|才)?有 ?)"
                    + "(?<gb>\\d{1,3}) ?(?:gb|g)(?: ?的)? ?(?:of )?(?:内存|memory)(?![a-z条])");
    /**
     * An NVIDIA vGPU profile written onto the board's name: "A40-24Q", "A100-40C", "T4-16Q", "L40S-48Q". The number is the
     * slice's frame buffer in GB and the letter its series (A, B, C, Q), per NVIDIA's Virtual GPU Software User Guide
     * (docs.nvidia.com/vgpu, "Virtual GPU Types"): the guest sees a card of that memory, not the whole board.
     */
    private static final Pattern VGPU_PROFILE_AFTER = Pattern.compile("^-(\\d{1,3})[abcq](?![a-z0-9])");
    /** A name with its memory glued on after a letter: "4060ti16GB" (not "A100-80G" or "H20 96GB", written apart). */
    private static final Pattern GLUED_MEMORY = Pattern.compile("(?i)(.*\\d.*[a-z])(\\d{1,3}(?:\\.\\d)? ?(?:gb|gib|g))");
    /** A bare card number with its memory glued on: "306012GB", "40608G", "9604GB" (3060 12GB, 4060 8G, 960 4GB). */
    private static final Pattern GLUED_MEMORY_TO_NUMBER = Pattern.compile("(?i)([1-9]\\d{2,3})(\\d{1,2}) ?(gb|gib|g)");
    /**
     * The start of a row of nvidia-smi's (or npu-smi's) device table, before the device's index; also with the timestamp a
     * log collector puts before each line ("2026-07-15T09:15:41+00:00 | 2     910B3", as docker logs -t writes it).
     */
    private static final Pattern SMI_ROW_START = Pattern.compile("\\n(?:\\d{4}-\\d\\d-\\d\\d[t ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:z|[+-]\\d\\d:?\\d\\d)? +)?\\| +$",
            Pattern.CASE_INSENSITIVE);
    /** A resolution's width before its height ("1920x", "2560 × "): four digits, more than any count of cards. */
    private static final Pattern RESOLUTION_WIDTH_BEFORE = Pattern.compile("(?<![0-9.])[1-9]\\d{3} ?[x×*] ?$");
    /** A height after a width written first ("1080x1920", portrait): three or four digits, no memory unit. */
    private static final Pattern RESOLUTION_HEIGHT_AFTER = Pattern.compile("^ ?[x×*] ?[1-9]\\d{2,3}(?![0-9.]| ?(?:gb?|gib)(?![a-z]))");
    /** CPU names whose numbers look like cards: "Ryzen 5 5600G", "i7 6700", "Xeon E5 2697". */
    private static final Pattern CPU_BEFORE = Pattern.compile(
            "(?:ryzen(?: ai)?(?: [3579]| threadripper)?(?: pro)?|core(?: i[3579])?|i[3579]-?|xeon(?: [ew][357]?)?|epyc|athlon|celeron|pentium|threadripper(?: pro)?) ?$");
    /** Core i9 numbers start at 7900 (Skylake-X, 2017): "i9 4060" in a spec line is the CPU's tier, then the card. */
    private static final Pattern I9_TIER_THEN_CARD = Pattern.compile("i9-? ?[1-6]\\d{3}(?![0-9])");
    /** A source file's name and the colon before its line number: "worker.py:", "ggml-cuda.cu:". */
    private static final Pattern SOURCE_FILE_BEFORE = Pattern.compile("[a-z0-9_]\\.(?:py|cpp|cc|c|cu|h|hpp|rs|go|java|js|ts):$");
    /** A Mac named before its chip, as several machines ("Mac Studios", "Mac mini machines", "Studios"). */
    private static final Pattern MAC_MACHINE_BEFORE = Pattern.compile(
            "(?<![a-z])(?:apple )?(?:mac ?(?:studio|mini|pro)s?|macbook(?: ?pro| ?air)?s?|macs|studios|minis)(?: (?:machines|computers|boxes|units))?(?: with)? ?$");
    static Integer countBeforeMachine(String s, int at) {
        Matcher m = before(COUNT_BEFORE, s, at);
        return m == null ? null : countOf(m.group(1) != null ? m.group(1) : m.group(2));
    }
    private static final Pattern DGX_BEFORE = Pattern.compile("(?<![a-z0-9])(?:nvidia )?[dh]gx(?:-?(2)|-?1|( station))?[- ]?$");
    private static final Pattern DGX_NAME = Pattern.compile("(?:nvidia )?[dh]gx(?![- ]?(?:spark|station|2))");
    /** "x3 7900 XTX", "×2 3090": the multiplier sign written before the count; not a PCIe slot's lanes ("PCIe x4 3090"). */
    private static final Pattern SIGN_FIRST_COUNT_BEFORE = Pattern.compile("(?<![a-z0-9./])(?<!pcie )(?<!pci-e )(?<!gen[345] )[x×]([2-8]) ?$");
    private static final Pattern MEMORY_TIMES_COUNT_BEFORE = Pattern.compile("(?<![a-z0-9.])(\\d{1,3}) ?(?:gb|gib|g) ?[x×*] ?(\\d{1,2}) ?$");
    /** "12G的3060", "16个G的4060ti", "a 16-gig 4060 Ti": the card's memory before its name. */
    private static final Pattern MEMORY_BEFORE = Pattern.compile(
            "(?<![a-z0-9.])(\\d{1,4})(?: ?(?:个 ?)?|-)(?:gb|g|gigs?)(?:-| ?(?:的|版|版本)? ?)$");
    /** A memory size inside a card's name as written ("RTX 3060 12GB"; not "A10G", a name of its own). */
    private static final Pattern MEMORY_IN_NAME = Pattern.compile("(?<![a-z0-9.])\\d{1,3}(?:\\.\\d)? ?(?:gb|gib|g)(?![a-z])");
    private static final Pattern LAPTOP_AFTER = Pattern.compile("^ ?(?:laptop|notebook|mobile|笔记本|移动版|移动端)");
    /** "4090 48G 魔改版两张", "2080ti 22g (modded) x2": a memory mod said after the memory, before a count. */
    private static final Pattern MOD_AFTER = Pattern.compile("^ ?[(（]? ?(?:魔改版?|改版|modded|mod)[)）]?(?![a-z])");
    /**
     * "2x MSI 3090", "4 Galax 3070ti", "两张华硕4090": the maker of a board (with its product line) stands between a
     * count and the card's name, and the count is the card's.
     */
    private static final Pattern BOARD_MAKER_BEFORE = Pattern.compile(
            "(?<![a-z0-9])(?:asus|msi|gigabyte|zotac|evga|pny|galax|kfa2|palit|gainward|inno3d|colorful|sapphire|xfx|powercolor|asrock"
                    + "|华硕|微星|技嘉|七彩虹|索泰|影驰|铭瑄|映众|耕升|蓝宝石|讯景|瀚铠|撼讯)"
                    + "(?: ?(?:rog strix|rog|strix|tuf gaming|tuf|aorus|gaming x trio|gaming oc|gaming x|gaming|ventus|suprim x|suprim|eagle"
                    + "|windforce|trinity|amp|twin edge|oc))? ?$");
    private static final Pattern LAPTOP_BEFORE = Pattern.compile("(?:laptop|notebook|笔记本) ?(?:的|版)? ?$");
    /**
     * The laptop said to hold the card a few words before it ("my laptop has an RTX 3060", "a gaming laptop with a 4090",
     * "laptop: RTX 3070", 笔记本是3060显卡, 笔记本显卡是4060): the card is the laptop part (a 3060 Laptop has 6 GB, not 12).
     */
    private static final Pattern LAPTOP_HOLDS_BEFORE = Pattern.compile(
            "(?<![a-z])(?:laptop|notebook)(?: pc| computer)?(?: (?:has|had|have|with|w/|got|runs|running|uses|using|comes with|that has"
                    + "|which has|(?:is )?equipped with|features)(?: (?:an?|the|only|just|one))?| ?[:：(（])(?: (?:nvidia|geforce|nvidia geforce))? ?$"
                    + "|笔记本(?:电脑)?(?:的)?(?:是|用的是|显卡是|显卡|配的是|配置是|配|带|带的是)(?:的)? ?$");
    private static final List<String> RAM_WORDS = List.of("ram", "内存", "ddr", "system", "sys ", "系统内存", "系统ram", "运行内存", "运存", "rdimm", "dimm", "lrdimm", "ecc");

    private static final int MAX_GPU_GB = 512;
    /** Beyond a few racks nobody counts cards in a chat; larger numbers are something else. */
    private static final int MAX_COUNT = 512;
    private static final int LOOK = 24;

    private final Pattern names;
    private final Vocabulary vocabulary;

    /**
     * "2A100", "on 8H100 GPUs", "on 4A10": a one-digit count glued to a data-centre card whose name is a letter and a
     * number (A100, A800, H100, H200, H800, V100; A10, A30, A40, L4, L20, L40, T4, P40; not H20, as "1h20" is a time). No
     * model size or other name is a digit followed by such a letter and number ("7B100" would be B, which is left out), so
     * the digit is the count that {@link #COUNT_BEFORE} reads as "2 A100".
     */
    private static final String GLUED_COUNT_START = "(?<=(?<![a-z0-9.,/:_-])[1-9])(?=(?:[ahv]\\d00|a[134]0|l[24]0|l4|t4|p40)(?![0-9]))";
    /**
     * Brand words people put before any name as they like ("NVIDIA RTX 4090 D", "AMD Radeon RX 7900 XTX"): a name of
     * the vocabulary matches with them, so a shorter generic shape starting at the brand word does not win.
     */
    private static final String BRAND_WORDS = "(?:(?:nvidia|geforce|tesla|quadro|amd|radeon|intel|apple|huawei|华为) ?-? ?){0,2}";

    GpuSpotter(Vocabulary vocabulary) {
        this.names = Patterns.anyOf(vocabulary.gpuNames(), "(?:" + Patterns.CARD_START + "|" + GLUED_COUNT_START + ")" + BRAND_WORDS, END);
        this.vocabulary = vocabulary;
    }

    /**
     * A card named in the text: where (the name with its count and memory words), the name as written, the
     * count if one was written (null: none), the memory if one was written with it, and laptop words.
     */
    record CardSpan(int start, int end, String text, Integer count, Double memoryGb, boolean laptop) {
        int countOrOne() { return count == null ? 1 : count; }
    }

    List<CardSpan> spot(Scan scan) {
        String s = scan.free();
        List<Span> candidates = new ArrayList<>();
        if (names != null) find(names, s, candidates);
        // the prefilter keeps what it works out per pattern, so it is asked of the static pattern only, not of each parser's names
        if (Prefilter.mayFind(GENERIC, s)) find(GENERIC, s, candidates);
        List<CardSpan> gpus = new ArrayList<>();
        for (Span found : Span.longestNonOverlapping(candidates)) {
            Span name = pluralOfBase(scan, s, found);
            // "bge-m3", "xxx-m2": a chip's name glued to a word before it is the end of another name (a model's)
            if (Patterns.gluedToWord(scan.low, name.start()) && HardwareReader.isApple(s.substring(name.start(), name.end()))) continue;
            // "model_runner.py:1060]": a bare number after a source file's name is a line number in a log
            if (Character.isDigit(s.charAt(name.start())) && before(SOURCE_FILE_BEFORE, s, name.start()) != null) continue;
            // "1920x1080", "2560*1080": a bare number in a screen or image resolution is its height, not a GTX 1080
            if (Character.isDigit(s.charAt(name.start())) && (before(RESOLUTION_WIDTH_BEFORE, s, name.start()) != null
                    || after(RESOLUTION_HEIGHT_AFTER, s, name.end()) != null)) continue;
            Matcher cpu = before(CPU_BEFORE, s, name.start());
            if (cpu != null && !Prefilter.find(I9_TIER_THEN_CARD, s.substring(cpu.start(), name.end()))) {
                scan.take(cpu.start(), name.end());
                continue;
            }
            gpus.add(describe(scan, s, name, vocabulary));
        }
        return gpus;
    }

    /** Words before a card that make a name ending in "s" a plural: "several V100s", "both A100s", "these L40s". */
    private static final Pattern PLURAL_BEFORE = Pattern.compile(
            "(?<![a-z])(?:several|multiple|many|both|these|those|all|some|a few|a bunch of|a number of|a pair of|a couple of)"
                    + "(?: (?:of )?(?:my|our|the|their))? (?:nvidia |tesla |geforce )?$");

    /**
     * "two V100s", "2x 4070Tis", "several L40s": a catalog name that ends in "s" and is another card's name with an "s"
     * glued on (V100S / V100, L40S / L40, 4070 TiS / 4070 Ti) is that other card in the plural when a count above one or a
     * plural word comes before it and the "s" is written lower-case ("2x V100S" stays the V100S). The name then ends before
     * the "s", which {@link #describe} takes as a plural's.
     */
    private Span pluralOfBase(Scan scan, String s, Span name) {
        int last = name.end() - 1;
        if (last <= name.start() || s.charAt(last) != 's' || scan.text.charAt(last) != 's') return name;
        String written = s.substring(name.start(), name.end());
        String baseEntry = vocabulary.canonicalGpu(written.substring(0, written.length() - 1));
        if (baseEntry == null || baseEntry.equals(vocabulary.canonicalGpu(written))) return name;
        Integer n = countBeforeMachine(s, name.start());
        boolean plural = n != null ? n > 1 : before(PLURAL_BEFORE, s, name.start()) != null;
        return plural ? new Span(name.start(), last, name.value()) : name;
    }

    private static void find(Pattern p, String s, List<Span> into) {
        Matcher m = p.matcher(s);
        while (m.find()) into.add(new Span(m.start(), m.end(), null));
    }

    /** Reads count, memory and laptop words around one card name and claims them with it. */
    private static CardSpan describe(Scan scan, String s, Span name, Vocabulary vocabulary) {
        String text = scan.text.substring(name.start(), name.end()).trim();
        if (text.equalsIgnoreCase(BARE_SPARK)) text = "DGX Spark";
        // "4060ti16GB", "3090ti24g": the memory written onto the name, parted from it as "4060ti 16GB" is
        // ("A10G" is a name of its own: the part before the figure must be a card the catalog knows)
        Matcher glued = GLUED_MEMORY.matcher(text);
        if (glued.matches() && vocabulary.canonicalGpu(glued.group(1).toLowerCase(Locale.ROOT)) != null) text = glued.group(1) + " " + glued.group(2);
        // "306012GB": with no letter between them, the figures part only where the number is a card sold with that memory
        // (the catalog's "3060 12gb" alias matches the glued form too, which would read as a card of 306012 GB)
        Matcher gluedToNumber = GLUED_MEMORY_TO_NUMBER.matcher(text);
        if (gluedToNumber.matches() && soldWith(vocabulary, gluedToNumber.group(1), gluedToNumber.group(2))) {
            text = gluedToNumber.group(1) + " " + gluedToNumber.group(2) + gluedToNumber.group(3);
        }
        boolean apple = HardwareReader.isApple(text);
        int start = name.start();
        int end = name.end();
        boolean sGlued = end < s.length() && s.charAt(end) == 's';
        if (sGlued) end++;
        Integer count = null;
        Double memory = null;
        boolean memoryIsTotal = false;
        boolean laptop = false;

        // "a DGX H100": NVIDIA's DGX systems hold eight of their GPU (DGX-1, DGX A100/H100/H200/B200), DGX-2 sixteen,
        // a DGX Station four; HGX boards are sold mostly with eight (NVIDIA's DGX and HGX product pages)
        Matcher dgx = before(DGX_BEFORE, s, start);
        if (dgx != null) {
            count = dgx.group(1) != null ? 16 : dgx.group(2) != null ? 4 : 8;
            start = dgx.start();
            // "2x DGX H100": that many systems
            Matcher systems = before(COUNT_BEFORE, s, start);
            if (systems != null) {
                count *= countOf(systems.group(1) != null ? systems.group(1) : systems.group(2));
                start = systems.start();
            }
        }
        Matcher maker = dgx != null ? null : before(BOARD_MAKER_BEFORE, s, start);
        if (maker != null) start = maker.start();
        Matcher m = dgx != null ? null : before(COUNT_BEFORE, s, start);
        // "一台3090*2的机器": one 台 is the machine, whose cards are counted after the name
        if (m != null && m.group().strip().endsWith("台") && countOf(m.group(1) != null ? m.group(1) : m.group(2)) == 1) m = null;
        // "|   1  NVIDIA A100 …": the index of a row of nvidia-smi's table, not a count
        if (m != null && smiRowIndex(s, m.start())) m = null;
        // "3 Mac Studios M2 Ultra", "2 Mac minis M4 Pro": the machines counted before the chip each hold one
        Matcher machines = m != null || !apple ? null : before(MAC_MACHINE_BEFORE, s, start);
        if (machines != null && (m = before(COUNT_BEFORE, s, machines.start())) != null) start = machines.start();
        if (m != null) {
            count = countOf(m.group(1) != null ? m.group(1) : m.group(2));
            start = m.start();
        } else if (dgx == null && (m = before(MEMORY_TIMES_COUNT_BEFORE, s, start)) != null && gpuMemory(m.group(1)) != null) {
            // "24G×6 nvidia A10": each card's memory times the count, before the name
            memory = gpuMemory(m.group(1));
            count = Integer.parseInt(m.group(2));
            start = m.start();
        } else if (dgx == null && (m = before(SIGN_FIRST_COUNT_BEFORE, s, start)) != null) {
            count = Integer.parseInt(m.group(1));
            start = m.start();
        }
        // a catalog alias that holds the system's word ("DGX B200"): eight of the card per system, as above
        if (dgx == null && DGX_NAME.matcher(text.toLowerCase(Locale.ROOT)).lookingAt()) count = (count == null ? 1 : count) * 8;
        m = before(LAPTOP_BEFORE, s, start);
        if (m != null) {
            laptop = true;
            start = m.start();
        } else if (before(LAPTOP_HOLDS_BEFORE, s, start) != null && hasLaptopPart(vocabulary, text)) {
            // the words stay outside the card's span: they say whose card it is, not its name
            laptop = true;
        }
        // "64GB RTX 3060 12GB": a name that holds its memory leaves the amount before it to the item before (the RAM)
        m = Prefilter.find(MEMORY_IN_NAME, text.toLowerCase(Locale.ROOT)) ? null : before(MEMORY_BEFORE, s, start);
        // where the amount before the name began, while the card's memory may still be stated after it
        int memoryBeforeFrom = -1;
        int nameStart = start;
        // "i5-12400 32G RTX 3060": an amount right after the CPU's name is the machine's RAM, unless the card is sold with it
        if (m != null && !endsWithRamWord(s, m.start())
                && !(PlatformSpotter.cpuRightBefore(s, m.start()) && !soldWith(vocabulary, text, m.group(1)))) {
            memory = gpuMemory(m.group(1));
            memoryBeforeFrom = m.start();
            start = m.start();
            // "4块12G的2080Ti": the count comes before the memory
            if (count == null && (m = before(COUNT_BEFORE, s, start)) != null) {
                count = countOf(m.group(1) != null ? m.group(1) : m.group(2));
                start = m.start();
                memoryBeforeFrom = -1;
            }
        }
        if (memory == null && (m = after(VGPU_PROFILE_AFTER, s, end)) != null) {
            memory = gpuMemory(m.group(1));
            end = m.end();
        }
        // count, memory and laptop words may follow in any order: "A100 80GB x4", "5090 笔记本 24G"
        for (int round = 0; round < 3; round++) {
            if (!laptop && (m = after(LAPTOP_AFTER, s, end)) != null) {
                laptop = true;
                end = m.end();
            }
            // an Apple chip's memory is its RAM: "M4 Max 128GB RAM"; "32GB GTX 1070 8GB": in a spec list the amount after the
            // name is the card's, the one before it the item before (the RAM), left unread here
            if ((memory == null || memoryBeforeFrom >= 0 && round == 0) && (m = after(MEMORY_AFTER, s, end)) != null
                    && (apple || !startsWithRamWord(s, m.end()) || gpuRamSaid(vocabulary, text, m))
                    && (apple || count != null || m.group("each") != null || !beyondAnyVariant(vocabulary, text, m.group("gb")))
                    && (m.group("slash") == null || soldWith(vocabulary, text, m.group("gb")))) {
                memory = gpuMemory(m.group("gb"));
                if (memoryBeforeFrom >= 0) start = nameStart;
                memoryBeforeFrom = -1;
                // "Tesla K80 (2x12GB)": that many of the card, each with that memory
                if (count == null && m.group("each") != null) count = Integer.parseInt(m.group("each"));
                end = m.end();
                // "双卡2080ti 共44g", "2x 3090 total 48GB": a total word before the amount sums it over the cards as one after it does
                memoryIsTotal = m.group("each") == null && (m.group("total") != null || after(MemorySpotter.TOTAL_AFTER, s, end) != null);
            }
            if (memory == null && (m = after(SOLD_SIZE_AS_MEMORY_AFTER, s, end)) != null && soldWith(vocabulary, text, m.group("gb"))) {
                memory = gpuMemory(m.group("gb"));
                end = m.end();
            }
            if (memory != null && (m = after(MOD_AFTER, s, end)) != null) end = m.end();
            if (count == null && (m = after(COUNT_AFTER, s, end)) != null) {
                count = m.group(6) != null ? 2 : countOf(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                        : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
                end = m.end();
            }
        }
        if (sGlued && superWrittenShort(vocabulary, s, name, text, count)) text = text + " Super";
        // "2x 4060 Ti with 32GB VRAM total": the memory of all the cards, not of each
        if (memoryIsTotal && memory != null && count != null && count > 1) memory = memory / count;
        scan.take(start, end);
        Integer n = count == null || count < 1 || count > MAX_COUNT ? null : count;
        return new CardSpan(start, end, laptop ? text + " laptop" : text, n, memory, laptop);
    }

    /**
     * "RTX2060s", "GTX2070s", "4070s": a GeForce number with an "s" glued on is its Super when NVIDIA sold one of that number
     * (2060, 2070, 2080, 1660, 4070, 4080), unless a count above one or a plural word makes it a plural ("two 2070s",
     * "many 2080s"); "3090s", "4090s" stay plurals, no Super of theirs existing.
     */
    /** The catalog has a laptop part of this card, another entry than the card itself (a 3060 Laptop; no 3090 Laptop). */
    private static boolean hasLaptopPart(Vocabulary vocabulary, String text) {
        String card = text.toLowerCase(Locale.ROOT);
        String part = vocabulary.canonicalGpu(card + " laptop");
        return part != null && !part.equals(vocabulary.canonicalGpu(card));
    }

    private static boolean superWrittenShort(Vocabulary vocabulary, String s, Span name, String text, Integer count) {
        if (!Character.isDigit(text.charAt(text.length() - 1)) || count != null && count > 1) return false;
        if (before(PLURAL_BEFORE, s, name.start()) != null) return false;
        String superName = vocabulary.canonicalGpu(text + " super");
        return superName != null && !superName.equals(vocabulary.canonicalGpu(text));
    }

    /**
     * "a 3090 with 128gb of memory", "4090, 64GB": an amount after one card that is more than twice the largest size the
     * card is sold with is no memory of that card (a memory mod at most doubles it: 2080 Ti 22G, 4090 48G), so it is
     * left for the memory reader (RAM, a total, a use). Unknown cards keep the amount.
     */
    private static boolean beyondAnyVariant(Vocabulary vocabulary, String card, String digits) {
        Double gb = Patterns.number(digits);
        double largest = vocabulary.memoryOf(card).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return gb != null && largest > 0 && gb > 2 * largest + 0.5;
    }

    /** "RTX 4090 / 24GB": an amount the card is sold with (not "3090 / 64GB", a spec list's RAM). */
    private static boolean soldWith(Vocabulary vocabulary, String card, String digits) {
        Double gb = Patterns.number(digits);
        return gb != null && vocabulary.memoryOf(card).stream().anyMatch(v -> Math.abs(v - gb) < 0.6);
    }

    /** A GPU word between a card and its amount: "rtx 2000 ada gpu with 8gb ram", "T4 graphics card with 16GB RAM". */
    private static final Pattern GPU_WORD_FIRST = Pattern.compile("^ ?(?:gpus?|cards?|graphics cards?|video cards?|显卡)(?![a-z])");

    /** An amount written straight after the name, or after a dash: "RTX 4090 24GB", "RTX 4090 - 24Gb" (no "with", comma or bracket). */
    private static final Pattern AMOUNT_STRAIGHT_AFTER = Pattern.compile("^ ?(?:- ?)?\\d");

    /**
     * "an RTX 2000 Ada GPU with 8GB RAM", "RTX 4090 - 24Gb RAM": an amount the person calls RAM is still the card's memory when
     * a GPU word stands between the name and the amount and the card is sold with that much or more, or when it follows
     * the name straight (as a card's memory is written) and the card is sold with exactly that much. A larger amount ("a
     * 3090 GPU with 64GB RAM"), another one ("RTX 3060 16GB RAM") or one with neither ("a 3060 with 16GB RAM") leaves it
     * for the system's RAM.
     */
    private static boolean gpuRamSaid(Vocabulary vocabulary, String card, Matcher amount) {
        Double gb = Patterns.number(amount.group("gb"));
        double largest = vocabulary.memoryOf(card).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Prefilter.find(GPU_WORD_FIRST, amount.group()) && gb != null && gb <= largest + 0.5
                || AMOUNT_STRAIGHT_AFTER.matcher(amount.group()).lookingAt() && soldWith(vocabulary, card, amount.group("gb"));
    }

    /** Digits (at most two, so they always parse) or a count word. */
    static int countOf(String word) {
        Integer n = COUNT_WORDS.get(word);
        return n != null ? n : Integer.parseInt(word);
    }

    private static boolean smiRowIndex(String s, int at) {
        int from = Math.max(0, at - 48);
        return Prefilter.find(SMI_ROW_START, (from == 0 ? "\n" : "") + s.substring(from, at));
    }

    private static Matcher before(Pattern p, String s, int pos) {
        Matcher m = p.matcher(s);
        m.region(Math.max(0, pos - LOOK), pos).useTransparentBounds(true);
        return m.find() ? m : null;
    }

    private static Matcher after(Pattern p, String s, int pos) {
        Matcher m = p.matcher(s);
        m.region(pos, Math.min(s.length(), pos + LOOK)).useTransparentBounds(true);
        return m.find() ? m : null;
    }

    private static Double gpuMemory(String digits) {
        Double gb = Patterns.number(digits);
        return gb == null || gb <= 0 || gb > MAX_GPU_GB ? null : gb;
    }

    /** "of", "of the", "of ECC": words between an amount and the RAM word that names it ("a 3090 with 64 gigs of RAM"). */
    private static final Pattern BEFORE_RAM_WORD = Pattern.compile("[ 的]*(?:of (?:the )?|of (?=ecc|ddr))?(?:ecc |registered )?");

    private static boolean startsWithRamWord(String s, int i) {
        Matcher gap = BEFORE_RAM_WORD.matcher(s).region(i, s.length());
        int j = gap.lookingAt() ? gap.end() : i;
        for (String w : RAM_WORDS) if (s.startsWith(w, j)) return true;
        return false;
    }

    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s:：=]+$");

    private static boolean endsWithRamWord(String s, int i) {
        // "ram: 32gb", "内存：64g"
        String head = TRAILING_SEPARATORS.matcher(s.substring(Math.max(0, i - 8), i)).replaceAll("");
        for (String w : RAM_WORDS) if (head.endsWith(w.strip())) return true;
        return false;
    }
}
