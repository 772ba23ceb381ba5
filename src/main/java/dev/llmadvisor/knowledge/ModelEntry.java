package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One model of the catalog (knowledge/models/*.yaml). {@code context} is the context people run it with
 * by default, {@code maxContext} the longest it supports; {@code arch} comes from the verbatim config.json.
 * A {@code legacy} model has a newer release of the same line: it is sized when named, but not offered
 * when the question leaves the model open. {@code runsOnLlamaCpp} is false for an architecture llama.cpp (and so Ollama
 * and LM Studio) cannot load, whatever its name: such a model is sized for transformers, never as a GGUF file.
 * {@code remoteCodeClass} is the transformers Auto class the repository's own modeling code registers (config.json
 * {@code auto_map}), loaded with {@code trust_remote_code=True}; null when transformers ships the architecture.
 * {@code builds} are the maker's own quantized repositories ({@link Build}), offered as formats of the model.
 */
public record ModelEntry(String id, String name, String family, double paramsB, double activeParamsB, int context,
                         int maxContext, Set<String> uses, List<String> languages, List<String> aliases, String ollama,
                         String hf, String notes, List<String> sources, ModelArch arch, boolean legacy,
                         WeightFormat publishedFormat, boolean runsOnLlamaCpp, String remoteCodeClass,
                         List<Build> builds) {

    public ModelEntry {
        uses = Set.copyOf(uses);
        languages = List.copyOf(languages);
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
        builds = builds == null ? List.of() : List.copyOf(builds);
    }

    /**
     * A quantized build the maker published in a repository of its own (catalog {@code builds}, from its model card):
     * ChatGLM-6B's INT8/INT4, MOSS's GPTQ int8/int4. Sized as {@code format}, named {@code label}, loaded from {@code hf}.
     * {@code cudaOnly}: its kernels are CUDA ones (MOSS's GPTQ triton kernels); ChatGLM's compile for the CPU as well.
     */
    public record Build(WeightFormat format, String hf, String label, boolean cudaOnly) { }

    /** The maker's own build in a format, if it published one. */
    public Optional<Build> build(WeightFormat f) {
        return builds.stream().filter(b -> b.format() == f).findFirst();
    }

    /** The family of a generic stand-in sized by parameter count (GenericModels), not a catalog release. */
    public static final String GENERIC_FAMILY = "generic";

    public boolean isMoe() { return arch.isMoe(); }

    public boolean generic() { return GENERIC_FAMILY.equals(family); }

    /** The Ollama library name its tag is pulled by ("qwen2.5vl" of qwen2.5vl:7b), or null without a tag. */
    public String ollamaLibrary() {
        return ollama == null ? null : ollama.contains(":") ? ollama.substring(0, ollama.indexOf(':')) : ollama;
    }

    /**
     * The format the weights are published in: what "unquantized", "原版", "满血" mean for this model. The
     * config's quantization_config says so where the release is not 16-bit (DeepSeek-V3/R1: FP8, gpt-oss: MXFP4).
     */
    public WeightFormat published() { return publishedFormat != null ? publishedFormat : WeightFormat.F16; }
}
