package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.Units;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine as command-line options: named cards, or plain VRAM sizes, and system RAM. */
final class HardwareOptions {

    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d{1,2})\\s*[x×*]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    @Option(names = "--gpu", paramLabel = "NAME", description = "a GPU by name, repeatable; \"2x RTX 3090\" for two")
    List<String> gpus = new ArrayList<>();

    @Option(names = "--vram", paramLabel = "GB", description = "a GPU known only by its memory, repeatable")
    List<Double> vram = new ArrayList<>();

    @Option(names = "--ram", paramLabel = "GB", description = "system RAM (default 32)")
    Double ram;

    @Option(names = "--ram-bandwidth", paramLabel = "GB/s", description = "system RAM bandwidth (default 60)")
    Double ramBandwidth;

    Hardware resolve(Knowledge k) {
        List<Device> devices = new ArrayList<>();
        boolean unified = false;
        for (String g : gpus) {
            int count = 1;
            String name = g;
            Matcher m = COUNT.matcher(g);
            if (m.matches()) {
                count = Integer.parseInt(m.group(1));
                name = m.group(2);
            }
            GpuMatch match = k.gpus().find(name).orElseThrow(() -> new InputError("unknown GPU \"" + g + "\""
                    + suggestions(k.gpus().suggest(g, 3))));
            Device d = match.toDevice();
            unified |= match.gpu().isUnified();
            for (int i = 0; i < Math.max(1, count); i++) devices.add(count > 1 ? renamed(d, " #" + (i + 1)) : d);
        }
        for (Double v : vram) {
            if (v == null || !(v > 0 && v <= 4096)) throw new InputError("--vram must be between 0 and 4096 GB, got " + v);
            devices.add(Device.gpu(String.format(Locale.ROOT, "%.0f GB GPU", v), Device.Backend.CUDA, v, 400));
        }
        double ramGb = ram != null ? ram : unified ? Units.toGib(devices.get(0).memoryBytes()) : 32;
        if (!(ramGb >= 0 && ramGb <= 65536)) throw new InputError("--ram must be between 0 and 65536 GB, got " + ramGb);
        double bw = ramBandwidth != null ? ramBandwidth : unified ? devices.get(0).bandwidthGBs() : Hardware.DEFAULT_RAM_BANDWIDTH_GBS;
        if (!(bw > 0 && bw <= 100_000)) throw new InputError("--ram-bandwidth must be between 0 and 100000 GB/s, got " + bw);
        return new Hardware(devices, Units.gib(ramGb), bw, unified);
    }

    private static Device renamed(Device d, String suffix) {
        return new Device(d.name() + suffix, d.backend(), d.memoryBytes(), d.usableBytes(), d.bandwidthGBs());
    }

    static String suggestions(List<String> s) {
        return s.isEmpty() ? "" : "; did you mean: " + String.join(", ", s) + "?";
    }
}
