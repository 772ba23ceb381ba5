package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Units;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a machine's chips are written in spec lists, on generated questions: integrated graphics listed beside a card
 * ("GPU0: Intel UHD Graphics / GPU1: RTX 4060", "Intel Iris Xe and an RTX 3050") leave the card the person's one GPU, not
 * an option of a CPU-only machine; integrated graphics said alone, or with a card to buy, still are a machine without
 * one. A GeForce number with an "s" glued on ("RTX2060s", "4070s") is its Super where NVIDIA sold one, and a plural
 * elsewhere or after a count; "Arc770" is the Arc A770. Expected readings follow from the catalog, never from the program.
 */
class ChipListFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static final List<String> INTEGRATED = List.of("Intel UHD Graphics", "Intel(R) UHD Graphics 620", "Intel Iris Xe Graphics",
            "Intel HD Graphics 530", "核显");
    private static final List<String> CARDS = List.of("RTX 4060", "NVIDIA GeForce RTX 3050", "GTX 1650", "RTX 3070 Laptop");

    private static Understood read(String question) {
        return FACTS.understand(PARSER.parse(question)).understood();
    }

    private static Understood.Gpu card(String name, int count) {
        GpuMatch m = K.gpus().find(name, null).orElseThrow();
        Double mem = m.memoryGb().orElse(null);
        return new Understood.Gpu(m.gpu().name(), Units.toGib(m.gpu().toDevice(mem).memoryBytes()), count, m.gpu().isUnified());
    }

    @Test
    void integratedGraphicsListedBesideACardLeaveTheCardThePersonsGpu() {
        List<String> frames = List.of(
                "My laptop:\n- CPU: Intel Core i7 12650H\n- Memory: 32GB\n- GPU0: {i}\n- GPU1: {c}\nLlama 2 13B is very slow, why?",
                "GPU 0: {i}, GPU 1: {c}. Can it run qwen2.5 7b?",
                "My PC has {i} and a {c}. Which model can I run?",
                "Specs: {c} + {i}, 16GB RAM. Can I run llama 3 8b?",
                "I have two GPUs: {i} and {c}. Ollama runs llama 3 8b on the CPU, why?",
                "显卡：{i}和{c}，能跑qwen2.5 7b吗");
        List<String> misses = new ArrayList<>();
        for (String f : frames) {
            for (String i : INTEGRATED) {
                for (String c : CARDS) {
                    String q = f.replace("{i}", i).replace("{c}", c);
                    Understood u = read(q);
                    boolean ok = HardwareRoleFormsTest.same(u.gpus(), List.of(card(c, 1))) && u.alternatives().isEmpty() && !u.cpuOnly();
                    if (!ok) misses.add(q + "  ->  " + u.gpus() + " alt " + u.alternatives() + " cpu " + u.cpuOnly());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    /** Near misses: integrated graphics said alone, or as all the machine has beside a card to buy, are a CPU-only machine. */
    @Test
    void integratedGraphicsAloneOrWithACardToBuyStayAMachineWithoutAGpu() {
        List<String> misses = new ArrayList<>();
        for (String i : INTEGRATED) {
            for (String q : List.of("My laptop only has {i}. Can it run llama 3 8b?", "电脑只有{i}，能跑qwen2.5 7b吗",
                    "I only have {i}, no dedicated GPU. What can I run?")) {
                String text = q.replace("{i}", i);
                Understood u = read(text);
                if (!u.gpus().isEmpty() || !u.cpuOnly()) misses.add(text + "  ->  " + u.gpus() + " cpu " + u.cpuOnly());
            }
            for (String c : CARDS) {
                String text = "My laptop only has " + i + ". Should I buy a " + c + " to run llama 3 8b?";
                Understood u = read(text);
                if (!u.gpus().isEmpty() || !u.cpuOnly()) misses.add(text + "  ->  " + u.gpus() + " cpu " + u.cpuOnly());
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void anSGluedOnANumberNvidiaSoldASuperOfIsTheSuper() {
        List<String> frames = List.of("I have a {n}s, can it run llama 3 8b?", "目前GPU {line}{n}s 能运行那个模型？", "我的{n}s能跑qwen2.5 14b吗",
                "{line} {n}s + 32GB RAM, what can I run?");
        List<String> misses = new ArrayList<>();
        for (String n : List.of("2060", "2070", "2080", "4070", "4080", "1660")) {
            String line = n.startsWith("16") ? "GTX" : "RTX";
            for (String f : frames) {
                String q = f.replace("{line}", line).replace("{n}", n);
                Understood u = read(q);
                String superName = line + " " + n + " Super";
                if (!HardwareRoleFormsTest.same(u.gpus(), List.of(card(superName, 1)))) misses.add(q + "  ->  " + u.gpus() + " (want " + superName + ")");
            }
        }
        assertThat(misses).isEmpty();
    }

    /** Near misses: a count or a plural word before it, or a number with no Super, make the "s" a plural's. */
    @Test
    void anSAfterACountOrOnANumberWithoutASuperIsAPlural() {
        List<String> misses = new ArrayList<>();
        for (String n : List.of("2070", "4070", "3090", "4090", "3080")) {
            for (String q : List.of("I have two {n}s, can they run llama 3 70b?", "2x {n}s for llama 3 70b?", "I have several {n}s. What can I run?")) {
                String text = q.replace("{n}", n);
                Understood u = read(text);
                // "several" gives no number: only the card is checked
                boolean ok = u.gpus().size() == 1 && !u.gpus().get(0).name().contains("Super")
                        && (text.contains("several") || u.gpus().get(0).count() == 2);
                if (!ok) misses.add(text + "  ->  " + u.gpus());
            }
            if (n.equals("3090") || n.equals("4090") || n.equals("3080")) {
                String text = "My " + n + "s run out of memory with llama 3 70b";
                Understood u = read(text);
                if (u.gpus().isEmpty() || u.gpus().get(0).name().contains("Super")) misses.add(text + "  ->  " + u.gpus());
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void anArcNumberWithoutItsLetterIsTheArcA770OrA750() {
        List<String> misses = new ArrayList<>();
        for (String q : List.of("我用{c}跑qwen2 7b，速度怎么样？", "My {c} runs llama 3 8b slowly, is that normal?", "Intel {c}能跑deepseek r1 14b吗")) {
            for (String[] c : List.of(new String[] {"Arc770", "Arc A770 8GB"}, new String[] {"Arc 770", "Arc A770 8GB"},
                    new String[] {"Arc 770 16GB", "Arc A770 16GB"}, new String[] {"Arc750", "Arc A750"})) {
                String text = q.replace("{c}", c[0]);
                Understood u = read(text);
                if (!HardwareRoleFormsTest.same(u.gpus(), List.of(card(c[1], 1)))) misses.add(text + "  ->  " + u.gpus() + " (want " + c[1] + ")");
            }
        }
        assertThat(misses).isEmpty();
    }
}
