package dev.llmadvisor.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GPUs of the catalog, found the way people write them: "4090", "RTX 4090", "rtx4090", "3060 12G",
 * "A100 80GB", "M3 Max 64GB", "7900 XTX", "5090 laptop", "5090 笔记本". Brand words do not matter; a memory
 * size picks the variant. A bare name with several variants ("3060") takes the variant with that bare
 * alias, else the first listed, and says so with {@link GpuMatch#assumed()}.
 */
public final class GpuCatalog {

    private static final Pattern MEMORY = Pattern.compile("(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)\\s*(?:gib|gb|g)(?![a-z0-9])");
    private static final Pattern BRAND = Pattern.compile(
            "(?<![a-z])(?:nvidia|geforce|amd|radeon|apple|intel|arc|tesla|quadro|rtx|gtx|rx)(?![a-z])");
    private static final Pattern LAPTOP = Pattern.compile("笔记本|notebook|mobile|移动版?|laptop gpu");

    /** A name reduced to its lookup key, and the memory size it named if any. */
    private record Parsed(String base, Double memoryGb) { }

    private record Variant(GpuEntry gpu, Double memoryGb) { }

    private final List<GpuEntry> gpus;
    private final Map<String, List<Variant>> byBase = new HashMap<>();

    public GpuCatalog(List<GpuEntry> gpus) {
        this(gpus, g -> "GPU " + g.name());
    }

    /** {@code where} describes an entry in errors (file and entry). */
    GpuCatalog(List<GpuEntry> gpus, Function<GpuEntry, String> where) {
        this.gpus = List.copyOf(gpus);
        Map<String, GpuEntry> seen = new LinkedHashMap<>();
        for (GpuEntry g : gpus) {
            for (String name : names(g)) {
                Parsed p = parse(name);
                if (p.base().isEmpty()) throw new InputError(where.apply(g) + ": \"" + name + "\" is not a usable name");
                GpuEntry other = seen.putIfAbsent(p.base() + "@" + p.memoryGb(), g);
                if (other != null && other != g) {
                    throw new InputError(where.apply(g) + ": \"" + name + "\" is already a name of " + where.apply(other));
                }
                List<Variant> vs = byBase.computeIfAbsent(p.base(), k -> new ArrayList<>());
                vs.add(new Variant(g, p.memoryGb()));
            }
        }
    }

    private static List<String> names(GpuEntry g) {
        List<String> out = new ArrayList<>();
        out.add(g.name());
        out.addAll(g.aliases());
        return out;
    }

    private static Parsed parse(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = LAPTOP.matcher(n).replaceAll(" laptop ");
        Double memory = null;
        Matcher m = MEMORY.matcher(n);
        int start = -1, end = -1;
        while (m.find()) {
            memory = Double.parseDouble(m.group(1));
            start = m.start();
            end = m.end();
        }
        if (memory != null) n = n.substring(0, start) + " " + n.substring(end);
        n = BRAND.matcher(n).replaceAll(" ");
        return new Parsed(Names.key(n), memory);
    }

    public List<GpuEntry> all() { return gpus; }

    public Optional<GpuMatch> find(String query) {
        if (query == null || query.isBlank()) return Optional.empty();
        Parsed p = parse(query);
        List<Variant> variants = byBase.get(p.base());
        if (variants == null) return Optional.empty();
        List<GpuEntry> candidates = variants.stream().map(Variant::gpu).distinct().toList();
        if (p.memoryGb() != null) {
            double mem = p.memoryGb();
            for (GpuEntry g : candidates) {
                if (hasMemory(g, mem)) return Optional.of(new GpuMatch(g, Optional.of(mem), false));
            }
            GpuEntry g = candidates.get(0);
            if (g.isUnified()) {
                throw new InputError(g.name() + " comes with " + g.unifiedMemoryGb() + " GB of memory, not " + format(mem) + " GB");
            }
            // A size the catalog does not list (a modded 48 GB card): take the user's word for it.
            return Optional.of(new GpuMatch(g, Optional.of(mem), false));
        }
        if (candidates.size() == 1) {
            GpuEntry g = candidates.get(0);
            return Optional.of(new GpuMatch(g, Optional.empty(), g.unifiedMemoryGb().size() > 1));
        }
        List<GpuEntry> bare = variants.stream().filter(v -> v.memoryGb() == null).map(Variant::gpu).distinct().toList();
        GpuEntry g = bare.size() == 1 ? bare.get(0) : candidates.get(0);
        return Optional.of(new GpuMatch(g, Optional.empty(), true));
    }

    private static boolean hasMemory(GpuEntry g, double mem) {
        if (g.isUnified()) return g.unifiedMemoryGb().stream().anyMatch(m -> Math.abs(m - mem) < 0.5);
        return Math.abs(g.vramGb() - mem) < 0.5;
    }

    private static String format(double gb) {
        return gb == Math.rint(gb) ? String.valueOf((long) gb) : String.valueOf(gb);
    }

    /** Up to {@code limit} GPU names nearest to the query by edit distance, for "did you mean". */
    public List<String> suggest(String query, int limit) {
        if (query == null || query.isBlank()) return List.of();
        String q = Names.key(query.replaceAll("(?i)nvidia|geforce|amd|radeon|apple", ""));
        int threshold = Math.max(2, q.length() / 2);
        record Scored(GpuEntry g, int d) { }
        List<Scored> scored = new ArrayList<>();
        for (GpuEntry g : gpus) {
            int best = Integer.MAX_VALUE;
            for (String name : names(g)) {
                String k = Names.key(name.replaceAll("(?i)nvidia|geforce|amd|radeon|apple", ""));
                best = Math.min(best, Names.distance(q, k));
            }
            if (best <= threshold) scored.add(new Scored(g, best));
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(s -> s.g().name()));
        return scored.stream().limit(limit).map(s -> s.g().name()).toList();
    }
}
