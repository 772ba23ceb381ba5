package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.WeightFormat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The weight formats of the catalog (knowledge/formats.yaml), one entry per format. */
public final class FormatCatalog {

    private final Map<WeightFormat, FormatEntry> byFormat = new EnumMap<>(WeightFormat.class);

    public FormatCatalog(List<FormatEntry> entries) {
        for (FormatEntry e : entries) {
            if (byFormat.putIfAbsent(e.format(), e) != null) throw new InputError("format " + e.format() + " is listed twice");
        }
    }

    public Optional<FormatEntry> get(WeightFormat format) { return Optional.ofNullable(byFormat.get(format)); }

    public List<FormatEntry> all() { return List.copyOf(byFormat.values()); }
}
