package dev.llmadvisor.reply;

import dev.llmadvisor.sizing.Placement;

import java.util.Locale;

/**
 * The verdict of an answer in the words of the real-question corpus: the option runs entirely in GPU
 * memory, runs only with part of it in system RAM (or on the CPU), or does not run on the machine.
 */
public enum Verdict {
    FITS, OFFLOAD, NO;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Verdict of(Placement p, boolean eligible) {
        if (!eligible) return NO;
        return switch (p) {
            case GPU, MULTI_GPU -> FITS;
            case OFFLOAD, CPU -> OFFLOAD;
            case NONE -> NO;
        };
    }
}
