package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.GpuEntry;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.testing.Understanding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every card of the catalog sold with several memory sizes (RTX 3060 8/12, 4060 Ti 8/16, V100 16/32, A100 40/80, RX 580
 * 4/8, MI50 16/32, …), taken from the catalog rather than from questions, read in each form people write its memory: after
 * the name ("12G", "12GB", "12 GB", "12g", "(12GB)", "12GB版", "12G显存", "with 12GB VRAM", "- 12GB", ", 12GB VRAM"), before
 * it ("12GB 3060", "12G的3060") and glued onto the name ("4060ti16GB", "306012GB", "306012G"). Each form gives one card of
 * that memory; the bare name gives the variant that holds it (label rule C).
 */
class CatalogVariantMemoryFormsTest {

    private static final Knowledge KNOWLEDGE = Knowledge.load(Path.of("knowledge"));
    /** A size written in a name: "3060 12gb", "a100 80gb pcie" (such names are not bare). */
    private static final Pattern SIZE_IN_NAME = Pattern.compile(".*\\d+ ?gb?\\b.*");
    private static final Pattern HAN = Pattern.compile(".*\\p{IsHan}.*");
    /** A name ending in letters after its number takes its memory glued on ("4060ti16gb"), and so does a bare number ("306012gb"). */
    private static final Pattern GLUES_MEMORY = Pattern.compile(".*\\d[a-z]{2,}|\\d{3,4}");

    private static final List<String> FORMS = List.of(
            "{c} {m}G", "{c} {m}GB", "{c} {m} GB", "{c} {m}g", "{c} ({m}GB)", "{c} {m}GB版", "{c} {m}G显存", "{c} with {m}GB VRAM",
            "{c} - {m}GB", "{c}, {m}GB VRAM", "{m}GB {c}", "{m}G的{c}");

    /** The catalog's cards by their name without a memory size, where the entries of one name differ in memory. */
    private static Map<String, List<GpuEntry>> variantCards() {
        Map<String, List<GpuEntry>> byName = new LinkedHashMap<>();
        for (GpuEntry g : KNOWLEDGE.gpus().all()) {
            if (g.isUnified()) continue;
            byName.computeIfAbsent(g.name().replaceFirst("\\s*\\b\\d+(?:\\.\\d+)?\\s?GB\\b", "").trim(), k -> new ArrayList<>()).add(g);
        }
        byName.values().removeIf(es -> es.stream().map(GpuEntry::vramGb).distinct().count() < 2);
        return byName;
    }

    /** The shortest alias of the family without a size, as people write it ("3060", "v100", "rx580"). */
    private static String bareName(List<GpuEntry> family) {
        return family.stream().flatMap(g -> g.aliases().stream())
                .filter(a -> !SIZE_IN_NAME.matcher(a).matches() && !HAN.matcher(a).matches())
                .min(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static String question(String card) {
        return HAN.matcher(card).matches() ? "我的" + card + "能跑qwen2.5 7b吗" : "I have a " + card + ". Can it run llama 3 8b?";
    }

    private static String num(double gb) {
        return gb == Math.rint(gb) ? String.valueOf((long) gb) : String.valueOf(gb);
    }

    private static void oneCardOf(String q, double gb) {
        Understood u = Understanding.of(q);
        assertThat(u.gpus()).as(q).hasSize(1);
        assertThat(u.gpus().get(0).count()).as(q).isEqualTo(1);
        assertThat(u.gpus().get(0).vramGb()).as(q).isEqualTo(gb);
    }

    @TestFactory
    Stream<DynamicTest> aVariantNamedWithItsMemoryIsThatVariant() {
        List<DynamicTest> tests = new ArrayList<>();
        variantCards().forEach((family, entries) -> {
            String bare = bareName(entries);
            for (GpuEntry g : entries) {
                List<String> forms = new ArrayList<>(FORMS);
                if (GLUES_MEMORY.matcher(bare).matches()) forms.addAll(List.of("{c}{m}GB", "{c}{m}G"));
                for (String form : forms) {
                    String q = question(form.replace("{c}", bare).replace("{m}", num(g.vramGb())));
                    tests.add(DynamicTest.dynamicTest(q + " -> " + num(g.vramGb()) + " GB", () -> oneCardOf(q, g.vramGb())));
                }
            }
        });
        assertThat(tests).hasSizeGreaterThan(500);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aVariantCardNamedBareIsTheVariantHoldingTheBareName() {
        return variantCards().values().stream().map(entries -> {
            String bare = bareName(entries);
            GpuEntry holder = entries.stream().filter(g -> g.aliases().contains(bare)).findFirst().orElseThrow();
            String q = question(bare);
            return DynamicTest.dynamicTest(q + " -> " + holder.name(), () -> oneCardOf(q, holder.vramGb()));
        });
    }
}
