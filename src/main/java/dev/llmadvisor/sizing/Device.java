package dev.llmadvisor.sizing;

/**
 * One accelerator (or the CPU) as memory and bandwidth. {@code memoryBytes} is what the device has;
 * {@code usableBytes} is what an engine can allocate on it (for Apple unified memory, the GPU working
 * set, not all of RAM).
 */
public record Device(String name, Backend backend, long memoryBytes, long usableBytes, double bandwidthGBs) {

    /**
     * What runs the device. {@code overheadMib} is the runtime's own memory beside llama.cpp's buffers
     * (driver context, cuBLAS/hipBLAS workspaces), which llama.cpp does not log; the figures are Ollama's
     * per-backend minimum-memory reserves (ollama discover/gpu.go: 457 MiB CUDA and ROCm, 512 MiB Metal). CANN (Huawei
     * Ascend NPUs: vLLM Ascend, MindIE, llama.cpp's CANN backend) and MUSA (Moore Threads: llama.cpp's MUSA backend, a
     * port of its CUDA code) have no Ollama build and no published reserve: the CUDA figure is assumed.
     */
    public enum Backend {
        CUDA(457), ROCM(457), METAL(512), VULKAN(457), SYCL(457), CANN(457), MUSA(457), CPU(0);

        private final int overheadMib;

        Backend(int overheadMib) { this.overheadMib = overheadMib; }

        public long overheadBytes() { return Units.mib(overheadMib); }
    }

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

    /** The implicit hash code, without its cost at a cold start: see {@link RecordHash}. */
    @Override
    public int hashCode() { return RecordHash.of(name, backend, memoryBytes, usableBytes, bandwidthGBs); }
}
