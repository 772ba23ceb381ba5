package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question about system RAM, then a bare amount the person says they have right after it ("How much RAM do I need?
 * I have 32GB") is their RAM, not a card; an amount of RAM asked about ("Would 64GB RAM be enough?") is weighed, not owned; and a
 * memory field under a GPU label ("GPU: Memory 16GB") is the card's.
 */
class RamAskedFormsTest {

    @Test
    void givenAMemoryFieldUnderAGpuLabelThenItIsTheCardsMemory() {
        // issue forms and spec lists: "GPU: Memory 16GB x Count 4", "Graphics - Memory: 8 GB", "显卡：内存 24G"
        for (String q : List.of("GPU : Memory 16GB x Count 4\ncan it run qwen2.5 32b?", "GPU: memory 24GB x 2", "Graphics - Memory: 8 GB, can I run llama 3 8b?")) {
            Understood u = FACTS.understand(PARSER.parse(q)).understood();
            assertThat(u.ramGb()).as(q).isNull();
            assertThat(u.gpus()).as(q).extracting(Understood.Gpu::vramGb).doesNotContainNull().isNotEmpty();
        }
        // a memory field under another label stays RAM
        assertThat(PARSER.parse("CPU: Ryzen 9 7950X, Memory: 64GB, GPU: RTX 4090").ramGb()).isEqualTo(64.0);
    }

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    @Test
    void givenARamQuestionThenABareAmountOwnedAfterItIsRam() {
        List<String> misses = new ArrayList<>();
        for (String q : List.of("How much RAM do I need for llama 3 70b? I have 32GB",
                "How much system memory does qwen2.5 32b need? I've got 64GB",
                "Is my RAM the problem? Currently I have 16GB",
                "跑qwen2.5 32b需要多少内存？我有32G",
                "内存要多大？目前只有16G")) {
            Question p = PARSER.parse(q);
            if (!p.gpus().isEmpty() || p.ramGb() == null) misses.add(q + " -> " + p.gpus() + " ram " + p.ramGb());
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void givenAQuestionAboutTheCardThenABareAmountOwnedStaysTheCards() {
        // the memory asked about is the card's (显存, VRAM), so the amount after it is not RAM
        for (String q : List.of("How much VRAM do I need for llama 3 8b? I have 8GB", "需要多少显存？我有12G")) {
            assertThat(PARSER.parse(q).ramGb()).as(q).isNull();
        }
    }

    @Test
    void givenAnAmountOfRamAskedAboutThenItIsNotOwned() {
        List<String> misses = new ArrayList<>();
        for (String q : List.of("I have a 3090. Would 64GB RAM be enough for llama 3 70b?",
                "Will 32GB of RAM be enough to run mixtral on my 4090?",
                "Should 128GB system memory be sufficient for deepseek v2 lite with a 4060?")) {
            Question p = PARSER.parse(q);
            if (p.ramGb() != null) misses.add(q + " -> ram " + p.ramGb());
        }
        assertThat(misses).isEmpty();
    }
}
