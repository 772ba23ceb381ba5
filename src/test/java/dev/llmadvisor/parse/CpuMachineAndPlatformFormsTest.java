package dev.llmadvisor.parse;

import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Question;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Machines without a usable GPU by the words people name them with (eval/real-questions/README.md: cpu_only is a machine
 * with no usable GPU, stated, or an iGPU only): a machine called by its CPU ("在linux cpu 机器能行吗", "on a CPU server"),
 * integrated graphics with the maker between ("an integrated AMD GPU with 16GB of RAM"); and a bare "Mac" listed among
 * platforms ("PC/Mac", "Windows or Mac") is a kind of computer, not a Mac the person has. Frames times models, near misses kept.
 */
class CpuMachineAndPlatformFormsTest {

    private static final List<String> MODELS = List.of("llama 3 8b", "qwen2.5 7b", "chatglm3 6b");

    private static List<String> notCpuOnly(List<String> frames) {
        List<String> misses = new ArrayList<>();
        for (String frame : frames) {
            for (String m : MODELS) {
                String q = frame.replace("{m}", m);
                Question p = Parsers.PARSER.parse(q);
                if (!p.cpuOnly() || !p.gpus().isEmpty()) misses.add(q + " -> cpu_only " + p.cpuOnly() + ", gpus " + p.gpus());
            }
        }
        return misses;
    }

    @Test
    void aMachineCalledByItsCpuIsCpuOnly() {
        assertThat(notCpuOnly(List.of("请问{m}在linux cpu 机器能行吗？", "{m}能在cpu服务器上部署吗", "Can {m} run on a CPU server?",
                "We only have CPU machines. How fast is {m}?"))).isEmpty();
    }

    @Test
    void integratedGraphicsWithTheMakerBetweenIsCpuOnly() {
        assertThat(notCpuOnly(List.of("I use an integrated AMD GPU with 16GB of RAM. Why can't I run {m}?",
                "My laptop has integrated Intel graphics and 16GB RAM, can it run {m}?"))).isEmpty();
        Question p = Parsers.PARSER.parse("I use an integrated AMD GPU with 16GB of RAM. Why can't I run llama 3 8b?");
        assertThat(p.ramGb()).isEqualTo(16.0);
    }

    @Test
    void aBareMacAmongPlatformsIsNoMachine() {
        for (String q : List.of("Please list the requirements for PC/Mac and also a Raspberry Pi 5 with 8GB. Can it run llama 3.2 1b?",
                "What do I need on Windows or Mac to run qwen2.5 7b with 16GB?")) {
            assertThat(Parsers.PARSER.parse(q).gpus()).as(q).noneMatch(g -> g.text().equals(GpuMention.ANY_MAC));
        }
        // near misses: a Mac said to be the person's, and a MacBook listed with Windows, stay a Mac
        assertThat(Parsers.PARSER.parse("I have a 16GB Mac, can it run qwen2.5 7b?").gpus()).isNotEmpty();
        assertThat(Parsers.PARSER.parse("My MacBook Air 16GB / Windows laptop: can either run qwen2.5 7b?").gpus()).isNotEmpty();
    }
}
