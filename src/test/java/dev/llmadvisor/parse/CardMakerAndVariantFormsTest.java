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
 * Counts and memory of the cards a person has, as written on new texts (eval/real-questions/README.md, label rule C):
 * a board maker between the count and the card ("2x MSI 3090", "4 Galax 3070ti, 1 Asus 3070ti", "两张华硕4090") leaves
 * the count the card's; a size a card is sold in, said apart from it ("I have a 4060 Ti. 16GB.", "4060ti, can 16G
 * run …") picks that variant; a card named bare and, in another sentence, as its laptop version (a log's "RTX 3060
 * Laptop GPU") is one laptop card; a figure said to suffice ("16G左右就可以跑") is no RAM. Frames x values, with near
 * misses that must not be read so. French gigaoctets ("64 Go RAM") are gigabytes; a memory word hedged before its amount
 * ("内存将近400G") is still the machine's memory.
 */
class CardMakerAndVariantFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));

    private static String cards(Question q) {
        return q.gpus().stream().map(CardMakerAndVariantFormsTest::card).toList().toString();
    }

    private static String card(GpuMention g) {
        Double gb = g.memoryGb() != null ? g.memoryGb()
                : K.gpus().find(g.text(), null).map(m -> m.memoryGb().orElse(m.gpu().vramGb())).orElse(null);
        return g.count() + "x" + (gb == null ? "?" : Math.round(gb));
    }

    // ---- a series word

    @Test
    void aCardCountedTwiceWithAndWithoutItsSeriesWordIsOneCard() {
        // Intel's Arc and AMD's Instinct name a series, as GeForce does: "dual Intel Arc B580 … my dual B580" is two cards, not four
        List<String> misses = new ArrayList<>();
        for (String[] c : List.of(new String[] {"Intel Arc B580", "B580", "2x12"}, new String[] {"Arc A770", "A770", "2x8"},
                new String[] {"AMD Instinct MI100", "MI100", "2x32"})) {
            for (String f : List.of("I run ollama on my dual {a} setup. My dual {b} setup works with LM Studio, so it is not the hardware.",
                    "我有两张{a}。vllm跑不起来，但两张{b}在LM Studio上没问题")) {
                Question q = PARSER.parse(f.replace("{a}", c[0]).replace("{b}", c[1]));
                if (!cards(q).equals("[" + c[2] + "]")) misses.add(f + " " + c[0] + " -> " + cards(q));
            }
        }
        assertThat(misses).isEmpty();
        // two different cards of the series stay two
        assertThat(cards(PARSER.parse("I have an Arc A770 and an Arc B580, what can I run?"))).isEqualTo("[1x8, 1x12]");
    }

    // ---- board makers

    private static final List<String> MAKERS_EN = List.of("MSI", "ASUS", "Gigabyte", "Zotac", "ASUS ROG Strix", "MSI Gaming X Trio", "Galax");
    private static final List<String> MAKERS_ZH = List.of("华硕", "微星", "技嘉", "七彩虹", "索泰", "影驰");
    private static final List<String[]> COUNTED = List.of(new String[] {"3090", "24"}, new String[] {"RTX 4090", "24"},
            new String[] {"3070 Ti", "8"});

    @Test
    void aBoardMakerBetweenCountAndCardLeavesTheCount() {
        List<String> misses = new ArrayList<>();
        List<String> en = List.of("I have {n}x {m} {c} and 64GB RAM, can it run llama 3 70b?", "my rig: {n} {m} {c}, can it run qwen2.5 72b?",
                "Running {n} x {m} {c} with ollama, what can I run?");
        List<String> zh = List.of("我有{n}张{m}{c}，能跑70b吗", "{n}块{m} {c}跑qwen2.5 72b够吗");
        for (String[] c : COUNTED) {
            for (int n = 2; n <= 4; n++) {
                for (String m : MAKERS_EN) for (String f : en) check(misses, f, m, c, n);
                for (String m : MAKERS_ZH) for (String f : zh) check(misses, f, m, c, n);
            }
        }
        assertThat(misses).isEmpty();
    }

    private static void check(List<String> misses, String frame, String maker, String[] card, int n) {
        String q = frame.replace("{n}", "" + n).replace("{m}", maker).replace("{c}", card[0]);
        String got = cards(PARSER.parse(q));
        if (!got.equals("[" + n + "x" + card[1] + "]")) misses.add(q + " -> " + got);
    }

    @Test
    void theSameCardOfSeveralMakersIsCountedOnce() {
        assertThat(cards(PARSER.parse("I built a rig with 4 Galax 3070ti, 1 Asus 3070ti, 1 Gigabyte 3070ti. cuda out of memory")))
                .isEqualTo("[6x8]");
        assertThat(cards(PARSER.parse("我的机器：2张七彩虹3090，1张华硕3090，能跑qwen2.5 72b吗"))).isEqualTo("[3x24]");
    }

    @Test
    void aMakerWithoutACountIsOneCard() {
        // near misses: the maker names a laptop or something else; the count before it is not the card's
        assertThat(cards(PARSER.parse("my MSI laptop with a RTX 4060, can it run llama 3 8b?"))).isEqualTo("[1x8]");
        assertThat(cards(PARSER.parse("I have 2 MSI monitors and a 3090, can it run qwen 32b?"))).isEqualTo("[1x24]");
        assertThat(cards(PARSER.parse("my ASUS 4090 runs qwen 32b, can it run llama 3 70b?"))).isEqualTo("[1x24]");
    }

    // ---- a variant's size said apart from the card

    private static final List<String[]> VARIANTS = List.of(new String[] {"4060 Ti", "16", "8"}, new String[] {"4060ti", "16", "8"},
            new String[] {"RTX 3060", "8", "12"}, new String[] {"A100", "80", "40"}, new String[] {"V100", "32", "16"});

    @Test
    void aSoldSizeSaidApartPicksTheVariant() {
        List<String> frames = List.of("I have a {c}. {g}GB. Can it run llama 3 8b?", "My graphics card is {c}, can {g}G run with this project?",
                "{c}, {g}GB, can it run mistral 7b?", "我的显卡是{c}，{g}G，能跑qwen 7b吗");
        List<String> misses = new ArrayList<>();
        for (String[] v : VARIANTS) {
            for (String f : frames) {
                String q = f.replace("{c}", v[0]).replace("{g}", v[1]);
                String got = cards(PARSER.parse(q));
                if (!got.equals("[1x" + v[1] + "]")) misses.add(q + " -> " + got);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aFigureNoVariantHasStaysRamOrNothing() {
        // near misses: 16GB is no size the 3060 is sold in, so it stays the RAM; a one-size card keeps its size
        Question q = PARSER.parse("I have a 3060 and 16gb, can it run llama 3 8b?");
        assertThat(cards(q)).isEqualTo("[1x12]");
        assertThat(q.ramGb()).isEqualTo(16.0);
        Question one = PARSER.parse("I have a 3090, 24GB. Can it run qwen 32b?");
        assertThat(cards(one)).isEqualTo("[1x24]");
        assertThat(one.ramGb()).isNull();
        // two cards owned: a bare size is not given to either
        assertThat(cards(PARSER.parse("I have a 4060 Ti and a 3060. 16GB. Can they run qwen 14b?"))).isEqualTo("[1x8, 1x12]");
    }

    // ---- a laptop card named again in a log

    @Test
    void aCardNamedAgainAsItsLaptopVersionIsOneLaptopCard() {
        List<String> misses = new ArrayList<>();
        List<String[]> laptops = List.of(new String[] {"RTX 3060", "6"}, new String[] {"RTX 4060", "8"}, new String[] {"RTX 4090", "16"},
                new String[] {"RTX 3070", "8"});
        List<String> frames = List.of("On my laptop running {c} it fails.\n(i) - GPU[0] NVIDIA GeForce {c} Laptop GPU",
                "I use a {c}. ggml_cuda_init: found 1 CUDA devices:\n  Device 0: NVIDIA GeForce {c} Laptop GPU, compute capability 8.6",
                "我的笔记本是{c}，跑不动。\nDevice 0: NVIDIA GeForce {c} Laptop GPU");
        for (String[] c : laptops) {
            for (String f : frames) {
                String q = f.replace("{c}", c[0]);
                String got = cards(PARSER.parse(q));
                if (!got.equals("[1x" + c[1] + "]")) misses.add(q + " -> " + got);
            }
        }
        assertThat(misses).isEmpty();
        // near miss: a desktop card and a laptop one in one sentence are two machines' cards
        assertThat(cards(PARSER.parse("I have a RTX 4090 and a RTX 4090 laptop, which runs qwen 32b faster?"))).isEqualTo("[1x24, 1x16]");
    }

    // ---- a figure said to suffice

    @Test
    void aFigureSaidToSufficeIsNoRam() {
        for (String f : List.of("用A100 80G显存跑报显存不足，README中说的16G左右就可以跑", "4090跑不起来，文档说24G上下就能跑，为什么",
                "3090爆显存了，官方说20G左右的显存就够")) {
            assertThat(PARSER.parse(f).ramGb()).as(f).isNull();
        }
        // near miss: the RAM the person has, hedged, is still their RAM
        assertThat(PARSER.parse("我的电脑是3090，内存64G左右，能跑qwen 72b吗").ramGb()).isEqualTo(64.0);
    }

    // ---- French units

    @Test
    void frenchGigaoctetsBeforeAMemoryWordAreGigabytes() {
        List<String> misses = new ArrayList<>();
        for (int ram : new int[] {32, 64, 128}) {
            for (String f : List.of("Ryzen 7 5800X\n{r} Go RAM\nRTX 3080 Ti\n16 Go VRAM\nllama 13b is slow", "J'ai {r} Go de RAM et une RTX 4090, llama 3 70b ?",
                    "My config: {r} Go RAM, RTX 3090. Can it run qwen 32b?")) {
                String q = f.replace("{r}", "" + ram);
                Double got = PARSER.parse(q).ramGb();
                if (got == null || got != ram) misses.add(q + " -> ram " + got);
            }
        }
        assertThat(misses).isEmpty();
        // near misses: "go" as a word after a number
        assertThat(PARSER.parse("I have a 3090, ready to go 2 go models at once, can it run qwen 32b?").ramGb()).isNull();
        assertThat(PARSER.parse("with 8 go routines on my 3090, can it run llama 3 8b?").ramGb()).isNull();
    }

    // ---- hedged memory

    @Test
    void aMemoryWordHedgedBeforeItsAmountIsTheMachinesMemory() {
        List<String> misses = new ArrayList<>();
        for (String hedge : List.of("将近", "接近", "差不多", "大约")) {
            for (String f : List.of("显卡是3090，内存{h}128G，能跑70b吗", "GPU用的A100，内存{h}128G，应该不是内存不足的问题", "服务器内存{h}128G，没有显卡，能跑qwen 32b吗")) {
                String q = f.replace("{h}", hedge);
                Double got = PARSER.parse(q).ramGb();
                if (got == null || got != 128) misses.add(q + " -> ram " + got);
            }
        }
        assertThat(misses).isEmpty();
        // near misses: a use hedged is still a use
        assertThat(PARSER.parse("3090跑qwen 32b，内存占用将近20G，正常吗").ramGb()).isNull();
        assertThat(PARSER.parse("3090跑qwen 32b，用了接近28G内存，正常吗").ramGb()).isNull();
    }
}
