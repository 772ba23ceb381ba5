package dev.llmadvisor.sizing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * System RAM as a bandwidth: {@code channels} channels of {@code channelBits} bits (64 for a DIMM; DDR5's two 32-bit
 * subchannels per DIMM count as one channel, as AMD and Intel count them) at {@code mts} million transfers per second,
 * so channels x MT/s x channelBits / 8 bytes. {@code channels} is the number populated on the whole machine, over every
 * socket. A small board's soldered LPDDR is one narrower channel (a Raspberry Pi's 32 bits).
 *
 * <p>{@link #forCpu} knows the memory controllers of the common desktop, workstation and server CPU families (their
 * channel count per socket and rated DDR speed, from AMD's and Intel's product specifications); a stated RAM type,
 * speed or DIMM count overrides what the family implies.
 */
public record MemoryPlatform(String type, int mts, int channels, int sockets, String basis, int channelBits) {

    public MemoryPlatform {
        type = type == null ? "DDR5" : type.toUpperCase(Locale.ROOT);
        if (mts < 100 || mts > 20000) throw new IllegalArgumentException("transfer rate out of range: " + mts);
        if (channels < 1 || channels > 64) throw new IllegalArgumentException("channels out of range: " + channels);
        if (channelBits != 16 && channelBits != 32 && channelBits != 64) throw new IllegalArgumentException("channel width out of range: " + channelBits);
        if (sockets < 1) sockets = 1;
        if (basis == null) basis = "";
    }

    /** Channels of DIMMs, 64 bits each. */
    public MemoryPlatform(String type, int mts, int channels, int sockets, String basis) {
        this(type, mts, channels, sockets, basis, 64);
    }

    /** Peak bandwidth in GB/s. */
    public double bandwidthGBs() { return channels * (double) mts * channelBits / 8 / 1000; }

    public MemoryPlatform withType(String t) { return new MemoryPlatform(t, mts, channels, sockets, basis, channelBits); }

    public MemoryPlatform withMts(int m) { return new MemoryPlatform(type, m, channels, sockets, basis, channelBits); }

    public MemoryPlatform withChannels(int c) { return new MemoryPlatform(type, mts, c, sockets, basis, channelBits); }

    public MemoryPlatform withSockets(int s) {
        int perSocket = Math.max(1, channels / Math.max(1, sockets));
        return new MemoryPlatform(type, mts, perSocket * Math.max(1, s), s, basis, channelBits);
    }

    /**
     * A desktop with two channels of the given type at a common speed: DDR4-3200, DDR5-5600, DDR3-1600; soldered LPDDR
     * is a laptop's 128 bits (two channels' width) at the JEDEC rate laptops ship with: LPDDR3-2133 (JESD209-3),
     * LPDDR4-3200 and LPDDR4X-4266 (JESD209-4), LPDDR5-6400 and LPDDR5X-7500 (JESD209-5).
     */
    public static MemoryPlatform desktop(String type) {
        String t = type == null ? "DDR5" : type.toUpperCase(Locale.ROOT);
        int mts = switch (t) {
            case "DDR3" -> 1600;
            case "DDR4", "LPDDR4" -> 3200;
            case "LPDDR3" -> 2133;
            case "LPDDR4X" -> 4266;
            case "LPDDR5" -> 6400;
            case "LPDDR5X" -> 7500;
            default -> 5600;
        };
        String where = t.startsWith("LP") ? "a laptop's 128-bit bus of " : "a desktop's two channels of ";
        return new MemoryPlatform(t, mts, 2, 1, where + t + "-" + mts);
    }

    /** One CPU family's memory controller, per socket. */
    private record Family(Pattern name, String label, String type, int mts, int channels, int channelBits) { }

    private static Family f(String regex, String label, String type, int mts, int channels) {
        return new Family(Pattern.compile(regex), label, type, mts, channels, 64);
    }

    /** A board's SoC with one soldered channel of {@code bits} bits. */
    private static Family board(String regex, String label, String type, int mts, int bits) {
        return new Family(Pattern.compile(regex), label, type, mts, 1, bits);
    }

