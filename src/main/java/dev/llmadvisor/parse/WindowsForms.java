package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a question says the machine runs Windows ("Windows 11", "win10", "windows系统"). */
public final class WindowsForms {

    private WindowsForms() { }

    private static final Pattern WINDOWS = Pattern.compile("(?<![a-z])(?:windows|win ?1[01])(?![a-z])");

    /** Whether the text names Windows as the machine's system (any case). */
    public static boolean said(String text) {
        return Prefilter.find(WINDOWS, text.toLowerCase(Locale.ROOT));
    }
}
