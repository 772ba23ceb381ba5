package dev.llmadvisor.knowledge;

import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.Units;
import dev.llmadvisor.sizing.engine.GpuCaps;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped catalog (knowledge/gpus.yaml): the names people write, the fields every entry needs, precision support. */
class GpuCatalogTest {

    private static final GpuCatalog GPUS = Knowledge.load(Path.of("knowledge")).gpus();

    private static GpuMatch gpu(String q) {
        return GPUS.find(q).orElseThrow(() -> new AssertionError("no GPU for " + q));
    }

    /** A way people name a card, the entry it must resolve to and the memory the sizing then uses (GB). */
    private record Form(String query, String name, double memoryGb) { }

    private static Form f(String query, String name, double memoryGb) { return new Form(query, name, memoryGb); }

    /** The forms not found, or found as another card or with other memory than expected. */
    private static List<String> misread(List<Form> forms) {
        List<String> wrong = new ArrayList<>();
        for (Form form : forms) {
            GpuMatch m = GPUS.find(form.query()).orElse(null);
            if (m == null) {
                wrong.add(form.query() + ": not found");
                continue;
            }
            long bytes = m.toDevice().memoryBytes();
            if (!m.gpu().name().equals(form.name()) || bytes != Units.gib(form.memoryGb())) {
                wrong.add(form.query() + ": " + m.gpu().name() + " with " + Units.toGib(bytes) + " GB");
            }
        }
        return wrong;
    }

    @Test
    void aMemoryNoDesktopCardOfTheNameHasIsItsLaptopNamesakeAsAnAssumption() {
        // given a desktop name with the memory only its laptop version has
        GpuMatch m3060 = GPUS.find("RTX 3060", 6.0).orElseThrow();
        GpuMatch m4090 = GPUS.find("4090 16GB").orElseThrow();
        // then the laptop card, marked as assumed; a memory the desktop card has keeps the desktop card
        assertThat(m3060.gpu().name()).isEqualTo("GeForce RTX 3060 Laptop");
        assertThat(m3060.assumed()).isTrue();
        assertThat(m4090.gpu().name()).isEqualTo("GeForce RTX 4090 Laptop");
        assertThat(GPUS.find("RTX 3060", 12.0).orElseThrow().gpu().name()).isEqualTo("GeForce RTX 3060 12GB");
        assertThat(GPUS.find("2080 Ti 22GB").orElseThrow().gpu().name()).isEqualTo("GeForce RTX 2080 Ti");
    }

