package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
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
     */
    record Machine(Hardware hw, Platform platform, String label, boolean ramKnown, List<Understood.Gpu> cards) {
        double ramGb() { return Units.toGib(hw.ramBytes()); }
    }

    Machine read(List<GpuMention> mentions, Double vramGb, Double ramGb, boolean cpuOnly, Lang lang, List<Facts.Problem> problems) {
        boolean zh = lang == Lang.ZH;
        List<Device> gpus = new ArrayList<>();
        Set<String> vendors = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        List<Understood.Gpu> cards = new ArrayList<>();
        boolean unified = false;
        double unifiedRam = 0;
        for (GpuMention g : mentions) {
            Optional<GpuMatch> match = knowledge.gpus().find(g.text(), g.memoryGb());
            if (match.isEmpty()) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.UNKNOWN_GPU, g.text(), knowledge.gpus().suggest(g.text(), 3)));
                continue;
            }
            GpuMatch m = match.get();
            Double mem = g.memoryGb() != null ? g.memoryGb() : m.memoryGb().orElse(null);
            Device d = m.gpu().toDevice(mem);
            if (m.gpu().isUnified()) {
                unified = true;
                unifiedRam = Units.toGib(d.memoryBytes());
            }
            vendors.add(m.gpu().vendor());
            for (int i = 0; i < g.count(); i++) {
                gpus.add(g.count() > 1 ? new Device(d.name() + " #" + (i + 1), d.backend(), d.memoryBytes(), d.usableBytes(), d.bandwidthGBs()) : d);
            }
            String size = m.gpu().isUnified() ? "" : String.format(Locale.ROOT, " (%.0f GB%s)", Units.toGib(d.memoryBytes()),
                    m.modified() ? (zh ? "，改装显存" : ", modified card")
                            : m.assumed() ? (zh ? "，按此版本估算" : ", assumed variant") : "");
            labels.add((g.count() > 1 ? g.count() + "x " : "") + d.name() + size);
            cards.add(new Understood.Gpu(m.gpu().name(), Units.toGib(d.memoryBytes()), g.count(), m.gpu().isUnified()));
        }
        if (mentions.isEmpty() && vramGb != null && !cpuOnly) {
            if (!(vramGb > 0 && vramGb <= 2048)) {
                problems.add(new Facts.Problem(Facts.Problem.Kind.BAD_VALUE, vramGb + " GB", List.of()));
            } else {
                gpus.add(Device.gpu(String.format(Locale.ROOT, "%.0f GB GPU", vramGb), Device.Backend.CUDA, vramGb, UNKNOWN_CARD_BANDWIDTH));
                labels.add(String.format(Locale.ROOT, zh ? "%.0f GB 显卡" : "a %.0f GB GPU", vramGb));
                vendors.add("unknown");
                cards.add(new Understood.Gpu(zh ? "显卡" : "GPU", vramGb, 1, false));
            }
        }
        boolean ramStated = ramGb != null && ramGb > 0 && ramGb <= 65536;
        boolean ramKnown = ramStated || unified;
        double ram = ramStated ? ramGb : unified ? unifiedRam : UNSTATED_RAM_GB;
        Platform platform = gpus.isEmpty() ? (cpuOnly || ramStated || !mentions.isEmpty() ? Platform.CPU_ONLY : Platform.UNKNOWN)
                : vendors.size() > 1 ? Platform.MIXED
                : switch (vendors.iterator().next()) {
                    case "nvidia" -> Platform.NVIDIA;
                    case "amd" -> Platform.AMD;
                    case "intel" -> Platform.INTEL;
                    case "apple" -> Platform.APPLE;
                    default -> Platform.UNKNOWN;
                };
        String head = labels.isEmpty() ? (zh ? "纯 CPU" : "CPU only") : String.join(" + ", labels);
        String label = unified ? head : head + (ramStated ? String.format(Locale.ROOT, zh ? "，%.0f GB 内存" : ", %.0f GB RAM", ram) : "");
        // Unified memory: the CPU reads the same memory at the same bandwidth as the GPU.
        double ramBandwidth = unified ? gpus.get(0).bandwidthGBs() : Hardware.DEFAULT_RAM_BANDWIDTH_GBS;
        return new Machine(new Hardware(gpus, Units.gib(ram), ramBandwidth, unified), platform, label, ramKnown, cards);
    }
}
