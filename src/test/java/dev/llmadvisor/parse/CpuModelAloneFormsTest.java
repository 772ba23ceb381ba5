package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine told by its CPU alone, written as people list specs: a desktop part by its number ("13900KF", "7950X"), a
 * server family without a number ("Xeon", "至强", "EPYC") or a cloud VM by its vCPUs ("8vCPU machine"), with no card and no
 * GPU word, is a CPU-only machine; with a card named the card stays, and numbers that are no CPU (cards, screen sizes,
 * contexts) name none.
 */
class CpuModelAloneFormsTest {

    private static final List<String> CPUS = List.of("13900KF", "12700K", "14900ks", "9900K", "10850K", "i9 13900K", "7950X",
            "Ryzen 7950X", "5800X3D", "9950x3d", "3900X", "Xeon", "intel xeon", "至强", "EPYC", "霄龙");
    private static final List<String> FRAMES = List.of("My machine is a {cpu} with 64GB RAM, can it run qwen2.5 14b?",
            "试了一下量化8位和4位没有明显感觉到速度差距\n{cpu}\n精度不太好说", "我的{cpu}服务器能跑qwen 72b吗", "How fast would llama 3 8b be on a {cpu}?");

    private static List<String> misses(List<String> cpus, List<String> frames, boolean wanted) {
        List<String> misses = new ArrayList<>();
        for (String cpu : cpus) {
            for (String frame : frames) {
                String q = frame.replace("{cpu}", cpu);
                if (Parsers.PARSER.parse(q).cpuOnly() != wanted) misses.add(q);
            }
        }
        return misses;
    }

    @Test
    void aCpuNamedAloneIsACpuOnlyMachine() {
        assertThat(misses(CPUS, FRAMES, true)).isEmpty();
    }

    @Test
    void aCloudMachineByItsVcpusIsCpuOnly() {
        assertThat(misses(List.of("8vCPU", "8 vCPU", "4 vCPUs", "16-vcpu"), List.of("Any ideas to reach >1 token/s on a {cpu} machine?",
                "I rent a {cpu} VPS, can it serve llama 3 8b?", "云主机{cpu}能跑qwen2.5 7b吗"), true)).isEmpty();
    }

    @Test
    void givenACardNamedTooThenTheCardStays() {
        for (String q : List.of("13900KF + RTX 4090, can it run llama 3 70b?", "7950X and a 3090 with 64GB RAM", "至强服务器，两张A100，能跑deepseek吗",
                "8 vCPU VM with an A10G, how fast is llama 3 8b?")) {
            Question p = Parsers.PARSER.parse(q);
            assertThat(p.cpuOnly()).as(q).isFalse();
            assertThat(p.gpus()).as(q).isNotEmpty();
        }
    }

    @Test
    void numbersThatAreNoCpuNameNone() {
        // near misses: cards, a K or X that is no CPU suffix, contexts and sizes, a screen, a GPU word
        assertThat(misses(List.of("3090", "4090", "2080 Ti", "128k", "32k context", "1920x1080 screen", "4096 tokens", "7900 XTX",
                "13900KF with its GPU usage at 0%"), FRAMES, false)).isEmpty();
    }
}
