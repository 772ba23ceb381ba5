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
 * Machines listed item by item after one the person has ("on an M2 Ultra cluster … # Hardware\n- M2 Ultra 192GB\n- M2 Ultra
 * 128GB") are all theirs, each with its own memory, whatever list marker (none, "-", "*", "1.", "1、") starts the line.
 * Near misses: an item with a cue of its own (to buy) stays an option; a card named on the next line in a sentence of its
 * own ("The docs say an A100 …") is no list item and stays someone else's.
 */
class ListedHardwareFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    private static final List<String> MARKERS = List.of("- ", "* ", "", "1. ");

    private static final List<String> LIST_FRAMES = List.of(
            "Unable to run DeepSeek-R1 on an M2 Ultra cluster with varying RAM amounts.\n# Hardware\n{m}M2 Ultra 192GB\n{m}M2 Ultra 128GB\n{m}M2 Ultra 64GB\n",
            "I run exo on my Mac Studios:\n{m}M2 Ultra 192GB\n{m}M2 Ultra 128GB\n{m}M2 Ultra 64GB\nwhy does deepseek v3 not load?",
            "我在 M2 Ultra 集群上跑 deepseek r1 失败，硬件：\n{m}M2 Ultra 192GB\n{m}M2 Ultra 128GB\n{m}M2 Ultra 64GB");

    @Test
    void eachListedMachineIsOwnedWithItsMemory() {
        List<String> misses = new ArrayList<>();
        for (String marker : MARKERS) {
            for (String frame : LIST_FRAMES) {
                String q = frame.replace("{m}", marker);
                List<Double> memory = PARSER.parse(q).gpus().stream().map(GpuMention::memoryGb).toList();
                if (!memory.equals(List.of(192.0, 128.0, 64.0))) misses.add(q + " -> " + memory);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void cardsOfAnotherKindListedAfterAnOwnedOneAreOwned() {
        for (String q : List.of("My rig, running llama 70b:\n- RTX 3090\n- RTX 3060 12GB", "我用的配置：\n1、RTX 3090\n2、RTX 3060 12G\n能跑 qwen 72b 吗")) {
            Question p = PARSER.parse(q);
            assertThat(p.gpus()).as(q).extracting(GpuMention::memoryGb).containsExactly(null, 12.0);
            assertThat(p.alternatives()).as(q).isEmpty();
        }
    }

    @Test
    void anItemWithACueOfItsOwnOrASentenceOnTheNextLineKeepsItsRole() {
        Question buy = PARSER.parse("My rig:\n- RTX 3090\n- I want to buy an RTX 4090\nCan I run llama 70b?");
        assertThat(buy.gpus()).extracting(GpuMention::text).containsExactly("RTX 3090");
        assertThat(buy.alternatives()).extracting(GpuMention::text).containsExactly("RTX 4090");
        for (String q : List.of("I have an RTX 3090.\nThe docs say an A100 is needed for llama 70b",
                "我有一张 RTX 3090。\n文档说跑 llama 70b 需要 A100")) {
            assertThat(PARSER.parse(q).gpus()).as(q).extracting(GpuMention::text).containsExactly("RTX 3090");
        }
    }
}
