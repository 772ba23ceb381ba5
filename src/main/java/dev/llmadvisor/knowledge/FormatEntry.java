package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.List;

/**
 * What the catalog says about a weight format: whole-file bits per weight on a reference model, the
 * perplexity increase over F16 when known, a quality grade (lossless, near_lossless, high, balanced, low,
 * extreme), its source, and the engines that load it (engine ids as {@code facts.Engine#id()}: llama.cpp,
 * ollama, lm-studio, vllm, sglang, tgi, transformers, mlx, ktransformers).
 */
public record FormatEntry(WeightFormat format, double bpwReference, Double pplDelta, String quality, String description,
                          String source, List<String> engines) {

    public FormatEntry {
        engines = engines == null ? List.of() : List.copyOf(engines);
    }

    public FormatEntry(WeightFormat format, double bpwReference, Double pplDelta, String quality, String description, String source) {
        this(format, bpwReference, pplDelta, quality, description, source, List.of());
    }

    /** Whether the engine loads this format; a format listing no engines is taken as llama.cpp's. */
    public boolean loadedBy(String engineId) {
        return engines.isEmpty() ? format.isGguf() : engines.contains(engineId);
    }
}
