package dev.llmadvisor.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names the parser spots in free text, as people write them: model aliases ("qwen3:14b", "llama 3.1 70b"),
 * model families ("qwen3", "deepseek") and GPU names ("rtx 4090", "m3 max"). Spotting only: resolving a
 * name to a catalog entry happens later, against the knowledge base this vocabulary is built from.
 * Names are kept lower-case and longest first, so a longer alias wins over its prefix.
 */
public record Vocabulary(List<String> modelNames, List<String> modelFamilies, List<String> gpuNames) {

    public Vocabulary {
        modelNames = clean(modelNames);
        modelFamilies = clean(modelFamilies);
        gpuNames = clean(gpuNames);
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of(), List.of(), List.of());
    }

    /** Reads a YAML mapping with the keys modelNames, modelFamilies and gpuNames (each a list of strings). */
    public static Vocabulary load(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + yaml, e);
        }
    }

    public static Vocabulary load(InputStream yaml) throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(yaml, Vocabulary.class);
    }

    private static List<String> clean(List<String> names) {
        if (names == null) return List.of();
        return names.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(n -> n.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
