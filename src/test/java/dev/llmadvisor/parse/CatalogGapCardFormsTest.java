package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards people name that the catalog did not read: the laptop-only RTX 4050 by its bare name, the RTX 6000 Ada called
 * "A6000 Ada", the GeForce 940MX, Intel's Arc laptop chips (A730M), the Quadro M4000 and RTX A1000; each in English and Chinese frames, and the near misses that stay other cards.
 */
class CatalogGapCardFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final List<String> FRAMES = List.of("I have an {c} and 16gb ram, can it run ministral 8b?", "win10 x64 8G RAM NVIDIA {c}",
            "我的显卡是{c}，能跑qwen2.5 7b吗", "Running llama 3 8b on my {c}: why so slow?");

    /** The forms as written, each with the catalog card it must read as and that card's memory; lists the misses. */
    private static List<String> misses(List<String> written, String card, double gb) {
        List<String> misses = new ArrayList<>();
        for (String w : written) {
            for (String frame : FRAMES) {
                String q = frame.replace("{c}", w);
                Question p = PARSER.parse(q);
                List<GpuMention> g = p.gpus();
                GpuMatch m = g.size() == 1 ? K.gpus().find(g.get(0).text(), g.get(0).memoryGb()).orElse(null) : null;
                boolean ok = m != null && card.equals(m.gpu().name()) && m.memoryGb().orElse(m.gpu().vramGb()) == gb;
                if (!ok) misses.add(q + " -> " + g);
            }
        }
        return misses;
    }

    @Test
    void givenTheLaptopOnlyRtx4050ThenItIsTheLaptopCard() {
        assertThat(misses(List.of("RTX 4050", "rtx4050", "GeForce RTX 4050", "RTX 4050 6gb"), "GeForce RTX 4050 Laptop", 6)).isEmpty();
    }

    @Test
    void givenA6000AdaThenItIsTheRtx6000Ada() {
        assertThat(misses(List.of("A6000ada", "A6000 Ada", "RTX A6000 Ada"), "RTX 6000 Ada Generation", 48)).isEmpty();
    }

    @Test
    void givenThe940mxThenItIsRead() {
        assertThat(misses(List.of("GeForce 940MX", "940MX", "940mx"), "GeForce 940MX", 2)).isEmpty();
    }

    @Test
    void givenIntelArcLaptopChipsThenEachIsItsOwnCard() {
        assertThat(misses(List.of("Arc A730M", "Intel Arc A730M", "A730M", "arc a730m 12gb"), "Arc A730M", 12)).isEmpty();
        assertThat(misses(List.of("Arc A770M", "Intel Arc A770M", "a770m"), "Arc A770M", 16)).isEmpty();
        assertThat(misses(List.of("Arc A550M", "a550m"), "Arc A550M", 8)).isEmpty();
        assertThat(misses(List.of("Arc A370M", "A370M"), "Arc A370M", 4)).isEmpty();
    }

    @Test
    void givenTheQuadroM4000AndTheRtxA1000ThenEachIsItsOwn8GbCard() {
        assertThat(misses(List.of("Quadro M4000", "NVIDIA Quadro M4000", "M4000"), "Quadro M4000", 8)).isEmpty();
        assertThat(misses(List.of("RTX A1000", "NVIDIA RTX A1000"), "RTX A1000", 8)).isEmpty();
    }

    @Test
    void nearMissesStayTheirOwnCards() {
        assertThat(misses(List.of("Arc A770", "A770"), "Arc A770 8GB", 8)).isEmpty();
        assertThat(misses(List.of("RTX A6000", "A6000"), "RTX A6000", 48)).isEmpty();
        assertThat(misses(List.of("RTX 4060"), "GeForce RTX 4060", 8)).isEmpty();
        assertThat(misses(List.of("GTX 950"), "GeForce GTX 950", 2)).isEmpty();
    }
}
