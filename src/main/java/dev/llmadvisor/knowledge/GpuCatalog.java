package dev.llmadvisor.knowledge;

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
import java.util.stream.Collectors;

/**
 * The GPUs of the catalog, found the way people write them: "4090", "RTX 4090", "rtx4090", "3060 12G",
 * "A100 80GB", "A100-SXM4-80GB", "M3 Max 64GB", "MacBook Pro M3 Max 128GB", "m4 max 40-core", "7900 XTX",
 * "5090 laptop", "移动版4060", "2080ti 22g". Brand and Apple product words do not matter; laptop words may stand
 * anywhere; a memory size picks the variant, across name variants ("RTX 6000 48G" is the RTX 6000 Ada), and a GPU
 * core count picks the Apple bin. A bare name with several variants ("3060", "A100", "H100") takes the variant
 * holding that bare alias, else the first listed, and says so with {@link GpuMatch#assumed()}. A memory size two
 * variants share takes the same variant and is flagged too. A memory size only a known aftermarket mod has
 * ({@code memory_mods_gb}) gives that card with {@link GpuMatch#modified()}.
 */
public final class GpuCatalog {

    // Compiled once: String.replaceAll compiles its pattern on every call, and suggest runs it over every card name.
    private static final Pattern VENDOR = Pattern.compile("(?i)nvidia|geforce|amd|radeon|apple");

    private static final Pattern MEMORY = Pattern.compile("(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)\\s*(?:gib|gb|g)(?![a-z0-9])");
    private static final Pattern BRAND = Pattern.compile(
            // glued to the model as well: "TeslaV100", "RTXA6000", "RadeonRX580", "GeForceRTX3060" (letters, then digits)
            // "RTX" after "TITAN" is the model's own word (TITAN RTX), not a brand: the GTX Titan is another card
            "(?<![a-z])(?:nvidia|geforce|amd|radeon|apple|intel|arc|tesla|quadro|(?<!titan[\\s_-])rtx|gtx|rx|instinct|ryzen|huawei|ascend|英伟达|苹果)(?![a-z])"
            + "|(?<![a-z])(?:nvidia|geforce|radeon|intel|arc|tesla|quadro|rtx|instinct)(?:rtx|gtx|rx)?(?=[a-z]{0,3}\\d)"
            // Huawei's Chinese names run straight into the Latin ones: "华为Ascend 910B", "昇腾910B"
            + "|华为|昇腾|升腾");
    private static final Pattern LAPTOP = Pattern.compile(
            "(?<![a-z])(?:laptop|notebook|mobile)(?:\\s*gpu)?(?![a-z])|笔记本(?:电脑)?|移动(?:版|端)?");
    /** Apple product names around a chip: "MacBook Pro M3 Max", "Mac Studio M2 Ultra", "M2 Air". */
    private static final Pattern APPLE_PRODUCT = Pattern.compile(
            "(?<![a-z])(?:macbook\\s*(?:pro|air)?|mac\\s*(?:studio|mini|pro)|imac|ipad\\s*(?:pro|air|mini)?|air)(?![a-z])");
    /** A GPU core count: "40-core", "40-core GPU", "40核"; not a CPU core count ("16-core CPU"). */
    private static final Pattern GPU_CORES = Pattern.compile(
            "(?<![a-z0-9.])(\\d{1,3})\\s*-?\\s*(?:cores?|核心?)(?!\\s*-?\\s*cpu)(?:\\s*-?\\s*gpu)?(?![a-z])");
    private static final Pattern CPU_CORES = Pattern.compile("(?<![a-z0-9.])\\d{1,3}\\s*-?\\s*(?:cores?|核心?)\\s*-?\\s*cpu(?![a-z])");
    private static final Pattern NOISE = Pattern.compile("(?<![a-z])(?:gpu|graphics card|graphics)(?![a-z])|显卡");

    /**
     * A name reduced to its lookup key, the memory size and GPU core count it named if any, and the key without a
     * CPU core count ("m3max14corecpu" gives "m3max"), tried when the full key is unknown.
     */
    private record Parsed(String base, Double memoryGb, Integer cores, String baseWithoutCpu) { }

    private record Variant(GpuEntry gpu, Double memoryGb, Integer cores) {
        boolean bare() { return memoryGb == null && cores == null; }
    }