    /**
     * Families, most specific first. Sources: AMD EPYC 9004/9005/8004/7003/7002/7001/4004, Ryzen Threadripper
     * 1000-9000 (PRO) and Ryzen desktop product specifications (amd.com, "Memory Channels" / "Max. Memory Speed");
     * Intel ARK for Xeon Scalable 1st-5th gen, Xeon 6, Xeon W and Core (intel.com/ark, "Max # of Memory Channels" /
     * "Memory Types"). Names are matched on the lower-cased CPU name as people write it ("epyc 9654", "7c13",
     * "xeon gold 6454s", "w-3245", "threadripper 3970x", "i9-10900x").
     */
    private static final List<Family> FAMILIES = List.of(
            // AMD EPYC: the last digit of the model number is the generation.
            f("epyc\\s*9\\d{2}5", "EPYC 9005 (Turin)", "DDR5", 6000, 12),
            f("epyc\\s*9\\d{2}4", "EPYC 9004 (Genoa)", "DDR5", 4800, 12),
            f("epyc\\s*8\\d{2}4", "EPYC 8004 (Siena)", "DDR5", 4800, 6),
            f("epyc\\s*4\\d{2}4", "EPYC 4004", "DDR5", 5200, 2),
            f("epyc\\s*7[0-9a-z]{2}3|(?<![a-z0-9])7c13(?![0-9])", "EPYC 7003 (Milan)", "DDR4", 3200, 8),
            f("epyc\\s*7\\d{2}2", "EPYC 7002 (Rome)", "DDR4", 3200, 8),
            f("epyc\\s*7\\d{2}1", "EPYC 7001 (Naples)", "DDR4", 2666, 8),
            // Threadripper: PRO parts end in WX; 9000 and 7000 are DDR5.
            f("threadripper\\s*(?:pro\\s*)?99\\d5wx", "Threadripper PRO 9000WX", "DDR5", 6400, 8),
            f("threadripper\\s*99\\d0x", "Threadripper 9000", "DDR5", 6400, 4),
            f("threadripper\\s*(?:pro\\s*)?79\\d5wx", "Threadripper PRO 7000WX", "DDR5", 5200, 8),
            f("threadripper\\s*79\\d0x", "Threadripper 7000", "DDR5", 5200, 4),
            f("threadripper\\s*(?:pro\\s*)?[35]9\\d5wx", "Threadripper PRO 3000WX/5000WX", "DDR4", 3200, 8),
            f("threadripper\\s*39\\d0x", "Threadripper 3000", "DDR4", 3200, 4),
            f("threadripper\\s*[12]9\\d0w?x", "Threadripper 1000/2000", "DDR4", 2933, 4),
            // Intel Xeon.
            f("xeon\\s*6\\d{3}[pe]", "Xeon 6", "DDR5", 6400, 12),
            f("xeon\\s*(?:platinum|gold|silver|bronze)?\\s*[p-]*[3-9]5\\d\\d", "Xeon Scalable 5th gen", "DDR5", 5600, 8),
            f("xeon\\s*(?:platinum|gold|silver|bronze)?\\s*[p-]*[3-9]4\\d\\d", "Xeon Scalable 4th gen", "DDR5", 4800, 8),
            f("xeon\\s*(?:platinum|gold|silver|bronze)?\\s*[p-]*[3-9]3\\d\\d", "Xeon Scalable 3rd gen", "DDR4", 3200, 8),
            f("xeon\\s*(?:platinum|gold|silver|bronze)?\\s*[p-]*[3-9]2\\d\\d", "Xeon Scalable 2nd gen", "DDR4", 2933, 6),
            f("xeon\\s*(?:platinum|gold|silver|bronze)?\\s*[p-]*[3-9]1\\d\\d", "Xeon Scalable 1st gen", "DDR4", 2666, 6),
            f("w[579]-3[45]\\d{2}", "Xeon W-3400/3500", "DDR5", 4800, 8),
            f("w[3579]-2[45]\\d{2}", "Xeon W-2400/2500", "DDR5", 4800, 4),
            f("w-33\\d{2}", "Xeon W-3300", "DDR4", 3200, 8),
            f("w-32\\d{2}", "Xeon W-3200", "DDR4", 2933, 6),
            f("e5-\\d{4}\\s*v4", "Xeon E5 v4", "DDR4", 2400, 4),
            f("e5-\\d{4}\\s*v3", "Xeon E5 v3", "DDR4", 2133, 4),
            // Intel Core HEDT and desktop.
            f("i[579]-10\\d{3}x", "Core X (Cascade Lake-X)", "DDR4", 2933, 4),
            f("i[579]-9\\d{3}x", "Core X (Skylake-X)", "DDR4", 2666, 4),
            f("ultra\\s*[579]\\s*2\\d{2}k?", "Core Ultra 200S", "DDR5", 6400, 2),
            f("i[3579]-1[34]\\d{3}", "Core 13th/14th gen", "DDR5", 5600, 2),
            f("i[3579]-12\\d{3}", "Core 12th gen", "DDR5", 4800, 2),
            f("i[3579]-1[01]\\d{3}", "Core 10th/11th gen", "DDR4", 3200, 2),
            // AMD Ryzen desktop.
            f("ryzen\\s*[3579]\\s*9\\d{3}", "Ryzen 9000", "DDR5", 5600, 2),
            f("ryzen\\s*[3579]\\s*[78]\\d{3}", "Ryzen 7000/8000", "DDR5", 5200, 2),
            f("ryzen\\s*[3579]\\s*[1-5]\\d{3}", "Ryzen 1000-5000", "DDR4", 3200, 2),
            // Raspberry Pi boards (raspberrypi.com product briefs): the Pi 5's 32-bit LPDDR4X-4267 (17.1 GB/s), the Pi 4's
            // 32-bit LPDDR4-3200 (12.8 GB/s); a Pi named without its number is sized as the slower Pi 4.
            board("(?:ras?pberry ?pi|rpi|树莓派) ?5", "Raspberry Pi 5", "LPDDR4X", 4267, 32),
            board("ras?pberry ?pi|rpi|树莓派", "Raspberry Pi 4", "LPDDR4", 3200, 32));

    /** The memory platform a CPU name implies, per socket times {@code sockets}; empty for an unknown CPU. */
    public static Optional<MemoryPlatform> forCpu(String cpu, int sockets) {
        if (cpu == null || cpu.isBlank()) return Optional.empty();
        String s = cpu.toLowerCase(Locale.ROOT);
        int n = Math.max(1, sockets);
        for (Family fam : FAMILIES) {
            if (fam.name().matcher(s).find()) {
                String channels = fam.channelBits() == 64 ? fam.channels() + " channels" : "a " + fam.channelBits() + "-bit bus";
                return Optional.of(new MemoryPlatform(fam.type(), fam.mts(), fam.channels() * n, n,
                        fam.label() + ": " + channels + " of " + fam.type() + "-" + fam.mts() + (n > 1 ? " per socket" : ""), fam.channelBits()));
            }
        }
        return Optional.empty();
    }
}
