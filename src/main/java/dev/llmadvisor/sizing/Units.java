package dev.llmadvisor.sizing;

import java.util.Locale;

/** Byte units. llama.cpp logs MiB; cards are sold in GB that are really GiB (a "24 GB" card has 24 GiB). */
public final class Units {
    public static final long MIB = 1024L * 1024;
    public static final long GIB = 1024L * MIB;

    private Units() { }

    public static long gib(double v) { return Math.round(v * GIB); }

    public static long mib(double v) { return Math.round(v * MIB); }

    public static double toGib(long bytes) { return bytes / (double) GIB; }

    public static double toMib(long bytes) { return bytes / (double) MIB; }

    /** "10.9 GB" style, one decimal, in GiB as GPU tools show it. */
    public static String gb(long bytes) { return String.format(Locale.ROOT, "%.1f GB", toGib(bytes)); }
}