    private final List<GpuEntry> gpus;
    /** Describes an entry in errors (file and entry). */
    private final Function<GpuEntry, String> where;
    /**
     * The names' variants by lookup key, built on the first card looked up: reading some 300 cards' names with the
     * patterns above is about a twentieth of a one-shot start's Java time, which a question naming no card ("what can my
     * 16GB card run?") does not need. A catalog not checked by the build builds it as it loads ({@link #checked}), so
     * that a name two cards share is reported then.
     */
    private volatile Map<String, List<Variant>> byBase;

    public GpuCatalog(List<GpuEntry> gpus) {
        this(gpus, g -> "GPU " + g.name());
        checked();
    }

    /** {@code where} describes an entry in errors (file and entry); the names are read at the first lookup. */
    GpuCatalog(List<GpuEntry> gpus, Function<GpuEntry, String> where) {
        this.gpus = List.copyOf(gpus);
        this.where = where;
    }

    /** This catalog with its names read: a name two entries share, or one without a card in it, is an error now. */
    GpuCatalog checked() {
        byBase();
        return this;
    }

    private Map<String, List<Variant>> byBase() {
        Map<String, List<Variant>> b = byBase;
        if (b == null) {
            synchronized (this) {
                b = byBase;
                if (b == null) byBase = b = index(gpus, where);
            }
        }
        return b;
    }

    private static Map<String, List<Variant>> index(List<GpuEntry> gpus, Function<GpuEntry, String> where) {
        Map<String, List<Variant>> byBase = new HashMap<>();
        Map<String, GpuEntry> seen = new LinkedHashMap<>();
        for (GpuEntry g : gpus) {
            for (String name : names(g)) {
                Parsed p = parse(name);
                if (p.base().isEmpty()) throw new InputError(where.apply(g) + ": \"" + name + "\" is not a usable name");
                GpuEntry other = seen.putIfAbsent(p.base() + "@" + p.memoryGb() + "@" + p.cores(), g);
                if (other != null && other != g) {
                    throw new InputError(where.apply(g) + ": \"" + name + "\" is already a name of " + where.apply(other));
                }
                List<Variant> vs = byBase.computeIfAbsent(p.base(), k -> new ArrayList<>());
                vs.add(new Variant(g, p.memoryGb(), p.cores()));
            }
        }
        return byBase;
    }

    private static List<String> names(GpuEntry g) {
        List<String> out = new ArrayList<>();
        out.add(g.name());
        out.addAll(g.aliases());
        return out;
    }

    private static Parsed parse(String s) {
        // before NFKC, which spells ™ "TM" into the name: "Intel(R) Arc(TM) Pro B60 Graphics" is the Arc Pro B60
        String n = Names.nfkc(Names.TRADEMARK.matcher(s).replaceAll(" ")).toLowerCase(Locale.ROOT);
        n = APPLE_PRODUCT.matcher(n).replaceAll(" ");
        Matcher l = LAPTOP.matcher(n);
        boolean laptop = l.find();
        if (laptop) n = l.replaceAll(" ");
        Integer cores = null;
        Matcher c = GPU_CORES.matcher(n);
        if (c.find()) {
            cores = Integer.parseInt(c.group(1));
            n = n.substring(0, c.start()) + " " + n.substring(c.end());
        }
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
        n = NOISE.matcher(n).replaceAll(" ");
        String suffix = laptop ? "laptop" : "";
        Matcher cpu = CPU_CORES.matcher(n);
        String withoutCpu = cpu.find() ? Names.key(cpu.replaceAll(" ")) + suffix : null;
        return new Parsed(Names.key(n) + suffix, memory, cores, withoutCpu);
    }

    public List<GpuEntry> all() { return gpus; }

    public Optional<GpuMatch> find(String query) {
        return find(query, null);
    }