    @Test
    void formsFromRealQuestionsResolveToTheRightCardAndMemory() {
        List<Form> forms = List.of(
                f("RTX 6000 48G", "RTX 6000 Ada Generation", 48),
                f("RTX 6000 48GB", "RTX 6000 Ada Generation", 48),
                f("rtx6000 ada", "RTX 6000 Ada Generation", 48),
                f("RTX 6000 96GB", "RTX PRO 6000 Blackwell", 96),
                f("RTX PRO 6000", "RTX PRO 6000 Blackwell", 96),
                f("A100 80GB", "A100 80GB", 80),
                f("A100 80G", "A100 80GB", 80),
                f("a100-80g", "A100 80GB", 80),
                f("A100-SXM4-80GB", "A100 SXM4 80GB", 80),
                f("NVIDIA A100-SXM4-40GB", "A100 SXM4 40GB", 40),
                f("A100", "A100 40GB", 40),
                f("H100", "H100 PCIe 80GB", 80),
                f("H100 SXM", "H100 SXM 80GB", 80),
                f("NVIDIA H100 80GB HBM3", "H100 SXM 80GB", 80),
                f("H100 NVL", "H100 NVL", 94),
                f("P40", "Tesla P40", 24),
                f("tesla k80", "Tesla K80", 24),
                // a dual-GPU board as the K80: its 16 GB in all (2 x 8 GB)
                f("M60", "Tesla M60", 16),
                f("gtx 2050", "GeForce RTX 2050 Laptop", 4),
                f("instinct mi 50", "Instinct MI50 16GB", 16),
                f("Jetson Orin Nano Super", "Jetson Orin Nano Super", 8),
                f("GeForce GTX 970", "GeForce GTX 970", 4),
                f("gtx 960", "GeForce GTX 960 2GB", 2),
                f("Tesla P40", "Tesla P40", 24),
                f("A10", "NVIDIA A10", 24),
                f("A10G", "NVIDIA A10G", 24),
                f("H20", "H20", 96),
                f("L40", "L40", 48),
                f("L20", "L20", 48),
                f("A800 80G", "A800 80GB", 80),
                f("H800", "H800 SXM 80GB", 80),
                f("3090", "GeForce RTX 3090", 24),
                f("RTX 3090", "GeForce RTX 3090", 24),
                f("rtx3090", "GeForce RTX 3090", 24),
                f("GeForce RTX 3090", "GeForce RTX 3090", 24),
                f("3090ti", "GeForce RTX 3090 Ti", 24),
                f("4060 laptop", "GeForce RTX 4060 Laptop", 8),
                f("4060 笔记本", "GeForce RTX 4060 Laptop", 8),
                f("4060 Mobile", "GeForce RTX 4060 Laptop", 8),
                f("移动版4060", "GeForce RTX 4060 Laptop", 8),
                f("RTX 4060 Laptop GPU", "GeForce RTX 4060 Laptop", 8),
                f("3060 laptop", "GeForce RTX 3060 Laptop", 6),
                f("3080 laptop 16G", "GeForce RTX 3080 Laptop 16GB", 16),
                f("5090 笔记本", "GeForce RTX 5090 Laptop", 24),
                f("M2 Max 64GB", "Apple M2 Max", 64),
                f("M3 Max 36G", "Apple M3 Max (30-core GPU)", 36),
                f("M3 Max 48GB", "Apple M3 Max (40-core GPU)", 48),
                f("M4 Pro 48GB", "Apple M4 Pro", 48),
                f("Mac Studio M2 Ultra 192GB", "Apple M2 Ultra", 192),
                f("MacBook Pro M3 Max 128GB", "Apple M3 Max (40-core GPU)", 128),
                f("M1 16GB", "Apple M1", 16),
                f("M2 Air 24GB", "Apple M2", 24),
                f("m4 max 40-core", "Apple M4 Max (40-core GPU)", 48),
                f("M4 Max 36GB", "Apple M4 Max (32-core GPU)", 36),
                f("M4 Max 16-core CPU 40-core GPU 128GB", "Apple M4 Max (40-core GPU)", 128),
                f("m3 max 14-core cpu", "Apple M3 Max (30-core GPU)", 36),
                f("M5 Max 128GB", "Apple M5 Max (40-core GPU)", 128),
                f("7900xtx", "Radeon RX 7900 XTX", 24),
                f("RX 7900 XTX", "Radeon RX 7900 XTX", 24),
                f("MI300X", "Instinct MI300X", 192),
                f("MI50 32G", "Instinct MI50 32GB", 32),
                f("9060 XT 8GB", "Radeon RX 9060 XT 8GB", 8),
                f("Arc A770 8GB", "Arc A770 8GB", 8),
                f("2080ti 22g", "GeForce RTX 2080 Ti", 22),
                f("4090 48G", "GeForce RTX 4090", 48),
                f("3080 20G", "GeForce RTX 3080 10GB", 20),
                f("Ryzen AI Max+ 395 128GB", "Ryzen AI Max+ 395", 128),
                f("AI Max 395", "Ryzen AI Max+ 395", 32),
                f("Strix Halo 64GB", "Ryzen AI Max+ 395", 64),
                f("DGX Spark", "DGX Spark", 128),
                f("3060", "GeForce RTX 3060 12GB", 12),
                f("4060 Ti", "GeForce RTX 4060 Ti 8GB", 8),
                f("RTX 6000", "Quadro RTX 6000", 24),
                // integrated GPUs of AMD APUs, by product name or ROCm target: the smallest system memory sold with them
                f("AMD Radeon 780M", "Radeon 780M", 16),
                f("gfx1150", "Radeon 890M", 16),
                f("gfx90c", "Radeon Vega 8 (Ryzen APU)", 8),
                f("iPad Air 5", "Apple M1", 8),
                f("Tesla M10", "Tesla M10", 32),
                // launched in two sizes together: the bare name is the smaller (label rule C)
                f("NVIDIA T500", "NVIDIA T500 Laptop", 2),
                f("T500 4GB", "NVIDIA T500 Laptop 4GB", 4),
                f("GT 720", "GeForce GT 720", 1),
                f("GT 720 2GB", "GeForce GT 720 2GB", 2),
                f("NVIDIA RTX A3000", "RTX A3000 Laptop", 6),
                // the bare Titan X is the first of the two 12 GB cards (Maxwell, 2015); the T1000's 4 and 8 GB launched together
                f("Titan X", "GeForce GTX Titan X Maxwell", 12),
                f("NVIDIA Titan X", "GeForce GTX Titan X Maxwell", 12),
                f("GeForce GTX TITAN X", "GeForce GTX Titan X Maxwell", 12),
                f("NVIDIA TITAN X (Pascal)", "NVIDIA TITAN X (Pascal)", 12),
                f("Tesla A2", "NVIDIA A2", 16),
                f("NVIDIA T1000", "NVIDIA T1000", 4),
                f("Quadro T1000", "NVIDIA T1000", 4),
                f("NVIDIA T1000 8GB", "NVIDIA T1000 8GB", 8),
                f("Tesla K40m", "Tesla K40", 12),
                f("K40", "Tesla K40", 12),
                f("Tesla K20", "Tesla K20", 5),
                f("K20Xm", "Tesla K20X", 6),
                f("Radeon Instinct MI25", "Radeon Instinct MI25", 16),
                f("GeForce MX150", "GeForce MX150", 2));
        assertThat(misread(forms)).isEmpty();
    }

