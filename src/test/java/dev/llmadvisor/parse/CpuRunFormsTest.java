package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about running on a CPU, with no card named ("on a high-end CPU", "CPU based inference", "我这个CPU可以跑"), is
 * about a machine without a usable GPU (eval/real-questions/README.md: cpu_only); with a card named, the CPU words are a
 * symptom or a split, and the card stays.
 */
class CpuRunFormsTest {

    private static final List<String> CPU_WORDS = List.of("on a CPU", "on the CPU", "on a high-end CPU", "on consumer CPUs", "on a modern cpu",
            "with CPU based inference", "with CPU inference");
    private static final List<String> FRAMES = List.of("How fast is {m} {cpu}?", "Can I run {m} {cpu}?", "I'm evaluating {m} {cpu}, any numbers?");
    private static final List<String> MODELS = List.of("llama 65b", "qwen2.5 7b", "deepseek v3");

    @Test
    void aRunOnACpuWithNoCardIsACpuOnlyMachine() {
        List<String> misses = new ArrayList<>();
        for (String cpu : CPU_WORDS) {
            for (String frame : FRAMES) {
                for (String m : MODELS) {
                    String q = frame.replace("{m}", m).replace("{cpu}", cpu);
                    if (!Parsers.PARSER.parse(q).cpuOnly()) misses.add(q);
                }
            }
        }
        for (String m : MODELS) {
            for (String q : List.of("我这个CPU可以跑" + m + "吗？", "我的cpu能跑" + m + "吗", "这台服务器的CPU能否运行" + m)) {
                if (!Parsers.PARSER.parse(q).cpuOnly()) misses.add(q);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aGpuNotFoundOnARunAskedForOnTheCpuIsAMachineWithoutOne() {
        // the run asked for is on the CPU and the error finds no GPU: the machine has none (label rule E: no card said)
        List<String> misses = new ArrayList<>();
        for (String m : MODELS) {
            for (String q : List.of("量化模型可以使用CPU推理吗？加载" + m + "时提示找不到GPU", "请问支持" + m + "的cpu部署吗？我装了cpu版的pytorch，但是报无法识别到cuda的错误",
                    "如何在cpu上运行" + m + "？一直提示检测不到显卡", "How can I run " + m + " on the CPU? It says it could not find a GPU",
                    "Is it possible to deploy " + m + " on CPU? I get 'GPU not detected'")) {
                if (!Parsers.PARSER.parse(q).cpuOnly() || !Parsers.PARSER.parse(q).gpus().isEmpty()) misses.add(q);
            }
        }
        assertThat(misses).isEmpty();
        // near misses: the work said to fall to the CPU while the GPU is not found is a card of theirs left out (rule E)
        for (String q : List.of("ollama runs qwen2.5 7b on the CPU only, it does not detect my GPU", "qwen2.5 7b只用cpu推理，识别不到我的显卡")) {
            assertThat(Parsers.PARSER.parse(q).cpuOnly()).as(q).isFalse();
            assertThat(Parsers.PARSER.parse(q).gpus()).as(q).isNotEmpty();
        }
    }

    @Test
    void aCardNamedBesideTheCpuWordsStaysTheMachine() {
        // near misses: a card the run leaves idle, or a split over CPU and GPU, is no CPU-only machine
        for (String q : List.of("My 4090 is not used, ollama runs qwen2.5 7b on the CPU", "llama 3 70b on the CPU and GPU is slow, 4090",
                "my 3090 is idle, the cpu能跑 qwen2.5 7b 但很慢")) {
            assertThat(Parsers.PARSER.parse(q).cpuOnly()).as(q).isFalse();
            assertThat(Parsers.PARSER.parse(q).gpus()).as(q).isNotEmpty();
        }
        // "the CPU is the bottleneck" speaks of a CPU, not of running on it
        assertThat(Parsers.PARSER.parse("Is the CPU the bottleneck for qwen2.5 7b on my 4090?").cpuOnly()).isFalse();
    }
}
