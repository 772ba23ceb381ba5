package dev.llmadvisor.parse;

import java.util.regex.Pattern;

/**
 * The memory a setup takes, said as higher than expected: the question "why does it take so much memory?" in the forms
 * people ask it, for the diagnosis of a setup that works (the engine that reserves its share of the GPU at start-up,
 * the cache of a whole context allocated at load). One grammar of forms, each built from a noun of memory and a word
 * of "much / more / up", so that a new wording of the same complaint is read by construction rather than by a list of
 * sentences:
 * <ul>
 *   <li>the usage, then how it is: "VRAM usage is very high", "memory consumption doubled", "the memory footprint is
 *       huge", 显存占用过高, 显存翻倍, 显存就要满了, 内存消耗增加很多, 显存使用不符合预期;</li>
 *   <li>a word of size before the usage: "excessive RAM usage", "huge memory usage", "high VRAM consumption";</li>
 *   <li>a verb of taking with "more / double": "vLLM uses more memory than transformers", "it costs twice the VRAM",
 *       "eats all the VRAM", 吃显存;</li>
 *   <li>a share of the card taken: 双卡各占用50%, 显存占用率90%;</li>
 *   <li>the use seen set against an expectation, or the memory above it asked after: "the actual memory consumption",
 *       实际占用了约320g, "where does the extra VRAM go?", 多余的显存用在哪了.</li>
 * </ul>
 * Left out on purpose: a lack of memory (显存不足, "not enough VRAM": the failure's own words), the memory a model needs
 * ("needs more VRAM than I have", 需要多少显存: a sizing question), the CPU's or the GPU's load (CPU占用100%, "GPU
 * utilization is high"), and memory growing turn after turn (越来越大: threads settle that one both ways).
 * Forms generated in {@code MemoryAboveExpectedFormsTest}.
 */
public final class MemoryUseForms {

    /** A noun of memory: the GPU's or the system's. */
    private static final String MEM_EN = "(?:vram|v-ram|gpu memory|gpu ram|video memory|memory|ram)";
    /** How the usage is said to be: high, larger than expected, gone up. */
    private static final String HIGH_EN = "(?:very |so |way |much |too |extremely |really |abnormally |unusually |quite |a lot |significantly )?"
            + "(?:high|huge|large|massive|excessive|enormous|higher|larger|bigger|doubled|tripled|spik(?:es|ed|ing)|explod(?:es|ed|ing)"
            + "|through the roof|more than (?:expected|it should)|not as expected|unexpected)";
    private static final String USAGE_EN = "(?:usage|use|consumption|footprint|utili[sz]ation)";

    private static final Pattern PATTERN = Pattern.compile(
            // "VRAM usage is very high", "memory consumption doubled", "the memory footprint seems huge"
            "(?<![a-z])" + MEM_EN + " " + USAGE_EN + " (?:is |was |seems |looks |gets |got |goes |went |has |have )?(?:been |become |now |still )?" + HIGH_EN
                    // "excessive RAM usage", "huge memory usage", "high GPU memory consumption"
                    + "|(?<![a-z])(?:excessive|huge|massive|enormous|abnormal|unexpected|extreme|insane|crazy|high|increased|doubled?) (?:gpu )?" + MEM_EN + " " + USAGE_EN
                    // "uses more memory than", "costs twice the VRAM", "takes double the GPU memory", "consumes way more RAM"
                    + "|(?<![a-z])(?:uses?|using|used|takes?|taking|consumes?|consuming|costs?|occup(?:y|ies|ying)|eats?|eating)"
                    + " (?:much |way |far |a lot |significantly |considerably |almost |nearly )?(?:more|double|twice(?: as much)?)(?: of)? (?:the |my )?" + MEM_EN
                    // "calling it doubles the memory size", "it tripled the VRAM"
                    + "|(?<![a-z])(?:doubles|doubled|doubling|triples|tripled|tripling) (?:the |my )?(?:gpu )?" + MEM_EN + "(?! (?:capacity|bandwidth))"
                    // "eats all the VRAM", "hogs the GPU memory"
                    + "|(?<![a-z])(?:eats?|eating|hogs?|hogging|grabs?|grabbing) (?:up )?(?:all |most )?(?:of )?(?:the |my )?" + MEM_EN
                    // 显存占用过高, 显存翻倍, 显存就要满了, 内存消耗增加很多, 显存的占用量偏大, 显存使用不符合预期
                    // (not the speed or bandwidth said of it: "同设备不同内存推理速度也有很大差异")
                    + "|(?:显存|内存)的?(?:占用|使用|消耗|用量|开销|需求)?(?:量|率)?(?:(?!速度|性能|带宽)[^，。,.；;！？!?\\n]){0,6}?"
                    + "(?:翻倍|翻了一倍|激增|暴涨|猛增|飙升|过大|过高|太大|太高|偏高|偏大|很大|很高|这么大|这么高|那么大|那么高|异常|不符合预期|不正常|比预期|远超|增加很多|增加了很多|多了很多|就要满|快满|满了|占满)"
                    // 显存占用是72B-Chat的一倍, 内存消耗为之前的两倍: the use set against another run's
                    + "|(?:显存|内存)的?(?:占用|使用|消耗|用量)量?(?:是|为|达到|变成)?了?[^，。,.；;！？!?\\n]{0,16}?的(?:一倍|两倍|二倍|2倍|双倍|三倍|3倍|几倍)"
                    // 这么吃显存, 很吃内存
                    + "|吃(?:显存|内存)"
                    // 双卡各占用50%, 显存占用率90%, 显存占了95%
                    + "|(?:显存|各)(?:占用|占)了?率?(?:达到|到了|到)?\\s?\\d{1,3}(?:\\.\\d)?\\s?%"
                    // 显存直接占了40多个g, 占用了70多GB (a figure with 多个 before its unit)
                    + "|(?:占用|占了|用了|吃了|消耗了?)(?:显存|内存)?\\s?\\d{1,3}(?:\\.\\d{1,2})?多个?\\s?(?:gib|gb|g)(?![a-z])"
                    // the use seen set against an expectation: "far below the actual memory consumption", "实际占用了约320g",
                    // "但实际需要用到22g多的显存"
                    + "|(?<![a-z])actual (?:gpu )?" + MEM_EN + " " + USAGE_EN
                    + "|实际(?:上)?(?:需要|要)?(?:占用|使用|用到|用了|消耗|占了)(?:了)?(?:约|大约|大概|将近|接近)?\\s?\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:多个?)?\\s?(?:gib|gb|g)(?![a-z])"
                    // where the memory above the expected went: "where does the extra VRAM go?", "多余的显存用在哪了"
                    + "|(?<![a-z])where (?:does|did|is|has) (?:all )?(?:the |this |that )?(?:extra|additional|remaining|rest of the|other) " + MEM_EN + "(?: usage)? (?:go|going|gone|come from|used)"
                    + "|(?:多余|多出来|多出|额外|其余|剩下)的?(?:显存|内存)(?:都)?(?:用在|用到|去|跑到?)(?:了)?哪");

    private MemoryUseForms() { }

    /** Whether a lower-cased text says the memory a setup takes is higher than expected. */
    public static boolean said(String lowerText) {
        return lowerText != null && Prefilter.find(PATTERN, lowerText);
    }
}
