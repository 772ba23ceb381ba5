package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question asked in advance of whether more GPUs make a model run faster: "will a second 3090 make it faster?", "is
 * multi-GPU faster than a single GPU?", 单卡快还是多卡快, 多卡会更快吗, 加一张卡能提速吗. Not a run told to be no faster
 * ({@link SpeedContrastForms#severalNoFaster}): this one asks before trying, and the answer is how GPUs split a model.
 */
public final class MoreGpusFasterForms {

    private MoreGpusFasterForms() {}

    private static final String MORE_EN = "(?:a second|second|another|an extra|extra|an additional|additional|more|multiple|several|two|2|dual|multi-?)";
    private static final String CARD_EN = "(?: ?(?:rtx ?)?[0-9]{4}(?: ?ti)?s?| ?(?:nvidia )?(?:gpus?|cards?|graphics cards?))";
    private static final String FASTER_EN = "(?:faster|quicker|speed (?:it )?up|speeds? (?:it )?up|more speed|higher speed|improve (?:the )?speed|increase (?:the )?speed)";

    private static final Pattern ASKED = Pattern.compile(
            // "will a second 3090 make it faster?", "would more GPUs speed it up?", "is multi-gpu faster?"
            "(?<![a-z])(?:will|would|does|do|can|could|is|are)\\b[^.?!\\n]{0,30}?(?<![a-z])" + MORE_EN + CARD_EN + "\\b[^.?!\\n]{0,50}?" + FASTER_EN + "[^.!\\n]{0,60}?\\?"
                    // "single or multi GPU, which is faster?", "one GPU or two, which is faster"
                    + "|(?<![a-z])(?:single|one) (?:gpu|card) or (?:multi-?|multiple |several |two |2 )(?:gpus?|cards?)[^.!\\n]{0,40}?" + FASTER_EN
                    // 单卡快还是多卡快 / 单卡还是多卡更快 / 多卡比单卡快吗
                    + "|单卡(?:推理)?快还是多卡(?:推理)?快|单卡还是多卡(?:推理)?(?:更|比较)?快|多卡(?:推理)?(?:会|能)?比单卡(?:推理)?(?:更)?快"
                    // 多卡会更快吗 / 多卡能加速吗 / 加一张卡能提速吗 / 再加一块显卡会不会快一些
                    + "|(?:多卡|多张(?:显)?卡|多块(?:显)?卡|多(?:个)?gpu|(?:再|多)?加(?:一|两|几)?(?:张|块)(?:显)?卡|(?:再|多)?加(?:一|两|几)?(?:张|块|个)gpu)"
                    + "[^，。,!！？?\\n]{0,10}?(?:会|能|可以)?(?:更快|加速|提速|快一些|快一点|快些|快吗|会不会快|能不能快)");

    /** Whether the text asks whether more GPUs would make it faster. */
    public static boolean asked(String text) {
        return text != null && Prefilter.find(ASKED, text.toLowerCase(Locale.ROOT));
    }
}
