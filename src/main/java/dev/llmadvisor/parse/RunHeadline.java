package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A headline that opens as a yes or no question about running ("Can Qwen3 32B run on one 3090?", "Will it fit on a
 * 4060?", "Is Mixtral possible on 2x3090?", "4090能跑llama 3 70b吗？"). The parser weighs it against a failure told in
 * the body ({@link IntentRules}); the advisor keeps such a post a can-run question even where the body holds an error
 * it could diagnose, since the headline is the question asked and the failure below it is why they ask
 * (eval/real-questions/README.md, "Kinds").
 */
public final class RunHeadline {

    private RunHeadline() {}

    /**
     * The auxiliary first, a verb of running after it. The model named between them is why {@code IntentRules.YES_NO}
     * (which wants a pronoun there) does not see it; a point inside it ("Kimi K2.5", "Qwen2.5") ends no sentence.
     */
    private static final Pattern YES_NO = Pattern.compile(
            "^(?:so |and |but |also )?(?:can|could|will|would|does|do|is|are)(?![a-z'])(?:[^?？.。]|\\.(?=\\S)){0,100}?(?<![a-z])"
                    + "(?:run|runs|running|fit|fits|work|load|deploy|handle|infer|inference|enough|possible|feasible|supported)(?![a-z])"
                    // "4090能跑llama 3 70b吗？", "单张L40能跑起满血版R1不？", "能否在4090上部署qwen3 32b": a verb of running
                    // between 能 / 可以 / 能否 and the closing 吗 / 么 / 不, however long the model's name between them
                    + "|(?<!只|不|才)(?:能|可以|能否|可否|是否)[^?？。，,]{0,40}(?:跑|运行|部署|推理|加载|装下|带动)[^?？。，,]{0,40}(?:吗|么|不[?？]|[?？]|$)");

    /** Whether a lower-cased headline asks yes or no about running. */
    static boolean asks(String headline) {
        return Prefilter.find(YES_NO, headline);
    }

    /** Whether a post has a {@link Headline} above its body, and that headline asks yes or no about running. */
    public static boolean heads(String text) {
        String h = text == null ? null : Headline.of(text.toLowerCase(Locale.ROOT));
        return h != null && asks(h);
    }
}
