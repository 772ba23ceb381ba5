package dev.llmadvisor.parse;

import dev.llmadvisor.facts.PlatformMention;
import dev.llmadvisor.knowledge.Names;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots the CPU and the system RAM's make-up: a server, workstation or desktop CPU name ("EPYC 9654", "Xeon Gold
 * 6454S", "7c13", "Threadripper 3970X", "i9-10900X", "Ryzen 9 7950X"), how many sockets ("dual EPYC", "2x 9175F",
 * "epyc 7c13*2", "双路"), the RAM type and transfer rate ("DDR5-4800", "ddr4 2933", "4800MHz DDR5"), a channel count
 * ("12 channels", "8通道"), a Raspberry Pi board (its SoC) and a module count ("64g*8", "12x 64GB", "64G ... ✖️12"). Reads only: claims no text,
 * so the memory amounts stay with MemorySpotter. Null parts are not said.
 */
final class PlatformSpotter {

    // Compiled once: String.matches, replaceAll and split compile their pattern on every call, and these run for every question.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String B0 = "(?<![a-z0-9])";
    /** A multiplication sign as people type it; "✖️" carries a variation selector that NFKC keeps. */
    private static final String MUL = "(?:[x×*]|✖\\x{FE0F}?)";
    private static final Pattern CPU = Pattern.compile(B0 + "(?:"
            + "epyc\\s*\\d[0-9a-z]\\d{2}[a-z]{0,2}"
            + "|(?:epyc\\s*)?7c13"
            + "|(?:ryzen\\s*)?threadripper\\s*(?:pro\\s*)?\\d{4}w?x"
            + "|xeon\\s*(?:platinum|gold|silver|bronze)\\s*[a-z]?-?\\d{4}[a-z]{0,2}"
            + "|xeon\\s*6\\d{3}[pe]"
            + "|xeon\\s*w[3579]?-\\d{4}[a-z]?"
            + "|(?:xeon\\s*)?w[3579]-\\d{4}x?"
            + "|(?:xeon\\s*)?w-\\d{4}[a-z]?"
            + "|(?:xeon\\s*)?e5-\\d{4}\\s*v\\d"
            // the dash often left out ("i7 12700H", "I5 12400F")
            + "|(?:core\\s*)?i[3579][- ]?\\d{4,5}(?:g\\d|[a-z]{0,2})"
            + "|core\\s*ultra\\s*[579]\\s*\\d{3}[a-z]?"
            // Intel's laptop platforms by code name, as ipex-llm threads write them: "MTL 155H", "LNL 258V"
            + "|(?:mtl|lnl|arl)\\s*\\d{3}[huv]"
            + "|ryzen\\s*[3579]\\s*\\d{4}[a-z0-9]{0,3}"
            // Ryzen by its tier's shorthand, as Chinese spec lists write it: "R7 5800H", "r5 5600x" (Radeon R7/R9 cards carry
            // three digits: "R9 290X")
            + "|r[3579]\\s*\\d{4}[a-z0-9]{0,3}"
            // desktop parts by number alone, as spec lists write them: Intel's unlocked Core ("13900KF", "12700K") and
            // Ryzen's X parts ("7950X", "5800X3D"); card numbers end in 60-90 ("3090", "4060"), so they never match
            + "|(?:[6-9]|1[0-4])\\d[05]0k[fs]?"
            + "|[1-9][1-9][05]0x(?:3d)?"
            // a server CPU's family without its number: "a Xeon server", "至强服务器", "EPYC box"
            + "|xeon|至强|epyc|霄龙"
            // a Raspberry Pi's SoC, named by its board: "Raspberry Pi 5", "rpi 4b", "树莓派4B"
            + "|ras?pberry ?pi(?: ?[345](?: ?model ?b|b)?)?|rpi ?[345]b?|树莓派 ?(?:[345]b?)?"
            + ")(?![a-z0-9])");
    private static final Pattern SOCKETS_BEFORE = Pattern.compile(
            "(?:dual|two|2\\s*[x×*]|2\\s*sockets?\\s*(?:of)?|双路|两路|2路)\\s*(?:amd\\s*|intel\\s*)?$");
    private static final Pattern SOCKETS_AFTER = Pattern.compile("^\\s*" + MUL + "\\s*([248])(?![0-9g])");
    private static final Pattern SOCKETS_WORD = Pattern.compile("(?<![a-z0-9])([248])\\s*(?:sockets|路(?:cpu|服务器)?)|(?:双路|两路)");
    /** A RAM type: DDR3-5, or a laptop's or small machine's soldered LPDDR3-5X ("16 GB 2133 MHz LPDDR3"). */
    private static final String RAM_KIND = "((?:lp)?ddr[345](?:(?<=lpddr[45])x)?)";
    private static final Pattern RAM = Pattern.compile(B0 + RAM_KIND + "(?:\\s*-\\s*|\\s*)(\\d{4})(?:\\s*(?:mt/s|mhz|mts))?"
            + "|" + B0 + "(\\d{4})\\s*(?:mt/s|mhz|mts)?\\s*" + RAM_KIND + "(?![0-9])");
    private static final Pattern RAM_TYPE = Pattern.compile(B0 + RAM_KIND + "(?![0-9])");
    private static final Pattern CHANNELS = Pattern.compile(B0 + "(\\d{1,2})\\s*(?:-\\s*)?(?:channels?|ch(?![a-z])|通道)");
    private static final Pattern DIMMS = Pattern.compile(B0 + "\\d{1,3}\\s*g(?:b|ib)?\\s*(?:ddr[345]\\s*)?" + MUL + "\\s*(\\d{1,2})(?![0-9.])"
            + "|" + B0 + "(\\d{1,2})\\s*" + MUL + "\\s*\\d{1,3}\\s*g(?:b|ib)?(?![a-z])"
            + "|" + MUL + "\\s*(\\d{1,2})\\s*(?:sticks|dimms|modules|根|条)"
            + "|(\\d{1,2})\\s*(?:sticks|dimms|modules|根内存|条内存)"
            + "|ddr[345]\\s*" + MUL + "\\s*(\\d{1,2})(?![0-9.])");

