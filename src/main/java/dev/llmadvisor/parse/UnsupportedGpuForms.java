package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The GPU said not to be supported, in the words people report it with: the card, its architecture or its compute
 * capability named with a negated support ("Pascal isn't supported", "my K80 is not supported anymore", "incompatible
 * with GPUs with compute capability 5.0", "vLLM does not support Pascal GPUs", "nothing under compute 7.0 can be used",
 * "could not accept GTX1080 Ti due to cuda compatibility", "please bring support for SM120"), a feature not supported in the
 * vendor's GPU stack ("not supported in ROCm", "on XPU"), and the Chinese forms
 * (P40 不支持 flash_attn, 不支持这张显卡, 算力不够, 计算能力 6.1 不支持). Beside a failure it tells the cause: the card is
 * older (or newer) than what the engine or the format runs on. A model, a file format, an operating system or a CPU
 * feature said unsupported is another fault, and a question whether a card is supported tells no failure.
 */
public final class UnsupportedGpuForms {

    private UnsupportedGpuForms() { }

    /** The hardware: a GPU word, an architecture, a compute capability or SM target, a gfx target, a card by its model name. */
    private static final String GPU = "(?:(?:nvidia |amd |intel )?(?:gpus?|graphics cards?|video cards?|(?<!model )(?<!sd )cards?|devices?)"
            + "|kepler|maxwell|pascal|volta|turing|rdna ?\\d?|gcn|vega\\b"
            + "|(?:cuda )?compute(?: capability| capabilities| capacity)?(?: of)? ?(?:[<>=]=? ?)?\\d{1,2}(?:\\.\\d|\\.x)?"
            + "|sm_?\\d{2,3}|gfx\\d{3,4}\\w?"
            + "|(?:geforce |quadro |tesla )?(?:gtx|rtx|rx) ?\\d{3,4}\\w{0,3}(?: ?ti| ?super| ?xtx)?|tesla [kmpvt]\\d{1,3}|(?<![a-z])[kmp]\\d{2,3}(?![a-z0-9])"
            + "|(?<![a-z])(?:v100|a100|h100|h200|h20|a800|h800|a10g?|a30|a40|a6000|l40s?)(?![a-z0-9])"
            + "|mi\\d{2,3}\\w?|(?:intel )?arc ?[ab]?\\d{3}|radeon(?: pro)?(?: [\\w-]+){0,2})";
    /** A negated support, as a predicate after the hardware. */
    private static final String NOT_SUPPORTED = "(?:(?:is|are|was|were)(?:n't| not)(?: yet| officially| currently)? supported|(?:is |are )?(?:no longer|not yet|not) supported"
            + "|(?:is |are )?unsupported|(?:is |are )?(?:incompatible|not compatible)|(?:is |are )?too old"
            // the adverb before the negation: "is currently not supported", "are still not supported", "is officially not supported"
            + "|(?:is|are|was|were) (?:currently|still|officially|presently) not supported)";
    private static final Pattern TOLD = Pattern.compile(
            // "Pascal isn't supported", "my K80 is not supported anymore", "gfx1032 is unsupported", "GPUs below 7.0 are not supported"
            "(?<![a-z])" + GPU + "(?: (?:gpus?|cards?|architecture|arch|series))?(?: (?:below|under|lower than|older than) [\\w. ]{1,20}?)? " + NOT_SUPPORTED + "(?![a-z])"
                    // "why isn't Pascal supported", "why aren't my P40s supported"
                    + "|(?<![a-z])(?:is|are)(?:n't| not) (?:(?:my|the|our) )?" + GPU + "s? supported(?![a-z])"
                    // "not supported on Pascal", "incompatible with GPUs with cuda compute capability 5.0", "unsupported on my gfx1031"
                    + "|(?<![a-z])(?:not supported|unsupported|incompatible|not compatible|doesn'?t work|does not work)(?: (?:on|with|for|by))(?: (?:my|the|our|older|old|these|this|any))?(?: \\w+){0,2}? " + GPU + "(?![a-z0-9])"
                    // "fbgemm_fp8 quantization is currently not supported in ROCm", "not supported on XPU": a feature the vendor's GPU
                    // stack lacks (not "ROCm is not supported on Windows", which is the operating system's)
                    + "|(?<![a-z])(?:not (?:yet )?supported|unsupported) (?:in|on|with|for|by) (?:the )?(?:rocm|hip|xpu)(?![a-z])"
                    // "vLLM does not support Pascal GPUs", "dropped support for Kepler", "no longer supports my M40"
                    + "|(?<![a-z])(?:does(?:n't| not)|do(?:n't| not)|no longer|dropped|removed)(?: officially)? supports?(?: for)? (?:(?:my|the|our|older|old|these) )?" + GPU + "(?![a-z0-9])"
                    // "nothing under CUDA Compute 7.0 can be used", "GPUs with compute capability below 7.0 cannot be used"
                    + "|(?<![a-z])(?:nothing|anything|gpus?|cards?) (?:with compute capability )?(?:under|below|lower than|older than) (?:cuda )?compute(?: capability)? ?\\d{1,2}(?:\\.\\d)?(?: can(?:not|'t)? be used| is not supported| are not supported)"
                    // "could not accept GTX1080 Ti due to cuda compatibility": the card refused for its CUDA level
                    + "|(?<![a-z])(?:could not|couldn'?t|cannot|can'?t|won'?t|will not) (?:accept|run on|use) " + GPU + " (?:due to|because of) (?:its |the )?(?:cuda |compute )?(?:compatibility|capability|architecture)"
                    // "please bring support for GPT OSS on SM120", "add support for compute capability 5.0 GPUs", "any chance we could
                    // get compatibility w/ the Nvidia Maxwell generation": support asked for is support the card lacks
                    + "|(?<![a-z])(?:bring|add|get)(?:ing)? (?:support|compatibility) (?:for|with|w/) (?:[\\w.-]+ ){0,3}?(?:on |for )?(?:sm_?\\d{2,3}|gfx\\d{3,4}\\w?|(?:cuda )?compute capability ?\\d{1,2}(?:\\.\\d)?|kepler|maxwell|pascal|volta)(?![a-z0-9])"
                    // P40不支持 flash_attn, 显卡不支持bf16, V100不支持 (not 模型不支持, 不支持中文)
                    + "|(?:显卡|gpu|卡|架构|" + GPU + "|(?<![\\d.])[1-9]\\d{3}(?: ?ti| ?super)?)\\s?(?:也|还|并|都)?不(?:支持|兼容)(?!中文|英文)"
                    + "|不(?:支持|兼容)(?:这张|该|我的|这个|此)?(?:显卡|gpu|卡|架构)"
                    // 算力不够 / 算力太低, 计算能力 6.1 不支持
                    + "|算力(?:不够|太低|不足|不支持)|计算能力(?:[^，。,.\\n]|\\.(?=\\d)){0,12}?(?:不支持|不够|太低|不足)");

    /** Whether the text says the GPU (its card, architecture or compute capability) is not supported. */
    public static boolean said(String text) {
        if (text == null || text.isBlank()) return false;
        return Prefilter.find(TOLD, text.toLowerCase(Locale.ROOT));
    }
}