    /**
     * Label rule C (eval/real-questions/README.md): a card sold in several memory sizes, named without one, is its
     * first-released configuration, and the smaller one where several launched together. The bare name (an alias with no
     * memory in it whose sibling entries carry it with their memory) must sit on that entry: the earliest {@code released}
     * year, the smallest memory within a year, unless a later launch within the year is recorded below with its source.
     */
    private static final java.util.Map<String, String> FIRST_WITHIN_YEAR = java.util.Map.of(
            // GeForce 10 series (en.wikipedia.org/wiki/GeForce_10_series): 6 GB on 19 July 2016, 3 GB on 18 August 2016
            "GeForce GTX 1060 6GB", "GeForce GTX 1060 3GB");

    @Test
    void aBareNameOfSeveralSizesIsItsFirstReleasedConfiguration() {
        java.util.regex.Pattern memory = java.util.regex.Pattern.compile("\\s*-?\\d+(?:\\.\\d+)?\\s*(?:gb|g)(?![a-z])");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (GpuEntry e : GPUS.all()) {
            for (String alias : e.aliases()) {
                String a = alias.toLowerCase(java.util.Locale.ROOT);
                if (memory.matcher(a).find()) continue;
                List<GpuEntry> siblings = GPUS.all().stream().filter(x -> x != e && x.aliases().stream()
                        .map(y -> y.toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(y -> memory.matcher(y).find() && memory.matcher(y).replaceAll("").strip().equals(a))).toList();
                if (siblings.isEmpty()) continue;
                checked++;
                for (GpuEntry s : siblings) {
                    boolean earlier = s.released() < e.released()
                            || s.released() == e.released() && s.vramGb() < e.vramGb() && !s.name().equals(FIRST_WITHIN_YEAR.get(e.name()));
                    if (earlier) wrong.add("\"" + a + "\" names " + e.name() + " but " + s.name() + " came first or with it, smaller");
                }
            }
        }
        assertThat(checked).as("bare names of several sizes").isGreaterThan(40);
        assertThat(wrong).isEmpty();
        for (String[] c : new String[][] {{"M40", "Tesla M40 12GB"}, {"gtx 960", "GeForce GTX 960 2GB"}, {"RX 5500 XT", "Radeon RX 5500 XT 4GB"},
                {"9060 XT", "Radeon RX 9060 XT 8GB"}, {"A100 SXM4", "A100 SXM4 40GB"}, {"gtx 1060", "GeForce GTX 1060 6GB"}}) {
            assertThat(gpu(c[0]).gpu().name()).as(c[0]).isEqualTo(c[1]);
        }
    }

    /**
     * Rule C across the catalog, by lookup rather than by alias: every family of memory variants (entries whose names and
     * aliases agree once the memory is taken out), asked for by its bare name in the spellings people use (glued, hyphenated,
     * upper case, with the maker's name), resolves to its first-released configuration, the smallest where several launched
     * together; also where no entry holds the bare name and the lookup falls back on its own.
     */
    @Test
    void everyFamilyOfMemoryVariantsAskedForBareInAnySpellingIsItsFirstReleasedConfiguration() {
        java.util.regex.Pattern memory = java.util.regex.Pattern.compile("(?i)[\\s-]*\\d+(?:\\.\\d+)?\\s*(?:gb|g)(?![a-z])");
        java.util.Map<String, Set<GpuEntry>> families = new java.util.TreeMap<>();
        for (GpuEntry e : GPUS.all()) {
            if (e.isUnified()) continue;
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) families.computeIfAbsent(memory.matcher(n).replaceAll("").strip().toLowerCase(java.util.Locale.ROOT),
                    k -> new java.util.LinkedHashSet<>()).add(e);
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var family : families.entrySet()) {
            if (family.getValue().size() < 2) continue;
            checked++;
            GpuEntry first = family.getValue().stream().min(java.util.Comparator.comparingInt(GpuEntry::released)
                    .thenComparingDouble(GpuEntry::vramGb)).orElseThrow();
            String bare = family.getKey();
            String vendor = first.vendor().equals("nvidia") ? "NVIDIA " : first.vendor().equals("amd") ? "AMD " : "";
            for (String spelling : List.of(bare, bare.replace(" ", ""), bare.replace(" ", "-"), bare.toUpperCase(java.util.Locale.ROOT), vendor + bare)) {
                GpuEntry got = GPUS.find(spelling).map(GpuMatch::gpu).orElse(null);
                boolean sameLaunch = got != null && family.getValue().contains(got) && got.released() == first.released()
                        && (got.vramGb() == first.vramGb() || first.name().equals(FIRST_WITHIN_YEAR.get(got.name())));
                if (!sameLaunch) wrong.add("\"" + spelling + "\": " + (got == null ? "not found" : got.name()) + ", first released " + first.name());
            }
        }
        assertThat(checked).as("families of several variants").isGreaterThan(60);
        assertThat(wrong).isEmpty();
        List<Form> forms = List.of(f("3060", "GeForce RTX 3060 12GB", 12), f("RTX3060", "GeForce RTX 3060 12GB", 12),
                f("a100", "A100 40GB", 40), f("V100S", "Tesla V100S 32GB", 32), f("4060ti", "GeForce RTX 4060 Ti 8GB", 8),
                f("Tesla V100", "Tesla V100 16GB", 16), f("rtx 2060", "GeForce RTX 2060 6GB", 6), f("RTX 3050", "GeForce RTX 3050 8GB", 8),
                f("A800", "A800 40GB", 40), f("P100", "Tesla P100 12GB", 12), f("Arc A770", "Arc A770 8GB", 8));
        assertThat(misread(forms)).isEmpty();
    }

