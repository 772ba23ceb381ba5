package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.Device;

import java.util.Optional;

/**
 * A resolved GPU name. {@code memoryGb} is the memory the user named ("M3 Max 64GB", "3060 12G");
 * {@code assumed} says the name fitted several variants and the most common one was taken; {@code modified} says
 * the named memory is a known aftermarket mod of the card ("2080 Ti 22G", "4090 48G").
 */
public record GpuMatch(GpuEntry gpu, Optional<Double> memoryGb, boolean assumed, boolean modified) {

    public GpuMatch(GpuEntry gpu, Optional<Double> memoryGb, boolean assumed) {
        this(gpu, memoryGb, assumed, false);
    }

    public Device toDevice() { return gpu.toDevice(memoryGb.orElse(null)); }
}
