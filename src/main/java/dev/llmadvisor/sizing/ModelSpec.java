package dev.llmadvisor.sizing;

/**
 * A model in a given weight format: architecture, the typed tensor table, and its per-layer profile. Placing a
 * model needs only the profile; the tensor table of a spec made from a precomputed profile is built on first use.
 */
public final class ModelSpec {

    private final String id;
    private final ModelArch arch;
    private final WeightFormat format;
    private final Profile profile;
    private final ExlQuant exl;
    private volatile TensorTable tensors;

    private ModelSpec(String id, ModelArch arch, WeightFormat format, TensorTable tensors, Profile profile, ExlQuant exl) {
        this.id = id;
        this.arch = arch;
        this.format = format;
        this.tensors = tensors;
        this.profile = profile;
        this.exl = exl;
    }

    /** The tensor table llama.cpp's quantizer (or a vLLM checkpoint) would produce for this format. */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format) {
        return of(id, arch, format, Quantizer.quantize(arch, format));
    }

    /** A model with a known tensor table, e.g. read from a GGUF file. */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format, TensorTable tensors) {
        return new ModelSpec(id, arch, format, tensors, Profile.of(arch, tensors), null);
    }

    /** A model whose profile for this architecture and format was computed before ({@link ProfileTable}). */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format, Profile profile) {
        return new ModelSpec(id, arch, format, null, profile, null);
    }

    /** An ExLlama model at a bit rate: sized from its profile; it has no tensor table of fixed types. */
    public static ModelSpec of(String id, ModelArch arch, WeightFormat format, ExlQuant exl) {
        return new ModelSpec(id, arch, format, null, exl.profile(arch), exl);
    }

    public String id() { return id; }

    public ModelArch arch() { return arch; }

    public WeightFormat format() { return format; }

    public Profile profile() { return profile; }

    /** The bit rate of an EXL2/EXL3 model, else null. */
    public ExlQuant exl() { return exl; }

    public TensorTable tensors() {
        TensorTable t = tensors;
        if (t == null) tensors = t = Quantizer.quantize(arch, format);
        return t;
    }
}