    @Test
    void aCapacityJustUnderASizeSoldIsThatVariantWithTheMemoryPrinted() {
        // given a log's capacity (rule G of the corpus) beside a name of several variants
        GpuMatch a100 = GPUS.find("A100", 79.15).orElseThrow();
        GpuMatch sxm = GPUS.find("NVIDIA A100-SXM4", 79.2).orElseThrow();
        // then the variant sold at or just above it, sized with the memory printed
        assertThat(a100.gpu().name()).isEqualTo("A100 80GB");
        assertThat(a100.toDevice().bandwidthGBs()).isEqualTo(GPUS.find("A100 80GB").orElseThrow().gpu().bandwidthGBs());
        assertThat(a100.toDevice().memoryBytes()).isEqualTo(Units.gib(79.15));
        assertThat(sxm.gpu().name()).isEqualTo("A100 SXM4 80GB");
        assertThat(GPUS.find("4060 Ti", 15.6).orElseThrow().gpu().name()).isEqualTo("GeForce RTX 4060 Ti 16GB");
        assertThat(GPUS.find("H100", 93.0).orElseThrow().gpu().name()).isEqualTo("H100 NVL");
        // a size far from every variant is still the person's word on the bare name's card, and a mod's size a mod
        assertThat(GPUS.find("A100", 60.0).orElseThrow().gpu().name()).isEqualTo("A100 40GB");
        assertThat(GPUS.find("2080 Ti", 22.0).orElseThrow().modified()).isTrue();
        // and a desktop name with its laptop namesake's memory stays the laptop card
        assertThat(GPUS.find("RTX 3060", 6.0).orElseThrow().gpu().name()).isEqualTo("GeForce RTX 3060 Laptop");
    }

