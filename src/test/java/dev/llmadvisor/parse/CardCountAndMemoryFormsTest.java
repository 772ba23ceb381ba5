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
 * How many cards, and whose memory an amount is, on generated sentences (frames x values, English and Chinese), with the
 * near misses that must not be read so: a spec list aligned with several spaces reads as one written in a line; "2 gpu
 * layers" are layers, not cards; "a 4-GPU setup" and "TP=4" count cards; a single card said of a run ("only 1 GPU is
 * used") does not hide the machine's count said later; "RTX 4090 / 24GB" and "H100, which has 80GB memory" are the
 * card's memory, not RAM.
 */
class CardCountAndMemoryFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static final List<String> CARDS = List.of("RTX 3090", "4090", "A100 80GB", "Tesla P40");

    private static GpuMention onlyCard(Question q) {
        return q.gpus().size() == 1 ? q.gpus().get(0) : null;
    }

    // ---- RAM modules in an aligned spec list

    private static final List<String> MODULES = List.of("{g}G  × {n}", "{g}GB   x {n}", "{n}  x  {g}GB", "{g}G *  {n}", "DDR5-5600 {g}G  ×  {n}");
    private static final List<String> SPEC_FRAMES = List.of("CPU：Xeon 8582C\n内存：{ram}\n显卡：{c}\n跑 deepseek r1 很慢",
            "CPU: EPYC 7B13\nRAM:   {ram}\nGPU:   {c}\ncan it run deepseek r1?");

    @Test
    void modulesInAnAlignedSpecListAreTheRamTheyMakeUp() {
        List<String> misses = new ArrayList<>();
        for (int[] gn : new int[][] {{32, 8}, {16, 4}, {64, 2}}) {
            for (String mod : MODULES) {
                for (String frame : SPEC_FRAMES) {
                    String q = frame.replace("{ram}", mod.replace("{g}", "" + gn[0]).replace("{n}", "" + gn[1])).replace("{c}", "RTX 3090");
                    Question p = PARSER.parse(q);
                    if (p.ramGb() == null || p.ramGb() != gn[0] * gn[1]) misses.add(q + " -> ram " + p.ramGb());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aSingleModuleStaysItsOwnSize() {
        // near miss: no count written with the amount
        assertThat(PARSER.parse("RAM:    64GB   DDR5\nGPU:   RTX 3090\ncan it run qwen2.5 72b?").ramGb()).isEqualTo(64.0);
        assertThat(PARSER.parse("内存：  32G\n显卡：  4090\n能跑 qwen2.5 32b 吗").ramGb()).isEqualTo(32.0);
    }

    // ---- counts

    private static final List<String> COUNT_FRAMES = List.of("I run qwen2.5 72b awq on {c} with a {n}-GPU setup and it OOMs",
            "{c} in an {n}-gpu node: vllm serve qwen2.5 72b fails",
            "only 1 gpu is used when I run llama 3 70b, though ollama sees {n} gpus. I have {c}",
            "运行 qwen2.5 72b 时只有1张卡在用，机器有{n}张卡，都是{c}");

    @Test
    void countsJoinedToTheWordOrSaidAfterABusyCardAreTheMachines() {
        List<String> misses = new ArrayList<>();
        for (int n : new int[] {2, 4, 8}) {
            for (String card : CARDS) {
                for (String frame : COUNT_FRAMES) {
                    String q = frame.replace("{c}", card).replace("{n}", "" + n);
                    GpuMention g = onlyCard(PARSER.parse(q));
                    if (g == null || g.count() != n) misses.add(q + " -> " + PARSER.parse(q).gpus());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    private static final List<String> LAYER_FRAMES = List.of("I have a {c}; with {n} gpu layers mistral 7b runs out of memory",
            "{c}, llama 3 8b with {n} GPU layers offloaded is slow", "我的{c}跑 qwen2.5 7b，设了{n} gpu layers 还是爆显存");

    @Test
    void layersOnTheGpuAreNoCards() {
        List<String> misses = new ArrayList<>();
        for (int n : new int[] {2, 20, 33}) {
            for (String card : CARDS) {
                for (String frame : LAYER_FRAMES) {
                    String q = frame.replace("{c}", card).replace("{n}", "" + n);
                    GpuMention g = onlyCard(PARSER.parse(q));
                    if (g == null || g.count() != 1) misses.add(q + " -> " + PARSER.parse(q).gpus());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void countsListedAsSetUpsTriedStayNoCount() {
        // near miss: "1 GPU or 2 GPUs" are set-ups weighed, as "2 GPUs or 4 GPUs" are
        assertThat(PARSER.parse("llama 3 70b on 1 gpu or 2 gpus, which is faster? I have 3090s").gpus())
                .allSatisfy(g -> assertThat(g.count()).isNotEqualTo(2));
    }

    @Test
    void aCountGluedToADataCentreCardCountsItsCards() {
        List<String> misses = new ArrayList<>();
        // given a one-digit count written onto a data-centre card's short name ("on 4A10", "8L40S", "用2T4")
        for (String card : List.of("A10", "A40", "L40S", "L4", "T4", "P40")) {
            for (String frame : List.of("I can't serve qwen2.5 32b awq on 4{c}, it always gives me OOM", "用4{c}部署qwen2.5 32b报错")) {
                String q = frame.replace("{c}", card);
                GpuMention g = onlyCard(PARSER.parse(q));
                // then it is four of that card, not one
                if (g == null || g.count() != 4 || !g.text().toUpperCase().contains(card)) misses.add(q + " -> " + PARSER.parse(q).gpus());
            }
        }
        assertThat(misses).isEmpty();
        // near miss: a time written as hours and minutes is no H20
        assertThat(PARSER.parse("loading qwen2.5 32b took 1h20 on my 3090").gpus()).singleElement()
                .satisfies(g -> assertThat(g.text()).contains("3090"));
    }

    private static final List<String> TP_FORMS = List.of("TurbomindEngineConfig(tp={n})", "TP={n}", "tp = {n}", "tp_size: {n}", "--tp {n}");
    private static final List<String> TP_FRAMES = List.of("{c} pipeline('internlm2-7b', backend_config={tp}) fails",
            "在{c}上用 lmdeploy 部署 qwen2.5 72b（{tp}）报错");

    @Test
    void aTensorParallelKeyCountsTheCards() {
        List<String> misses = new ArrayList<>();
        for (int n : new int[] {2, 4, 8}) {
            for (String tp : TP_FORMS) {
                for (String frame : TP_FRAMES) {
                    String q = frame.replace("{c}", "Tesla P40").replace("{tp}", tp.replace("{n}", "" + n));
                    GpuMention g = onlyCard(PARSER.parse(q));
                    if (g == null || g.count() != n) misses.add(q + " -> " + PARSER.parse(q).gpus());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void wordsEndingInTpAreNoParallelSize() {
        for (String q : List.of("Tesla P40, http=4 proxy set, qwen2.5 7b fails", "Tesla P40 ftp=2 download of qwen2.5 7b fails")) {
            assertThat(onlyCard(PARSER.parse(q)).count()).as(q).isEqualTo(1);
        }
    }

    // ---- a card's memory said after it

    private static final List<String> SLASH_FRAMES = List.of("NVIDIA {c} / {g}GB cannot run qwen2.5 32b normally", "{c} / {g}G 跑 qwen2.5 32b 爆显存");

    @Test
    void anAmountSlashedAfterACardIsItsMemoryWhenSoldWithIt() {
        List<String> misses = new ArrayList<>();
        for (String[] cg : new String[][] {{"RTX 4090", "24"}, {"RTX 3060", "12"}, {"A100", "80"}, {"Tesla V100", "32"}}) {
            for (String frame : SLASH_FRAMES) {
                String q = frame.replace("{c}", cg[0]).replace("{g}", cg[1]);
                Question p = PARSER.parse(q);
                GpuMention g = onlyCard(p);
                if (g == null || g.memoryGb() == null || g.memoryGb() != Double.parseDouble(cg[1]) || p.ramGb() != null) {
                    misses.add(q + " -> " + p.gpus() + " ram " + p.ramGb());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aSpecListsRamAfterASlashStaysRam() {
        // near misses: a size the card is not sold with, or one a RAM word names, is the machine's RAM
        assertThat(PARSER.parse("RTX 3090 / 64GB / Ryzen 9, can it run llama 3 70b?").ramGb()).isEqualTo(64.0);
        assertThat(PARSER.parse("RTX 3090 / 32GB DDR5, can it run llama 3 70b?").ramGb()).isEqualTo(32.0);
    }

    private static final List<String> RELATIVE_FRAMES = List.of("The docs say {c} can work, which has only {g}G memory. I use 8 x H20 (96G) and get OOM",
            "I tried the {c}, which has {g}GB memory, and qwen3 32b fails", "{c}只有{g}G内存，跑不了 qwen2.5 72b 吗");

    @Test
    void aCardsOwnMemoryCalledMemoryIsNoRam() {
        List<String> misses = new ArrayList<>();
        for (String[] cg : new String[][] {{"H100", "80"}, {"A100", "40"}, {"RTX 4090", "24"}}) {
            for (String frame : RELATIVE_FRAMES) {
                String q = frame.replace("{c}", cg[0]).replace("{g}", cg[1]);
                Double ram = PARSER.parse(q).ramGb();
                if (ram != null) misses.add(q + " -> ram " + ram);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void memoryBesideACardThatIsNotItsSizeStaysRam() {
        // near misses: an amount no variant of the card has, said after it, is the machine's memory
        assertThat(PARSER.parse("I have a RTX 4090, which has 64GB memory in the box; can it run llama 3 70b?").ramGb()).isEqualTo(64.0);
        assertThat(PARSER.parse("我有一张4090，有64G内存，能跑 qwen2.5 72b 吗").ramGb()).isEqualTo(64.0);
    }
}
