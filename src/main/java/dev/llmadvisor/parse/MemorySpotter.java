package dev.llmadvisor.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots memory amounts not attached to a card name, and tells GPU memory from system RAM by the words
 * around them ("16GB card", "显存16G" vs "64GB RAM", "内存64G"); also "no GPU", "纯CPU".
 */
final class MemorySpotter {

    record Memory(Double vramGb, Double ramGb, boolean cpuOnly) {}

    private enum Kind { VRAM, RAM, STORAGE }

    private static final double MAX_GB = 4096;

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![a-z0-9.])(\\d{1,12}(?:\\.\\d{1,3})?) ?(?:gigabytes?|gigs?|gib|gb|g|吉)(?:(?![a-z])|(?=v?ram))");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("\\d ?(?:gigabytes?|gigs?|gib|gb|g)$");
    private static final Pattern CPU_ONLY = Pattern.compile(
            "no (?:dedicated |discrete |nvidia )?(?:gpu|graphics card|video card)|without (?:a )?(?:gpu|graphics card)"
                    + "|cpu[- ]only|only (?:a |the )?cpu|just (?:a |the )?cpu|cpu alone|integrated graphics"
                    + "|没有(?:独立)?显卡|没显卡|无显卡|不用显卡|没有独显|没独显|无独显|没有gpu|没gpu|无gpu|不用gpu|纯cpu|只有cpu|仅cpu"
                    + "|只用cpu|只能用cpu|核显|集显|集成显卡");

    // Longer words first: "统一内存" (Apple's unified memory, which the GPU uses) before "内存".
    private static final List<String> VRAM_WORDS = List.of(
            "unified memory", "video memory", "gpu memory", "graphics card", "统一内存", "vram", "显存", "gpu",
            "card", "显卡", "graphics", "独显");
    private static final List<String> RAM_WORDS = List.of(
            "system memory", "system ram", "运行内存", "系统内存", "ram", "内存", "ddr", "memory", "主存");
    private static final List<String> STORAGE_WORDS = List.of("ssd", "硬盘", "disk", "storage", "nvme", "hdd", "固态");
    private static final String FILLER_CHARS = " :：=~≈约是有为只才大概的,，、(（";
    private static final List<String> FILLER_WORDS = List.of(
            "is", "of", "about", "only", "has", "with", "and", "to", "和", "加到", "升到", "升级到", "扩到", "换成", "改成");

    /**
     * @param namedGpu  a card was named, so its memory is written beside it
     * @param edgeDevice the question is about a phone or board, whose memory is system memory
     */
    Memory spot(Scan scan, boolean namedGpu, boolean edgeDevice) {
        // "no GPU" is claimed first, so its "gpu" does not mark the next amount as GPU memory
        Matcher cpu = CPU_ONLY.matcher(scan.free());
        boolean cpuOnly = false;
        while (cpu.find()) {
            scan.take(cpu.start(), cpu.end());
            cpuOnly = true;
        }
        String s = scan.free();
        Double vram = null;
        Double ram = null;
        Double bare = null;
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            scan.take(m.start(), m.end());
            Kind kind = kindOf(s, m.start(), m.end());
            Double gb = Patterns.negated(s, m.start()) ? null : Patterns.number(m.group(1));
            if (gb == null || gb <= 0 || gb > MAX_GB || kind == Kind.STORAGE) continue;
            if (kind == Kind.VRAM && vram == null) vram = gb;
            else if (kind == Kind.RAM && ram == null) ram = gb;
            else if (kind == null && bare == null) bare = gb;
        }
        // A bare amount is the card's memory when no card is named ("12 gigs, what can I run?"); next to
        // a named card, or with no card at all (CPU only, a phone, a Pi), it is the system's.
        if (bare != null) {
            boolean system = namedGpu || cpuOnly || edgeDevice;
            if (!system && vram == null) vram = bare;
            else if (system && ram == null) ram = bare;
        }
        return new Memory(vram, ram, cpuOnly);
    }

    /**
     * The kind named by the word right after the amount or right before it. A word between two amounts
     * ("显存16G内存64G", "16GB VRAM, 64GB RAM") describes the amount on its other side only when this
     * amount has no word of its own.
     */
    private static Kind kindOf(String s, int start, int end) {
        Word after = wordAfter(s, end);
        Word before = wordBefore(s, start);
        if (after != null && (!after.shared || before == null)) {
            if (before != null && !before.shared && before.distance < after.distance) return before.kind;
            return after.kind;
        }
        return before == null ? null : before.kind;
    }

    private record Word(Kind kind, int distance, boolean shared) {}

    private static Word wordAfter(String s, int end) {
        int i = skipForward(s, end);
        Kind kind = null;
        int wordEnd = i;
        for (List<String> words : List.of(STORAGE_WORDS, VRAM_WORDS, RAM_WORDS)) {
            for (String w : words) {
                // glued on is fine ("64GRAM"); only the far end needs a boundary then
                if (kind == null && s.startsWith(w, i) && (i == end
                        ? Patterns.endsWord(s, i + w.length()) : Patterns.standsAlone(s, i, i + w.length()))) {
                    kind = words == STORAGE_WORDS ? Kind.STORAGE : words == VRAM_WORDS ? Kind.VRAM : Kind.RAM;
                    wordEnd = i + w.length();
                }
            }
        }
        if (kind == null) return null;
        int next = skipForward(s, wordEnd);
        boolean shared = next < s.length() && Character.isDigit(s.charAt(next));
        return new Word(kind, i - end, shared);
    }

    private static Word wordBefore(String s, int start) {
        int i = skipBackward(s, start);
        String head = s.substring(Math.max(0, i - 16), i);
        for (List<String> words : List.of(VRAM_WORDS, RAM_WORDS)) {
            for (String w : words) {
                if (head.endsWith(w) && Patterns.standsAlone(s, i - w.length(), i)) {
                    Kind kind = words == VRAM_WORDS ? Kind.VRAM : Kind.RAM;
                    int prev = skipBackward(s, i - w.length());
                    boolean shared = AMOUNT_BEFORE.matcher(s.substring(Math.max(0, prev - 12), prev)).find();
                    return new Word(kind, start - i, shared);
                }
            }
        }
        return null;
    }

    private static int skipForward(String s, int i) {
        for (int guard = 0; guard < 4; guard++) {
            while (i < s.length() && FILLER_CHARS.indexOf(s.charAt(i)) >= 0) i++;
            String word = fillerAt(s, i);
            if (word == null) break;
            i += word.length();
        }
        return i;
    }

    private static int skipBackward(String s, int i) {
        for (int guard = 0; guard < 4; guard++) {
            while (i > 0 && FILLER_CHARS.indexOf(s.charAt(i - 1)) >= 0) i--;
            boolean skipped = false;
            for (String w : FILLER_WORDS) {
                if (s.startsWith(w, i - w.length()) && Patterns.standsAlone(s, i - w.length(), i)) {
                    i -= w.length();
                    skipped = true;
                    break;
                }
            }
            if (!skipped) break;
        }
        return i;
    }

    private static String fillerAt(String s, int i) {
        for (String w : FILLER_WORDS) {
            if (s.startsWith(w, i) && Patterns.standsAlone(s, i, i + w.length())) return w;
        }
        return null;
    }
}