    @Test
    void miningCardsAndTrademarkedDeviceNamesResolve() {
        List<Form> forms = List.of(
                // llama.cpp's Vulkan device line prints Intel's marks into the name
                f("Intel(R) Arc(TM) Pro B60 Graphics", "Arc Pro B60", 24),
                f("Intel® Arc™ A770 Graphics", "Arc A770 8GB", 8),
                f("NVIDIA CMP 30HX", "CMP 30HX", 6),
                f("CMP 40HX", "CMP 40HX", 8),
                f("cmp50hx", "CMP 50HX", 10),
                f("CMP 90HX", "CMP 90HX", 10),
                f("CMP 170HX", "CMP 170HX", 8),
                // the P104-100 launched with 4 GB; an 8 GB board is its stated size on that card
                f("P104-100", "P104-100", 4),
                f("p102-100", "P102-100", 5));
        assertThat(misread(forms)).isEmpty();
        assertThat(GPUS.find("P104-100", 8.0).orElseThrow().toDevice().memoryBytes()).isEqualTo(Units.gib(8));
    }

    @Test
    void theKeplerGtxTitanIsNotTheTitanRtx() {
        // given the 2013 GTX Titan (6 GB) and the 2018 TITAN RTX (24 GB): then each name finds its own card, since "RTX"
        // after "TITAN" is the model's word and not a brand to strip (the GTX Titan was once found as the TITAN RTX)
        List<Form> forms = List.of(
                f("GTX Titan", "GeForce GTX Titan", 6),
                f("GeForce GTX TITAN", "GeForce GTX Titan", 6),
                f("GTX Titan Black", "GeForce GTX Titan Black", 6),
                f("NVIDIA TITAN RTX", "NVIDIA TITAN RTX", 24),
                f("Titan RTX", "NVIDIA TITAN RTX", 24),
                f("NVIDIA-TITAN-RTX", "NVIDIA TITAN RTX", 24),
                f("GTX 780 Ti", "GeForce GTX 780 Ti", 3),
                f("gtx780", "GeForce GTX 780", 3));
        assertThat(misread(forms)).isEmpty();
    }

    @Test
    void unifiedMemoryChipsPeopleNameComeWithTheirSizes() {
        // given the Xavier NX module (8 and 16 GB) and the MI300A APU (128 GB HBM3, no memory of the GPU's own): then
        // each is a unified-memory chip sold in those sizes, the MI300A run by ROCm
        assertThat(gpu("Jetson Xavier NX").gpu().unifiedMemoryGb()).containsExactly(8, 16);
        assertThat(gpu("MI300A").gpu().unifiedMemoryGb()).containsExactly(128);
        assertThat(gpu("AMD Instinct MI300A").gpu().backend()).isEqualTo(Device.Backend.ROCM);
    }

    @Test
    void bareNamesOfSeveralVariantsAreFlaggedAndStatedSizesAreNot() {
        for (String q : List.of("A100", "H100", "H800", "A800", "3060", "4060 Ti", "RTX 6000", "RTX 5000", "3080 laptop", "H100 80GB")) {
            assertThat(gpu(q).assumed()).as(q).isTrue();
        }
        for (String q : List.of("A100 80GB", "RTX 6000 48G", "3060 12G", "3090", "P40", "M3 Max 36G", "H100 NVL", "DGX Spark")) {
            assertThat(gpu(q).assumed()).as(q).isFalse();
        }
        // Apple with no size: the smallest configuration, flagged.
        assertThat(gpu("m4 max 40-core").assumed()).isTrue();
    }

    @Test
    void aSizeStatedBesideTheNamePicksTheVariant() {
        // The question parser hands over "A100" and 80 GB separately.
        GpuMatch a100 = GPUS.find("A100", 80.0).orElseThrow();
        assertThat(a100.gpu().name()).isEqualTo("A100 80GB");
        assertThat(a100.assumed()).isFalse();
        assertThat(a100.toDevice().name()).isEqualTo("A100 80GB");
        assertThat(a100.toDevice().bandwidthGBs()).isEqualTo(1935);
        assertThat(GPUS.find("RTX 6000", 48.0).orElseThrow().gpu().name()).isEqualTo("RTX 6000 Ada Generation");
        assertThat(GPUS.find("M3 Max", 36.0).orElseThrow().gpu().name()).isEqualTo("Apple M3 Max (30-core GPU)");
        // Polaris cards sold in 4 GB and 8 GB at once: the size stated picks the board, none the smaller (rule C of the corpus)
        assertThat(GPUS.find("RX 580", 8.0).orElseThrow().gpu().name()).isEqualTo("Radeon RX 580 8GB");
        assertThat(GPUS.find("rx580", null).orElseThrow().gpu().name()).isEqualTo("Radeon RX 580 4GB");
        assertThat(GPUS.find("RX 570", 8.0).orElseThrow().gpu().name()).isEqualTo("Radeon RX 570 8GB");
        // A size in the name wins over the one beside it.
        assertThat(GPUS.find("A100 40GB", 80.0).orElseThrow().gpu().name()).isEqualTo("A100 40GB");
        // A unified size stated apart that the chip is not sold with is taken as given, not rejected.
        assertThat(GPUS.find("M4 Pro", 36.0).orElseThrow().toDevice().memoryBytes()).isEqualTo(Units.gib(36));
    }

