package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The speed of a run told (or asked about) as bound by system RAM: "is it because my RAM bandwidth is too low?", "limited
 * by the DDR4 bandwidth", "not all memory channels are populated", 是因为我的内存带宽太小了吗, 单纯是内存条没插满吗, 瓶颈在内存带宽.
 * Whoever ties their speed to the RAM's bandwidth, channels or DIMMs has weights that are read from system RAM: the model
 * runs, at least partly, on the CPU. The RAM must be named as system memory (RAM, DDR, DIMMs, 内存): a bare "memory
 * bandwidth" is as often the GPU's, and 显存 is the GPU's. RAM named for its size ("64GB RAM", 内存不够) is not read.
 */
public final class RamBoundForms {

    private RamBoundForms() {}

    private static final String RAM_EN = "(?:system ram|system memory|ram|ddr ?[3-5]?|dimms?|memory channels?)";
    private static final String LIMIT_EN = "(?:bandwidth|channels?|speed|frequency)";

    private static final Pattern TOLD = Pattern.compile(
            // "because of my RAM bandwidth", "limited by the DDR4 bandwidth", "bottlenecked by system memory bandwidth"
            "(?<![a-z])(?:because of|due to|limited by|bound by|bottleneck(?:ed)? (?:by|is|on)|capped by|held back by) (?:my |the |our )?(?:low |slow )?"
                    + RAM_EN + " ?" + LIMIT_EN + "(?![a-z])"
                    // "is it the RAM bandwidth?", "is RAM bandwidth the bottleneck"
                    + "|(?<![a-z])is (?:it |this )?(?:my |the )?" + RAM_EN + " " + LIMIT_EN + "(?: the (?:bottleneck|limit|problem|reason))?\\?"
                    // "RAM bandwidth is too low / the bottleneck / limiting"
                    + "|(?<![a-z])" + RAM_EN + " " + LIMIT_EN + " (?:is|was|being) (?:too (?:low|slow|small)|the (?:bottleneck|limit|limiting factor)|limiting)"
                    // "not all memory channels are populated", "only 4 of 8 channels populated", "DIMM slots not all filled"
                    + "|(?<![a-z])(?:memory|ram|dimm) (?:channels|slots) (?:are )?(?:not |aren't )(?:all |fully )?(?:populated|filled|used)"
                    + "|(?<![a-z])not all (?:the )?(?:memory |ram |dimm )(?:channels|slots) (?:are )?(?:populated|filled|used)"
                    // 内存带宽太小 / 内存带宽不够 / 内存频率太低 / 内存通道太少 (内存, never 显存)
                    + "|(?<!显)内存(?:的)?(?:带宽|频率|通道数?)(?:太|过|不够|比较|有点|偏)(?:小|低|少|慢|窄)?"
                    // 是因为(我的)内存带宽…吗 / 是不是内存带宽的问题 / 瓶颈在内存带宽 / 受限于内存带宽
                    + "|(?:因为|是不是|瓶颈(?:在|是)|受限于|受制于|卡在)[^。！？!?\\n，,]{0,6}?(?<!显)内存(?:的)?(?:带宽|频率|通道)"
                    + "|(?<!显)内存(?:的)?(?:带宽|频率|通道)(?:的)?(?:瓶颈|限制|问题)"
                    // 内存条没插满 / 内存通道没插满
                    + "|(?<!显)内存(?:条|通道)?(?:没有?|未)插满");

    /** Whether the text ties the speed of a run to system RAM's bandwidth, channels or DIMMs. */
    public static boolean told(String text) {
        return text != null && Prefilter.find(TOLD, text.toLowerCase(Locale.ROOT));
    }
}
