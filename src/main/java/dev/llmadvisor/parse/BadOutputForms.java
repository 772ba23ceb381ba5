package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Output that is no proper answer, in the words people report it with: garbage, gibberish, garbled, weird or incomprehensible
 * output ("Weird Output from llama-2-70b-chat", "incomprehensible answers from Gemma:7b"), output said to be wrong ("the model outputs incorrectly", "the results are
 * wrong", "wrong answers"), a loop on the same words ("keeps repeating itself") or one character again and again
 * ("めめめめめめ"), and the Chinese forms (乱码, 胡言乱语, 输出的都是, 结果和 demo 相差甚远, 效果差很多, 答非所问, 重复输出,
 * 滔滔不绝). An engine short of memory stops with an error instead, so beside a run that answers it is a fault of the
 * software; the intent rules and the diagnosis read the same forms here.
 */
public final class BadOutputForms {

    private BadOutputForms() { }

    /** What was produced: the output, the answer, the result (not "the speed"). */
    private static final String OUTPUT = "(?:outputs?|answers?|responses?|replies|results?|generations?|generated text|completions?)";
    private static final Pattern TOLD = Pattern.compile(
            "(?<![a-z])(?:garbage(?! collect)|gibberish|garbled"
                    // "incomprehensible answers from Gemma:7b", "unintelligible output"
                    + "|(?:weird|strange|odd|corrupted|broken|meaningless|incomprehensible|unintelligible|nonsensical) (?:outputs?|text|answers?|responses?|characters|replies))(?![a-z])"
                    // "returns complete nonsense", "nonsense output" (not "this error message is nonsense to me")
                    + "|(?<![a-z])(?:outputs?|generat\\w*|produc\\w*|returns?|spits? out|responds? with|writes?) (?:\\w+ ){0,2}nonsense(?![a-z])|(?<![a-z])nonsense " + OUTPUT + "(?![a-z])"
                    // "the output is wrong", "results are completely incorrect", "the answers were broken"
                    + "|(?<![a-z])" + OUTPUT + " (?:is|are|was|were|looks?|seems?)(?: completely| totally| all| always| often)? (?:wrong|incorrect|garbled|corrupted)(?![a-z])"
                    // "wrong answers", "incorrect output", "repetitive responses"
                    + "|(?<![a-z])(?:wrong|incorrect|repetitive) " + OUTPUT + "(?![a-z])"
                    // "outputs incorrectly", "answers incorrectly"
                    + "|(?<![a-z])(?:outputs?|output|answers?|responds?|generates?) incorrectly(?![a-z])"
                    // a loop: "keeps repeating itself", "repeats the same token"
                    + "|(?<![a-z])(?:keeps? repeating|repeats? (?:itself|the same)|repeating (?:itself|the same))(?![a-z])"
                    + "|胡言乱语|胡说八道|乱码|输出(?:的)?(?:都|全)是|答非所问|重复输出|不停(?:地)?重复|一直重复|滔滔不绝"
                    // 结果和demo相差甚远, 推理效果差很多, 回答不对 (not 输出错误信息, an error printed; not 回答速度差很多, the speed)
                    + "|(?:结果|效果|输出|回答|回复)[^，。,；;？?\\n速慢快]{0,12}?(?:相差甚远|差很多|差别很大|差距很大|不对|不正常)");

    /**
     * One letter of a script without spaces again and again: "めめめめめめ" (not "!!!!", the log reader's NaN output). Apart
     * from {@link #TOLD}: its back-reference would leave all of that pattern's words unfiltered.
     */
    private static final Pattern REPEATED_LETTER = Pattern.compile("([\\p{L}&&[^\\p{ASCII}]])\\1{5,}");

    /** Whether the text says the output is no proper answer. */
    public static boolean said(String text) {
        if (text == null || text.isBlank()) return false;
        String low = text.toLowerCase(Locale.ROOT);
        return Prefilter.find(TOLD, low) || Prefilter.find(REPEATED_LETTER, low);
    }
}