    /**
     * CPUs whose only GPU is integrated: Intel's G-suffixed Core parts ("i5-1135G7": Iris Xe), the Core Ultra laptop chips
     * (Arc graphics), also named by code name ("MTL 155H"), and AMD's Ryzen APUs: the desktop G and GE parts ("Ryzen 7
     * 5700G", Radeon Vega graphics) and the laptop H, HS and U parts ("Ryzen 5 4600H"), whose Windows name says it ("… with
     * Radeon Graphics").
     */
    private static final Pattern INTEGRATED_GRAPHICS_CPU = Pattern.compile(
            "i[3579]-\\d{4,5}g\\d|core\\s*ultra\\s*[579]\\s*\\d{3}[huv]|(?:mtl|lnl|arl)\\s*\\d{3}[huv]"
                    + "|ryzen\\s*[3579]\\s*\\d{4}(?:ge?|hs?|u)(?![a-z0-9])");

    /** A CPU's name right before a position, with only spaces or a spec list's marks between: "i7 13700KF 64G", "5900X, 64GB". */
    private static final Pattern CPU_THEN = Pattern.compile("(?:" + CPU.pattern() + ")[ ,，、/+]*$");

    /** Whether a CPU's name ends right before {@code at} in {@code low} (lower case): what follows is the machine's, not a card's. */
    static boolean cpuRightBefore(String low, int at) {
        return CPU_THEN.matcher(low).region(Math.max(0, at - 48), at).useTransparentBounds(true).find();
    }

    /** Whether the CPU named is a laptop chip with integrated graphics only: its machine has no card unless one is named. */
    static boolean integratedGraphicsOnly(String cpu) {
        return cpu != null && Prefilter.find(INTEGRATED_GRAPHICS_CPU, cpu.toLowerCase(Locale.ROOT));
    }

    PlatformMention spot(Scan scan) {
        // the marks are blanked, not removed, so positions still point into the text
        String s = Names.TRADEMARK.matcher(scan.low).replaceAll(m -> " ".repeat(m.group().length()));
        String cpu = null;
        Integer sockets = null;
        Matcher c = CPU.matcher(s);
        if (c.find()) {
            cpu = WHITESPACE.matcher(Names.TRADEMARK.matcher(scan.text.substring(c.start(), c.end())).replaceAll("")).replaceAll(" ").trim();
            String before = s.substring(Math.max(0, c.start() - 24), c.start());
            Matcher after = SOCKETS_AFTER.matcher(s.substring(c.end()));
            if (Prefilter.find(SOCKETS_BEFORE, before)) sockets = 2;
            else if (after.find()) sockets = Integer.parseInt(after.group(1));
        }
        if (sockets == null) {
            Matcher w = SOCKETS_WORD.matcher(s);
            if (w.find()) sockets = w.group(1) != null ? Integer.parseInt(w.group(1)) : 2;
        }
        String type = null;
        Integer mts = null;
        Matcher r = RAM.matcher(s);
        if (r.find()) {
            type = (r.group(1) != null ? r.group(1) : r.group(4)).toUpperCase(Locale.ROOT);
            int v = Integer.parseInt(r.group(1) != null ? r.group(2) : r.group(3));
            if (v >= 1066 && v <= 12800) mts = v;
        } else {
            Matcher t = RAM_TYPE.matcher(s);
            if (t.find()) type = t.group(1).toUpperCase(Locale.ROOT);
        }
        Integer channels = null;
        Matcher ch = CHANNELS.matcher(s);
        if (ch.find()) {
            int v = Integer.parseInt(ch.group(1));
            if (v >= 1 && v <= 24) channels = v;
        }
        Integer dimms = null;
        Matcher d = DIMMS.matcher(s);
        if (d.find()) {
            for (int g = 1; g <= d.groupCount(); g++) {
                if (d.group(g) != null) {
                    int v = Integer.parseInt(d.group(g));
                    if (v >= 1 && v <= 32) dimms = v;
                    break;
                }
            }
        }
        if (cpu == null && sockets == null && type == null && mts == null && channels == null && dimms == null) return null;
        return new PlatformMention(cpu, sockets, type, mts, channels, dimms);
    }
}
