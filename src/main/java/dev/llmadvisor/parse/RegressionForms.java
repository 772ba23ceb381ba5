package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A setup told as having run with an earlier version of the engine, or before an update: "works on the V0 engine",
 * "ok in 0.7.2", "worked fine with the previous release", "after upgrading to 0.8.3", "used to work", "since the update",
 * "everything's good when rolling back to 0.14.2", "downgrading to 0.5.7 fixed it",
 * "更新了版本之后", "升级到 0.6 后", "之前的版本可以", "0.1.0 版本的时候只用14G就足够了". Beside an out-of-memory it tells a
 * regression: the same model ran on the same machine, so it fits there, and what changed is the engine (its memory
 * reservation or its defaults). The forms are a grammar: a working verb with a version as its place, an update verb with
 * "after"/"since", a habitual past ("used to"), and the Chinese 更新/升级 … 后 and 旧版本/版本号 … 可以/正常/够.
 * The diagnosis reads a narrower set of the same forms for its cause (logs.ProseHints' after-update words, which need a
 * three-part version); this grammar is the verdict's, read from the whole question, with or without a log.
 */
public final class RegressionForms {

    private RegressionForms() {}

    /** A version: v0, V1 engine, 0.7.2, v0.10, an older/previous/earlier release; not a size ("2.5 GB", "1.5B"). */
    private static final String VERSION = "(?:the\\s+)?(?:v\\d+(?:\\.\\d+)*(?:\\s+engine)?|\\d+\\.\\d+(?:\\.\\d+)*(?!\\s*(?:[gmk]i?b|g|b|k|tokens|t/s|x|%)(?![a-z]))"
            + "|(?:an?\\s+)?(?:older|previous|earlier|old|prior|last)\\s+(?:version|release|build|engine|vllm|update))";

    private static final Pattern TOLD = Pattern.compile(
            // "works on V0", "ok in 0.7.2", "worked fine with the previous version", "no oom in v0.6"
            "(?<![a-z])(?:works?|worked|working|ok|okay|fine|runs?|ran|loads?|loaded|no\\s+(?:oom|issues?|problems?))"
                    + "(?:\\s+(?:fine|well|perfectly|ok))?\\s+(?:on|in|with|under|using)\\s+" + VERSION
                    // "after upgrading to", "since the update", "after I updated vllm"
                    + "|(?<![a-z])(?:after|since)\\s+(?:i\\s+|we\\s+)?(?:the\\s+|an?\\s+)?(?:upgrad|updat)(?:ing|ed|es|e)?(?![a-z])"
                    + "|(?<![a-z])(?:used to (?:work|run|fit|load)|(?:worked|was fine|was ok|ran fine|loaded fine) (?:before|previously|until))(?![a-z])"
                    + "|(?<![a-z])regression(?![a-z])"
                    // going back fixes it: "everything's good when rolling back to 0.14.2", "works again after downgrading",
                    // "reverting to 0.5.7 fixed it"
                    + "|(?<![a-z])(?:good|fine|ok|okay|normal|works?|worked|fast)(?:\\s+again)?\\s+(?:when|after|once|by|if)\\s+(?:i\\s+|we\\s+)?"
                    + "(?:roll(?:ing|ed)?\\s+back|revert(?:ing|ed)?|downgrad(?:ing|ed|e)|go(?:ing)?\\s+back|went\\s+back)(?![a-z])"
                    + "|(?<![a-z])(?:roll(?:ing|ed)?\\s+back|revert(?:ing|ed)?|downgrad(?:ing|ed|e))(?:\\s+back)?\\s+to\\s+" + VERSION
                    + "\\s+(?:fixe[sd]|solve[sd]|resolve[sd])(?![a-z])"
                    // 更新了lmdeploy的版本后, 升级到0.8.3之后
                    + "|(?:更新|升级|升到)(?:了)?[^，。,！？!?\\n]{0,30}?(?:之后|以后|后)"
                    // 之前的版本可以, 旧版本没问题, 0.1.0版本的时候只用14G显存就足够了
                    + "|(?:之前|以前|原来|旧|老)(?:的)?(?:版本|版)[^。！？!?\\n]{0,30}?(?:可以|正常|没问题|能跑|够|足够)"
                    + "|v?\\d+\\.\\d+(?:\\.\\d+)*[`'\"\\s]*(?:版本|版)[^。！？!?\\n]{0,30}?(?:可以|正常|没问题|能跑|够|足够)");

    /** Whether the text tells a run that worked with an earlier version of the engine or before an update. */
    public static boolean told(String text) {
        return text != null && Prefilter.find(TOLD, text.toLowerCase(Locale.ROOT));
    }
}
