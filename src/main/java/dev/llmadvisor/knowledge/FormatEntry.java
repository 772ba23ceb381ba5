package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

/**
 * What the catalog says about a weight format: whole-file bits per weight on a reference model, the
 * perplexity increase over F16 when known, a quality grade (lossless, near_lossless, high, balanced, low,
 * extreme) and its source.
 */
public record FormatEntry(WeightFormat format, double bpwReference, Double pplDelta, String quality, String description,
                          String source) { }