    @Test
    void memoryModsAreNamedAsModified() {
        GpuMatch m = gpu("2080ti 22g");
        assertThat(m.modified()).isTrue();
        assertThat(m.assumed()).isFalse();
        Device d = m.toDevice();
        assertThat(d.name()).isEqualTo("GeForce RTX 2080 Ti (modified)");
        assertThat(d.memoryBytes()).isEqualTo(Units.gib(22));
        assertThat(d.bandwidthGBs()).isEqualTo(616);
        assertThat(GPUS.find("2080 Ti", 22.0).orElseThrow().modified()).isTrue();
        assertThat(gpu("4090 48G").toDevice().name()).isEqualTo("GeForce RTX 4090 (modified)");
        assertThat(gpu("2080 Ti").modified()).isFalse();
        assertThat(gpu("2080 Ti").toDevice().name()).isEqualTo("GeForce RTX 2080 Ti");
        // A size neither sold nor a known mod: the user's word, not called modified.
        assertThat(gpu("3060 16G").modified()).isFalse();
    }

    @Test
    void aCardSizedWithAnotherMemoryThanItsNameIsNotShownWithBoth() {
        // "NVIDIA A800-SXM4-40GB" (en30-autoawq-645): the catalog's SXM4 entry is the 80 GB card; sized with the 40 GB told
        Device d = GPUS.find("A800-SXM4-40GB", 40.0).orElseThrow().toDevice();
        assertThat(d.memoryBytes()).isEqualTo(Units.gib(40));
        assertThat(d.name()).isEqualTo("A800 SXM4");
        assertThat(GPUS.find("A800 SXM4", null).orElseThrow().toDevice().name()).isEqualTo("A800 SXM4 80GB");
        // a mod keeps its mark, a name without a memory figure keeps its name
        assertThat(gpu("3060 16G").toDevice().name()).isEqualTo("GeForce RTX 3060");
    }

    @Test
    void appleSizesAChipIsNotSoldWithAreRejected() {
        assertThatThrownBy(() -> GPUS.find("M3 Max 50GB")).isInstanceOf(InputError.class)
                .hasMessageContaining("Apple M3 Max (30-core GPU): [36, 96]")
                .hasMessageContaining("Apple M3 Max (40-core GPU): [48, 64, 128]")
                .hasMessageContaining("not 50 GB");
        assertThatThrownBy(() -> GPUS.find("M4 Max 32-core 128GB")).isInstanceOf(InputError.class)
                .hasMessage("Apple M4 Max (32-core GPU) comes with [36] GB of memory, not 128 GB");
    }

    @Test
    void unifiedMemoryOutsideAppleKeepsRoomForTheSystem() {
        Device spark = gpu("DGX Spark").toDevice();
        assertThat(spark.backend()).isEqualTo(Device.Backend.CUDA);
        assertThat(spark.usableBytes()).isEqualTo(Units.gib(96));
        assertThat(spark.name()).isEqualTo("DGX Spark 128GB");
        Device halo = gpu("Ryzen AI Max+ 395 128GB").toDevice();
        assertThat(halo.usableBytes()).isEqualTo(Units.gib(96));
        assertThat(halo.bandwidthGBs()).isEqualTo(256);
        assertThat(gpu("M4 Max 128GB").toDevice().usableBytes()).isEqualTo(Units.gib(96));
    }

