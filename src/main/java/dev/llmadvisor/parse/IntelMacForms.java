package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An Intel Mac: "Intel MacBook", "iMac … Core i7", "2019 MacBook Pro", "19年Mac". It runs models on its CPU: Ollama's
 * macOS build has no GPU path there (its Radeon support is tracked in ollama #1016) and ROCm does not run on macOS.
 */
public final class IntelMacForms {

    private IntelMacForms() { }

    private static final Pattern INTEL_MAC = Pattern.compile(
            "intel(?:[- ]based)? ?(?:mac|macbook|imac)|(?:mac|macbook|imac)(?:[^.?!。？！]|\\.\\d){0,30}(?:intel|i[3579][- ]\\d{4,5}|i[3579](?![a-z0-9]))"
                    + "|(?:mac|macbook|imac)(?: ?(?:pro|air))? ?\\(?(?:20(?:0\\d|1\\d|20))(?!\\d)"
                    // the year before the Mac: "2019 MacBook Pro", "my 2017 iMac", "19年Mac", "2018款macbook pro" (Apple's
                    // own chips came in late 2020, so an earlier model year is an Intel Mac)
                    + "|(?<![0-9.])(?:20(?:0\\d|1\\d)(?: ?(?:年款?|款))?|[01]\\d ?(?:年款?|款)) ?(?:的 ?)?(?:apple ?)?(?:mac|macbook|imac)(?![a-z])");

    /** Whether the text names an Intel Mac (any case). */
    public static boolean said(String text) {
        return Prefilter.find(INTEL_MAC, text.toLowerCase(Locale.ROOT));
    }
}
