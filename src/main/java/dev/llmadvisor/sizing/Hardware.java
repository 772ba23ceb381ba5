package dev.llmadvisor.sizing;

import java.util.List;

/**
 * The machine: its GPUs (possibly different cards, possibly none), system RAM and its bandwidth.
 * On Apple silicon the single GPU device is the unified memory working set.
 */
public record Hardware(List<Device> gpus, long ramBytes, double ramBandwidthGBs, boolean unifiedMemory) {

    /** Dual-channel DDR4/DDR5 desktop, conservative. */
    public static final double DEFAULT_RAM_BANDWIDTH_GBS = 60.0;

    public Hardware {
        gpus = List.copyOf(gpus);
        if (ramBytes < 0) throw new IllegalArgumentException("RAM must not be negative");
        if (ramBandwidthGBs <= 0) ramBandwidthGBs = DEFAULT_RAM_BANDWIDTH_GBS;
    }

    public static Hardware of(List<Device> gpus, long ramBytes) {
        return new Hardware(gpus, ramBytes, DEFAULT_RAM_BANDWIDTH_GBS, false);
    }

    public long totalGpuBytes() {
        long s = 0;
        for (Device d : gpus) s += d.usableBytes();
        return s;
    }

    /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
    @Override
    public int hashCode() { return RecordHash.of(gpus, ramBytes, ramBandwidthGBs, unifiedMemory); }
}
