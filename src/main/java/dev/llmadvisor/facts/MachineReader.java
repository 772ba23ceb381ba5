package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.GpuEntry;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.MemoryPlatform;
import dev.llmadvisor.sizing.SpeedModel;
import dev.llmadvisor.sizing.Units;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the hardware a question states into a machine to size on: the cards (each mention resolved
 * against the catalog, repeated by its count), system RAM, the platform and a label for the answer.
 * Nothing is invented: RAM the person did not state is unknown, and sizing then reports how much RAM a
 * placement needs instead of judging it against a guess.
 */
final class MachineReader {

    /**
     * RAM to place against when the person did not say: enough for any model, so the sizing core shows
     * where the model would go and how much RAM that takes; the answer states that figure as a need.
     */
    static final double UNSTATED_RAM_GB = 1024;
    /** Bandwidth assumed for a card known only by its memory size: a mid-range card. */
    static final double UNKNOWN_CARD_BANDWIDTH = 400;

    private final Knowledge knowledge;

    MachineReader(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * A machine to size on.
     *
     * @param ramKnown whether the RAM is stated (or is Apple's unified memory); if not, ramGb is {@link #UNSTATED_RAM_GB}
     * @param cards    the cards as understood, one entry per kind of card
     * @param ramPaceAssumed the RAM's bandwidth is a default: neither a CPU family nor the channels were stated
     */
    record Machine(Hardware hw, Platform platform, String label, boolean ramKnown, List<Understood.Gpu> cards, boolean ramPaceAssumed) {
        double ramGb() { return Units.toGib(hw.ramBytes()); }
    }

    Machine read(List<GpuMention> mentions, Double vramGb, Double ramGb, boolean cpuOnly, Lang lang, List<Facts.Problem> problems) {
        return read(mentions, vramGb, ramGb, cpuOnly, null, lang, problems);
    }

    /** As above, with the CPU and RAM make-up the person stated, which sets the RAM bandwidth. */
    Machine read(List<GpuMention> mentions, Double vramGb, Double ramGb, boolean cpuOnly, PlatformMention stated, Lang lang,
                 List<Facts.Problem> problems) {
        boolean zh = lang == Lang.ZH;
        List<Device> gpus = new ArrayList<>();
        Set<String> vendors = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        List<Understood.Gpu> cards = new ArrayList<>();
        boolean unified = false;
        double unifiedRam = 0;
        GpuEntry phone = null;
        for (GpuMention g : mentions) {
            if (GpuMention.ANY_GPU.equals(g.text())) {
                if (g.memoryGb() == null) {
                    // "8 GPUs": how many, but not which; ask rather than guess their memory ("my multi-GPU rig": how many too)
                    String count = g.uncounted() ? "" : String.valueOf(g.count());
                    problems.add(new Facts.Problem(Facts.Problem.Kind.NEEDS_CARD_MODEL, count, List.of()));
                    cards.add(new Understood.Gpu(zh ? "显卡" : "GPU", null, g.count(), false, g.uncounted()));
                } else if (!genericCards(g, zh, gpus, labels, vendors, cards)) {
                    problems.add(new Facts.Problem(Facts.Problem.Kind.BAD_VALUE, g.memoryGb() + " GB", List.of()));
                }
                continue;
            }
            boolean anyMac = GpuMention.ANY_MAC.equals(g.text());
            Optional<GpuMatch> match = anyMac ? knowledge.gpus().anyMac(g.memoryGb()) : knowledge.gpus().find(g.text(), g.memoryGb());
            if (match.isEmpty() && anyMac) {
                // a Mac with neither chip nor memory: ask for them rather than guess (a question lacking them, not bad input)
                problems.add(new Facts.Problem(Facts.Problem.Kind.NEEDS_MAC_MODEL, "Mac", List.of("M2 16GB", "M3 Pro 36GB", "M4 Max 128GB")));
                // still the person's machine: one unified device of a chip and memory not said (label rules E and G)
                cards.add(new Understood.Gpu("Mac", null, g.count(), true));
                continue;
            }
            if (match.isEmpty()) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.UNKNOWN_GPU, g.text(), knowledge.gpus().suggest(g.text(), 3)));
                // not sized, but still the person's card: what was read of it (how many, any memory stated) is said
                cards.add(new Understood.Gpu(g.text(), g.memoryGb(), g.count(), false));
                continue;
            }
            GpuMatch m = match.get();
            if (GpuEntry.PHONE_VENDOR.equals(m.gpu().vendor())) {
                // A phone is understood as one unified device, but sized on its memory as RAM, as before: the phone apps
                // over llama.cpp run on the CPU, and the OS leaves an app only part of the memory, which no vendor states
                Double phoneGb = g.memoryGb() != null ? g.memoryGb() : m.memoryGb().orElse(null);
                if (ramGb == null) ramGb = phoneGb;
                cards.add(new Understood.Gpu(m.gpu().name(), phoneGb, 1, true));
                phone = m.gpu();
                continue;
            }
            Double given = g.memoryGb();
            // "3 x RTX 3090 (72GB vram)": a figure that is the sum over the cards, not one card's memory or a mod of it
            double each = m.gpu().vramGb();
            if (given != null && g.count() > 1 && !m.gpu().isUnified() && Math.abs(given - each) > 0.6 && !m.gpu().isModded(given)
                    && Math.abs(given - g.count() * each) < 1) {
                given = each;
                m = knowledge.gpus().find(g.text(), given).orElse(m);
            }
            Double mem = given != null ? given : m.memoryGb().orElse(null);
            Device d = m.gpu().toDevice(mem);
            if (m.gpu().isUnified()) {
                unified = true;
                unifiedRam = Units.toGib(d.memoryBytes());
            }
            vendors.add(m.gpu().vendor());
            for (int i = 0; i < g.count(); i++) {
                gpus.add(g.count() > 1 ? new Device(d.name() + " #" + (i + 1), d.backend(), d.memoryBytes(), d.usableBytes(), d.bandwidthGBs()) : d);
            }
            String size = m.gpu().isUnified()
                    ? (anyMac ? (zh ? "（未说明芯片，按有此内存的最慢芯片估算）" : " (chip not stated: sized as the slowest chip sold with this memory)")
                    // "my M1 Pro": every chip is sold with several memories, and the one sized is an assumption
                    : given == null && m.assumed() ? (zh ? "（未说明内存，按此配置估算）" : " (memory not stated: assumed)") : "")
                    : String.format(Locale.ROOT, " (%.0f GB%s)", Units.toGib(d.memoryBytes()),
                    // a memory mod is in the device's name already ("GeForce RTX 2080 Ti (modified)")
                    m.assumed() && !m.modified() ? (zh ? "，按此版本估算" : ", assumed variant") : "");
            labels.add((g.count() > 1 ? g.count() + "x " : "") + d.name() + size);
            // the card as sold, not the capacity a log printed of it (label rule G); the device keeps the printed figure
            double memGb = m.gpu().soldSize(Units.toGib(d.memoryBytes()));
            // a Mac named by its memory alone: the chip it was sized as is an assumption, and the understanding says so
            String name = !anyMac ? m.gpu().nameFor(memGb) : zh ? String.format(Locale.ROOT, "Mac %s GB（未说明芯片，按 %s 估算）", Understood.num(memGb), m.gpu().name())
                    : String.format(Locale.ROOT, "Mac %s GB (chip not stated: sized as %s)", Understood.num(memGb), m.gpu().name());
            cards.add(new Understood.Gpu(name, memGb, g.count(), m.gpu().isUnified()));
        }
        if (mentions.isEmpty() && vramGb != null && !cpuOnly
                && !genericCards(new GpuMention(GpuMention.ANY_GPU, 1, vramGb), zh, gpus, labels, vendors, cards)) {
            problems.add(new Facts.Problem(Facts.Problem.Kind.BAD_VALUE, vramGb + " GB", List.of()));
        }
        boolean ramStated = ramGb != null && ramGb > 0 && ramGb <= 65536;
        boolean ramKnown = ramStated || unified;
        double ram = ramStated ? ramGb : unified ? unifiedRam : UNSTATED_RAM_GB;
        boolean onPhone = phone != null && gpus.isEmpty();
        Platform platform = onPhone ? Platform.PHONE
                : gpus.isEmpty() ? (cpuOnly || ramStated || !mentions.isEmpty() ? Platform.CPU_ONLY : Platform.UNKNOWN)
                : vendors.size() > 1 ? Platform.MIXED
                : switch (vendors.iterator().next()) {
                    case "nvidia" -> Platform.NVIDIA;
                    case "amd" -> Platform.AMD;
                    case "intel" -> Platform.INTEL;
                    case "apple" -> Platform.APPLE;
                    case "huawei" -> Platform.ASCEND;
                    case "moorethreads" -> Platform.MOORE_THREADS;
                    default -> Platform.UNKNOWN;
                };
        String head = labels.isEmpty() ? (zh ? "纯 CPU" : "CPU only") : String.join(" + ", labels);
        String label = onPhone ? (ramStated ? String.format(Locale.ROOT, zh ? "手机（%.0f GB 内存）" : "a phone with %.0f GB of memory", ram)
                        : zh ? "手机（内存未说明）" : "a phone (memory not stated)")
                : unified ? head : head + (ramStated ? String.format(Locale.ROOT, zh ? "，%.0f GB 内存" : ", %.0f GB RAM", ram) : "");
        // Unified memory: the CPU reads the same memory at the same bandwidth as the GPU; a phone's CPU reads its
        // SoC's memory at the catalog's phone bandwidth. Otherwise the platform the person named (channels x transfer
        // rate), else the default desktop.
        double ramBandwidth = unified ? gpus.get(0).bandwidthGBs() : onPhone ? phone.bandwidthGBs() : ramBandwidthGBs(stated);
        boolean paceAssumed = !unified && !onPhone
                && (stated == null || MemoryPlatform.forCpu(stated.cpu(), 1).isEmpty() && stated.channels() == null);
        return new Machine(new Hardware(gpus, Units.gib(ram), ramBandwidth, unified), platform, label, ramKnown, cards, paceAssumed);
    }

    /**
     * Cards known only by their memory, with a mid-range card's bandwidth; false for an impossible size. Cards not counted
     * are sized as the two of the mention and named "several" (the answer says two were assumed: ReplyWriter.assumedCountLine).
     */
    private static boolean genericCards(GpuMention g, boolean zh, List<Device> gpus, List<String> labels, Set<String> vendors,
                                        List<Understood.Gpu> cards) {
        double gb = g.memoryGb();
        int count = g.count();
        if (!(gb > 0 && gb <= 2048)) return false;
        String name = String.format(Locale.ROOT, "%.0f GB GPU", gb);
        for (int i = 0; i < count; i++) {
            gpus.add(Device.gpu(count > 1 ? name + " #" + (i + 1) : name, Device.Backend.CUDA, gb, UNKNOWN_CARD_BANDWIDTH));
        }
        labels.add(g.uncounted() ? String.format(Locale.ROOT, zh ? "多张 %.0f GB 显卡" : "several %.0f GB GPUs", gb)
                : count > 1 ? String.format(Locale.ROOT, zh ? "%dx %.0f GB 显卡" : "%dx %.0f GB GPU", count, gb)
                : String.format(Locale.ROOT, zh ? "%.0f GB 显卡" : "a %.0f GB GPU", gb));
        vendors.add("unknown");
        cards.add(new Understood.Gpu(zh ? "显卡" : "GPU", gb, count, false, g.uncounted()));
        return true;
    }

    /**
     * RAM bandwidth decode can use on the stated platform ({@link SpeedModel#ramBandwidthGBs}: further sockets count
     * per the fitted socket scaling); {@link Hardware#DEFAULT_RAM_BANDWIDTH_GBS} when nothing was said.
     */
    static double ramBandwidthGBs(PlatformMention p) {
        return memoryPlatform(p).map(m -> SpeedModel.ramBandwidthGBs(m, SpeedModel.FITTED)).orElse(Hardware.DEFAULT_RAM_BANDWIDTH_GBS);
    }

    /**
     * The memory platform a mention implies: the CPU family's channels and rated speed, or a two-channel desktop of
     * the stated type; then what was stated wins — type, transfer rate, channel count, and a module count caps the
     * channels (one module per channel: "64g*8" on a 12-channel EPYC fills 8).
     */
    static Optional<MemoryPlatform> memoryPlatform(PlatformMention p) {
        if (p == null || p.isEmpty()) return Optional.empty();
        int sockets = p.sockets() == null ? 1 : Math.max(1, Math.min(8, p.sockets()));
        Optional<MemoryPlatform> family = MemoryPlatform.forCpu(p.cpu(), sockets);
        MemoryPlatform m;
        if (family.isPresent()) {
            m = family.get();
        } else if (p.ramType() != null || p.mts() != null || p.channels() != null) {
            String type = p.ramType() != null ? p.ramType() : p.mts() != null && p.mts() >= 4000 ? "DDR5" : "DDR4";
            m = MemoryPlatform.desktop(type);
        } else {
            return Optional.empty();
        }
        if (p.ramType() != null && !p.ramType().equals(m.type())) m = m.withType(p.ramType()).withMts(MemoryPlatform.desktop(p.ramType()).mts());
        if (p.mts() != null) m = m.withMts(p.mts());
        if (p.channels() != null) m = m.withChannels(p.channels());
        else if (p.dimms() != null) m = m.withChannels(Math.min(p.dimms(), m.channels()));
        return Optional.of(m);
    }
}
