package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.Optional;

/** A resolved model name, with the weight format when the name carried one (qwen3:14b-q8_0). */
public record ModelMatch(ModelEntry model, Optional<WeightFormat> format) { }
