package dev.llmadvisor.sizing;

/**
 * One accelerator (or the CPU) as memory and bandwidth. {@code memoryBytes} is what the device has;
 * {@code usableBytes} is what an engine can allocate on it (for Apple unified memory, the GPU working
 * set, not all of RAM).
 */
public record Device(String name, Backend backend, long memoryBytes, long usableBytes, double bandwidthGBs) {

    /** What runs the device; decides fixed runtime overhead. */
    public enum Backend { CUDA, ROCM, METAL, VULKAN, SYCL, CPU }

    public Device {
        if (memoryBytes <= 0) throw new IllegalArgumentException("device memory must be positive: " + name);
        if (usableBytes <= 0 || usableBytes > memoryBytes) usableBytes = memoryBytes;
        if (bandwidthGBs <= 0) throw new IllegalArgumentException("bandwidth must be positive: " + name);
    }

    public static Device gpu(String name, Backend backend, double gib, double bandwidthGBs) {
        long b = Units.gib(gib);
        return new Device(name, backend, b, b, bandwidthGBs);
    }

    public boolean isCpu() { return backend == Backend.CPU; }
}
