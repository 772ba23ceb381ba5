package dev.llmadvisor.sizing.engine;

import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Hardware;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.WeightFormat;

/**
 * Plain Hugging Face transformers with {@code device_map="auto"} (Accelerate's big-model inference,
 * https://huggingface.co/docs/accelerate/usage_guides/big_modeling): the weights in their load dtype (bf16/fp16,
 * bitsandbytes 8- or 4-bit, GPTQ/AWQ), layers filled into the GPUs in order and what does not fit offloaded to
 * CPU RAM, where it runs far slower. The KV cache is transformers' DynamicCache in 16 bits, every KV head, one
 * row per generated token; the prompt is processed in one forward pass. bitsandbytes layers cannot be offloaded
 * (they need the GPU unless llm_int8_enable_fp32_cpu_offload is set). Pure.
 */
public final class TransformersSizer {

    /** CUDA context and cuBLAS workspace per GPU, outside the model. */
    static final long RUNTIME = Units.gib(0.5);
    /** Accelerate keeps headroom on each GPU for activations of the layer being run. */
    static final double GPU_SHARE = 0.9;

    public record Estimate(Placement placement, long weights, long kv, long activation, long runtime, long gpuBytes,
                           long gpuCapacity, long ramBytes, long ramCapacity, int gpuLayers, int layers, Remark refusal) {
        public long total() { return weights + kv + activation + runtime; }
    }

    private TransformersSizer() { }

    public static Estimate estimate(ModelSpec spec, int context, Hardware hw) {
        ModelArch a = spec.arch();
        long weights = spec.profile().fileBytes();
        long kv = (long) a.layers() * context * (a.kvWidthK(0) + a.kvWidthV(0)) * 2;
        long activation = Math.round(Math.min(context, 8192) * 2.0 * (3.0 * a.ffnSize() + 3.0 * a.hiddenSize()));
        int n = hw.gpus().size();
        long runtime = RUNTIME * Math.max(1, n);
        long capacity = 0;
        for (Device d : hw.gpus()) capacity += Math.round(d.usableBytes() * GPU_SHARE);
        long need = weights + kv + activation + runtime;
        long ramCapacity = Math.round(hw.ramBytes() * 0.85);
        if (n > 0 && need <= capacity) {
            return new Estimate(n > 1 && need > Math.round(hw.gpus().get(0).usableBytes() * GPU_SHARE) ? Placement.MULTI_GPU : Placement.GPU,
                    weights, kv, activation, runtime, need, capacity, 0, ramCapacity, a.layers(), a.layers(), null);
        }
        boolean bnb = spec.format() == WeightFormat.BNB_NF4 || spec.format() == WeightFormat.BNB_INT8;
        long gpuFree = Math.max(0, capacity - kv - activation - runtime);
        long onGpu = Math.min(weights, gpuFree);
        long inRam = weights - onGpu;
        int gpuLayers = weights == 0 ? 0 : (int) Math.floor((double) a.layers() * onGpu / weights);
        if (bnb && n > 0) {
            return new Estimate(Placement.NONE, weights, kv, activation, runtime, need, capacity, inRam, ramCapacity, gpuLayers, a.layers(),
                    new Remark("bitsandbytes " + spec.format().nominalBits() + "-bit layers must all be on the GPU; they do not fit",
                            "bitsandbytes " + spec.format().nominalBits() + " 位量化的层必须全部放在 GPU 上，但放不下"));
        }
        Placement p = hw.ramBytes() > 0 && inRam > ramCapacity ? Placement.NONE : n == 0 ? Placement.CPU : Placement.OFFLOAD;
        return new Estimate(p, weights, kv, activation, runtime, n == 0 ? 0 : capacity, capacity, inRam, ramCapacity, gpuLayers, a.layers(),
                p == Placement.NONE ? new Remark("does not fit in GPU memory and RAM together", "显存加内存也放不下") : null);
    }
}