    @Test
    void everyEntryHasTheFieldsOtherWorkRelies() {
        Set<String> segments = Set.of("desktop", "laptop", "workstation", "datacenter", "apple", "unified");
        List<String> missing = new ArrayList<>();
        for (GpuEntry g : GPUS.all()) {
            if (g.arch() == null || g.arch().isBlank()) missing.add(g.name() + ": arch");
            if (g.vendor().equals("nvidia") != (g.computeCapability() != null)) missing.add(g.name() + ": compute_capability");
            if (g.vendor().equals("apple") != (g.gpuCores() != null)) missing.add(g.name() + ": gpu_cores");
            if (g.vendor().equals("apple") && !g.arch().matches("Apple M\\d")) missing.add(g.name() + ": Apple arch");
            if (!segments.contains(g.segment())) missing.add(g.name() + ": segment " + g.segment());
            if (!g.source().startsWith("https://")) missing.add(g.name() + ": source");
            // the oldest cards people still ask about are Kepler cards (Tesla K20, 2012; GTX 780 and GTX Titan, 2013; Tesla K80, 2014)
            if (g.released() < 2012 || g.released() > 2026) missing.add(g.name() + ": released " + g.released());
            if (g.isUnified() != (g.segment().equals("apple") || g.segment().equals("unified"))) missing.add(g.name() + ": unified/segment");
        }
        assertThat(missing).isEmpty();
        assertThat(GPUS.all().stream().map(GpuEntry::vendor).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("nvidia", "amd", "intel", "apple", "huawei", "moorethreads", "rockchip", "mobile");
        assertThat(GPUS.all()).hasSizeGreaterThan(200);
    }

    @Test
    void huaweiAscendNpusResolveInTheFormsPeopleWrite() {
        List<Form> forms = List.of(
                // the bare 910B is its smaller (32 GB) bin, as a bare A100 is the 40 GB card (label rule C)
                f("Ascend 910B", "Ascend 910B", 32),
                f("910B", "Ascend 910B", 32),
                f("昇腾910B", "Ascend 910B", 32),
                f("华为昇腾910B", "Ascend 910B", 32),
                f("华为Ascend 910B", "Ascend 910B", 32),
                f("910B4", "Ascend 910B", 32),
                f("Ascend910B2", "Ascend 910B 64GB", 64),
                f("910B3", "Ascend 910B 64GB", 64),
                f("910B4-1", "Ascend 910B 64GB", 64),
                // the first 910 (2019, the 910A), named bare or with its letter; "910B" above stays the 910B
                f("Ascend 910", "Ascend 910", 32),
                f("昇腾910", "Ascend 910", 32),
                f("Ascend910", "Ascend 910", 32),
                f("910A", "Ascend 910", 32),
                f("华为Ascend 310P", "Atlas 300I Pro", 24),
                f("310P3", "Atlas 300I Pro", 24),
                f("Atlas 300I Pro", "Atlas 300I Pro", 24),
                f("atlas 300i duo", "Atlas 300I Duo", 96),
                f("300I Duo 96GB", "Atlas 300I Duo", 96),
                f("昇腾310B4", "Atlas 200I DK A2", 4),
                f("Atlas 200I DK A2", "Atlas 200I DK A2", 4));
        assertThat(misread(forms)).isEmpty();
        assertThat(GPUS.find("Ascend 910C")).isEmpty();
        GpuEntry b = gpu("910B").gpu();
        assertThat(b.backend()).isEqualTo(Device.Backend.CANN);
        assertThat(b.bandwidthGBs()).isEqualTo(1600);
        assertThat(b.supportsBf16()).isTrue();
        assertThat(b.supportsFp8()).isFalse();
        assertThat(gpu("310P").gpu().supportsBf16()).as("the 310P runs float16 only").isFalse();
        assertThat(gpu("Ascend 910").gpu().backend()).isEqualTo(Device.Backend.CANN);
        assertThat(gpu("Ascend 910").gpu().supportsBf16()).as("bf16 came with the 910B").isFalse();
        Device dk = gpu("Atlas 200I DK A2").toDevice();
        assertThat(dk.bandwidthGBs()).isEqualTo(25.6);
        assertThat(dk.usableBytes()).isEqualTo(Units.gib(3));
    }

    @Test
    void mooreThreadsCardsResolveWithTheirMusaBackend() {
        GpuMatch s80 = gpu("摩尔线程MTT S80");
        assertThat(s80.gpu().name()).isEqualTo("MTT S80");
        assertThat(s80.toDevice().memoryBytes()).isEqualTo(Units.gib(16));
        assertThat(s80.gpu().backend()).isEqualTo(Device.Backend.MUSA);
        assertThat(gpu("mtt s4000").toDevice().bandwidthGBs()).isEqualTo(768);
        // the workstation card on the S80's hardware, named bare in Chinese posts ("没有识别到X300")
        GpuMatch x300 = gpu("X300");
        assertThat(x300.gpu().name()).isEqualTo("MTT X300");
        assertThat(x300.toDevice().memoryBytes()).isEqualTo(Units.gib(16));
        assertThat(x300.gpu().backend()).isEqualTo(Device.Backend.MUSA);
    }

    @Test
    void precisionSupportFollowsTheArchitecture() {
        record P(String gpu, boolean fp8, boolean bf16) { }
        List<P> expected = List.of(
                new P("GTX 1080 Ti", false, false), new P("Tesla P40", false, false), new P("V100", false, false),
                new P("2080 Ti", false, false), new P("T4", false, false), new P("3090", false, true),
                new P("A100", false, true), new P("A10", false, true), new P("4090", true, true), new P("L40S", true, true),
                new P("RTX 6000 Ada", true, true), new P("H100 SXM", true, true), new P("H20", true, true),
                new P("B200", true, true), new P("5090", true, true), new P("DGX Spark", true, true),
                new P("MI50", false, false), new P("MI100", false, true), new P("MI250X", false, true), new P("MI300X", true, true),
                new P("MI355X", true, true), new P("RX 6800 XT", false, false), new P("7900 XTX", false, true),
                new P("9070 XT", true, true), new P("AI Max 395", false, true), new P("Arc A770", false, true),
                new P("Arc B580", false, true), new P("M1 Max", false, false), new P("M2 Ultra", false, true),
                new P("M4 Max", false, true));
        for (P p : expected) {
            GpuEntry g = gpu(p.gpu()).gpu();
            assertThat(g.supportsFp8()).as(p.gpu() + " fp8").isEqualTo(p.fp8());
            assertThat(g.supportsBf16()).as(p.gpu() + " bf16").isEqualTo(p.bf16());
        }
        assertThat(gpu("3090").gpu().computeCapability()).isEqualTo("8.6");
        // NVFP4: FP4 tensor cores from Blackwell; vLLM's weight-only Marlin path on Ampere and Hopper; NVIDIA's format only
        for (String blackwell : List.of("5090", "5060 Ti", "B200", "RTX PRO 6000", "DGX Spark")) {
            assertThat(gpu(blackwell).gpu().nvfp4()).as(blackwell).isEqualTo(GpuCaps.Fp4Path.NATIVE);
        }
        for (String marlin : List.of("3090", "A100", "4090", "H100 SXM", "L40S")) {
            assertThat(gpu(marlin).gpu().nvfp4()).as(marlin).isEqualTo(GpuCaps.Fp4Path.WEIGHT_ONLY);
        }
        for (String none : List.of("V100", "2080 Ti", "Tesla P40", "MI300X", "7900 XTX", "M4 Max", "Arc B580")) {
            assertThat(gpu(none).gpu().nvfp4()).as(none).isEqualTo(GpuCaps.Fp4Path.NONE);
        }
        assertThat(gpu("M3 Max 36G").gpu().gpuCores()).isEqualTo(30);
        assertThat(gpu("2080 Ti").gpu().memoryModsGb()).containsExactly(22);
    }

    @Test
    void aCatalogTheBuildCheckedReadsItsNamesAtTheFirstLookup() {
        GpuEntry g = gpu("RTX 3090").gpu();
        GpuEntry twin = new GpuEntry("RTX 3090 Twin", g.vendor(), List.of(g.name()), g.vramGb(), g.unifiedMemoryGb(), g.bandwidthGBs(),
                g.backend(), g.segment(), g.released(), g.source(), g.arch(), g.computeCapability(), g.gpuCores(), g.memoryModsGb(),
                g.fp16Tflops());
        List<GpuEntry> clash = List.of(g, twin);
        // the bundle's catalog: no name read at load, the clash found at the first card looked up
        GpuCatalog bundled = new GpuCatalog(clash, GpuEntry::name);
        assertThatThrownBy(() -> bundled.find("RTX 3090")).isInstanceOf(InputError.class)
                .hasMessage("RTX 3090 Twin: \"" + g.name() + "\" is already a name of " + g.name());
        assertThatThrownBy(() -> new GpuCatalog(clash, GpuEntry::name).checked()).isInstanceOf(InputError.class);
        assertThatThrownBy(() -> new GpuCatalog(clash)).isInstanceOf(InputError.class);
    }
}
