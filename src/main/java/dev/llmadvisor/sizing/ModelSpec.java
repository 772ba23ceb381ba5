package dev.llmadvisor.sizing;

/** A model in a given weight format: architecture plus the typed tensor table to size. */
public record ModelSpec(String id, ModelArch arch, WeightFormat format, TensorTable tensors) {

    /** The tensor table llama.cpp's quantizer (or a vLLM checkpoint) would produce for this format. */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format) {
        return new ModelSpec(id, arch, format, Quantizer.quantize(arch, format));
    }
}
