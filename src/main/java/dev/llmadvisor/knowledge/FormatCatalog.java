package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weight formats of the catalog (knowledge/formats.yaml), one entry per format, and the format ladder each
 * engine is offered when the person names no format ({@code ladders:} in the same file).
 */
public final class FormatCatalog {

    private final Map<WeightFormat, FormatEntry> byFormat = new EnumMap<>(WeightFormat.class);
    private final Map<String, List<WeightFormat>> ladders = new LinkedHashMap<>();

    public FormatCatalog(List<FormatEntry> entries) {
        this(entries, Map.of());
    }

    public FormatCatalog(List<FormatEntry> entries, Map<String, List<WeightFormat>> ladders) {
        for (FormatEntry e : entries) {
            if (byFormat.putIfAbsent(e.format(), e) != null) throw new InputError("format " + e.format() + " is listed twice");
        }
        ladders.forEach((k, v) -> this.ladders.put(k, List.copyOf(v)));
    }

    public Optional<FormatEntry> get(WeightFormat format) { return Optional.ofNullable(byFormat.get(format)); }

    public List<FormatEntry> all() { return List.copyOf(byFormat.values()); }

    /** The formats offered on an engine, best first; empty when the catalog has no ladder for it. */
    public List<WeightFormat> ladder(String engineId) { return ladders.getOrDefault(engineId, List.of()); }

    /** Whether the engine loads the format; a format the catalog does not list is judged by its kind (GGUF or not). */
    public boolean loadedBy(WeightFormat format, String engineId) {
        FormatEntry e = byFormat.get(format);
        return e != null ? e.loadedBy(engineId) : format.isGguf() == isGgufEngine(engineId);
    }

    private static boolean isGgufEngine(String id) {
        return id.equals("llama.cpp") || id.equals("ollama") || id.equals("lm-studio") || id.equals("ktransformers");
    }
}
