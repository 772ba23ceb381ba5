package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a spec line's CPU says about the words around it: an amount written right after the CPU's name, with no word of its
 * own, is the machine's RAM, not the memory of the card named next ("i5-12400 32G RTX 3060", "13700KF 64G 4090"), unless
 * the card is sold with that amount; an AMD Ryzen APU (G, GE, H, HS and U parts) named with no card is a machine of
 * integrated graphics only, so CPU-only; a number glued by a hyphen to the word before ("cuda-12" in an image tag) counts
 * no cards; a card only heard of is not the person's.
 */
class CpuThenMemoryAndApuFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    /** CPUs as spec lines write them: Intel by tier and number, unlocked desktop parts, Ryzen X parts, a laptop chip. */
    private static final List<String> CPUS = List.of("i5-12400", "I5-12500", "i7-8665U", "i7 13700KF", "12700K", "5900X", "7950X3D",
            "Ryzen 7 5800X", "Core i9-13900K",
            // the dash left out, and Ryzen by its tier's shorthand as Chinese spec lists write it
            "i7 12700H", "I5 12400F", "R7 5800H", "r5 5600X", "R9 7950X");
    /** How the CPU, the amount and the card are strung: spaces, a comma, a slash, a plus, 、, in English and Chinese frames. */
    private static final List<String> FRAMES = List.of("{cpu} {gb}G {card}, can it run qwen2.5 14b?", "my pc: {cpu}, {gb}GB, {card}. ollama is slow",
            "配置 {cpu} {gb}G {card}，能跑什么模型", "win10 64 {cpu} {gb}G nvidia {card}", "{cpu}/{gb}G/{card}", "{cpu} + {gb}G + {card}",
            "电脑配置：{cpu}、{gb}G、{card}");

    private record Card(String written, double gb) { }

    private static final List<Card> CARDS = List.of(new Card("RTX 3060", 12), new Card("RTX 4090", 24), new Card("Quadro P4000", 8),
            new Card("RTX 4070", 12));

    private static String read(Question p) {
        return p.gpus().stream().map(g -> g.count() + "x" + g.memoryGb()).toList() + " ram " + p.ramGb() + " cpu-only " + p.cpuOnly();
    }

    private static double memoryOf(GpuMention g) {
        return g.memoryGb() != null ? g.memoryGb() : K.gpus().find(g.text(), null).map(m -> m.gpu().vramGb()).orElse(-1.0);
    }

    @Test
    void givenAnAmountRightAfterTheCpuThenItIsTheRamAndTheCardKeepsItsOwnMemory() {
        List<String> misses = new ArrayList<>();
        for (String cpu : CPUS) {
            for (Card card : CARDS) {
                for (String frame : FRAMES) {
                    for (int gb : new int[] {32, 64}) {
                        String q = frame.replace("{cpu}", cpu).replace("{gb}", String.valueOf(gb)).replace("{card}", card.written());
                        Question p = PARSER.parse(q);
                        boolean ok = p.gpus().size() == 1 && memoryOf(p.gpus().get(0)) == card.gb() && Double.valueOf(gb).equals(p.ramGb());
                        if (!ok) misses.add(q + " -> " + read(p));
                    }
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void givenTheCardSoldWithTheAmountAfterTheCpuThenTheAmountStaysTheCards() {
        for (String q : List.of("i9-13900K 24G 4090, can it run qwen2.5 32b?", "配置 13700KF 16G 4060Ti，能跑什么模型", "5900X 12GB RTX 3060 ollama slow")) {
            Question p = PARSER.parse(q);
            assertThat(p.gpus()).as(q).hasSize(1);
            assertThat(p.gpus().get(0).memoryGb()).as(q + " -> " + read(p)).isNotNull();
            assertThat(p.ramGb()).as(q).isNull();
        }
    }

    @Test
    void givenAnAmountWrittenAgainstTheCpuWordThenItIsTheRam() {
        // "CPU32G", "cpu16g": the machine's memory written against its CPU word, with or without a memory word after
        for (String q : List.of("cpu32g能部署7b的模型吗", "请问CPU32G内存的PC机能部署qwen 7b吗？", "CPU16G, can it run llama 3 8b?",
                "显卡24G，CPU32G，能跑qwen2.5 32b吗")) {
            Question p = PARSER.parse(q);
            assertThat(p.ramGb()).as(q + " -> " + read(p)).isEqualTo(q.contains("16") ? 16.0 : 32.0);
        }
        // only the CPU word: the GPU's written so is no RAM
        assertThat(PARSER.parse("gpu32g能部署7b的模型吗").ramGb()).isNull();
    }

    @Test
    void givenAnAmountWithItsOwnWordThenTheWordDecides() {
        // the RAM word and the card's own amount keep what they said, with or without the CPU before
        Question p = PARSER.parse("i5-12400 32G内存 RTX 3060 12G，能跑qwen 7b吗");
        assertThat(read(p)).isEqualTo("[1x12.0] ram 32.0 cpu-only false");
        p = PARSER.parse("13700K 24GB VRAM, 64GB RAM, can I run llama 3 70b?");
        assertThat(p.ramGb()).isEqualTo(64.0);
    }

    @Test
    void givenARyzenApuAndNoCardThenTheMachineIsCpuOnly() {
        List<String> misses = new ArrayList<>();
        for (String apu : List.of("AMD Ryzen 7 5700G with Radeon Graphics", "Ryzen 5 5600G", "ryzen 7 8700g", "Ryzen 5 4600GE",
                "AMD Ryzen 5 4600H with Radeon Graphics", "Ryzen 7 7840HS", "Ryzen 5 7640U")) {
            for (String frame : List.of("i am running the {apu} and jan is not using the GPU", "{apu}, 32GB RAM, which model can I run?",
                    "我的电脑是{apu}，显卡没有被调用", "CPU: {apu}\nRAM: 16GB\nollama only uses a little GPU memory")) {
                String q = frame.replace("{apu}", apu);
                Question p = PARSER.parse(q);
                if (!p.cpuOnly() || !p.gpus().isEmpty()) misses.add(q + " -> " + read(p));
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void givenARyzenApuWithACardThenTheCardStays() {
        for (String q : List.of("Ryzen 5 5600G + RTX 3060 12GB, ollama slow", "CPU: AMD Ryzen 5 5600G\nGPU: RX 6600 8GB", "R7 5800H笔记本，RTX 3060，能跑qwen 14b吗")) {
            Question p = PARSER.parse(q);
            assertThat(p.cpuOnly()).as(q).isFalse();
            assertThat(p.gpus()).as(q).hasSize(1);
        }
        // a desktop CPU that is no APU, named alone with a GPU word, is not read as integrated graphics
        assertThat(PARSER.parse("Ryzen 7 5800X, the GPU is not used by ollama").cpuOnly()).isFalse();
    }

    @Test
    void givenANumberGluedByAHyphenToTheWordBeforeThenItCountsNoCards() {
        for (String q : List.of("localai/localai:v3.10.1-gpu-nvidia-cuda-12\nRTX 3060 12GB\nthe model is slow",
                "image rocm/vllm:rocm-6 7900 XTX fails to load", "vllm/vllm-openai:v0.6.3-cuda-12 RTX 4090 OOM")) {
            Question p = PARSER.parse(q);
            assertThat(p.gpus()).as(q).hasSize(1);
            assertThat(p.gpus().get(0).count()).as(q).isEqualTo(1);
        }
        // a count set apart, or written with its sign, still counts
        for (String q : List.of("- 2 RTX 3090 in one box, can they run llama 70b?", "8-GPU 4090 server OOM", "4x 3090 rig")) {
            assertThat(PARSER.parse(q).gpus().get(0).count()).as(q).isGreaterThan(1);
        }
    }

    @Test
    void givenACardOnlyHeardOfThenItIsNotTheirs() {
        for (String q : List.of("I have heard that the B580 performs better, although my A770M is the weaker mobile variant",
                "I've heard a 4090 runs it at 40 t/s; I have a 3060 12GB", "Reportedly an H100 does it in a second, but my 3060 takes a minute")) {
            Question p = PARSER.parse(q);
            assertThat(p.gpus()).as(q + " -> " + read(p)).hasSize(1);
        }
    }
}
