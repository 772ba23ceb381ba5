package dev.llmadvisor.sizing;

import java.util.List;
import java.util.Map;

/**
 * What running a model takes, in bytes, and how fast it will decode. Totals cover every device
 * including system RAM; {@link #devices()} says where each part lives. {@code cpuMoeLayers}: the layers whose
 * MoE experts stay in RAM (llama.cpp --n-cpu-moe), 0 when none.
 */
public record Estimate(
        String model,
        WeightFormat format,
        RunConfig run,
        Weights weights,
        long kvBytes,
        long computeBytes,
        long overheadBytes,
        List<DeviceUse> devices,
        Placement placement,
        int gpuLayers,
        int layers,
        boolean expertsInRam,
        Speed speed,
        int cpuMoeLayers) {

    public Estimate {
        devices = List.copyOf(devices);
    }

    public long totalBytes() { return weights.allocated() + kvBytes + computeBytes + overheadBytes; }

    /** Bytes that must live in system RAM (layers left on the CPU, token embedding, host buffers). */
    public long ramBytes() {
        return devices.stream().filter(DeviceUse::isHost).mapToLong(DeviceUse::total).sum();
    }

    public long gpuBytes() {
        return devices.stream().filter(d -> !d.isHost()).mapToLong(DeviceUse::total).sum();
    }

    public boolean fits() { return placement != Placement.NONE; }

    /**
     * Weights: bytes by tensor class and in the file; {@code allocated} is what the devices hold, more than
     * the file when tied embeddings are loaded a second time as the output head. Parameter counts: total,
     * and active per token for MoE.
     */
    public record Weights(Map<TensorClass, Long> byClass, long fileBytes, long allocated, long parameters, long activeParameters) { }

    /** One device's share. {@code capacity} is what the engine may use on it (0 when unknown). */
    public record DeviceUse(String device, boolean isHost, long weights, long kv, long compute, long overhead,
                            long capacity, int layers) {
        public long total() { return weights + kv + compute + overhead; }

        public long free() { return capacity - total(); }
    }

    /**
     * Decode speed ({@link SpeedModel}): {@code expectedTokensPerSecond} at the run's full context; the range runs
     * from the fitted low ratio at full context to the fitted high ratio with an empty cache; {@code chatLowTokensPerSecond}
     * is the low end with an empty cache, the range a short chat sees whatever context the run allows.
     */
    public record Speed(double lowTokensPerSecond, double highTokensPerSecond, long bytesPerToken, double expectedTokensPerSecond,
                        double chatLowTokensPerSecond) { }
}
