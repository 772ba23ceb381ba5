package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run told as slower (or faster) than another of the person's runs: "the Int4 model is much slower than the original",
 * "autogptq is 3x slower than gptq-for-llama", "takes 3 times as long as the fp16 one", "多卡推理速度比单卡慢十倍",
 * "14B-AWQ 在相同设备下比 7B 慢的多", "相比 fastchat 慢很多", "推理时长是 25B 模型的3倍". Both runs answer: the comparison is
 * between two setups that run, so the slower one is a matter of the setup (the kernels of a quantized format,
 * communication between cards, the engine), not of memory. The forms are a grammar of the comparative: a comparative
 * adjective with "than", a multiplier of speed or of time taken, or Chinese 比/相比 … 慢/快, 慢 N 倍 and 时长是 … 的 N 倍.
 */
public final class RelativeSpeedForms {

    private RelativeSpeedForms() {}

    private static final String ZH_NUMBER = "[0-9一二两三四五六七八九十几数]+";

    private static final Pattern COMPARED = Pattern.compile(
            "(?<![a-z])(?:(?:much |far |way |a lot |significantly |considerably )?(?:slower|faster) than"
                    + "|\\d+(?:\\.\\d+)? ?(?:x|times) (?:slower|faster)|(?:two|three|four|five|ten|several|many) times (?:slower|faster)"
                    // the time one run takes as a multiple of the other's: "takes 3 times as long as", "twice as slow as"
                    + "|(?:\\d+(?:\\.\\d+)? ?(?:x|times)|twice|(?:two|three|four|five|ten|several|many) times) (?:as long|longer|as slow|as fast) (?:as|than))(?![a-z])"
                    + "|(?:比(?!较)|相比|相对于|对比)[^，。,!！？?\\n]{0,40}?(?:还|更|要|都)?(?:慢|快)"
                    + "|慢(?:了)?(?:近|约|大概)?" + ZH_NUMBER + "倍|快(?:了)?(?:近|约|大概)?" + ZH_NUMBER + "倍"
                    // 推理时长是 B 的3倍: a time or speed as a multiple of the other run's
                    + "|(?:时间|时长|耗时|用时|延迟|速度)[^，。,!！？?\\n]{0,6}?是[^，。,!！？?\\n]{1,40}?的(?:近|约|大概)?" + ZH_NUMBER + "(?:\\.\\d+)?倍");

    /** Whether the text tells one of the person's runs as slower or faster than another. */
    public static boolean told(String text) {
        return text != null && Prefilter.find(COMPARED, text.toLowerCase(Locale.ROOT));
    }
}
