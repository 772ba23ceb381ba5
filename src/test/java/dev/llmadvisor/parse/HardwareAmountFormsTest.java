package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amounts and counts of a machine, by grammar, on generated sentences: the ways people state system RAM (spec
 * lists, memory modules, server notation, system-information pastes, English and Chinese) and what is not RAM (use,
 * swap, disk, file sizes, a need); the ways they state one card's memory (variants, mods, totals over several cards,
 * nvidia-smi rows); and the ways they count cards. Each form (a row) is put into several sentence frames and tried
 * on several cards and sizes; the expected reading follows from the corpus's label definitions
 * (eval/real-questions/README.md) and the catalog, never from the program. The role logic (owned, option, someone
 * else's) is {@link HardwareRoleFormsTest}'s; here the person always states their own machine.
 */
class HardwareAmountFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** One generated question and the hardware it states; {@code cpuOnly}: a machine without a usable GPU. */
    private record Case(String question, List<Understood.Gpu> gpus, Double ram, boolean cpuOnly) {
        Case(String question, List<Understood.Gpu> gpus, Double ram) { this(question, gpus, ram, false); }
    }

    /** A row of the test: one form, all its generated questions. */
    private record Form(String group, String name, List<Case> cases) {
        @Override
        public String toString() { return group + ": " + name; }
    }

    /** What the catalog makes of a card name with a stated memory (null: the name's own), {@code count} of them. */
    private static Understood.Gpu card(String name, Double gb, int count) {
        GpuMatch m = K.gpus().find(name, gb).orElseThrow(() -> new IllegalArgumentException(name));
        Double mem = gb != null ? gb : m.memoryGb().orElse(null);
        return new Understood.Gpu(m.gpu().name(), Units.toGib(m.gpu().toDevice(mem).memoryBytes()), count, m.gpu().isUnified());
    }

    /** A card as written in a sentence, English and Chinese, and what it is. */
    private record Written(String en, String zh, Understood.Gpu gpu) { }

    private static final List<Written> OWN_CARDS = List.of(
            new Written("a 3090", "一张3090", card("3090", null, 1)),
            new Written("an RTX 4090", "RTX 4090", card("RTX 4090", null, 1)),
            new Written("2x 3090", "两张3090", card("3090", null, 2)),
            new Written("an A100 80GB", "A100 80G", card("A100", 80.0, 1)),
            new Written("a 4060 Ti 16GB", "4060ti 16G", card("4060 Ti", 16.0, 1)));

    // ---- RAM stated

    /** English sentences around the person's card ({c}) and a RAM statement ({r}). */
    private static final List<String> EN_FRAMES = List.of(
            "I have {c} and {r}. Can it run llama 3 70b?",
            "My setup: {c}, {r}. What can I run?",
            "{r} and {c} here, is qwen2.5 72b possible?",
            "Specs: {c} / {r} / Ryzen 9 7950X. Which models fit?");
    private static final List<String> ZH_FRAMES = List.of(
            "我的{c}，{r}，能跑70b吗",
            "配置：{c} + {r}，能跑qwen2.5 72b吗",
            "{r}，{c}，想跑deepseek r1 32b",
            "本人{c}，{r}，跑qwen3 30b很慢");

    private static final int[] SIZES = {32, 64, 128, 256};

    /** A RAM statement: each size written in the form, in English or Chinese frames; {@code ram} null: it states none. */
    private static Form ram(String group, String name, boolean zh, IntFunction<String> form, IntFunction<Double> ram) {
        return ram(group, name, zh ? ZH_FRAMES : EN_FRAMES, zh, form, ram);
    }

    private static Form ram(String group, String name, List<String> frames, boolean zh, IntFunction<String> form, IntFunction<Double> ram) {
        List<Case> cases = new ArrayList<>();
        for (String frame : frames) {
            for (Written c : OWN_CARDS) {
                for (int gb : SIZES) {
                    String q = frame.replace("{c}", zh ? c.zh() : c.en()).replace("{r}", form.apply(gb));
                    cases.add(new Case(q, List.of(c.gpu()), ram.apply(gb)));
                }
            }
        }
        return new Form(group, name, cases);
    }

    private static Form ram(String name, boolean zh, IntFunction<String> form) {
        return ram("RAM", name, zh, form, gb -> (double) gb);
    }

    private static Stream<Form> ramForms() {
        return Stream.of(
                ram("{n}GB RAM", false, n -> n + "GB RAM"),
                ram("{n} GB of RAM", false, n -> n + " GB of RAM"),
                ram("RAM: {n} GB", false, n -> "RAM: " + n + " GB"),
                ram("{n} gigs of system memory", false, n -> n + " gigs of system memory"),
                ram("{n}GB of DDR5", false, n -> n + "GB of DDR5"),
                ram("DDR5 {n}GB", false, n -> "DDR5 " + n + "GB"),
                ram("{n}GB DDR4-3200", false, n -> n + "GB DDR4-3200"),
                ram("2x{n/2}GB DDR4", false, n -> "2x" + n / 2 + "GB DDR4"),
                ram("4x {n/4}GB RDIMM", false, n -> "4x " + n / 4 + "GB RDIMM"),
                ram("{n}GB (2x{n/2}GB) DDR5", false, n -> n + "GB (2x" + n / 2 + "GB) DDR5"),
                ram("2 sticks of {n/2}GB", false, n -> "2 sticks of " + n / 2 + "GB"),
                ram("RAM: 4 x {n/4}GB", false, n -> "RAM: 4 x " + n / 4 + "GB"),
                ram("RAM : {n/2}GB * 2", false, n -> "RAM : " + n / 2 + "GB * 2"),
                ram("ram 2*{n/2}g", false, n -> "ram 2*" + n / 2 + "g"),
                ram("{n} GB ECC memory", false, n -> n + " GB ECC memory"),
                ram("RAM {n} GB ({n}-0.3 usable)", false, n -> "RAM " + n + " GB (" + (n - 0.3) + " usable)"),
                ram("Memory: {n} GiB", false, n -> "Memory: " + n + " GiB"),
                ram("内存{n}G", true, n -> "内存" + n + "G"),
                ram("{n}G内存", true, n -> n + "G内存"),
                ram("内存 {n}GB", true, n -> "内存 " + n + "GB"),
                ram("内存：DDR5 {n}G", true, n -> "内存：DDR5 " + n + "G"),
                ram("主机内存{n}G", true, n -> "主机内存" + n + "G"),
                ram("机器内存{n}G", true, n -> "机器内存" + n + "G"),
                ram("电脑内存是{n}G", true, n -> "电脑内存是" + n + "G"),
                ram("运行内存{n}G", true, n -> "运行内存" + n + "G"),
                ram("{n}G运存", true, n -> n + "G运存"),
                ram("内存条{n}G", true, n -> "内存条" + n + "G"),
                ram("两条{n/2}G内存", true, n -> "两条" + n / 2 + "G内存"),
                ram("内存 4*{n/4}G", true, n -> "内存 4*" + n / 4 + "G"),
                ram("{n}G(4*{n/4}G)内存", true, n -> n + "G(4*" + n / 4 + "G)内存"),
                ram("16C{n}G的服务器", true, n -> "16C" + n + "G的服务器"),
                ram("{n}G的内存", true, n -> n + "G的内存"),
                ram("内存不大，只有{n}G", true, n -> "内存不大，只有" + n + "G"),
                ram("内存大小：{n}G", true, n -> "内存大小：" + n + "G"),
                ram("内存容量{n}G", true, n -> "内存容量" + n + "G"),
                ram("RAM size: {n}GB", false, n -> "RAM size: " + n + "GB"),
                ram("memory capacity {n} GB", false, n -> "memory capacity " + n + " GB"),
                // a hedge on the RAM stated: the cue before it decides
                ram("about {n}GB of RAM", false, n -> "about " + n + "GB of RAM"),
                ram("around {n} GB RAM", false, n -> "around " + n + " GB RAM"),
                ram("~{n}GB RAM", false, n -> "~" + n + "GB RAM"),
                ram("approximately {n}GB of system memory", false, n -> "approximately " + n + "GB of system memory"),
                ram("my RAM is about {n}GB", false, n -> "my RAM is about " + n + "GB"),
                ram("memory is around {n}G", false, n -> "memory is around " + n + "G"),
                ram("内存大概{n}G", true, n -> "内存大概" + n + "G"),
                ram("内存约{n}G", true, n -> "内存约" + n + "G"),
                ram("内存大约{n}GB", true, n -> "内存大约" + n + "GB"),
                ram("内存{n}G左右", true, n -> "内存" + n + "G左右"));
    }

    /** Terabytes of RAM: servers for the largest models. */
    private static Stream<Form> terabyteForms() {
        List<Form> out = new ArrayList<>();
        for (String[] f : new String[][] {{"{t}TB of RAM", "false"}, {"{t}TB RAM", "false"}, {"RAM: {t} TB", "false"},
                {"内存 {t}T", "true"}, {"{t}T 内存", "true"}, {"内存{t}TB", "true"}, {"{t}T内存", "true"}}) {
            boolean zh = Boolean.parseBoolean(f[1]);
            List<Case> cases = new ArrayList<>();
            for (String frame : zh ? ZH_FRAMES : EN_FRAMES) {
                for (Written c : OWN_CARDS) {
                    for (int t : new int[] {1, 2}) {
                        String q = frame.replace("{c}", zh ? c.zh() : c.en()).replace("{r}", f[0].replace("{t}", String.valueOf(t)));
                        cases.add(new Case(q, List.of(c.gpu()), t * 1024.0));
                    }
                }
            }
            out.add(new Form("RAM", f[0], cases));
        }
        return out.stream();
    }

    /** A card named with "with": the RAM after it is the machine's, not the card's ("a 3090 with 64 gigs of RAM"). */
    private static Stream<Form> withForms() {
        List<Form> out = new ArrayList<>();
        for (String r : List.of("{n}GB of RAM", "{n} gigs of RAM", "{n}GB of system RAM", "{n}GB of system memory", "{n} GB of DDR4", "{n}GB ECC RAM")) {
            List<Case> cases = new ArrayList<>();
            for (String frame : List.of("I have {c} with {r}. Can it run llama 3 70b?", "Running {c} with {r}, which model fits?")) {
                for (Written c : OWN_CARDS) {
                    for (int gb : SIZES) cases.add(new Case(frame.replace("{c}", c.en()).replace("{r}", r.replace("{n}", String.valueOf(gb))),
                            List.of(c.gpu()), (double) gb));
                }
            }
            out.add(new Form("RAM", "{c} with " + r, cases));
        }
        return out.stream();
    }

    /**
     * A RAM word and a card word each joined to their value by a copula ("内存是64GB，显卡是3090", "RAM is 64GB, GPU is a
     * 3090"): each value is what its own word names, so the amount stays RAM and the card keeps the memory it is sold with.
     */
    private static Stream<Form> copulaForms() {
        List<Form> out = new ArrayList<>();
        for (String[] f : new String[][] {
                {"内存是{n}GB，显卡是{c}，能跑70b吗", "true"}, {"内存为{n}G，显卡为{c}，跑qwen2.5 72b够吗", "true"},
                {"我的电脑内存是{n}G，显卡是{c}，想跑deepseek r1 32b", "true"}, {"内存：{n}G 显卡：是{c}", "true"},
                {"RAM is {n}GB, GPU is {c}. Can it run llama 3 70b?", "false"}, {"My RAM is {n} GB and my GPU is {c}; what can I run?", "false"},
                {"Memory = {n}GB, GPU = {c}. Which model fits?", "false"}, {"System RAM was {n}GB, the GPU was {c}, and mixtral ran slowly", "false"}}) {
            boolean zh = Boolean.parseBoolean(f[1]);
            List<Case> cases = new ArrayList<>();
            for (Written c : OWN_CARDS) {
                for (int gb : SIZES) {
                    cases.add(new Case(f[0].replace("{c}", zh ? c.zh() : c.en()).replace("{n}", String.valueOf(gb)), List.of(c.gpu()), (double) gb));
                }
            }
            out.add(new Form("RAM", f[0], cases));
        }
        return out.stream();
    }

    /**
     * "a 3090 with 128GB of memory": an amount after one card that is more than twice any size the card is sold with (a
     * memory mod at most doubles it) is the machine's RAM, whatever word follows it; within that, it stays the card's.
     */
    private static Stream<Form> beyondCardForms() {
        List<Written> cards = List.of(new Written("a 3090", "3090", card("3090", null, 1)), new Written("an RTX 4090", "4090", card("4090", null, 1)),
                new Written("a 4070 Ti", "4070ti", card("4070 Ti", null, 1)), new Written("a 3080", "3080", card("3080", null, 1)));
        List<Form> out = new ArrayList<>();
        for (String[] f : new String[][] {{"I'm running on {c} with {n}GB of memory. Can it run llama 3 70b?", "false"},
                {"I run {c} with {n} GB memory, which model fits?", "false"}, {"Setup: {c}, {n}GB. Is qwen2.5 72b possible?", "false"},
                {"我的{c} {n}G，能跑70b吗", "true"}, {"用的是{c}，{n}G，跑qwen2.5 72b很慢", "true"}}) {
            boolean zh = Boolean.parseBoolean(f[1]);
            List<Case> cases = new ArrayList<>();
            for (Written c : cards) {
                for (int gb : new int[] {64, 128, 256}) {
                    cases.add(new Case(f[0].replace("{c}", zh ? c.zh() : c.en()).replace("{n}", String.valueOf(gb)), List.of(c.gpu()), (double) gb));
                }
            }
            out.add(new Form("RAM beyond the card", f[0], cases));
        }
        return out.stream();
    }

    /** A system-information paste on lines of its own, the card stated after it. */
    private static Form paste(String name, IntFunction<String> paste, IntFunction<Double> ram) {
        List<Case> cases = new ArrayList<>();
        for (Written c : OWN_CARDS) {
            for (int gb : SIZES) {
                for (String frame : List.of("{p}\nGPU: {c}\nollama is slow with llama 3 70b", "I have {c}. My system:\n{p}\nCan it run mixtral?")) {
                    cases.add(new Case(frame.replace("{p}", paste.apply(gb)).replace("{c}", c.en()), List.of(c.gpu()), ram.apply(gb)));
                }
            }
        }
        return new Form("RAM paste", name, cases);
    }

    private static Stream<Form> pasteForms() {
        return Stream.of(
                // /proc/meminfo: kibibytes, a little short of the installed size
                paste("MemTotal: {kB} kB", n -> "MemTotal:       " + Math.round(n * 1024 * 1024 * 0.982) + " kB", n -> (double) n),
                // free -h: the figure as printed
                paste("free -h Mem: row", n -> "               total        used        free      shared  buff/cache   available\n"
                        + "Mem:           " + (n - 2) + "Gi       3.2Gi       " + (n - 6) + "Gi       2.0Mi       1.5Gi       " + (n - 5) + "Gi\n"
                        + "Swap:          8.0Gi          0B       8.0Gi", n -> (double) (n - 2)),
                // free -m: mebibytes without a unit
                paste("free -m Mem: row", n -> "              total        used        free\nMem:         " + Math.round(n * 1024 * 0.98)
                        + "        3273      " + Math.round(n * 1024 * 0.9) + "\nSwap:          2047           0        2047", n -> (double) n),
                // Windows: Settings > About, systeminfo
                paste("Installed RAM", n -> "Installed RAM\t" + n + ".0 GB (" + (n - 0.2) + " GB usable)", n -> (double) n),
                paste("Total Physical Memory", n -> "Total Physical Memory:     " + String.format("%,d", Math.round(n * 1024 * 0.995)) + " MB", n -> (double) n),
                // neofetch: used / total in mebibytes, the total a little short of the installed size
                paste("neofetch Memory", n -> "OS: Ubuntu 22.04\nMemory: 6180MiB / " + (n * 1024 - 300) + "MiB", n -> (double) n),
                // Ollama's server log, before every load (server.go / sched.go): the RAM it found, a little short of the installed
                paste("Ollama system memory", n -> "time=2025-07-30T10:49:00.715+10:00 level=INFO source=server.go:135 msg=\"system memory\" total=\""
                        + String.format(java.util.Locale.ROOT, "%.1f", n * 0.975) + " GiB\" free=\"" + (n / 2) + ".0 GiB\" free_swap=\"8.0 GiB\"", n -> (double) n),
                paste("Ollama system memory, newer", n -> "time=2026-05-05T01:30:33.796+08:00 level=INFO source=sched.go:484 msg=\"system memory\" total=\""
                        + String.format(java.util.Locale.ROOT, "%.1f", n * 0.98) + " GiB\" free=\"" + (n - 3) + ".9 GiB\" free_swap=\"4.0 GiB\"", n -> (double) n));
    }

    // ---- what is not RAM

    /** Sentences with an amount that is no RAM of the machine: a use, disk, a file's size, a need. */
    private static final List<String> NOT_RAM_EN = List.of(
            "I have {c} and {r}. Can it run llama 3 70b?",
            "My setup: {c}. {r}. Is that normal?",
            "I'm on {c}; {r}, so what can I run?");
    private static final List<String> NOT_RAM_ZH = List.of(
            "我的{c}，{r}，能跑70b吗",
            "本人{c}。{r}，正常吗");

    private static Form notRam(String name, boolean zh, IntFunction<String> form) {
        return ram("not RAM", name, zh ? NOT_RAM_ZH : NOT_RAM_EN, zh, form, gb -> null);
    }

    private static Stream<Form> notRamForms() {
        return Stream.of(
                notRam("ollama uses {n}GB of RAM", false, n -> "ollama uses " + n + "GB of RAM"),
                notRam("{n}GB of swap", false, n -> n + "GB of swap"),
                notRam("a {n}GB swap file", false, n -> "a " + n + "GB swap file"),
                notRam("a {n}GB page file", false, n -> "a " + n + "GB page file"),
                notRam("a {n}TB NVMe", false, n -> "a " + n / 32 + "TB NVMe"),
                notRam("the model file is {n}GB", false, n -> "the model file is " + n + "GB"),
                notRam("the README says it needs {n}GB of RAM", false, n -> "the README says it needs " + n + "GB of RAM"),
                notRam("内存占用{n}G", true, n -> "内存占用" + n + "G"),
                // a hedged figure of memory in use stays a use
                notRam("ollama uses about {n}GB of RAM", false, n -> "ollama uses about " + n + "GB of RAM"),
                notRam("RAM usage is around {n}GB", false, n -> "RAM usage is around " + n + "GB"),
                notRam("it's eating about {n}gb RAM", false, n -> "it's eating about " + n + "gb RAM"),
                notRam("内存占用大概{n}G", true, n -> "内存占用大概" + n + "G"),
                notRam("内存用了大约{n}G", true, n -> "内存用了大约" + n + "G"),
                // a cap set on the memory a run may take is no memory the machine has
                notRam("the memory is limited to {n}GB", false, n -> "the memory is limited to " + n + "GB"),
                notRam("RAM capped at {n}GB for the container", false, n -> "RAM capped at " + n + "GB for the container"),
                notRam("内存限制在{n}G", true, n -> "内存限制在" + n + "G"),
                notRam("限制显存到{n}G", true, n -> "限制显存到" + n + "G"),
                notRam("虚拟内存{n}G", true, n -> "虚拟内存" + n + "G"),
                notRam("模型文件{n}G", true, n -> "模型文件" + n + "G"),
                notRam("模型大小{n}G", true, n -> "模型大小" + n + "G"),
                notRam("the model size is {n}GB", false, n -> "the model size is " + n + "GB"),
                notRam("官方说需要{n}G内存", true, n -> "官方说需要" + n + "G内存"),
                notRam("固态硬盘{n}T", true, n -> "固态硬盘" + n / 32 + "T"),
                // what a model was loaded in, or a figure said to have sufficed: a need met, not the machine's memory
                notRam("I was able to load this model in {n} gigs of vram", false, n -> "I was able to load this model in " + n + " gigs of vram"),
                notRam("it loads into {n}GB with 4-bit weights", false, n -> "it loads into " + n + "GB with 4-bit weights"),
                notRam("之前只用{n}G显存就足够了", true, n -> "之前只用" + n + "G显存就足够了"),
                notRam("以前仅用了{n}G", true, n -> "以前仅用了" + n + "G"),
                ram("{n}个G内存", true, n -> n + "个G内存"),
                // a GPTQ group size ("4bit-128g") is no memory
                notRam("vicuna-7B-GPTQ-4bit-{n}g", false, n -> "TheBloke/vicuna-7B-GPTQ-4bit-" + n + "g"),
                notRam("Llama-2-13B-GPTQ 4bit-{n}g", true, n -> "模型是Llama-2-13B-GPTQ-4bit-" + n + "g"));
    }

    // ---- one card's memory

    /** A card with its memory as written, and what it is: the catalog's card for the name and that memory. */
    private static Form perCard(String written, String name, Double gb, int count) {
        Understood.Gpu g = card(name, gb, count);
        List<Case> cases = new ArrayList<>();
        for (String frame : List.of("I have {h}. Can it run llama 3 70b?", "我们有{h}，能跑qwen2.5 72b吗", "Server: {h}, 512GB RAM. Which models fit?",
                "服务器配置：{h}，内存512G，能跑deepseek r1吗", "{h}跑deepseek r1 32b很慢")) {
            cases.add(new Case(frame.replace("{h}", written), List.of(g), frame.contains("512") ? 512.0 : null));
        }
        return new Form("memory per card", written, cases);
    }

    /** A module whose one memory is shared by CPU and GPU, as written, in frames that state no RAM apart. */
    private static Form unifiedModule(String written, String name, double gb) {
        Understood.Gpu g = card(name, gb, 1);
        List<Case> cases = new ArrayList<>();
        for (String frame : List.of("I have {h}. Can it run llama 3 8b?", "我的{h}能跑qwen2.5 7b吗", "{h}跑deepseek r1 7b很慢")) {
            cases.add(new Case(frame.replace("{h}", written), List.of(g), null));
        }
        return new Form("memory per card", written, cases);
    }

    private static Stream<Form> perCardForms() {
        return Stream.of(
                perCard("A100 40G*8", "A100", 40.0, 8),
                perCard("8*A100 80G", "A100", 80.0, 8),
                perCard("8卡A100(80G)", "A100", 80.0, 8),
                perCard("A100 80GB x4", "A100", 80.0, 4),
                perCard("4090 48G", "4090", 48.0, 1),
                perCard("4090 48G 魔改版两张", "4090", 48.0, 2),
                perCard("2080ti 22g", "2080 Ti", 22.0, 1),
                perCard("2080ti魔改22G", "2080 Ti", 22.0, 1),
                perCard("V100 32GB", "V100", 32.0, 1),
                perCard("V100 16GB", "V100", 16.0, 1),
                perCard("A800 80G", "A800", 80.0, 1),
                perCard("3060 12G", "3060", 12.0, 1),
                perCard("3060 8G", "3060", 8.0, 1),
                perCard("3080 12G", "3080", 12.0, 1),
                perCard("4060 laptop 8GB", "4060 laptop", 8.0, 1),
                perCard("RTX 6000 Ada", "RTX 6000 Ada", null, 1),
                perCard("Quadro RTX 6000", "Quadro RTX 6000", null, 1),
                perCard("2x3090 (48GB total)", "3090", 24.0, 2),
                perCard("4x 3090 (96GB VRAM)", "3090", 24.0, 4),
                perCard("两张3090共48G显存", "3090", 24.0, 2),
                perCard("2x 4060 Ti with 32GB VRAM total", "4060 Ti", 16.0, 2),
                perCard("Tesla K80 (2x12GB)", "K80", 12.0, 2),
                perCard("2x A100 with 160GB of VRAM", "A100", 80.0, 2),
                perCard("8x RTX 6000 build, 768GB of VRAM", "RTX 6000", 96.0, 8),
                perCard("四张V100，一共128G显存", "V100", 32.0, 4),
                perCard("两张4090 48G", "4090", 48.0, 2),
                perCard("24G×6 nvidia A10", "A10", 24.0, 6),
                perCard("80G*8 A100", "A100", 80.0, 8),
                perCard("48GB x 4 A6000", "A6000", 48.0, 4),
                // the memory after a slash ("A100/80G")
                perCard("4块 A100/80G", "A100", 80.0, 4),
                perCard("8卡A800/80G", "A800", 80.0, 8),
                perCard("A100/40G", "A100", 40.0, 1),
                perCard("2x A6000/48GB", "A6000", 48.0, 2),
                // label rule C: a name sold in variants launched together, written without its memory, is the smaller
                perCard("8卡A800", "A800", 40.0, 8),
                perCard("A800", "A800", 40.0, 1),
                perCard("P100", "P100", 12.0, 1),
                perCard("2x Tesla P100", "P100", 12.0, 2),
                perCard("A770", "A770", 8.0, 1),
                perCard("Arc A770", "A770", 8.0, 1),
                // a variant the name implies: Intel's own Limited Edition A770 was sold with 16 GB only
                perCard("Arc A770 Limited Edition", "A770", 16.0, 1),
                perCard("4x INTEL ARC 770 LIMITED EDITION", "A770", 16.0, 4),
                perCard("A770 Limited Edition两张", "A770", 16.0, 2),
                perCard("M40", "M40", 12.0, 1),
                perCard("2x Tesla M40", "M40", 12.0, 2),
                perCard("RX 5500 XT", "RX 5500 XT", 4.0, 1),
                perCard("9060 XT", "9060 XT", 8.0, 1),
                // an NVIDIA vGPU profile on the board's name ("A40-24Q"): the slice's frame buffer is the card the guest has
                perCard("NVIDIA A40-24Q", "A40", 24.0, 1),
                perCard("A100-40C", "A100", 40.0, 1),
                perCard("Tesla T4-8Q", "T4", 8.0, 1),
                perCard("2x L40S-24Q", "L40S", 24.0, 2),
                perCard("A10-12Q", "A10", 12.0, 1),
                // the memory glued onto the name
                perCard("4060ti16GB", "4060 Ti", 16.0, 1),
                perCard("RTX4060Ti8G", "4060 Ti", 8.0, 1),
                perCard("3060ti8g", "3060 Ti", 8.0, 1),
                perCard("2x 4060ti16g", "4060 Ti", 16.0, 2),
                perCard("rtx3060 12g", "3060", 12.0, 1),
                // a name ending in a letter that reads like a unit is no glued memory ("A10G" is a card)
                perCard("A10G", "A10G", null, 1),
                perCard("1x A10g (24G vram)", "A10G", 24.0, 1),
                perCard("NVIDIA RTX A3000", "RTX A3000 Laptop", null, 1),
                perCard("8台V100 * 32G", "V100", 32.0, 8),
                // "TiS" for Ti Super; a laptop workstation card apart from its desktop namesake (8 GB, not 16); Intel's 32 GB card
                perCard("4070TiS", "4070 Ti Super", null, 1),
                perCard("2x 4070 Ti S", "4070 Ti Super", null, 2),
                perCard("RTX 2000 Ada Laptop", "RTX 2000 Ada Generation Laptop", null, 1),
                perCard("NVIDIA RTX 2000 Ada Generation Laptop GPU", "RTX 2000 Ada Generation Laptop", null, 1),
                perCard("RTX 2000 Ada", "RTX 2000 Ada Generation", null, 1),
                perCard("2x Arc Pro B70", "Arc Pro B70", null, 2),
                perCard("双卡 Arc Pro B70", "Arc Pro B70", null, 2),
                // a Jetson Orin sized 32 or 64 GB is the AGX module, the only one sold in those sizes (a module with one
                // memory: no RAM stated apart)
                unifiedModule("Jetson Orin 64GB", "Jetson AGX Orin", 64.0),
                unifiedModule("Jetson Orin 32GB", "Jetson AGX Orin", 32.0));
    }

    /**
     * Memory said of each card, or of the cards together, right after they are named ("4 GPUs, each having 32 GB of
     * memory", "each GPU has 80G memory", "each GPU card has 12GB of memory", "with a total of 96GB of memory", "每张卡内存24G"):
     * the cards' memory, never RAM.
     */
    private static Stream<Form> perCardWordForms() {
        List<Form> out = new ArrayList<>();
        for (String f : List.of("I have a node with {n} {c} GPUs, each having {m} GB of memory. Can it serve qwen2.5 72b?",
                "I can't serve llama 3 70b on {n} {c} GPUs (each GPU has {m}G memory)",
                "We run {n} {c} GPUs, each with {m}GiB of memory, and vllm fails",
                "I have {n} {c} GPU with a total of {t}GB of memory. The model requires 70GB.",
                "服务器有{n}张{c}，每张卡内存{m}G，能跑deepseek r1吗",
                "{n}张{c}，单卡显存{m}G，跑qwen2.5 72b很慢",
                // each card by any measure word
                "服务器有{n}块{c}，每块显存{m}G，能跑deepseek r1吗",
                "机器上{n}张{c}，每卡{m}G，vllm起不来",
                // each card named in two words, said before or after the cards
                "Each GPU card has {m}GB of memory, I have {n} * {c}. How can I use them for inference?",
                "We have {n} {c} cards and every graphics card has {m} GB of memory; vllm still fails")) {
            List<Case> cases = new ArrayList<>();
            for (Object[] c : new Object[][] {{"A100", 80.0}, {"V100", 32.0}, {"3090", 24.0}, {"A40", 48.0}}) {
                for (int n : new int[] {2, 4, 8}) {
                    double m = (Double) c[1];
                    String q = f.replace("{n}", String.valueOf(n)).replace("{c}", (String) c[0]).replace("{m}", String.valueOf((int) m))
                            .replace("{t}", String.valueOf((int) m * n));
                    cases.add(new Case(q, List.of(card((String) c[0], m, n)), null));
                }
            }
            out.add(new Form("memory of each card", f, cases));
        }
        return out.stream();
    }

    /**
     * Label rule C: a card named without its memory, sold in several sizes, is the variant that holds what a run used on it
     * ("显存占用大概30G" on a V100 is the 32 GB card); a need, a size, or a use the smaller variant holds picks nothing.
     */
    private static Stream<Form> variantByUseForms() {
        List<Form> out = new ArrayList<>();
        // {card, used figure, the variant that holds it, a figure the smaller variant holds}
        Object[][] cards = {{"V100", 30.0, 32.0, 12.0}, {"A100", 60.5, 80.0, 30.0}, {"A800", 75.0, 80.0, 20.0}, {"4060 Ti", 11.6, 16.0, 6.5}};
        List<String> used = List.of("在{c}上fp16推理13b模型，显存占用大概{u}G，耗时3s以内",
                "{c}单卡推理 qwen 72b int4 很慢。GPU Memory cost: {u}GB",
                "Loading qwen2.5 14b on my {c} uses {u} GB of VRAM, is that normal?",
                "my {c} runs vllm with max_memory = {0: '{u}GB'} and qwen2.5 72b is slow",
                "{c}，peak GPU mem: {u}G，qwen 7b 8192 tokens");
        // written as a floor: a use "more than" the smaller variant's own size is the larger variant
        used = new ArrayList<>(used);
        for (String floor : List.of("占用{m}G+", "显存占用超过{m}G", "显存占用{m}G以上", "uses more than {m}GB of VRAM", "takes over {m} GB",
                "VRAM usage is over {m}GB", "显存占用大于{m}G")) {
            used.add("在{c}上部署qwen2.5 7b，" + floor.replace("{m}", "{small}") + "，正常吗");
            used.add("Serving qwen2.5 14b on one {c}: " + floor.replace("{m}", "{small}").replace("uses", "it uses").replace("takes", "it takes") + ". Why?");
        }
        // a figure printed in full by a program, as Python prints a float
        used.add("{c}单卡 qwen 72b int4 推理。GPU Memory cost: {ulong}GB");
        for (String f : used) {
            List<Case> cases = new ArrayList<>();
            for (Object[] c : cards) {
                String card = (String) c[0];
                double small = vocabulary(card).get(0);
                String q = f.replace("{c}", card).replace("{u}", num((Double) c[1])).replace("{small}", num(small))
                        .replace("{ulong}", String.valueOf((Double) c[1] + 0.0390181541442));
                cases.add(new Case(q, List.of(card(card, (Double) c[2], 1)), null));
            }
            out.add(new Form("variant by use", f, cases));
        }
        // on several cards, a use said of each card ("--max-gpu-memory=30GB", "30GB per GPU") picks the variant; a plain one is a sum
        for (String f : List.of("python3 -m fastchat.serve.model_worker --num-gpus=2 --max-gpu-memory={u}GB on 2x {c} is slow",
                "两块{c}，每张卡占用{u}G，推理很慢", "2x {c}: vllm takes {u}GB per GPU with qwen2.5 32b")) {
            List<Case> cases = new ArrayList<>();
            for (Object[] c : cards) {
                String q = f.replace("{c}", (String) c[0]).replace("{u}", num((Double) c[1]));
                cases.add(new Case(q, List.of(card((String) c[0], (Double) c[2], 2)), null));
            }
            out.add(new Form("variant by use on each of several cards", f, cases));
        }
        List<String> other = List.of("The model needs {u}GB. Will my {c} do?", "我的{c}跑qwen2.5 7b，用了{s}G显存",
                "两块{c}跑qwen2.5 72b int4，显存占用{s2}G");
        for (String f : other) {
            List<Case> cases = new ArrayList<>();
            for (Object[] c : cards) {
                String q = f.replace("{c}", (String) c[0]).replace("{u}", num((Double) c[1])).replace("{s}", num((Double) c[3]))
                        .replace("{s2}", num((Double) c[1]));
                cases.add(new Case(q, List.of(card((String) c[0], null, f.startsWith("两块") ? 2 : 1)), null));
            }
            out.add(new Form("variant not by need or small use", f, cases));
        }
        return out.stream();
    }

    /** The memory sizes the catalog sells a card name with, smallest first. */
    private static List<Double> vocabulary(String card) {
        return Assembly.vocabulary(K).memoryOf(card).stream().sorted().toList();
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((int) d) : String.valueOf(d);
    }

    /** Figures that are not a card's memory or count: a bandwidth ("288 GB/s"), an Apple chip's GPU cores ("38 GPU core"). */
    private static Stream<Form> notCardFigureForms() {
        List<Case> bandwidth = new ArrayList<>();
        for (String[] c : new String[][] {{"RTX 4090", "1008"}, {"RTX 3090", "936"}, {"RTX 4060", "272"}}) {
            for (String f : List.of("GPU: NVIDIA GeForce {c} (SM89, {b} GB/s)\nRAM: 64 GB DDR5\nqwen3 14b fails to start",
                    "My {c} has {b}GB/s of bandwidth, why is llama 3 8b slow?")) {
                bandwidth.add(new Case(f.replace("{c}", c[0]).replace("{b}", c[1]), List.of(card(c[0], null, 1)), f.contains("64 GB") ? 64.0 : null));
            }
        }
        List<Case> cores = new ArrayList<>();
        for (Object[] c : new Object[][] {{"M2 Max", 32.0, 38}, {"M3 Max", 64.0, 40}, {"M4 Pro", 48.0, 20}}) {
            for (String f : List.of("{chip} {gb} GB / {k} GPU core, 12 CPU core benchmark with llama 3 8b",
                    "Tests from a Macbook Pro {chip} with {k} GPU cores and {gb}GB: qwen2.5 32b speed")) {
                String q = f.replace("{chip}", (String) c[0]).replace("{gb}", num((Double) c[1])).replace("{k}", String.valueOf(c[2]));
                cores.add(new Case(q, List.of(card((String) c[0], (Double) c[1], 1)), null));
            }
        }
        return Stream.of(new Form("not a card figure", "a bandwidth in GB/s", bandwidth), new Form("not a card figure", "GPU cores", cores));
    }

    /** One card named twice, once by the person and once by a report or its full name: one card. */
    private static Form twice(String first, String again, String name, Double gb) {
        Understood.Gpu g = card(name, gb, 1);
        List<Case> cases = new ArrayList<>();
        for (String frame : List.of("I have {a}. {b} runs llama 3 70b slowly, why?", "我的{a}跑qwen2.5 72b很慢，{b}", "{a} here; {b}. What can I run?")) {
            cases.add(new Case(frame.replace("{a}", first).replace("{b}", again), List.of(g), null));
        }
        return new Form("named twice", first + " / " + again, cases);
    }

    private static Stream<Form> twiceForms() {
        return Stream.of(
                twice("a Mac Studio M2 Ultra 192GB", "Apple M2 Ultra chip", "M2 Ultra", 192.0),
                twice("a MacBook Pro M3 Max 128GB", "The M3 Max", "M3 Max", 128.0),
                twice("an RTX 4090", "nvidia-smi shows NVIDIA GeForce RTX 4090 with 24564MiB", "RTX 4090", null),
                twice("a V100 32G", "Tesla V100-SXM2-32GB", "V100 SXM2", 32.0),
                twice("an A100", "GPU 0: NVIDIA A100-SXM4-80GB", "A100 SXM4", 80.0));
    }

    /**
     * A card named with its memory as one of the options a question weighs, then bare as the person's own ("can it use a
     * Tesla M40 24GB or other old GPUs? I have many M40s"): one card, of the memory it was named with.
     */
    private static Stream<Form> optionThenOwnedForms() {
        List<Form> out = new ArrayList<>();
        for (String f : List.of("Can airllm make use of a Tesla K80 or {c} {m}GB and other GPUs of that vintage? I have many {c}s and DDR3 servers.",
                "Does it support {c} {m}G or Tesla P4? I have several {c}s, would llama 3 70b work?",
                "能用{c} {m}G或者P4这种老卡吗？我手上有很多{c}")) {
            List<Case> cases = new ArrayList<>();
            for (Object[] c : new Object[][] {{"M40", 24.0}, {"A800", 80.0}, {"A100", 80.0}, {"P100", 16.0}}) {
                String q = f.replace("{c}", (String) c[0]).replace("{m}", num((Double) c[1]));
                cases.add(new Case(q, List.of(card((String) c[0], (Double) c[1], 1)), null));
            }
            out.add(new Form("named as an option, then owned", f, cases));
        }
        return out.stream();
    }

    /** nvidia-smi's device table, one row per card: the rows count the cards and the memory column is each one's. */
    private static Stream<Form> smiForms() {
        List<Form> out = new ArrayList<>();
        for (String[] c : new String[][] {{"NVIDIA GeForce RTX 3090", "24576", "3090", "24"}, {"NVIDIA A100-SXM4-80GB", "81920", "A100 SXM4", "80"},
                {"NVIDIA RTX A6000", "49140", "RTX A6000", "48"}}) {
            List<Case> cases = new ArrayList<>();
            for (int rows : new int[] {1, 2, 4, 8}) {
                StringBuilder t = new StringBuilder("| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |\n");
                for (int i = 0; i < rows; i++) {
                    t.append("|   ").append(i).append("  ").append(c[0]).append("  On  | 00000000:").append(String.format("%02X", 7 + 4 * i))
                            .append(":00.0 Off |                    0 |\n")
                            .append("| N/A   33C    P0    61W / 400W |      4MiB / ").append(c[1]).append("MiB |      0%      Default |\n");
                }
                t.append("vllm runs out of memory with llama 3 70b. Why?");
                cases.add(new Case(t.toString(), List.of(card(c[2], Double.parseDouble(c[3]), rows)), null));
            }
            out.add(new Form("nvidia-smi", c[0], cases));
        }
        return out.stream();
    }

    // ---- counts

    /** A count written with a card: {c} is the card's name; each card of {@link #COUNTED} is tried. */
    private static Form count(String written, int count, String frame) {
        return count(written, count, frame, COUNTED);
    }

    private static Form count(String written, int count, String frame, List<String> cards) {
        List<Case> cases = new ArrayList<>();
        for (String name : cards) {
            cases.add(new Case(frame.replace("{h}", written.replace("{c}", name)), List.of(card(name, null, count)), null));
        }
        return new Form("count", written + " in \"" + frame + "\"", cases);
    }

    private static final List<String> COUNTED = List.of("4090", "A100", "H100", "L40S", "3090");
    private static final List<String> DGX = List.of("A100", "H100", "H200", "H800", "B200");

    private static Stream<Form> countForms() {
        String en = "We have {h}. Can we run deepseek r1?";
        String zh = "我们有{h}，能跑deepseek r1吗";
        return Stream.of(
                count("8卡{c}", 8, zh), count("一机八卡{c}", 8, zh), count("单卡{c}", 1, zh), count("双卡{c}", 2, zh),
                count("四张{c}", 4, zh), count("{c}四卡", 4, zh), count("{c} 8卡", 8, zh), count("{c}*4", 4, zh),
                count("八块{c}", 8, zh), count("4 块 {c}", 4, zh), count("{c}两张", 2, zh), count("3张{c}", 3, zh),
                count("8台{c}", 8, zh),
                count("two {c}s", 2, en), count("three {c}s", 3, en), count("four {c}s", 4, en), count("{c} x4", 4, en),
                count("4x {c}", 4, en), count("{c}*4", 4, en), count("8 x {c}", 8, en), count("8 {c} GPUs", 8, en),
                count("a single {c}", 1, en), count("dual {c}", 2, en), count("a pair of {c}s", 2, en), count("a couple of {c}s", 2, en),
                count("a couple {c}s", 2, en), count("一对{c}", 2, zh), count("一對{c}", 2, zh), count("a dozen {c}s", 12, en),
                count("half a dozen {c}s", 6, en),
                // near misses: the same words counting something else leave one card
                count("{c}", 1, "I asked a couple questions about my {h} last week; can it run deepseek r1?"),
                count("{c}", 1, "A dozen people share my {h}. Can it run deepseek r1?"), count("{c}", 1, "一对一辅导用的{h}，能跑deepseek r1吗"),
                // a count glued on, or in brackets after the name; 路 ("ways") after digits as after a count word
                count("{c}x2", 2, en), count("{c}x4", 4, en), count("{c} (x4)", 4, en), count("{c} (2x)", 2, en), count("{c}（x8）", 8, zh),
                count("4路{c}", 4, zh), count("四路{c}", 4, zh), count("双路{c}", 2, zh), count("8路{c}", 8, zh),
                count("2 nodes of 8 {c}s", 16, en),
                // a rig's name, a seller's count, a bridge, a count said of the card just named, the card repeated
                count("4-way {c}", 4, en), count("8-way {c}", 8, en), count("a 2-way {c} setup", 2, en), count("2pcs {c}", 2, en),
                count("4 pcs {c}", 4, zh), count("2 pieces of {c}", 2, en), count("{c} SLI", 2, en), count("{c}s in SLI", 2, en),
                count("{c} NVLink pair", 2, en), count("an NVLinked {c} pair", 2, en), count("{c} (two of them)", 2, en),
                count("{c}, 4 of them", 4, en), count("{c}双路", 2, zh), count("{c} 四路", 4, zh), count("{c}两路", 2, zh),
                count("{c} + {c}", 2, en), count("{c} and {c}", 2, en), count("{c}、{c}", 2, zh), count("{c}+{c}+{c}", 3, zh),
                count("2x {c} + {c}", 3, en), count("{c}和{c}", 2, zh),
                // NVIDIA's DGX systems: eight GPUs each (DGX-2: sixteen, DGX Station: four)
                count("a DGX {c}", 8, en, DGX), count("2x DGX {c}", 16, en, DGX), count("一台DGX {c}", 8, zh, DGX),
                count("an HGX {c} server", 8, en, DGX), count("a DGX Station {c}", 4, en, List.of("A100")), count("a DGX-2 {c}", 16, en, List.of("V100")),
                // a DGX Spark is one machine of its own chip
                count("a {c}", 1, en, List.of("DGX Spark")), count("two {c}s", 2, en, List.of("DGX Spark")), count("2 nodes with 8x {c} each", 16, en), count("两台机器，每台8张{c}", 16, zh),
                count("{c}", 4, "CUDA_VISIBLE_DEVICES=0,1,2,3 vllm serve Qwen/Qwen2.5-72B-Instruct on {h} runs out of memory"),
                count("{c}", 2, "CUDA_VISIBLE_DEVICES=0,1 python -m vllm.entrypoints.openai.api_server --model Qwen/Qwen2.5-72B-Instruct fails on {h}"),
                count("{c}", 4, "vllm serve Qwen/Qwen2.5-72B-Instruct --tensor-parallel-size 4 fails with OOM on {h}"),
                count("{c}", 8, "用{h}跑vllm，--tensor-parallel-size 8，deepseek r1显存不够"),
                // devices named by their index: each index is one card of the kind named
                count("{c}", 2, "cuda:0 and cuda:1 are both {h}. Why does vllm OOM with qwen2.5 72b?"),
                count("{c}", 2, "My {h} cards on GPU0 and GPU1 run out of memory with llama 3 70b"),
                count("{c}", 4, "GPU 0, GPU 1, GPU 2 and GPU 3 are all {h}; qwen2.5 72b is slow"),
                count("{c}", 2, "model = AutoModelForCausalLM.from_pretrained(path, device_map={0: 'cuda:0', 1: 'cuda:1'}) on {h} fails with OOM"),
                count("{c}", 2, "python -m fastchat.serve.model_worker --gpus 0,1 on {h}, qwen2.5 72b runs out of memory"),
                count("{c}", 4, "gpu_ids=[0,1,2,3] on our {h} server, llama 3 70b is slow"),
                count("{c}", 2, "0号卡和1号卡都是{h}，跑qwen2.5 72b显存不够"),
                // counted by a measure word, then said to be all of one card
                count("{c}", 2, "我有两块，都是{h}，跑qwen2.5 72b不行"),
                count("{c}", 4, "服务器有4张，全是{h}，能跑deepseek r1吗"),
                count("{c}", 8, "我们有八张，均为{h}，部署deepseek r1显存不够"),
                count("{c}", 4, "服务器是{h}，用了0号卡、1号卡、2号卡、3号卡，deepseek r1还是爆显存"),
                // the count said after the card, of the card just named
                count("{c}", 2, "我用的{h}，提示显存不足不能跑72B模型，但是我有两张呀"),
                count("{c}", 4, "服务器上是{h}，其实有4块，能跑deepseek r1吗"),
                count("{c}", 3, "我们用{h}部署qwen2.5 72b，我们有3张，为什么只用了一张"),
                count("{c}", 4, "We run {h} for llama 3 70b. We have 4 of them; why does vllm use only one?"),
                count("{c}", 2, "My card is {h}, and I have 2 of them. Can they run qwen2.5 72b?"),
                // the count in a word, and at the end of a sentence, after a requirement or a card said to be lacking
                count("{c}", 1, "Since I don't have 8 x {h} (in fact, I only have one), can I run deepseek r1?"),
                count("{c}", 1, "Minimum is 4x {h}. I only have 1. Can I run deepseek r1?"),
                count("{c}", 2, "We run {h} for llama 3 70b. We only have two of them; is that enough?"));
    }

    /**
     * A log's count of the devices a run found or spans is the number of cards the person has: llama.cpp's "found N CUDA
     * devices", one SGLang "[… TPi]" tag or vLLM "(VllmWorker rank=i …)" tag per GPU, vLLM's "rank 0 in world size N",
     * one Ollama "inference compute" line per GPU id (line formats as printed in the engines' issue logs). A worker's
     * free memory ("avail mem=70.12 GB") is no RAM.
     */
    private static Stream<Form> loggedDeviceForms() {
        Map<String, java.util.function.BiFunction<String, Integer, String>> logs = new java.util.LinkedHashMap<>();
        logs.put("llama.cpp found N CUDA devices", (c, n) -> "Our " + c + " server:\nggml_cuda_init: found " + n + " CUDA devices:\nllama_model_load: error loading model");
        logs.put("llama.cpp found N ROCm devices, Chinese", (c, n) -> "我们的" + c + "服务器，日志：\nggml_cuda_init: found " + n + " ROCm devices:\n加载qwen2.5 72b报错");
        logs.put("SGLang TP tags", (c, n) -> lines(n, i -> "[2025-03-01 10:00:0" + i + " TP" + i + "] Load weight begin. avail mem=70.12 GB")
                + "\nOOM on our " + c + " machine with deepseek r1");
        logs.put("vLLM worker ranks", (c, n) -> lines(n, i -> "(VllmWorker rank=" + i + " pid=40" + i + ") INFO 07-23 19:34:48 [pynccl.py:70] vLLM is using nccl==2.26.2")
                + "\nqwen2.5 72b fails on our " + c);
        logs.put("vLLM Worker_TP tags", (c, n) -> lines(n, i -> "(Worker_TP" + i + " pid=51" + i + ") INFO 10-01 08:00:00 [gpu_model_runner.py:1932] Starting to load model")
                + "\n我的" + c + "跑qwen2.5 72b报OOM");
        logs.put("vLLM world size", (c, n) -> "INFO 09-03 16:28:31 [parallel_state.py:1134] rank 0 in world size " + n
                + " is assigned as DP rank 0, PP rank 0, TP rank 0\nqwen2.5 72b runs out of memory on my " + c);
        logs.put("Ollama inference compute", (c, n) -> lines(n, i -> "time=2025-06-30T09:23:07 level=INFO source=types.go:130 msg=\"inference compute\" id=GPU-" + i
                + "a5c library=cuda compute=8.9 driver=12.4 name=\"NVIDIA " + c + "\"") + "\nllama 3 70b is slow");
        List<Form> out = new ArrayList<>();
        logs.forEach((name, log) -> {
            List<Case> cases = new ArrayList<>();
            for (String c : COUNTED) for (int n : new int[] {2, 4, 8}) cases.add(new Case(log.apply(c, n), List.of(card(c, null, n)), null));
            out.add(new Form("logged devices", name, cases));
        });
        return out.stream();
    }

    private static String lines(int n, IntFunction<String> line) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(line.apply(i));
        return String.join("\n", out);
    }

    /**
     * Cards with no name, counted by a Chinese measure word (张, 块, 个, 片) and a card word (显卡, 卡, GPU, 计算卡), with or
     * without each card's memory ("每个24g", "每张卡24G"): that many cards of that memory. A count a requirement speaks of
     * ("推荐四卡", "requires 4 GPUs") is no machine's: no card is read.
     */
    @Test
    void cardsCountedByAMeasureWordAreTheMachinesAndARequiredCountIsNot() {
        List<String> misses = new ArrayList<>();
        int tried = 0;
        String[][] counts = {{"2", "2"}, {"两", "2"}, {"4", "4"}, {"四", "4"}, {"8", "8"}, {"八", "8"}};
        for (String[] n : counts) {
            for (String measure : List.of("张", "块", "个", "片")) {
                for (String word : List.of("显卡", "GPU", "gpu卡", "计算卡", "卡")) {
                    if (word.equals("卡") && measure.equals("个")) continue; // "4个卡" is not said
                    int k = Integer.parseInt(n[1]);
                    String x = n[0] + measure + word;
                    for (int gb : new int[] {16, 24, 80}) {
                        tried += 3;
                        expect(misses, "假设我有" + x + "，每" + measure + gb + "g。能跑qwen2.5 72b吗", new GpuMention(GpuMention.ANY_GPU, k, (double) gb));
                        expect(misses, "服务器有" + x + "，每张卡" + gb + "G显存，跑deepseek r1 32b很慢", new GpuMention(GpuMention.ANY_GPU, k, (double) gb));
                        expect(misses, "官方文档推荐" + x + "部署，每张" + gb + "G，是不是写错了");
                    }
                    tried += 2;
                    expect(misses, "我们有" + x + "，能跑qwen2.5 72b吗", new GpuMention(GpuMention.ANY_GPU, k, null));
                    expect(misses, "35b-w8a8需要" + x + "，bf16至少" + x + "，是不是有误");
                }
            }
        }
        for (String en : List.of("It requires {n} GPUs according to the readme, is that right?", "The docs recommend {n} GPUs for the 72B model. Why?",
                "Does it need at least {n} GPUs to serve it?")) {
            for (int k : new int[] {2, 4, 8}) {
                tried++;
                expect(misses, en.replace("{n}", String.valueOf(k)));
            }
        }
        assertThat(tried).isGreaterThan(300);
        assertThat(misses).as("%d of %d questions misread", misses.size(), tried).isEmpty();
    }

    /**
     * Cards with no name, counted by a bare number or number word before each one's memory and a card word ("8 48GB GPUs",
     * "eight 24 GB cards", "4 80G nvidia gpus"): that many cards of that memory. A number before an amount with no card word
     * after it ("Windows 11 16GB RAM", "Llama 3 8GB") counts nothing.
     */
    @Test
    void cardsCountedByABareNumberBeforeTheirMemory() {
        List<String> misses = new ArrayList<>();
        int tried = 0;
        String[][] counts = {{"2", "2"}, {"two", "2"}, {"4", "4"}, {"four", "4"}, {"8", "8"}, {"eight", "8"}, {"16", "16"}, {"sixteen", "16"}};
        for (String[] n : counts) {
            int k = Integer.parseInt(n[1]);
            for (int gb : new int[] {16, 24, 48, 80}) {
                for (String cards : List.of("{gb}GB GPUs", "{gb} GB cards", "{gb}G nvidia gpus", "{gb}GB VRAM cards", "{gb}GB graphics cards")) {
                    String x = n[0] + " " + cards.replace("{gb}", String.valueOf(gb));
                    for (String frame : List.of("I have {x}, but qwen3 235b runs out of memory at tp 4.", "Our server has {x}. Can it run deepseek r1?",
                            "We are running llama 3 70b on {x} with vllm and it is slow")) {
                        tried++;
                        expect(misses, frame.replace("{x}", x), new GpuMention(GpuMention.ANY_GPU, k, (double) gb));
                    }
                }
            }
        }
        for (String q : List.of("Windows 11 16GB RAM and an RTX 3060, can I run qwen2.5 14b?", "Ubuntu 22 32GB RAM with a 4090: llama 3 70b?")) {
            tried++;
            List<GpuMention> got = PARSER.parseOrThrow(q).gpus();
            if (got.size() != 1 || got.get(0).count() != 1) misses.add(q + "  ->  " + got);
        }
        assertThat(tried).isGreaterThan(400);
        assertThat(misses).as("%d of %d questions misread", misses.size(), tried).isEmpty();
    }

    /**
     * Cards with no name counted with each one's memory between the measure word and the card word ("8张12G卡", "两块24G显卡",
     * "4个16G的GPU"), owned or planned ("我想买", "准备买": one setup asked about is the person's, per the corpus's label rules):
     * that many cards of that memory. The same words after a requirement ("需要8张12G卡吗") are no machine's.
     */
    @Test
    void cardsCountedWithTheirMemoryBeforeTheCardWord() {
        List<String> misses = new ArrayList<>();
        int tried = 0;
        String[][] counts = {{"2", "2"}, {"两", "2"}, {"4", "4"}, {"四", "4"}, {"8", "8"}, {"八", "8"}};
        for (String[] n : counts) {
            int k = Integer.parseInt(n[1]);
            for (String measure : List.of("张", "块")) {
                for (int gb : new int[] {12, 16, 24, 48}) {
                    for (String word : List.of("G卡", "G显卡", "G的显卡", "G显存的卡", "G GPU", "GB的GPU")) {
                        String x = n[0] + measure + gb + word;
                        for (String frame : List.of("我有{x}，能跑qwen2.5 72b吗", "我想买{x}，能跑deepseek r1 70b吗", "准备买{x}跑qwen3 235b，够不够",
                                "公司服务器是{x}，部署llama 3 70b很慢")) {
                            tried++;
                            expect(misses, frame.replace("{x}", x), new GpuMention(GpuMention.ANY_GPU, k, (double) gb));
                        }
                        for (String frame : List.of("需要{x}吗？qwen2.5 72b", "官方推荐{x}部署，是不是写错了")) {
                            tried++;
                            expect(misses, frame.replace("{x}", x));
                        }
                    }
                }
            }
        }
        for (String[] n : new String[][] {{"2", "2"}, {"two", "2"}, {"4", "4"}, {"four", "4"}, {"8", "8"}}) {
            for (int gb : new int[] {16, 24, 48}) {
                for (String frame : List.of("I'm planning to buy {x}, can they run llama 3 70b?", "Thinking of buying {x} for qwen2.5 72b. Enough?")) {
                    for (String cards : List.of("{gb}GB GPUs", "{gb} GB cards", "{gb}GB graphics cards")) {
                        tried++;
                        String x = n[0] + " " + cards.replace("{gb}", String.valueOf(gb));
                        expect(misses, frame.replace("{x}", x), new GpuMention(GpuMention.ANY_GPU, Integer.parseInt(n[1]), (double) gb));
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(800);
        assertThat(misses).as("%d of %d questions misread", misses.size(), tried).isEmpty();
    }

    /**
     * Card names the catalog has with an "s" glued on as another card's name (V100 / V100S, L40 / L40S, 4070 Ti / 4070 TiS),
     * found in the catalog rather than listed here: after a count above one or a plural word the lower-case "s" is a plural
     * ("two V100s" are two V100, not V100S); an upper-case "S", or no count, keeps the other card.
     */
    @Test
    void aPluralSIsNoSuffixOfAnotherCard() {
        Vocabulary v = Assembly.vocabulary(K);
        List<String[]> pairs = new ArrayList<>();
        for (String name : v.gpuNames()) {
            String base = name.substring(0, name.length() - 1);
            if (name.endsWith("s") && v.canonicalGpu(base) != null && v.canonicalGpu(name) != null
                    && !v.canonicalGpu(base).equals(v.canonicalGpu(name)) && base.matches(".*\\d.*")) pairs.add(new String[] {base, name});
        }
        assertThat(pairs).as("catalog names that are another card's name plus s").hasSizeGreaterThanOrEqualTo(3);
        List<String> misses = new ArrayList<>();
        int tried = 0;
        for (String[] p : pairs) {
            String base = p[0];
            String upper = base.toUpperCase(java.util.Locale.ROOT);
            Understood.Gpu suffixed = card(p[1], null, 1);
            for (String[] n : new String[][] {{"two {b}s", "2"}, {"2x {b}s", "2"}, {"4 x {b}s", "4"}, {"three {b}s", "3"}, {"8 {b}s", "8"},
                    {"a pair of {b}s", "2"}, {"four {B}s", "4"}, {"2x {B}s", "2"}}) {
                String x = n[0].replace("{b}", base).replace("{B}", upper);
                for (String frame : List.of("I have {x}. Can they run llama 3 70b?", "Running qwen2.5 72b on {x} with vllm, it OOMs", "我们有{x}，能跑deepseek r1吗")) {
                    tried++;
                    String q = frame.replace("{x}", x);
                    List<Understood.Gpu> got = FACTS.understand(PARSER.parseOrThrow(q)).understood().gpus();
                    if (!HardwareRoleFormsTest.same(got, List.of(card(base, null, Integer.parseInt(n[1]))))) misses.add(q + "  ->  " + got);
                }
            }
            for (String x : List.of("2x " + upper.substring(0, upper.length()) + "S", "a " + p[1])) {
                tried++;
                String q = "I have " + x + ". Can it run llama 3 70b?";
                List<Understood.Gpu> got = FACTS.understand(PARSER.parseOrThrow(q)).understood().gpus();
                if (got.size() != 1 || !got.get(0).name().equals(suffixed.name())) misses.add(q + "  ->  " + got + " (want " + suffixed.name() + ")");
            }
        }
        assertThat(misses).as("%d of %d questions misread", misses.size(), tried).isEmpty();
    }

    /**
     * Rows of Ollama's model tables pasted into a question ({@code ollama ps}: NAME ID SIZE PROCESSOR UNTIL; {@code ollama
     * list}: NAME ID SIZE MODIFIED): the SIZE is the model's, never the RAM or a card's memory, with the header or without,
     * spaced as the terminal prints it or run together as a copied line; the machine is what the words around it say.
     */
    @Test
    void aSizeInAnOllamaTableRowIsNoCapacity() {
        List<String> rows = new ArrayList<>();
        String[] processors = {"100% GPU", "100% CPU", "45%/55% CPU/GPU", "12%/88% CPU/GPU"};
        String[] modified = {"4 minutes ago", "2 weeks ago", "About an hour ago", "3 days ago"};
        String[][] models = {{"qwen3:32b", "3ddf246c242f", "60 GB"}, {"llama3:70b", "a6f4a7ed4bf0", "41 GB"},
                {"qwen2.5vl:latest", "5ced39dfa4ba", "8.5 GB"}, {"deepseek-r1:14b", "ea35dfe18182", "10 GB"}};
        for (int i = 0; i < models.length; i++) {
            String[] m = models[i];
            rows.add("NAME                 ID              SIZE      PROCESSOR    UNTIL\n" + m[0] + "    " + m[1] + "    " + m[2] + "    " + processors[i] + "    4 minutes from now");
            rows.add("NAME ID SIZE PROCESSOR CONTEXT UNTIL " + m[0] + " " + m[1] + " " + m[2] + " " + processors[i] + " 4096 4 minutes from now");
            rows.add(m[0] + "\t" + m[1] + "\t" + m[2] + "\t" + modified[i]);
            rows.add("NAME    ID    SIZE    MODIFIED\n" + m[0] + "    " + m[1] + "    " + m[2] + "    " + modified[i]);
        }
        List<String> misses = new ArrayList<>();
        int tried = 0;
        for (String row : rows) {
            for (Written c : OWN_CARDS) {
                for (String[] f : new String[][] {{"My machine has {c}. ollama ps:\n{row}\nWhy is it slow?", null},
                        {"I run ollama on {c} with 32GB RAM.\n$ ollama ps\n{row}", "32"},
                        {"我的电脑是{z}，64G内存，ollama ps 显示：\n{row}\n为什么这么慢", "64"}}) {
                    tried++;
                    String q = f[0].replace("{c}", c.en()).replace("{z}", c.zh()).replace("{row}", row);
                    Understood u = FACTS.understand(PARSER.parseOrThrow(q)).understood();
                    Double ram = f[1] == null ? null : Double.valueOf(f[1]);
                    if (!HardwareRoleFormsTest.same(u.gpus(), List.of(c.gpu())) || !Objects.equals(u.ramGb(), ram)) {
                        misses.add(q.replace("\n", " / ") + "  ->  " + u.gpus() + " ram " + u.ramGb());
                    }
                }
            }
            tried++;
            String cpu = "No GPU here, 16GB RAM. ollama ps:\n" + row;
            Understood u = FACTS.understand(PARSER.parseOrThrow(cpu)).understood();
            if (!Objects.equals(u.ramGb(), 16.0) || !u.gpus().isEmpty()) misses.add(cpu.replace("\n", " / ") + "  ->  " + u.gpus() + " ram " + u.ramGb());
        }
        assertThat(tried).isGreaterThan(200);
        assertThat(misses).as("%d of %d questions misread", misses.size(), tried).isEmpty();
    }

    /**
     * A number of four or more digits, a comma (the full-width comma of Chinese text included) and an amount: the comma
     * parts clauses, no decimal comma ("MacBook Pro 2026，32G 内存", "i9 13900，64G内存"); a decimal comma follows one to three
     * digits ("39,4 GB").
     */
    @Test
    void aCommaAfterAYearOrAModelNumberPartsClauses() {
        List<String> misses = new ArrayList<>();
        for (int ram : new int[] {16, 32, 64, 128}) {
            for (String cpu : List.of("i9 13900", "i7 12700", "Xeon 8380", "EPYC 9654", "Ryzen 9 5950")) {
                for (String sep : List.of("，", ", ", ",")) {
                    String q = "我的电脑 " + cpu + sep + ram + "G内存，RTX 4090，能跑70b吗";
                    Understood u = FACTS.understand(PARSER.parseOrThrow(q)).understood();
                    if (!Objects.equals(u.ramGb(), (double) ram)) misses.add(q + "  ->  ram " + u.ramGb());
                }
            }
            for (String year : List.of("2023", "2024", "2026")) {
                for (String mac : List.of("MacBook Pro", "Mac mini", "Mac Studio")) {
                    String q = mac + " " + year + "，" + ram + "G 内存，能跑qwen3 30b吗";
                    List<Understood.Gpu> got = FACTS.understand(PARSER.parseOrThrow(q)).understood().gpus();
                    if (got.size() != 1 || !got.get(0).unified() || got.get(0).vramGb() == null || Math.abs(got.get(0).vramGb() - ram) > 0.05) {
                        misses.add(q + "  ->  " + got);
                    }
                }
            }
        }
        String decimal = "My 4090 shows 23,5 GB in use with qwen2.5 32b, and I have 64GB RAM";
        Understood u = FACTS.understand(PARSER.parseOrThrow(decimal)).understood();
        if (!Objects.equals(u.ramGb(), 64.0)) misses.add(decimal + "  ->  ram " + u.ramGb());
        assertThat(misses).isEmpty();
    }

    /**
     * What looks like a count after a card and is none: the sockets of a dual-socket server ("4090，双路EPYC"), the same
     * name in two memory sizes ("3060 8GB + 3060 12GB": two cards of one each), a card named again later ("a 3090 … my 3090").
     */
    @Test
    void wordsAfterACardThatCountNothing() {
        List<String> misses = new ArrayList<>();
        for (String c : List.of("4090", "3090", "A100")) {
            for (String f : List.of("显卡{c}，双路EPYC 9654，内存768G，能跑deepseek r1吗", "{c} 双路至强服务器，跑qwen2.5 72b很慢",
                    "I have a {c}. Can my {c} run llama 3 70b?", "{c}, 128GB RAM, and the {c} OOMs with qwen2.5 72b")) {
                String text = f.replace("{c}", c);
                List<Understood.Gpu> got = FACTS.understand(PARSER.parseOrThrow(text)).understood().gpus();
                if (got.size() != 1 || got.get(0).count() != 1) misses.add(text + "  ->  " + got);
            }
        }
        String two = "I have a 3060 8GB + 3060 12GB. Can they run qwen2.5 32b?";
        List<Understood.Gpu> got = FACTS.understand(PARSER.parseOrThrow(two)).understood().gpus();
        if (got.size() != 2 || got.stream().anyMatch(g -> g.count() != 1)) misses.add(two + "  ->  " + got);
        assertThat(misses).isEmpty();
    }

    private static void expect(List<String> misses, String text, GpuMention... gpus) {
        List<GpuMention> got = PARSER.parseOrThrow(text).gpus();
        if (!got.equals(List.of(gpus))) misses.add(text + "  ->  " + got + "  (want " + List.of(gpus) + ")");
    }

    /** Several Macs, counted before the machine's name and its chip ("3 Mac Studios M2 Ultra"): that many of the chip. */
    private static Stream<Form> macForms() {
        List<Form> out = new ArrayList<>();
        for (String f : List.of("I have {k} Mac Studios {chip} with {gb}GB each. Can they run deepseek v3 with exo?",
                "{k} Mac minis {chip} {gb}GB in a cluster: will llama 3 70b fit?", "We use {k} MacBook Pros {chip} ({gb}GB) for qwen2.5 72b",
                "Running {k} Mac Studio {chip} machines with {gb}GB, mlx fails on deepseek r1",
                // the chip named first, the machines counted apart: that many of the chip
                "GGML_ASSERT failed on {chip} Mac Studio. I used {k} Mac Studio machines with {gb}GB each to form a cluster",
                "{chip} {gb}GB: we linked {k} Mac minis over Thunderbolt and llama 3 405b fails")) {
            List<Case> cases = new ArrayList<>();
            for (Object[] chip : new Object[][] {{"M2 Ultra", 192.0}, {"M3 Ultra", 512.0}, {"M4 Pro", 64.0}, {"M3 Max", 128.0}}) {
                for (String[] k : new String[][] {{"2", "2"}, {"two", "2"}, {"3", "3"}, {"four", "4"}}) {
                    String q = f.replace("{k}", k[0]).replace("{chip}", (String) chip[0]).replace("{gb}", String.valueOf(((Double) chip[1]).intValue()));
                    cases.add(new Case(q, List.of(card((String) chip[0], (Double) chip[1], Integer.parseInt(k[1]))), null));
                }
            }
            out.add(new Form("count of Macs", f, cases));
        }
        return out.stream();
    }

    /**
     * A machine without a usable GPU said in words (no GPU, none in a spec list, integrated graphics, CPU only), with its RAM:
     * CPU-only, no card, the RAM read.
     */
    private static Stream<Form> cpuOnlyForms() {
        List<Form> out = new ArrayList<>();
        List<String> en = List.of("I don't have a GPU", "I don't have a dedicated GPU", "we don't have GPUs", "no GPU", "no dedicated graphics card",
                "without a GPU", "CPU only", "only a CPU", "integrated graphics only", "Intel Iris Xe graphics", "GPU: none");
        List<String> zh = List.of("没有显卡", "无显卡", "纯CPU", "集显", "核显笔记本", "只有集成显卡", "没有独显", "显卡：无", "不带显卡", "没有GPU");
        for (boolean isZh : new boolean[] {false, true}) {
            List<String> frames = isZh ? List.of("{x}，{r}，能跑qwen2.5 7b吗", "电脑配置：i7 12700，{r}，{x}，能跑什么模型")
                    : List.of("{x}, {r}. Can I run llama 3 8b?", "My PC: Ryzen 7 5800X, {r}, {x}. Which model fits?");
            for (String x : isZh ? zh : en) {
                List<Case> cases = new ArrayList<>();
                for (String frame : frames) {
                    for (int gb : SIZES) {
                        String r = isZh ? "内存" + gb + "G" : gb + "GB RAM";
                        cases.add(new Case(frame.replace("{x}", x).replace("{r}", r), List.of(), (double) gb, true));
                    }
                }
                out.add(new Form("CPU only", x, cases));
            }
        }
        // Ollama listing only its CPU device (it found no GPU), the same RAM in its "system memory" line; no card named
        List<Case> logged = new ArrayList<>();
        for (int gb : SIZES) {
            String total = String.format(java.util.Locale.ROOT, "%.1f", gb * 0.975);
            String log = "time=2025-06-04T01:58:49.431Z level=INFO source=types.go:130 msg=\"inference compute\" id=cpu library=cpu compute=\"\" name=cpu"
                    + " description=cpu libdirs=ollama driver=\"\" pci_id=\"\" type=\"\" total=\"" + total + " GiB\" available=\"" + (gb - 2) + ".1 GiB\"\n"
                    + "time=2025-06-04T01:58:50.101Z level=INFO source=server.go:135 msg=\"system memory\" total=\"" + total + " GiB\" free=\"" + (gb / 2) + ".2 GiB\" free_swap=\"0 B\"";
            logged.add(new Case("deepseek-r1:7b takes minutes per answer\n```\n" + log + "\n```", List.of(), (double) gb, true));
            logged.add(new Case("ollama 跑 qwen2.5:7b 很慢，日志：\n" + log, List.of(), (double) gb, true));
        }
        out.add(new Form("CPU only", "Ollama's CPU device alone", logged));
        return out.stream();
    }

    /**
     * A single-board computer named with its RAM: an RK3588 board's NPU and GPU share that memory, so it is one
     * unified-memory chip of that size (corpus label: {@code {name: RK3588, vram_gb: 16, unified: true}}, no RAM apart);
     * a Raspberry Pi or an Orange Pi of another SoC runs models on its CPU, the same figure its RAM.
     */
    private static Stream<Form> boardForms() {
        List<String> frames = List.of("I'm trying to run qwen3 4b on my {b} ({r}) with rkllama.", "Can my {b} with {r} run llama 3.2 3b?",
                "{r}的{b}上推理速度优化", "我的{b}（{r}）能跑qwen2.5 1.5b吗",
                // a full-width comma after a board's number is no decimal comma: 树莓派5，8G内存 is 8 GB, not 5.8
                "我的{b}，{r}，能跑qwen2.5 1.5b吗");
        List<Form> out = new ArrayList<>();
        for (String board : List.of("RK3588", "rk3588s", "Orange Pi 5 Plus", "Orange Pi 5", "OrangePi 5 Pro", "Rockchip RK3588 board")) {
            out.add(board(frames, board, gb -> List.of(card("RK3588", (double) gb, 1)), gb -> null, false));
        }
        // near misses: boards whose SoC has no shared-memory accelerator the catalog sizes
        for (String board : List.of("Raspberry Pi 5", "Orange Pi Zero 3", "树莓派5")) {
            out.add(board(frames, board, gb -> List.of(), gb -> (double) gb, true));
        }
        return out.stream();
    }

    private static Form board(List<String> frames, String board, IntFunction<List<Understood.Gpu>> gpus, IntFunction<Double> ram, boolean cpuOnly) {
        List<Case> cases = new ArrayList<>();
        for (String frame : frames) {
            for (int gb : new int[] {4, 8, 16, 32}) {
                String r = frame.matches(".*[\\u4e00-\\u9fff].*") ? gb + "G内存" : gb + " GB RAM";
                cases.add(new Case(frame.replace("{b}", board).replace("{r}", r), gpus.apply(gb), ram.apply(gb), cpuOnly));
            }
        }
        return new Form("board", board, cases);
    }

    static Stream<Form> forms() {
        return Stream.of(ramForms(), terabyteForms(), withForms(), copulaForms(), beyondCardForms(), pasteForms(), notRamForms(), perCardForms(),
                        perCardWordForms(), variantByUseForms(), notCardFigureForms(),
                        twiceForms(), optionThenOwnedForms(), smiForms(), countForms(), loggedDeviceForms(), macForms(), cpuOnlyForms(), boardForms())
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyQuestionOfThisFormIsRead(Form form) {
        List<String> misses = new ArrayList<>();
        for (Case c : form.cases()) {
            Question q = PARSER.parseOrThrow(c.question());
            Understood u = FACTS.understand(q).understood();
            boolean ok = HardwareRoleFormsTest.same(u.gpus(), c.gpus()) && Objects.equals(u.ramGb(), c.ram()) && u.cpuOnly() == c.cpuOnly();
            if (!ok) misses.add(c.question().replace("\n", " / ") + "  ->  " + u.gpus() + " ram " + u.ramGb() + " cpu " + u.cpuOnly()
                    + "  (want " + c.gpus() + " ram " + c.ram() + ")");
        }
        assertThat(form.cases()).as("questions of this form").isNotEmpty();
        assertThat(misses).as("%s: %d of %d questions misread", form, misses.size(), form.cases().size()).isEmpty();
    }

    /**
     * An engine's log key naming the GPU's memory ("total_gpu_memory=79.15GiB", "gpu_mem: 23.5G"): no RAM; the card named is
     * the card of its name, with the memory the engine measured on it (a GiB figure within a gigabyte of the size sold).
     */
    @Test
    void anEnginesGpuMemoryKeyIsNoRam() {
        List<String> misses = new ArrayList<>();
        for (Object[] c : new Object[][] {{"A100 80GB", "A100", 80.0, "79.15"}, {"RTX 4090", "RTX 4090", null, "23.55"}, {"3090", "3090", null, "23.69"}}) {
            for (String f : List.of("vllm fails on my {c}\nINFO Memory profiling results: total_gpu_memory={x}GiB initial_memory_usage=12.01GiB",
                    "我的{c}跑vllm报错：Memory profiling results: total_gpu_memory={x}GiB initial_memory_usage=3.2GiB",
                    "I run sglang on a {c}, gpu_mem: {x}G, and qwen2.5 32b fails",
                    "{c}: cuda_memory={x}GB, free_gpu_memory=2.1GB when llama 3 8b loads")) {
                String text = f.replace("{c}", (String) c[0]).replace("{x}", (String) c[3]);
                Understood u = FACTS.understand(PARSER.parseOrThrow(text)).understood();
                Understood.Gpu want = card((String) c[1], (Double) c[2], 1);
                boolean card = u.gpus().size() == 1 && u.gpus().get(0).name().equals(want.name()) && u.gpus().get(0).count() == 1
                        && u.gpus().get(0).vramGb() != null && Math.abs(u.gpus().get(0).vramGb() - want.vramGb()) <= 1.0;
                if (u.ramGb() != null || !card) misses.add(text + "  ->  " + u.gpus() + " ram " + u.ramGb());
            }
        }
        assertThat(misses).isEmpty();
    }

    /** The card's memory described before its amount ("显存很小，才2GB"): a card of that memory, so no CPU-only machine. */
    @Test
    void gpuMemoryDescribedBeforeItsAmountIsTheCardsMemory() {
        for (String form : List.of("我的电脑的显存很小，才{n}GB，想用CPU运行这个模型", "显存有限，{n}G，怎么用cpu跑qwen2.5 14b", "显卡显存太小，只有{n}G，能跑什么")) {
            for (int n : new int[] {2, 4, 6, 8}) {
                String text = form.replace("{n}", String.valueOf(n));
                Understood u = FACTS.understand(PARSER.parseOrThrow(text)).understood();
                assertThat(u.gpus()).as(text).hasSize(1);
                assertThat(u.gpus().get(0).vramGb()).as(text).isEqualTo((double) n);
                assertThat(u.cpuOnly()).as(text).isFalse();
            }
        }
    }

    /** A word inside a path ("/home/apus/…") is no word of the question: no APU, so no CPU-only machine. */
    @Test
    void aPathSegmentNamesNoHardware() {
        for (String dir : List.of("/home/apus/mambaforge/envs/vllm", "/opt/apu/venv", "C:/Users/apu_lab/env")) {
            String text = "ValueError: The model's max seq len (163840) is larger than the KV cache (13360)\n"
                    + "[rank0]: File \"" + dir + "/lib/python3.10/site-packages/vllm/engine.py\", line 116";
            assertThat(FACTS.understand(PARSER.parseOrThrow(text)).understood().cpuOnly()).as(text).isFalse();
        }
    }
}
