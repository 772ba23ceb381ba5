package dev.llmadvisor.sizing;

/** A model in a given weight format: architecture, the typed tensor table, and its per-layer profile. */
public record ModelSpec(String id, ModelArch arch, WeightFormat format, TensorTable tensors, Profile profile) {

    /** The tensor table llama.cpp's quantizer (or a vLLM checkpoint) would produce for this format. */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format) {
        return of(id, arch, format, Quantizer.quantize(arch, format));
    }

    /** A model with a known tensor table, e.g. read from a GGUF file. */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format, TensorTable tensors) {
        return new ModelSpec(id, arch, format, tensors, Profile.of(arch, tensors));
    }
}
