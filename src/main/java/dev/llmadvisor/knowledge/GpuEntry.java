package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Units;

import java.util.List;
import java.util.Locale;

/**
 * One GPU of the catalog (knowledge/gpus.yaml): dedicated memory in {@code vramGb}, or for Apple Silicon the
 * unified memory sizes it is sold with (then vramGb is 0).
 */
public record GpuEntry(String name, String vendor, List<String> aliases, double vramGb, List<Integer> unifiedMemoryGb,
                       double bandwidthGBs, Device.Backend backend, String segment, int released, String source) {

    public GpuEntry {
        aliases = List.copyOf(aliases);
        unifiedMemoryGb = List.copyOf(unifiedMemoryGb);
    }

    public boolean isUnified() { return !unifiedMemoryGb.isEmpty(); }

    /**
     * The device with the given memory (null: the catalog's VRAM, or the smallest unified configuration).
     * Metal lets the GPU use only its recommendedMaxWorkingSetSize of unified memory, which llama.cpp logs
     * at start-up: 21845.34 MB on 32 GB machines (two thirds; ollama/ollama#434, ggml-org/llama.cpp#2011) and
     * 73728.00 MB on 96 GB machines (three quarters; ggml-org/llama.cpp#3213).
     */
    public Device toDevice(Double memoryGb) {
        if (!isUnified()) {
            double gb = memoryGb != null ? memoryGb : vramGb;
            return Device.gpu(name, backend, gb, bandwidthGBs);
        }
        double ram = memoryGb != null ? memoryGb : unifiedMemoryGb.stream().mapToInt(Integer::intValue).min().orElseThrow();
        double usable = ram * (ram <= 36 ? 2.0 / 3 : 3.0 / 4);
        String label = name + String.format(Locale.ROOT, " %.0fGB", ram);
        return new Device(label, backend, Units.gib(ram), Units.gib(usable), bandwidthGBs);
    }
}