    /**
     * Resolves a name with a memory size stated beside it ("A100" with 80 GB, as the question parser hands them
     * over); a size written in the name itself wins. Only a size written in the name is rejected when a unified-memory
     * chip is not sold with it; a size stated apart is taken as given, as before.
     */
    public Optional<GpuMatch> find(String query, Double statedMemoryGb) {
        if (query == null || query.isBlank()) return Optional.empty();
        Parsed p = parse(query);
        Map<String, List<Variant>> byBase = byBase();
        List<Variant> variants = byBase.get(p.base());
        if (variants == null && p.baseWithoutCpu() != null) variants = byBase.get(p.baseWithoutCpu());
        if (variants == null) return Optional.empty();
        Double mem = p.memoryGb() != null ? p.memoryGb() : statedMemoryGb;
        List<GpuEntry> candidates = variants.stream().map(Variant::gpu).distinct().toList();
        if (p.cores() != null) {
            // A core count picks the Apple bin; an entry covering several bins of one bandwidth ignores it.
            List<GpuEntry> bin = candidates.stream().filter(g -> p.cores().equals(g.gpuCores())).toList();
            if (!bin.isEmpty()) candidates = bin;
        }
        List<GpuEntry> bare = variants.stream().filter(Variant::bare).map(Variant::gpu).distinct()
                .filter(candidates::contains).toList();
        GpuEntry preferred = bare.size() == 1 ? bare.get(0) : candidates.get(0);
        if (mem != null) {
            double gb = mem;
            List<GpuEntry> fits = candidates.stream().filter(g -> hasMemory(g, gb)).toList();
            if (fits.size() == 1) return Optional.of(new GpuMatch(fits.get(0), Optional.of(gb), false));
            if (fits.size() > 1) return Optional.of(new GpuMatch(fits.contains(preferred) ? preferred : fits.get(0), Optional.of(gb), true));
            // A capacity as a log prints it, just under the size sold (79.15 GiB of an "A100", 14.75 of a T4): the variant
            // of that size, so its bandwidth is the one sized with; the memory stays as printed.
            Optional<GpuEntry> printed = candidates.stream().filter(g -> g.printedAs(gb))
                    .min(Comparator.comparingDouble(GpuEntry::vramGb).thenComparing(g -> g != preferred));
            if (printed.isPresent()) return Optional.of(new GpuMatch(printed.get(), Optional.of(gb), false));
            List<GpuEntry> modded = candidates.stream().filter(g -> g.isModded(gb)).toList();
            if (!modded.isEmpty()) {
                return Optional.of(new GpuMatch(modded.contains(preferred) ? preferred : modded.get(0), Optional.of(gb), false, true));
            }
            // "3060 6GB", "4090 16GB": no desktop card of that name has that memory, its laptop namesake does
            List<GpuEntry> laptop = p.base().endsWith("laptop") ? List.of() : byBase.getOrDefault(p.base() + "laptop", List.of()).stream()
                    .map(Variant::gpu).distinct().filter(g -> hasMemory(g, gb)).toList();
            if (laptop.size() == 1) return Optional.of(new GpuMatch(laptop.get(0), Optional.of(gb), true));
            if (preferred.isUnified() && p.memoryGb() != null) {
                List<GpuEntry> sold = candidates;
                String sizes = sold.stream().map(g -> (sold.size() == 1 ? "" : g.name() + ": ") + g.unifiedMemoryGb())
                        .collect(Collectors.joining("; "));
                String who = sold.size() == 1 ? preferred.name() + " comes with " + sizes : "the variants come with " + sizes;
                throw new InputError(who + " GB of memory, not " + format(gb) + " GB");
            }
            // A size the catalog does not list (or a unified size stated apart from the name): take the user's word.
            return Optional.of(new GpuMatch(preferred, Optional.of(gb), false));
        }
        if (candidates.size() == 1) {
            GpuEntry g = candidates.get(0);
            return Optional.of(new GpuMatch(g, Optional.empty(), g.unifiedMemoryGb().size() > 1));
        }
        return Optional.of(new GpuMatch(preferred, Optional.empty(), true));
    }

    /**
     * A Mac named by its memory only: the Apple chip sold with that memory that has the least bandwidth, so that
     * speeds are not promised that the person's chip may not reach (marked as assumed). No memory, no guess.
     */
    public Optional<GpuMatch> anyMac(Double memoryGb) {
        if (memoryGb == null) return Optional.empty();
        // Apple's chips only: a Jetson or a DGX Spark shares its memory too, but is no Mac
        return gpus.stream().filter(GpuEntry::isUnified).filter(g -> g.vendor().equals("apple")).filter(g -> hasMemory(g, memoryGb))
                .min(java.util.Comparator.comparingDouble(GpuEntry::bandwidthGBs))
                .map(g -> new GpuMatch(g, Optional.of(memoryGb), true));
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
        String q = Names.key(VENDOR.matcher(query).replaceAll(""));
        int threshold = Math.max(2, q.length() / 2);
        record Scored(GpuEntry g, int d) { }
        List<Scored> scored = new ArrayList<>();
        for (GpuEntry g : gpus) {
            int best = Integer.MAX_VALUE;
            for (String name : names(g)) {
                String k = Names.key(VENDOR.matcher(name).replaceAll(""));
                best = Math.min(best, Names.distance(q, k));
            }
            if (best <= threshold) scored.add(new Scored(g, best));
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(s -> s.g().name()));
        return scored.stream().limit(limit).map(s -> s.g().name()).toList();
    }
}
