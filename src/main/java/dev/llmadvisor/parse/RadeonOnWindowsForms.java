package dev.llmadvisor.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Radeon that Ollama's Windows build has no ROCm code for, on Windows. Ollama on Windows runs AMD cards through the ROCm
 * (HIP SDK) libraries it ships, built for the listed cards only, and HSA_OVERRIDE_GFX_VERSION, the Linux way to point an
 * unlisted card at a listed target, does not work there (Ollama docs/gpu.md, "AMD Radeon": "With ROCm v6.1, the following
 * GPUs are supported on Windows"; "Overrides on Linux"). Read only for a diagnosis of an Ollama run with a Radeon named.
 */
public final class RadeonOnWindowsForms {

    private RadeonOnWindowsForms() {}

    /** "Windows 11", "win10", "on win 11": the machine runs Windows. */
    private static final Pattern WINDOWS = Pattern.compile("(?<![a-z])(?:windows|win ?1[01])(?![a-z0-9])");
    /**
     * The cards on Ollama's Windows list (docs/gpu.md): RX 7900 XTX/XT/GRE, 7800 XT, 7700 XT, 7600 XT, 7600, 6950 XT,
     * 6900 XTX/XT, 6800 XT, 6800; PRO W7900-W7500, W6900X, W6800X, W6800, V620. The RX 9000 series (RDNA 4) came with
     * later ROCm releases and is left out of both lists here: whether a given build has it is not known.
     */
    private static final Pattern LISTED = Pattern.compile(
            "rx ?7[6-9]00|rx ?69[05]0|rx ?6800|pro ?w7[5-9]00|pro ?w6[89]00|pro ?v620|rx ?9\\d{3}");

    /**
     * Not Ollama's own Windows build: under WSL it is the Linux build (the override works there), and the community build
     * for AMD or ROCm libraries swapped in (ollama-for-amd, ROCmLibs, rocblas) carry code for more cards.
     */
    private static final Pattern OTHER_BUILD = Pattern.compile("(?<![a-z])wsl|ollama-for-amd|rocmlibs|rocblas");

    /**
     * Whether the hardware named is a Radeon off Ollama's Windows list and the text says the machine runs Windows, with
     * neither WSL nor a community build or swapped ROCm libraries named.
     */
    public static boolean said(String hardware, String text) {
        if (hardware == null || text == null) return false;
        String hw = hardware.toLowerCase(Locale.ROOT);
        if (!hw.contains("radeon") || LISTED.matcher(hw).find()) return false;
        String low = text.toLowerCase(Locale.ROOT);
        return Prefilter.find(WINDOWS, low) && !Prefilter.find(OTHER_BUILD, low);
    }
}
