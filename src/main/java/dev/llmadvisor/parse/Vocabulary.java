package dev.llmadvisor.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the parser spots in free text, as people write them: model aliases ("qwen3:14b", "llama 3.1 70b"),
 * model families ("qwen3", "deepseek") and GPU names ("rtx 4090", "m3 max"). Spotting only: resolving a
 * name to a catalog entry happens later, against the knowledge base this vocabulary is built from.
 * Names are kept lower-case and longest first, so a longer alias wins over its prefix.
 */
public record Vocabulary(List<String> modelNames, List<String> modelFamilies, List<String> gpuNames,
                         Map<String, Set<Double>> gpuMemory, Set<String> sharedMemoryNames, Map<String, Set<String>> gpuEntries,
                         Map<String, String> gpuKinds, Set<Double> unifiedSizes) {

    /**
     * @param gpuMemory         the memory sizes (GB) a card name is sold with ("3090" -> 24; "4060 ti" -> 8, 16): an amount
     *                          written apart from the card that is its own memory is no RAM ("I have a 3090, 24GB")
     * @param sharedMemoryNames names of chips whose GPU shares the system's memory ("radeon 780m", "jetson orin nano"):
     *                          the memory said of them is that memory, and an integrated-graphics word names them
     * @param gpuEntries        the catalog entries each GPU name names ("strix halo" -> "Ryzen AI Max+ 395"; a name several
     *                          entries share names none of them): two names of one entry are one card
     * @param gpuKinds          each catalog entry's market segment and architecture ("A100 40GB" -> "datacenter Ampere")
     * @param unifiedSizes      the memory sizes unified-memory machines are sold with (a Mac's 18, 36, 96 GB)
     */
    public Vocabulary {
        modelNames = clean(modelNames);
        modelFamilies = clean(modelFamilies);
        gpuNames = clean(gpuNames);
        Map<String, Set<Double>> memory = new HashMap<>();
        if (gpuMemory != null) gpuMemory.forEach((k, v) -> memory.computeIfAbsent(memoryKey(k), x -> new HashSet<>()).addAll(v));
        gpuMemory = Map.copyOf(memory);
        Set<String> shared = new HashSet<>();
        if (sharedMemoryNames != null) sharedMemoryNames.forEach(n -> shared.add(memoryKey(n)));
        sharedMemoryNames = Set.copyOf(shared);
        Map<String, Set<String>> entries = new HashMap<>();
        if (gpuEntries != null) gpuEntries.forEach((k, v) -> entries.computeIfAbsent(memoryKey(k), x -> new HashSet<>()).addAll(v));
        entries.replaceAll((k, v) -> Set.copyOf(v));
        gpuEntries = Map.copyOf(entries);
        gpuKinds = gpuKinds == null ? Map.of() : Map.copyOf(gpuKinds);
        unifiedSizes = unifiedSizes == null ? Set.of() : Set.copyOf(unifiedSizes);
    }

    public Vocabulary(List<String> modelNames, List<String> modelFamilies, List<String> gpuNames, Map<String, Set<Double>> gpuMemory,
                      Set<String> sharedMemoryNames, Map<String, Set<String>> gpuEntries, Map<String, String> gpuKinds) {
        this(modelNames, modelFamilies, gpuNames, gpuMemory, sharedMemoryNames, gpuEntries, gpuKinds, Set.of());
    }

    public Vocabulary(List<String> modelNames, List<String> modelFamilies, List<String> gpuNames, Map<String, Set<Double>> gpuMemory,
                      Set<String> sharedMemoryNames) {
        this(modelNames, modelFamilies, gpuNames, gpuMemory, sharedMemoryNames, Map.of(), Map.of());
    }

    public Vocabulary(List<String> modelNames, List<String> modelFamilies, List<String> gpuNames, Map<String, Set<Double>> gpuMemory) {
        this(modelNames, modelFamilies, gpuNames, gpuMemory, Set.of());
    }

    public Vocabulary(List<String> modelNames, List<String> modelFamilies, List<String> gpuNames) {
        this(modelNames, modelFamilies, gpuNames, Map.of());
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of(), List.of(), List.of());
    }

    /** The memory sizes the card named {@code name} is sold with; empty when not known. */
    public Set<Double> memoryOf(String name) {
        return gpuMemory.getOrDefault(memoryKey(name), Set.of());
    }

    /** What a driver reports of a card's memory at the least: 45 GB of a 48 GB A6000, 14.8 GiB of a 16 GB T4. */
    private static final double USABLE_SHARE = 0.92;

    /**
     * Whether {@code gb} is GPU memory some machine is sold with: a card's size or a little under it (the usable memory a
     * driver reports), or a unified-memory machine's size as sold. 24, 23.6, 15 and a Mac's 36 are; 17, 27 and 6.6 are
     * not. With no catalog behind the vocabulary every amount is.
     */
    public boolean cardSize(double gb) {
        return gpuMemory.isEmpty() || unifiedSizes.contains(gb)
                || gpuMemory.values().stream().flatMap(Set::stream).anyMatch(m -> gb <= m && gb >= USABLE_SHARE * m);
    }

    /** The memory sizes discrete cards are sold with, of every card named (not the unified-memory machines'). */
    public Set<Double> cardSizes() {
        Set<Double> sizes = new HashSet<>();
        gpuMemory.forEach((name, gb) -> { if (!sharedMemoryNames.contains(name)) sizes.addAll(gb); });
        return sizes;
    }

    /** The memory sizes unified-memory machines are sold with. */
    public Set<Double> unifiedSizes() {
        return unifiedSizes;
    }

    /** The catalog name of the one entry {@code name} names; null when it names none or several. */
    public String canonicalGpu(String name) {
        Set<String> of = gpuEntries.getOrDefault(memoryKey(name), Set.of());
        return of.size() == 1 ? of.iterator().next() : null;
    }

    /** The segment and architecture of the one entry {@code name} names ("datacenter Ampere"); null when not known. */
    public String gpuKind(String name) {
        String entry = canonicalGpu(name);
        return entry == null ? null : gpuKinds.get(entry);
    }

    /** Whether the chip named {@code name} shares the system's memory with its GPU. */
    public boolean sharesMemory(String name) {
        return sharedMemoryNames.contains(memoryKey(name));
    }

    private static final Pattern NOT_IN_MEMORY_KEY = Pattern.compile("nvidia|geforce|radeon|amd|intel|[\\s-]");

    /** "NVIDIA GeForce RTX3070" and "rtx 3070", "Intel Arc A770" and "arc a770" are one card: brand words, spaces and hyphens do not tell cards apart. */
    private static String memoryKey(String name) {
        return NOT_IN_MEMORY_KEY.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
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
        // A loop and one comparator rather than a stream: thousands of names go through here at every start, where
        // a stream's composed comparators run interpreted.
        Set<String> seen = new HashSet<>(names.size() * 2);
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            String c = n.trim().toLowerCase(Locale.ROOT);
            if (seen.add(c)) out.add(c);
        }
        // longest first, then alphabetical
        out.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        return List.copyOf(out);
    }
}
